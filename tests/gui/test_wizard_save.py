"""The wizard's save is all or nothing, keychain included; a draft whose
keychain write fails still keeps everything that is not a secret."""

from __future__ import annotations

from dataclasses import replace

import keyring.errors
import pytest

from cobby_desktop import i18n
from cobby_desktop.domain.model import CredentialState
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.secret import Secret
from cobby_desktop.services import setup
from cobby_desktop.services.setup_state import WizardState
from tests.gui.window_support import job_draining, open_window
from tests.gui.wizard_steps import stored_files_text
from tests.support.memory_keyring import TEST_SPACE, MemoryKeyring
from tests.support.said import shown_pattern

_drain_jobs = job_draining(2000)

LICENSE = "LicenseKey0123456789abcdef"
M1_KEY = "Zq8rT4wX2mN7vB1kL9pD3sF6hJ0gY5cA"
BASIC_PW = "BasicPw4711xy"


class FlakyKeyring(MemoryKeyring):
    """Refuses writes whose entry name contains `refuse` (a locked item, say)."""

    def __init__(self, refuse: str) -> None:
        super().__init__()
        self.refuse = refuse
        self.writes: list[str] = []

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.refuse and self.refuse in username:
            raise keyring.errors.KeyringLocked("the collection is locked")
        self.writes.append(username)
        super().set_password(service, username, password)


def m1_state(**kw) -> WizardState:
    return replace(WizardState(
        new_workspace_name="Demo shop",
        license_key=Secret(LICENSE),
        url="https://shop.test",
        admin_url="https://shop.test/index.php/admin",
        magento=1,
        api_user="cobby_api",
        secrets={"api_key": Secret(M1_KEY)},
        basic_auth_user="guard",
        basic_auth_password=Secret(BASIC_PW),
    ), **kw)


def test_a_later_keychain_failure_removes_what_the_save_wrote():
    backend = FlakyKeyring(refuse="credential:")
    state = m1_state()
    outcome = setup.save(Inventory.open, Vault(backend), state, report=_passing())
    assert "locked" in outcome.error
    # The license key and the basic-auth password were written before the
    # credential failed; both are gone again, like the rolled-back rows.
    assert [w.split(":")[0] for w in backend.writes] == ["workspace", "shop"]
    assert all(w.split(":")[1].endswith(".1") for w in backend.writes)
    assert backend.entries == {}
    with Inventory.open() as inv:
        assert inv.workspaces() == [] and inv.shops() == []
    assert state.workspace_id is None and state.shop_id is None


def test_an_aborted_resave_puts_back_the_previous_values():
    backend = FlakyKeyring(refuse="")
    vault = Vault(backend)
    state = m1_state()
    assert not setup.save(Inventory.open, vault, state).error
    before = dict(backend.entries)
    state.basic_auth_password = Secret("AnotherPw0815")
    state.secrets = {"api_key": Secret("Nn" * 16)}
    backend.refuse = "credential:"
    assert setup.save(Inventory.open, vault, state, report=_passing()).error
    assert backend.entries == before


def test_a_draft_without_keychain_keeps_everything_but_the_secrets():
    backend = FlakyKeyring(refuse=":")  # every write fails
    state = m1_state()
    outcome = setup.save(Inventory.open, Vault(backend), state)
    assert "locked" in outcome.error and outcome.secrets_dropped
    assert backend.entries == {}
    with Inventory.open() as inv:
        (ws,) = inv.workspaces()
        (shop,) = inv.shops()
        (cred,) = inv.credentials(shop.id)
    assert ws.name == "Demo shop" and not ws.has_license_key
    assert shop.base_url == "https://shop.test" and shop.workspace_id == ws.id
    assert shop.admin_url == "https://shop.test/index.php/admin"
    assert int(shop.magento_major) == 1 and shop.basic_auth_user == "guard"
    assert cred.api_user == "cobby_api" and cred.state is CredentialState.DRAFT
    assert outcome.state.shop_id == shop.id and outcome.state.credential_id == cred.id
    blob = stored_files_text()
    for secret in (LICENSE, M1_KEY, BASIC_PW):
        assert secret.encode() not in blob


def test_a_passing_test_whose_keychain_fails_keeps_nothing():
    # Only drafts fall back: an ACTIVE credential without its secrets would lie.
    backend = FlakyKeyring(refuse=":")
    outcome = setup.save(Inventory.open, Vault(backend), m1_state(), report=_passing())
    assert outcome.error and not outcome.secrets_dropped
    with Inventory.open() as inv:
        assert inv.shops() == []


@pytest.fixture
def journal(memory_keyring) -> setup.JournalVault:
    return setup.JournalVault(Vault(memory_keyring))


