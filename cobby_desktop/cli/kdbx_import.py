"""`cobby-desktop import FILE.kdbx [--key-file PATH] [--conflicts CHOICE] [--dry-run]`.

Reads the whole file first and prints what it would add, update and leave
alone. Conflicts (the same shop with other values here) are decided with
--conflicts for all of them, or one by one when run in a terminal; without
either, what is here is kept. Then everything is imported, or nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cobby_desktop.services.context import AppContext

from cobby_desktop import i18n
from cobby_desktop.cli.kdbx_common import PassphraseError, emit, key_file, passphrase
from cobby_desktop.services.kdbx_import import Change, ImportPlan, PlanItem, Resolution

_CHOICES = {"keep-mine": Resolution.KEEP_MINE, "take-theirs": Resolution.TAKE_THEIRS,
            "keep-both": Resolution.KEEP_BOTH}  # fmt: skip
_KEYS = {"m": Resolution.KEEP_MINE, "t": Resolution.TAKE_THEIRS, "b": Resolution.KEEP_BOTH}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="the .kdbx file to import")
    parser.add_argument("--key-file", metavar="PATH", help="the key file that protects the file")
    parser.add_argument("--conflicts", choices=sorted(_CHOICES),
                        help="how to decide every conflict (default: ask, or keep mine)")
    parser.add_argument("--dry-run", action="store_true", help="only show what would change")


def describe(plan: ImportPlan) -> list[str]:
    lines = [
        f"{plan.count(Change.ADDED)} to add, {plan.count(Change.UPDATED)} to update, "
        f"{plan.count(Change.UNCHANGED)} unchanged, {len(plan.conflicts)} in conflict; "
        f"{plan.ignored} other entries ignored."
    ]
    for item in plan.conflicts:
        lines.append(f"  conflict: {item.title} (here: {item.local_title}); differs in "
                     f"{', '.join(item.differs)}")
    return lines


def _ask(item: PlanItem) -> Resolution:
    while True:
        answer = input(f"{item.title}: keep mine [m], take theirs [t] or keep both [b]? ")
        if answer.strip().lower()[:1] in _KEYS:
            return _KEYS[answer.strip().lower()[:1]]


def _choices(plan: ImportPlan, flag: str | None) -> Mapping[str, Resolution]:
    if flag:
        return {item.key: _CHOICES[flag] for item in plan.conflicts}
    if plan.conflicts and sys.stdin is not None and sys.stdin.isatty():
        return {item.key: _ask(item) for item in plan.conflicts}
    return {}


def run(args: argparse.Namespace, context: AppContext) -> int:
    from cobby_desktop.domain.store import InventoryError
    from cobby_desktop.services.kdbx_errors import KdbxError
    from cobby_desktop.services.kdbx_import import apply_import, plan_import
    from cobby_desktop.services.kdbx_read import read_kdbx

    try:
        document = read_kdbx(Path(args.file).expanduser(), passphrase(twice=False),
                             key_file(args.key_file))
        vault = context.vault
        with context.open_inventory() as inv:
            plan = plan_import(inv, vault, document)
            for line in describe(plan):
                emit(line)
            if args.dry_run:
                return 0
            result = apply_import(inv, vault, document, _choices(plan, args.conflicts))
    except PassphraseError as exc:
        emit(str(exc), error=True)
        return 2
    except (KdbxError, InventoryError) as exc:
        emit(i18n.explain(exc), error=True)
        return 1
    emit(f"Imported: {result.added} added, {result.updated} updated, {result.unchanged} "
         f"left as they were, {result.ignored} other entries ignored.")
    return 0
