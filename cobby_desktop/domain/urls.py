"""Turn whatever the merchant typed or pasted into the shop's base URL.

Merchants paste admin URLs, product pages, `index.php` paths and stray spaces.
The check must probe the shop's base URL and show which URL it actually used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, english, entry, message

# Characters that sneak in when copying from e-mails, PDFs or chat tools.
_INVISIBLE = "\u00a0\u200b\u200c\u200d\u2060\ufeff\u202f\u2007"

# Path segments after which nothing belongs to the base URL.
_CUT_SEGMENTS = {
    "index.php",
    "admin",
    "backend",
    "api",
    "rest",
    "soap",
    "magento_version",
    "customer",
    "checkout",
    "catalog",
    "catalogsearch",
    "downloader",
    "setup",
    "static",
    "media",
    "skin",
    "js",
}

# Control characters other than white space (which gets its own message).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

_HOST_RE = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$")


entry("url.empty", QT_TRANSLATE_NOOP("ShopAddress", "Please enter the address of your shop."))
entry("url.control", QT_TRANSLATE_NOOP(
    "ShopAddress", "The shop address contains invisible control characters. Please copy it "
    "again from your browser."))
entry("url.spaces", QT_TRANSLATE_NOOP(
    "ShopAddress", "The shop address contains spaces. Please copy it again from your browser."))
entry("url.not_web_address", QT_TRANSLATE_NOOP(
    "ShopAddress", "The shop address is not a valid web address."))
entry("url.scheme", QT_TRANSLATE_NOOP(
    "ShopAddress", "The shop address must start with https:// (or http://)."))
entry("url.login", QT_TRANSLATE_NOOP(
    "ShopAddress", "The shop address contains a user name or password (the part before @). "
    "Remove it from the address and enter the password protection's user name and password "
    "separately: in the app when the check asks for them, or with COBBY_BASIC_AUTH_USER and "
    "COBBY_BASIC_AUTH_PASSWORD on the command line."))
entry("url.host", QT_TRANSLATE_NOOP(
    "ShopAddress", "The shop address has no valid host name. Please copy it from your browser."))
entry("url.port_zero", QT_TRANSLATE_NOOP(
    "ShopAddress", "The shop address has port 0, which no shop can use."))
entry("url.changed.trimmed", QT_TRANSLATE_NOOP(
    "ShopAddress", "Removed spaces or invisible characters around the address."))
entry("url.changed.https", QT_TRANSLATE_NOOP(
    "ShopAddress", "Added https:// in front of the address."))
entry("url.changed.path", QT_TRANSLATE_NOOP(
    "ShopAddress", "Removed {path} from the end: the check needs the shop's base address."))
entry("url.changed.idna", QT_TRANSLATE_NOOP(
    "ShopAddress", "Wrote the international host name as {host}."))
entry("url.changed.query", QT_TRANSLATE_NOOP("ShopAddress", "Removed the part after ? or #."))


@dataclass(frozen=True)
class NormalizedUrl:
    url: str | None  # the base URL to probe, without trailing slash; None when unusable
    said: Message | None  # why the input cannot be used (catalogue code), else None
    changes: tuple[Message, ...] = ()  # what was changed, for the report

    @property
    def problem(self) -> str | None:
        """The English sentence, for logs only (show `i18n.explain(result)`)."""
        return english(self.said) if self.said is not None else None


def _is_cut_segment(seg: str) -> bool:
    low = seg.lower()
    # Custom admin paths are usually "admin_xyz" or "backend123".
    return (
        low in _CUT_SEGMENTS
        or low.startswith("admin")
        or low.endswith((".php", ".html", ".htm"))
    )


def _netloc_host(host: str) -> str | None:
    """The host as it goes into the address (IPv6 in brackets, international
    names as punycode), or None when it is no usable host name."""
    import ipaddress

    import idna

    if not host:
        return None
    try:
        return f"[{ipaddress.IPv6Address(host).compressed}]"
    except ValueError:
        pass
    if not host.isascii():
        try:
            host = idna.encode(host.rstrip("."), uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError):
            return None
    host = host.rstrip(".")
    last = host.rsplit(".", 1)[-1]
    if last.isdigit() or last.startswith("0x"):
        # No top-level domain is numeric: this is an IP address, and only the
        # plain dotted form is one (0177.0.0.1 or 0x7f.1 are refused, not guessed).
        try:
            return str(ipaddress.IPv4Address(host))
        except ValueError:
            return None
    return host if _HOST_RE.match(host) else None


def has_scheme(raw: str) -> bool:
    """Whether the merchant typed a scheme (https://, http://, ...) themselves."""
    return "://" in (raw or "")


def _typing_problem(cleaned: str) -> Message | None:
    """What a paste accident left in the address, if anything."""
    if _CONTROL.search(cleaned):
        return message("url.control")
    if any(ch.isspace() for ch in cleaned):
        return message("url.spaces")
    return None


def _base_path(path: str, changes: list[Message]) -> str:
    """The path up to the first segment that is not the shop's base (admin,
    index.php, a product page, ...); says in `changes` what was cut."""
    kept: list[str] = []
    segments = [s for s in path.split("/") if s]
    for seg in segments:
        if _is_cut_segment(seg):
            break
        kept.append(seg)
    if len(kept) < len(segments):
        removed = "/" + "/".join(segments[len(kept) :])
        changes.append(message("url.changed.path", path=removed))
    return "/" + "/".join(kept) if kept else ""


def _shop_netloc(
    raw_netloc: str, hostname: str | None, port: int | None, scheme: str, changes: list[Message]
) -> tuple[str | None, Message | None]:
    """(host[:port] as httpx needs it, None), or (None, why it cannot be used)."""
    host = (hostname or "").lower()
    if "@" in raw_netloc:
        return None, message("url.login")
    netloc = _netloc_host(host)
    if netloc is None:
        return None, message("url.host")
    if not host.isascii():
        changes.append(message("url.changed.idna", host=netloc))
    if port == 0:
        return None, message("url.port_zero")
    default_port = 443 if scheme == "https" else 80
    if port is not None and port != default_port:
        netloc = f"{netloc}:{port}"
    return netloc, None


def normalize_shop_url(raw: str) -> NormalizedUrl:
    changes: list[Message] = []
    text = raw or ""
    cleaned = text.translate({ord(c): None for c in _INVISIBLE}).strip()
    if cleaned != text:
        changes.append(message("url.changed.trimmed"))
    if not cleaned:
        return NormalizedUrl(None, message("url.empty"), tuple(changes))
    typing_problem = _typing_problem(cleaned)
    if typing_problem is not None:
        return NormalizedUrl(None, typing_problem, tuple(changes))
    if "://" not in cleaned:
        cleaned = "https://" + cleaned.lstrip("/")
        changes.append(message("url.changed.https"))
    try:
        parts = urlsplit(cleaned)
        port = parts.port
    except ValueError:
        return NormalizedUrl(None, message("url.not_web_address"), tuple(changes))
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return NormalizedUrl(None, message("url.scheme"), tuple(changes))
    netloc, problem = _shop_netloc(parts.netloc, parts.hostname, port, scheme, changes)
    if netloc is None:
        return NormalizedUrl(None, problem, tuple(changes))

    path = _base_path(parts.path, changes)
    if parts.query or parts.fragment:
        changes.append(message("url.changed.query"))
    url = urlunsplit((scheme, netloc, path, "", ""))
    if not _usable(url):
        return NormalizedUrl(None, message("url.not_web_address"), tuple(changes))
    return NormalizedUrl(url, None, tuple(changes))


def _usable(url: str) -> bool:
    """The HTTP stack accepts it: every address the normaliser returns is usable."""
    import httpx

    try:
        httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        return False
    return True


def redact_url(text: str) -> str:
    """An address as typed, safe to show or store: any user name or password
    before @ and anything after ? or # (where tokens hide) is masked."""
    # Up to the last @: a password may itself hold "/", "@" or spaces.
    masked = re.sub(r"(://).*@", r"\1•••@", text, flags=re.S)
    if "://" not in text and "@" in text:
        masked = re.sub(r"^.*@", "•••@", masked, flags=re.S)
    return re.sub(r"[?#].*$", "?•••", masked, flags=re.S)


def join(base: str, path: str) -> str:
    """`base` without trailing slash + an absolute API path."""
    return base.rstrip("/") + "/" + path.lstrip("/")
