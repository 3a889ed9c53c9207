"""Names a merchant gives shops and workspaces: trimmed, bounded and free of
characters that change how a terminal or a window shows text.

A label is printed by `cobby-desktop list` and shown in every window, so a label
with ANSI escape sequences could rewrite the terminal and one with a
bidirectional override could make "shop-A" read as "A-pohs". They are refused,
not silently removed, so the merchant sees what was wrong.
"""

from __future__ import annotations

import unicodedata

MAX_LABEL_LENGTH = 200

# Bidirectional embeddings, overrides and isolates (Trojan Source).
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


class LabelError(ValueError):
    """`message` says what is wrong, without repeating the label."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _unsafe(ch: str) -> bool:
    return ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")


def clean_label(text: str, *, what: str = "name") -> str:
    """The label trimmed, with runs of white space made one space; raises LabelError."""
    stripped = (text or "").replace("\t", " ").strip()
    if any(_unsafe(ch) for ch in stripped):
        raise LabelError(
            "label.control",
            f"The {what} contains invisible control or direction characters (for example "
            "from a terminal or a copied web page). Type it again without them.",
        )
    clean = " ".join(stripped.split())
    if len(clean) > MAX_LABEL_LENGTH:
        raise LabelError(
            "label.too_long", f"Use a shorter {what} (at most {MAX_LABEL_LENGTH} characters)."
        )
    return clean


def printable(text: str) -> str:
    """`text` safe for a terminal: any control or direction character shown escaped."""
    return "".join(
        ch if not _unsafe(ch) else ch.encode("unicode_escape").decode("ascii") for ch in text
    )
