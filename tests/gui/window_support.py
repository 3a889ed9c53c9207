"""Shared pieces of the GUI tests: a real store in COBBY_DESKTOP_HOME, thread
recorders for the inventory and the keychain, a window that has loaded, and
draining the background jobs a test leaves behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from cobby_desktop import i18n
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.ui.main_window import MainWindow
from cobby_desktop.ui.store_access import StoreAccess
from cobby_desktop.ui.workers import shutdown
from tests.support.memory_keyring import MemoryKeyring


class ThreadLog:
    def __init__(self) -> None:
        self.calls: list[tuple[str, threading.Thread]] = []
        self._lock = threading.Lock()

    def add(self, name: str) -> None:
        with self._lock:
            self.calls.append((name, threading.current_thread()))

    def on_main_thread(self) -> list[str]:
        main = threading.main_thread()
        return [name for name, thread in self.calls if thread is main]


class RecordingInventory:
    """Wraps a real Inventory and notes the thread of every method call."""

    def __init__(self, inner: Inventory, log: ThreadLog) -> None:
        self._inner = inner
        self._log = log

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._inner, name)
        if callable(value):

            def call(*args: Any, **kwargs: Any) -> Any:
                self._log.add(f"inventory.{name}")
                return value(*args, **kwargs)

            return call
        return value


class RecordingKeyring(MemoryKeyring):
    def __init__(self, log: ThreadLog) -> None:
        super().__init__()
        self.log = log

    def get_password(self, service: str, username: str) -> str | None:
        self.log.add("keyring.get_password")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.log.add("keyring.set_password")
        super().set_password(service, username, password)


def recording_opener(log: ThreadLog):
    def opener() -> RecordingInventory:
        log.add("inventory.open")
        return RecordingInventory(Inventory.open(), log)

    return opener


def open_window(
    qtbot: Any, vault: Vault, *, store: StoreAccess | None = None, **kwargs: Any
) -> MainWindow:
    """The main window over `vault` (or the given store), shown once its rows loaded;
    `kwargs` go to MainWindow (settings, tester, clipboard_clear_ms, ...)."""
    window = MainWindow(store or StoreAccess(vault=vault), **kwargs)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.rows_loaded, timeout=5000):
        window.show()
    return window


def job_draining(timeout_ms: int) -> Any:
    """An autouse fixture for a test module (`_drain_jobs = job_draining(2000)`):
    after each test, cancel the background jobs it left and wait for them (at most
    `timeout_ms`), so none runs on into the next test."""

    @pytest.fixture(autouse=True)
    def _drain_jobs() -> Iterator[None]:
        yield
        shutdown(timeout_ms)

    return _drain_jobs


def TRUST_WARNING() -> str:  # noqa: N802 (reads as the constant it stands for)
    return i18n.translate(
        "TrustCertificateDialog",
        "Trusting this one certificate is the weaker choice. The better fix is a certificate "
        "from a public authority (for example Let's Encrypt) on the shop. Only continue if the "
        "SHA-256 fingerprint below is exactly the one your hosting provider or developer gives "
        "you for this shop. From then on the app accepts only this certificate for this shop; "
        "any other one fails.",
    )
