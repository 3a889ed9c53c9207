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

from cobby_desktop import i18n
from cobby_desktop.cli.kdbx_common import PassphraseError, emit, key_file, passphrase, say

if TYPE_CHECKING:  # imported when a command runs: pykeepass is not light
    from cobby_desktop.services.context import AppContext
    from cobby_desktop.services.kdbx_import import ImportPlan, PlanItem, Resolution

# Option values and answer keys -> Resolution values.
_CHOICES = {"keep-mine": "keep_mine", "take-theirs": "take_theirs", "keep-both": "keep_both"}
_KEYS = {"m": "keep_mine", "t": "take_theirs", "b": "keep_both"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=i18n.translate("Cli", "the .kdbx file to import"))
    parser.add_argument("--key-file", metavar="PATH",
                        help=i18n.translate("Cli", "the key file that protects the file"))
    parser.add_argument("--conflicts", choices=sorted(_CHOICES),
                        help=i18n.translate(
                            "Cli", "how to decide every conflict (default: ask, or keep mine)"))
    parser.add_argument("--dry-run", action="store_true",
                        help=i18n.translate("Cli", "only show what would change"))


def describe(plan: ImportPlan) -> list[str]:
    from cobby_desktop.services.kdbx_import import Change

    lines = [
        say("kdbx.cli.preview", added=plan.count(Change.ADDED),
            updated=plan.count(Change.UPDATED), unchanged=plan.count(Change.UNCHANGED),
            conflicts=len(plan.conflicts), ignored=plan.ignored)
    ]  # fmt: skip
    for item in plan.conflicts:
        lines.append(say("kdbx.cli.conflict", title=item.title, here=item.local_title or "",
                         fields=", ".join(item.differs)))  # fmt: skip
    return lines


def _ask(item: PlanItem) -> Resolution:
    from cobby_desktop.services.kdbx_import import Resolution

    while True:
        answer = input(say("kdbx.cli.choose", title=item.title)).strip().lower()[:1]
        if answer in _KEYS:
            return Resolution(_KEYS[answer])


def _choices(plan: ImportPlan, flag: str | None) -> Mapping[str, Resolution]:
    from cobby_desktop.services.kdbx_import import Resolution

    if flag:
        return {item.key: Resolution(_CHOICES[flag]) for item in plan.conflicts}
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
    emit(say("kdbx.cli.imported", added=result.added, updated=result.updated,
             unchanged=result.unchanged, ignored=result.ignored))
    return 0
