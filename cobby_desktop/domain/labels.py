"""Names a merchant gives shops and workspaces: trimmed, bounded and free of
characters that change how a terminal or a window shows text.

A label is printed by `cobby-desktop list` and shown in every window, so a label
with ANSI escape sequences could rewrite the terminal and one with a
bidirectional override could make "shop-A" read as "A-pohs". They are refused,
not silently removed, so the merchant sees what was wrong.
"""

from __future__ import annotations

import unicodedata

from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, english, entry, message

MAX_LABEL_LENGTH = 200

# Bidirectional embeddings, overrides and isolates (Trojan Source).
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


entry("label.control", QT_TRANSLATE_NOOP(
    "Labels", "The name contains invisible control or direction characters (for example from "
    "a terminal or a copied web page). Type it again without them."))
entry("label.too_long", QT_TRANSLATE_NOOP(
    "Labels", "The name is too long: use at most {limit} characters."))


class LabelError(ValueError):
    """`said` says what is wrong, without repeating the label."""

    def __init__(self, said: Message) -> None:
        super().__init__(english(said))
        self.code = said.code
        self.said = said
        self.message = english(said)  # English, for logs


def _unsafe(ch: str) -> bool:
    return ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")


def clean_label(text: str) -> str:
    """The label trimmed, with runs of white space made one space; raises LabelError."""
    stripped = (text or "").replace("\t", " ").strip()
    if any(_unsafe(ch) for ch in stripped):
        raise LabelError(message("label.control"))
    clean = " ".join(stripped.split())
    if len(clean) > MAX_LABEL_LENGTH:
        raise LabelError(message("label.too_long", limit=MAX_LABEL_LENGTH))
    return clean


def printable(text: str) -> str:
    """`text` safe for a terminal: any control or direction character shown escaped."""
    return "".join(
        ch if not _unsafe(ch) else ch.encode("unicode_escape").decode("ascii") for ch in text
    )
