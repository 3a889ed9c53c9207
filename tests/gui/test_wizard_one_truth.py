"""One truth after the portal: when the wizard's portal step proves cobby
connected, the main window's row, last check and detail pane say so at once,
without another test."""

from __future__ import annotations

from cobby_desktop.domain.model import TestOutcome
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.ui import texts
from cobby_desktop.ui.wizard.wizard import PORTAL, SetupWizard
from tests.gui.window_support import job_draining, open_window
from tests.gui.wizard_steps import LICENSE, enter_shop, new_workspace, wait_for_test
from tests.support.m2_simulator import M2Simulator

_drain_jobs = job_draining(3000)


def _paste_tokens(wizard: SetupWizard, values: dict[str, str]) -> None:
    page = wizard.m2_tokens_page
    for name, value in values.items():
        page.fields[name].setText(value)
    assert page.isComplete()
    wizard.next()


def test_portal_proof_updates_the_main_window_without_a_retest(qtbot, memory_keyring):
    window = open_window(qtbot, Vault(memory_keyring))
    with M2Simulator() as shop:
        wizard = window.launcher.setup_wizard()
        assert isinstance(wizard, SetupWizard)
        qtbot.waitUntil(lambda: wizard.is_loaded, timeout=5000)
        new_workspace(wizard, "Kaffeehaus", LICENSE)
        enter_shop(qtbot, wizard, shop.url, existing=True)
        _paste_tokens(wizard, shop.values)
        wait_for_test(qtbot, wizard)
        assert wizard.test_page.report.ok
        shop_id = wizard.state.shop_id
        # The test passed before cobby connected: the row says "notice".
        qtbot.waitUntil(lambda: window.selected_row() is not None, timeout=5000)
        qtbot.waitUntil(
            lambda: window.selected_row().credential.last_test_outcome is TestOutcome.NOTICE,
            timeout=5000,
        )
        shop.change_license_key_after(0, LICENSE)  # cobby's service saved in the portal
        wizard.next()
        assert wizard.currentId() == PORTAL
        proof = wizard.portal_page.proof
        proof.initial_delay, proof.max_delay = 0.05, 0.1
        with qtbot.waitSignal(wizard.connection_proved, timeout=10000) as proved:
            proof.start_button.click()
        assert proved.args == [shop_id]
    qtbot.waitUntil(
        lambda: window.selected_row() is not None
        and window.selected_row().credential.last_test_outcome is TestOutcome.OK,
        timeout=5000,
    )
    row = window.selected_row()
    assert row.shop.id == shop_id
    assert window.detail.test_badge.text() == texts.outcome_label(TestOutcome.OK)
    with Inventory.open() as inv:
        latest = inv.checks(shop_id, limit=1)[0]
    assert latest.outcome is TestOutcome.OK and latest.codes == ()
    qtbot.waitUntil(lambda: window.detail.history.topLevelItemCount() >= 2, timeout=5000)
    wizard.close()
