"""A newcomer's start works or says why: when Qt's xcb platform plugin cannot
load, one readable line names the missing libraries and the Debian/Ubuntu
packages, instead of Qt's abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cobby_desktop import platform_check
from cobby_desktop.platform_check import (
    check_gui_start,
    debian_package,
    missing_libraries,
    wants_xcb,
    xcb_plugin,
)


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_debian_package_names(soname, package):
    assert debian_package(soname) == package


def test_only_an_x11_start_is_checked():
    assert wants_xcb({"DISPLAY": ":0"}, [])
    assert not wants_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, [])
    assert not wants_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, [])
    assert wants_xcb({"QT_QPA_PLATFORM": "xcb"}, [])
    assert wants_xcb({}, ["-platform", "xcb"])
    assert not wants_xcb({"DISPLAY": ":0"}, ["-platform", "offscreen"])
    assert check_gui_start([], {"QT_QPA_PLATFORM": "offscreen"}) is None


def _plugin_needing(tmp_path: Path, soname: str) -> Path:
    """A shared library that needs `soname`, which then is removed."""
    gcc = shutil.which("gcc") or shutil.which("cc")
    if gcc is None:
        pytest.skip("no C compiler to build a plugin with a missing library")
    dep = tmp_path / soname
    (tmp_path / "dep.c").write_text("int cobby_dep(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text(
        "int cobby_dep(void);\nint f(void) { return cobby_dep(); }\n"
    )
    subprocess.run(
        [gcc, "-shared", "-fPIC", f"-Wl,-soname,{soname}", "-o", str(dep), str(tmp_path / "dep.c")],
        check=True,
    )
    plugin = tmp_path / "libqxcb.so"
    subprocess.run(
        [gcc, "-shared", "-fPIC", "-o", str(plugin), str(tmp_path / "plugin.c"), str(dep)],
        check=True,
    )
    dep.unlink()
    return plugin


def test_a_missing_library_is_named_with_its_package(tmp_path, monkeypatch):
    plugin = _plugin_needing(tmp_path, "libcobbytestgone.so.7")
    assert missing_libraries(plugin) == ["libcobbytestgone.so.7"]
    monkeypatch.setattr(platform_check, "xcb_plugin", lambda: plugin)
    monkeypatch.setattr(sys, "platform", "linux")
    problem = check_gui_start([], {"DISPLAY": ":0"})
    assert problem is not None and problem.code == "start.libraries_missing"
    assert problem.params == {"libraries": "libcobbytestgone.so.7",
                              "packages": "libcobbytestgone7"}


def test_the_real_start_says_why_or_the_plugin_loads(tmp_path):
    """On this machine: either the real xcb plugin loads, or `cobby-desktop`
    exits 1 with the one line, never Qt's abort."""
    plugin = xcb_plugin()
    assert plugin is not None, "PySide6 ships the xcb plugin"
    missing = missing_libraries(plugin)
    if not missing:
        assert check_gui_start([], {"DISPLAY": ":0"}) is None
        return
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = ":0"
    done = subprocess.run(
        [sys.executable, "-m", "cobby_desktop"], env=env, capture_output=True, text=True,
        timeout=60,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    for name in missing:
        assert name in lines[0] and debian_package(name) in lines[0]
