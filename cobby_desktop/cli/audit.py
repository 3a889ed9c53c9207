"""`cobby-desktop audit [--json]`: security findings for the stored inventory."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cobby_desktop.services.context import AppContext

from cobby_desktop import i18n
from cobby_desktop.messages import QT_TRANSLATE_NOOP, entry, message

entry("cli.audit.clean", QT_TRANSLATE_NOOP(
    "Cli", "No security findings. Every stored credential looks healthy."))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help=i18n.translate("Cli", "print one JSON object"))
    parser.add_argument(
        "--max-key-age",
        type=int,
        default=None,
        metavar="DAYS",
        help=i18n.translate("Cli", "keys older than this need rotating (default 180)"),
    )


def run(args: argparse.Namespace, context: AppContext) -> int:
    from cobby_desktop.cli.listing import open_for_reading
    from cobby_desktop.domain.audit import AuditPolicy, AuditSeverity, run_audit
    from cobby_desktop.domain.labels import printable
    from cobby_desktop.domain.store import InventoryError
    from cobby_desktop.domain.vault import VaultError

    try:
        inventory = open_for_reading(context.open_inventory)
    except InventoryError as exc:
        print(i18n.explain(exc), file=sys.stderr)
        return 1
    vault = context.vault
    policy = AuditPolicy() if args.max_key_age is None else AuditPolicy(args.max_key_age)
    with inventory:
        from cobby_desktop.domain import keychain_names

        keychain_names.ensure(inventory, vault)
        try:
            findings = run_audit(
                inventory.shops(), inventory.credentials(), vault.credential_secrets, policy=policy
            )
        except VaultError as exc:
            print(i18n.explain(exc), file=sys.stderr)
            return 1
        shops = {s.id: s.display_name for s in inventory.shops()}
    if args.json:
        # Codes, severities and actions stay the same in every language; the texts follow it.
        print(json.dumps({"findings": [f.as_dict(i18n.render) for f in findings]}, indent=2))
    elif not findings:
        print(i18n.render(message("cli.audit.clean")))
    else:
        for f in findings:
            where = shops.get(f.shop_id, "")
            print(f"[{f.severity}] {f.code:<18} {printable(where)}: {i18n.render(f.title_message)}")
            print(f"    {printable(i18n.render(f.detail_message))}  (action: {f.action.value})")
    return 1 if any(f.severity is AuditSeverity.WARNING for f in findings) else 0
