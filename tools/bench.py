"""Benchmarks: how fast the app starts, how it scales, and that it never freezes.

    python tools/bench.py [--quick] [--shops N] [--runs N]

Prints one JSON object. Every measurement runs in a fresh child process (the
same interpreter, offscreen Qt, a throw-away COBBY_DESKTOP_HOME and an
in-memory keychain), so one section's imports or memory never colour another's:

- startup: process start to the main window's first paint, and the same for a
  bare PySide6 QWidget; both run alternately in the same invocation, so their
  ratio compares like with like under the same machine load.
- inventory: a store with many shops and credentials: opening and showing the
  first page, filter keystrokes, memory after opening.
- responsiveness: the longest gap between event-loop ticks while the window
  runs a full check against a loopback shop that answers every request late.
- work_per_check: requests and seconds of successful Magento 1 and 2 checks.
- idle_memory: the main window with a small inventory after idling.
- keepass_file: 1,000 shops with their secrets exported to a KDBX 4 file and
  imported into an empty data folder, with the key derivation's cost.

A developer tool: it lives in the checkout, never in the installed package or
the frozen app. The sections that talk to a shop use the loopback simulators in
tests/support, the sample inventory and the in-memory keychain come from there
too.

"Process start" is the parent's time.perf_counter() just before it spawns the
child; on Linux, macOS and Windows that clock is system-wide, so the child can
subtract it from its own reading. Interpreter start-up is therefore included.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Interpreter up, this module imported: the first phase of every startup child.
_IMPORTED_AT = time.perf_counter()

RESULT_PREFIX = "BENCH-RESULT "
T0_ENV = "COBBY_BENCH_T0"
PACKAGE_ROOT = Path(__file__).resolve().parents[1]
if str(PACKAGE_ROOT) not in sys.path:  # `python tools/bench.py` from the checkout
    sys.path.insert(0, str(PACKAGE_ROOT))
CHILD_TIMEOUT_S = 90

# Made-up shop names for the large inventory; searching "berg" narrows step by step.
_WORDS = (
    "Garten", "Berg", "Sport", "Kaffee", "Wein", "Möbel", "Tier", "Stoff", "Elektro",
    "Papier", "Hof", "Auto", "Spiel", "Natur", "Werkzeug", "Licht", "Bäcker", "Reit",
    "Musik", "Tee", "Fliesen", "Outdoor", "Mode", "Schuh",
)  # fmt: skip
_KINDS = ("Shop", "Handel", "Welt", "Haus", "Markt", "Direkt", "Profi", "Laden")


@dataclass(frozen=True)
class Plan:
    startup_runs: int
    shops: int
    slow_delay_s: float
    check_runs: int
    idle_s: float
    kdbx_shops: int = 1000


FULL = Plan(startup_runs=7, shops=10_000, slow_delay_s=2.0, check_runs=5, idle_s=1.0)
QUICK = Plan(
    startup_runs=2, shops=500, slow_delay_s=0.2, check_runs=1, idle_s=0.3, kdbx_shops=50
)


# --- small measurement helpers --------------------------------------------------


def _status_mb(field: str) -> float | None:
    """A VmRSS/VmHWM line of /proc/self/status in MB (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def rss_mb() -> float | None:
    """Resident memory now; the peak where only that is known (macOS)."""
    now = _status_mb("VmRSS")
    return now if now is not None else peak_rss_mb()


def peak_rss_mb() -> float | None:
    peak = _status_mb("VmHWM")
    if peak is not None:
        return peak
    try:
        import resource
    except ImportError:  # Windows
        return None
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _s(seconds: float) -> float:
    return round(seconds, 4)


def _median(values: list[float]) -> float:
    return _s(statistics.median(values))


def _emit(result: dict[str, Any]) -> None:
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def _simulators() -> tuple[Any, Any]:
    """(M1Simulator, M2Simulator) from a source checkout's tests/support."""
    support = PACKAGE_ROOT / "tests" / "support"
    if not (support / "m1_simulator.py").exists():
        raise SystemExit(
            "The check benchmarks need the loopback Magento simulators in tests/support, "
            "which are not installed with the app. Run the benchmark from a source checkout "
            f"(looked in {support})."
        )
    if str(PACKAGE_ROOT) not in sys.path:
        sys.path.insert(0, str(PACKAGE_ROOT))
    try:
        from tests.support import m1_simulator, m2_simulator
    except ImportError as exc:
        raise SystemExit(
            f"The loopback simulators could not be loaded ({exc}). Install the test extras: "
            "pip install -e '.[test]'."
        ) from None
    return m1_simulator.M1Simulator, m2_simulator.M2Simulator


# --- Qt helpers (imported lazily: the parent and the data children need no Qt) ---


def _spin(predicate: Callable[[], bool], timeout_s: float = 30.0) -> bool:
    """Run the event loop until predicate() holds (checked every 5 ms)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if predicate():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: predicate() and loop.quit())
    poll.start()
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    poll.stop()
    return predicate()


def _qt() -> Any:
    """Qt classes used by the GUI children, and the paint watcher."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class PaintWatcher(QObject):
        """Notes when a window is first painted, and when an armed widget has
        been painted again: a zero timer queued from its Paint event fires once
        the whole repaint (children included) is done. It filters the window
        and the armed widget only: an application-wide filter would call into
        Python for every event of every widget and slow the window it times."""

        def __init__(self, window: QWidget) -> None:
            super().__init__()
            self.window = window
            self.first_paint: float | None = None
            self.first_painted: float | None = None
            self.target: QWidget | None = None
            self.armed_painted: float | None = None
            self._armed_seen = False
            window.installEventFilter(self)

        def arm(self, widget: QWidget) -> None:
            if self.target is not None and self.target is not self.window:
                self.target.removeEventFilter(self)
            self.target, self.armed_painted, self._armed_seen = widget, None, False
            widget.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            now = time.perf_counter()
            if self.first_paint is None and watched is self.window:
                self.first_paint = now
                QTimer.singleShot(0, self._first_done)
            if watched is self.target and not self._armed_seen:
                self._armed_seen = True
                QTimer.singleShot(0, self._armed_done)
            return False

        def _first_done(self) -> None:
            self.first_painted = time.perf_counter()

        def _armed_done(self) -> None:
            self.armed_painted = time.perf_counter()

    class Tick:
        """A 10 ms precise timer recording when each tick was handled."""

        def __init__(self, interval_ms: int = 10) -> None:
            self.times: list[float] = []
            self.timer = QTimer()
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(interval_ms)
            self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))

        def gaps_between(self, start: float, end: float) -> list[float]:
            inside = [t for t in self.times if start <= t <= end]
            points = [start, *inside, end]
            return [b - a for a, b in zip(points, points[1:], strict=False)]

    class NS:
        pass

    ns = NS()
    ns.QApplication, ns.QWidget, ns.QTimer = QApplication, QWidget, QTimer
    ns.PaintWatcher, ns.spin, ns.Tick = PaintWatcher, _spin, Tick
    return ns


