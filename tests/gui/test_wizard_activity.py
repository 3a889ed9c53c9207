"""The wizard's copies and Shows reach the activity log (field names only),
also those made before the shop was saved: they wait for the save, a draft's
on close or the tested credential's."""

from __future__ import annotations

from cobby_desktop.domain.model import Activity
from cobby_desktop.domain.store import Inventory
from cobby_desktop.ui.secret_widgets import ClipboardGuard
from tests.gui.window_support import job_draining
from tests.gui.wizard_steps import (
    LICENSE,
    enter_shop,
    make_wizard,
    new_workspace,
    stored_files_text,
    wait_for_test,
)
from tests.support.m1_simulator import ApiUser, M1Simulator

_drain_jobs = job_draining(2000)


def logged(*actions: Activity) -> list:
    with Inventory.open() as inv:
        return [e for e in inv.activity() if e.action in actions]


def test_copies_and_shows_before_the_save_are_logged_with_the_draft(qtbot):
    with M1Simulator(users={}) as shop:
        wizard = make_wizard(qtbot)
        wizard.guard = ClipboardGuard()
        wizard.workspace_page.license.show_button.click()  # shown before anything is saved
        new_workspace(wizard)
        enter_shop(qtbot, wizard, shop.url)
        wizard.next()
        key_edit = wizard.m1_user_page.key
        key = key_edit.text()
        key_edit.copy_button.click()
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow, timeout=3000)
        key_edit.show_button.click()
        assert wizard.state.shop_id is None and logged(Activity.COPIED, Activity.REVEALED) == []
        with qtbot.waitSignal(wizard.draft_saved, timeout=5000):
            wizard.reject()
        qtbot.waitUntil(lambda: wizard.copy_jobs == 0, timeout=3000)
    entries = logged(Activity.COPIED, Activity.REVEALED)
    assert sorted((e.action, e.detail) for e in entries) == sorted(
        [
            (Activity.REVEALED, "license_key (setup wizard)"),
            (Activity.COPIED, "api_key (setup wizard)"),
            (Activity.REVEALED, "api_key (setup wizard)"),
        ]
    )
    assert {e.shop_id for e in entries} == {wizard.state.shop_id}
    assert {e.credential_id for e in entries} == {wizard.state.credential_id}
    blob = stored_files_text()
    assert key.encode() not in blob and LICENSE.encode() not in blob
    wizard.guard.clear_now()


def test_a_copy_before_a_passing_test_is_logged_with_the_saved_credential(qtbot):
    with M1Simulator(users={}) as shop:
        wizard = make_wizard(qtbot)
        wizard.guard = ClipboardGuard()
        new_workspace(wizard)
        enter_shop(qtbot, wizard, shop.url)
        wizard.next()
        key = wizard.m1_user_page.key.text()
        wizard.m1_user_page.key.copy_button.click()
        shop.users["cobby_api"] = ApiUser(key)
        wizard.next()
        wait_for_test(qtbot, wizard)
        assert wizard.state.saved_active
        qtbot.waitUntil(lambda: wizard.copy_jobs == 0, timeout=3000)
        (entry,) = logged(Activity.COPIED)
        assert entry.detail == "api_key (setup wizard)"
        assert entry.shop_id == wizard.state.shop_id
        assert entry.credential_id == wizard.state.credential_id
        # After the save, a copy is logged at once.
        wizard.m1_user_page.key.copy_button.click()
        qtbot.waitUntil(lambda: len(logged(Activity.COPIED)) == 2, timeout=3000)
        wizard.guard.clear_now()
