"""Every inventory names its own keychain entries: two data folders on one
keychain never overwrite or delete each other's secrets, and entries under the
old row-id names are copied once, crash-safe, after the usual backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from keyring.errors import PasswordSetError

from cobby_desktop.cli import run_command
from cobby_desktop.domain import keychain_names
from cobby_desktop.domain.audit import run_audit
from cobby_desktop.domain.model import Credential, CredentialKind, CredentialState, Shop
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SERVICE, SecretRef, Vault, VaultError
from cobby_desktop.secret import Secret
from tests.support.m1_simulator import ApiUser, M1Simulator
from tests.support.memory_keyring import MemoryKeyring

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "inventory_v1.sqlite3"
KEY_A, KEY_B = "FirstFolderKey1234", "SecondFolderKey987"


def _save(monkeypatch, home: Path, url: str, key: str, label: str) -> int:
    monkeypatch.setenv("COBBY_DESKTOP_HOME", str(home))
    monkeypatch.setenv("COBBY_API_KEY", key)
    return run_command(["check", "--url", url, "--user", "cobby_api", "--save", label,
                        "--timeout", "10"])


def test_two_data_folders_on_one_keychain_keep_their_own_secrets(
    tmp_path, monkeypatch, memory_keyring, capsys
) -> None:
    users = {"cobby_api": ApiUser(KEY_A)}
    with M1Simulator(users) as shop_a, M1Simulator({"cobby_api": ApiUser(KEY_B)}) as shop_b:
        assert _save(monkeypatch, tmp_path / "one", shop_a.url, KEY_A, "A") == 0
        # The second folder's first shop gets row id 1 too.
        assert _save(monkeypatch, tmp_path / "two", shop_b.url, KEY_B, "B") == 0
        monkeypatch.delenv("COBBY_API_KEY")
        monkeypatch.setenv("COBBY_DESKTOP_HOME", str(tmp_path / "one"))
        capsys.readouterr()
        assert run_command(["check", "--shop", "A", "--json", "--timeout", "10"]) == 0
        monkeypatch.setenv("COBBY_DESKTOP_HOME", str(tmp_path / "two"))
        assert run_command(["check", "--shop", "B", "--json", "--timeout", "10"]) == 0
    values = sorted(memory_keyring.entries.values())
    assert values == sorted([KEY_A, KEY_B])
    for home in ("one", "two"):
        with Inventory.open(tmp_path / home / "inventory.sqlite3") as inv:
            (cred,) = inv.credentials()
            assert cred.id == 1 and len(cred.vault_key or "") == 32


def test_deleting_in_one_inventory_leaves_the_other_alone(tmp_path, memory_keyring) -> None:
    vault = Vault()
    creds = []
    for name in ("a", "b"):
        with Inventory.open(tmp_path / name / "inventory.sqlite3") as inv:
            shop = inv.add_shop(Shop("https://x.test", 1, name))  # type: ignore[arg-type]
            cred = inv.add_credential(Credential(shop.id, CredentialKind.M1_API_KEY, "u"))
            vault.put_credential(cred, {"api_key": Secret(f"key-of-{name}-123456")})
            creds.append(cred)
    assert creds[0].id == creds[1].id
    vault.delete_credential(creds[0])
    assert vault.credential_secrets(creds[1]) == {"api_key": Secret("key-of-b-123456")}


@pytest.fixture
def v1_with_legacy_entries(tmp_path, memory_keyring) -> Path:
    """The released v1 fixture plus the entries an old version wrote for it."""
    target = tmp_path / "inventory.sqlite3"
    shutil.copyfile(FIXTURE, target)
    legacy = {
        "credential:1:consumer_key": "ck-legacy", "credential:1:consumer_secret": "cs-legacy",
        "credential:1:access_token": "at-legacy", "credential:1:access_token_secret": "as-leg",
        "workspace:1:license_key": "LICENSE-legacy-1",
    }
    for user, value in legacy.items():
        memory_keyring.entries[(SERVICE, user)] = value
    return target


def test_old_entries_are_copied_once_after_a_backup(v1_with_legacy_entries, memory_keyring):
    before = dict(memory_keyring.entries)
    vault = Vault()
    with Inventory.open(v1_with_legacy_entries) as inv:
        assert inv.backups and inv.backups[0].exists()
        assert inv.keychain_names_pending
        assert keychain_names.migrate(inv, vault) == 5
        assert not inv.keychain_names_pending
        cred = inv.credential(1)
        assert vault.credential_secrets(cred)["consumer_key"] == Secret("ck-legacy")
        ws = inv.workspace(1)
        assert vault.get(SecretRef.license_key(1, inv.vault_space)) == Secret("LICENSE-legacy-1")
        assert ws.vault_space == inv.vault_space
        assert keychain_names.migrate(inv, vault) == 0  # once
    # The old entries stay: another inventory may still have to copy its own.
    assert all(memory_keyring.entries[k] == v for k, v in before.items())


class _FailsAfter(MemoryKeyring):
    def __init__(self, writes: int) -> None:
        super().__init__()
        self.writes = writes

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.writes <= 0:
            raise PasswordSetError("disk full")
        self.writes -= 1
        super().set_password(service, username, password)


def test_a_failure_half_way_is_repeated_next_time(v1_with_legacy_entries, memory_keyring):
    flaky = _FailsAfter(writes=2)
    flaky.entries.update(memory_keyring.entries)
    with Inventory.open(v1_with_legacy_entries) as inv:
        with pytest.raises(VaultError):
            keychain_names.migrate(inv, Vault(flaky))
        assert inv.keychain_names_pending
        keychain_names.ensure(inv, Vault(flaky))  # says nothing, tries again later
        assert inv.keychain_names_pending
        flaky.writes = 100
        assert keychain_names.migrate(inv, Vault(flaky)) == 3
        assert not inv.keychain_names_pending
        assert len(Vault(flaky).credential_secrets(inv.credential(1))) == 4


def test_a_new_inventory_has_nothing_to_copy(tmp_path) -> None:
    with Inventory.open(tmp_path / "inventory.sqlite3") as inv:
        assert not inv.keychain_names_pending
        assert len(inv.vault_space) == 32


def test_audit_reports_a_credential_whose_secret_is_missing(tmp_path, memory_keyring) -> None:
    vault = Vault()
    with Inventory.open(tmp_path / "inventory.sqlite3") as inv:
        shop = inv.add_shop(Shop("https://x.test", 1, "X"))  # type: ignore[arg-type]
        cred = inv.add_credential(Credential(shop.id, CredentialKind.M1_API_KEY, "cobby_api",
                                             state=CredentialState.ACTIVE))
        findings = run_audit(inv.shops(), inv.credentials(), vault.credential_secrets)
    missing = [f for f in findings if f.code == "secret.missing"]
    assert [(f.shop_id, f.credential_id) for f in missing] == [(shop.id, cred.id)]
    vault.put_credential(cred, {"api_key": Secret("Kx7pQ2mZr9TfW4bN")})
    findings = run_audit([shop], [cred], vault.credential_secrets)
    assert "secret.missing" not in [f.code for f in findings]