def _memory_vault() -> Any:
    """Never the real keychain: every keyring call in the child goes to memory."""
    from cobby_desktop.domain.vault import Vault
    from tests.support.memory_keyring import use_memory_keychain

    return Vault(use_memory_keychain())


class _Window:
    """The real app's main window over the data folder, with its load timed."""

    def __init__(self, qt: Any, app: Any, vault: Any) -> None:
        """`vault` a Vault, or a function that makes one: then, as in run_gui,
        the vault is handed over once the shops page is up."""
        from cobby_desktop.ui.main_window import MainWindow
        from cobby_desktop.ui.store_access import StoreAccess

        self.qt, self.app = qt, app
        self.started = time.perf_counter()
        later = callable(vault)
        self.store = StoreAccess(vault=None if later else vault, vault_later=later)
        # As run_gui: the shops page is built right after the first paint.
        self.window = MainWindow(self.store, defer_page=True)
        if later:  # as run_gui once the shops page is up: the log file, the vault
            self.window.page_ready.connect(lambda: self._on_screen(vault))
        self.built = time.perf_counter()
        self.watcher = qt.PaintWatcher(self.window)
        self.rows_at: float | None = None
        self.shown_at: float | None = None
        self.fill_s: float | None = None
        self.rows = 0
        on_rows = self.window._on_rows

        def timed_rows(*loaded: Any) -> None:
            model = getattr(self.window, "model", None)  # built with the shops page
            if model is not None and "set_rows" not in vars(model):
                fill = model.set_rows

                def timed_fill(*args: Any) -> None:  # the sort and the reset, GUI thread
                    began = time.perf_counter()
                    fill(*args)
                    self.fill_s = time.perf_counter() - began

                model.set_rows = timed_fill
            on_rows(*loaded)

        self.window._on_rows = timed_rows
        self.window.rows_loaded.connect(self._loaded)
        self.window.show()

    def _on_screen(self, vault: Callable[[], Any]) -> None:
        from cobby_desktop.ui.application import on_screen
        from cobby_desktop.ui.workers import start_job

        on_screen()
        job = start_job(lambda ctx: vault(), self.window)  # keyring loads off the GUI thread
        job.finished.connect(self.store.set_vault)

    def _loaded(self, count: int) -> None:
        if self.rows_at is None:
            self.rows_at, self.rows = time.perf_counter(), count
            self.watcher.arm(self.window.table.viewport())

    def wait_first_page(self, timeout_s: float = 60.0) -> bool:
        ok = self.qt.spin(
            lambda: (
                self.watcher.first_painted is not None
                and self.rows_at is not None
                and (self.rows == 0 or self.watcher.armed_painted is not None)
            ),
            timeout_s,
        )
        self.shown_at = self.watcher.armed_painted or self.rows_at
        return ok

    def close(self) -> None:
        from cobby_desktop.ui import workers

        self.window.close()
        job = self.store.close()
        self.qt.spin(lambda: job.done, 5)
        workers.shutdown()


