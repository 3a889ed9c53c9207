"""Workspace rules: create, rename, delete, the license key (search and
grouping: `grouping`).

One cobby workspace = one shop = one license key. The inventory keeps the
workspace's name and whether a key is stored; the key itself lives only in the
vault (OS keychain), under `SecretRef.license_key(workspace_id, space)`.

Errors are `WorkspaceError` with a plain sentence for the merchant; they never
contain the license key.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import replace

from cobby_desktop.domain.grouping import fold
from cobby_desktop.domain.labels import LabelError, clean_label
from cobby_desktop.domain.model import Activity, Shop, Workspace
from cobby_desktop.domain.store import Inventory, InventoryError, InventoryProblem
from cobby_desktop.domain.vault import SecretRef, Vault, VaultError
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, english, entry, message
from cobby_desktop.results import PLACEHOLDER_LICENSE_KEY, FieldProblem
from cobby_desktop.secret import Secret

LICENSE_KEY_FIELD = "license_key"  # results.FIELD_NAMES
MAX_NAME_LENGTH = 100
# cobby does not document the key's format, so the check is tolerant: it only
# catches what is certainly not a license key (empty, placeholder, pasted with
# invisible characters or line breaks, a truncated or runaway paste).
MIN_KEY_LENGTH = 8
MAX_KEY_LENGTH = 256

# Characters copied from e-mails, PDFs and chat tools that nobody can see.
_INVISIBLE_EXTRA = {"\u00a0", "\u2007", "\u202f", "\u3000"}


entry("workspace.license_key.empty", QT_TRANSLATE_NOOP(
    "Workspaces", "Enter the workspace's license key. The cobby portal shows it in the "
    "workspace's settings."))
entry("workspace.license_key.placeholder", QT_TRANSLATE_NOOP(
    "Workspaces", "This is the placeholder the cobby connector shows before cobby has "
    "connected, not a license key. Copy the key from the workspace's settings in the cobby "
    "portal."))
entry("workspace.license_key.invisible", QT_TRANSLATE_NOOP(
    "Workspaces", "The license key contains an invisible character, which often comes along "
    "when copying from e-mails or documents. Copy it again from the cobby portal."))
entry("workspace.license_key.whitespace", QT_TRANSLATE_NOOP(
    "Workspaces", "The license key contains a space or a line break. Copy it again from the "
    "cobby portal as one piece."))
entry("workspace.license_key.too_short", QT_TRANSLATE_NOOP(
    "Workspaces", "The license key is too short. Copy the complete key from the cobby portal."))
entry("workspace.license_key.too_long", QT_TRANSLATE_NOOP(
    "Workspaces", "The license key is too long. Make sure you copied only the key from the "
    "cobby portal."))


entry("workspace.name.empty", QT_TRANSLATE_NOOP("Workspaces", "Enter a name for the workspace."))
entry("workspace.name.too_long", QT_TRANSLATE_NOOP(
    "Workspaces", "Use a shorter name for the workspace (at most {limit} characters)."))
entry("workspace.name.taken", QT_TRANSLATE_NOOP(
    "Workspaces", "A workspace called “{name}” already exists. Choose another name so the two "
    "can be told apart."))
entry("workspace.gone", QT_TRANSLATE_NOOP(
    "Workspaces", "This workspace no longer exists. Please reload the inventory."))
entry("workspace.shop_gone", QT_TRANSLATE_NOOP(
    "Workspaces", "This shop no longer exists. Please reload the inventory."))
entry("workspace.taken", QT_TRANSLATE_NOOP(
    "Workspaces", "The workspace “{name}” is already connected to the shop {shop}. A workspace "
    "connects to one shop only: create another workspace for this shop, or disconnect the "
    "other shop first."))


class WorkspaceProblem(enum.StrEnum):
    NAME = "name"
    LICENSE_KEY = "license_key"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    VAULT = "vault"
    INVENTORY = "inventory"


class WorkspaceError(Exception):
    def __init__(
        self,
        kind: WorkspaceProblem,
        message: str | Message,
        problems: tuple[FieldProblem, ...] = (),
    ) -> None:
        said = message if isinstance(message, Message) else None
        text = english(said) if said else str(message)
        super().__init__(text)
        self.kind = kind
        self.said = said  # the code and parameters, rendered where shown
        self.message = text  # English, for logs
        self.problems = problems


# -- license key ----------------------------------------------------------------------


def clean_license_key(value: Secret | str) -> Secret:
    """The pasted key without ordinary spaces or line breaks around it."""
    raw = value.reveal() if isinstance(value, Secret) else value
    return Secret(raw.strip(" \t\r\n"))


def _invisible(ch: str) -> bool:
    if ch in " \t\r\n\v\f":
        return False  # visible enough: reported as a space or line break
    return ch in _INVISIBLE_EXTRA or unicodedata.category(ch) in ("Cf", "Cc", "Co", "Cn")


def check_license_key(value: Secret | str | None) -> tuple[FieldProblem, ...]:
    """Problems with a (cleaned) license key; empty when it looks plausible."""
    key = clean_license_key(value or "").reveal()

    def problem(code: str, said: str) -> tuple[FieldProblem, ...]:
        return (FieldProblem(LICENSE_KEY_FIELD, code, message(said)),)

    if not key:
        return problem("empty", "workspace.license_key.empty")
    if " ".join(key.split()).casefold() == PLACEHOLDER_LICENSE_KEY:
        return problem("placeholder", "workspace.license_key.placeholder")
    if any(_invisible(ch) for ch in key):
        return problem("invisible", "workspace.license_key.invisible")
    if any(ch.isspace() for ch in key):
        return problem("whitespace", "workspace.license_key.whitespace")
    if len(key) < MIN_KEY_LENGTH:
        return problem("length", "workspace.license_key.too_short")
    if len(key) > MAX_KEY_LENGTH:
        return problem("length", "workspace.license_key.too_long")
    return ()


def _valid_key(value: Secret | str) -> Secret:
    problems = check_license_key(value)
    if problems:
        raise WorkspaceError(WorkspaceProblem.LICENSE_KEY, problems[0].said, problems)
    return clean_license_key(value)


# -- names ----------------------------------------------------------------------------


def _valid_name(inventory: Inventory, name: str, *, except_id: int | None = None) -> str:
    try:
        clean = clean_label(name)
    except LabelError as exc:
        raise WorkspaceError(WorkspaceProblem.NAME, exc.said) from None
    if not clean:
        raise WorkspaceError(WorkspaceProblem.NAME, message("workspace.name.empty"))
    if len(clean) > MAX_NAME_LENGTH:
        raise WorkspaceError(
            WorkspaceProblem.NAME,
            message("workspace.name.too_long", limit=MAX_NAME_LENGTH),
        )
    folded = fold(clean)
    for ws in inventory.workspaces():
        if ws.id != except_id and fold(ws.name) == folded:
            raise WorkspaceError(
                WorkspaceProblem.NAME,
                message("workspace.name.taken", name=ws.name),
            )
    return clean


# -- operations -----------------------------------------------------------------------


def _need(inventory: Inventory, workspace_id: int) -> Workspace:
    ws = inventory.workspace(workspace_id)
    if ws is None:
        raise WorkspaceError(WorkspaceProblem.NOT_FOUND, message("workspace.gone"))
    return ws


def _vault_error(exc: VaultError) -> WorkspaceError:
    return WorkspaceError(WorkspaceProblem.VAULT, exc.said or exc.message)


def _inventory_error(exc: InventoryError) -> WorkspaceError:
    conflict = exc.kind is InventoryProblem.CONFLICT
    return WorkspaceError(
        WorkspaceProblem.CONFLICT if conflict else WorkspaceProblem.INVENTORY,
        exc.said or exc.message,
    )


def create_workspace(
    inventory: Inventory, vault: Vault, name: str, license_key: Secret | None = None
) -> Workspace:
    """Add a workspace; its license key (if given) goes to the keychain. If the
    keychain refuses the key, the workspace is not created either. Called
    inside the caller's transaction, the key is written before that commits:
    a caller whose transaction may still abort passes a vault that can undo
    its writes (`services.setup.JournalVault`)."""
    clean = _valid_name(inventory, name)
    key = _valid_key(license_key) if license_key is not None else None
    stored: SecretRef | None = None
    try:
        with inventory.transaction():
            ws = inventory.add_workspace(Workspace(name=clean, has_license_key=key is not None))
            assert ws.id is not None
            if key is not None:
                stored = SecretRef.license_key(ws.id, inventory.vault_space)
                vault.put(stored, key)
            inventory.log_activity(
                Activity.CREATED,
                message("activity.workspace_created_with_key" if key
                        else "activity.workspace_created"),
                workspace_id=ws.id,
            )
    except (VaultError, InventoryError) as exc:
        # The rolled-back id may be reused: never leave its key behind.
        if stored is not None:
            try:
                vault.delete(stored)
            except VaultError:
                pass
        if isinstance(exc, VaultError):
            raise _vault_error(exc) from None
        raise _inventory_error(exc) from None
    return ws


def rename_workspace(inventory: Inventory, workspace_id: int, new_name: str) -> Workspace:
    ws = _need(inventory, workspace_id)
    clean = _valid_name(inventory, new_name, except_id=workspace_id)
    if clean == ws.name:
        return ws
    ws = replace(ws, name=clean)
    try:
        with inventory.transaction():
            inventory.update_workspace(ws)
            inventory.log_activity(
                Activity.UPDATED, message("activity.workspace_renamed"), workspace_id=ws.id
            )
    except InventoryError as exc:
        raise _inventory_error(exc) from None
    return ws


entry("workspace.delete.ask", QT_TRANSLATE_NOOP(
    "Workspaces", "Delete the workspace “{name}” from this app?"))
entry("workspace.delete.key", QT_TRANSLATE_NOOP(
    "Workspaces", "Its license key is removed from this computer's keychain."))
entry("workspace.delete.shop", QT_TRANSLATE_NOOP(
    "Workspaces", "The shop {shop} stays in the inventory without a workspace."))
entry("workspace.delete.portal", QT_TRANSLATE_NOOP(
    "Workspaces", "The workspace in the cobby portal is not changed."))


def deletion_summary(inventory: Inventory, workspace_id: int) -> tuple[Message, ...]:
    """The sentences the caller shows, one after the other, when asking the
    merchant to confirm."""
    ws = _need(inventory, workspace_id)
    shops = [s for s in inventory.shops() if s.workspace_id == workspace_id]
    parts = [message("workspace.delete.ask", name=ws.name)]
    if ws.has_license_key:
        parts.append(message("workspace.delete.key"))
    if shops:
        parts.append(message("workspace.delete.shop", shop=shops[0].display_name))
    parts.append(message("workspace.delete.portal"))
    return tuple(parts)


def delete_workspace(inventory: Inventory, vault: Vault, workspace_id: int) -> None:
    """Delete a workspace the merchant has confirmed deleting (see
    `deletion_summary`). The license key leaves the keychain first, so a
    keychain failure leaves everything as it was. Its shop stays, unassigned."""
    ws = _need(inventory, workspace_id)
    try:
        vault.delete(SecretRef.license_key(workspace_id, inventory.vault_space))
    except VaultError as exc:
        raise _vault_error(exc) from None
    try:
        with inventory.transaction():
            inventory.delete_workspace(workspace_id)
            inventory.log_activity(
                Activity.DELETED, message("activity.workspace_deleted", name=ws.name)
            )
    except InventoryError as exc:
        raise _inventory_error(exc) from None


def set_license_key(
    inventory: Inventory, vault: Vault, workspace_id: int, license_key: Secret | None
) -> Workspace:
    """Store (or with None, remove) the workspace's license key."""
    ws = _need(inventory, workspace_id)
    ref = SecretRef.license_key(workspace_id, inventory.vault_space)
    key = _valid_key(license_key) if license_key is not None else None
    try:
        if key is None:
            vault.delete(ref)
        else:
            vault.put(ref, key)
    except VaultError as exc:
        raise _vault_error(exc) from None
    ws = replace(ws, has_license_key=key is not None)
    try:
        with inventory.transaction():
            inventory.update_workspace(ws)
            what = message(
                "activity.license_key_stored" if key else "activity.license_key_removed"
            )
            inventory.log_activity(Activity.UPDATED, what, workspace_id=ws.id)
    except InventoryError as exc:
        raise _inventory_error(exc) from None
    return ws


