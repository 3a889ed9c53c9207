"""The wizard's secrets on the clipboard and on screen: copies go through the
clipboard guard (the main window's when opened from it) and are logged by
field name once the shop is saved; Show hides again when the window loses
focus or the page changes. Plain values (address, user name) copy plainly."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from cobby_desktop import i18n
from cobby_desktop.domain.model import Activity
from cobby_desktop.domain.store import Inventory
from cobby_desktop.secret import Secret
from cobby_desktop.services import setup
from cobby_desktop.services.setup_state import WizardState
from cobby_desktop.ui.secret_widgets import ClipboardGuard
from cobby_desktop.ui.wizard.widgets import fallback_guard
from cobby_desktop.ui.wizard.wizard import M1_ROLE, M1_USER, M2_TOKENS, PORTAL, SetupWizard
from tests.gui.window_support import job_draining, open_window

_drain_jobs = job_draining(2000)

M1_KEY = "Zq8rT4wX2mN7vB1kL9pD3sF6hJ0gY5cA"
TOKENS = {
    "consumer_key": "k3x9d0q2m7c1v8b4n6z5l0p9a2s7d4f1",
    "consumer_secret": "q8w2e5r7t1y3u6i9o0p4a7s2d5f8g1h3",
    "access_token": "z1x4c7v0b3n6m9l2k5j8h1g4f7d0s3a6",
    "access_token_secret": "m5n8b1v4c7x0z3l6k9j2h5g8f1d4s7a0",
}


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def m1_state(**kw) -> WizardState:
    return replace(WizardState(
        new_workspace_name="Demo",
        url="https://shop.test/",
        magento=1,
        api_user="cobby_api",
        secrets={"api_key": Secret(M1_KEY)},
        generated_key=Secret(M1_KEY),
    ), **kw)


def wizard_on(qtbot, vault, state: WizardState, page_id: int, **kw) -> SetupWizard:
    wizard = SetupWizard(open_inventory=Inventory.open, vault=vault, load=False, **kw)
    qtbot.addWidget(wizard)
    wizard.state = state
    wizard.setStartId(page_id)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


@pytest.fixture(autouse=True)
def _empty_clipboard():
    QGuiApplication.clipboard().clear()
    yield
    guard = QApplication.instance().findChild(ClipboardGuard, "wizardClipboardGuard")
    if guard is not None:
        guard.clear_now()
        guard.timeout_ms = 30_000


def test_m1_key_copy_goes_through_the_given_guard_and_is_cleared(qtbot, vault):
    guard = ClipboardGuard(timeout_ms=300)
    wizard = wizard_on(qtbot, vault, m1_state(), M1_USER, guard=guard)
    assert wizard.guard is guard
    with qtbot.waitSignal(guard.copied, timeout=1000) as copied:
        wizard.m1_user_page.key.copy_button.click()
    assert copied.args == [i18n.translate("M1UserPage", "API key")]
    assert clipboard() == M1_KEY and guard.active
    assert wizard.copy_notice.isVisible()
    notice = i18n.translate("CopyNotice", "%1 copied. The clipboard will be cleared in %2 s.")
    api_key = i18n.translate("M1UserPage", "API key")
    assert wizard.copy_notice.label.text().startswith(notice.replace("%1", api_key).split("%2")[0])
    assert M1_KEY not in wizard.copy_notice.label.text()
    with qtbot.waitSignal(guard.expired, timeout=3000) as expired:
        pass
    assert expired.args == [True]
    assert clipboard() == ""
    assert not wizard.copy_notice.isVisible()
    # No shop saved yet: nothing to log against.
    assert wizard.copy_jobs == 0
    with Inventory.open() as inv:
        assert not [e for e in inv.activity() if e.action is Activity.COPIED]


def test_without_a_guard_the_application_guard_clears_it(qtbot, vault):
    wizard = wizard_on(qtbot, vault, m1_state(), M1_USER)
    guard = fallback_guard()
    assert wizard.guard is guard and guard.parent() is QApplication.instance()
    guard.timeout_ms = 300
    wizard.m1_user_page.key.copy_button.click()
    assert clipboard() == M1_KEY
    # The guard outlives the wizard: closing it does not leave the key behind.
    wizard.state.saved_active = True  # no draft save from this close
    wizard.close()
    with qtbot.waitSignal(guard.expired, timeout=3000) as expired:
        pass
    assert expired.args == [True] and clipboard() == ""


def test_portal_rows_secrets_guarded_and_logged_plain_values_not(qtbot, vault, memory_keyring):
    state = WizardState(
        new_workspace_name="Demo",
        url="https://shop.test/",
        magento=2,
        api_user="cobby",
        secrets={k: Secret(v) for k, v in TOKENS.items()},
    )
    outcome = setup.save(Inventory.open, vault, state)
    assert not outcome.error and state.shop_id is not None
    state.saved_active = True
    guard = ClipboardGuard()
    wizard = wizard_on(qtbot, vault, state, PORTAL, guard=guard)
    rows = wizard.portal_page.rows
    assert {"shop_url", "access_token"} <= set(rows)

    rows["shop_url"].button.click()  # not a secret: plain copy, no guard
    assert clipboard() == rows["shop_url"].value and not guard.active

    rows["access_token"].button.click()
    assert clipboard() == TOKENS["access_token"] and guard.active
    qtbot.waitUntil(lambda: wizard.copy_jobs == 0, timeout=3000)
    with Inventory.open() as inv:
        copied = [e for e in inv.activity() if e.action is Activity.COPIED]
    assert [e.detail for e in copied] == ["access_token (setup wizard)"]
    assert copied[0].shop_id == state.shop_id
    assert copied[0].credential_id == state.credential_id
    for entry in copied:
        assert all(value not in entry.detail for value in TOKENS.values())
    guard.clear_now()
    assert clipboard() == ""


def activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def test_show_hides_when_another_window_takes_the_focus(qtbot, vault):
    wizard = wizard_on(qtbot, vault, m1_state(), M1_USER, guard=ClipboardGuard())
    activate(qtbot, wizard)
    key = wizard.m1_user_page.key
    key.show_button.click()
    assert key.shown and key.edit.echoMode() == QLineEdit.EchoMode.Normal
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    activate(qtbot, other)  # the merchant switches to the browser, say
    qtbot.waitUntil(lambda: not key.shown, timeout=2000)
    assert key.edit.echoMode() == QLineEdit.EchoMode.Password
    assert key.show_button.text() == i18n.translate("WizardWidgets", "Show")
    # Showing again while the wizard has the focus keeps it shown.
    activate(qtbot, wizard)
    key.show_button.click()
    assert key.shown


def test_show_hides_when_the_wizard_closes(qtbot, vault):
    wizard = wizard_on(qtbot, vault, m1_state(saved_active=True), M1_USER)
    key = wizard.m1_user_page.key
    key.show_button.click()
    assert key.shown
    wizard.close()
    assert not key.shown


def test_show_hides_when_leaving_the_page(qtbot, vault):
    state = m1_state(have_credentials=False)
    wizard = wizard_on(qtbot, vault, state, M1_ROLE, guard=ClipboardGuard())
    wizard.next()
    assert wizard.currentId() == M1_USER
    key = wizard.m1_user_page.key
    key.show_button.click()
    assert key.shown
    wizard.back()
    assert not key.shown and key.edit.echoMode() == QLineEdit.EchoMode.Password


def test_m2_token_fields_hide_too(qtbot, vault):
    state = WizardState(url="https://shop.test/", magento=2, api_user="cobby")
    wizard = wizard_on(qtbot, vault, state, M2_TOKENS, guard=ClipboardGuard())
    fields = wizard.m2_tokens_page.fields
    activate(qtbot, wizard)
    for field in fields.values():
        field.show_button.click()
    assert all(f.shown for f in fields.values())
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    activate(qtbot, other)
    qtbot.waitUntil(lambda: not any(f.shown for f in fields.values()), timeout=2000)


def test_the_main_window_hands_its_guard_to_the_wizard(qtbot, vault):
    window = open_window(qtbot, vault)
    wizard = window.launcher.setup_wizard()
    assert isinstance(wizard, SetupWizard)
    assert wizard.guard is window.guard
    qtbot.waitUntil(lambda: wizard.is_loaded, timeout=5000)
    wizard.close()
