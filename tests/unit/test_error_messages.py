"""Errors below the UI carry catalogue codes and parameters; the text is made
where it is shown, in the chosen language."""

from __future__ import annotations

import pytest

from cobby_desktop import i18n
from cobby_desktop.domain import workspaces
from cobby_desktop.domain.store import Inventory, InventoryError
from cobby_desktop.domain.vault import SecretRef, Vault, VaultError
from cobby_desktop.secret import Secret


def _german(problem: object) -> str:
    try:
        i18n.install(i18n.GERMAN)
        return i18n.explain(problem)
    finally:
        i18n.install(i18n.ENGLISH)


def test_a_foreign_file_is_refused_with_a_code(tmp_path):
    path = tmp_path / "inventory.sqlite3"
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    with pytest.raises(InventoryError) as err:
        Inventory.open(path)
    assert err.value.said is not None
    assert err.value.said.code == "inventory.foreign_file"
    assert err.value.said.params == {"path": str(path)}
    assert str(path) in _german(err.value) and _german(err.value) != i18n.explain(err.value)


def test_a_too_large_secret_names_size_and_limit(memory_keyring):
    with pytest.raises(VaultError) as err:
        Vault(memory_keyring).put(SecretRef.license_key(1, "a" * 32), Secret("x" * 5000))
    said = err.value.said
    assert said is not None and said.code == "vault.too_large"
    assert said.params["size"] == 10000 and said.params["limit"] > 0
    assert "10000" in _german(err.value)


def test_workspace_rules_are_codes(memory_keyring):
    vault = Vault(memory_keyring)
    with Inventory.open() as inv:
        workspaces.create_workspace(inv, vault, "Möbel Schmidt")
        with pytest.raises(workspaces.WorkspaceError) as err:
            workspaces.create_workspace(inv, vault, "möbel  schmidt")
    assert err.value.kind == "name"
    assert err.value.said is not None and err.value.said.code == "workspace.name.taken"
    assert err.value.said.params == {"name": "Möbel Schmidt"}
    problems = workspaces.check_license_key("abc")
    assert [(p.code, p.said.code if p.said else None) for p in problems] == [
        ("length", "workspace.license_key.too_short")
    ]
    assert _german(problems[0]) != i18n.explain(problems[0])