def workspace_license_key(vault: Vault, workspace_id: int, space: str | None) -> Secret | None:
    """The license key the connection proof compares with the shop's (`space`:
    the inventory's `vault_space`)."""
    if space is None:
        return None
    try:
        return vault.get(SecretRef.license_key(workspace_id, space))
    except VaultError as exc:
        raise _vault_error(exc) from None


def connect_shop(inventory: Inventory, shop_id: int, workspace_id: int | None) -> Shop:
    """Assign a shop to a workspace (None: to none). A workspace connects to
    one shop only; the message names the shop that already uses it."""
    shop = inventory.shop(shop_id)
    if shop is None:
        raise WorkspaceError(WorkspaceProblem.NOT_FOUND, message("workspace.shop_gone"))
    if workspace_id is not None:
        ws = _need(inventory, workspace_id)
        taken = next(
            (s for s in inventory.shops() if s.workspace_id == workspace_id and s.id != shop_id),
            None,
        )
        if taken is not None:
            raise WorkspaceError(
                WorkspaceProblem.CONFLICT,
                message("workspace.taken", name=ws.name, shop=taken.display_name),
            )
    try:
        shop = inventory.update_shop(replace(shop, workspace_id=workspace_id))
    except InventoryError as exc:
        raise _inventory_error(exc) from None
    return shop
