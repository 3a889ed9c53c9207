"""Both paths of the setup wizard, and "I already have credentials", walked by
keyboard alone against the loopback simulators: Alt shortcuts, Tab and
Shift+Tab, Space, Return and Ctrl+V; no mouse and no direct widget calls
(only what the merchant does elsewhere: creating the user in the shop, and
copying Magento's tokens panel)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget, QWizard

from cobby_desktop.domain.model import CredentialState
from cobby_desktop.ui.secret_widgets import ClipboardGuard
from cobby_desktop.ui.wizard.wizard import (
    M1_ROLE,
    M1_USER,
    M2_INTEGRATION,
    M2_TOKENS,
    PORTAL,
    SHOP,
    TEST,
    WORKSPACE,
    SetupWizard,
)
from tests.gui.window_support import job_draining
from tests.gui.wizard_steps import LICENSE, POLICY, inventory
from tests.support.m1_simulator import ApiUser, M1Simulator
from tests.support.m2_simulator import M2Simulator

# The Alt letters below are the English mnemonics; test_wizard_a11y checks that
# each page's German ones are unique too.
pytestmark = pytest.mark.english

_drain_jobs = job_draining(3000)

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "something has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def alt(letter: str) -> None:
    press(getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def tab_to(target: QWidget, *, backwards: bool = False, limit: int = 40) -> int:
    """Press Tab (or Shift+Tab) until `target` has the focus; returns how often."""
    for count in range(limit):
        if focused() is target:
            return count
        press(
            Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab,
            SHIFT if backwards else Qt.KeyboardModifier.NoModifier,
        )
    raise AssertionError(f"Tab never reached {target!r}")


def open_wizard(qtbot) -> SetupWizard:
    wizard = SetupWizard(policy=POLICY, guard=ClipboardGuard())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.is_loaded, timeout=5000)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=3000)
    return wizard


def next_page(qtbot, wizard: SetupWizard, expected: int) -> None:
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=3000):
        alt("n")
    assert wizard.currentId() == expected


def workspace_by_keyboard(qtbot, wizard: SetupWizard) -> None:
    assert wizard.currentId() == WORKSPACE
    page = wizard.workspace_page
    alt("w")  # "Add a ne&w workspace"
    qtbot.waitUntil(page.create_new.isChecked, timeout=2000)
    alt("m")  # "Workspace na&me"
    assert focused() is page.name
    type_text("Demo shop")
    press(Qt.Key.Key_Tab)
    assert focused() is page.license.edit
    type_text(LICENSE)
    assert page.isComplete()
    next_page(qtbot, wizard, SHOP)


def shop_by_keyboard(qtbot, wizard: SetupWizard, url: str, *, existing: bool = False) -> None:
    page = wizard.shop_page
    alt("a")  # "Shop &address"
    assert focused() is page.url
    type_text(url)
    qtbot.waitUntil(lambda: page.detection is not None and page._detect_job is None, timeout=8000)
    if existing:
        alt("h")  # "I already &have credentials" (a mnemonic clicks after a short flash)
        qtbot.waitUntil(page.existing.isChecked, timeout=2000)
    else:
        assert page.guided.isChecked()
    alt("a")
    # Return in the address field presses the wizard's default button, Next.
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=3000):
        press(Qt.Key.Key_Return)


def wait_for_test(qtbot, wizard: SetupWizard) -> None:
    page = wizard.test_page
    assert wizard.currentId() == TEST
    qtbot.waitUntil(lambda: page.job is None and page.report is not None, timeout=15000)
    # The findings appear without taking the focus: the wizard stays the active
    # window and the keyboard stays in it.
    assert wizard.isActiveWindow()
    assert QApplication.focusWidget() is not None
    assert QApplication.focusWidget().window() is wizard


def finish(qtbot, wizard: SetupWizard) -> None:
    with qtbot.waitSignal(wizard.finished, timeout=3000) as done:
        alt("f")
    assert done.args == [QWizard.DialogCode.Accepted.value]


def test_m1_guided_by_keyboard(qtbot, memory_keyring):
    with M1Simulator(users={}) as shop:
        wizard = open_wizard(qtbot)
        workspace_by_keyboard(qtbot, wizard)
        shop_by_keyboard(qtbot, wizard, shop.url)
        assert wizard.currentId() == M1_ROLE
        next_page(qtbot, wizard, M1_USER)
        page = wizard.m1_user_page
        key = page.key.text()
        assert key and page.user.text() == "cobby_api"

        # Copy the generated key for the shop's admin: Tab to Copy, Space.
        alt("k")
        assert focused() is page.key.edit
        tab_to(page.key.copy_button)
        press(Qt.Key.Key_Space)
        assert QGuiApplication.clipboard().text() == key and wizard.guard.active
        # Shift+Tab back to Show, Space shows the key, Space hides it again.
        tab_to(page.key.show_button, backwards=True)
        press(Qt.Key.Key_Space)
        assert page.key.edit.echoMode() == QLineEdit.EchoMode.Normal
        press(Qt.Key.Key_Space)
        assert page.key.edit.echoMode() == QLineEdit.EchoMode.Password
        wizard.guard.clear_now()

        shop.users["cobby_api"] = ApiUser(key)  # the merchant saves the user in the admin
        next_page(qtbot, wizard, TEST)
        wait_for_test(qtbot, wizard)
        assert wizard.test_page.report.ok, wizard.test_page.findings.shown_text()
        next_page(qtbot, wizard, PORTAL)
        finish(qtbot, wizard)
    with inventory() as inv:
        (shop_row,) = inv.shops()
        assert inv.current_credential(shop_row.id).state is CredentialState.ACTIVE


def test_m2_guided_by_keyboard(qtbot, memory_keyring):
    with M2Simulator() as shop:
        wizard = open_wizard(qtbot)
        workspace_by_keyboard(qtbot, wizard)
        shop_by_keyboard(qtbot, wizard, shop.url)
        assert wizard.currentId() == M2_INTEGRATION
        next_page(qtbot, wizard, M2_TOKENS)
        page = wizard.m2_tokens_page
        # The merchant copied Magento's tokens panel; Alt+P, Ctrl+V pastes it.
        QGuiApplication.clipboard().setText(
            "".join(
                f"{label}\t{shop.values[name]}\n"
                for name, label in (
                    ("consumer_key", "Consumer Key"),
                    ("consumer_secret", "Consumer Secret"),
                    ("access_token", "Access Token"),
                    ("access_token_secret", "Access Token Secret"),
                )
            )
        )
        alt("p")
        assert focused() is page.paste
        press(Qt.Key.Key_V, CTRL)
        assert {n: f.text() for n, f in page.fields.items()} == shop.values
        assert page.isComplete()
        next_page(qtbot, wizard, TEST)
        wait_for_test(qtbot, wizard)
        assert wizard.test_page.report.ok, wizard.test_page.findings.shown_text()
        next_page(qtbot, wizard, PORTAL)

        # Copy a token for the portal: Tab to its Copy button, Space.
        row = wizard.portal_page.rows["access_token"]
        alt("p")  # "Open cobby's &portal" takes the focus without a mouse...
        tab_to(row.button, backwards=True)
        press(Qt.Key.Key_Space)
        assert QGuiApplication.clipboard().text() == shop.values["access_token"]
        assert wizard.guard.active
        wizard.guard.clear_now()
        finish(qtbot, wizard)


def test_existing_m1_credentials_by_keyboard_with_a_fix_after_back(qtbot, memory_keyring):
    right = "Zq8rT4wX2mN7vB1kL9pD3sF6hJ0gY5cA"
    wrong = "Zq8rT4wX2mN7vB1kL9pD3sF6hJ0gY5cB"
    with M1Simulator(users={"shop_sync": ApiUser(right)}) as shop:
        wizard = open_wizard(qtbot)
        workspace_by_keyboard(qtbot, wizard)
        shop_by_keyboard(qtbot, wizard, shop.url, existing=True)
        assert wizard.currentId() == M1_USER, "the creation pages are skipped"
        page = wizard.m1_user_page
        assert page.key.text() == "", "no key is generated for existing credentials"
        alt("u")
        assert focused() is page.user
        press(Qt.Key.Key_A, CTRL)
        type_text("shop_sync")
        alt("k")
        type_text(wrong)
        next_page(qtbot, wizard, TEST)
        wait_for_test(qtbot, wizard)
        assert not wizard.test_page.report.ok
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

        # Back (Alt+B) keeps what was typed; fix the key and go on.
        with qtbot.waitSignal(wizard.currentIdChanged, timeout=3000):
            alt("b")
        assert wizard.currentId() == M1_USER and page.user.text() == "shop_sync"
        alt("k")
        press(Qt.Key.Key_A, CTRL)
        type_text(right)
        next_page(qtbot, wizard, TEST)
        wait_for_test(qtbot, wizard)
        assert wizard.test_page.report.ok, wizard.test_page.findings.shown_text()
        next_page(qtbot, wizard, PORTAL)
        finish(qtbot, wizard)
    with inventory() as inv:
        (shop_row,) = inv.shops()
        cred = inv.current_credential(shop_row.id)
        assert cred.api_user == "shop_sync" and cred.state is CredentialState.ACTIVE


def test_test_again_by_keyboard_keeps_everything(qtbot, memory_keyring):
    key = "Zq8rT4wX2mN7vB1kL9pD3sF6hJ0gY5cA"
    with M1Simulator(users={"cobby_api": ApiUser(key, cobby_resource=False)}) as shop:
        wizard = open_wizard(qtbot)
        workspace_by_keyboard(qtbot, wizard)
        shop_by_keyboard(qtbot, wizard, shop.url, existing=True)
        alt("u")
        type_text("cobby_api")
        alt("k")
        type_text(key)
        next_page(qtbot, wizard, TEST)
        wait_for_test(qtbot, wizard)
        assert not wizard.test_page.report.ok
        shop.users["cobby_api"] = ApiUser(key)  # the merchant ticks cobby in the role
        alt("g")  # "Test a&gain"
        qtbot.waitUntil(
            lambda: (
                wizard.test_page.job is None
                and wizard.test_page.report is not None
                and wizard.test_page.report.ok
            ),
            timeout=15000,
        )
        assert wizard.state.saved_active
