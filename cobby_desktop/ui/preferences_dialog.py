"""Preferences: the language (the operating system's, Deutsch or English) and
how long a copied secret stays on the clipboard, kept in the settings INI file."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop.ui import settings as app_settings
from cobby_desktop.ui.language_choice import LanguageChoice


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, settings: QSettings | None = None):
        super().__init__(parent)
        self.settings = settings if settings is not None else app_settings.app_settings()
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)
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

    def save(self) -> bool:
        app_settings.set_clipboard_clear_seconds(self.clear_seconds.value(), self.settings)
        self.language.save()
        self.accept()
        return True
