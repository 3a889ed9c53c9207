"""The entry points as a merchant or the installer calls them: the installed
`cobby-desktop` script and `python -m cobby_desktop`, as real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cobby_desktop import __version__, i18n
from cobby_desktop.cli import COMMANDS, build_parser, run_command
from tests.support.said import shown, shown_pattern

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / ("cobby-desktop.exe" if os.name == "nt" else "cobby-desktop")


def _run(argv: list[str], home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(
        COBBY_DESKTOP_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="tests.support.memory_keyring.MemoryKeyring",
        PYTHONPATH=str(ROOT),
    )
    # A short timeout: a command that started the GUI by mistake would hang here.
    return subprocess.run(argv, capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)


ENTRY_POINTS = {
    "script": [str(SCRIPT)],
    "module": [sys.executable, "-m", "cobby_desktop"],
}


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(entry, flag, tmp_path):
    if entry == "script":
        assert SCRIPT.exists(), f"{SCRIPT} is missing: install the package (README)"
    proc = _run([*ENTRY_POINTS[entry], flag], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"cobby-desktop {__version__}"
    assert __version__.count(".") >= 1


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
def test_unknown_subcommand_is_a_usage_error(entry, tmp_path):
    proc = _run([*ENTRY_POINTS[entry], "frobnicate"], tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    # The word itself is not repeated (it could be a pasted key); the choices are.
    assert "frobnicate" not in proc.stderr
    choice = shown_pattern("cli.usage.invalid_choice", argument="command")
    lines = [ln for ln in proc.stderr.splitlines() if choice.search(ln)]
    assert len(lines) == 1, proc.stderr
    assert all(name in lines[0] for name in COMMANDS)
    assert "Traceback" not in proc.stderr


def test_help_lists_every_registered_command(tmp_path):
    proc = _run([*ENTRY_POINTS["module"], "--help"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    for name, (_module, help_text) in COMMANDS.items():
        assert name in proc.stdout
        assert i18n.text(help_text).split()[0] in proc.stdout, name
    for name in ("purge", "self-test", "check", "list"):
        assert name in COMMANDS


def test_help_is_german_with_lang_de_or_a_german_locale(tmp_path):
    """Same commands in both languages; the help texts come from the German catalogue."""
    german = _run([*ENTRY_POINTS["module"], "--lang", "de", "--help"], tmp_path)
    english = _run([*ENTRY_POINTS["module"], "--lang", "en", "--help"], tmp_path)
    assert german.returncode == english.returncode == 0
    assert german.stdout != english.stdout
    for name, (_module, help_text) in COMMANDS.items():
        assert name in german.stdout
        assert help_text.text not in german.stdout, name


def test_every_registered_command_is_available(capsys):
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)
    for name, subparser in sub.choices.items():
        assert subparser.get_default("_run") is not None, f"{name} does not import"
    assert run_command(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in COMMANDS)


def test_stray_words_are_not_echoed_back(capsys):
    """A key pasted as a stray argument must not be printed back."""
    from cobby_desktop.cli import run_command

    assert run_command(["list", "S3cretPastedKey77"]) == 2
    err = capsys.readouterr().err
    assert "S3cretPastedKey77" not in err
    assert shown("cli.usage.unrecognized") in err
