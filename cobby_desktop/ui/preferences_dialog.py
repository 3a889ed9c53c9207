"""Preferences: the language, how long a copied secret stays on the
clipboard, and the optional portal API address.

The address is not a secret and lives in the settings INI file. Empty means
off, the default: the setup's portal step then only guides the merchant
through cobby's portal in the browser.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop.portal.client import address_problem
from cobby_desktop.ui import settings as app_settings
from cobby_desktop.ui import theme
from cobby_desktop.ui.language_choice import LanguageChoice
from cobby_desktop.ui.theme import Tone


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class PreferencesDialog(QDialog):
    saved = Signal(str)  # the portal API address now in effect ("" = off)

    def __init__(self, parent: QWidget | None = None, *, settings: QSettings | None = None):
        super().__init__(parent)
        self.settings = settings if settings is not None else app_settings.app_settings()
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)

        group = QGroupBox(self.tr("Portal API (optional)"))
        self.explanation = _wrapped(
            self.tr(
                "cobby does not publish an API for its portal. The setup's last step therefore "
                "shows what to enter in cobby's portal in your browser, and that stays the "
                "usual way. If your agency or IT team runs a service that implements cobby "
                "Desktop's portal API, enter its address here: the last step then also offers "
                "to send the shop connection to it directly."
            )
        )
        self.address = QLineEdit(app_settings.portal_api_address(self.settings))
        self.address.setPlaceholderText("https://portal.example.com/api/v1/")
        self.address.setAccessibleName(self.tr("Portal API address"))
        self.address.setClearButtonEnabled(True)
        self.address.textEdited.connect(lambda _text: self._show_problem(None))
        self.error = _wrapped("")
        self.error.setObjectName("formError")
        self.error.setStyleSheet(theme.text_style(Tone.BAD))
        self.error.hide()
        self.note = _wrapped(
            self.tr(
                "Leave the address empty to turn this off. Your portal password is asked for "
                "each time you sign in and is never stored."
            )
        )
        self.note.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        label = QLabel(self.tr("Portal API &address:"))
        label.setBuddy(self.address)
        form.addRow(label, self.address)
        form.addRow("", self.error)
        column = QVBoxLayout(group)
        column.addWidget(self.explanation)
        column.addLayout(form)
        column.addWidget(self.note)

        clipboard = self._clipboard_group()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.language = LanguageChoice(self.settings)
        layout = QVBoxLayout(self)
        layout.addWidget(self.language)
        layout.addWidget(clipboard)
        layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _clipboard_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Clipboard"))
        self.clear_seconds = QSpinBox()
        self.clear_seconds.setRange(app_settings.CLIPBOARD_MIN_S, app_settings.CLIPBOARD_MAX_S)
        self.clear_seconds.setSingleStep(15)
        self.clear_seconds.setSuffix(self.tr(" s"))
        self.clear_seconds.setValue(app_settings.clipboard_clear_seconds(self.settings))
        self.clear_seconds.setAccessibleName(
            self.tr("Seconds before a copied key is cleared from the clipboard")
        )
        label = QLabel(self.tr("Clear a copied &key after:"))
        label.setBuddy(self.clear_seconds)
        form = QFormLayout()
        form.addRow(label, self.clear_seconds)
        note = _wrapped(
            self.tr(
                "Long enough to switch to the shop or cobby's portal and paste, twice if "
                "needed. Whatever you copy yourself meanwhile is left alone."
            )
        )
        note.setStyleSheet("color: palette(placeholder-text);")
        column = QVBoxLayout(group)
        column.addLayout(form)
        column.addWidget(note)
        return group

    def _show_problem(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.error.setAccessibleName(message or "")
        self.adjustSize()  # wrapped labels: make room for the line, or give it back

    def save(self) -> bool:
        """Store the address if it has a usable shape; otherwise say why and stay open."""
        text = self.address.text().strip()
        problem = address_problem(text) if text else None
        if problem:
            self._show_problem(problem)
            self.address.setFocus()
            return False
        app_settings.set_clipboard_clear_seconds(self.clear_seconds.value(), self.settings)
        app_settings.set_portal_api_address(text, self.settings)
        self.language.save()
        self.saved.emit(text)
        self.accept()
        return True
