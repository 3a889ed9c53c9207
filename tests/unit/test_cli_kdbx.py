"""`cobby-desktop export` and `import`: a round trip between two data folders
and two keychains, the passphrase from the environment, never from arguments."""

from __future__ import annotations

import keyring
import pytest

from cobby_desktop.cli import run_command
from cobby_desktop.domain.model import (
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
    Workspace,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.secret import Secret
from tests.support.memory_keyring import MemoryKeyring

PASSPHRASE = "a long test passphrase"
KEY = "m1-key-1234567890"
LICENSE = "LIC-1234567890"


def _seed() -> None:
    vault = Vault()
    with Inventory.open() as inv:
        ws = inv.add_workspace(Workspace("Acme", has_license_key=True))
        vault.put(SecretRef.license_key(ws.id, ws.vault_space), Secret(LICENSE))
        shop = inv.add_shop(Shop("https://acme.test", MagentoMajor.M1, "Acme", workspace_id=ws.id))
        cred = inv.add_credential(
            Credential(shop.id, CredentialKind.M1_API_KEY, "cobby_api", CredentialState.ACTIVE)
        )
        vault.put_credential(cred, {"api_key": Secret(KEY)})


def test_round_trip_between_two_computers(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COBBY_DESKTOP_HOME", str(tmp_path / "old"))
    monkeypatch.setenv("COBBY_KDBX_PASSPHRASE", PASSPHRASE)
    _seed()
    file = tmp_path / "shops.kdbx"
    assert run_command(["export", str(file)]) == 0
    assert run_command(["export", str(file)]) == 2  # never replaces a file unasked
    # The new computer: another data folder, another (empty) keychain.
    monkeypatch.setenv("COBBY_DESKTOP_HOME", str(tmp_path / "new"))
    keyring.set_keyring(MemoryKeyring())
    monkeypatch.setenv("COBBY_KDBX_PASSPHRASE", "not the passphrase")
    assert run_command(["import", str(file)]) == 1
    assert not (tmp_path / "new" / "inventory.sqlite3").exists() or not Inventory.open().shops()
    monkeypatch.setenv("COBBY_KDBX_PASSPHRASE", PASSPHRASE)
    assert run_command(["import", str(file)]) == 0
    with Inventory.open() as inv:
        (shop,) = inv.shops()
        cred = inv.current_credential(shop.id)
        assert Vault().credential_secrets(cred) == {"api_key": Secret(KEY)}
        ref = SecretRef.license_key(shop.workspace_id, shop.vault_space)
        assert Vault().get(ref) == Secret(LICENSE)
        before = (inv.shops(), inv.credentials(), inv.workspaces(), len(inv.activity()))
    assert run_command(["import", str(file)]) == 0  # the second time changes nothing
    with Inventory.open() as inv:
        assert (inv.shops(), inv.credentials(), inv.workspaces(), len(inv.activity())) == before
    out, err = capsys.readouterr()
    for secret in (KEY, LICENSE, PASSPHRASE):
        assert secret not in out + err


def test_no_passphrase_without_a_terminal_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("COBBY_KDBX_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", None)
    _seed()
    assert run_command(["export", str(tmp_path / "x.kdbx")]) == 2
    assert not (tmp_path / "x.kdbx").exists()


@pytest.mark.parametrize("command", ["export", "import"])
def test_the_passphrase_is_never_an_argument(command, tmp_path):
    assert run_command([command, str(tmp_path / "x.kdbx"), "--passphrase", PASSPHRASE]) == 2
