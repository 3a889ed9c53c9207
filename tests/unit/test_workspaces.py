"""Workspace rules against a real inventory file and the (in-memory) keychain."""

from __future__ import annotations

import keyring.errors
import pytest

from cobby_desktop.domain.grouping import filter_workspaces, group_rows
from cobby_desktop.domain.model import MagentoMajor, Shop, Workspace
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SERVICE, SecretRef, Vault
from cobby_desktop.domain.workspaces import (
    WorkspaceError,
    check_license_key,
    clean_license_key,
    connect_shop,
    create_workspace,
    delete_workspace,
    deletion_summary,
    rename_workspace,
    set_license_key,
    workspace_license_key,
)
from cobby_desktop.secret import Secret
from tests.support.memory_keyring import MemoryKeyring
from tests.support.said import said

KEY_A = "8f3c2e9a-41b7-4d0e-9c55-2b7e61f0a3d4"
KEY_B = "LK-77Q2-ZZ91-PLM4"


@pytest.fixture
def inventory(tmp_path):
    inv = Inventory.open(tmp_path / "inventory.sqlite3")
    yield inv
    inv.close()


@pytest.fixture
def vault(memory_keyring):
    return Vault(memory_keyring)


class RefusingKeyring(MemoryKeyring):
    """A keychain that refuses to store or delete anything."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the keychain refused")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringError("the keychain refused")


def stored(vault: Vault, ws: Workspace) -> str | None:
    value = vault.get(SecretRef.license_key(ws.id, ws.vault_space))
    return value.reveal() if value else None


# -- license key shape --


@pytest.mark.parametrize("key", [KEY_A, KEY_B, "a1b2c3d4", "x" * 256, "  " + KEY_B + "\n"])
def test_plausible_license_keys_pass(key: str):
    assert check_license_key(Secret(key)) == ()


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("", "empty"),
        ("   \n", "empty"),
        ("cobby license key", "placeholder"),
        (" Cobby  License Key ", "placeholder"),
        ("LK-77Q2\u200b-ZZ91", "invisible"),
        ("\ufeffLK-77Q2-ZZ91", "invisible"),
        ("LK-77Q2\u00a0ZZ91", "invisible"),
        ("LK-77Q2 ZZ91-PLM4", "whitespace"),
        ("LK-77Q2\nZZ91-PLM4", "whitespace"),
        ("abc123", "length"),
        ("x" * 257, "length"),
    ],
)
def test_implausible_license_keys_are_named(key: str, code: str):
    problems = check_license_key(Secret(key))
    assert [p.code for p in problems] == [code]
    assert problems[0].field == "license_key"
    assert problems[0].said.code.startswith("workspace.license_key.")
    assert problems[0].said.params == {}  # never the key itself
    if len(key.strip()) > 3:
        assert key.strip() not in problems[0].message


def test_surrounding_spaces_are_cleaned():
    assert clean_license_key(Secret(f"\t{KEY_B} \r\n")).reveal() == KEY_B


# -- create, rename, delete --


def test_several_workspaces_with_keys_in_the_keychain(inventory, vault, memory_keyring, tmp_path):
    a = create_workspace(inventory, vault, "  Gartenwelt   Müller ", Secret(KEY_A + "  "))
    b = create_workspace(inventory, vault, "Nordlicht Outdoor", Secret(KEY_B))
    c = create_workspace(inventory, vault, "Stoffparadies")
    assert a.name == "Gartenwelt Müller"
    assert [(w.name, w.has_license_key) for w in inventory.workspaces()] == [
        ("Gartenwelt Müller", True),
        ("Nordlicht Outdoor", True),
        ("Stoffparadies", False),
    ]
    assert stored(vault, a) == KEY_A and stored(vault, b) == KEY_B and stored(vault, c) is None
    assert workspace_license_key(vault, a.id, a.vault_space) == Secret(KEY_A)
    assert (SERVICE, f"workspace:{a.vault_space}.{a.id}:license_key") in memory_keyring.entries
    # the keys are only in the keychain: not in the inventory file, not in the activity log
    inventory.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("inventory.sqlite3*"))
    assert KEY_A.encode() not in raw and KEY_B.encode() not in raw


def test_activity_records_workspace_changes_without_the_key(inventory, vault):
    ws = create_workspace(inventory, vault, "Shop DE", Secret(KEY_A))
    rename_workspace(inventory, ws.id, "Shop Germany")
    details = [e.detail for e in inventory.activity()]
    assert any("license key" in d for d in details)
    assert all(KEY_A not in d for d in details)


def test_names_must_be_given_and_distinct(inventory, vault):
    create_workspace(inventory, vault, "Gartenwelt Müller")
    with pytest.raises(WorkspaceError) as err:
        create_workspace(inventory, vault, "   ")
    assert err.value.kind == "name"
    with pytest.raises(WorkspaceError) as err:
        create_workspace(inventory, vault, "gartenwelt  muller")
    assert err.value.kind == "name" and "Gartenwelt Müller" in err.value.message
    with pytest.raises(WorkspaceError):
        create_workspace(inventory, vault, "x" * 101)
    assert len(inventory.workspaces()) == 1


def test_a_bad_license_key_creates_nothing(inventory, vault, memory_keyring):
    with pytest.raises(WorkspaceError) as err:
        create_workspace(inventory, vault, "Shop DE", Secret("cobby license key"))
    assert err.value.kind == "license_key" and err.value.problems[0].code == "placeholder"
    assert inventory.workspaces() == [] and memory_keyring.entries == {}


def test_a_refusing_keychain_creates_nothing_and_says_so(inventory):
    vault = Vault(RefusingKeyring())
    with pytest.raises(WorkspaceError) as err:
        create_workspace(inventory, vault, "Shop DE", Secret(KEY_A))
    assert err.value.kind == "vault"
    assert KEY_A not in err.value.message and KEY_A not in str(err.value)
    assert inventory.workspaces() == []


def test_rename(inventory, vault):
    a = create_workspace(inventory, vault, "Shop DE")
    create_workspace(inventory, vault, "Shop AT")
    renamed = rename_workspace(inventory, a.id, "Shop Deutschland")
    assert inventory.workspace(a.id).name == "Shop Deutschland" == renamed.name
    # the same name in other case is its own name, another workspace's is refused
    assert rename_workspace(inventory, a.id, "shop deutschland").name == "shop deutschland"
    with pytest.raises(WorkspaceError) as err:
        rename_workspace(inventory, a.id, "SHOP AT")
    assert err.value.kind == "name"
    with pytest.raises(WorkspaceError) as err:
        rename_workspace(inventory, 9999, "Nope")
    assert err.value.kind == "not_found"


def test_delete_removes_the_key_and_keeps_the_shop(inventory, vault):
    ws = create_workspace(inventory, vault, "Shop DE", Secret(KEY_A))
    other = create_workspace(inventory, vault, "Shop AT", Secret(KEY_B))
    shop = inventory.add_shop(
        Shop("https://shop.example", MagentoMajor.M2, label="Gartenwelt", workspace_id=ws.id)
    )
    summary = deletion_summary(inventory, ws.id)
    assert [said(m) for m in summary] == [
        ("workspace.delete.ask", {"name": "Shop DE"}),
        ("workspace.delete.key", {}),
        ("workspace.delete.shop", {"shop": "Gartenwelt"}),
        ("workspace.delete.portal", {}),
    ]
    delete_workspace(inventory, vault, ws.id)
    assert inventory.workspace(ws.id) is None
    assert stored(vault, ws) is None
    assert stored(vault, other) == KEY_B
    assert inventory.shop(shop.id).workspace_id is None


def test_delete_keeps_everything_when_the_keychain_refuses(inventory, vault, memory_keyring):
    ws = create_workspace(inventory, vault, "Shop DE", Secret(KEY_A))
    refusing = RefusingKeyring()
    refusing.entries = memory_keyring.entries
    with pytest.raises(WorkspaceError) as err:
        delete_workspace(inventory, Vault(refusing), ws.id)
    assert err.value.kind == "vault"
    assert inventory.workspace(ws.id) is not None and stored(vault, ws) == KEY_A


def test_set_and_remove_the_license_key(inventory, vault):
    ws = create_workspace(inventory, vault, "Shop DE")
    set_license_key(inventory, vault, ws.id, Secret(KEY_A))
    assert inventory.workspace(ws.id).has_license_key and stored(vault, ws) == KEY_A
    set_license_key(inventory, vault, ws.id, Secret(KEY_B))
    assert stored(vault, ws) == KEY_B
    with pytest.raises(WorkspaceError):
        set_license_key(inventory, vault, ws.id, Secret("has space inside"))
    assert stored(vault, ws) == KEY_B
    set_license_key(inventory, vault, ws.id, None)
    assert not inventory.workspace(ws.id).has_license_key and stored(vault, ws) is None


# -- one shop per workspace --


def test_a_workspace_connects_to_one_shop_only(inventory, vault):
    ws = create_workspace(inventory, vault, "Shop DE")
    first = inventory.add_shop(Shop("https://a.example", MagentoMajor.M1, label="Kaffee Braun"))
    second = inventory.add_shop(Shop("https://b.example", MagentoMajor.M2, label="Bike Parts"))
    connect_shop(inventory, first.id, ws.id)
    assert inventory.shop(first.id).workspace_id == ws.id
    with pytest.raises(WorkspaceError) as err:
        connect_shop(inventory, second.id, ws.id)
    assert err.value.kind == "conflict"
    assert "Shop DE" in err.value.message and "Kaffee Braun" in err.value.message
    assert inventory.shop(second.id).workspace_id is None
    # reconnecting the same shop is fine; disconnecting frees the workspace
    connect_shop(inventory, first.id, ws.id)
    connect_shop(inventory, first.id, None)
    connect_shop(inventory, second.id, ws.id)
    assert inventory.shop(second.id).workspace_id == ws.id


# -- finding and grouping --


def test_search_as_you_type_over_many_workspaces(inventory, vault):
    names = [f"Kunde {i:02d} Shop" for i in range(40)]
    names += ["Gartenwelt Müller", "Müller Elektro", "Outdoor Müllerhaus", "Nordlicht"]
    for name in names:
        create_workspace(inventory, vault, name)
    spaces = inventory.workspaces()
    assert len(filter_workspaces(spaces, "")) == len(names)
    assert [w.name for w in filter_workspaces(spaces, "muller")] == [
        "Müller Elektro",  # starts with the text
        "Gartenwelt Müller",
        "Outdoor Müllerhaus",
    ]
    assert [w.name for w in filter_workspaces(spaces, "  KUNDE 07 ")] == ["Kunde 07 Shop"]
    # every word counts, in any order, anywhere in the name
    assert [w.name for w in filter_workspaces(spaces, "shop 3")] == [
        f"Kunde {i:02d} Shop" for i in range(40) if "3" in f"{i:02d}"
    ]
    assert filter_workspaces(spaces, "zzz") == []


def test_search_also_finds_a_workspace_by_its_shop(inventory, vault):
    ws = create_workspace(inventory, vault, "Kunde 12")
    create_workspace(inventory, vault, "Kunde 13")
    shop = inventory.add_shop(
        Shop("https://www.bikeparts-direct.eu", MagentoMajor.M2, label="Bike Parts",
             workspace_id=ws.id)
    )
    found = filter_workspaces(inventory.workspaces(), "bikeparts", shops={ws.id: shop})
    assert [w.name for w in found] == ["Kunde 12"]


def test_inventory_grouped_by_workspace(inventory, vault):
    a = create_workspace(inventory, vault, "Zeta Agency Client")
    b = create_workspace(inventory, vault, "Alpha Client")
    create_workspace(inventory, vault, "Empty Workspace")
    inventory.add_shop(Shop("https://z.example", MagentoMajor.M2, label="Z", workspace_id=a.id))
    inventory.add_shop(Shop("https://a.example", MagentoMajor.M1, label="A", workspace_id=b.id))
    inventory.add_shop(Shop("https://free.example", MagentoMajor.M2, label="Free"))
    groups = group_rows(inventory.rows())
    assert [(g.workspace.name if g.workspace else None, [r.shop.label for r in g.rows])
            for g in groups] == [
        ("Alpha Client", ["A"]),
        ("Zeta Agency Client", ["Z"]),
        (None, ["Free"]),
    ]
    with_empty = group_rows(inventory.rows(), inventory.workspaces())
    assert [g.workspace.name if g.workspace else None for g in with_empty] == [
        "Alpha Client", "Empty Workspace", "Zeta Agency Client", None
    ]
