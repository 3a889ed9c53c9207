"""Preferences: for now the language (the operating system's, Deutsch or
English), kept in the settings INI file."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from cobby_desktop.ui import settings as app_settings
from cobby_desktop.ui.language_choice import LanguageChoice


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, settings: QSettings | None = None):
        super().__init__(parent)
        self.settings = settings if settings is not None else app_settings.app_settings()
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.language = LanguageChoice(self.settings)
        layout = QVBoxLayout(self)
        layout.addWidget(self.language)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def save(self) -> bool:
        self.language.save()
        self.accept()
        return True
