"""Masking what looks like a key in the app's own texts: the log, crash
reports and the support report. (domain/redact.py blanks the known secrets
of a check in what a shop answered.)

Plain Python: the support dialog and the application's logging both use it,
neither through the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cobby_desktop.secret import MASK, Secret

# Something that looks like a credential: a 32-character token (Magento 2,
# Magento 1 session ids) or any long run of letters AND digits (API keys,
# license keys). Paths and identifiers without digits are left readable.
_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])")
_LONG_KEY = re.compile(r"(?<![A-Za-z0-9_\-+=])[A-Za-z0-9_\-+=]{16,}(?![A-Za-z0-9_\-+=])")
_LICENSE = re.compile(r"\b[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){3,}\b")


def _looks_like_key(text: str) -> bool:
    digits = sum(c.isdigit() for c in text)
    return digits >= 2 and sum(c.isalpha() for c in text) >= 2


def redact(text: str, secrets: Iterable[Secret | str] = ()) -> str:
    """Mask the given secret values and anything that looks like a key or token."""
    for value in sorted(
        (s.reveal() if isinstance(s, Secret) else s for s in secrets), key=len, reverse=True
    ):
        if value and len(value) >= 4:
            text = text.replace(value, MASK)
    text = _TOKEN.sub(MASK, text)
    text = _LICENSE.sub(MASK, text)
    return _LONG_KEY.sub(lambda m: MASK if _looks_like_key(m.group(0)) else m.group(0), text)
