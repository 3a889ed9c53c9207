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

from cobby_desktop.secret import Secret

ENV_PASSPHRASE = "COBBY_KDBX_PASSPHRASE"


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
        raise PassphraseError(
            f"No passphrase: set {ENV_PASSPHRASE} or run this in a terminal to be asked."
        )
    first = Secret(getpass.getpass("Passphrase for the KeePass file: "))
    if twice and Secret(getpass.getpass("The same passphrase again: ")) != first:
        raise PassphraseError("The two passphrases differ. Nothing was written; try again.")
    return first


def key_file(value: str | None) -> Path | None:
    return Path(value).expanduser() if value else None
