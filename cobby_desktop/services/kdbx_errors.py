"""What can go wrong with a KeePass export or import: a code with parameters.

Below the UI a problem is `KdbxError(code, params)`; its text comes from the
one catalogue (`cobby_desktop.messages`) where it is shown, in the merchant's
language, so tests assert codes and the CLI and the GUI say the same thing.
Parameters never hold a secret: titles, paths and counts only.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from cobby_desktop.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    ParamValue,
    Source,
    english,
    entry,
)


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

# English source texts in the one catalogue; {name} placeholders are filled
# from the parameters where the text is shown.
MESSAGES: dict[KdbxCode, Source] = {
    KdbxCode.FILE_UNREADABLE: entry(
        KdbxCode.FILE_UNREADABLE.value,
        QT_TRANSLATE_NOOP(
            "Kdbx",
            "The file {path} could not be read. Check the name and that you "
            "may open it, then try again. Nothing was changed.",
        ),
    ),
    KdbxCode.NOT_KEEPASS: entry(
        KdbxCode.NOT_KEEPASS.value,
        QT_TRANSLATE_NOOP(
            "Kdbx",
            "The file {path} is not a KeePass database. Choose the .kdbx file "
            "cobby Desktop or KeePassXC saved. Nothing was changed.",
        ),
    ),
    KdbxCode.OLD_FORMAT: entry(
        KdbxCode.OLD_FORMAT.value,
        QT_TRANSLATE_NOOP(
            "Kdbx",
            "The file {path} uses the older KeePass format (KDBX 3). Open it in "
            "KeePassXC and save it in the KDBX 4 format (Database settings > Encryption), "
            "then import it again. Nothing was changed.",
        ),
    ),
    KdbxCode.WRONG_PASSPHRASE: entry(
        KdbxCode.WRONG_PASSPHRASE.value,
        QT_TRANSLATE_NOOP(
            "Kdbx",
            "The passphrase (or the key file) does not open {path}. Check "
            "both and try again. Nothing was changed.",
        ),
    ),
    KdbxCode.DAMAGED: entry(
        KdbxCode.DAMAGED.value,
        QT_TRANSLATE_NOOP(
            "Kdbx",
            "The file {path} is damaged or incomplete and cannot be read. Use another "
            "copy of it. Nothing was changed.",
        ),
    ),
    KdbxCode.KEYFILE_UNREADABLE: entry(
        KdbxCode.KEYFILE_UNREADABLE.value,
        QT_TRANSLATE_NOOP(
            "Kdbx",
            "The key file {path} could not be read. Check the name and try "
            "again. Nothing was changed.",
        ),
    ),
    KdbxCode.PASSPHRASE_SHORT: entry(
        KdbxCode.PASSPHRASE_SHORT.value,
        QT_TRANSLATE_NOOP(
            "Kdbx",
            "Choose a passphrase of at least {minimum} characters: the file "
            "holds every key of the shops in it.",
        ),
    ),
    KdbxCode.NOTHING_TO_EXPORT: entry(
        KdbxCode.NOTHING_TO_EXPORT.value,
        QT_TRANSLATE_NOOP(
            "Kdbx",
            "There is nothing to export: the selection holds no shop and "
            "no workspace.",
        ),
    ),
    KdbxCode.NO_COBBY_ENTRIES: entry(
        KdbxCode.NO_COBBY_ENTRIES.value,
        QT_TRANSLATE_NOOP(
            "Kdbx",
            "The file {path} holds no shop exported by cobby Desktop "
            "({ignored} other entries were left alone). Nothing was changed.",
        ),
    ),
    KdbxCode.ENTRY_INCOMPLETE: entry(
        KdbxCode.ENTRY_INCOMPLETE.value,
        QT_TRANSLATE_NOOP(
            "Kdbx",
            "The entry “{title}” in the file lacks the field “{field}” or "
            "its value is not valid. Fix it in KeePassXC or export again. Nothing was imported.",
        ),
    ),
    KdbxCode.ENTRY_TWICE: entry(
        KdbxCode.ENTRY_TWICE.value,
        QT_TRANSLATE_NOOP(
            "Kdbx",
            "The shop “{title}” is in the file twice (perhaps an entry was "
            "copied in KeePassXC). Delete one copy and import again. Nothing was imported.",
        ),
    ),
    KdbxCode.UNWRITABLE: entry(
        KdbxCode.UNWRITABLE.value,
        QT_TRANSLATE_NOOP(
            "Kdbx",
            "The file {path} could not be written. Choose a folder you may write "
            "to and try again.",
        ),
    ),
    KdbxCode.KEYCHAIN: entry(
        KdbxCode.KEYCHAIN.value,
        QT_TRANSLATE_NOOP(
            "Kdbx",
            "The keychain refused to store a key, so nothing was imported and the "
            "keychain was put back as it was. {detail}",
        ),
    ),
    KdbxCode.INVENTORY: entry(
        KdbxCode.INVENTORY.value,
        QT_TRANSLATE_NOOP(
            "Kdbx",
            "The inventory could not be changed, so nothing was imported. {detail}",
        ),
    ),
}


class KdbxError(Exception):
    """A KeePass export or import that did not happen. Never holds a secret."""

    def __init__(self, code: KdbxCode, **params: ParamValue) -> None:
        super().__init__(code.value)
        self.code = code
        # A refusal's own message (the keychain's, the inventory's) goes in as
        # a Message, so it is shown in the same language as the sentence around it.
        self.params: Mapping[str, ParamValue] = params

    @property
    def message(self) -> str:
        return message(self.code, self.params)

    def as_message(self) -> Message:
        return Message(self.code.value, dict(self.params))

    @property
    def said(self) -> Message:
        """What `i18n.explain` renders, like the other coded errors."""
        return self.as_message()


def message(code: KdbxCode, params: Mapping[str, ParamValue]) -> str:
    """The English text (logs, tests); the UI and the CLI render `as_message()`."""
    return english(Message(code.value, dict(params)))
