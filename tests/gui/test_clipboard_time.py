"""Copying for the portal: a copied secret stays on the clipboard long enough
to switch windows and paste (60 s at least, adjustable in Preferences), a
Magento 1 key survives its two pastes (key and confirmation), and then it is
cleared. The portal step offers its values in the portal's order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from cobby_desktop import paths
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.secret import Secret
from cobby_desktop.services.setup_state import WizardState
from cobby_desktop.ui import settings as app_settings
from cobby_desktop.ui.preferences_dialog import PreferencesDialog
from cobby_desktop.ui.secret_widgets import ClipboardGuard
from cobby_desktop.ui.wizard.wizard import M1_USER, PORTAL, SetupWizard
from tests.gui.window_support import job_draining

_drain_jobs = job_draining(2000)

M1_KEY = "Zq8rT4wX2mN7vB1kL9pD3sF6hJ0gY5cA"
TOKENS = {
    "consumer_key": "k3x9d0q2m7c1v8b4n6z5l0p9a2s7d4f1",
    "consumer_secret": "q8w2e5r7t1y3u6i9o0p4a7s2d5f8g1h3",
    "access_token": "z1x4c7v0b3n6m9l2k5j8h1g4f7d0s3a6",
    "access_token_secret": "m5n8b1v4c7x0z3l6k9j2h5g8f1d4s7a0",
}


@pytest.fixture
def settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "clipboard-test.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _empty_clipboard():
    QGuiApplication.clipboard().clear()
    yield
    QGuiApplication.clipboard().clear()


def wizard_on(qtbot, state: WizardState, page_id: int, guard: ClipboardGuard) -> SetupWizard:
    wizard = SetupWizard(open_inventory=Inventory.open, vault=Vault(), load=False, guard=guard)
    qtbot.addWidget(wizard)
    wizard.state = state
    wizard.setStartId(page_id)
    wizard.show()
    return wizard


def test_default_is_a_minute_and_preferences_change_it(qtbot, settings):
    guard = ClipboardGuard(settings=settings)
    assert guard.timeout_ms == 60_000
    app_settings.set_clipboard_clear_seconds(120, settings)
    assert guard.timeout_ms == 120_000, "read at each copy: no restart needed"
    app_settings.set_clipboard_clear_seconds(5, settings)
    assert guard.timeout_ms == 60_000, "never shorter than a minute"
    settings.setValue(app_settings.CLIPBOARD_SECONDS, "junk")
    assert guard.timeout_ms == 60_000


def test_preferences_dialog_saves_the_time(qtbot, settings):
    dialog = PreferencesDialog(settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    spin = dialog.clear_seconds
    assert spin.value() == 60 and spin.minimum() == 60
    spin.setValue(90)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert app_settings.clipboard_clear_seconds(settings) == 90


def test_m1_key_survives_two_pastes_then_is_cleared(qtbot, settings):
    guard = ClipboardGuard(settings=settings)
    state = WizardState(
        new_workspace_name="Demo", url="https://shop.test/", magento=1, api_user="cobby_api",
        secrets={"api_key": Secret(M1_KEY)}, generated_key=Secret(M1_KEY),
    )
    wizard = wizard_on(qtbot, state, M1_USER, guard)
    wizard.m1_user_page.key.copy_button.click()
    assert guard.active and guard._deadline.remainingTime() > 55_000
    # The merchant pastes into "API Key", then into "API Key Confirmation".
    pasted = []
    for _ in range(2):
        field = QLineEdit()
        qtbot.addWidget(field)
        field.paste()
        pasted.append(field.text())
        qtbot.wait(50)
    assert pasted == [M1_KEY, M1_KEY]
    assert guard.active and QGuiApplication.clipboard().text() == M1_KEY
    with qtbot.waitSignal(guard.expired) as expired:
        guard._deadline.setInterval(1)
        guard._deadline.start()
    assert expired.args == [True]
    assert QGuiApplication.clipboard().text() == ""
    wizard.close()


@pytest.mark.parametrize(
    ("state", "order"),
    [
        (
            WizardState(url="https://shop.test/", magento=1, api_user="cobby_api",
                        secrets={"api_key": Secret(M1_KEY)}),
            ["shop_url", "api_user", "api_key"],
        ),
        (
            WizardState(url="https://shop.test/", magento=2,
                        secrets={k: Secret(v) for k, v in TOKENS.items()}),
            ["shop_url", "consumer_key", "consumer_secret", "access_token",
             "access_token_secret"],
        ),
    ],
)
def test_portal_values_come_in_the_portals_order_one_click_each(qtbot, settings, state, order):
    guard = ClipboardGuard(settings=settings)
    wizard = wizard_on(qtbot, state, PORTAL, guard)
    page = wizard.portal_page
    assert list(page.rows) == order
    # Top to bottom on the page, as in the portal's form.
    tops = [row.mapTo(page, row.rect().topLeft()).y() for row in page.rows.values()]
    assert tops == sorted(tops)
    for name, row in page.rows.items():
        row.button.click()
        assert QGuiApplication.clipboard().text() == row.value, name
    wizard.close()
