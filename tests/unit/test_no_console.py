"""The windowed Windows executable has no console: sys.stdout and sys.stderr
are None. Every CLI path must end there exactly as it does with a console (the
same exit code), without an exception. build/verify_frozen.py checks the same
on the real windowed executable in CI; this runs it here, in a child process
that drops its streams before the app starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cobby_desktop.cli import COMMANDS

ROOT = Path(__file__).resolve().parents[2]
UNREACHABLE = "http://127.0.0.1:9/"  # the discard port: nothing listens, refused at once

# Every command with the argument shapes that take different paths through it.
PATHS: dict[str, list[list[str]]] = {
    "": [["--version"], ["-V"], ["--help"], ["-h"], ["--no-such-option"], ["frobnicate"]],
    "self-test": [["self-test"], ["self-test", "--help"]],
    "check": [
        ["check"],
        ["check", "--help"],
        ["check", "--url", UNREACHABLE, "--user", "cobby"],
        ["check", "--url", UNREACHABLE, "--user", "cobby", "--json"],
        ["check", "--url", UNREACHABLE, "--magento", "2"],
        ["check", "--shop", "no such shop"],
        ["check", "--all"],
        ["check", "--all", "--json"],
        ["check", "--url", "not a url", "--user", "cobby"],
    ],
    "list": [["list"], ["list", "--json"]],
    "audit": [["audit"], ["audit", "--json"]],
    "purge": [["purge"], ["purge", "--yes"]],
    # The passphrase comes from COBBY_KDBX_PASSPHRASE (set below); no terminal.
    "export": [
        ["export"],
        ["export", "--help"],
        ["export", "{out}/shops.kdbx"],
        ["export", "{out}/shops.kdbx"],  # exists: refused without --overwrite
        ["export", "{out}/shops.kdbx", "--overwrite"],
    ],
    "import": [
        ["import"],
        ["import", "--help"],
        ["import", "{out}/shops.kdbx"],
        ["import", "{out}/missing.kdbx"],
    ],
}

# Runs each argv through the real entry point in one process and writes
# {argv: exit code or "crash: ExceptionType"} as JSON to the file in argv[1].
CHILD = r"""
import json, os, sys
console = sys.argv[2] == "console"
if not console:
    sys.stdin = sys.stdout = sys.stderr = None  # what a windowed Windows executable gets
else:
    devnull = open(os.devnull, "w", encoding="utf-8")
    sys.stdout = sys.stderr = devnull
from cobby_desktop.app import main
results = {}
for argv in json.loads(os.environ["NO_CONSOLE_PATHS"]):
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException as exc:  # the defect this test is for
        code = "crash: " + type(exc).__name__
    results[" ".join(argv)] = code
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(results, out)
"""


def _all_paths(out: Path) -> list[list[str]]:
    paths = [argv for name, shapes in PATHS.items() if name == "" or name in COMMANDS
             for argv in shapes]
    return [[a.replace("{out}", str(out)) for a in argv] for argv in paths]


def _run(mode: str, tmp_path: Path) -> dict[str, object]:
    paths = _all_paths(tmp_path / mode)
    home = tmp_path / mode / "Jürgen Müller" / "cobby Desktop"
    result = tmp_path / f"{mode}.json"
    env = dict(
        os.environ,
        COBBY_DESKTOP_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="tests.support.memory_keyring.MemoryKeyring",
        PYTHONPATH=str(ROOT),
        NO_CONSOLE_PATHS=json.dumps(paths),
        COBBY_API_KEY="no-console-test-key-1234",
        COBBY_CONSUMER_KEY="ck" * 16,
        COBBY_CONSUMER_SECRET="cs" * 16,
        COBBY_ACCESS_TOKEN="at" * 16,
        COBBY_ACCESS_TOKEN_SECRET="as" * 16,
        COBBY_KDBX_PASSPHRASE="no console passphrase 1234",
    )
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(result), mode],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    codes = json.loads(result.read_text(encoding="utf-8"))
    return {argv.replace(str(tmp_path / mode), "{out}"): code for argv, code in codes.items()}


@pytest.mark.timeout(600)
def test_every_cli_path_ends_alike_without_a_console(tmp_path):
    with_console = _run("console", tmp_path)
    without = _run("windowed", tmp_path)
    crashes = {argv: code for argv, code in without.items() if str(code).startswith("crash")}
    assert not crashes, crashes
    assert without == with_console
    # The paths really differ: success, findings and usage errors are all among them.
    assert {0, 1, 2} <= set(with_console.values()), with_console


def test_every_command_has_its_paths_listed():
    assert set(COMMANDS) <= set(PATHS), set(COMMANDS) - set(PATHS)
