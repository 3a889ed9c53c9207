"""Checks a frozen one-folder build on the machine it was built for; CI runs it
on every platform after PyInstaller (the Linux test suite runs it too).

    python build/verify_frozen.py APP_DIR --keychain windows|macos|secret-service

APP_DIR holds both executables: build/out/dist/cobby-desktop on Windows and
Linux, "build/out/dist/cobby Desktop.app/Contents/MacOS" on macOS. Checked:
the console `cobby-desktop-cli` reports the package version; its `self-test`
passes with a keychain round trip in the platform's own keychain; and the
windowed `cobby-desktop` (no console on Windows: sys.stdout is None) runs every
CLI path to the same exit code as the console one, never hanging on a crash
dialog. Set COBBY_DESKTOP_HOME to choose the data folder (CI uses one under a
user name with umlauts and spaces). Prints one line per check; exit 0 only if
all pass.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if sys.platform == "win32" else ""
TIMEOUT = 180
# The keyring backend each platform's self-test must name (module.class).
KEYCHAINS = {
    "windows": "keyring.backends.Windows.WinVaultKeyring",
    "macos": "keyring.backends.macOS.Keyring",
    "secret-service": "keyring.backends.SecretService.Keyring",
}
# Every CLI path that needs no shop: sub-commands, their help, usage errors.
CLI_PATHS: tuple[tuple[str, ...], ...] = (
    ("--version",),
    ("--help",),
    ("--no-such-option",),
    ("no-such-command",),
    ("self-test",),
    ("list",),
    ("list", "--json"),
    ("audit",),
    ("audit", "--json"),
    ("check",),
    ("check", "--help"),
    ("check", "--shop", "no shop of this name"),
    ("purge",),
    ("purge", "--yes"),
    ("export",),
    ("export", "--help"),
    ("import",),
    ("import", "--help"),
    ("import", "no-such-file.kdbx"),  # no passphrase without a terminal: a usage error
)


def _run(exe: Path, args: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT,
        check=False,
    )


def check_version(app: Path) -> tuple[bool, str]:
    sys.path.insert(0, str(ROOT))
    import cobby_desktop

    expected = f"cobby-desktop {cobby_desktop.__version__}"
    got = _run(app / f"cobby-desktop-cli{EXE}", ("--version",)).stdout.strip()
    return got == expected, f"--version printed {got!r}, expected {expected!r}"


def keychain_line(output: str) -> str | None:
    """The self-test's keychain line ("ok   keychain: ..." or "FAIL keychain: ...")."""
    for line in output.splitlines():
        if line[4:].lstrip().startswith("keychain:"):
            return line
    return None


def check_self_test(app: Path, keychain: str) -> tuple[bool, str]:
    # In English whatever the runner's locale: the line's words are checked below.
    proc = _run(app / f"cobby-desktop-cli{EXE}", ("--lang", "en", "self-test"))
    output = proc.stdout + proc.stderr
    line = keychain_line(output)
    ok = (
        proc.returncode == 0
        and line is not None
        and line.startswith("ok")
        and KEYCHAINS[keychain] in line
        and "round trip" in line
    )
    return ok, f"exit {proc.returncode}\n{output.rstrip()}"


def _windowed_exit_code(exe: Path, args: tuple[str, ...]) -> int | str:
    """Run as a double-click would: on Windows the GUI executable gets no standard
    handles at all (no redirection), elsewhere its output is thrown away."""
    quiet = None if sys.platform == "win32" else subprocess.DEVNULL
    try:
        return subprocess.run([str(exe), *args], stdin=quiet, stdout=quiet, stderr=quiet,
                              timeout=TIMEOUT, check=False).returncode
    except subprocess.TimeoutExpired:
        return "timeout (a crash dialog?)"


def check_windowed(app: Path) -> tuple[bool, str]:
    """The windowed executable must end every CLI path as the console one does."""
    console, windowed = app / f"cobby-desktop-cli{EXE}", app / f"cobby-desktop{EXE}"
    differ = []
    for args in CLI_PATHS:
        want, got = _run(console, args).returncode, _windowed_exit_code(windowed, args)
        if want != got:
            differ.append(f"{' '.join(args)}: console {want}, windowed {got}")
    if differ:
        return False, "; ".join(differ)
    return True, f"{len(CLI_PATHS)} CLI paths end alike in {windowed.name} and the console one"


def verify(app: Path, keychain: str) -> bool:
    checks = (
        ("version", lambda: check_version(app)),
        ("self-test", lambda: check_self_test(app, keychain)),
        ("windowed", lambda: check_windowed(app)),
    )
    all_ok = True
    for name, check in checks:
        ok, detail = check()
        all_ok &= ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}", flush=True)
    return all_ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("app", type=Path, help="the folder holding both executables")
    parser.add_argument("--keychain", choices=sorted(KEYCHAINS), required=True)
    args = parser.parse_args(argv)
    print(f"data folder: {os.environ.get('COBBY_DESKTOP_HOME', '(the default)')}", flush=True)
    return 0 if verify(args.app, args.keychain) else 1


if __name__ == "__main__":
    raise SystemExit(main())
