"""Rotation and revocation dialogs against the loopback Magento simulators:
a full Magento 1 rotation clicked through, closing and reopening at several
steps, and revocation with and without the shop's proof."""

from __future__ import annotations

import html
import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from cobby_desktop import i18n
from cobby_desktop import magento_admin as admin
from cobby_desktop.domain.model import (
    Activity,
    CredentialKind,
    CredentialState,
    RotationStep,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.ui import rotation_dialog as rd
from cobby_desktop.ui.revoke_dialog import RevokeDialog
from cobby_desktop.ui.rotation_dialog import RotationDialog
from cobby_desktop.ui.store_access import StoreAccess
from tests.gui.window_support import job_draining
from tests.support.m1_simulator import ApiUser, M1Simulator
from tests.support.m2_simulator import M2Simulator
from tests.support.sample_data import seed_active_credential


def _tr(context: str, text: str) -> str:
    return i18n.translate(context, text)

WS_KEY = "ws-license-7f3a9c2e51"
OLD_M1 = "oldKey7abc9defgh2345"
POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)


_drain_jobs = job_draining(3000)


def _seed(vault: Vault, kind: CredentialKind, url: str, user: str, secrets: dict[str, str]):
    return seed_active_credential(vault, kind, url, user, secrets, license_key=WS_KEY,
                                  label="Testshop")


def _open_dialog(qtbot, vault: Vault, shop_id: int) -> RotationDialog:
    dialog = RotationDialog(StoreAccess(vault=vault), shop_id, policy=POLICY, proof_timeout=3)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded_once and not dialog.busy, timeout=5000)
    return dialog


def _click_and_wait(qtbot, dialog, button, page: int, timeout: int = 8000) -> None:
    assert button.isEnabled(), button.text()
    button.click()
    qtbot.waitUntil(lambda: dialog.current_page() == page and not dialog.busy, timeout=timeout)


def _settle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=8000)


def _texts(dialog) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_full_m1_rotation_resumes_after_closing_at_each_page(qtbot, vault):
    sim = M1Simulator(users={"cobby_api": ApiUser(OLD_M1)}, license_key=WS_KEY)
    with sim:
        shop_id, old_id = _seed(vault, CredentialKind.M1_API_KEY, sim.url, "cobby_api",
                                {"api_key": OLD_M1})
        dialog = _open_dialog(qtbot, vault, shop_id)
        assert dialog.current_page() == rd.INTRO
        assert dialog.start_button.isVisible()

        # Start: the dialog drafts a generated key at once.
        dialog.start_button.click()
        qtbot.waitUntil(lambda: dialog.view.new is not None and dialog.key_edit.text()
                        and not dialog.busy, timeout=8000)
        assert dialog.current_page() == rd.CREATE
        key = dialog.key_edit.text()
        assert len(key) >= 32 and key != OLD_M1
        assert dialog.user_edit.text() == "cobby_api_2"
        page_text = dialog.create_text.text()
        assert html.escape(i18n.text(admin.M1_USERS), quote=False) in page_text
        assert "<b>cobby</b>" in page_text  # the role it joins
        dialog.key_copy.click()
        assert QGuiApplication.clipboard().text() == key
        dialog.close()

        # Reopening shows the same step and the same key (it lives in the keychain).
        dialog = _open_dialog(qtbot, vault, shop_id)
        assert dialog.current_page() == rd.CREATE
        assert dialog.key_edit.text() == key

        # Testing before the user exists in Magento: refused, stays on the step.
        dialog.test_button.click()
        _settle(qtbot, dialog)
        assert dialog.current_page() == rd.CREATE
        assert dialog.message.objectName() == "messageError"
        assert dialog.message.text().startswith(
            _tr("RotationDialog", "The shop does not accept the new access yet.")
        )

        sim.users["cobby_api_2"] = ApiUser(key)  # the merchant creates the user
        _click_and_wait(qtbot, dialog, dialog.test_button, rd.PORTAL)
        assert set(dialog.portal_copy_buttons) == {"shop_url", "api_user", "api_key"}
        dialog.portal_copy_buttons["api_key"].click()
        assert QGuiApplication.clipboard().text() == key
        assert key not in _texts(dialog)
        dialog.close()

        dialog = _open_dialog(qtbot, vault, shop_id)
        assert dialog.current_page() == rd.PORTAL
        # Confirming the portal starts the proof at once; the simulated shop
        # already holds the workspace's license key.
        _click_and_wait(qtbot, dialog, dialog.portal_done, rd.DELETE_OLD)
        assert "cobby_api" in dialog.delete_text.text()
        open_user = _tr("RotationDialog",
                        "Open the user <b>%1</b> and click <b>Delete User</b>. Keep <b>%2</b>.")
        assert open_user.replace("%1", "cobby_api").split("%2")[0] in dialog.delete_text.text()
        dialog.close()

        dialog = _open_dialog(qtbot, vault, shop_id)
        assert dialog.current_page() == rd.DELETE_OLD
        # Claiming the old user is gone while the shop still accepts it.
        _click_and_wait(qtbot, dialog, dialog.deleted_button, rd.OLD_CHECK)
        _settle(qtbot, dialog)
        still = _tr("RotationDialog", "Your shop still accepts the old access %1. Delete it in "
                    "the Magento admin as described above, then check again.")
        assert dialog.message.text().startswith(still.split("%1")[0])
        dialog.close()

        dialog = _open_dialog(qtbot, vault, shop_id)
        assert dialog.current_page() == rd.OLD_CHECK
        del sim.users["cobby_api"]  # now really deleted
        _click_and_wait(qtbot, dialog, dialog.old_check_button, rd.FINISH)
        with qtbot.waitSignal(dialog.rotation_finished, timeout=8000) as finished:
            dialog.finish_button.click()
        assert finished.args == [shop_id]
        _settle(qtbot, dialog)
        assert dialog.current_page() == rd.DONE
        dialog.close()

    with Inventory.open() as inv:
        old = inv.credential(old_id)
        new = inv.current_credential(shop_id)
        assert old.state is CredentialState.REVOKED and old.revoked_verified
        assert new.id != old_id and new.state is CredentialState.ACTIVE
        assert new.api_user == "cobby_api_2"
        assert inv.rotations()[-1].step is RotationStep.DONE
        actions = {a.action for a in inv.activity()}
        details = " ".join(a.detail for a in inv.activity())
    assert {Activity.ROTATED, Activity.COPIED, Activity.TESTED} <= actions
    assert vault.credential_secrets(old) == {}
    assert vault.credential_secrets(new)["api_key"].reveal() == key
    assert key not in details and OLD_M1 not in details
    raw = b"".join(p.read_bytes() for p in Path(os.environ["COBBY_DESKTOP_HOME"]).rglob("*")
                   if p.is_file())
    assert key.encode() not in raw and OLD_M1.encode() not in raw