# --- children ---------------------------------------------------------------------


def child_prepare(args: argparse.Namespace) -> dict[str, Any]:
    """Fill the data folder: the sample shops, or `--shops` generated ones."""
    from cobby_desktop.domain.store import Inventory

    vault = _memory_vault()
    started = time.perf_counter()
    with Inventory.open() as inventory:
        if args.shops:
            _populate_many(inventory, args.shops)
        else:
            from tests.support import sample

            sample.populate(inventory, vault)
        count = len(inventory.shops())
        creds = len(inventory.credentials())
    return {"shops": count, "credentials": creds, "seconds": _s(time.perf_counter() - started)}


def _populate_many(inventory: Any, count: int) -> None:
    """An agency-sized inventory: one workspace per shop, one or two credentials
    each (every fifth was rotated), the last test outcome set on most."""
    import random
    from datetime import UTC, datetime, timedelta

    from cobby_desktop.domain.model import (
        Credential,
        CredentialKind,
        CredentialState,
        MagentoMajor,
        Shop,
        TestOutcome,
        Workspace,
    )

    rng = random.Random(10)  # noqa: S311 - made-up data
    now = datetime.now(UTC)
    outcomes = [TestOutcome.OK, TestOutcome.OK, TestOutcome.NOTICE, TestOutcome.FAILED, None]
    with inventory.transaction():
        for i in range(count):
            name = f"{rng.choice(_WORDS)}{rng.choice(_KINDS).lower()} {rng.choice(_WORDS)} {i}"
            major = 1 if i % 4 == 0 else 2
            ws = inventory.add_workspace(Workspace(name=f"Workspace {i:05d}"))
            shop = inventory.add_shop(
                Shop(
                    base_url=f"https://shop{i:05d}.example/",
                    magento_major=MagentoMajor(major),
                    label=name,
                    workspace_id=ws.id,
                    magento_version="1.9.4.5" if major == 1 else f"2.4.{rng.randint(4, 7)}",
                )
            )
            kind = CredentialKind.M1_API_KEY if major == 1 else CredentialKind.M2_INTEGRATION
            user = "cobby_api" if major == 1 else "cobby"
            if i % 5 == 0:
                inventory.add_credential(
                    Credential(shop.id, kind, user, state=CredentialState.REVOKED)
                )
            outcome = outcomes[i % len(outcomes)]
            inventory.add_credential(
                Credential(
                    shop.id,
                    kind,
                    user,
                    state=CredentialState.ACTIVE,
                    last_tested_at=now - timedelta(hours=i % 500) if outcome else None,
                    last_test_outcome=outcome,
                    last_test_summary="made-up" if outcome else None,
                )
            )


