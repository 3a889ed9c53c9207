"""A merchant who chose the encrypted local vault (no keychain on the
computer) uses the stored-shop commands like everyone else: the master
password comes from COBBY_MASTER_PASSWORD or the terminal prompt, never from
an argument, and never shows up in the output."""

from __future__ import annotations

import json

import keyring
import keyring.backends.fail
import pytest

from cobby_desktop.cli import run_command
from cobby_desktop.domain import vault_choice
from cobby_desktop.domain.model import (
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.secret import Secret
from tests.support.m1_simulator import M1Simulator

PASSWORD = "Seven Quiet Harbour Lamps"
KEY = "cobby12345key"


@pytest.fixture
def local_shop(monkeypatch):
    """A shop whose key is only in the local vault; no keychain exists."""
    store = vault_choice.create_local_vault(Secret(PASSWORD))
    with M1Simulator() as sim:
        with Inventory.open() as inv:
            shop = inv.add_shop(Shop(sim.url, MagentoMajor.M1, label="Local"))
            cred = inv.add_credential(Credential(
                shop.id, CredentialKind.M1_API_KEY, "cobby_api", state=CredentialState.ACTIVE))
        Vault.local(store).put_credential(cred, {"api_key": Secret(KEY)})
        keyring.set_keyring(keyring.backends.fail.Keyring())
        monkeypatch.delenv("COBBY_MASTER_PASSWORD", raising=False)
        yield sim


def test_check_shop_and_all_and_audit_read_the_local_vault(local_shop, monkeypatch, capsys):
    monkeypatch.setenv("COBBY_MASTER_PASSWORD", PASSWORD)
    assert run_command(["check", "--shop", "Local", "--json", "--timeout", "2"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    assert run_command(["check", "--all", "--json", "--timeout", "2"]) == 0
    assert [row["ok"] for row in json.loads(capsys.readouterr().out)] == [True]
    assert run_command(["audit", "--json"]) in (0, 1)
    captured = capsys.readouterr()
    codes = {f["code"] for f in json.loads(captured.out)["findings"]}
    assert "secrets_missing" not in codes
    assert PASSWORD not in captured.out + captured.err and KEY not in captured.out + captured.err


def test_wrong_master_password_is_refused_without_echo(local_shop, monkeypatch, capsys):
    monkeypatch.setenv("COBBY_MASTER_PASSWORD", "not the password")
    assert run_command(["check", "--shop", "Local", "--timeout", "2"]) == 1
    captured = capsys.readouterr()
    assert "not the password" not in captured.out + captured.err
    assert captured.err.strip()
    assert local_shop.requests == []  # nothing was sent without the key


def test_without_a_terminal_or_variable_it_says_how_to_give_the_password(local_shop, capsys):
    assert run_command(["check", "--shop", "Local", "--timeout", "2"]) == 1
    assert "COBBY_MASTER_PASSWORD" in capsys.readouterr().err


def test_the_terminal_prompt_is_used_when_there_is_one(local_shop, monkeypatch, capsys):
    from cobby_desktop.services import context

    asked: list[str] = []
    monkeypatch.setattr(context, "terminal_prompt", lambda: asked.append("?") or Secret(PASSWORD))
    assert run_command(["check", "--shop", "Local", "--json", "--timeout", "2"]) == 0
    assert asked == ["?"]  # once, however many keys the check reads


def test_listing_never_asks_for_the_master_password(local_shop, monkeypatch, capsys):
    from cobby_desktop.services import context

    monkeypatch.setattr(context, "terminal_prompt", lambda: pytest.fail("asked"))
    assert run_command(["list", "--json"]) == 0
    assert [row["shop"] for row in json.loads(capsys.readouterr().out)] == ["Local"]
