"""`cobby-desktop export FILE.kdbx [--workspace NAME | --shop LABEL ...] [--key-file PATH]`.

Writes the inventory with every key to a KeePass (KDBX 4) file protected by a
passphrase (see `kdbx_common` for where it comes from). An existing file is
replaced only with --overwrite: it may be the merchant's own KeePass database.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cobby_desktop import i18n
from cobby_desktop.cli.kdbx_common import PassphraseError, emit, key_file, passphrase, say

if TYPE_CHECKING:  # imported when a command runs: pykeepass is not light
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.services.context import AppContext
    from cobby_desktop.services.kdbx_export import Selection


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=i18n.translate("Cli", "the .kdbx file to write"))
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--workspace", metavar="NAME",
                      help=i18n.translate("Cli", "export only this workspace"))
    only.add_argument("--shop", metavar="LABEL", action="append",
                      help=i18n.translate("Cli", "export only this shop (repeat for several)"))
    parser.add_argument("--key-file", metavar="PATH",
                        help=i18n.translate("Cli", "also protect the file with a key file"))
    parser.add_argument("--overwrite", action="store_true",
                        help=i18n.translate("Cli", "replace an existing file"))


def _selection(inv: Inventory, args: argparse.Namespace) -> Selection | None:
    """Everything, the named workspace or the labelled shops; None (said why)
    when a name matches nothing."""
    from cobby_desktop.services.kdbx_export import Selection

    if args.workspace:
        wanted = args.workspace.strip().casefold()
        ws = next((w for w in inv.workspaces() if w.name.casefold() == wanted), None)
        if ws is None:
            emit(say("kdbx.cli.no_workspace"), error=True)
            return None
        return Selection(workspace_id=ws.id)
    if args.shop:
        shops = [inv.shop_by_label(label.strip()) for label in args.shop]
        if any(shop is None for shop in shops):
            emit(say("kdbx.cli.no_shop"), error=True)
            return None
        return Selection(shop_ids=tuple(s.id for s in shops if s is not None and s.id))
    return Selection()


def run(args: argparse.Namespace, context: AppContext) -> int:
    from cobby_desktop.domain.store import InventoryError
    from cobby_desktop.services.kdbx_errors import KdbxError
    from cobby_desktop.services.kdbx_export import export_kdbx

    target = Path(args.file).expanduser()
    if target.exists() and not args.overwrite:
        emit(say("kdbx.cli.exists", path=str(target)), error=True)
        return 2
    try:
        with context.open_inventory() as inv:
            selection = _selection(inv, args)
            if selection is None:
                return 2
            secret = passphrase(twice=True)
            result = export_kdbx(inv, context.vault, target, secret,
                                 keyfile=key_file(args.key_file), selection=selection)
    except PassphraseError as exc:
        emit(str(exc), error=True)
        return 2
    except (KdbxError, InventoryError) as exc:
        emit(i18n.explain(exc), error=True)
        return 1
    emit(say("kdbx.cli.exported", shops=result.shops, workspaces=result.workspaces,
             path=str(result.path)))
    emit(say("kdbx.cli.keep_safe"))
    return 0