def child_startup_app(args: argparse.Namespace) -> dict[str, Any]:
    """The GUI start as `cobby-desktop` does it (app.main: the platform check,
    then run_gui), up to the first paint and the rows."""
    from cobby_desktop.platform_check import check_gui_start

    if check_gui_start([]) is not None:
        raise SystemExit("Qt's platform plugin cannot load here")
    qt = _qt()
    from cobby_desktop.ui.application import start_application
    from cobby_desktop.ui.main_window import MainWindow  # noqa: F401 - import phase
    from cobby_desktop.ui.store_access import StoreAccess  # noqa: F401 - import phase

    imported = time.perf_counter()
    app = start_application([])
    win = _Window(qt, app, _memory_vault)
    ok = win.wait_first_page()
    watcher, t0 = win.watcher, float(os.environ[T0_ENV])
    result = {
        "ok": ok,
        "first_paint_s": _s(watcher.first_painted - t0) if watcher.first_painted else None,
        "rows_shown_s": _s(win.shown_at - t0) if win.shown_at else None,
        "rows": win.rows,
        "phases_s": {
            "interpreter": _s(_IMPORTED_AT - t0),
            "imports": _s(imported - _IMPORTED_AT),
            "application_and_window": _s(win.built - imported),
            "until_first_paint": _s((watcher.first_painted or win.built) - win.built),
        },
    }
    win.close()
    return result


def child_startup_bare(args: argparse.Namespace) -> dict[str, Any]:
    """A bare PySide6 window of about the same size, through the same entry point."""
    qt = _qt()
    imported = time.perf_counter()
    app = qt.QApplication([sys.argv[0]])
    window = qt.QWidget()
    window.setWindowTitle("bare")
    screen = app.primaryScreen().availableGeometry()
    window.resize(int(screen.width() * 0.92), int(screen.height() * 0.9))
    watcher = qt.PaintWatcher(window)
    window.show()
    built = time.perf_counter()
    ok = qt.spin(lambda: watcher.first_painted is not None)
    t0 = float(os.environ[T0_ENV])
    result = {
        "ok": ok,
        "first_paint_s": _s(watcher.first_painted - t0) if watcher.first_painted else None,
        "phases_s": {
            "interpreter": _s(_IMPORTED_AT - t0),
            "imports": _s(imported - _IMPORTED_AT),
            "application_and_window": _s(built - imported),
            "until_first_paint": _s((watcher.first_painted or built) - built),
        },
    }
    if args.idle:
        qt.spin(lambda: False, args.idle)
        result["rss_mb"] = rss_mb()
    window.close()
    return result


def child_idle_app(args: argparse.Namespace) -> dict[str, Any]:
    qt = _qt()
    from cobby_desktop.ui.application import create_application

    app = create_application([])
    win = _Window(qt, app, _memory_vault)
    ok = win.wait_first_page()
    qt.spin(lambda: False, args.idle)  # idle: timers, the age refresh, nothing else
    result = {"ok": ok, "rows": win.rows, "rss_mb": rss_mb(), "peak_rss_mb": peak_rss_mb()}
    win.close()
    return result


def child_scale(args: argparse.Namespace) -> dict[str, Any]:
    """Open the big inventory in the main window, type into the search box."""
    qt = _qt()
    from cobby_desktop.ui.application import create_application

    app = create_application([])
    vault = _memory_vault()
    rss_before = rss_mb()
    tick = qt.Tick(10)
    tick.timer.start()
    win = _Window(qt, app, vault)
    ok = win.wait_first_page(90)
    tick.timer.stop()
    rss_after = rss_mb()
    window, t0 = win.window, win.started
    result: dict[str, Any] = {
        "ok": ok,
        "shops": win.rows,
        "open_to_first_page_s": _s(win.shown_at - t0) if win.shown_at else None,
        "window_built_s": _s(win.built - t0),
        "rows_arrived_s": _s(win.rows_at - t0) if win.rows_at else None,
        "model_fill_and_sort_s": _s(win.fill_s) if win.fill_s is not None else None,
        "longest_event_loop_gap_while_opening_ms": _ms(
            max(tick.gaps_between(win.built, win.shown_at or win.built))
        ),
        "process_start_to_first_page_s": (
            _s(win.shown_at - float(os.environ[T0_ENV])) if win.shown_at else None
        ),
        "rss_mb_before_window": rss_before,
        "rss_mb_after_open": rss_after,
    }

    def keystroke(text: str) -> tuple[float, float, int]:
        """(filter seconds, seconds until repainted, rows shown)."""
        win.watcher.arm(window.table.viewport())
        began = time.perf_counter()
        window.search.setText(text)  # textChanged -> proxy re-filter, synchronously
        filtered = time.perf_counter() - began
        # A filter that keeps every row repaints nothing by itself: ask for the
        # one repaint a changed result would cause, so every sample has one.
        window.table.viewport().update()
        qt.spin(lambda: win.watcher.armed_painted is not None, 5)
        painted = (win.watcher.armed_painted or time.perf_counter()) - began
        return filtered, painted, window.proxy.rowCount()

    first, narrowing, clearing = [], [], []
    rows_after_first = 0
    for _ in range(args.runs):
        typed = ""
        for number, char in enumerate("berg"):
            typed += char
            filtered, painted, shown = keystroke(typed)
            if number == 0:
                first.append((filtered, painted))
                rows_after_first = shown
            else:
                narrowing.append((filtered, painted))
        clearing.append(keystroke("")[:2])

    def summary(samples: list[tuple[float, float]]) -> dict[str, float]:
        return {
            "filter_s": _median([f for f, _ in samples]),
            "until_painted_s": _median([p for _, p in samples]),
            "samples": len(samples),
        }

    result["keystroke_first_char"] = summary(first) | {"rows_shown": rows_after_first}
    result["keystroke_narrowing"] = summary(narrowing)
    result["keystroke_clear"] = summary(clearing) | {"rows_shown": window.proxy.rowCount()}
    result["peak_rss_mb"] = peak_rss_mb()
    win.close()

    from cobby_desktop.domain.store import Inventory

    began = time.perf_counter()
    with Inventory.open() as inventory:
        opened = time.perf_counter()
        inventory.rows()
    result["store_only"] = {
        "open_s": _s(opened - began),
        "rows_s": _s(time.perf_counter() - opened),
    }
    return result


