"""Benchmark of the frozen one-folder app; prints one JSON object.

    python build/bench_frozen.py [--dist build/out/dist/cobby-desktop] [--build] [--runs 5]

Reports the folder size in MB, the median wall time of `cobby-desktop-cli
--version` and of `cobby-desktop-cli self-test` (offscreen, a throw-away data
folder; self-test needs an unlocked keychain, so its exit code is reported
too), the median time from starting the windowed `cobby-desktop` to the main
window's first paint over the 20 sample shops (the app prints "first paint"
and quits when COBBY_DESKTOP_EXIT_AFTER_FIRST_PAINT=1), the build time when
--build is given, and what the spec left out compared with the installed
PySide6 (modules, plugins, translations).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIST = ROOT / "build" / "out" / "dist" / "cobby-desktop"
CLI = "cobby-desktop-cli.exe" if sys.platform == "win32" else "cobby-desktop-cli"
GUI = "cobby-desktop.exe" if sys.platform == "win32" else "cobby-desktop"


def folder_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return round(total / 1_000_000, 1)


def build(dist_root: Path, work: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist_root), "--workpath", str(work), str(ROOT / "installer.spec")],
        cwd=ROOT, check=True,
    )
    return round(time.perf_counter() - started, 1)


def timed_runs(app: Path, args: list[str], runs: int) -> dict[str, object]:
    times, codes = [], set()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COBBY_DESKTOP_HOME=home)
        for _ in range(runs):
            started = time.perf_counter()
            proc = subprocess.run([str(app / CLI), *args], env=env, capture_output=True,
                                  timeout=120, check=False)
            times.append(time.perf_counter() - started)
            codes.add(proc.returncode)
    return {"median_s": round(statistics.median(times), 3), "runs": runs,
            "exit_codes": sorted(codes)}


def _sample_home(home: Path) -> None:
    """The 20 sample shops in `home`, written by this checkout's code (their
    secrets go to an in-memory keychain: the timed start never reads them)."""
    os.environ["COBBY_DESKTOP_HOME"] = str(home)
    sys.path.insert(0, str(ROOT))
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault
    from tests.support.memory_keyring import use_memory_keychain
    from tests.support.sample import populate

    with Inventory.open() as inventory:
        populate(inventory, Vault(use_memory_keychain()))


def _until_first_paint(app: Path, env: dict[str, str]) -> float:
    """Seconds from starting the windowed app to its "first paint" line (where
    a windowed program has no stdout, as on Windows: until it has quit)."""
    started = time.perf_counter()
    proc = subprocess.Popen([str(app / GUI)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    painted = None
    for line in proc.stdout:
        if line.strip() == "first paint":
            painted = time.perf_counter() - started
    proc.wait(120)
    return painted if painted is not None else time.perf_counter() - started


def first_paint(app: Path, runs: int) -> dict[str, object]:
    """The main window's first paint, as the merchant starts the app (offscreen)."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        _sample_home(home)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COBBY_DESKTOP_HOME=str(home),
                   COBBY_DESKTOP_EXIT_AFTER_FIRST_PAINT="1",
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        _until_first_paint(app, env)  # warm-up: the disk cache, as on a second start
        times = [_until_first_paint(app, env) for _ in range(runs)]
    return {"median_s": round(statistics.median(times), 3), "runs": runs,
            "min_s": round(min(times), 3), "max_s": round(max(times), 3),
            "inventory": "the 20 sample shops"}


def left_out(app: Path) -> dict[str, object]:
    """What the installed PySide6 has and the frozen folder does not."""
    import PySide6

    source = Path(PySide6.__file__).parent
    frozen = next(app.rglob("PySide6"), None)
    if frozen is None:
        return {}

    def rel(base: Path, pattern: str) -> set[str]:
        return {p.relative_to(base).as_posix() for p in base.glob(pattern)}

    modules = {n.split(".")[0] for n in rel(source, "Qt*.*") if not n.endswith((".pyi", ".py"))}
    kept_modules = {n.split(".")[0] for n in rel(frozen, "Qt*.*")}
    plugin_glob = "Qt/plugins/*/*" if (source / "Qt").is_dir() else "plugins/*/*"
    plugins = rel(source, plugin_glob)
    kept_plugins = rel(frozen, plugin_glob)
    translations = rel(source, "**/translations/*.qm")
    kept_translations = rel(frozen, "**/translations/*.qm")
    return {
        "qt_modules": sorted(modules - kept_modules),
        "qt_plugin_folders": sorted({p.split("/")[-2] for p in plugins - kept_plugins}),
        "qt_plugins_dropped": len(plugins - kept_plugins),
        "qt_plugins_kept": sorted(p.split("/")[-1] for p in kept_plugins),
        "qt_translations_dropped": len(translations - kept_translations),
        "qt_translations_kept": sorted(t.split("/")[-1] for t in kept_translations),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=DEFAULT_DIST)
    parser.add_argument("--build", action="store_true", help="build first and time the build")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    report: dict[str, object] = {"platform": sys.platform}
    if args.build:
        report["build_s"] = build(args.dist.parent, ROOT / "build" / "work")
    if not (args.dist / CLI).exists():
        print(f"No frozen app at {args.dist}; build it first or pass --build.", file=sys.stderr)
        return 2
    report["folder_mb"] = folder_mb(args.dist)
    report["startup_version"] = timed_runs(args.dist, ["--version"], args.runs)
    report["startup_self_test"] = timed_runs(args.dist, ["self-test"], args.runs)
    report["first_paint"] = first_paint(args.dist, args.runs)
    report["left_out"] = left_out(args.dist)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
