"""`cobby-desktop list`: the inventory without secrets, as a table or JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from cobby_desktop.cli import run_command
from cobby_desktop.cli.listing import format_table
from cobby_desktop.domain.model import (
    CheckRecord,
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
    Workspace,
)
from cobby_desktop.domain.model import TestOutcome as Outcome
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.secret import Secret
from tests.support.said import shown, shown_pattern

SECRET = "ck-list-secret-0001"


@pytest.fixture
def filled(memory_keyring):
    with Inventory.open() as inv:
        ws = inv.add_workspace(Workspace("Acme Workspace", has_license_key=True))
        shop = inv.add_shop(
            Shop("https://acme.test", MagentoMajor.M2, "Acme", workspace_id=ws.id,
                 magento_version="2.4.7")
        )  # fmt: skip
        cred = inv.add_credential(
            Credential(shop.id, CredentialKind.M2_INTEGRATION, "cobby", CredentialState.ACTIVE)
        )
        at = datetime.now(UTC) - timedelta(hours=3)
        inv.record_check(CheckRecord(shop.id, at, Outcome.OK, cred.id, (), "Connected"))
        inv.add_shop(Shop("http://old.test", MagentoMajor.M1))
        Vault().put(SecretRef.credential(cred.vault_key, "consumer_key"), Secret(SECRET))
        Vault().put(SecretRef.license_key(ws.id, ws.vault_space), Secret("LICENSE-list-0002"))
    return memory_keyring


def test_json(filled, capsys):
    filled.get_password = None  # listing must not touch the keychain at all
    assert run_command(["list", "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert [d["shop"] for d in data] == ["Acme", "http://old.test"]
    acme = data[0]
    assert acme["workspace"] == "Acme Workspace" and acme["magento"] == 2
    assert acme["magento_version"] == "2.4.7" and acme["api_user"] == "cobby"
    assert acme["credential_state"] == "active"
    assert acme["last_test"]["outcome"] == "ok" and acme["last_test"]["summary"] == "Connected"
    assert data[1]["credential_state"] is None and data[1]["last_test"] is None
    assert SECRET not in out and "LICENSE-list" not in out


def test_table(filled, capsys):
    assert run_command(["list"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    header = [shown(f"cli.list.header.{name}") for name in
              ("shop", "magento", "workspace", "api_user", "credential", "last_test")]
    assert lines[0].split() == " ".join(header).split()
    assert set(lines[1]) <= {"-", " "}
    assert "Acme" in lines[2] and "2.4.7" in lines[2] and shown("cli.list.value.active") in lines[2]
    ok_3h = shown("cli.list.last_test", outcome=shown("cli.list.value.ok"),
                  age=shown("cli.list.age.hours", count=3))
    assert ok_3h in lines[2]
    assert shown("cli.list.never") in lines[3] and shown("cli.list.no_credential") in lines[3]
    assert SECRET not in out


def test_empty(capsys):
    assert run_command(["list"]) == 0
    assert shown("cli.list.empty") in capsys.readouterr().out
    assert run_command(["list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_damaged_inventory(capsys, _private_home):
    _private_home.mkdir(parents=True, exist_ok=True)
    (_private_home / "inventory.sqlite3").write_bytes(b"garbage" * 300)
    assert run_command(["list"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert shown_pattern("inventory.corrupt.no_backup").search(captured.err)


def test_age_wording():
    now = datetime(2024, 1, 10, tzinfo=UTC)
    shop = Shop("https://x.test", MagentoMajor.M1, id=1)
    cred = Credential(1, CredentialKind.M1_API_KEY, "api", last_tested_at=now - timedelta(days=2),
                      last_test_outcome=Outcome.FAILED)  # fmt: skip
    from cobby_desktop.domain.model import InventoryRow

    table = format_table([InventoryRow(shop, None, cred)], now=now)
    failed_2d = shown("cli.list.last_test", outcome=shown("cli.list.value.failed"),
                      age=shown("cli.list.age.days", count=2))
    assert failed_2d in table and "https://x.test" in table


@pytest.mark.parametrize("lang", ["de", "en"])
def test_umlauts_sort_with_their_base_letter(capsys, lang):
    """Ärzte Bedarf before Bäckerei Zimmer? No: Ä with A, ä with a, in both languages."""
    with Inventory.open() as inv:
        for label in ("Zoohandlung", "Bäckerei", "Ärztebedarf", "Apotheke", "baumarkt"):
            inv.add_shop(Shop(base_url=f"https://{len(label)}{label[1:]}.example",
                              magento_major=MagentoMajor.M1, label=label))
    assert run_command(["list", "--json", "--lang", lang]) == 0
    names = [row["shop"] for row in json.loads(capsys.readouterr().out)]
    assert names == ["Apotheke", "Ärztebedarf", "Bäckerei", "baumarkt", "Zoohandlung"]