def child_serve_m2(args: argparse.Namespace) -> dict[str, Any]:
    """A slow Magento 2 simulator in its own process, so its threads never share
    the measured process's interpreter; lives until stdin closes."""
    _, m2_simulator = _simulators()
    with m2_simulator(delay=args.delay) as shop:
        print(json.dumps({"url": shop.url, "values": shop.values}), flush=True)
        sys.stdin.read()
    return {}


def child_responsive(args: argparse.Namespace) -> dict[str, Any]:
    """Run the window's own connection test against the slow shop while a 10 ms
    timer measures how late the event loop gets to it."""
    _simulators()  # fail early, with the message, outside a source checkout
    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", "serve-m2",
         "--delay", str(args.delay)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=os.environ.copy(),
    )  # fmt: skip
    try:
        assert server.stdout is not None
        shop_info = json.loads(server.stdout.readline())
        return _responsive(args, shop_info)
    finally:
        if server.stdin is not None:
            server.stdin.close()
        try:
            server.wait(5)
        except subprocess.TimeoutExpired:
            server.kill()


def _responsive(args: argparse.Namespace, shop_info: dict[str, Any]) -> dict[str, Any]:
    qt = _qt()
    from cobby_desktop.domain.model import (
        Credential,
        CredentialKind,
        CredentialState,
        MagentoMajor,
        Shop,
    )
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.secret import Secret
    from cobby_desktop.ui.application import create_application

    vault = _memory_vault()
    with Inventory.open() as inventory:
        shop = inventory.add_shop(
            Shop(base_url=shop_info["url"], magento_major=MagentoMajor.M2, label="Slow shop")
        )
        cred = inventory.add_credential(
            Credential(shop.id, CredentialKind.M2_INTEGRATION, "cobby", CredentialState.ACTIVE)
        )
        vault.put_credential(cred, {k: Secret(v) for k, v in shop_info["values"].items()})

    app = create_application([])
    win = _Window(qt, app, vault)
    ok = win.wait_first_page()
    tick = qt.Tick(10)
    tick.timer.start()
    idle_from = time.perf_counter()
    qt.spin(lambda: False, 0.5)
    idle_gaps = tick.gaps_between(idle_from, time.perf_counter())

    reports: list[Any] = []
    win.window.test_finished.connect(reports.append)
    row = win.window.model.rows()[0]
    began = time.perf_counter()
    job = win.window.test_row(row)
    finished = qt.spin(lambda: bool(reports), 20 * args.delay + 30)
    ended = time.perf_counter()
    tick.timer.stop()
    gaps = tick.gaps_between(began, ended)
    report = reports[0] if reports else None
    result = {
        "ok": ok and finished and job is not None,
        "shop_delay_s": args.delay,
        "timer_interval_ms": 10,
        "check_s": _s(ended - began),
        "check_requests": getattr(report, "requests", None),
        "check_passed": bool(getattr(report, "ok", False)),
        "ticks": len(gaps) - 1,
        "max_gap_ms": _ms(max(gaps)),
        "p99_gap_ms": _ms(statistics.quantiles(gaps, n=100)[98]) if len(gaps) > 2 else None,
        "median_gap_ms": _ms(statistics.median(gaps)),
        "gaps_over_50ms": sum(1 for g in gaps if g > 0.05),
        "idle_max_gap_ms": _ms(max(idle_gaps)),
    }
    win.close()
    return result


