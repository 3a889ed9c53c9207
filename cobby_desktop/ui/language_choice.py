"""The Preferences choice of language: the system's, Deutsch or English.

Language names are written in their own language, so a merchant who cannot
read the current one still finds theirs. The choice takes effect at the next
start: every window is built in one language.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from cobby_desktop import i18n
from cobby_desktop.ui import settings as app_settings


class LanguageChoice(QGroupBox):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language"), parent)
        self.settings = settings
        self.combo = QComboBox()
        self.combo.addItem(self.tr("Same as the system"), i18n.SYSTEM)
        self.combo.addItem("Deutsch", i18n.GERMAN)
        self.combo.addItem("English", i18n.ENGLISH)
        self.combo.setCurrentIndex(
            max(self.combo.findData(app_settings.language_preference(settings)), 0)
        )
        self.combo.setAccessibleName(self.tr("Language"))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.combo)
        note = QLabel(self.tr("A new language takes effect the next time you start cobby Desktop."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout(self)
        form.addRow(label, self.combo)
        form.addRow(note)

    def chosen(self) -> str:
        return str(self.combo.currentData())

    def save(self) -> None:
        app_settings.set_language_preference(self.chosen(), self.settings)
