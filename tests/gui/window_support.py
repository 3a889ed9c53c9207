"""Shared pieces of the GUI tests: a real store in COBBY_DESKTOP_HOME, thread
recorders for the inventory and the keychain, and a window that has loaded."""

from __future__ import annotations

import threading
from typing import Any

from cobby_desktop.domain.store import Inventory
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
