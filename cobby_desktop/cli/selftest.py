"""`cobby-desktop self-test`: check this installation headless.

Prints one line per check, "ok   <check>: <detail>" or "FAIL <check>: <what is
wrong and what to do>", and exits 0 only when every check passed. "ok"/"FAIL"
and the check's name stay as they are in every language (scripts and the
frozen build's verification read them); the detail is in the reader's language.
The Qt check runs in a child process because a platform plugin that cannot
load aborts the whole process instead of raising.
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
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, ParamValue, entry, message

_T = {
    "qt_ok": QT_TRANSLATE_NOOP(
        "SelfTest", "platform '{platform}' loaded (PySide6 {version})"),
    "qt_not_run": QT_TRANSLATE_NOOP(
        "SelfTest", "the Qt check could not run ({error}). Reinstall cobby Desktop."),
    "qt_failed": QT_TRANSLATE_NOOP(
        "SelfTest",
        "the Qt platform plugin '{plugin}' did not load ({reason}). On Linux install the "
        "missing system libraries (for example libxcb-cursor0 and libegl1), or run "
        "headless with QT_QPA_PLATFORM=offscreen."),
    "local_chosen": QT_TRANSLATE_NOOP(
        "SelfTest",
        "the encrypted local vault at {path} was chosen (the weaker choice; it is not "
        "opened here without its master password); the OS keychain {backend} works too"),
    "local_chosen_no_keychain": QT_TRANSLATE_NOOP(
        "SelfTest",
        "the encrypted local vault at {path} was chosen (the weaker choice; it is not "
        "opened here without its master password); no usable OS keychain ({backend}: {kind})"),
    "keychain_ok": QT_TRANSLATE_NOOP(
        "SelfTest", "{backend}; a write, read and delete round trip works"),
    "keychain_failed": QT_TRANSLATE_NOOP("SelfTest", "{backend} ({kind}): {problem}"),
    "folder_ok": QT_TRANSLATE_NOOP("SelfTest", "{folder} is writable"),
    "folder_failed": QT_TRANSLATE_NOOP(
        "SelfTest",
        "cannot write to the data folder ({error}: {folder}). Make it writable, or set "
        "COBBY_DESKTOP_HOME to a folder you can write to."),
    "database_ok": QT_TRANSLATE_NOOP(
        "SelfTest", "{path} opens at schema version {version} (shops: {shops})"),
    "database_migrated": QT_TRANSLATE_NOOP(
        "SelfTest",
        "{path} opens at schema version {version} (shops: {shops}); migrated, backup at "
        "{backup}"),
    "imports_ok": QT_TRANSLATE_NOOP("SelfTest", "{modules}"),
    "import_failed": QT_TRANSLATE_NOOP(
        "SelfTest", "{module} does not import ({error}). Reinstall cobby Desktop."),
    "ca_certifi": QT_TRANSLATE_NOOP("SelfTest", "certifi bundle {path}"),
    "ca_truststore": QT_TRANSLATE_NOOP(
        "SelfTest", "truststore (the operating system's trust store)"),
    "ca_both": QT_TRANSLATE_NOOP(
        "SelfTest", "certifi bundle {path}; truststore (the operating system's trust store)"),
    "ca_missing": QT_TRANSLATE_NOOP(
        "SelfTest",
        "no CA certificate bundle was found, so secure connections cannot be verified. "
        "Reinstall cobby Desktop."),
    "check_crashed": QT_TRANSLATE_NOOP(
        "SelfTest", "the check itself failed ({error}). Reinstall cobby Desktop."),
}
for _name, _source in _T.items():
    entry(f"selftest.{_name}", _source)


def _say(name: str, **params: ParamValue) -> Message:
    return message(f"selftest.{name}", **params)


QT_PROBE_FLAG = "--qt-probe"
QT_PROBE_TIMEOUT = 60


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str  # in the reader's language

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
    _emit(f"{app.platformName()} {pyside_version}")  # the parent words it
    return 0


def check_qt() -> tuple[bool, Message]:
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
        return False, _say("qt_not_run", error=type(exc).__name__)
    if proc.returncode == 0 and proc.stdout.strip():
        platform, _, version = proc.stdout.strip().splitlines()[-1].partition(" ")
        return True, _say("qt_ok", platform=platform, version=version)
    reason = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
    why = reason[-1][:200] if reason else f"exit code {proc.returncode}"
    return False, _say("qt_failed", plugin=wanted, reason=why)


def check_keychain() -> tuple[bool, Message]:
    from cobby_desktop.domain import local_vault, vault_choice
    from cobby_desktop.domain.vault import cli_vault

    health = cli_vault().health(round_trip=True)
    if vault_choice.opted_in():  # the merchant's explicit choice, not a fallback
        where = local_vault.default_path()
        if not local_vault.exists():
            return False, vault_choice.lost_local_message(where)
        if health.ok:
            return True, _say("local_chosen", path=str(where), backend=health.backend)
        return True, _say("local_chosen_no_keychain", path=str(where), backend=health.backend,
                          kind=str(health.kind))
    if health.ok:
        return True, _say("keychain_ok", backend=health.backend)
    return False, _say("keychain_failed", backend=health.backend, kind=str(health.kind),
                       problem=i18n.explain(health))


def check_data_folder() -> tuple[bool, Message]:
    from cobby_desktop import paths

    try:
        folder = paths.data_dir()
        probe = folder / f".write-test-{uuid.uuid4().hex}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        return False, _say("folder_failed", error=str(exc.strerror), folder=str(exc.filename))
    return True, _say("folder_ok", folder=str(folder))


def check_database() -> tuple[bool, Message | str]:
    from cobby_desktop.domain.store import Inventory, InventoryError

    try:
        with Inventory.open() as inventory:
            version = inventory.schema_version
            shops = len(inventory.shops())
            backups = inventory.backups
    except InventoryError as exc:
        return False, i18n.explain(exc)
    where: dict[str, ParamValue] = {"path": str(inventory.path), "version": version,
                                    "shops": shops}
    if backups:
        return True, _say("database_migrated", backup=str(backups[0]), **where)
    return True, _say("database_ok", **where)


def _imports(names: tuple[str, ...]) -> tuple[bool, Message]:
    found = []
    for name in names:
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # a broken install can raise anything here
            return False, _say("import_failed", module=name, error=f"{type(exc).__name__}: {exc}")
        found.append(f"{name} {getattr(module, '__version__', '')}".strip())
    return True, _say("imports_ok", modules=", ".join(found))


def check_soap() -> tuple[bool, Message]:
    return _imports(("zeep", "lxml.etree"))


def check_http() -> tuple[bool, Message]:
    return _imports(("httpx", "cobby_desktop.net.http"))


def check_ca_bundle() -> tuple[bool, Message]:
    bundle = ""
    try:
        import certifi

        path = certifi.where()
        if os.path.isfile(path) and os.path.getsize(path) > 0:
            bundle = path
    except Exception:  # noqa: S110 - reported below as missing
        pass
    try:
        import truststore  # noqa: F401

        system = True
    except Exception:
        system = False
    if bundle and system:
        return True, _say("ca_both", path=bundle)
    if bundle or system:
        return True, _say("ca_certifi", path=bundle) if bundle else _say("ca_truststore")
    return False, _say("ca_missing")


CHECKS: tuple[tuple[str, Callable[[], tuple[bool, Message | str]]], ...] = (
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
            ok, said = check()
        except Exception as exc:  # one broken check must not hide the others
            ok, said = False, _say("check_crashed", error=type(exc).__name__)
        detail = i18n.render(said) if isinstance(said, Message) else said
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
