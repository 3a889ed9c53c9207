"""A merchant's data folder lives under their Windows user name, which may hold
umlauts and spaces: C:\\Users\\Jürgen Müller\\AppData\\Local\\cobby\\cobby Desktop.
Simulated with COBBY_DESKTOP_HOME: the inventory, its backups, the settings, the
log, the encrypted local vault and every CLI command work there, also when the
output goes to a pipe whose encoding cannot show the name (a Windows code page
and a name beyond it), which must not crash a command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from cobby_desktop import paths
from cobby_desktop.cli import selftest
from cobby_desktop.domain import local_vault
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.secret import Secret
from tests.support.sample_data import populate

ROOT = Path(__file__).resolve().parents[2]
WINDOWS_LIKE = ("Users", "Jürgen Müller", "AppData", "Local", "cobby", "cobby Desktop")
# Beyond Windows-1252, the ANSI code page of a German Windows.
BEYOND_CODE_PAGE = ("Users", "Łukasz Şahin", "AppData", "Local", "cobby", "cobby Desktop")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path.joinpath(*WINDOWS_LIKE)
    monkeypatch.setenv("COBBY_DESKTOP_HOME", str(folder))
    return folder


def test_the_inventory_is_created_filled_and_reopened_there(home, memory_keyring):
    vault = Vault()
    with Inventory.open() as inventory:
        populate(inventory, vault, count=5, seed=3)
        assert inventory.path == home / "inventory.sqlite3"
    with Inventory.open() as inventory:
        labels = [shop.label for shop in inventory.shops()]
    assert len(labels) == 5 and "Gartenwelt Müller" in labels
    assert (home / "inventory.sqlite3").is_file()
    assert paths.log_dir() == home / "logs" and paths.log_dir().is_dir()


def test_the_self_test_checks_pass_and_name_the_folder(home, memory_keyring):
    ok, said = selftest.check_data_folder()
    assert ok and said.code == "selftest.folder_ok" and said.params["folder"] == str(home)
    ok, said = selftest.check_database()
    assert ok and said.params["path"] == str(home / "inventory.sqlite3")
    ok, _ = selftest.check_keychain()
    assert ok


def test_the_encrypted_local_vault_lives_there(home):
    store = local_vault.EncryptedFileVault.create(Secret("Müller-Passwort 2024"))
    assert local_vault.default_path().parent == home
    ref = SecretRef.license_key(1, "f" * 32)
    Vault.local(store).put(ref, Secret("lizenz-ÄÖÜ-1234"))
    reopened = local_vault.EncryptedFileVault.open(Secret("Müller-Passwort 2024"))
    assert Vault.local(reopened).get(ref) == Secret("lizenz-ÄÖÜ-1234")


def test_settings_are_written_and_read_there(home):
    from cobby_desktop.ui import settings

    ini = settings.app_settings()
    ini.setValue("probe/value", "ok")
    ini.sync()
    assert Path(ini.fileName()) == home / settings.FILE_NAME
    assert settings.app_settings().value("probe/value") == "ok"


COMMANDS = (["self-test"], ["list"], ["list", "--json"], ["audit", "--json"], ["purge", "--yes"])


def _cli(folder: Path, argv: list[str], encoding: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        COBBY_DESKTOP_HOME=str(folder),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="tests.support.memory_keyring.MemoryKeyring",
        PYTHONPATH=str(ROOT),
        PYTHONIOENCODING=encoding,
    )
    return subprocess.run(
        [sys.executable, "-m", "cobby_desktop", *argv], env=env, cwd=ROOT,
        capture_output=True, timeout=120, check=False, text=True, encoding=encoding,
        errors="replace",
    )


@pytest.mark.parametrize(
    ("parts", "encoding"),
    [(WINDOWS_LIKE, "utf-8"), (WINDOWS_LIKE, "cp1252"), (BEYOND_CODE_PAGE, "cp1252"),
     (BEYOND_CODE_PAGE, "ascii")],
    ids=["umlauts-utf8", "umlauts-cp1252", "beyond-cp1252", "beyond-ascii"],
)
def test_every_command_runs_there_whatever_the_output_encoding(tmp_path, parts, encoding):
    folder = tmp_path.joinpath(*parts)
    codes = {}
    for argv in COMMANDS:
        proc = _cli(folder, argv, encoding)
        assert "Traceback" not in proc.stderr, (argv, proc.stderr[-2000:])
        codes[" ".join(argv)] = proc.returncode
    assert codes == {"self-test": 0, "list": 0, "list --json": 0, "audit --json": 0,
                     "purge --yes": 0}, codes
    assert (folder / "inventory.sqlite3").is_file()


def test_json_output_stays_valid_when_the_pipe_cannot_show_a_name(
    tmp_path, monkeypatch, memory_keyring
):
    folder = tmp_path.joinpath(*BEYOND_CODE_PAGE)
    monkeypatch.setenv("COBBY_DESKTOP_HOME", str(folder))
    with Inventory.open() as inventory:
        populate(inventory, Vault(), count=3, seed=5)
        shop = inventory.shops()[0]
        inventory.update_shop(replace(shop, label="Łódź Möbel"))
    proc = _cli(folder, ["list", "--json"], "ascii")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert "Łódź Möbel" in {row["shop"] for row in rows}
