"""Concurrent use is safe and faults are named truly: many `check --save` at
once on a new data folder, labels unique by the database, a full disk, an
empty file, a read-only folder, a keyring setting naming a missing module, and
labels that would rewrite a terminal."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cobby_desktop.cli import run_command
from cobby_desktop.domain.model import MagentoMajor, Shop
from cobby_desktop.domain.store import Inventory, InventoryError
from cobby_desktop.domain.vault import Vault
from tests.support.m1_simulator import ApiUser, M1Simulator

ROOT = Path(__file__).resolve().parents[2]
KEY = "Kx7pQ2mZr9TfW4bN"


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, COBBY_DESKTOP_HOME=str(home), PYTHONPATH=str(ROOT),
               PYTHON_KEYRING_BACKEND="tests.support.memory_keyring.MemoryKeyring",
               COBBY_API_KEY=KEY, QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env


def test_eight_concurrent_saves_on_a_new_data_folder_all_succeed(tmp_path) -> None:
    home = tmp_path / "new-home"
    with M1Simulator({"cobby_api": ApiUser(KEY)}) as shop:
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "cobby_desktop", "check", "--url", shop.url,
                 "--user", "cobby_api", "--save", f"Shop {i}", "--timeout", "60"],
                env=_env(home), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(8)
        ]
        results = [(p.wait(timeout=150), p.stderr.read() if p.stderr else "") for p in procs]
    assert [code for code, _ in results] == [0] * 8, [err[-300:] for _, err in results]
    with Inventory.open(home / "inventory.sqlite3") as inv:
        assert sorted(s.label for s in inv.shops()) == [f"Shop {i}" for i in range(8)]


def test_the_database_keeps_labels_unique_under_concurrent_saves(tmp_path) -> None:
    path = tmp_path / "inventory.sqlite3"
    Inventory.open(path).close()
    outcomes: list[str] = []
    start = threading.Barrier(6)

    def save() -> None:
        start.wait()
        try:
            with Inventory.open(path) as inv:
                inv.add_shop(Shop("https://x.test", MagentoMajor.M1, "Same name"))
            outcomes.append("saved")
        except InventoryError as exc:
            outcomes.append(exc.kind)

    threads = [threading.Thread(target=save) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcomes) == ["conflict"] * 5 + ["saved"]
    with Inventory.open(path) as inv:
        assert [s.label for s in inv.shops()] == ["Same name"]
        with pytest.raises(InventoryError) as err:  # the case does not matter either
            inv.add_shop(Shop("https://y.test", MagentoMajor.M1, "same NAME"))
        assert err.value.kind == "conflict"
        assert inv.free_label("Same name") == "Same name (2)"


def test_existing_duplicate_labels_are_numbered_by_the_migration(tmp_path) -> None:
    import shutil

    path = tmp_path / "inventory.sqlite3"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "inventory_v1.sqlite3", path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE shops SET label = 'Acme live'")
    conn.commit()
    conn.close()
    with Inventory.open(path) as inv:
        assert sorted(s.label for s in inv.shops()) == ["Acme live", "Acme live (2)"]


def test_a_full_disk_is_said_as_such_and_changes_nothing(tmp_path) -> None:
    path = tmp_path / "inventory.sqlite3"
    with Inventory.open(path) as inv:
        inv.add_shop(Shop("https://x.test", MagentoMajor.M1, "Kept"))
        pages = inv._conn.execute("PRAGMA page_count").fetchone()[0]
        inv._conn.execute(f"PRAGMA max_page_count = {pages}")  # no room for one more page
        with pytest.raises(InventoryError) as err:
            for i in range(200):
                inv.add_shop(Shop("https://y.test", MagentoMajor.M1, f"Big {i} " + "x" * 180))
        assert err.value.kind == "disk_full"
        assert err.value.said is not None and err.value.said.code == "inventory.disk_full"
    with Inventory.open(path) as inv:
        assert "Kept" in [s.label for s in inv.shops()]


def test_an_empty_inventory_file_is_reported_not_replaced(tmp_path, capsys, monkeypatch) -> None:
    path = tmp_path / "inventory.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(InventoryError) as err:
        Inventory.open(path)
    assert err.value.kind == "empty"
    assert path.stat().st_size == 0
    monkeypatch.setenv("COBBY_DESKTOP_HOME", str(tmp_path))
    assert run_command(["list"]) == 1
    assert "empty" in capsys.readouterr().err
    assert path.stat().st_size == 0


def test_a_read_only_data_folder_still_lists_and_audits(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COBBY_DESKTOP_HOME", str(tmp_path))
    with Inventory.open() as inv:
        inv.add_shop(Shop("https://x.test", MagentoMajor.M1, "Read only"))

    def refuse(self) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(Inventory, "_prepare", refuse)
    assert run_command(["list"]) == 0
    assert "Read only" in capsys.readouterr().out
    assert run_command(["audit"]) in (0, 1)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "readonly" not in captured.err


def test_a_keyring_setting_naming_a_missing_module_is_a_clear_message(tmp_path) -> None:
    env = _env(tmp_path, PYTHON_KEYRING_BACKEND="no_such_module.Keyring")
    proc = subprocess.run([sys.executable, "-m", "cobby_desktop", "self-test"], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    keychain = [ln for ln in proc.stdout.splitlines() if "keychain" in ln]
    assert keychain and "PYTHON_KEYRING_BACKEND" in keychain[0]


def test_vault_names_the_bad_keyring_setting(monkeypatch) -> None:
    import keyring

    def broken():  # noqa: ANN202
        raise ModuleNotFoundError("No module named 'no_such_module'")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no_such_module.Keyring")
    health = Vault().health()
    assert not health.ok and health.kind == "missing"
    assert "PYTHON_KEYRING_BACKEND" in health.message


@pytest.mark.parametrize(
    "label", ["\x1b[31mRed\x1b[0m", "shop\u202eevil", "tab\x07bell", "x" * 201],
)
def test_dangerous_labels_are_refused_and_never_echoed(label: str, capsys, monkeypatch) -> None:
    monkeypatch.setenv("COBBY_API_KEY", KEY)
    code = run_command(["check", "--url", "https://x.test", "--user", "u", "--save", label])
    captured = capsys.readouterr()
    assert code == 2
    assert label not in captured.err + captured.out and "\x1b" not in captured.err
    with Inventory.open() as inv:
        with pytest.raises(InventoryError) as err:
            inv.add_shop(Shop("https://x.test", MagentoMajor.M1, label))
        assert err.value.kind == "invalid"


def test_labels_are_trimmed_and_list_never_prints_escapes(capsys) -> None:
    with Inventory.open() as inv:
        shop = inv.add_shop(Shop("https://x.test", MagentoMajor.M1, "  Acme \t live  "))
        assert shop.label == "Acme live"
        # A label an older version or another program wrote.
        inv._conn.execute("UPDATE shops SET label = ? WHERE id = ?",
                          ("\x1b]0;pwned\x07\u202eA", shop.id))
    assert run_command(["list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "\\x1b" in out
