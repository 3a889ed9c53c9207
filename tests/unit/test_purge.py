"""`cobby-desktop purge --yes`: every keychain entry the inventory names is
removed, the local vault file too; a refusing keychain keeps the inventory."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import keyring.errors

from cobby_desktop import paths
from cobby_desktop.cli import run_command
from cobby_desktop.domain import local_vault, vault_choice
from cobby_desktop.domain.model import (
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
    Workspace,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SERVICE, SecretRef, Vault
from cobby_desktop.secret import Secret
from tests.support.memory_keyring import MemoryKeyring
from tests.support.said import shown, shown_pattern
from tests.support.sample_data import populate

BASIC_PASSWORD = "basic-Pw-8831-staging"
M1_KEY = "m1KeyPurge4471abc"
REVOKED_KEY = "oldRevokedKey9931xyz"


def _fill(vault: Vault) -> list[str]:
    """Sample shops plus a basic-auth password and a revoked credential."""
    with Inventory.open() as inventory:
        sample = populate(inventory, vault, count=6, seed=4)
        shop = inventory.add_shop(
            Shop(
                base_url="https://staging.purge.test",
                magento_major=MagentoMajor.M1,
                label="Staging",
                basic_auth_user="stage",
            )
        )
        vault.put(SecretRef.basic_auth_password(shop.id, shop.vault_space), Secret(BASIC_PASSWORD))
        cred = inventory.add_credential(
            Credential(shop.id, CredentialKind.M1_API_KEY, "cobby", CredentialState.ACTIVE)
        )
        vault.put_credential(cred, {"api_key": Secret(M1_KEY)})
        old = inventory.add_credential(
            Credential(shop.id, CredentialKind.M1_API_KEY, "cobby_old", CredentialState.REVOKED)
        )
        vault.put_credential(old, {"api_key": Secret(REVOKED_KEY)})
        ws = inventory.add_workspace(Workspace(name="No key yet"))  # nothing stored: fine
        assert ws.id is not None
    return [s.reveal() for s in sample.secrets] + [BASIC_PASSWORD, M1_KEY, REVOKED_KEY]


def test_without_yes_refuses_and_explains(memory_keyring, capsys):
    _fill(Vault(memory_keyring))
    before = dict(memory_keyring.entries)
    assert run_command(["purge"]) == 2
    err = capsys.readouterr().err
    assert "--yes" in err and shown("cli.purge.confirm") in err
    assert memory_keyring.entries == before


def test_purge_removes_every_known_entry(memory_keyring, capsys):
    secrets = _fill(Vault(memory_keyring))
    memory_keyring.set_password("another-app", "someone", "not ours")
    ours = [k for k in memory_keyring.entries if k[0] == SERVICE]
    assert len(ours) >= 10

    assert run_command(["purge", "--yes"]) == 0
    assert memory_keyring.entries == {("another-app", "someone"): "not ours"}
    out = capsys.readouterr()
    assert shown_pattern("cli.purge.removed", count=len(ours)).search(out.out)
    for secret in secrets:
        assert secret not in out.out and secret not in out.err
    assert paths.database_path().exists()  # the uninstaller deletes the folder itself
    # Running it again is harmless.
    assert run_command(["purge", "--yes"]) == 0


class RefusingKeyring(MemoryKeyring):
    def delete_password(self, service, username):
        if username.startswith("shop:"):
            raise keyring.errors.KeyringLocked("The collection is locked")
        super().delete_password(service, username)


def test_refusing_keychain_exits_1_and_keeps_the_inventory(capsys):
    backend = RefusingKeyring()
    keyring.set_keyring(backend)
    secrets = _fill(Vault(backend))
    with Inventory.open() as inventory:
        shops_before = len(inventory.shops())
    assert run_command(["purge", "--yes"]) == 1
    out = capsys.readouterr()
    assert shown_pattern("cli.purge.keys_left").search(out.err)
    for secret in secrets:
        assert secret not in out.out + out.err
    with Inventory.open() as inventory:
        assert len(inventory.shops()) == shops_before
    assert any(user.startswith("shop:") for _, user in backend.entries)  # still named


def test_local_vault_is_removed_where_there_is_no_keychain(capsys):
    store = vault_choice.create_local_vault(Secret("Seven Quiet Harbour Lamps"))
    _fill(Vault.local(store))
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert run_command(["purge", "--yes"]) == 0
    assert not local_vault.exists() and not vault_choice.opted_in()
    assert shown_pattern("cli.purge.vault_deleted").search(capsys.readouterr().out)


def test_no_keychain_and_no_local_vault_removes_nothing(capsys):
    _fill(Vault(MemoryKeyring()))  # stored while a keychain existed
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert run_command(["purge", "--yes"]) == 1
    err = capsys.readouterr().err
    assert shown_pattern("cli.purge.no_keychain").search(err)


def test_no_inventory_is_nothing_to_do(memory_keyring):
    assert run_command(["purge", "--yes"]) == 0
    assert not paths.database_path().exists()  # purge never creates an inventory


def test_as_the_uninstaller_runs_it(tmp_path, monkeypatch):
    """A real process, as `cobby-desktop-cli.exe purge --yes`, on a shared keychain file."""
    from tests.support.file_keyring import ENV, FileKeyring, run_sharing_keychain

    monkeypatch.setenv(ENV, str(tmp_path / "keychain.json"))
    keyring.set_keyring(FileKeyring())
    _fill(Vault(FileKeyring()))
    assert len(FileKeyring()._load()) >= 10
    proc = run_sharing_keychain(["-m", "cobby_desktop", "purge", "--yes"])
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert FileKeyring()._load() == {}