def child_work(args: argparse.Namespace) -> dict[str, Any]:
    """Requests and seconds of successful checks against the simulators."""
    m1_simulator, m2_simulator = _simulators()
    from cobby_desktop.domain.diagnosis import CheckInput, diagnose
    from cobby_desktop.magento1.check import check_m1
    from cobby_desktop.magento2.check import check_m2
    from cobby_desktop.net.http import HttpPolicy
    from cobby_desktop.secret import Secret

    policy = HttpPolicy(connect_timeout=2.0, read_timeout=5.0)

    def measure(run: Callable[[], Any], served: Callable[[], int]) -> dict[str, Any]:
        times, sent, seen, passed = [], set(), set(), True
        for _ in range(args.runs):
            before = served()
            began = time.perf_counter()
            result = run()
            times.append(time.perf_counter() - began)
            sent.add(result.requests)
            seen.add(served() - before)
            passed = passed and bool(result.ok)
        return {
            "passed": passed,
            "requests": sorted(sent)[0] if len(sent) == 1 else sorted(sent),
            "requests_seen_by_shop": sorted(seen)[0] if len(seen) == 1 else sorted(seen),
            "first_s": _s(times[0]),
            "median_s": _median(times),
            "runs": len(times),
        }

    user, key = "cobby_api", "cobby12345key"  # the simulator's made-up default user
    out: dict[str, Any] = {"simulators_tcp_nodelay": True}
    with m1_simulator() as shop:
        served = lambda: len(shop.requests)  # noqa: E731
        out["m1_check"] = measure(
            lambda: check_m1(shop.url, user, Secret(key), policy=policy), served
        )
        inp = CheckInput(url=shop.url, api_user=user, secrets={"api_key": Secret(key)},
                         policy=policy)  # fmt: skip
        out["m1_full_diagnosis"] = measure(lambda: diagnose(inp), served)
    with m2_simulator() as shop:
        served2 = lambda: len(shop.requests)  # noqa: E731
        out["m2_check"] = measure(lambda: check_m2(shop.url, shop.tokens, policy=policy), served2)
        secrets = {k: Secret(v) for k, v in shop.values.items()}
        inp2 = CheckInput(url=shop.url, secrets=secrets, policy=policy)
        out["m2_full_diagnosis"] = measure(lambda: diagnose(inp2), served2)
    return out


def _populate_with_secrets(inventory: Any, vault: Any, count: int) -> None:
    """`count` shops, each in its own workspace with a license key and one
    active credential with its secrets (made-up values)."""
    from cobby_desktop.domain.model import (
        Credential,
        CredentialKind,
        CredentialState,
        MagentoMajor,
        Shop,
        Workspace,
    )
    from cobby_desktop.domain.vault import SecretRef
    from cobby_desktop.secret import Secret

    with inventory.transaction():
        for i in range(count):
            ws = inventory.add_workspace(Workspace(f"Workspace {i:05d}", has_license_key=True))
            ref = SecretRef.license_key(ws.id, inventory.vault_space)
            vault.put(ref, Secret(f"license-{i:05d}-made-up"))
            major = MagentoMajor.M1 if i % 4 == 0 else MagentoMajor.M2
            shop = inventory.add_shop(
                Shop(f"https://shop{i:05d}.example", major, f"Shop {i:05d}",
                     workspace_id=ws.id, magento_version="2.4.7")
            )  # fmt: skip
            kind = CredentialKind.M1_API_KEY if i % 4 == 0 else CredentialKind.M2_INTEGRATION
            cred = inventory.add_credential(
                Credential(shop.id, kind, "cobby", state=CredentialState.ACTIVE)
            )
            values = {f: Secret(f"{f}-{i:05d}-made-up") for f in kind.secret_fields}
            vault.put_credential(cred, values)


