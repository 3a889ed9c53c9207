"""Copy clears the clipboard after the timeout only if it still holds the
secret; reveal needs a click and hides when the window loses focus; both are
logged in the activity log without the value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from cobby_desktop import i18n
from cobby_desktop.domain.model import Activity, CredentialKind, CredentialState
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef
from cobby_desktop.ui.main_window import MainWindow
from cobby_desktop.ui.secret_widgets import MASK_TEXT, ClipboardGuard
from cobby_desktop.ui.workers import shutdown
from tests.gui.window_support import job_draining, open_window
from tests.support.sample_data import populate

TIMEOUT_MS = 150


_drain_jobs = job_draining(2000)


@pytest.fixture
def window(qtbot, vault) -> MainWindow:
    with Inventory.open() as inventory:
        populate(inventory, vault, count=6)
    win = open_window(qtbot, vault, clipboard_clear_ms=TIMEOUT_MS)
    QGuiApplication.clipboard().clear()
    return win


def _select(window: MainWindow, kind: CredentialKind):
    row = next(
        r
        for r in window.model.rows()
        if r.credential
        and r.credential.kind is kind
        and r.credential.state is CredentialState.ACTIVE
        and r.workspace
    )
    window.select_shop(row.shop.id)
    return row


def test_copy_then_cleared_after_timeout(qtbot, window, vault):
    row = _select(window, CredentialKind.M1_API_KEY)
    key = vault.credential_secrets(row.credential)["api_key"].reveal()
    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(window.guard.copied, timeout=3000) as copied:
        qtbot.mouseClick(window.detail.secrets.copy_buttons()["api_key"], Qt.MouseButton.LeftButton)
    assert copied.args == [i18n.translate("Texts", "API key")]
    assert clipboard.text() == key
    assert window.detail.notice.isVisible()
    notice = i18n.translate("CopyNotice", "%1 copied. The clipboard will be cleared in %2 s.")
    assert window.detail.notice.label.text().startswith(
        notice.replace("%1", i18n.translate("Texts", "API key")).split("%2")[0]
    )
    assert key not in window.detail.notice.label.text()
    with qtbot.waitSignal(window.guard.expired, timeout=3000) as expired:
        pass
    assert expired.args == [True]
    assert clipboard.text() == ""
    assert not window.detail.notice.isVisible()
    with Inventory.open() as inventory:
        entry = inventory.activity(limit=1)[0]
    assert entry.action is Activity.COPIED
    assert entry.detail == "api_key" and entry.shop_id == row.shop.id


def test_clipboard_left_alone_when_merchant_copied_something_else(qtbot, window, vault):
    row = _select(window, CredentialKind.M2_INTEGRATION)
    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(window.guard.copied, timeout=3000):
        window.detail.secrets.copy("access_token")
    token = vault.credential_secrets(row.credential)["access_token"].reveal()
    assert clipboard.text() == token
    with qtbot.waitSignal(window.guard.expired, timeout=3000) as expired:
        clipboard.setText("the merchant's own text")
    assert expired.args == [False]
    qtbot.wait(TIMEOUT_MS * 2)  # past the deadline: nothing may clear it now
    assert clipboard.text() == "the merchant's own text"


def test_guard_timeout_is_checked_against_the_current_content(qtbot):
    """Even without a change notice (some platforms send none), the deadline
    compares the clipboard with what was copied before clearing it."""
    from cobby_desktop.secret import Secret

    guard = ClipboardGuard(timeout_ms=TIMEOUT_MS)
    clipboard = QGuiApplication.clipboard()
    guard.copy(Secret("k3y-value-0123456789"), "API key")
    guard.clipboard.dataChanged.disconnect(guard._on_clipboard_changed)
    clipboard.setText("other")
    with qtbot.waitSignal(guard.expired, timeout=3000) as expired:
        pass
    assert expired.args == [False]
    assert clipboard.text() == "other"


def test_license_key_copy(qtbot, window, vault):
    row = _select(window, CredentialKind.M2_INTEGRATION)
    with qtbot.waitSignal(window.guard.copied, timeout=3000) as copied:
        window.detail.secrets.copy("license_key")
    assert copied.args == [i18n.translate("Texts", "License key")]
    assert (
        QGuiApplication.clipboard().text()
        == vault.get(SecretRef.license_key(row.workspace.id, row.workspace.vault_space)).reveal()
    )


def _reveal(qtbot, window: MainWindow, field: str) -> None:
    window.detail.secrets.reveal_button.click()
    qtbot.waitUntil(lambda: window.detail.secrets.field_text(field) != MASK_TEXT, timeout=3000)


def test_reveal_needs_click_and_hides_on_deactivate(qtbot, window, vault):
    row = _select(window, CredentialKind.M2_INTEGRATION)
    secrets = window.detail.secrets
    values = vault.credential_secrets(row.credential)
    assert all(secrets.field_text(n) == MASK_TEXT for n in values)  # hidden by default
    _reveal(qtbot, window, "consumer_key")
    for name, value in values.items():
        assert secrets.field_text(name) == value.reveal()
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    assert not secrets.revealed
    assert all(secrets.field_text(n) == MASK_TEXT for n in values)
    with Inventory.open() as inventory:
        entry = inventory.activity(limit=1)[0]
    assert entry.action is Activity.REVEALED
    assert (
        entry.detail
        == "access_token, access_token_secret, consumer_key, consumer_secret, license_key"
    )
    assert all(v.reveal() not in entry.detail for v in values.values())


def test_reveal_hides_when_selection_changes_or_app_goes_inactive(qtbot, window, vault):
    row = _select(window, CredentialKind.M1_API_KEY)
    secrets = window.detail.secrets
    _reveal(qtbot, window, "api_key")
    other = next(r for r in window.model.rows() if r.shop.id != row.shop.id)
    window.select_shop(other.shop.id)
    assert not secrets.revealed
    window.select_shop(row.shop.id)
    assert secrets.field_text("api_key") == MASK_TEXT
    _reveal(qtbot, window, "api_key")
    secrets._on_app_state(Qt.ApplicationState.ApplicationInactive)
    assert secrets.field_text("api_key") == MASK_TEXT


def test_late_reveal_after_deactivate_is_dropped(qtbot, window, vault):
    """The window lost focus while the keychain answered: nothing is shown."""
    _select(window, CredentialKind.M1_API_KEY)
    secrets = window.detail.secrets
    with qtbot.waitSignal(window.store.problem, timeout=50, raising=False):
        secrets.reveal_button.click()
        QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    shutdown(2000)
    qtbot.wait(50)
    assert secrets.field_text("api_key") == MASK_TEXT
    assert not secrets.revealed
