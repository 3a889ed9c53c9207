"""`cobby-desktop self-test`: check this installation headless.

Prints one line per check, "ok   <check>: <detail>" or "FAIL <check>: <what is
wrong and what to do>", and exits 0 only when every check passed. The Qt check
runs in a child process because a platform plugin that cannot load aborts the
whole process instead of raising.
"""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cobby_desktop.services.context import AppContext

from cobby_desktop import i18n

QT_PROBE_FLAG = "--qt-probe"
QT_PROBE_TIMEOUT = 60


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # Internal: the child process of the Qt check.
    parser.add_argument(QT_PROBE_FLAG, action="store_true", help=argparse.SUPPRESS)


def _emit(text: str) -> None:
    if sys.stdout is not None:  # frozen Windows GUI builds have no console
        print(text, flush=True)


# --- the checks -----------------------------------------------------------------


def _qt_environment() -> dict[str, str]:
    env = dict(os.environ)
    headless = sys.platform.startswith("linux") and not (
        env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")
    )
    if headless and not env.get("QT_QPA_PLATFORM"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _qt_probe_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "self-test", QT_PROBE_FLAG]
    return [sys.executable, "-m", "cobby_desktop", "self-test", QT_PROBE_FLAG]


def _qt_probe() -> int:
    """Runs in the child: start a QApplication and report the platform."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    app = QApplication(["cobby-desktop"])
    _emit(f"platform {app.platformName()!r} loaded (PySide6 {pyside_version})")
    return 0


def check_qt() -> tuple[bool, str]:
    env = _qt_environment()
    wanted = env.get("QT_QPA_PLATFORM") or "default"
    try:
        proc = subprocess.run(
            _qt_probe_command(),
            capture_output=True,
            text=True,
            timeout=QT_PROBE_TIMEOUT,
            env=env,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, f"the Qt check could not run ({type(exc).__name__}). Reinstall cobby Desktop."
    if proc.returncode == 0 and proc.stdout.strip():
        return True, proc.stdout.strip().splitlines()[-1]
    reason = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
    why = reason[-1][:200] if reason else f"exit code {proc.returncode}"
    return False, (
        f"the Qt platform plugin {wanted!r} did not load ({why}). On Linux install the "
        "missing system libraries (for example libxcb-cursor0 and libegl1), or run "
        "headless with QT_QPA_PLATFORM=offscreen."
    )


def check_keychain() -> tuple[bool, str]:
    from cobby_desktop.domain import local_vault, vault_choice
    from cobby_desktop.domain.vault import cli_vault

    health = cli_vault().health(round_trip=True)
    if vault_choice.opted_in():  # the merchant's explicit choice, not a fallback
        where = local_vault.default_path()
        if not local_vault.exists():
            return False, vault_choice.lost_local_message(where)
        chosen = (
            f"the merchant opted in to the encrypted local vault at {where} (the weaker "
            "choice; it is not opened here without its master password)"
        )
        if health.ok:
            return True, f"{chosen}; the OS keychain {health.backend} works too"
        return True, f"{chosen}; no usable OS keychain ({health.backend}: {health.kind})"
    if health.ok:
        return True, f"{health.backend}; a write, read and delete round trip works"
    return False, f"{health.backend} ({health.kind}): {health.message}"


def check_data_folder() -> tuple[bool, str]:
    from cobby_desktop import paths

    try:
        folder = paths.data_dir()
        probe = folder / f".write-test-{uuid.uuid4().hex}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        return False, (
            f"cannot write to the data folder ({exc.strerror}: {exc.filename}). Make it "
            "writable, or set COBBY_DESKTOP_HOME to a folder you can write to."
        )
    return True, f"{folder} is writable"


def check_database() -> tuple[bool, str]:
    from cobby_desktop.domain.store import Inventory, InventoryError

    try:
        with Inventory.open() as inventory:
            version = inventory.schema_version
            shops = len(inventory.shops())
            backups = inventory.backups
    except InventoryError as exc:
        return False, i18n.explain(exc)
    detail = f"{inventory.path} opens at schema version {version} ({shops} shop(s))"
    if backups:
        detail += f"; migrated, backup at {backups[0]}"
    return True, detail


def _imports(names: tuple[str, ...]) -> tuple[bool, str]:
    found = []
    for name in names:
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # a broken install can raise anything here
            return False, (
                f"{name} does not import ({type(exc).__name__}: {exc}). Reinstall cobby Desktop."
            )
        found.append(f"{name} {getattr(module, '__version__', '')}".strip())
    return True, ", ".join(found)


def check_soap() -> tuple[bool, str]:
    return _imports(("zeep", "lxml.etree"))


def check_http() -> tuple[bool, str]:
    return _imports(("httpx", "cobby_desktop.net.http"))


def check_ca_bundle() -> tuple[bool, str]:
    parts = []
    try:
        import certifi

        bundle = certifi.where()
        if os.path.isfile(bundle) and os.path.getsize(bundle) > 0:
            parts.append(f"certifi bundle {bundle}")
    except Exception:  # noqa: S110 - reported below as missing
        pass
    try:
        import truststore  # noqa: F401

        parts.append("truststore (the operating system's trust store)")
    except Exception:  # noqa: S110 - reported below as missing
        pass
    if not parts:
        return False, (
            "no CA certificate bundle was found, so secure connections cannot be verified. "
            "Reinstall cobby Desktop."
        )
    return True, "; ".join(parts)


CHECKS: tuple[tuple[str, Callable[[], tuple[bool, str]]], ...] = (
    ("qt", check_qt),
    ("keychain", check_keychain),
    ("data folder", check_data_folder),
    ("database", check_database),
    ("soap", check_soap),
    ("http", check_http),
    ("ca bundle", check_ca_bundle),
)


def run_checks(emit: Callable[[str], None] | None = None) -> list[CheckResult]:
    results = []
    for name, check in CHECKS:
        try:
            ok, detail = check()
        except Exception as exc:  # one broken check must not hide the others
            ok, detail = False, f"the check itself failed ({type(exc).__name__}). Reinstall."
        result = CheckResult(name, ok, detail)
        results.append(result)
        if emit is not None:
            emit(result.line())
    return results


def run(args: argparse.Namespace, context: AppContext) -> int:
    # The keychain line is about this installation's operating-system keychain,
    # whatever vault the merchant chose, so the context's vault is not used.
    if getattr(args, "qt_probe", False):
        return _qt_probe()
    results = run_checks(_emit)
    return 0 if all(r.ok for r in results) else 1