def test_journal_undo_restores_overwritten_and_deleted_entries(journal, memory_keyring):
    kept, gone, new = (SecretRef.license_key(n, TEST_SPACE) for n in (1, 2, 3))
    journal.inner.put(kept, Secret("old-value-1"))
    journal.inner.put(gone, Secret("old-value-2"))
    journal.put(kept, Secret("new-value-1"))
    journal.put(kept, Secret("newer-value-1"))
    journal.delete(gone)
    journal.put(new, Secret("new-value-3"))
    assert journal.touched == [kept, gone, new]
    journal.undo()
    assert journal.inner.get(kept).reveal() == "old-value-1"
    assert journal.inner.get(gone).reveal() == "old-value-2"
    assert journal.inner.get(new) is None


def _passing():
    """A passing report, built like the diagnosis builds it."""
    from tests.gui.test_wizard_a11y import _report

    report = _report(True)
    assert report.ok
    return report


def test_the_main_window_says_when_a_draft_lost_its_secrets(qtbot):
    """D1: the keychain is locked when the merchant closes the wizard."""
    backend = FlakyKeyring(refuse=":")
    window = open_window(qtbot, Vault(backend))
    wizard = window.launcher.setup_wizard()
    qtbot.waitUntil(lambda: wizard.is_loaded, timeout=5000)
    wizard.state = m1_state(basic_auth_user="", basic_auth_password=None)
    with qtbot.waitSignal(wizard.draft_saved, timeout=5000) as blocker:
        wizard.reject()
    outcome = blocker.args[0]
    assert outcome.secrets_dropped and wizard.state.shop_id is not None
    box = window.launcher.draft_problem
    assert box is not None and box.isVisible() and not box.isModal()
    kept_without = i18n.translate(
        "DialogLauncher",
        "Your setup draft was kept without its secrets: %1 The workspace, the shop's addresses, "
        "the user name and the Magento version are saved; the API key or tokens, the passwords "
        "and the license key were not kept. Unlock your keychain, select the shop and choose "
        "Continue setup to type the secrets again.",
    )
    assert outcome.said is not None and outcome.said.code.startswith("vault.")
    assert box.text() == kept_without.replace("%1", i18n.explain(outcome))
    assert M1_KEY not in box.text() and LICENSE not in box.text()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == box.text(), timeout=5000)
    # The kept draft is in the inventory the window shows.
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    box.close()


def test_a_draft_that_could_not_be_saved_at_all_is_reported_too(qtbot):
    window = open_window(qtbot, Vault(MemoryKeyring()))
    launcher = window.launcher
    outcome = setup.SaveOutcome(WizardState(), "The inventory is busy. Try again.")
    launcher._draft_saved(outcome)
    box = launcher.draft_problem
    assert box is not None and box.isVisible()
    not_saved = i18n.translate(
        "DialogLauncher",
        "Your setup draft could not be saved: %1 Nothing you typed was kept. Fix this, then "
        "choose Connect a shop again.",
    )
    assert box.text() == not_saved.replace("%1", "The inventory is busy. Try again.")
    qtbot.waitUntil(lambda: "is busy" in window.statusBar().currentMessage(), timeout=5000)
    box.close()


def test_a_pass_whose_save_fails_shows_the_save_stage_failed_in_red(
    qtbot, memory_keyring, monkeypatch
):
    """D8: the checks pass, the keychain refuses the credential."""
    from cobby_desktop.ui import theme
    from cobby_desktop.ui.check_progress import DONE, STOPPED
    from cobby_desktop.ui.theme import Tone
    from cobby_desktop.ui.wizard.page_test import SAVE_STAGE
    from tests.gui.wizard_steps import enter_shop, make_wizard, new_workspace, wait_for_test
    from tests.support.m1_simulator import ApiUser, M1Simulator

    store = memory_keyring.set_password

    def refuse_credentials(service: str, username: str, password: str) -> None:
        if username.startswith("credential:"):
            raise keyring.errors.KeyringLocked("the collection is locked")
        store(service, username, password)

    monkeypatch.setattr(memory_keyring, "set_password", refuse_credentials)
    with M1Simulator(users={"cobby_api": ApiUser(M1_KEY)}) as shop:
        wizard = make_wizard(qtbot)
        new_workspace(wizard, key=LICENSE)
        enter_shop(qtbot, wizard, shop.url, existing=True)
        wizard.m1_user_page.user.setText("cobby_api")
        wizard.m1_user_page.key.setText(M1_KEY)
        wizard.next()
        wait_for_test(qtbot, wizard)
    page = wizard.test_page
    assert page.report.ok and not wizard.state.saved_active
    assert page.stages.sign(SAVE_STAGE) == STOPPED
    assert all(page.stages.sign(s) == DONE for s in page.stage_ids if s not in (SAVE_STAGE, "tls"))
    saving_failed = i18n.translate("TestPage", "The test passed, but saving failed: %1")
    assert page.status.text().startswith(saving_failed.split("%1")[0])
    assert shown_pattern("vault.locked.collection").search(page.status.text())
    assert theme.text_colour(Tone.BAD) in page.status.styleSheet()
    assert not page.isComplete()
    assert memory_keyring.entries == {}, "the license key went back out of the keychain"