def test_m2_reauthorize_through_the_dialog(qtbot, vault):
    with M2Simulator(license_key=WS_KEY) as sim:
        old_values = dict(sim.values)
        shop_id, old_id = _seed(vault, CredentialKind.M2_INTEGRATION, sim.url, "cobby",
                                old_values)
        dialog = _open_dialog(qtbot, vault, shop_id)
        _click_and_wait(qtbot, dialog, dialog.start_button, rd.CREATE)
        dialog.m2_reauth.setChecked(True)
        assert _tr(
            "RotationDialog", "Reauthorize replaces the access token at once: cobby cannot reach "
            "your shop until you have updated the portal in the next step."
        ) in dialog.create_text.text()
        assert not dialog.token_edits["consumer_key"].isVisible()
        # Magento issues a new access token and secret.
        sim.values["access_token"] = "a" * 16 + "1" * 16
        sim.values["access_token_secret"] = "b" * 16 + "2" * 16
        dialog.token_edits["access_token"].setText(sim.values["access_token"])
        dialog.token_edits["access_token_secret"].setText("not valid")
        dialog.test_button.click()
        assert dialog.create_problem.isVisible() and not dialog.busy  # nothing was sent
        dialog.token_edits["access_token_secret"].setText(sim.values["access_token_secret"])
        _click_and_wait(qtbot, dialog, dialog.test_button, rd.PORTAL)
        assert len(dialog.portal_copy_buttons) == 5
        _click_and_wait(qtbot, dialog, dialog.portal_done, rd.DELETE_OLD)
        assert _tr(
            "RotationDialog", "Your shop accepts the reauthorized integration. Reauthorize "
            "already made the old access token invalid, so there is nothing to delete: click the "
            "button so the app checks that your shop refuses it."
        ) in dialog.delete_text.text()
        _click_and_wait(qtbot, dialog, dialog.deleted_button, rd.FINISH)
        _click_and_wait(qtbot, dialog, dialog.finish_button, rd.DONE)
    with Inventory.open() as inv:
        assert inv.credential(old_id).state is CredentialState.REVOKED
        new = inv.current_credential(shop_id)
    kept = vault.credential_secrets(new)
    assert kept["consumer_key"].reveal() == old_values["consumer_key"]


