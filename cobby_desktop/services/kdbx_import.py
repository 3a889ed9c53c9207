"""Import a KeePass file read by `kdbx_read`: first a plan, then all or nothing.

`plan_import` compares every entry with the inventory and says, without
changing anything, what would be added, updated or left alone, and which
entries conflict (the same shop with other values). A file entry counts as an
update when the local shop has not changed since the file was written (its
fingerprint equals the entry's export mark); when both changed, or the shop
was added on each side separately (same address, other id), it is a conflict
the merchant decides: keep mine, take theirs, or keep both.

`apply_import` runs the plan again inside one inventory transaction, writing
secrets through a journal: any failure (the keychain refusing halfway
included) rolls the inventory back and puts every keychain entry back as it
was. Importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from cobby_desktop.domain import keychain_names
from cobby_desktop.domain.model import Activity, Credential, CredentialState, Shop, Workspace
from cobby_desktop.domain.store import Inventory, InventoryError
from cobby_desktop.domain.vault import SecretRef, Vault, VaultError
from cobby_desktop.messages import message
from cobby_desktop.secret import Secret
from cobby_desktop.services import kdbx_record as rec
from cobby_desktop.services.kdbx_errors import KdbxCode, KdbxError
from cobby_desktop.services.kdbx_export import local_shop
from cobby_desktop.services.kdbx_read import KdbxDocument
from cobby_desktop.services.setup import JournalVault

Progress = Callable[[int, int], None]
IMPORTED_SUFFIX = " (imported)"


def _license_ref(inventory: Inventory, ws_id: int) -> SecretRef:
    return SecretRef.license_key(ws_id, inventory.vault_space)


def _http_ref(inventory: Inventory, shop_id: int) -> SecretRef:
    return SecretRef.basic_auth_password(shop_id, inventory.vault_space)


class Change(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


class Resolution(StrEnum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    KEEP_BOTH = "keep_both"


@dataclass(frozen=True)
class PlanItem:
    """One entry of the file and what importing it does. No secret values."""

    key: str
    title: str
    change: Change
    is_shop: bool
    local_title: str | None = None  # the shop (or workspace) it meets here
    differs: tuple[str, ...] = ()  # names of the fields that differ


@dataclass(frozen=True)
class ImportPlan:
    items: tuple[PlanItem, ...]
    ignored: int

    def count(self, change: Change) -> int:
        return sum(1 for item in self.items if item.change is change)

    @property
    def conflicts(self) -> tuple[PlanItem, ...]:
        return tuple(item for item in self.items if item.change is Change.CONFLICT)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    ignored: int


def _address(shop: Shop) -> tuple[str, int]:
    return (shop.base_url.rstrip("/").casefold(), int(shop.magento_major))


class _Index:
    """The inventory as the plan needs it, read once (thousands of entries)."""

    def __init__(self, inventory: Inventory) -> None:
        shops = inventory.shops()
        self.by_uid = {s.uid: s for s in shops if s.uid}
        self.by_address = {_address(s): s for s in reversed(shops)}
        self.workspaces = {rec.fold(w.name): w for w in inventory.workspaces()}
        self.connected = {s.workspace_id: s for s in shops if s.workspace_id is not None}

    def match(self, record: rec.Record) -> tuple[Shop | None, bool]:
        """The local shop an entry means, and whether its id says so."""
        found = self.by_uid.get(record.fields[rec.ID])
        if found is not None:
            return found, True
        return self.by_address.get(_address(rec.record_shop(record))), False

    def workspace(self, name: str | None) -> Workspace | None:
        return self.workspaces.get(rec.fold(name)) if name else None


def _decide(mine: rec.Record, theirs: rec.Record, by_id: bool) -> Change:
    here, there = mine.fingerprint(), theirs.fingerprint()
    written = theirs.fields.get(rec.EXPORT_MARK)
    if here == there:
        return Change.UNCHANGED
    if by_id and written == there:
        return Change.UNCHANGED  # the file was not edited; this inventory is newer
    if by_id and written == here:
        return Change.UPDATED  # only the file changed since it was written
    return Change.CONFLICT


class _Planner:
    def __init__(self, inventory: Inventory, vault: Vault) -> None:
        self.inventory = inventory
        self.vault = vault
        self.index = _Index(inventory)

    def _workspace_clash(
        self, record: rec.Record, shop_id: int | None
    ) -> tuple[tuple[str, ...], str | None]:
        """A file's workspace that exists here with another key or another shop:
        the fields that clash, and what it is here (that shop, or the workspace)."""
        ws = self.index.workspace(record.fields.get(rec.WORKSPACE))
        if ws is None or ws.id is None:
            return (), None
        clash = []
        here = ws.name
        other = self.index.connected.get(ws.id)
        if other is not None and other.id != shop_id:
            clash.append(rec.WORKSPACE)
            here = other.display_name
        theirs = record.secrets.get(rec.LICENSE_KEY)
        if theirs and ws.has_license_key:
            mine = self.vault.get(_license_ref(self.inventory, ws.id))
            if mine is not None and mine != theirs:
                clash.append(rec.LICENSE_KEY)
        return tuple(clash), here

    def shop(self, record: rec.Record) -> PlanItem:
        local, by_id = self.index.match(record)
        clash, here = self._workspace_clash(record, local.id if local else None)
        if local is None:
            change = Change.CONFLICT if clash else Change.ADDED
            return PlanItem(record.key, record.title, change, True, here if clash else None, clash)
        mine = rec.shop_record(local_shop(self.inventory, self.vault, local))
        change = Change.CONFLICT if clash else _decide(mine, record, by_id)
        differs = tuple(sorted(set(mine.differing(record)) | set(clash)))
        return PlanItem(record.key, record.title, change, True, local.display_name, differs)

    def workspace(self, record: rec.Record) -> PlanItem:
        ws = self.index.workspace(record.title)
        if ws is None or ws.id is None:
            return PlanItem(record.key, record.title, Change.ADDED, False)
        mine = self.vault.get(_license_ref(self.inventory, ws.id)) if ws.has_license_key else None
        theirs = record.secrets.get(rec.LICENSE_KEY)
        if theirs is None or mine == theirs:
            change = Change.UNCHANGED
        else:
            change = Change.UPDATED if mine is None else Change.CONFLICT
        differs = () if change is Change.UNCHANGED else (rec.LICENSE_KEY,)
        return PlanItem(record.key, record.title, change, False, ws.name, differs)


def plan_import(inventory: Inventory, vault: Vault, document: KdbxDocument) -> ImportPlan:
    """What importing `document` would do. Reads only; raises KdbxError."""
    keychain_names.ensure(inventory, vault)  # compare with entries under their new names
    planner = _Planner(inventory, vault)
    try:
        items = tuple(
            planner.shop(r) if r.mark == rec.SHOP else planner.workspace(r)
            for r in document.records
        )
    except VaultError as exc:
        raise KdbxError(KdbxCode.KEYCHAIN, detail=exc.said or exc.message) from None
    return ImportPlan(items, document.ignored)


# -- applying ---------------------------------------------------------------------


class _Writer:
    """Applies records inside the caller's transaction; secrets via a journal."""

    def __init__(self, inventory: Inventory, journal: JournalVault) -> None:
        self.inventory = inventory
        self.vault = journal
        self.index = _Index(inventory)
        self.labels = {rec.fold(s.label) for s in inventory.shops() if s.label}

    def _new_workspace(self, name: str, key: Secret | None) -> Workspace:
        ws = self.inventory.add_workspace(Workspace(name=name, has_license_key=bool(key)))
        assert ws.id is not None
        if key:
            self.vault.put(_license_ref(self.inventory, ws.id), key)
        self.index.workspaces[rec.fold(name)] = ws
        return ws

    def _set_key(self, ws: Workspace, key: Secret | None) -> Workspace:
        assert ws.id is not None
        ref = _license_ref(self.inventory, ws.id)
        if key and not (ws.has_license_key and self.vault.get(ref) == key):
            self.vault.put(ref, key)
            ws = replace(ws, has_license_key=True)
            self.inventory.update_workspace(ws)
            self.index.workspaces[rec.fold(ws.name)] = ws
        return ws

    def workspace_for(self, record: rec.Record, both: bool) -> Workspace | None:
        name = record.fields.get(rec.WORKSPACE)
        if not name:
            return None
        key = record.secrets.get(rec.LICENSE_KEY)
        ws = self.index.workspace(name)
        if ws is None or both:
            return self._new_workspace(self._free_name(name) if ws else name, key)
        return self._set_key(ws, key)

    def _free_name(self, name: str) -> str:
        candidate, n = name + IMPORTED_SUFFIX, 2
        while rec.fold(candidate) in self.index.workspaces:
            candidate, n = f"{name}{IMPORTED_SUFFIX[:-1]} {n})", n + 1
        return candidate

    def _free_label(self, label: str) -> str:
        candidate, n = label + IMPORTED_SUFFIX, 2
        while rec.fold(candidate) in self.labels:
            candidate, n = f"{label}{IMPORTED_SUFFIX[:-1]} {n})", n + 1
        return candidate

    def _connect(self, shop: Shop, ws: Workspace | None) -> Shop:
        """Theirs wins: a workspace connected to another shop here moves over.
        The shop comes back with its workspace, to be stored (`_connected`)."""
        if ws is None or ws.id is None:
            return replace(shop, workspace_id=None)
        other = self.index.connected.get(ws.id)
        if other is not None and other.id != shop.id:
            self.inventory.update_shop(replace(other, workspace_id=None))
        return replace(shop, workspace_id=ws.id)

    def _connected(self, shop: Shop) -> Shop:
        """The stored shop is the one its workspace is connected to now."""
        if shop.workspace_id is not None:
            self.index.connected[shop.workspace_id] = shop
        return shop

    def add(self, record: rec.Record, both: bool = False) -> None:
        shop = rec.record_shop(record)
        if both:
            shop = replace(shop, uid=None)  # a new shop beside the one that is here
        if both or rec.fold(shop.label) in self.labels:
            shop = replace(shop, label=self._free_label(shop.display_name))
        shop = self._connect(shop, self.workspace_for(record, both))
        shop = self._connected(self.inventory.add_shop(shop))
        assert shop.id is not None
        self.labels.add(rec.fold(shop.label))
        self._credential(record, shop.id, None)
        password = record.secrets.get(rec.HTTP_PASSWORD)
        if shop.basic_auth_user and password:
            self.vault.put(_http_ref(self.inventory, shop.id), password)
        self.inventory.log_activity(
            Activity.CREATED, message("activity.kdbx_imported"), shop_id=shop.id
        )

    def update(self, record: rec.Record, local: Shop) -> None:
        assert local.id is not None
        shop = replace(rec.record_shop(record), id=local.id, uid=local.uid)
        shop = self._connect(shop, self.workspace_for(record, False))
        shop = self._connected(self.inventory.update_shop(shop))
        self._credential(record, local.id, self.inventory.current_credential(local.id))
        self._http_password(record, shop)
        self.inventory.log_activity(
            Activity.UPDATED, message("activity.kdbx_updated"), shop_id=local.id
        )

    def _credential(self, record: rec.Record, shop_id: int, current: Credential | None) -> None:
        cred = rec.record_credential(record, shop_id)
        if cred is None:
            return
        if cred.state is CredentialState.ROTATING:
            # The rotation itself stays behind.
            cred = replace(cred, state=CredentialState.ACTIVE)
        if current is not None and current.kind is cred.kind:
            cred = replace(
                cred,
                id=current.id,
                replaces_id=current.replaces_id,
                vault_key=current.vault_key,  # its keychain entries keep their names
                created_at=cred.created_at or current.created_at,
            )
            self.inventory.update_credential(cred)
        else:
            if current is not None:
                self.vault.delete_credential(current)
                self.inventory.delete_credential(current.id or 0)
            cred = self.inventory.add_credential(cred)  # with its keychain name
        self.vault.put_credential(cred, rec.record_credential_secrets(record))

    def _http_password(self, record: rec.Record, shop: Shop) -> None:
        assert shop.id is not None
        ref = _http_ref(self.inventory, shop.id)
        password = record.secrets.get(rec.HTTP_PASSWORD)
        if password and shop.basic_auth_user:
            self.vault.put(ref, password)
        elif not shop.basic_auth_user:
            self.vault.delete(ref)

    def workspace(self, record: rec.Record, both: bool) -> None:
        key = record.secrets.get(rec.LICENSE_KEY)
        ws = self.index.workspace(record.title)
        if ws is None or both:
            self._new_workspace(self._free_name(record.title) if ws else record.title, key)
        else:
            self._set_key(ws, key)


