"""The security audit dialog over a real inventory and the in-memory keychain:
findings with their action buttons, the remembered key age, removing orphaned
secrets after confirmation, verifying a revocation against the M1 simulator,
signals for the main window, and the rotation dialog opened for a finding."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from cobby_desktop import i18n
from cobby_desktop.domain.audit import AuditAction
from cobby_desktop.domain.model import (
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
    TestOutcome,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.secret import Secret
from cobby_desktop.ui.audit_view import MAX_AGE_KEY, AuditDialog
from cobby_desktop.ui.rotation_dialog import INTRO
from cobby_desktop.ui.store_access import StoreAccess
from tests.gui.window_support import job_draining
from tests.support.m1_simulator import ApiUser, M1Simulator

STRONG = "Q7mX4vT9kR2pW8nJ5cH3"
WEAK = "abc1234"
ORPHAN = "R3eW4qA5sD6fG7hJ8kL9"


_drain_jobs = job_draining(3000)


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "audit.ini"), QSettings.Format.IniFormat)


def _add(inv, vault, label, url, user, key, **kw):
    shop = inv.add_shop(Shop(base_url=url, magento_major=MagentoMajor.M1, label=label))
    state = kw.pop("state", CredentialState.ACTIVE)
    cred = inv.add_credential(
        Credential(shop_id=shop.id, kind=CredentialKind.M1_API_KEY, api_user=user, state=state)
    )
    cred = replace(cred, **kw)
    inv.update_credential(cred)
    vault.put_credential(cred, {"api_key": Secret(key)})
    return shop, cred


def _fill(vault: Vault, url: str = "https://revoked.example") -> dict[str, int]:
    fresh = dict(last_tested_at=datetime.now(UTC) - timedelta(days=1),
                 last_test_outcome=TestOutcome.OK)
    with Inventory.open() as inv:
        _, healthy = _add(inv, vault, "Healthy", "https://healthy.example", "cobby_api", STRONG,
                          **fresh)
        weak_shop, weak = _add(inv, vault, "Weak", "https://weak.example", "cobby_api", WEAK,
                               **fresh)
        plain, _ = _add(inv, vault, "Plain", "http://plain.example", "cobby_api",
                        "H4gF5dS6aP7oI8uY9tR2", **fresh)
        _, orphan = _add(inv, vault, "Orphan", url, "cobby_old", ORPHAN,
                         state=CredentialState.REVOKED, revoked_at=datetime.now(UTC),
                         revoked_verified=True)
        return {"healthy": healthy.id, "weak": weak.id, "weak_shop": weak_shop.id,
                "plain_shop": plain.id, "orphan": orphan.id}


def _open(qtbot, vault, settings, **kw) -> AuditDialog:
    store = StoreAccess(vault=vault)
    dialog = AuditDialog(store, settings=settings, **kw)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.audited, timeout=5000):
        dialog.show()
    return dialog


def _rows(dialog) -> list[tuple[str, str, str]]:
    return [
        (dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole),
         dialog.table.item(r, 1).text(), dialog.action_buttons[r].text())
        for r in range(dialog.table.rowCount())
    ]


def _row_of(dialog, code: str, shop: str) -> int:
    for r, (c, s, _) in enumerate(_rows(dialog)):
        if c == code and s == shop:
            return r
    raise AssertionError(f"{code} for {shop} not shown: {_rows(dialog)}")


def test_findings_table_with_actions_and_no_secret(qtbot, vault, settings):
    _fill(vault)
    dialog = _open(qtbot, vault, settings)
    rows = _rows(dialog)
    label = dialog.action_label
    assert ("key.weak", "Weak", label(AuditAction.ROTATE)) in rows
    assert ("url.not_https", "Plain", label(AuditAction.EDIT_SHOP)) in rows
    assert ("secret.orphaned", "Orphan", label(AuditAction.REMOVE_SECRETS)) in rows
    assert ("test.stale", "Orphan", label(AuditAction.TEST)) not in rows
    assert dialog.table.item(0, 0).text() == i18n.translate("AuditDialog", "Warning")
    shown = " ".join(
        dialog.table.item(r, c).text() for r in range(dialog.table.rowCount()) for c in range(4)
    ) + dialog.summary.text()
    for secret in (STRONG, WEAK, ORPHAN):
        assert secret not in shown
    for button in dialog.action_buttons:
        assert button.accessibleName().startswith(button.text())


def test_max_age_is_remembered_and_reruns(qtbot, vault, settings):
    ids = _fill(vault)
    with Inventory.open() as inv:  # the healthy key was last rotated 40 days ago
        cred = inv.credential(ids["healthy"])
        inv.update_credential(replace(cred, rotated_at=datetime.now(UTC) - timedelta(days=40)))
    dialog = _open(qtbot, vault, settings)
    assert dialog.age.value() == 180
    assert not any(c == "key.old" and s == "Healthy" for c, s, _ in _rows(dialog))
    dialog.age.setValue(30)
    with qtbot.waitSignal(dialog.audited, timeout=5000):
        dialog.age.editingFinished.emit()
    assert int(settings.value(MAX_AGE_KEY)) == 30
    assert any(c == "key.old" and s == "Healthy" for c, s, _ in _rows(dialog))
    dialog.close()
    again = _open(qtbot, vault, settings)
    assert again.age.value() == 30


def test_remove_orphaned_secrets_after_confirmation(qtbot, vault, settings):
    ids = _fill(vault)
    dialog = _open(qtbot, vault, settings)
    row = _row_of(dialog, "secret.orphaned", "Orphan")
    dialog.action_buttons[row].click()
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Cancel).click()  # first: changed mind
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=2000)
    with Inventory.open() as inv:
        assert vault.credential_secrets(inv.credential(ids["orphan"]))

    dialog.action_buttons[_row_of(dialog, "secret.orphaned", "Orphan")].click()
    box = dialog.confirm_box
    accept = QMessageBox.ButtonRole.AcceptRole
    remove = next(b for b in box.buttons() if box.buttonRole(b) is accept)
    with qtbot.waitSignal(dialog.audited, timeout=5000):
        remove.click()
    with Inventory.open() as inv:
        assert vault.credential_secrets(inv.credential(ids["orphan"])) == {}
    assert not any(c == "secret.orphaned" for c, _, _ in _rows(dialog))


def test_verify_revocation_against_the_simulator(qtbot, vault, settings):
    with M1Simulator(users={"cobby_old": ApiUser(ORPHAN)}) as sim:
        ids = _fill(vault, url=sim.url)
        with Inventory.open() as inv:
            cred = inv.credential(ids["orphan"])
            inv.update_credential(replace(cred, revoked_verified=False))  # revoked offline
        dialog = _open(qtbot, vault, settings, policy=HttpPolicy(read_timeout=2.0))
        row = _row_of(dialog, "revoke.unverified", "Orphan")
        assert dialog.action_buttons[row].text() == i18n.translate(
            "AuditDialog", "Check that it is refused"
        )
        with qtbot.waitSignal(dialog.audited, timeout=8000):
            dialog.action_buttons[row].click()
        assert dialog.message.text() == i18n.translate(
            "AuditDialog", "The shop still accepts this access. Delete the API user or "
            "integration in the Magento admin, then check again.")
        verify = dialog.action_label(AuditAction.VERIFY_REVOCATION)
        assert ("revoke.unverified", "Orphan", verify) in _rows(dialog)

        del sim.users["cobby_old"]
        row = _row_of(dialog, "revoke.unverified", "Orphan")
        with qtbot.waitSignal(dialog.audited, timeout=8000):
            dialog.action_buttons[row].click()
    assert dialog.message.text() == i18n.translate(
        "AuditDialog", "Confirmed: the shop refuses the revoked access. Its secrets were "
        "removed from the keychain.")
    assert not any(c.startswith("revoke.") or c == "secret.orphaned"
                   for c, _, _ in _rows(dialog))
    with Inventory.open() as inv:
        assert inv.credential(ids["orphan"]).revoked_verified


def test_signals_for_the_main_window_and_keyboard(qtbot, vault, settings):
    ids = _fill(vault)
    dialog = _open(qtbot, vault, settings)
    with qtbot.waitSignal(dialog.shop_edit_requested, timeout=1000) as edit:
        dialog.action_buttons[_row_of(dialog, "url.not_https", "Plain")].click()
    assert edit.args == [ids["plain_shop"]]
    dialog.table.setFocus()
    dialog.table.selectRow(_row_of(dialog, "url.not_https", "Plain"))
    with qtbot.waitSignal(dialog.shop_edit_requested, timeout=1000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)


def test_rotate_opens_the_rotation_dialog_and_reruns_when_closed(qtbot, vault, settings):
    ids = _fill(vault)
    dialog = _open(qtbot, vault, settings)
    dialog.action_buttons[_row_of(dialog, "key.weak", "Weak")].click()
    rotation = dialog.rotation_dialog
    assert rotation is not None and rotation.shop_id == ids["weak_shop"]
    qtbot.waitUntil(lambda: rotation.loaded_once, timeout=5000)
    assert rotation.current_page() == INTRO and rotation.start_button.isVisible()
    with qtbot.waitSignal(dialog.audited, timeout=5000):
        rotation.close()