def test_rotation_needs_an_active_credential(qtbot, vault):
    shop_id, cred_id = _seed(vault, CredentialKind.M1_API_KEY, "https://shop.test",
                             "cobby_api", {"api_key": OLD_M1})
    with Inventory.open() as inv:
        cred = inv.credential(cred_id)
        inv.update_credential(replace(cred, state=CredentialState.DRAFT))
    dialog = _open_dialog(qtbot, vault, shop_id)
    assert dialog.current_page() == rd.INTRO
    assert not dialog.start_button.isVisible()
    assert _tr(
        "RotationDialog", "This shop has no active credential to rotate. Test its connection "
        "first; a credential becomes active when the test passes."
    ) in dialog.intro_text.text()


def test_revoke_with_proof_against_magento_2(qtbot, vault):
    with M2Simulator() as sim:
        shop_id, cred_id = _seed(vault, CredentialKind.M2_INTEGRATION, sim.url, "cobby",
                                 dict(sim.values))
        dialog = RevokeDialog(StoreAccess(vault=vault), cred_id, policy=POLICY)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.loaded, timeout=5000):
            dialog.show()
        assert html.escape(i18n.text(admin.M2_INTEGRATIONS), quote=False) in dialog.text.text()
        dialog.check_button.click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=8000)
        assert dialog.message.text() == _tr(
            "RevokeDialog", "Your shop still accepts this access, so nothing was changed. Delete "
            "it in the Magento admin as described, then check again."
        )
        assert dialog.check_button.isEnabled()
        with Inventory.open() as inv:
            assert inv.credential(cred_id).state is CredentialState.ACTIVE

        sim.values["consumer_key"] = "c" * 32  # the integration was deleted
        with qtbot.waitSignal(dialog.revoked, timeout=8000) as revoked:
            dialog.check_button.click()
        assert revoked.args == [cred_id, True]
        qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
        assert not dialog.check_button.isEnabled()
    with Inventory.open() as inv:
        cred = inv.credential(cred_id)
        assert cred.state is CredentialState.REVOKED and cred.revoked_verified
        assert inv.activity()[0].action is Activity.REVOKED
    assert vault.credential_secrets(cred) == {}


def test_revoke_offline_is_unverified_then_verified_against_magento_1(qtbot, vault):
    sim = M1Simulator(users={"cobby_api": ApiUser(OLD_M1)})
    with sim:
        shop_id, cred_id = _seed(vault, CredentialKind.M1_API_KEY, sim.url, "cobby_api",
                                 {"api_key": OLD_M1})
        dialog = RevokeDialog(StoreAccess(vault=vault), cred_id, policy=POLICY)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.loaded, timeout=5000):
            dialog.show()
        box = dialog.ask_offline()
        accept = next(b for b in box.buttons()
                      if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole)
        with qtbot.waitSignal(dialog.revoked, timeout=5000) as revoked:
            accept.click()
        assert revoked.args == [cred_id, False]
        qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
        with Inventory.open() as inv:
            cred = inv.credential(cred_id)
        assert cred.state is CredentialState.REVOKED and not cred.revoked_verified
        assert set(vault.credential_secrets(cred)) == {"api_key"}, "kept for the later proof"
        assert not dialog.offline_button.isVisible()

        del sim.users["cobby_api"]
        with qtbot.waitSignal(dialog.revoked, timeout=8000):
            dialog.check_button.click()
    with Inventory.open() as inv:
        assert inv.credential(cred_id).revoked_verified
    assert vault.credential_secrets(cred) == {}


def test_stopping_a_rotation_keeps_the_old_access(qtbot, vault, monkeypatch):
    sim = M1Simulator(users={"cobby_api": ApiUser(OLD_M1)}, license_key=WS_KEY)
    with sim:
        shop_id, old_id = _seed(vault, CredentialKind.M1_API_KEY, sim.url, "cobby_api",
                                {"api_key": OLD_M1})
        dialog = _open_dialog(qtbot, vault, shop_id)
        assert dialog.stop_button.isHidden()  # nothing to stop yet
        dialog.start_button.click()
        qtbot.waitUntil(lambda: dialog.current_page() == rd.CREATE and not dialog.busy,
                        timeout=8000)
        assert dialog.stop_button.isVisible()
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.No)
        dialog.stop_button.click()
        assert dialog.current_page() == rd.CREATE  # "No" changes nothing
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        dialog.stop_button.click()
        qtbot.waitUntil(lambda: dialog.current_page() == rd.INTRO and not dialog.busy,
                        timeout=8000)
        assert dialog.message.text() == _tr(
            "RotationDialog", "The rotation is stopped. The old access stays active."
        )
        assert dialog.stop_button.isHidden()
    with Inventory.open() as inv:
        assert inv.open_rotation(shop_id) is None
        creds = inv.credentials(shop_id)
        assert [(c.id, c.state) for c in creds] == [(old_id, CredentialState.ACTIVE)]
        assert set(vault.credential_secrets(creds[0])) == {"api_key"}
