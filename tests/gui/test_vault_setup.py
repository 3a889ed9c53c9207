"""The startup vault flow, driven like a merchant: no keychain -> opt in to the
encrypted local vault; later starts unlock it (wrong, then right password);
or continue read-only. The master password never reaches a file or a log."""

from __future__ import annotations

import logging

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QMessageBox

from cobby_desktop import i18n, paths
from cobby_desktop.domain import local_vault, vault_choice
from cobby_desktop.domain.local_vault import WEAKER_CHOICE_NOTE
from cobby_desktop.domain.model import CredentialState
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault, VaultError, VaultHealth, VaultProblem
from cobby_desktop.domain.vault_choice import StartupState
from cobby_desktop.i18n import render
from cobby_desktop.messages import message
from cobby_desktop.secret import Secret
from cobby_desktop.ui.store_access import StoreAccess
from cobby_desktop.ui.vault_setup import (
    CreateVaultDialog,
    KeychainDialog,
    UnlockVaultDialog,
    VaultSetup,
    password_strength,
)
from tests.gui.window_support import job_draining, open_window
from tests.support.memory_keyring import TEST_SPACE
from tests.support.said import keychain_code, shown_pattern
from tests.support.sample_data import populate


def _tr(context: str, text: str) -> str:
    return i18n.translate(context, text)


MASTER = "Quiet Harbour 47 Lanterns"
WRONG = "Quiet Harbour 47 Lantern"
LICENSE = "LIC-SETUP-3Q7X2K9P"


_drain_jobs = job_draining(2000)


@pytest.fixture
def no_keychain():
    keyring.set_keyring(keyring.backends.fail.Keyring())  # conftest restores it


def _next_dialog(qtbot, setup: VaultSetup, kind: type):
    with qtbot.waitSignal(setup.dialog_shown, timeout=5000) as blocker:
        pass
    dialog = blocker.args[0]
    assert isinstance(dialog, kind), type(dialog).__name__
    return dialog


def _start(qtbot) -> VaultSetup:
    setup = VaultSetup()
    with qtbot.waitSignal(setup.dialog_shown, timeout=5000) as blocker:
        setup.start()
    setup.first = blocker.args[0]
    return setup


def _files_hold(text: str) -> list[str]:
    root = paths.data_dir()
    forms = [text.encode("utf-8"), text.encode("utf-16-le")]
    return [
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and any(f in p.read_bytes() for f in forms)
    ]


def test_opt_in_creates_the_vault_and_the_password_is_never_written(
    qtbot, no_keychain, app_logging, caplog, capsys
):
    caplog.set_level(logging.DEBUG)
    setup = _start(qtbot)
    first = setup.first
    assert isinstance(first, KeychainDialog)
    assert first.create_button is not None
    assert first.create_button.text() == _tr(
        "KeychainDialog", "Use an encrypted vault on this computer (weaker)…"
    )
    assert shown_pattern(keychain_code("missing")).search(first.message.text())

    with qtbot.waitSignal(setup.dialog_shown, timeout=5000) as shown:
        first.create_button.click()
    create = shown.args[0]
    assert isinstance(create, CreateVaultDialog)
    assert any(
        render(message(WEAKER_CHOICE_NOTE)) == label.text()
        for label in create.findChildren(type(create.strength))
    )
    qtbot.keyClicks(create.password, MASTER)
    assert not create.create_button.isEnabled()  # not confirmed yet
    qtbot.keyClicks(create.confirm, MASTER[:-1])
    assert not create.create_button.isEnabled()  # confirmation differs
    qtbot.keyClicks(create.confirm, MASTER[-1])
    assert create.create_button.isEnabled()
    with qtbot.waitSignal(setup.finished, timeout=10000) as done:
        create.create_button.click()
    vault = done.args[0]

    assert local_vault.exists() and vault_choice.opted_in()
    vault.put(SecretRef.license_key(1, TEST_SPACE), Secret(LICENSE))
    reopened = Vault.local(local_vault.EncryptedFileVault.open(Secret(MASTER)))
    assert reopened.get(SecretRef.license_key(1, TEST_SPACE)) == Secret(LICENSE)

    for handler in logging.getLogger().handlers:
        handler.flush()
    assert app_logging.exists()
    assert _files_hold(MASTER) == [] and _files_hold(LICENSE) == []
    captured = capsys.readouterr()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for text in (captured.out, captured.err, logged):
        assert MASTER not in text and LICENSE not in text
    assert "vault for this session" in logged


def test_too_short_password_cannot_be_chosen(qtbot):
    dialog = CreateVaultDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "short1")
    qtbot.keyClicks(dialog.confirm, "short1")
    assert not dialog.create_button.isEnabled()
    assert dialog.strength.text() == _tr(
        "CreateVaultDialog", "Too short: use at least %1 characters."
    ).replace("%1", "10")
    assert password_strength("aaaaaaaaaaaaaaaa") == 1
    assert password_strength("correct horse battery staple") == 3
    assert not local_vault.exists()


