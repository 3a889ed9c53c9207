"""What can go wrong with a KeePass export or import: a code with parameters.

Below the UI a problem is `KdbxError(code, params)`; the text is made where it
is shown (`message()`), so tests assert codes and the CLI and the GUI say the
same thing. Parameters never hold a secret: titles, paths and counts only.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class KdbxCode(StrEnum):
    FILE_UNREADABLE = "kdbx.file_unreadable"
    NOT_KEEPASS = "kdbx.not_keepass"
    OLD_FORMAT = "kdbx.old_format"
    WRONG_PASSPHRASE = "kdbx.wrong_passphrase"
    DAMAGED = "kdbx.damaged"
    KEYFILE_UNREADABLE = "kdbx.keyfile_unreadable"
    PASSPHRASE_SHORT = "kdbx.passphrase_short"
    NOTHING_TO_EXPORT = "kdbx.nothing_to_export"
    NO_COBBY_ENTRIES = "kdbx.no_cobby_entries"
    ENTRY_INCOMPLETE = "kdbx.entry_incomplete"
    ENTRY_TWICE = "kdbx.entry_twice"
    UNWRITABLE = "kdbx.unwritable"
    KEYCHAIN = "kdbx.keychain"
    INVENTORY = "kdbx.inventory"


MIN_PASSPHRASE = 8

# English source texts; {name} placeholders are filled from the parameters.
MESSAGES: dict[KdbxCode, str] = {
    KdbxCode.FILE_UNREADABLE: "The file {path} could not be read. Check the name and that you "
    "may open it, then try again. Nothing was changed.",
    KdbxCode.NOT_KEEPASS: "The file {path} is not a KeePass database. Choose the .kdbx file "
    "cobby Desktop or KeePassXC saved. Nothing was changed.",
    KdbxCode.OLD_FORMAT: "The file {path} uses the older KeePass format (KDBX 3). Open it in "
    "KeePassXC and save it in the KDBX 4 format (Database settings > Encryption), then import "
    "it again. Nothing was changed.",
    KdbxCode.WRONG_PASSPHRASE: "The passphrase (or the key file) does not open {path}. Check "
    "both and try again. Nothing was changed.",
    KdbxCode.DAMAGED: "The file {path} is damaged or incomplete and cannot be read. Use another "
    "copy of it. Nothing was changed.",
    KdbxCode.KEYFILE_UNREADABLE: "The key file {path} could not be read. Check the name and try "
    "again. Nothing was changed.",
    KdbxCode.PASSPHRASE_SHORT: "Choose a passphrase of at least {minimum} characters: the file "
    "holds every key of the shops in it.",
    KdbxCode.NOTHING_TO_EXPORT: "There is nothing to export: the selection holds no shop and "
    "no workspace.",
    KdbxCode.NO_COBBY_ENTRIES: "The file {path} holds no shop exported by cobby Desktop "
    "({ignored} other entries were left alone). Nothing was changed.",
    KdbxCode.ENTRY_INCOMPLETE: "The entry “{title}” in the file lacks the field “{field}” or "
    "its value is not valid. Fix it in KeePassXC or export again. Nothing was imported.",
    KdbxCode.ENTRY_TWICE: "The shop “{title}” is in the file twice (perhaps an entry was "
    "copied in KeePassXC). Delete one copy and import again. Nothing was imported.",
    KdbxCode.UNWRITABLE: "The file {path} could not be written. Choose a folder you may write "
    "to and try again.",
    KdbxCode.KEYCHAIN: "The keychain refused to store a key, so nothing was imported and the "
    "keychain was put back as it was. {detail}",
    KdbxCode.INVENTORY: "The inventory could not be changed, so nothing was imported. {detail}",
}


class KdbxError(Exception):
    """A KeePass export or import that did not happen. Never holds a secret."""

    def __init__(self, code: KdbxCode, **params: str | int) -> None:
        super().__init__(code.value)
        self.code = code
        self.params: Mapping[str, str | int] = params

    @property
    def message(self) -> str:
        return message(self.code, self.params)


def message(code: KdbxCode, params: Mapping[str, str | int]) -> str:
    return MESSAGES[code].format_map({k: str(v) for k, v in params.items()})
