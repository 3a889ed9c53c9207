"""Moving keychain entries from the old row-id names to names of their own.

Before inventory version 3 an entry was named `credential:<row id>:<field>`;
row ids restart at 1 in every inventory, so a second data folder overwrote the
first one's secrets. Version 3 gives every credential a random `vault_key` and
the inventory a random space (see `SecretRef`). The database part of that
migration runs when the inventory opens (with the usual backup); this module
copies the secrets, which needs the keychain, the first time both meet.

Crash-safe: an entry is copied only where its new name is still empty, the old
entries are left as they are (another inventory may still need to copy its own
from the same name), and the inventory is marked done only after every copy.
A crash or a keychain failure half way repeats the copying next time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault, VaultError

log = logging.getLogger(__name__)


def _pairs(inv: Inventory) -> Iterator[tuple[SecretRef, SecretRef]]:
    """(old name, new name) of every entry this inventory may own."""
    space = inv.vault_space
    for cred in inv.credentials():
        if cred.id is None or cred.vault_key is None:
            continue
        for name in cred.kind.secret_fields:
            yield (SecretRef.legacy("credential", cred.id, name),
                   SecretRef.credential(cred.vault_key, name))
    for shop in inv.shops():
        if shop.id is not None and shop.basic_auth_user:
            yield (SecretRef.legacy("shop", shop.id, "basic_auth_password"),
                   SecretRef.basic_auth_password(shop.id, space))
    for ws in inv.workspaces():
        if ws.id is not None and ws.has_license_key:
            yield (SecretRef.legacy("workspace", ws.id, "license_key"),
                   SecretRef.license_key(ws.id, space))


def legacy_refs(inv: Inventory) -> list[SecretRef]:
    """The old names this inventory's entries had (the purge removes them too)."""
    return [old for old, _new in _pairs(inv)]


def migrate(inv: Inventory, vault: Vault) -> int:
    """Copy every old entry to its new name once; the number copied."""
    if inv.read_only or not inv.keychain_names_pending:
        return 0
    copied = 0
    for old, new in _pairs(inv):
        if vault.get(new) is not None:
            continue
        value = vault.get(old)
        if value is not None:
            vault.put(new, value)
            copied += 1
    inv.keychain_names_done()
    log.info("keychain entries renamed for this inventory: %d copied", copied)
    return copied


def ensure(inv: Inventory, vault: Vault) -> None:
    """Migrate if needed; a keychain that refuses now is asked again next time."""
    try:
        migrate(inv, vault)
    except VaultError as exc:
        log.warning("keychain entries not renamed yet (%s); will try again", exc.kind)