def test_unlock_wrong_then_right_password(qtbot, no_keychain):
    Vault.local(vault_choice.create_local_vault(Secret(MASTER))).put(
        SecretRef.license_key(5, TEST_SPACE), Secret(LICENSE)
    )
    setup = _start(qtbot)
    unlock = setup.first
    assert isinstance(unlock, UnlockVaultDialog)

    qtbot.keyClicks(unlock.password, WRONG)
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: unlock.error.isVisible(), timeout=10000)
    assert unlock.error.text() == render(message("vault.local.wrong_password"))
    assert WRONG not in unlock.error.text()
    assert unlock.isVisible() and unlock.attempts == 1

    unlock.password.clear()
    qtbot.keyClicks(unlock.password, MASTER)
    with qtbot.waitSignal(setup.finished, timeout=10000) as done:
        unlock.unlock_button.click()
    vault = done.args[0]
    assert vault.get(SecretRef.license_key(5, TEST_SPACE)) == Secret(LICENSE)
    assert _files_hold(MASTER) == [] and _files_hold(WRONG) == []


def test_continue_without_secrets_keeps_the_inventory_read_only(qtbot, no_keychain):
    with Inventory.open() as inventory:  # shops from earlier, when a keychain existed
        populate(inventory, Vault(_Sink()), count=3, seed=5)
    setup = _start(qtbot)
    assert isinstance(setup.first, KeychainDialog)
    with qtbot.waitSignal(setup.finished, timeout=5000) as done:
        setup.first.continue_button.click()
    vault = done.args[0]
    with pytest.raises(VaultError) as exc:
        vault.put(SecretRef.license_key(1, TEST_SPACE), Secret(LICENSE))
    assert exc.value.kind == "missing"
    assert not local_vault.exists() and not vault_choice.opted_in()

    store = StoreAccess(vault=vault)
    window = open_window(qtbot, vault, store=store, tester=_never_tested)
    assert window.model.rowCount() == 3  # the inventory shows
    row = next(
        r
        for r in window.model.rows()
        if r.credential is not None and r.credential.state is CredentialState.ACTIVE
    )
    window.select_shop(row.shop.id)
    name = window.detail.secrets.subject.fields()[0]
    with qtbot.waitSignal(store.problem, timeout=5000) as blocker:
        window.detail.secrets.copy(name)
    problem = blocker.args[0]
    assert problem.kind == "missing"
    assert shown_pattern(keychain_code("missing")).search(problem.message)
    box = window.findChild(QMessageBox, "problemDialog")
    assert box is not None and box.windowTitle() == _tr("MainWindow", "No keychain available")
    box.close()

    # Testing needs the keys too: it says why instead of "something went wrong".
    with qtbot.waitSignal(store.problem, timeout=5000):
        window.test_selected()
    missing = shown_pattern(keychain_code("missing"))
    qtbot.waitUntil(lambda: bool(missing.search(window.detail.test_status.text())), timeout=5000)


def test_continue_without_unlocking_says_the_vault_is_locked(qtbot, no_keychain):
    vault_choice.create_local_vault(Secret(MASTER))
    setup = _start(qtbot)
    assert isinstance(setup.first, UnlockVaultDialog)
    with qtbot.waitSignal(setup.finished, timeout=5000) as done:
        setup.first.continue_button.click()
    with pytest.raises(VaultError) as exc:
        done.args[0].get(SecretRef.license_key(1, TEST_SPACE))
    assert exc.value.kind == "missing" and exc.value.said.code == "vault.local.locked"


def test_forgotten_password_starts_a_new_vault(qtbot, no_keychain):
    vault_choice.create_local_vault(Secret(MASTER))
    setup = _start(qtbot)
    unlock = setup.first
    unlock.forgot_button.click()
    box = unlock.forgot_box
    assert box is not None
    assert box.text() == _tr("UnlockVaultDialog", "The master password cannot be recovered.")
    assert box.informativeText() == _tr(
        "UnlockVaultDialog",
        "The vault is encrypted with it and neither cobby Desktop nor cobby keeps a copy, so "
        "the keys in the vault cannot be read without it.\n\nIf you cannot remember it: start "
        "a new vault, then enter your keys again. For safety, create new API keys in Magento "
        "(and revoke the old ones) and enter the workspace license keys again. The old vault "
        "file is kept beside the new one, in case you remember the password later.",
    )
    start_new = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    with qtbot.waitSignal(setup.dialog_shown, timeout=5000) as shown:
        start_new.click()
    assert isinstance(shown.args[0], CreateVaultDialog)
    kept = list(paths.data_dir().glob("secrets.cobbyvault.forgotten-*"))
    assert len(kept) == 1 and not local_vault.exists()


def test_locked_keychain_never_offers_the_local_vault(qtbot):
    health = VaultHealth(
        False, "SecretService", VaultProblem.LOCKED, "Your keychain is locked. Unlock it."
    )
    dialog = KeychainDialog(StartupState(health, False, False, local_vault.default_path()))
    qtbot.addWidget(dialog)
    assert dialog.create_button is None
    assert dialog.windowTitle() == _tr("KeychainDialog", "The keychain is locked")
    assert dialog.message.text() == "Your keychain is locked. Unlock it."


def test_working_keychain_shows_nothing(qtbot, memory_keyring):
    setup = VaultSetup()
    with qtbot.waitSignal(setup.finished, timeout=5000) as done:
        setup.start()
    assert setup.dialog is None
    done.args[0].put(SecretRef.license_key(9, TEST_SPACE), Secret(LICENSE))
    assert memory_keyring.entries


class _Sink(keyring.backend.KeyringBackend):
    """Where the earlier keychain put the sample secrets (gone now)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        pass

    def delete_password(self, service, username):
        pass


def _never_tested(inventory, vault, row, ctx):
    from cobby_desktop.domain.diagnosis import diagnose_stored

    # The real tester: it reads the keys first, which fails without a keychain.
    return diagnose_stored(inventory, vault, row.shop, row.credential, cancel=ctx.cancel)
