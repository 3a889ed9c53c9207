"""The inventory file itself: created whole or not at all, and its faults named
truly (an empty file, a full disk, a read-only folder).

A new inventory is built in a temporary file beside the final one and linked
into place in one step, so a second process (twenty `check --save` at once on a
new data folder) never sees a half-made schema: it either finds no file and
builds its own (the first link wins, the others open the winner's), or finds
the complete one. An existing empty (0-byte) file can therefore only be
damage, and is reported instead of silently becoming a new inventory.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import secrets
import sqlite3
from pathlib import Path

from cobby_desktop.domain import migrations
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, english, entry, message

entry("inventory.disk_full", QT_TRANSLATE_NOOP(
    "Inventory", "The disk that holds {path} is full. Nothing was changed and nothing was "
    "lost. Free some space on it, then try again."))
entry("inventory.unwritable_folder", QT_TRANSLATE_NOOP(
    "Inventory", "cobby Desktop cannot write its inventory at {path} ({reason}). Nothing was "
    "changed. Check that the folder exists and that you may write to it, or set "
    "COBBY_DESKTOP_HOME to a folder you can write to. Listing and the audit still work "
    "read-only."))
entry("inventory.empty", QT_TRANSLATE_NOOP(
    "Inventory", "The inventory file {path} is empty (0 bytes): its contents were lost, for "
    "example when the disk was full or the computer stopped while writing. Nothing was "
    "changed. Restore it from a backup, or move the empty file aside and cobby Desktop starts "
    "a new inventory; your keychain entries are not affected."))


# Here, below store_errors (which re-exports it): a file fault is one of them.
class InventoryProblem(enum.StrEnum):
    CORRUPT = "corrupt"  # opening
    TOO_NEW = "too_new"
    UNWRITABLE = "unwritable"
    LOCKED = "locked"
    CONFLICT = "conflict"  # a change that breaks a rule
    NOT_FOUND = "not_found"
    INVALID = "invalid"  # a value the inventory refuses (a shop name)
    DISK_FULL = "disk_full"
    EMPTY = "empty"  # a file with nothing in it where the inventory should be


class FileFault(Exception):  # noqa: N818 - a fault of the file, raised as such
    """kind: EMPTY, DISK_FULL or UNWRITABLE; `said` says what to do."""

    def __init__(self, kind: InventoryProblem, said: Message) -> None:
        super().__init__(english(said))
        self.kind = kind
        self.said = said


def disk_full(path: Path) -> FileFault:
    return FileFault(InventoryProblem.DISK_FULL, message("inventory.disk_full", path=str(path)))


def unwritable(path: Path, why: str = "") -> FileFault:
    return FileFault(
        InventoryProblem.UNWRITABLE,
        message("inventory.unwritable_folder", path=str(path), reason=why or "-"),
    )


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return True
    text = str(exc).lower()
    return "disk is full" in text or "disk full" in text or "no space left" in text


def ensure_created(path: Path) -> None:
    """Create the inventory at `path` if there is none; refuse an empty file."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        _create(path)
        return
    if size == 0:
        raise FileFault(InventoryProblem.EMPTY, message("inventory.empty", path=str(path)))


def _create(path: Path) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.new")
    try:
        _build(tmp)
        try:
            os.link(tmp, path)  # fails if another process was first: then use theirs
        except FileExistsError:
            pass
        except OSError:
            if not path.exists():  # a file system without hard links
                os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        if is_disk_full(exc):
            raise disk_full(path) from None
        raise unwritable(path, getattr(exc, "strerror", None) or type(exc).__name__) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _build(tmp: Path) -> None:
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for migration in migrations.MIGRATIONS:
            migrations.apply(conn, migration)
        conn.execute("COMMIT")
    finally:
        conn.close()


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes (a read-only data folder or medium)."""
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error:
        # A WAL file cannot be read without its shared-memory file, which a
        # read-only folder cannot hold: read the main file as it stands.
        return sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False)
