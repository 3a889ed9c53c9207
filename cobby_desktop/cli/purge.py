"""`cobby-desktop purge --yes`: remove every secret this app stored.

Used by the Windows uninstaller when the merchant asks to remove their data:
it deletes the data folder only after this exits 0. keyring cannot list a
keychain, so the inventory is the index: every credential's secret fields,
every workspace's license key and every shop's basic-auth password are
deleted, then the encrypted local vault file (and any set-aside copies).
This command never deletes the inventory: if the keychain refuses, it exits 1
and the inventory still names what is left, so no key is orphaned.

Exit codes: 0 all removed, 1 something could not be removed, 2 no --yes.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cobby_desktop.services.context import AppContext, InventoryOpener

from cobby_desktop import i18n, paths
from cobby_desktop.domain import local_vault, vault_choice
from cobby_desktop.domain.vault import SecretRef, Vault, VaultError, VaultProblem, cli_vault
from cobby_desktop.messages import QT_TRANSLATE_NOOP, entry, message

entry("cli.purge.confirm", QT_TRANSLATE_NOOP(
    "Cli", "cobby-desktop purge removes every API key, token, license key and password cobby "
    "Desktop stored in the keychain or in its encrypted local vault. They cannot be recovered "
    "afterwards. The inventory itself is not deleted. To go ahead, run: cobby-desktop purge "
    "--yes"))
entry("cli.purge.removed_before", QT_TRANSLATE_NOOP(
    "Cli", "%n of the stored keys were removed before that.", None, 1), count="count")
entry("cli.purge.removed", QT_TRANSLATE_NOOP(
    "Cli", "Removed %n keychain entries (the inventory names {known}).", None, 1),
    count="count")
entry("cli.purge.vault_deleted", QT_TRANSLATE_NOOP(
    "Cli", "Deleted the encrypted local vault file {path}."))
entry("cli.purge.inventory_kept", QT_TRANSLATE_NOOP(
    "Cli", "The inventory in {folder} was kept; delete that folder to remove it too."))
entry("cli.purge.unreadable", QT_TRANSLATE_NOOP(
    "Cli", "{problem} Nothing was removed, since the inventory names the keys."))
entry("cli.purge.no_keychain", QT_TRANSLATE_NOOP(
    "Cli", "{problem} No key was removed and the inventory was kept, so they can be removed "
    "later."))
entry("cli.purge.vault_file_kept", QT_TRANSLATE_NOOP(
    "Cli", "The encrypted local vault file {path} could not be deleted ({error}). Close cobby "
    "Desktop and try again."))
entry("cli.purge.keys_left", QT_TRANSLATE_NOOP(
    "Cli", "{problem} Some keys are still in the keychain, so the inventory was kept as the "
    "list of what is stored. Run this again once the keychain allows it."))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--yes",
        action="store_true",

                            help=i18n.translate("Cli",
                                "really remove every stored key and password (cannot be undone)"),
    )


def _emit(text: str, error: bool = False) -> None:
    stream = sys.stderr if error else sys.stdout
    if stream is not None:  # a frozen Windows GUI build has no console
        print(text, file=stream, flush=True)


@dataclass
class PurgeResult:
    ok: bool
    removed: int = 0  # keychain entries that existed and are gone
    known: int = 0  # entries the inventory names
    files: list[Path] = field(default_factory=list)  # local vault files deleted
    message: str = ""  # what went wrong and what to do; never a secret


def known_refs(open_inventory: InventoryOpener | None = None) -> list[SecretRef]:
    """Every keychain entry the inventory can name. Creates no new inventory."""
    if not paths.database_path().exists():
        return []
    from cobby_desktop.domain import keychain_names
    from cobby_desktop.domain.store import Inventory

    refs: list[SecretRef] = []
    with (open_inventory or Inventory.open)() as inventory:
        space = inventory.vault_space
        for cred in inventory.credentials():
            if cred.vault_key is not None:
                refs += [SecretRef.credential(cred.vault_key, f) for f in cred.kind.secret_fields]
        for ws in inventory.workspaces():
            if ws.id is not None:
                refs.append(SecretRef.license_key(ws.id, space))
        for shop in inventory.shops():
            if shop.id is not None:
                refs.append(SecretRef.basic_auth_password(shop.id, space))
        # Entries from before inventory version 3 that were copied, not moved.
        refs += keychain_names.legacy_refs(inventory)
    return refs


def _local_vault_files() -> list[Path]:
    main = local_vault.default_path()
    found = [p for p in (main, main.with_name(main.name + ".tmp")) if p.exists()]
    return found + sorted(main.parent.glob(main.name + ".forgotten-*"))


def purge(
    vault: Vault | None = None,
    open_inventory: InventoryOpener | None = None,
    *,
    local_vault_chosen: bool = False,
) -> PurgeResult:
    """With the local vault chosen its keys go with its files: no master
    password is asked and the keychain is not touched."""
    from cobby_desktop.domain.store import InventoryError

    try:
        refs = known_refs(open_inventory)
    except InventoryError as exc:
        return PurgeResult(
            False, message=i18n.render(message("cli.purge.unreadable", problem=i18n.explain(exc)))
        )
    result = PurgeResult(True, known=len(refs))
    files = _local_vault_files()
    if refs and not (local_vault_chosen and files):
        vault = vault or cli_vault()
        health = vault.health()
        if health.ok:
            for ref in refs:
                try:
                    result.removed += int(vault.delete(ref))
                except VaultError as exc:
                    result.ok = False
                    result.message = (
                        i18n.render(message("cli.purge.keys_left", problem=i18n.explain(exc)))
                    )
                    return result
        elif not (health.kind is VaultProblem.MISSING and files):
            # With no keychain, the keys can only be in the local vault, removed below.
            return PurgeResult(
                False,
                known=len(refs),
                message=i18n.render(
                    message("cli.purge.no_keychain", problem=i18n.explain(health))
                ),
            )
    for path in files:
        try:
            path.unlink()
        except OSError as exc:
            result.ok = False
            result.message = i18n.render(
                message("cli.purge.vault_file_kept", path=str(path), error=str(exc.strerror))
            )
            return result
        result.files.append(path)
    if files:
        vault_choice.forget_choice()
    return result


def run(args: argparse.Namespace, context: AppContext) -> int:
    if not args.yes:
        _emit(i18n.render(message("cli.purge.confirm")), error=True)
        return 2
    result = purge(
        context.vault, context.open_inventory, local_vault_chosen=context.local_vault
    )
    if not result.ok:
        _emit(result.message, error=True)
        if result.removed:
            _emit(i18n.render(message("cli.purge.removed_before", count=result.removed)),
                  error=True)
        return 1
    _emit(i18n.render(message("cli.purge.removed", count=result.removed, known=result.known)))
    for path in result.files:
        _emit(i18n.render(message("cli.purge.vault_deleted", path=str(path))))
    _emit(i18n.render(message("cli.purge.inventory_kept", folder=str(paths.data_dir()))))
    return 0
