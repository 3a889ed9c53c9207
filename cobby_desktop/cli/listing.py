"""`cobby-desktop list [--json]`: the inventory, without secrets.

Reads only the inventory database; the keychain is never asked, so listing
never prompts and never shows a secret.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from cobby_desktop import i18n
from cobby_desktop.domain.labels import printable
from cobby_desktop.domain.model import InventoryRow
from cobby_desktop.messages import CATALOGUE, QT_TRANSLATE_NOOP, entry, message

if TYPE_CHECKING:
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.services.context import AppContext, InventoryOpener

entry("cli.list.empty", QT_TRANSLATE_NOOP(
    "Cli", "No shops in the inventory yet. Start cobby Desktop and choose Connect a shop."))

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help=i18n.translate("Cli", "print a JSON list of shops"))


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat(timespec="seconds") if value else None


def row_to_dict(row: InventoryRow) -> dict[str, Any]:
    shop, ws, cred = row.shop, row.workspace, row.credential
    return {
        "shop_id": shop.id,
        "shop": shop.display_name,
        "base_url": shop.base_url,
        "magento": int(shop.magento_major),
        "magento_version": shop.magento_version,
        "magento_edition": shop.magento_edition,
        "workspace": ws.name if ws else None,
        "api_user": cred.api_user if cred else None,
        "credential_kind": str(cred.kind) if cred else None,
        "credential_state": str(cred.state) if cred else None,
        "last_test": (
            {
                "at": _iso(cred.last_tested_at),
                "outcome": str(cred.last_test_outcome) if cred.last_test_outcome else None,
                "summary": cred.last_test_summary,
            }
            if cred and cred.last_tested_at
            else None
        ),
    }


# The table's words; the JSON keeps the stable values (ok, active, ...).
_HEADER = ("shop", "magento", "workspace", "api_user", "credential", "last_test")
entry("cli.list.header.shop", QT_TRANSLATE_NOOP("Cli", "Shop"))
entry("cli.list.header.magento", QT_TRANSLATE_NOOP("Cli", "Magento"))
entry("cli.list.header.workspace", QT_TRANSLATE_NOOP("Cli", "Workspace"))
entry("cli.list.header.api_user", QT_TRANSLATE_NOOP("Cli", "API user"))
entry("cli.list.header.credential", QT_TRANSLATE_NOOP("Cli", "Credential"))
entry("cli.list.header.last_test", QT_TRANSLATE_NOOP("Cli", "Last test"))
entry("cli.list.never", QT_TRANSLATE_NOOP("Cli", "never"))
entry("cli.list.no_credential", QT_TRANSLATE_NOOP("Cli", "none"))
entry("cli.list.last_test", QT_TRANSLATE_NOOP("Cli", "{outcome}, {age}"))
entry("cli.list.age.now", QT_TRANSLATE_NOOP("Cli", "just now"))
entry("cli.list.age.minutes", QT_TRANSLATE_NOOP("Cli", "%n min ago", None, 1), count="count")
entry("cli.list.age.hours", QT_TRANSLATE_NOOP("Cli", "%n h ago", None, 1), count="count")
entry("cli.list.age.days", QT_TRANSLATE_NOOP("Cli", "%n d ago", None, 1), count="count")
for _stored, _source in (
    ("ok", QT_TRANSLATE_NOOP("Cli", "ok")),
    ("notice", QT_TRANSLATE_NOOP("Cli", "notice")),
    ("failed", QT_TRANSLATE_NOOP("Cli", "failed")),
    ("draft", QT_TRANSLATE_NOOP("Cli", "draft")),
    ("active", QT_TRANSLATE_NOOP("Cli", "active")),
    ("rotating", QT_TRANSLATE_NOOP("Cli", "rotating")),
    ("revoked", QT_TRANSLATE_NOOP("Cli", "revoked")),
):
    entry(f"cli.list.value.{_stored}", _source)


def _age(at: datetime, now: datetime) -> str:
    seconds = max(0, int((now - at).total_seconds()))
    for unit, size in (("days", 86400), ("hours", 3600), ("minutes", 60)):
        if seconds >= size:
            return i18n.render(message(f"cli.list.age.{unit}", count=seconds // size))
    return i18n.render(message("cli.list.age.now"))


def _value(value: object) -> str:
    """A stored state or outcome in the reader's words (its value when unknown)."""
    code = f"cli.list.value.{value}"
    return i18n.render(message(code)) if code in CATALOGUE else str(value)


def format_table(rows: list[InventoryRow], now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    header = tuple(i18n.render(message(f"cli.list.header.{name}")) for name in _HEADER)
    lines: list[tuple[str, ...]] = [header]
    for row in rows:
        shop, ws, cred = row.shop, row.workspace, row.credential
        magento = shop.magento_version or str(int(shop.magento_major))
        if cred and cred.last_tested_at:
            outcome = _value(cred.last_test_outcome) if cred.last_test_outcome else "?"
            last = i18n.render(message(
                "cli.list.last_test", outcome=outcome, age=_age(cred.last_tested_at, now)
            ))
        else:
            last = i18n.render(message("cli.list.never"))
        cells = (
            shop.display_name,
            magento,
            ws.name if ws else "-",
            cred.api_user if cred else "-",
            _value(cred.state) if cred else i18n.render(message("cli.list.no_credential")),
            last,
        )
        # A name from an older version or another program may hold escape
        # sequences: a terminal is never handed them raw.
        lines.append(tuple(printable(c) for c in cells))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    text = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
            for line in lines]  # fmt: skip
    text.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(text)


def open_for_reading(open_inventory: InventoryOpener | None = None) -> Inventory:
    """The inventory, read-only when its folder cannot be written."""
    from cobby_desktop.domain.store import Inventory, InventoryError, InventoryProblem

    try:
        return (open_inventory or Inventory.open)()
    except InventoryError as exc:
        if exc.kind is not InventoryProblem.UNWRITABLE:
            raise
        return Inventory.open(read_only=True)


def run(args: argparse.Namespace, context: AppContext) -> int:
    from cobby_desktop.domain.store import InventoryError

    try:
        with open_for_reading(context.open_inventory) as inventory:
            # In the reader's alphabetical order, as the window lists them.
            rows = i18n.collated(inventory.rows(), lambda row: row.shop.display_name)
    except InventoryError as exc:
        if sys.stderr is not None:
            print(i18n.explain(exc), file=sys.stderr)
        return 1
    if sys.stdout is None:
        return 0
    if args.json:
        print(json.dumps([row_to_dict(r) for r in rows], indent=2, ensure_ascii=False))
    elif not rows:
        print(i18n.render(message("cli.list.empty")))
    else:
        print(format_table(rows))
    return 0
