"""What goes wrong with the inventory file, said as catalogue messages: the
error and its kinds, opening failures, the backups made before a migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cobby_desktop.domain import migrations, store_files
from cobby_desktop.domain.store_files import InventoryProblem as InventoryProblem
from cobby_desktop.domain.store_rows import (
    now_utc,
)
from cobby_desktop.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    ParamValue,
    english,
    entry,
    message,
)


class InventoryError(Exception):
    """The inventory cannot be used as asked (`kind`). `message` is a plain
    sentence for the merchant that says what to do."""

    def __init__(
        self, kind: InventoryProblem | str, message: str | Message, path: Path | None = None
    ) -> None:
        said = message if isinstance(message, Message) else None
        text = english(said) if said else str(message)
        super().__init__(text)
        self.kind = InventoryProblem(kind)
        self.said = said  # the code and parameters, rendered where shown
        self.message = text  # English, for logs
        self.path = path


# --- value conversion -------------------------------------------------------


def newest_backup(path: Path) -> Path | None:
    found = sorted(path.parent.glob(path.name + ".v*.bak"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


entry("inventory.locked", QT_TRANSLATE_NOOP(
    "Inventory", "The inventory at {path} is in use by another program (perhaps a second "
    "cobby Desktop window). Nothing was changed. Close the other program and try again."))
entry("inventory.unwritable", QT_TRANSLATE_NOOP(
    "Inventory", "cobby Desktop cannot open or write its inventory at {path}. Nothing was "
    "changed. Check that the folder exists and that you may write to it, or set "
    "COBBY_DESKTOP_HOME to a folder you can write to."))
entry("inventory.corrupt.backup", QT_TRANSLATE_NOOP(
    "Inventory", "The inventory at {path} is damaged and cannot be read ({error}). Nothing was "
    "changed and the file was not overwritten. You can restore the backup at {backup} by "
    "copying it over {path}. Otherwise move the damaged file aside and cobby Desktop starts "
    "an empty inventory; your keychain entries are not affected."))
entry("inventory.corrupt.no_backup", QT_TRANSLATE_NOOP(
    "Inventory", "The inventory at {path} is damaged and cannot be read ({error}). Nothing was "
    "changed and the file was not overwritten. If you have a copy of {path} from before, you "
    "can put it back. Otherwise move the damaged file aside and cobby Desktop starts an empty "
    "inventory; your keychain entries are not affected."))
entry("inventory.too_new.backup", QT_TRANSLATE_NOOP(
    "Inventory", "The inventory at {path} was written by a newer version of cobby Desktop "
    "(schema version {version}; this version understands up to {known}). Nothing was changed. "
    "Please update cobby Desktop. You can restore the backup at {backup} by copying it over "
    "{path}."))
entry("inventory.too_new.no_backup", QT_TRANSLATE_NOOP(
    "Inventory", "The inventory at {path} was written by a newer version of cobby Desktop "
    "(schema version {version}; this version understands up to {known}). Nothing was changed. "
    "Please update cobby Desktop. If you have a copy of {path} from before, you can put it "
    "back."))
entry("inventory.folder_unwritable", QT_TRANSLATE_NOOP(
    "Inventory", "cobby Desktop cannot create its data folder {folder} ({error}). Nothing was "
    "changed. Choose a folder you can write to with COBBY_DESKTOP_HOME."))
entry("inventory.foreign_file", QT_TRANSLATE_NOOP(
    "Inventory", "The file at {path} is not a cobby Desktop inventory. Nothing was changed. "
    "Move it aside or point COBBY_DESKTOP_HOME at another folder."))
entry("inventory.shop_exists", QT_TRANSLATE_NOOP(
    "Inventory", "This shop is already in the inventory. Nothing was changed."))
entry("inventory.reference_gone", QT_TRANSLATE_NOOP(
    "Inventory", "This change refers to a workspace, shop or credential that no longer exists. "
    "Nothing was changed; please reload the inventory and try again."))
entry("inventory.gone.workspace", QT_TRANSLATE_NOOP(
    "Inventory", "This workspace no longer exists in the inventory. Nothing was changed; please "
    "reload the inventory."))
entry("inventory.gone.shop", QT_TRANSLATE_NOOP(
    "Inventory", "This shop no longer exists in the inventory. Nothing was changed; please "
    "reload the inventory."))
entry("inventory.gone.credential", QT_TRANSLATE_NOOP(
    "Inventory", "This credential no longer exists in the inventory. Nothing was changed; "
    "please reload the inventory."))
entry("inventory.gone.rotation", QT_TRANSLATE_NOOP(
    "Inventory", "This rotation no longer exists in the inventory. Nothing was changed; please "
    "reload the inventory."))
entry("inventory.workspace_taken", QT_TRANSLATE_NOOP(
    "Inventory", "This workspace is already connected to another shop. A workspace can be "
    "connected to one shop only: disconnect it there first, or choose another workspace."))


def with_backup(code: str, path: Path, **params: ParamValue) -> Message:
    """`code`.backup naming the newest backup, or `code`.no_backup."""
    backup = newest_backup(path)
    if backup is not None:
        return message(f"{code}.backup", path=str(path), backup=str(backup), **params)
    return message(f"{code}.no_backup", path=str(path), **params)


def open_failure(path: Path, exc: sqlite3.Error) -> InventoryError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return InventoryError("locked", message("inventory.locked", path=str(path)), path)
    if store_files.is_disk_full(exc):
        return file_fault(path, store_files.disk_full(path))
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return InventoryError("unwritable", message("inventory.unwritable", path=str(path)), path)
    return InventoryError(
        "corrupt", with_backup("inventory.corrupt", path, error=str(exc)), path
    )


entry("inventory.label_taken", QT_TRANSLATE_NOOP(
    "Inventory", "Another shop already has this name. Nothing was changed; choose another "
    "name."))


def file_fault(path: Path, fault: store_files.FileFault) -> InventoryError:
    return InventoryError(fault.kind, fault.said, path)


def too_new(path: Path, version: int) -> InventoryError:
    return InventoryError(
        "too_new",
        with_backup("inventory.too_new", path, version=version,
                     known=migrations.CURRENT_VERSION),
        path,
    )


def backup_path(path: Path, version: int) -> Path:
    target = path.with_name(f"{path.name}.v{version}.bak")
    if target.exists():  # keep every earlier backup
        stamp = now_utc().strftime("%Y%m%dT%H%M%S%fZ")
        target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    return target


def backup_file(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    target = backup_path(path, version)
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
        # Leave a self-contained single file, not a WAL pair.
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    return target


def workspace_taken() -> InventoryError:
    return InventoryError("conflict", message("inventory.workspace_taken"))
