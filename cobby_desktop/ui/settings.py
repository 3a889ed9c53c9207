"""Window layout memory: an INI file in the data folder (never a secret in it).

An INI file rather than the registry or a plist keeps everything the app
writes in one folder the merchant (and the leak test) can inspect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from cobby_desktop import i18n, paths

if TYPE_CHECKING:  # annotations only: the widget classes load with the window
    from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

FILE_NAME = "settings.ini"


def app_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / FILE_NAME), QSettings.Format.IniFormat)


def save_layout(
    settings: QSettings,
    window: QMainWindow,
    splitter: QSplitter | None = None,
    header: QHeaderView | None = None,
) -> None:
    settings.beginGroup("main_window")
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("state", window.saveState())
    if splitter is not None:
        settings.setValue("splitter", splitter.saveState())
    if header is not None:
        settings.setValue("header", header.saveState())
    settings.endGroup()
    settings.sync()


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore_layout(
    settings: QSettings,
    window: QMainWindow,
    splitter: QSplitter | None = None,
    header: QHeaderView | None = None,
) -> bool:
    """Apply what was saved; False when nothing was (first start)."""
    settings.beginGroup("main_window")
    try:
        geometry = _bytes(settings, "geometry")
        if geometry is None:
            return False
        window.restoreGeometry(geometry)
        if (state := _bytes(settings, "state")) is not None:
            window.restoreState(state)
    finally:
        settings.endGroup()
    restore_panes(settings, splitter, header)
    return True


def restore_panes(
    settings: QSettings, splitter: QSplitter | None = None, header: QHeaderView | None = None
) -> None:
    """The splitter and the table's columns as saved (they may be built later
    than the window)."""
    settings.beginGroup("main_window")
    try:
        if splitter is not None and (value := _bytes(settings, "splitter")) is not None:
            splitter.restoreState(value)
        if header is not None and (value := _bytes(settings, "header")) is not None:
            header.restoreState(value)
    finally:
        settings.endGroup()


# How long a copied secret stays on the clipboard (seconds): long enough to
# switch windows and paste twice (a Magento 1 key and its confirmation).
CLIPBOARD_SECONDS = "clipboard/clear_after_seconds"
CLIPBOARD_DEFAULT_S = 60
CLIPBOARD_MIN_S = 60
CLIPBOARD_MAX_S = 600


def clipboard_clear_seconds(settings: QSettings | None = None) -> int:
    value = (settings or app_settings()).value(CLIPBOARD_SECONDS, CLIPBOARD_DEFAULT_S)
    try:
        seconds = int(str(value))
    except ValueError:
        return CLIPBOARD_DEFAULT_S
    return min(CLIPBOARD_MAX_S, max(CLIPBOARD_MIN_S, seconds))


def set_clipboard_clear_seconds(seconds: int, settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    settings.setValue(CLIPBOARD_SECONDS, min(CLIPBOARD_MAX_S, max(CLIPBOARD_MIN_S, seconds)))
    settings.sync()


# The language the merchant chose in Preferences: "de", "en" or "system".
LANGUAGE = "ui/language"


def language_preference(settings: QSettings | None = None) -> str:
    value = (settings or app_settings()).value(LANGUAGE, i18n.SYSTEM)
    return value if value in i18n.LANGUAGES else i18n.SYSTEM


def set_language_preference(language: str, settings: QSettings | None = None) -> None:
    """Save the choice; "system" removes the key (follow the operating system)."""
    settings = settings or app_settings()
    if language in i18n.LANGUAGES:
        settings.setValue(LANGUAGE, language)
    else:
        settings.remove(LANGUAGE)
    settings.sync()
