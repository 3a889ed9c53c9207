"""Export the inventory (all, one workspace, or chosen shops) to a KDBX 4 file.

pykeepass writes the file (KDBX 4, Argon2 key derivation, AES-256 payload,
ChaCha20-protected fields): no crypto of our own. One group per workspace,
shops without a workspace in the root group; one entry per shop with its
current credential (revoked ones are not exported). Every entry's KeePass
UUID is the shop's own stable id, and the same id is in its "cobby id" field.

The file is built in memory and then written next to the target and renamed
over it, so a failure never leaves half a file where the merchant looks.
"""

from __future__ import annotations

import io
import os
import tempfile
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from pykeepass import PyKeePass, create_database
from pykeepass.group import Group

from cobby_desktop.domain import keychain_names
from cobby_desktop.domain.model import Activity, Shop, Workspace
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault, VaultError
from cobby_desktop.messages import message
from cobby_desktop.secret import Secret
from cobby_desktop.services import kdbx_record as rec
from cobby_desktop.services.kdbx_errors import MIN_PASSPHRASE, KdbxCode, KdbxError

Progress = Callable[[int, int], None]
DATABASE_NAME = "cobby Desktop"


@dataclass(frozen=True)
class Selection:
    """What to export: everything (the default), one workspace, or some shops."""

    workspace_id: int | None = None
    shop_ids: Collection[int] | None = None

    def wants_shop(self, shop: Shop) -> bool:
        if self.shop_ids is not None:
            return shop.id in self.shop_ids
        return self.workspace_id is None or shop.workspace_id == self.workspace_id

    def wants_bare_workspace(self, ws: Workspace) -> bool:
        if self.shop_ids is not None:
            return False
        return self.workspace_id is None or ws.id == self.workspace_id


@dataclass(frozen=True)
class ExportResult:
    path: Path
    shops: int
    workspaces: int  # groups written


def check_passphrase(passphrase: Secret) -> None:
    if len(passphrase.reveal()) < MIN_PASSPHRASE:
        raise KdbxError(KdbxCode.PASSPHRASE_SHORT, minimum=MIN_PASSPHRASE)


def _get(vault: Vault, ref: SecretRef) -> Secret | None:
    try:
        return vault.get(ref)
    except VaultError as exc:
        raise KdbxError(KdbxCode.KEYCHAIN, detail=exc.said or exc.message) from None


def local_shop(inventory: Inventory, vault: Vault, shop: Shop) -> rec.LocalShop:
    """A shop with its workspace, current credential and their secrets."""
    assert shop.id is not None
    ws = inventory.workspace(shop.workspace_id) if shop.workspace_id is not None else None
    cred = inventory.current_credential(shop.id)
    try:
        secrets = vault.credential_secrets(cred) if cred is not None else {}
    except VaultError as exc:
        raise KdbxError(KdbxCode.KEYCHAIN, detail=exc.said or exc.message) from None
    space = inventory.vault_space
    key = _get(vault, SecretRef.license_key(ws.id, space)) if ws and ws.id is not None else None
    http = (
        _get(vault, SecretRef.basic_auth_password(shop.id, inventory.vault_space))
        if shop.basic_auth_user else None
    )
    return rec.LocalShop(shop, ws, cred, secrets, key, http)


def collect(inventory: Inventory, vault: Vault, selection: Selection) -> list[rec.Record]:
    """The records to write: shops first, then workspaces without a shop."""
    keychain_names.ensure(inventory, vault)  # entries from before schema 4
    shops = [s for s in inventory.shops() if selection.wants_shop(s)]
    records = [rec.shop_record(local_shop(inventory, vault, s)) for s in shops]
    used = {s.workspace_id for s in inventory.shops() if s.workspace_id is not None}
    for ws in inventory.workspaces():
        if ws.id is not None and ws.id not in used and selection.wants_bare_workspace(ws):
            ref = SecretRef.license_key(ws.id, inventory.vault_space)
            key = _get(vault, ref) if ws.has_license_key else None
            records.append(rec.workspace_record(ws, key))
    return records


def _group(kp: PyKeePass, groups: dict[str, Group], name: str | None) -> Group:
    if not name:
        return kp.root_group
    if name not in groups:
        groups[name] = kp.add_group(kp.root_group, name)
    return groups[name]


def _write_entry(kp: PyKeePass, group: Group, record: rec.Record) -> None:
    f, s = record.fields, record.secrets
    entry = kp.add_entry(
        group,
        f.get(rec.TITLE, ""),
        f.get(rec.USER, ""),
        s[rec.PASSWORD].reveal() if rec.PASSWORD in s else "",
        url=f.get(rec.URL),
        force_creation=True,  # two shops may share a name; the id tells them apart
    )
    if record.mark == rec.SHOP and f.get(rec.ID):
        entry.uuid = uuid.UUID(hex=f[rec.ID])  # KeePassXC's merge sees the same shop
    standard = (rec.TITLE, rec.USER, rec.URL)
    for name, value in f.items():
        if name not in standard:
            entry.set_custom_property(name, value)
    for name, secret in s.items():
        if name != rec.PASSWORD:
            entry.set_custom_property(name, secret.reveal(), protect=True)
    entry.set_custom_property(rec.EXPORT_MARK, record.fingerprint())


def build(
    records: list[rec.Record],
    passphrase: Secret,
    keyfile: Path | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The encrypted KDBX 4 file for `records`, in memory."""
    try:
        kp = create_database(io.BytesIO(), password=passphrase.reveal(), keyfile=_key(keyfile))
    except OSError:
        raise KdbxError(KdbxCode.KEYFILE_UNREADABLE, path=str(keyfile)) from None
    kp.database_name = DATABASE_NAME
    groups: dict[str, Group] = {}
    for done, record in enumerate(records, 1):
        _write_entry(kp, _group(kp, groups, record.fields.get(rec.WORKSPACE)), record)
        if progress is not None:
            progress(done, len(records))
    out = io.BytesIO()
    kp.save(out)
    return out.getvalue()


def _key(keyfile: Path | None) -> str | None:
    if keyfile is None:
        return None
    if not Path(keyfile).is_file():
        raise KdbxError(KdbxCode.KEYFILE_UNREADABLE, path=str(keyfile))
    return str(keyfile)


def write_atomically(target: Path, data: bytes) -> None:
    target = Path(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".cobby-export-", dir=target.parent or ".")
    except OSError:
        raise KdbxError(KdbxCode.UNWRITABLE, path=str(target)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise KdbxError(KdbxCode.UNWRITABLE, path=str(target)) from None


def export_kdbx(
    inventory: Inventory,
    vault: Vault,
    target: Path,
    passphrase: Secret,
    *,
    keyfile: Path | None = None,
    selection: Selection | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the selection to `target` (replaced whole, or left as it was)."""
    check_passphrase(passphrase)
    records = collect(inventory, vault, selection or Selection())
    if not records:
        raise KdbxError(KdbxCode.NOTHING_TO_EXPORT)
    data = build(records, passphrase, keyfile, progress)
    write_atomically(Path(target), data)
    shops = sum(1 for r in records if r.mark == rec.SHOP)
    inventory.log_activity(
        Activity.EXPORTED, message("activity.kdbx_exported", shops=shops)
    )
    groups = {r.fields[rec.WORKSPACE] for r in records if r.fields.get(rec.WORKSPACE)}
    return ExportResult(Path(target), shops, len(groups))
