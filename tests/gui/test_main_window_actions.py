"""The main window opens every part of the app: the setup wizard (new and
resumed drafts), the check dialog, rotation, revocation, shop editing, the
audit and the activity log. One dialog of each kind at a time."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from cobby_desktop.domain.model import CredentialState, MagentoMajor, Shop
from cobby_desktop.domain.store import Inventory
from cobby_desktop.ui.activity_view import ActivityDialog
from cobby_desktop.ui.audit_view import AuditDialog
from cobby_desktop.ui.check_dialog import CheckDialog
from cobby_desktop.ui.main_window import MainWindow
from cobby_desktop.ui.revoke_dialog import RevokeDialog
from cobby_desktop.ui.rotation_dialog import RotationDialog
from cobby_desktop.ui.shop_dialog import ShopDialog, apply_shop_edits
from cobby_desktop.ui.wizard.wizard import SetupWizard
from cobby_desktop.ui.workers import shutdown
from tests.gui.window_support import open_window


@pytest.fixture(autouse=True)
def _drain_jobs():
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
    shutdown(2000)


def _select(qtbot, window: MainWindow, state: CredentialState | None) -> Shop:
    row = next(
        r for r in window.model.rows()
        if (r.credential.state if r.credential else None) is state
    )
    assert window.select_shop(row.shop.id)
    qtbot.waitUntil(lambda: window.selected_row() is not None
                    and window.selected_row().shop.id == row.shop.id, timeout=2000)
    return row.shop


def test_connect_a_shop_opens_one_wizard(qtbot, vault):
    window = open_window(qtbot, vault)
    window.act_connect.trigger()
    wizard = window.launcher.open_dialogs["wizard:None"]
    assert isinstance(wizard, SetupWizard) and wizard.isVisible()
    window.act_connect.trigger()
    assert [k for k in window.launcher.open_dialogs if k.startswith("wizard")] == ["wizard:None"]
    wizard.close()
    qtbot.waitUntil(lambda: "wizard:None" not in window.launcher.open_dialogs, timeout=2000)


def test_draft_row_resumes_its_setup_on_double_click(qtbot, vault, sample):
    window = open_window(qtbot, vault)
    shop = _select(qtbot, window, CredentialState.DRAFT)
    assert window.act_resume.isEnabled()
    assert not window.act_rotate.isEnabled()
    window.open_selected()
    wizard = window.launcher.open_dialogs[f"wizard:{shop.id}"]
    assert isinstance(wizard, SetupWizard)


def test_test_connection_opens_the_check_dialog_for_that_shop(qtbot, vault, sample):
    window = open_window(qtbot, vault)
    shop = _select(qtbot, window, CredentialState.ACTIVE)
    # Sample shops live on reserved .example hosts, so the check stops at DNS.
    window.act_test.trigger()
    dialog = window.launcher.open_dialogs[f"check:{shop.id}"]
    assert isinstance(dialog, CheckDialog) and dialog.shop_id == shop.id
    dialog.close()


def test_rotate_revoke_and_edit_open_for_the_selected_shop(qtbot, vault, sample):
    window = open_window(qtbot, vault)
    shop = _select(qtbot, window, CredentialState.ACTIVE)
    assert window.act_rotate.isEnabled() and window.act_revoke.isEnabled()
    window.act_rotate.trigger()
    window.act_revoke.trigger()
    window.act_edit.trigger()
    dialogs = window.launcher.open_dialogs
    assert isinstance(dialogs[f"rotation:{shop.id}"], RotationDialog)
    assert isinstance(dialogs[f"shop:{shop.id}"], ShopDialog)
    revoke = [d for k, d in dialogs.items() if k.startswith("revoke:")]
    assert len(revoke) == 1 and isinstance(revoke[0], RevokeDialog)


def test_audit_and_activity_log_open_from_tools(qtbot, vault, sample):
    window = open_window(qtbot, vault)
    window.act_audit.trigger()
    window.act_activity.trigger()
    assert isinstance(window.launcher.open_dialogs["audit"], AuditDialog)
    assert isinstance(window.launcher.open_dialogs["activity"], ActivityDialog)


def test_shop_dialog_saves_edits_and_drops_a_certificate_exception(qtbot, vault):
    with Inventory.open() as inventory:
        shop = inventory.add_shop(Shop(
            base_url="http://shop.example", magento_major=MagentoMajor.M2, label="Old name",
            pinned_cert_pem="-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
            pinned_cert_sha256="AB:CD",
        ))
    window = open_window(qtbot, vault)
    dialog = window.launcher.edit_shop(shop.id)
    qtbot.waitUntil(lambda: dialog.shop is not None, timeout=3000)
    assert dialog.drop_pin.isVisibleTo(dialog)
    dialog.label_edit.setText("New name")
    dialog.url_edit.setText("  https://shop.example/index.php/admin  ")
    assert "https://shop.example" in dialog.url_hint.text()
    dialog.drop_pin.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=3000), qtbot.waitSignal(window.rows_loaded,
                                                                         timeout=3000):
        dialog._save()
    with Inventory.open() as inventory:
        saved = inventory.shop(shop.id)
        assert saved.label == "New name"
        assert saved.base_url == "https://shop.example"
        assert saved.pinned_cert_pem is None and saved.pinned_cert_sha256 is None
        assert inventory.activity()[0].detail.endswith("certificate exception removed")


def test_shop_edits_refuse_an_unusable_address():
    shop = Shop(base_url="https://ok.example", magento_major=MagentoMajor.M1)
    edited, problem = apply_shop_edits(shop, label="x", url="   ", admin_url="",
                                       store_code="", drop_pin=False)
    assert edited is None and problem
    assert shop.base_url == "https://ok.example"
