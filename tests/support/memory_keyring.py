"""The in-memory keyring for tests and the developer tools (benchmark,
screenshots): it lives and dies with the process and behaves like a real
backend on delete. PYTHON_KEYRING_BACKEND can select it for test subprocesses;
the app itself never ships it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        # Like real backends: deleting a missing entry is an error.
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


def use_memory_keychain() -> MemoryKeyring:
    """Send every keyring call in this process to memory from now on (the
    benchmark's and the screenshot run's processes: never the real keychain)."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@contextmanager
def memory_keychain() -> Iterator[MemoryKeyring]:
    """Like use_memory_keychain(), then back to the previous keychain."""
    previous = keyring.get_keyring()
    try:
        yield use_memory_keychain()
    finally:
        keyring.set_keyring(previous)


__all__ = ["TEST_SPACE", "MemoryKeyring", "memory_keychain", "use_memory_keychain"]

# A keychain space for vault tests that need no inventory (an inventory makes its own).
TEST_SPACE = "5eed" * 8
