"""What `export` and `import` share: the passphrase, the vault, messages.

The passphrase comes from the environment variable COBBY_KDBX_PASSPHRASE or
a terminal prompt (never from arguments, so it is in no shell history and no
process list). Export asks twice, so a typo cannot lock the merchant out.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from cobby_desktop import i18n
from cobby_desktop.messages import QT_TRANSLATE_NOOP, entry, message
from cobby_desktop.secret import Secret

ENV_PASSPHRASE = "COBBY_KDBX_PASSPHRASE"

# What export and import print, in the one catalogue.
for _code, _text in (
    ("kdbx.cli.no_passphrase", QT_TRANSLATE_NOOP(
        "Cli", "No passphrase: set {variable} or run this in a terminal to be asked.")),
    ("kdbx.cli.passphrases_differ", QT_TRANSLATE_NOOP(
        "Cli", "The two passphrases differ. Nothing was written; try again.")),
    ("kdbx.cli.ask", QT_TRANSLATE_NOOP("Cli", "Passphrase for the KeePass file: ")),
    ("kdbx.cli.ask_again", QT_TRANSLATE_NOOP("Cli", "The same passphrase again: ")),
    ("kdbx.cli.exists", QT_TRANSLATE_NOOP(
        "Cli", "{path} exists already. Choose another name, or add --overwrite to replace it.")),
    ("kdbx.cli.no_workspace", QT_TRANSLATE_NOOP(
        "Cli", "No workspace has that name. Run cobby-desktop list to see them.")),
    ("kdbx.cli.exported", QT_TRANSLATE_NOOP(
        "Cli", "Exported {shops} shops ({workspaces} workspaces) with their keys to {path}.")),
    ("kdbx.cli.keep_safe", QT_TRANSLATE_NOOP(
        "Cli", "This file holds every key of these shops: keep it and its passphrase safe, "
        "and delete copies you no longer need.")),
    ("kdbx.cli.preview", QT_TRANSLATE_NOOP(
        "Cli", "{added} to add, {updated} to update, {unchanged} unchanged, {conflicts} in "
        "conflict; {ignored} other entries ignored.")),
    ("kdbx.cli.conflict", QT_TRANSLATE_NOOP(
        "Cli", "  conflict: {title} (here: {here}); differs in {fields}")),
    ("kdbx.cli.choose", QT_TRANSLATE_NOOP(
        "Cli", "{title}: keep mine [m], take theirs [t] or keep both [b]? ")),
    ("kdbx.cli.imported", QT_TRANSLATE_NOOP(
        "Cli", "Imported: {added} added, {updated} updated, {unchanged} left as they were, "
        "{ignored} other entries ignored.")),
):  # fmt: skip
    entry(_code, _text)


def say(code: str, **params: str | int) -> str:
    return i18n.render(message(code, **params))


class PassphraseError(Exception):
    """No passphrase: none in the environment and no terminal to ask on."""


def emit(text: str, error: bool = False) -> None:
    stream = sys.stderr if error else sys.stdout
    if stream is not None:  # a frozen Windows GUI build has no console
        print(text, file=stream, flush=True)


def passphrase(*, twice: bool) -> Secret:
    """From the environment, else asked on the terminal (twice for export)."""
    given = os.environ.get(ENV_PASSPHRASE)
    if given:
        return Secret(given)
    if sys.stdin is None or not sys.stdin.isatty():
        raise PassphraseError(say("kdbx.cli.no_passphrase", variable=ENV_PASSPHRASE))
    first = Secret(getpass.getpass(say("kdbx.cli.ask")))
    if twice and Secret(getpass.getpass(say("kdbx.cli.ask_again"))) != first:
        raise PassphraseError(say("kdbx.cli.passphrases_differ"))
    return first


def key_file(value: str | None) -> Path | None:
    return Path(value).expanduser() if value else None
