"""What the KeePass export and import dialogs share: a file row, passphrase
fields, a progress bar fed by a job, and the services' messages as text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.services.kdbx_errors import KdbxError
from cobby_desktop.ui import theme

FILE_FILTER = "KeePass database (*.kdbx)"
# The theme's checked pairs (`theme.css` fills them for the scheme being drawn),
# so the panels stay readable in a dark theme too.
STYLE = """
#kdbxWarning { background: @wait.bg; border: 1px solid @wait.border; border-radius: 6px; }
#kdbxWarning { color: @wait.fg; padding: 8px; }
#problemPanel { background: @bad.bg; border: 1px solid @bad.border; border-radius: 6px; }
#problemPanel { color: @bad.fg; padding: 8px; }
#kdbxTitle { font-weight: 600; }
"""


def style() -> str:
    """The dialogs' style sheet for the colour scheme being drawn."""
    return theme.css(STYLE)


def error_text(error: KdbxError) -> str:
    """The catalogue's sentence for the error's code, in the merchant's language."""
    return i18n.explain(error)


def label(text: str, parent: QWidget, name: str = "") -> QLabel:
    widget = QLabel(text, parent)
    widget.setWordWrap(True)
    if name:
        widget.setObjectName(name)
    return widget


def passphrase_edit(parent: QWidget, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


class FileRow(QWidget):
    """A path field with a Choose… button (a save or an open dialog)."""

    def __init__(
        self, parent: QWidget, accessible: str, *, save: bool, file_filter: str = FILE_FILTER
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible)
        self.button = QPushButton(self.tr("Choose…"), self)
        self.button.setAutoDefault(False)
        self.button.setAccessibleName(accessible + " " + self.tr("(choose)"))
        self._save, self._filter = save, file_filter
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self.choose)

    def choose(self) -> None:
        pick: Callable[..., tuple[str, str]] = (
            QFileDialog.getSaveFileName if self._save else QFileDialog.getOpenFileName
        )
        path, _ = pick(self, self.edit.accessibleName(), self.edit.text(), self._filter)
        if path:
            if self._save and self._filter == FILE_FILTER and not path.endswith(".kdbx"):
                path += ".kdbx"
            self.edit.setText(path)

    def text(self) -> str:
        return self.edit.text().strip()


def progress_bar(parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setAccessibleName(QCoreApplication.translate("Kdbx", "Progress"))
    bar.hide()
    return bar


def show_progress(bar: QProgressBar, stage: str) -> None:
    """Jobs report "done/total"."""
    done, _, total = stage.partition("/")
    if done.isdigit() and total.isdigit():
        bar.setRange(0, max(1, int(total)))
        bar.setValue(int(done))
        bar.show()
