"""Blanking secrets out of text that came from outside (a shop's answer, an echo
of our own request) before it is shown, saved or exported.

A shop may echo the request it got, so a secret can come back in any encoding:
as sent, URL-encoded, JSON- or HTML-escaped, or base64 (HTTP basic auth sends
`base64(user:password)`). Every `Authorization` value and every cookie is
blanked whatever it holds, since it is a credential by definition.
"""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

from cobby_desktop.secret import MASK, Secret

# Header lines (and JSON keys) whose whole value is a credential.
_CREDENTIAL_HEADERS = re.compile(
    r"(?i)\b((?:proxy-)?authorization|(?:set-)?cookie|x-api-key|x-auth-token)"
    r"(\\?\"?\s*[:=]\s*\\?\"?)(?:\\\"|[^\r\n\"])*"
)
# Scheme words that announce a credential even without the header name.
_AUTH_SCHEMES = re.compile(
    r"(?i)\b(basic|bearer|digest)\s+(?=[A-Za-z0-9+/=._~-]*[0-9+/=])[A-Za-z0-9+/=._~-]{6,}"
)
_OAUTH_PARAMS = re.compile(
    r"(?i)\b(oauth_(?:token|consumer_key|signature|nonce))(\s*=\s*\\?\"?)[^\",&\s\\]*"
)

MIN_LENGTH = 4  # shorter values would blank ordinary words


def variants(value: str) -> set[str]:
    """The forms a secret takes on the wire and in echoes of it."""
    out = {value, value.strip(), html.escape(value), quote(value, safe=""), quote_plus(value),
           json.dumps(value)[1:-1]}
    raw = value.encode("utf-8")
    out.add(base64.b64encode(raw).decode("ascii"))
    out.add(base64.urlsafe_b64encode(raw).decode("ascii").rstrip("="))
    return {v for v in out if len(v) >= MIN_LENGTH}


def secret_values(secrets: Iterable[Secret], basic_user: str | None = None) -> list[str]:
    """Every variant of every secret, longest first (so no half-masked rest).
    With `basic_user`, the basic-auth password also as `user:password`."""
    found: set[str] = set()
    for secret in secrets:
        value = secret.reveal()
        if len(value.strip()) < MIN_LENGTH:
            continue
        found |= variants(value)
        if basic_user is not None:
            found |= variants(f"{basic_user}:{value}")
    return sorted(found, key=len, reverse=True)


def redact_text(text: str, values: Iterable[str] = ()) -> str:
    """`text` with credential headers, auth schemes and the given values masked."""
    text = _CREDENTIAL_HEADERS.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    text = _AUTH_SCHEMES.sub(lambda m: f"{m.group(1)} {MASK}", text)
    text = _OAUTH_PARAMS.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    for value in values:
        text = text.replace(value, MASK)
    return text
