"""Small building blocks shared by the wizard pages."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop.results import FieldProblem

WARNING_CODES = frozenset({"weak", "admin_like", "dedicated"})


def wrapped(text: str = "", *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if rich:
        label.setTextFormat(label.textFormat().RichText)
    label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
    return label


def steps_html(steps: Iterable[str]) -> str:
    items = "".join(f"<li>{step}</li>" for step in steps)
    return f"<ol style='margin-left:0'>{items}</ol>"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def code(text: str) -> str:
    return f"<b><code>{esc(text)}</code></b>"


class ProblemLabel(QLabel):
    """Shows the problems of one field, errors first; empty when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.problems: tuple[FieldProblem, ...] = ()

    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        self.problems = tuple(problems)
        errors = [p for p in self.problems if p.code not in WARNING_CODES]
        warnings = [p for p in self.problems if p.code in WARNING_CODES]
        lines = [
            QCoreApplication.translate("WizardWidgets", "Problem: %s") % p.message for p in errors
        ]
        lines += [
            QCoreApplication.translate("WizardWidgets", "Warning: %s") % p.message for p in warnings
        ]
        self.setText("\n".join(lines))
        colour = "#b00020" if errors else "#8a5a00"
        self.setStyleSheet(f"color: {colour};")
        self.setAccessibleName(self.text())
        self.setVisible(bool(lines))

    @property
    def has_errors(self) -> bool:
        return any(p.code not in WARNING_CODES for p in self.problems)


def with_problem(field: QWidget, problem: QLabel) -> QWidget:
    """A field with its problem line under it, as one form row (no gap when fine)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(problem)
    return box


def left_aligned(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def copy_to_clipboard(value: str) -> None:
    QGuiApplication.clipboard().setText(value)


class SecretEdit(QWidget):
    """A masked line edit with Show and Copy buttons."""

    changed = Signal(str)

    def __init__(self, label: str, parent: QWidget | None = None, *, copy: bool = True) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(label)
        self.show_button = QToolButton()
        self.show_button.setText(QCoreApplication.translate("WizardWidgets", "Show"))
        self.show_button.setCheckable(True)
        self.show_button.setAccessibleName(
            QCoreApplication.translate("WizardWidgets", "Show %s") % label
        )
        self.show_button.toggled.connect(self._toggle)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_button)
        self.copy_button: QToolButton | None = None
        if copy:
            self.copy_button = QToolButton()
            self.copy_button.setText(QCoreApplication.translate("WizardWidgets", "Copy"))
            self.copy_button.setAccessibleName(
                QCoreApplication.translate("WizardWidgets", "Copy %s") % label
            )
            self.copy_button.clicked.connect(lambda: copy_to_clipboard(self.edit.text()))
            row.addWidget(self.copy_button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)

    def _toggle(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.show_button.setText(
            QCoreApplication.translate("WizardWidgets", "Hide")
            if shown
            else QCoreApplication.translate("WizardWidgets", "Show")
        )

    def text(self) -> str:
        return self.edit.text()

    def setText(self, value: str) -> None:
        self.edit.setText(value)


class CopyRow(QWidget):
    """A read-only value with its own Copy button (secrets masked)."""

    def __init__(
        self, label: str, value: str, *, secret: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.value = value
        self.field = QLineEdit(value)
        self.field.setReadOnly(True)
        self.field.setAccessibleName(label)
        if secret:
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.button = QPushButton(QCoreApplication.translate("WizardWidgets", "Copy"))
        self.button.setAccessibleName(
            QCoreApplication.translate("WizardWidgets", "Copy %s") % label
        )
        self.button.clicked.connect(self._copy)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.button)

    def _copy(self) -> None:
        copy_to_clipboard(self.value)
        self.button.setText(QCoreApplication.translate("WizardWidgets", "Copied"))


def open_url_button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    return button


def open_url(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))
