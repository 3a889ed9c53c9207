"""Preferences: the portal API address is checked with the client's own rule,
saved in settings.ini, and an empty address turns the portal API off. File >
Preferences… opens the dialog once."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from cobby_desktop import paths
from cobby_desktop.portal.client import address_problem
from cobby_desktop.ui import settings as app_settings
from cobby_desktop.ui.preferences_dialog import PreferencesDialog
from cobby_desktop.ui.workers import shutdown
from tests.gui.window_support import open_window

GOOD = "https://portal.example.com/api/v1/"


def dialog(qtbot) -> PreferencesDialog:
    d = PreferencesDialog()
    qtbot.addWidget(d)
    d.show()
    return d


def click_save(d: PreferencesDialog) -> None:
    d.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def ini_text() -> str:
    path = paths.data_dir() / app_settings.FILE_NAME
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_starts_empty_and_saves_a_good_address(qtbot):
    d = dialog(qtbot)
    assert d.address.text() == "" and not d.error.isVisible()
    assert "does not publish an API" in d.explanation.text()
    d.address.setText("  " + GOOD + " ")
    with qtbot.waitSignal(d.saved) as saved:
        click_save(d)
    assert saved.args == [GOOD]
    assert d.result() == QDialog.DialogCode.Accepted and not d.isVisible()
    assert app_settings.portal_api_address() == GOOD
    assert "api_address" in ini_text()
    again = dialog(qtbot)
    assert again.address.text() == GOOD


def test_refuses_plain_http_and_keeps_the_old_address(qtbot):
    app_settings.set_portal_api_address(GOOD)
    d = dialog(qtbot)
    d.address.setText("http://portal.example.com/api/v1/")
    click_save(d)
    assert d.isVisible() and d.error.isVisible()
    assert d.error.text() == address_problem("http://portal.example.com/api/v1/")
    assert "https://" in d.error.text()
    assert app_settings.portal_api_address() == GOOD
    d.address.textEdited.emit("x")  # typing hides the old complaint
    assert not d.error.isVisible()


def test_refuses_a_password_inside_the_address_and_stores_none_of_it(qtbot):
    d = dialog(qtbot)
    d.address.setText("https://jane:Hunter2-pw@portal.example.com/api/")
    assert not d.save()
    assert "user name and password" in d.error.text()
    assert "Hunter2-pw" not in ini_text()
    for bad in ("portal.example.com", "ftp://portal.example.com/", "https://p.example/?a=1"):
        d.address.setText(bad)
        assert not d.save() and d.error.text()
    assert app_settings.portal_api_address() == ""


def test_http_is_fine_for_this_computer_only(qtbot):
    d = dialog(qtbot)
    d.address.setText("http://127.0.0.1:8765/api/v1/")
    assert d.save()
    assert app_settings.portal_api_address() == "http://127.0.0.1:8765/api/v1/"


def test_an_empty_address_turns_the_portal_api_off(qtbot):
    app_settings.set_portal_api_address(GOOD)
    d = dialog(qtbot)
    d.address.clear()
    with qtbot.waitSignal(d.saved) as saved:
        click_save(d)
    assert saved.args == [""]
    assert app_settings.portal_api_address() == ""
    assert "api_address" not in ini_text()


def test_cancel_keeps_the_saved_address(qtbot):
    app_settings.set_portal_api_address(GOOD)
    d = dialog(qtbot)
    d.address.setText("https://elsewhere.example/")
    d.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert app_settings.portal_api_address() == GOOD


def test_file_menu_opens_one_preferences_dialog(qtbot, vault):
    window = open_window(qtbot, vault)
    try:
        window.act_preferences.trigger()
        first = window.launcher.open_dialogs["preferences"]
        assert isinstance(first, PreferencesDialog) and first.isVisible()
        window.act_preferences.trigger()
        assert window.launcher.open_dialogs["preferences"] is first
        first.reject()
        assert "preferences" not in window.launcher.open_dialogs
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        shutdown(2000)
