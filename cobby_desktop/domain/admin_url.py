"""The admin address as it may be stored: merchants paste it from the browser,
often with Magento's per-session secret key (`/key/<hash>/`), a query or, now
and then, a login (`https://user:password@...`). The app only needs it to open
admin pages, so the key, query and fragment go and a login is refused.

Plain functions (no Qt): the wizard's shop page, services.setup and the shop
dialog, use the same rule. A problem is a catalogue message, shown where it is read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, english, entry, message

_INVISIBLE = "\u00a0\u200b\u200c\u200d\u2060\ufeff\u202f\u2007"
_HOST_RE = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$")

entry("admin_url.login", QT_TRANSLATE_NOOP(
    "AdminAddress", "The admin address contains a user name or password (the part before @). "
    "Remove it: the app only needs the address to open your admin pages and never stores an "
    "admin login."))
entry("admin_url.spaces", QT_TRANSLATE_NOOP(
    "AdminAddress", "The admin address contains spaces. Please copy it again from your browser."))
entry("admin_url.not_web_address", QT_TRANSLATE_NOOP(
    "AdminAddress", "The admin address is not a valid web address."))
entry("admin_url.scheme", QT_TRANSLATE_NOOP(
    "AdminAddress", "The admin address must start with https:// (or http://)."))
entry("admin_url.host", QT_TRANSLATE_NOOP(
    "AdminAddress", "The admin address has no valid host name. Please copy it from your "
    "browser."))


@dataclass(frozen=True)
class AdminUrl:
    url: str  # what may be stored; "" when nothing (usable) was typed
    said: Message | None = None  # why the input cannot be used (catalogue code), else None
    changed: bool = False  # the key, a query or a fragment was removed

    @property
    def problem(self) -> str | None:
        """The English sentence, for logs only (show `i18n.explain(result)`)."""
        return english(self.said) if self.said is not None else None


def _problem(code: str) -> AdminUrl:
    return AdminUrl("", message(code))


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
        return _problem("admin_url.spaces")
    if "://" not in text:
        text = "https://" + text.lstrip("/")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return _problem("admin_url.not_web_address")
    if "@" in parts.netloc:
        return _problem("admin_url.login")
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return _problem("admin_url.scheme")
    host = (parts.hostname or "").lower()
    ipv6 = host.count(":") > 1
    if not (ipv6 or _HOST_RE.match(host)):
        return _problem("admin_url.host")
    netloc = f"[{host}]" if ipv6 else host.rstrip(".")
    if port is not None:
        netloc = f"{netloc}:{port}"
    path, dropped = _without_secret_key(parts.path)
    changed = dropped or bool(parts.query or parts.fragment)
    if changed and path and not path.endswith("/"):
        path += "/"
    return AdminUrl(urlunsplit((scheme, netloc, path, "", "")), None, changed)
