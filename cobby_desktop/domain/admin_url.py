"""The admin address as it may be stored: merchants paste it from the browser,
often with Magento's per-session secret key (`/key/<hash>/`), a query or, now
and then, a login (`https://user:password@...`). The app only needs it to open
admin pages, so the key, query and fragment go and a login is refused.

Plain functions (no Qt): the wizard's shop page, services.setup and the shop
dialog, use the same rule. Messages are plain sentences for the merchant."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

_INVISIBLE = "\u00a0\u200b\u200c\u200d\u2060\ufeff\u202f\u2007"
_HOST_RE = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$")

LOGIN_PROBLEM = (
    "The admin address contains a user name or password (the part before @). Remove it: "
    "the app only needs the address to open your admin pages and never stores an admin login."
)


@dataclass(frozen=True)
class AdminUrl:
    url: str  # what may be stored; "" when nothing (usable) was typed
    problem: str | None = None  # a plain sentence when the input cannot be used
    changed: bool = False  # the key, a query or a fragment was removed


def _problem(text: str) -> AdminUrl:
    return AdminUrl("", text)


def _without_secret_key(path: str) -> tuple[str, bool]:
    """The path without Magento's ".../key/<hash>/" pair, and whether it had one."""
    kept: list[str] = []
    skip_next = dropped = False
    for seg in path.split("/"):
        if skip_next:
            skip_next = False
            continue
        if seg.lower() == "key" and kept:
            skip_next = dropped = True
            continue
        kept.append(seg)
    return "/".join(kept), dropped


def clean_admin_url(raw: str) -> AdminUrl:
    text = (raw or "").translate({ord(c): None for c in _INVISIBLE}).strip()
    if not text:
        return AdminUrl("")
    if any(ch.isspace() for ch in text):
        return _problem(
            "The admin address contains spaces. Please copy it again from your browser."
        )
    if "://" not in text:
        text = "https://" + text.lstrip("/")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return _problem("The admin address is not a valid web address.")
    if "@" in parts.netloc:
        return _problem(LOGIN_PROBLEM)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return _problem("The admin address must start with https:// (or http://).")
    host = (parts.hostname or "").lower()
    ipv6 = host.count(":") > 1
    if not (ipv6 or _HOST_RE.match(host)):
        return _problem(
            "The admin address has no valid host name. Please copy it from your browser."
        )
    netloc = f"[{host}]" if ipv6 else host.rstrip(".")
    if port is not None:
        netloc = f"{netloc}:{port}"
    path, dropped = _without_secret_key(parts.path)
    changed = dropped or bool(parts.query or parts.fragment)
    if changed and path and not path.endswith("/"):
        path += "/"
    return AdminUrl(urlunsplit((scheme, netloc, path, "", "")), None, changed)
