"""`cobby-desktop self-test`, in-process and as the installed command would run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring.backends.fail
import pytest

from cobby_desktop.cli import run_command, selftest
from cobby_desktop.domain import migrations
from tests.support.said import keychain_code, shown_pattern

ROOT = Path(__file__).resolve().parents[2]
LINE_PREFIXES = ("ok   ", "FAIL ")
CHECK_NAMES = [name for name, _ in selftest.CHECKS]


def _lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


def _by_check(lines: list[str]) -> dict[str, str]:
    return {ln[5:].split(":", 1)[0]: ln for ln in lines}


def test_in_process_all_pass_with_memory_keyring(capsys, memory_keyring, _private_home):
    code = run_command(["self-test"])
    lines = _lines(capsys.readouterr().out)
    assert code == 0, lines
    assert all(ln.startswith("ok   ") for ln in lines)
    assert list(_by_check(lines)) == CHECK_NAMES
    checks = _by_check(lines)
    assert "MemoryKeyring" in checks["keychain"]
    assert shown_pattern("selftest.keychain_ok").search(checks["keychain"])
    assert str(_private_home) in checks["database"]
    assert shown_pattern(
        "selftest.database_ok", version=migrations.CURRENT_VERSION
    ).search(checks["database"])
    assert (_private_home / "inventory.sqlite3").exists()  # COBBY_DESKTOP_HOME was used
    assert memory_keyring.entries == {}  # the throw-away entry is gone


def test_in_process_fail_backend(capsys):
    keyring.set_keyring(keyring.backends.fail.Keyring())  # conftest restores it afterwards
    code = run_command(["self-test"])
    checks = _by_check(_lines(capsys.readouterr().out))
    assert code == 1
    assert checks["keychain"].startswith("FAIL keychain: keyring.backends.fail.Keyring (missing)")
    assert checks["database"].startswith("ok   ")


def test_unwritable_home_fails(capsys, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("COBBY_DESKTOP_HOME", str(blocker / "home"))
    code = run_command(["self-test"])
    checks = _by_check(_lines(capsys.readouterr().out))
    assert code == 1
    assert checks["data folder"].startswith("FAIL data folder:")
    assert "COBBY_DESKTOP_HOME" in checks["data folder"]


def test_damaged_database_fails_and_is_kept(capsys, _private_home):
    _private_home.mkdir(parents=True, exist_ok=True)
    db = _private_home / "inventory.sqlite3"
    db.write_bytes(b"not a database" * 100)
    code = run_command(["self-test"])
    checks = _by_check(_lines(capsys.readouterr().out))
    assert code == 1
    assert checks["database"].startswith("FAIL database:")
    assert shown_pattern("inventory.corrupt.no_backup").search(checks["database"])
    assert db.read_bytes() == b"not a database" * 100


def test_broken_qt_platform_fails(capsys, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    ok, said = selftest.check_qt()
    assert not ok
    assert said.code == "selftest.qt_failed" and said.params["plugin"] == "no-such-platform"


def _subprocess(backend: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(
        PYTHON_KEYRING_BACKEND=backend,
        COBBY_DESKTOP_HOME=str(home),
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
    )
    return subprocess.run(
        [sys.executable, "-m", "cobby_desktop", "self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )


@pytest.mark.parametrize(
    ("backend", "expected_code"),
    [
        ("tests.support.memory_keyring.MemoryKeyring", 0),
        ("keyring.backends.fail.Keyring", 1),
    ],
)
def test_as_subprocess(backend, expected_code, tmp_path):
    proc = _subprocess(backend, tmp_path / "home")
    lines = _lines(proc.stdout)
    assert proc.returncode == expected_code, proc.stdout + proc.stderr
    assert all(ln.startswith(LINE_PREFIXES) for ln in lines)
    checks = _by_check(lines)
    assert list(checks) == CHECK_NAMES
    if expected_code == 0:
        assert checks["keychain"].startswith("ok   keychain: tests.support.memory_keyring")
    else:
        keychain = checks["keychain"]
        assert keychain.startswith("FAIL keychain: keyring.backends.fail.Keyring (missing)")
        assert shown_pattern("selftest.keychain_failed").search(keychain)
        assert shown_pattern(keychain_code("missing")).search(keychain)  # names Secret Service
        assert [n for n, ln in checks.items() if ln.startswith("FAIL")] == ["keychain"]
    assert (tmp_path / "home" / "inventory.sqlite3").exists()


def test_in_german_the_details_change_and_the_prefixes_and_names_stay(
    capsys, memory_keyring, _private_home
):
    from cobby_desktop import i18n
    from cobby_desktop.messages import message

    assert run_command(["self-test", "--lang", "en"]) == 0
    english = _by_check(_lines(capsys.readouterr().out))
    assert run_command(["self-test", "--lang", "de"]) == 0
    german = _by_check(_lines(capsys.readouterr().out))
    assert list(german) == CHECK_NAMES and all(ln.startswith("ok   ") for ln in german.values())
    home = str(_private_home)
    folder = i18n.render(message("selftest.folder_ok", folder=home))  # still German here
    assert german["data folder"] == f"ok   data folder: {folder}"
    assert german["data folder"] != english["data folder"]
    assert german["keychain"] != english["keychain"]
