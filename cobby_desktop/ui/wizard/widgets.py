"""Small building blocks shared by the wizard pages."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.results import FieldProblem
from cobby_desktop.secret import Secret
from cobby_desktop.ui import theme
from cobby_desktop.ui.common import gui_app
from cobby_desktop.ui.secret_widgets import ClipboardGuard, clear_tip
from cobby_desktop.ui.theme import Tone

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
            QCoreApplication.translate("WizardWidgets", "Problem: %s") % i18n.explain(p)
            for p in errors
        ]
        lines += [
            QCoreApplication.translate("WizardWidgets", "Warning: %s") % i18n.explain(p)
            for p in warnings
        ]
        self.setText("\n".join(lines))
        self.setStyleSheet(theme.text_style(Tone.BAD if errors else Tone.WAIT))
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


FALLBACK_GUARD_NAME = "wizardClipboardGuard"


def copy_plain(value: str) -> None:
    """For values that are not secret (shop address, user name)."""
    QGuiApplication.clipboard().setText(value)


def fallback_guard() -> ClipboardGuard:
    """One guard for wizards opened without the main window's. It belongs to the
    application, so it still clears the clipboard after the wizard is gone."""
    app = gui_app()
    guard = app.findChild(ClipboardGuard, FALLBACK_GUARD_NAME)
    if guard is None:
        guard = ClipboardGuard(parent=app)
        guard.setObjectName(FALLBACK_GUARD_NAME)
        app.aboutToQuit.connect(guard.clear_now)
    return guard


def copy_secret(source: QWidget, value: str, what: str, name: str) -> None:
    """Copy a secret through the window's guard (the wizard's `copy_secret`, which
    also logs the copy), else through the application's fallback guard."""
    handler = getattr(source.window(), "copy_secret", None)
    if callable(handler):
        handler(Secret(value), what, name)
    else:
        fallback_guard().copy(Secret(value), what)


class SecretEdit(QWidget):
    """A masked line edit with Show and Copy buttons. Show hides again as soon
    as another window (or application) takes the focus; the wizard also hides
    it when its page changes or it closes."""

    changed = Signal(str)

    def __init__(
        self,
        label: str,
        parent: QWidget | None = None,
        *,
        copy: bool = True,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.label = label
        self.name = name or label  # the field name logged on copy (never the value)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(label)
        self.show_button = QToolButton()
        self.show_button.setText(QCoreApplication.translate("WizardWidgets", "Show"))
        self.show_button.setCheckable(True)
        self.show_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_button.setAccessibleName(
            QCoreApplication.translate("WizardWidgets", "Show %s") % label
        )
        self.show_button.setToolTip(
            QCoreApplication.translate(
                "WizardWidgets", "Shows the value until this window loses focus."
            )
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
            self.copy_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.copy_button.setAccessibleName(
                QCoreApplication.translate("WizardWidgets", "Copy %s") % label
            )
            self.copy_button.setToolTip(clear_tip())
            self.copy_button.clicked.connect(self.copy)
            row.addWidget(self.copy_button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.away = HideWhenAway(self.show_button)

    def copy(self) -> None:
        if self.edit.text():
            copy_secret(self, self.edit.text(), self.label, self.name)

    @property
    def shown(self) -> bool:
        return self.show_button.isChecked()

    def conceal(self) -> None:
        self.show_button.setChecked(False)

    def _toggle(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.show_button.setText(
            QCoreApplication.translate("WizardWidgets", "Hide")
            if shown
            else QCoreApplication.translate("WizardWidgets", "Show")
        )
        handler = getattr(self.window(), "reveal_secret", None)
        if shown and callable(handler):
            handler(self.name)  # the wizard logs it (the field name only)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, value: str) -> None:
        self.edit.setText(value)



class HideWhenAway(QObject):
    """Unchecks a checkable Show button as soon as another window (or another
    application) takes the focus, so a shown secret does not stay on screen
    while the merchant looks elsewhere. A child of the button: it goes with it.

    Signals only, no event filter or event overrides: Qt may still deliver
    events to a widget whose Python side is being collected, which crashes."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button)
        self.button = button
        app = gui_app()
        app.applicationStateChanged.connect(self._on_app_state)
        app.focusWindowChanged.connect(self._on_focus_window)

    def _on_focus_window(self, focus_window: QWindow | None) -> None:
        if not self.button.isChecked():
            return
        own = self.button.window().windowHandle()
        if focus_window is None or focus_window is not own:
            self.button.setChecked(False)

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.button.setChecked(False)


class CopyRow(QWidget):
    """A read-only value with its own Copy button. Secrets are masked and go
    through the clipboard guard; plain values (address, user name) do not."""

    def __init__(
        self,
        label: str,
        value: str,
        *,
        secret: bool = False,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.value = value
        self.label = label
        self.secret = secret
        self.name = name or label
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
        if self.secret:
            copy_secret(self, self.value, self.label, self.name)
        else:
            copy_plain(self.value)
        self.button.setText(QCoreApplication.translate("WizardWidgets", "Copied"))


def open_url_button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    return button


def open_url(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


def open_url_or_say(url: str, note: QLabel) -> bool:
    """Open `url` in the browser; when none opens, say so in `note` and show
    the address to copy (no dead end)."""
    if open_url(url):
        return True
    note.setText(
        QCoreApplication.translate(
            "WizardWidgets", "Your browser could not be opened. Copy this address: %1"
        ).replace("%1", url)
    )
    note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    note.setAccessibleName(note.text())
    note.setVisible(True)
    return False
