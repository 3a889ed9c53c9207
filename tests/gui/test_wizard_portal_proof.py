"""The wizard's portal step proves the connection from the shop's side, with
the values the wizard holds and the workspace's key from the keychain; the
proof is optional and stops when the wizard closes."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from cobby_desktop import i18n
from cobby_desktop.domain.proof import ProofState
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.domain.workspaces import create_workspace
from cobby_desktop.results import PLACEHOLDER_LICENSE_KEY
from cobby_desktop.secret import Secret
from cobby_desktop.services.setup_state import WizardState
from cobby_desktop.ui import workers
from cobby_desktop.ui.wizard.wizard import PORTAL, SetupWizard
from tests.gui.window_support import job_draining
from tests.gui.wizard_steps import POLICY
from tests.support.m1_simulator import ApiUser, M1Simulator
from tests.support.m2_simulator import M2Simulator
from tests.support.said import shown

KEY = "WsKey-portal-proof-0042"
API_KEY = "portalApiKey1234567"


_drain_jobs = job_draining(2000)


def portal_wizard(qtbot, state: WizardState, vault: Vault) -> SetupWizard:
    """A wizard opened at the portal step with what earlier steps collected."""
    wizard = SetupWizard(policy=POLICY, vault=vault, load=False)
    wizard.state = state
    wizard.setStartId(PORTAL)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == PORTAL
    proof = wizard.portal_page.proof
    proof.initial_delay, proof.max_delay = 0.05, 0.1
    return wizard


def test_m2_portal_step_confirms_with_the_key_from_the_keychain(qtbot, memory_keyring):
    vault = Vault(memory_keyring)
    with Inventory.open() as inv:
        ws = create_workspace(inv, vault, "Kaffeehaus Berg", Secret(KEY))
    with M2Simulator() as shop:
        shop.change_license_key_after(2, KEY)  # cobby's service saves on the third check
        state = WizardState(
            workspace_id=ws.id,
            url=shop.url + "/",
            magento=2,
            secrets={k: Secret(v) for k, v in shop.values.items()},
            saved_active=True,
        )
        wizard = portal_wizard(qtbot, state, vault)
        page = wizard.portal_page
        assert page.proof_title.text() == i18n.translate(
            "PortalPage", "After saving in the portal, let cobby Desktop confirm the connection"
        )
        assert page.proof_intro.text() == i18n.translate(
            "PortalPage",
            "cobby Desktop asks your shop, through its own API, whether cobby has connected "
            "with this workspace's license key. It checks again every few seconds for up to ten "
            "minutes. This is optional: you can finish the setup now and check later with Test "
            "connection in the main window.",
        )
        assert page.proof.start_button.isVisible() and not page.proof.running
        # The proof is optional: Finish is there before it ran.
        assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        states: list[ProofState] = []
        page.proof.progressed.connect(lambda p: states.append(p.state))
        with qtbot.waitSignal(page.proof.finished, timeout=10000) as done:
            page.proof.start_button.click()
            assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        assert done.args[0].state is ProofState.CONNECTED
        assert states == [ProofState.NOT_REACHED, ProofState.NOT_REACHED, ProofState.CONNECTED]
        assert shop.probes == 3
    assert page.proof.headline.text() == shown("proof.state.connected")


def test_m1_portal_step_sees_another_workspace_and_stops_on_close(qtbot, memory_keyring):
    vault = Vault(memory_keyring)
    users = {"cobby_api": ApiUser(API_KEY)}
    with M1Simulator(users=users, license_key="ws-of-another-workspace") as shop:
        state = WizardState(
            new_workspace_name="",
            license_key=Secret(KEY),  # a workspace created in this wizard
            url=shop.url + "/",
            magento=1,
            api_user="cobby_api",
            secrets={"api_key": Secret(API_KEY)},
            saved_active=True,
        )
        wizard = portal_wizard(qtbot, state, vault)
        proof = wizard.portal_page.proof
        proof.timeout = 60  # would poll for a minute
        with qtbot.waitSignal(proof.progressed, timeout=10000):
            proof.start_button.click()
        assert proof.headline.text() == shown("proof.state.other_workspace")
        job = proof.job
        wizard.reject()  # closing the wizard ends the proof
        assert not proof.running and job.context.cancel.is_set()
        assert workers._job_pool().waitForDone(10000)


def test_without_a_stored_key_the_page_says_what_is_missing(qtbot, memory_keyring):
    vault = Vault(memory_keyring)
    with Inventory.open() as inv:
        ws = create_workspace(inv, vault, "No key yet")
    users = {"cobby_api": ApiUser(API_KEY)}
    with M1Simulator(users=users, license_key=PLACEHOLDER_LICENSE_KEY) as shop:
        state = WizardState(
            workspace_id=ws.id,
            url=shop.url + "/",
            magento=1,
            api_user="cobby_api",
            secrets={"api_key": Secret(API_KEY)},
        )
        wizard = portal_wizard(qtbot, state, vault)
        with qtbot.waitSignal(wizard.portal_page.proof.finished, timeout=10000) as done:
            wizard.portal_page.proof.start_button.click()
        assert shop.requests == []
    assert done.args[0].verdict == "no_workspace_key"