def _kdf_cost(path: Path, passphrase: str) -> dict[str, Any]:
    """The file's key derivation as written, and one derivation timed alone
    (argon2-cffi, which pykeepass itself uses)."""
    from argon2.low_level import Type, hash_secret_raw
    from pykeepass import PyKeePass

    kp = PyKeePass(str(path), password=passphrase)
    params = kp.kdbx.header.value.dynamic_header.kdf_parameters.data.dict  # read only
    memory_kib = params["M"].value // 1024
    iterations, lanes = params["I"].value, params["P"].value
    began = time.perf_counter()
    hash_secret_raw(b"x" * 32, params["S"].value, iterations, memory_kib, lanes, 32,
                    Type.D if kp.kdf_algorithm == "argon2" else Type.ID)  # fmt: skip
    return {
        "format": f"KDBX {kp.version[0]}.{kp.version[1]}",
        "kdf": kp.kdf_algorithm, "memory_mib": memory_kib // 1024,
        "iterations": iterations, "parallelism": lanes,
        "one_derivation_s": _s(time.perf_counter() - began),
        "derivations": "export 3 (pykeepass's blank template, its first save, the final "
                       "save), import 1",
    }  # fmt: skip


def child_kdbx(args: argparse.Namespace) -> dict[str, Any]:
    """Export `--shops` shops with their secrets to a KeePass file, then import
    it into an empty data folder and a second, empty in-memory keychain, then
    import it again (nothing to change)."""
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault
    from cobby_desktop.secret import Secret
    from cobby_desktop.services.kdbx_export import export_kdbx
    from cobby_desktop.services.kdbx_import import Change, apply_import, plan_import
    from cobby_desktop.services.kdbx_read import read_kdbx
    from tests.support.memory_keyring import MemoryKeyring

    home = Path(os.environ["COBBY_DESKTOP_HOME"])
    passphrase = Secret("made-up bench passphrase")
    source_vault, target_vault = Vault(MemoryKeyring()), Vault(MemoryKeyring())
    path = home / "shops.kdbx"
    with Inventory.open(home / "a" / "inventory.sqlite3") as source:
        _populate_with_secrets(source, source_vault, args.shops)
        began = time.perf_counter()
        exported = export_kdbx(source, source_vault, path, passphrase)
        export_s = time.perf_counter() - began
    with Inventory.open(home / "b" / "inventory.sqlite3") as target:
        began = time.perf_counter()
        document = read_kdbx(path, passphrase)
        plan = plan_import(target, target_vault, document)
        result = apply_import(target, target_vault, document)
        import_s = time.perf_counter() - began
        began = time.perf_counter()
        again = apply_import(target, target_vault, read_kdbx(path, passphrase))
        again_s = time.perf_counter() - began
    return {
        "shops": exported.shops, "file_kb": path.stat().st_size // 1024,
        "export_s": _s(export_s), "import_s": _s(import_s),
        "import_added": result.added, "previewed_added": plan.count(Change.ADDED),
        "reimport_s": _s(again_s), "reimport_unchanged": again.unchanged,
        "key_derivation": _kdf_cost(path, passphrase.reveal()),
    }  # fmt: skip


CHILDREN: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "prepare": child_prepare,
    "startup-app": child_startup_app,
    "startup-bare": child_startup_bare,
    "idle-app": child_idle_app,
    "scale": child_scale,
    "serve-m2": child_serve_m2,
    "responsive": child_responsive,
    "work": child_work,
    "kdbx": child_kdbx,
}


# --- the parent -------------------------------------------------------------------


def _child(name: str, home: Path, *extra: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COBBY_DESKTOP_HOME=str(home))
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PACKAGE_ROOT), os.environ.get("PYTHONPATH", "")) if p
    )
    env.pop("QT_SCALE_FACTOR", None)
    # Imports as an installed app does them, from cached bytecode (pip and
    # PyInstaller compile it), even where PYTHONDONTWRITEBYTECODE is set: a
    # cache beside the throw-away homes, filled by the warm-up runs.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home.parent / "pycache")
    # The child installs an in-memory keychain itself; anything that still asks
    # keyring for its default gets the failing backend, never the real keychain.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    command = [sys.executable, str(Path(__file__).resolve()), "--child", name, *extra]
    env[T0_ENV] = repr(time.perf_counter())
    began = time.perf_counter()
    proc = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False
    )
    if os.environ.get("COBBY_BENCH_VERBOSE"):
        print(f"{name}: {time.perf_counter() - began:.2f} s", file=sys.stderr)
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX) :])
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
    raise RuntimeError(
        f"benchmark step {name} failed (exit {proc.returncode}): " + " | ".join(tail)
    )


