"""The merchant's vault choice: remembered without a secret, the local vault
only after an explicit opt-in and unlock, never as an automatic fallback."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest

from cobby_desktop import paths
from cobby_desktop.domain import local_vault, vault_choice
from cobby_desktop.domain.local_vault import EncryptedFileVault, LocalVaultError
from cobby_desktop.domain.vault import SecretRef, Vault, VaultError, VaultHealth, VaultProblem
from cobby_desktop.domain.vault_choice import Choice, Need
from cobby_desktop.secret import Secret
from tests.support.memory_keyring import TEST_SPACE, MemoryKeyring

PASSWORD = "Plum Tractor Seven Lanterns"
LICENSE = "LIC-CHOICE-7Q2X9P4R"

# Looks like keyrings.alt's plaintext file backend (not installed here).
PlaintextKeyring = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})


def _all_bytes() -> bytes:
    return b"".join(p.read_bytes() for p in paths.data_dir().rglob("*") if p.is_file())


def test_choice_is_remembered_without_the_password():
    assert vault_choice.load_choice() is None and not vault_choice.opted_in()
    store = vault_choice.create_local_vault(Secret(PASSWORD))
    assert vault_choice.load_choice() is Choice.LOCAL and vault_choice.opted_in()
    marker = vault_choice.choice_path().read_text("utf-8")
    assert '"local"' in marker and PASSWORD not in marker
    Vault.local(store).put(SecretRef.license_key(1, TEST_SPACE), Secret(LICENSE))
    data = _all_bytes()
    assert PASSWORD.encode() not in data and LICENSE.encode() not in data
    vault_choice.forget_choice()
    assert vault_choice.load_choice() is None


def test_unreadable_marker_is_no_choice():
    vault_choice.choice_path().write_text("{not json", "utf-8")
    assert vault_choice.load_choice() is None
    vault_choice.choice_path().write_text('{"vault": "plaintext"}', "utf-8")
    assert vault_choice.load_choice() is None


def test_unlock_with_right_and_wrong_password():
    vault_choice.create_local_vault(Secret(PASSWORD))
    with pytest.raises(LocalVaultError) as wrong:
        vault_choice.unlock_local_vault(Secret(PASSWORD.lower()))
    assert wrong.value.kind == "wrong_password"
    assert PASSWORD.lower() not in wrong.value.message
    store = vault_choice.unlock_local_vault(Secret(PASSWORD))
    vault = vault_choice.build_vault(local=store)
    vault.put(SecretRef.license_key(3, TEST_SPACE), Secret(LICENSE))
    again = vault_choice.build_vault(local=vault_choice.unlock_local_vault(Secret(PASSWORD)))
    assert again.get(SecretRef.license_key(3, TEST_SPACE)) == Secret(LICENSE)
    assert "local_vault" in again.backend_name


def test_weak_password_creates_nothing():
    with pytest.raises(LocalVaultError) as weak:
        vault_choice.create_local_vault(Secret("short"))
    assert weak.value.kind == "weak_password"
    assert not local_vault.exists() and vault_choice.load_choice() is None


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring(), PlaintextKeyring()], ids=["fail", "plaintext"]
)
def test_no_automatic_fallback(backend):
    keyring.set_keyring(backend)  # conftest restores the memory keyring
    # Even a local vault file lying around is not used without the recorded choice.
    EncryptedFileVault.create(Secret(PASSWORD))
    state = vault_choice.startup_state()
    assert state.need is Need.SETUP and not state.keychain.ok
    assert state.keychain.kind == "missing"
    vault = vault_choice.build_vault()
    with pytest.raises(VaultError) as exc:
        vault.put(SecretRef.license_key(1, TEST_SPACE), Secret(LICENSE))
    assert exc.value.kind == "missing"
    assert exc.value.said.code.startswith("vault.missing.")
    assert LICENSE.encode() not in _all_bytes()
    if isinstance(backend, PlaintextKeyring):
        assert backend.entries == {}


def test_local_vault_needs_the_choice():
    store = EncryptedFileVault.create(Secret(PASSWORD))
    with pytest.raises(ValueError):
        vault_choice.build_vault(local=store)


def test_opted_in_but_locked_refuses_with_its_own_message(memory_keyring):
    vault_choice.create_local_vault(Secret(PASSWORD))
    state = vault_choice.startup_state()
    assert state.need is Need.UNLOCK  # the merchant's choice wins over the keychain
    vault = vault_choice.build_vault()
    with pytest.raises(VaultError) as exc:
        vault.get(SecretRef.license_key(1, TEST_SPACE))
    assert exc.value.kind == "missing" and exc.value.said.code == "vault.local.locked"
    health = vault.health()
    assert not health.ok and health.kind == "missing" and "locked" in health.backend
    assert memory_keyring.entries == {}  # nothing went to the OS keychain either


def test_lost_local_vault_is_reported(memory_keyring):
    vault_choice.create_local_vault(Secret(PASSWORD))
    local_vault.default_path().unlink()
    state = vault_choice.startup_state()
    assert state.local_lost and state.need is Need.NOTHING
    with pytest.raises(VaultError) as exc:
        vault_choice.build_vault().get(SecretRef.license_key(1, TEST_SPACE))
    assert exc.value.said.code == "vault.local.lost"


def test_keychain_when_not_opted_in(memory_keyring):
    state = vault_choice.startup_state()
    assert state.need is Need.NOTHING and state.keychain.ok
    vault_choice.build_vault().put(SecretRef.license_key(2, TEST_SPACE), Secret(LICENSE))
    name = f"workspace:{TEST_SPACE}.2:license_key"
    assert memory_keyring.entries == {("cobby-desktop", name): LICENSE}


@pytest.mark.parametrize("kind", [VaultProblem.LOCKED, VaultProblem.DENIED, VaultProblem.FAILED])
def test_locked_keychain_is_a_problem_not_a_fallback(kind):
    EncryptedFileVault.create(Secret(PASSWORD))  # present, but never chosen
    health = VaultHealth(False, "keyring.backends.SecretService.Keyring", kind, "what to do")
    state = vault_choice.StartupState(health, False, True, local_vault.default_path())
    assert state.need is Need.PROBLEM


def test_set_aside_after_forgotten_password():
    vault_choice.create_local_vault(Secret(PASSWORD))
    moved = vault_choice.set_aside_local_vault()
    assert moved is not None and moved.exists() and ".forgotten-" in moved.name
    assert not local_vault.exists() and vault_choice.load_choice() is None
    # The old file still opens with the old password, should it come back.
    assert EncryptedFileVault.open(Secret(PASSWORD), moved).get_password("x", "y") is None


def test_selftest_names_the_opted_in_local_vault():
    from cobby_desktop.cli import selftest

    keyring.set_keyring(keyring.backends.fail.Keyring())
    EncryptedFileVault.create(Secret(PASSWORD))  # a file alone is no choice
    ok, said = selftest.check_keychain()
    assert not ok and said.code == "selftest.keychain_failed" and said.params["kind"] == "missing"
    vault_choice.save_choice(Choice.LOCAL)
    ok, said = selftest.check_keychain()
    assert ok, said
    assert said.code == "selftest.local_chosen_no_keychain"
    assert said.params["path"] == str(local_vault.default_path())
    assert PASSWORD not in str(said.params)
    local_vault.default_path().unlink()
    ok, said = selftest.check_keychain()
    assert not ok and said.code == "vault.local.lost"
