"""Before the window opens on Linux: can Qt load its X11 (xcb) platform plugin?

When a system library the plugin needs is missing, Qt aborts the process
(exit 134) with a message that often names the wrong library. This check runs
first and, if the plugin cannot load, says in one line which libraries are
missing and which Debian/Ubuntu packages bring them. No Qt import here: it
must work when Qt itself cannot start.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, entry

entry(
    "start.libraries_missing",
    QT_TRANSLATE_NOOP(
        "Start",
        "cobby Desktop cannot open its window: the system libraries {libraries} are missing. "
        "On Debian or Ubuntu install them with: sudo apt install {packages}",
    ),
)

# Sonames whose Debian package does not follow "libfoo.so.N" -> "libfooN".
_PACKAGE_EXCEPTIONS = {
    "libz.so.1": "zlib1g",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libharfbuzz.so.0": "libharfbuzz0b",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships `soname` (their naming rule:
    libxcb-cursor.so.0 -> libxcb-cursor0, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0)."""
    if soname in _PACKAGE_EXCEPTIONS:
        return _PACKAGE_EXCEPTIONS[soname]
    base, sep, version = soname.partition(".so.")
    if not sep:
        return soname.lower()
    version = version.split(".")[0]
    base = base.lower()
    return f"{base}-{version}" if base[-1:].isdigit() else f"{base}{version}"


def xcb_plugin() -> Path | None:
    """The xcb platform plugin of the installed (or frozen) PySide6."""
    spec = importlib.util.find_spec("PySide6")
    roots = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    for root in roots:
        for candidate in (
            root / "Qt" / "plugins" / "platforms" / "libqxcb.so",
            root / "plugins" / "platforms" / "libqxcb.so",
        ):
            if candidate.exists():
                return candidate
    return None


def wants_xcb(env: Mapping[str, str], argv: Sequence[str]) -> bool:
    """Whether Qt would pick the xcb plugin: asked for by name, or an X display
    and no other choice (a Wayland session is left to Qt)."""
    if "-platform" in argv:
        index = argv.index("-platform")
        return index + 1 < len(argv) and argv[index + 1].startswith("xcb")
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].startswith("xcb")
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def missing_libraries(plugin: Path) -> list[str]:
    """The sonames the plugin cannot find; [] when it loads."""
    import ctypes  # here, not at every start: only an X11 start needs them
    import shutil
    import subprocess

    try:
        ctypes.CDLL(str(plugin))  # Qt loads it the same way a moment later
        return []
    except OSError as exc:
        first = str(exc).split(":")[0].strip()
    ldd = shutil.which("ldd")
    found: list[str] = []
    if ldd is not None:
        try:
            out = subprocess.run(
                [ldd, str(plugin)], capture_output=True, text=True, timeout=10, check=False
            ).stdout
            found = list(dict.fromkeys(_NOT_FOUND.findall(out)))
        except (OSError, subprocess.SubprocessError):
            found = []
    if not found and first.startswith("lib"):
        found = [first]
    return found


def start_problem(missing: Sequence[str]) -> Message:
    """One line for the terminal: what is missing and how to install it."""
    packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
    return Message(
        "start.libraries_missing", {"libraries": ", ".join(missing), "packages": packages}
    )


def check_gui_start(
    argv: Sequence[str], env: Mapping[str, str] | None = None
) -> Message | None:
    """None when the window can start (or this is not Linux/xcb); else what to say."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or not wants_xcb(env, argv):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None  # no xcb plugin shipped: Qt's own message is all there is
    missing = missing_libraries(plugin)
    return start_problem(missing) if missing else None