def _apply_item(
    writer: _Writer, item: PlanItem, record: rec.Record, choice: Resolution
) -> Change:
    """Apply one planned entry; returns what it became."""
    if item.change is Change.UNCHANGED or (
        item.change is Change.CONFLICT and choice is Resolution.KEEP_MINE
    ):
        return Change.UNCHANGED
    both = item.change is Change.CONFLICT and choice is Resolution.KEEP_BOTH
    if not item.is_shop:
        writer.workspace(record, both)
        return Change.ADDED if both or item.change is Change.ADDED else Change.UPDATED
    local, _ = writer.index.match(record)
    if local is None or both:
        writer.add(record, both)
        return Change.ADDED
    writer.update(record, local)
    return Change.UPDATED


def apply_import(
    inventory: Inventory,
    vault: Vault,
    document: KdbxDocument,
    choices: Mapping[str, Resolution] | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import all of `document` or nothing. `choices` decides each conflict by
    its item key; an undecided conflict keeps what is here."""
    journal = JournalVault(vault)
    done: dict[Change, int] = dict.fromkeys(Change, 0)
    try:
        with inventory.transaction():
            plan = plan_import(inventory, journal, document)
            writer = _Writer(inventory, journal)
            total = len(plan.items)
            for n, (item, record) in enumerate(zip(plan.items, document.records, strict=True), 1):
                choice = (choices or {}).get(item.key, Resolution.KEEP_MINE)
                done[_apply_item(writer, item, record, choice)] += 1
                if progress is not None:
                    progress(n, total)
    except (VaultError, KdbxError, InventoryError) as exc:
        journal.undo()
        raise _import_error(exc) from None
    except BaseException:
        journal.undo()
        raise
    return ImportResult(
        done[Change.ADDED], done[Change.UPDATED], done[Change.UNCHANGED], document.ignored
    )


def _import_error(exc: Exception) -> KdbxError:
    if isinstance(exc, KdbxError):
        return exc
    if isinstance(exc, VaultError):
        return KdbxError(KdbxCode.KEYCHAIN, detail=exc.said or exc.message)
    assert isinstance(exc, InventoryError)
    return KdbxError(KdbxCode.INVENTORY, detail=exc.said or exc.message)