def _machine() -> dict[str, Any]:
    import PySide6
    from PySide6.QtCore import qVersion

    info: dict[str, Any] = {
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
    }
    if hasattr(os, "sched_getaffinity"):
        info["cpus_usable"] = len(os.sched_getaffinity(0))
    try:
        total = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
        info["memory_gb"] = round(int(total) / 1024 / 1024, 1)
    except (OSError, IndexError, ValueError):
        pass
    if hasattr(os, "getloadavg"):
        info["load_avg_1min_at_start"] = round(os.getloadavg()[0], 2)
    return info


def _startup(plan: Plan, home: Path) -> dict[str, Any]:
    app_runs, bare_runs = [], []
    _child("startup-app", home)  # warm-up, not counted: bytecode cache, disk cache
    _child("startup-bare", home)
    for _ in range(plan.startup_runs):  # alternate, so load changes hit both alike
        app_runs.append(_child("startup-app", home))
        bare_runs.append(_child("startup-bare", home))

    def phases(runs: list[dict[str, Any]]) -> dict[str, float]:
        return {k: _median([r["phases_s"][k] for r in runs]) for k in runs[0]["phases_s"]}

    app_median = _median([r["first_paint_s"] for r in app_runs])
    bare_median = _median([r["first_paint_s"] for r in bare_runs])
    return {
        "runs": plan.startup_runs,
        "app_first_paint_median_s": app_median,
        "app_rows_shown_median_s": _median([r["rows_shown_s"] for r in app_runs]),
        "bare_pyside6_first_paint_median_s": bare_median,
        "ratio_app_to_bare": round(app_median / bare_median, 2),
        "app_phases_median_s": phases(app_runs),
        "bare_phases_median_s": phases(bare_runs),
        "app_first_paint_s": [r["first_paint_s"] for r in app_runs],
        "bare_first_paint_s": [r["first_paint_s"] for r in bare_runs],
        "inventory": "the 20 sample shops",
    }


def run_all(plan: Plan) -> dict[str, Any]:
    _simulators()  # fail before anything else outside a source checkout
    started = time.perf_counter()
    report: dict[str, Any] = {"quick": plan is QUICK, "machine": _machine()}
    with tempfile.TemporaryDirectory(prefix="cobby-bench-") as tmp:
        root = Path(tmp)
        small, big, slow, idle = (root / n for n in ("small", "big", "slow", "idle"))
        _child("prepare", small)
        report["startup"] = _startup(plan, small)

        prepared = _child("prepare", big, "--shops", str(plan.shops))
        scale = _child("scale", big, "--runs", str(max(1, plan.check_runs)))
        report["inventory_scale"] = {"populate": prepared, **scale}

        report["responsiveness"] = _child("responsive", slow, "--delay", str(plan.slow_delay_s))
        report["work_per_check"] = _child("work", root / "work", "--runs", str(plan.check_runs))
        report["keepass_file"] = _child("kdbx", root / "kdbx", "--shops", str(plan.kdbx_shops))

        _child("prepare", idle)
        app = _child("idle-app", idle, "--idle", str(plan.idle_s))
        bare = _child("startup-bare", idle, "--idle", str(plan.idle_s))
        report["idle_memory"] = {
            "idle_s": plan.idle_s,
            "app_rss_mb": app["rss_mb"],
            "app_peak_rss_mb": app["peak_rss_mb"],
            "app_rows": app["rows"],
            "bare_pyside6_rss_mb": bare.get("rss_mb"),
        }
    report["bench_seconds"] = round(time.perf_counter() - started, 1)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python tools/bench.py", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--quick", action="store_true", help="few runs, 500 shops (for tests)")
    parser.add_argument("--shops", type=int, help="shops in the large inventory")
    parser.add_argument("--runs", type=int, help="startup runs (each a fresh process)")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--delay", type=float, default=0.0, help=argparse.SUPPRESS)
    parser.add_argument("--idle", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        args.runs = args.runs or 1
        result = CHILDREN[args.child](args)
        if args.child != "serve-m2":
            _emit(result)
        return 0

    plan = QUICK if args.quick else FULL
    if args.shops is not None or args.runs is not None:
        plan = Plan(
            startup_runs=args.runs or plan.startup_runs,
            shops=args.shops if args.shops is not None else plan.shops,
            slow_delay_s=plan.slow_delay_s,
            check_runs=plan.check_runs,
            idle_s=plan.idle_s,
            kdbx_shops=plan.kdbx_shops,
        )
    try:
        report = run_all(plan)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"cobby-desktop bench: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
