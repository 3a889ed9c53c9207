"""The GUI application shell: Qt setup, logging, the crash dialog, clean exit.

- Logs go to a rotating file in the data folder; a stream handler is added
  only when there is a stream (a frozen Windows app has sys.stderr None).
- Every log record and every crash report passes through `redact`, which
  masks the values of Secret objects it can find and anything that looks like
  a token or a long key, so a secret in an exception message stays out of the
  files the merchant may send to support.
- Before quitting, background jobs are cancelled and waited for, the
  clipboard is cleared if it still holds a copied secret, and the inventory
  is closed on the worker that opened it.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from cobby_desktop import __version__, paths
from cobby_desktop.secret import Secret
from cobby_desktop.ui.redaction import redact as redact

# Imported where first used, not at start-up: logging.handlers (the log file
# is opened after the first paint), platform and datetime (crash reports),
# the crash dialog.
if TYPE_CHECKING:
    from cobby_desktop.domain.vault import Vault
    from cobby_desktop.services.context import AppContext
    from cobby_desktop.ui.crash_dialog import CrashDialog
    from cobby_desktop.ui.store_access import StoreAccess

log = logging.getLogger(__name__)

APP_NAME = "cobby Desktop"
ORG_NAME = "cobby"
ORG_DOMAIN = "cobby.io"
LOG_FILE = "cobby-desktop.log"
# Set to 1: quit right after the first paint (start-up benchmarks).
EXIT_AFTER_FIRST_PAINT = "COBBY_DESKTOP_EXIT_AFTER_FIRST_PAINT"

def _children(value: object) -> list[object]:
    """What a container or an object holds (at most 200 of them)."""
    if isinstance(value, dict):
        return list(value.values())[:200]
    if isinstance(value, list | tuple | set | frozenset):
        return list(value)[:200]
    if hasattr(value, "__dict__") and not isinstance(value, type):
        return list(vars(value).values())[:200]
    return []


def _secrets_in(exc: BaseException | None, tb: TracebackType | None) -> list[Secret]:
    """Secret objects held by the failing frames or the exception: their values
    may have been formatted into the message by careless code."""
    found: list[Secret] = []
    seen: set[int] = set()

    def visit(value: object, depth: int = 0) -> None:
        if id(value) in seen or depth > 2:
            return
        seen.add(id(value))
        if isinstance(value, Secret):
            found.append(value)
            return
        for item in _children(value):
            visit(item, depth + 1)

    while exc is not None:
        visit(exc.args)
        visit(getattr(exc, "__dict__", {}))
        exc = exc.__cause__ or exc.__context__
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            visit(value)
        tb = tb.tb_next
    return found


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """Versions, OS and the traceback, with secrets masked."""
    import datetime as _dt
    import platform

    from PySide6.QtCore import QLibraryInfo, qVersion

    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()} ({sys.executable and Path(sys.executable).name})",
        f"Qt {qVersion()} / PySide6 {QLibraryInfo.version().toString()}",
        f"OS {platform.platform()}",
        f"Time {_dt.datetime.now(_dt.UTC).isoformat(timespec='seconds')}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)),
    ]
    return redact("\n".join(lines), _secrets_in(exc, tb))


def _redact_record(record: logging.LogRecord) -> logging.LogRecord:
    """Format once, mask, and freeze: no handler (file, console, a test's
    capture) ever sees the unmasked message or traceback."""
    if getattr(record, "_redacted", False):
        return record
    try:
        message = record.getMessage()
    except Exception:  # a bad format string must not hide the record
        message = f"{record.msg!r} {record.args!r}"
    if record.exc_info and record.exc_info[1] is not None:
        exc_type, exc, tb = record.exc_info
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        record.exc_text = redact(text, _secrets_in(exc, tb)).rstrip("\n")
        record.exc_info = None
    elif record.exc_text:
        record.exc_text = redact(record.exc_text)
    record.msg = redact(message)
    record.args = None
    record._redacted = True
    return record


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        _redact_record(record)
        return True


_factory_installed = False


def install_redacting_record_factory() -> None:
    """Every record, from any logger, is masked when it is created."""
    global _factory_installed
    if _factory_installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args, **kwargs) -> logging.LogRecord:  # noqa: ANN002, ANN003
        return _redact_record(previous(*args, **kwargs))

    logging.setLogRecordFactory(factory)
    _factory_installed = True


def setup_logging(level: int = logging.INFO, *, to_file: bool = True) -> Path:
    """File log in the data folder; console only when a console exists.
    `to_file` False: the console only, for the first moments of the app (the
    file handler's module costs start-up time; run_gui adds it once the
    window is on screen)."""
    install_redacting_record_factory()
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_cobby", False):
            root.removeHandler(handler)
            handler.close()
    path = paths.log_dir() / LOG_FILE
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    if to_file:
        from logging.handlers import RotatingFileHandler

        handlers.append(
            RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        )
    if sys.stderr is not None:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler._cobby = True  # type: ignore[attr-defined]
        handler.setFormatter(fmt)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    return path


def save_crash_report(report: str) -> Path | None:
    import datetime as _dt

    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = paths.log_dir() / f"crash-{stamp}.txt"
    try:
        path.write_text(report, encoding="utf-8")
    except OSError:
        log.warning("could not save the crash report")
        return None
    return path


_open_dialogs: list[CrashDialog] = []


def handle_exception(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    show_dialog: bool = True,
) -> str:
    """The global hook: log, save and show a redacted report."""
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.quit()
        return ""
    report = crash_report(exc_type, exc, tb)
    log.error("unexpected error\n%s", report)
    saved = save_crash_report(report)
    app = QApplication.instance()
    on_gui_thread = app is not None and threading.current_thread() is threading.main_thread()
    if show_dialog and on_gui_thread:
        from cobby_desktop.ui.crash_dialog import CrashDialog

        dialog = CrashDialog(report, saved, QApplication.activeWindow())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Without a parent window nothing else holds the dialog alive.
        _open_dialogs.append(dialog)
        dialog.finished.connect(lambda *_: _open_dialogs.remove(dialog))
        dialog.open()
    return report


def install_exception_hooks() -> None:
    sys.excepthook = handle_exception

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            handle_exception(args.exc_type, args.exc_value, args.exc_traceback, show_dialog=False)

    threading.excepthook = thread_hook


def app_icon() -> QIcon:
    """The shipped icon if present, else a drawn one (so the window is never iconless)."""
    for name in ("cobby-desktop.svg", "cobby-desktop.png", "icon.png"):
        path = paths.resource_path(name)
        if path.exists():
            return QIcon(str(path))
    return _drawn_icon()


def _drawn_icon() -> QIcon:
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

    icon = QIcon()
    for size in (16, 32, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1f6feb"))
        painter.drawRoundedRect(0, 0, size, size, size * 0.22, size * 0.22)
        painter.setPen(QColor("white"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.62))
        painter.setFont(font)
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "c")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scaling (125 %, 150 %) as the system asks, not rounded to 100/200 %.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication([sys.argv[0] if sys.argv else "cobby-desktop", *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("cobby-desktop")
    app.setWindowIcon(app_icon())
    from cobby_desktop.ui import theme

    theme.follow_system_scheme(app)
    return app


def _quit_on_signals(app: QApplication) -> None:
    """Ctrl+C or a termination request quits cleanly (jobs stopped, clipboard
    cleared). Python only sees signals between bytecodes, so a timer wakes it."""
    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda *_: app.quit())
    timer = QTimer(app)
    timer.setInterval(300)
    timer.timeout.connect(lambda: None)
    timer.start()


def _choose_vault(store: StoreAccess) -> None:
    """The keychain, or the encrypted local vault the merchant chose and
    unlocked; asked once the window is up, so the app appears at once (jobs
    that need the vault wait for it; the inventory is read meanwhile). The
    keychain and crypto libraries load in a background job first, so the
    GUI thread stays free while they do."""
    from cobby_desktop.ui.workers import start_job

    def load(ctx: object) -> None:
        import cobby_desktop.domain.vault_choice  # noqa: F401 - keyring, cryptography

    def ask(*_: object) -> None:
        from cobby_desktop.ui.vault_setup import VaultSetup

        setup = VaultSetup(store)
        setup.finished.connect(lambda vault: _build_context(store, vault))
        setup.start()

    job = start_job(load, store)
    job.finished.connect(ask)
    job.failed.connect(ask)  # VaultSetup then says what is missing


def _build_context(store: StoreAccess, vault: Vault) -> None:
    """The session's one context around the chosen vault, built on a worker
    (the network layer loads there) and handed to the store, which the
    windows and dialogs take it from."""
    from cobby_desktop.ui.workers import start_job

    def build(ctx: object) -> AppContext:
        from cobby_desktop.services.context import gui_context

        return gui_context(vault, store.opener)

    job = start_job(build, store)
    job.finished.connect(store.set_context)
    job.failed.connect(lambda *_: store.set_vault(vault))  # the defaults around it


def _first_paint_probe(app: QApplication) -> None:
    """With COBBY_DESKTOP_EXIT_AFTER_FIRST_PAINT=1 (the frozen app's start-up
    benchmark), say so on stdout and quit right after the first paint."""
    if sys.stdout is not None:
        print("first paint", flush=True)
    app.quit()


def start_application(argv: list[str]) -> QApplication:
    """Everything before the main window: logging (the console; the file
    follows with `on_screen`), the application in the merchant's language,
    the crash hooks (the start-up benchmark runs this too)."""
    setup_logging(to_file=False)
    app = create_application(argv)
    from cobby_desktop import i18n
    from cobby_desktop.ui import settings as app_settings

    i18n.install(i18n.choose(app_settings.language_preference()), app)
    install_exception_hooks()
    return app


def on_screen() -> None:
    """Once the window is up: the log file too."""
    setup_logging()
    log.info("starting %s %s", APP_NAME, __version__)


def run_gui(argv: list[str]) -> int:
    app = start_application(argv)

    from cobby_desktop.ui import workers
    from cobby_desktop.ui.first_paint import after_first_paint
    from cobby_desktop.ui.main_window import MainWindow
    from cobby_desktop.ui.store_access import StoreAccess

    store = StoreAccess(vault_later=True)
    window = MainWindow(store, defer_page=True)

    def before_quit() -> None:
        window.save_layout()  # app.quit() (a signal, the session ending) skips closeEvent
        window.forget_secrets()
        store.close()
        workers.shutdown()

    app.aboutToQuit.connect(before_quit)
    _quit_on_signals(app)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1":
        after_first_paint(window, lambda: _first_paint_probe(app))
    else:
        # Once the shops are on screen: the log file, then the vault.
        def page_on_screen() -> None:
            on_screen()
            _choose_vault(store)

        window.page_ready.connect(page_on_screen)
    window.show()
    code = app.exec()
    log.info("quit with code %s", code)
    return code
