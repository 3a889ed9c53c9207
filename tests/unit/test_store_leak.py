"""No secret ever reaches the inventory files (database, WAL, backups) or
the output: store known secrets through the vault and the inventory, then
search every byte the app wrote."""

from __future__ import annotations

import logging
import shutil
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from cobby_desktop.cli import run_command
from cobby_desktop.domain.model import (
    Activity,
    CheckRecord,
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Rotation,
    Shop,
    Workspace,
)
from cobby_desktop.domain.model import TestOutcome as Outcome
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault, VaultError
from cobby_desktop.secret import Secret

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "inventory_v1.sqlite3"

SECRETS = {
    "license": "LIC-9f8e7d6c5b4a-leaktest",
    "basic_auth": "basic-pw-Zq81-leaktest",
    "m1_api_key": "m1key-4Hh3kKq2-leaktest",
    "consumer_key": "ck7x2p9w5v3n1m8b6c4z0leak",
    "consumer_secret": "cs0p9o8i7u6y5t4r3e2w1leak",
    "access_token": "at5g4f3d2s1a0q9w8e7r6leak",
    "access_token_secret": "ats1z2x3c4v5b6n7m8l9kleak",
}


def _encodings(value: str) -> list[bytes]:
    return [value.encode("utf-8"), value.encode("utf-16-le"), value.encode("utf-16-be")]


def _leaks(blob: bytes) -> list[str]:
    return [name for name, v in SECRETS.items() if any(e in blob for e in _encodings(v))]


def _scan_folder(folder: Path) -> dict[str, list[str]]:
    found = {}
    for path in folder.rglob("*"):
        if path.is_file():
            hits = _leaks(path.read_bytes())
            if hits:
                found[str(path)] = hits
    return found


def test_secrets_never_reach_inventory_files_or_output(
    memory_keyring, _private_home, capsys, caplog
):
    caplog.set_level(logging.DEBUG)
    _private_home.mkdir(parents=True, exist_ok=True)
    # Start from an old file so a migration backup is written too.
    shutil.copyfile(FIXTURE, _private_home / "inventory.sqlite3")
    vault = Vault()
    inv = Inventory.open()
    assert inv.backups, "the v1 fixture should have been migrated with a backup"

    ws = inv.add_workspace(Workspace("Leak Workspace"))
    vault.put(SecretRef.license_key(ws.id, ws.vault_space), Secret(SECRETS["license"]))
    ws = replace(ws, has_license_key=True)
    inv.update_workspace(ws)

    shop = inv.add_shop(
        Shop("https://leak.test", MagentoMajor.M2, "Leak", workspace_id=ws.id,
             basic_auth_user="staging")
    )  # fmt: skip
    ref = SecretRef.basic_auth_password(shop.id, shop.vault_space)
    vault.put(ref, Secret(SECRETS["basic_auth"]))
    m1_shop = inv.add_shop(Shop("https://m1leak.test", MagentoMajor.M1, "M1 leak"))

    m2 = inv.add_credential(Credential(shop.id, CredentialKind.M2_INTEGRATION, "cobby"))
    vault.put_credential(m2, {f: Secret(SECRETS[f]) for f in m2.kind.secret_fields})
    m1 = inv.add_credential(Credential(m1_shop.id, CredentialKind.M1_API_KEY, "cobby_api"))
    vault.put_credential(m1, {"api_key": Secret(SECRETS["m1_api_key"])})

    # Everything a session does with these credentials.
    m2 = replace(m2, state=CredentialState.ACTIVE)
    inv.update_credential(m2)
    inv.record_check(
        CheckRecord(shop.id, datetime.now(UTC), Outcome.OK, m2.id, ("M2_OK",), "Connected")
    )
    inv.log_activity(Activity.COPIED, "Copied the access token", credential_id=m2.id)
    inv.log_activity(Activity.REVEALED, "Revealed the consumer secret", credential_id=m2.id)
    rot = inv.add_rotation(Rotation(shop.id, m2.id))
    inv.update_rotation(rot)
    secrets_back = vault.credential_secrets(m2)
    print(secrets_back, repr(secrets_back), f"{secrets_back['access_token']}")
    try:  # an error path: an oversized value
        vault.put(SecretRef.license_key(ws.id, ws.vault_space), Secret(SECRETS["license"] * 200))
    except VaultError as exc:
        print(exc.message, exc.detail)
    logging.getLogger("cobby_desktop").info("inventory rows: %r", inv.rows())

    # While open: the database, its WAL and shared-memory files, the backup.
    assert (_private_home / "inventory.sqlite3-wal").exists()
    assert _scan_folder(_private_home) == {}
    inv.close()
    assert run_command(["list", "--json"]) == 0
    assert run_command(["list"]) == 0
    assert run_command(["self-test"]) == 0

    # After closing (WAL checkpointed into the main file) and after the CLI ran.
    assert _scan_folder(_private_home) == {}
    captured = capsys.readouterr()
    assert _leaks((captured.out + captured.err).encode()) == []
    assert _leaks(caplog.text.encode()) == []
    # The secrets did go somewhere: the keychain holds exactly them.
    stored = set(memory_keyring.entries.values())
    assert set(SECRETS.values()) == stored


def test_scan_finds_a_planted_secret(tmp_path):
    """The scan above can fail: a secret written as plain text is found, in
    the WAL while open and in the main file after closing."""
    inv = Inventory.open(tmp_path / "inventory.sqlite3")
    inv.log_activity(Activity.UPDATED, f"oops {SECRETS['access_token']}")
    assert list(_scan_folder(tmp_path).values()) == [["access_token"]]
    assert str(tmp_path / "inventory.sqlite3-wal") in _scan_folder(tmp_path)
    inv.close()
    assert _scan_folder(tmp_path) == {str(tmp_path / "inventory.sqlite3"): ["access_token"]}
