"""Signed Magento 2 REST calls through the one HTTP stack, base URL candidates and
`/magento_version`.

Usable on its own (the connection-proof poller repeats `probe_cobby`), and by
`check.py`, which turns answers into verdicts.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from cobby_desktop.magento2.oauth import oauth_headers, signable_url
from cobby_desktop.magento2.tokens import M2Tokens
from cobby_desktop.net.http import NOT_JSON, HttpSession, Reply, untrusted_json
from cobby_desktop.results import CobbyInfo, Evidence

Auth = Literal["oauth", "mis_signed", "none"]

COBBY_SETUP = "/V1/cobby/setup"
COBBY_QUEUE = "/V1/cobby/queue/max"  # cobby 1.x (Mash2_Cobby) has this, not setup
# Anonymous in Magento's webapi.xml: answers for any integration when the REST API works.
CORE_ROUTE = "/V1/directory/currency"

MSG_NOT_AUTHORIZED = ("consumer isn't authorized", "consumer is not authorized")
MSG_SIGNATURE_INVALID = "signature is invalid"
MSG_NO_ROUTE = "request does not match any route"
MSG_NONCE_USED = "nonce is already being used"
MSG_TIMESTAMP = "oauth_timestamp"
MSG_METHOD = "signature method"
MSG_TOKEN_LENGTH = "token length is invalid"
# A timestamp more than 600 s ahead of the shop's clock, as Magento wraps it.
MSG_NONCE_INVALID = "error occurred validating the nonce"
MSG_TOKEN_UNKNOWN = "specified token does not exist"
MSG_CONSUMER_UNKNOWN = "consumer having the specified key does not exist"

_VERSION_RE = re.compile(r"^Magento/(\S+)\s+\(([^)]+)\)\s*$")


def normalise_shop_url(url: str) -> str:
    """The shop's root URL: scheme added, spaces, query, `index.php` and REST or
    admin tails removed (the merchant often pastes a URL copied from anywhere)."""
    text = "".join(url.split())
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    path = parts.path
    for tail in (r"/index\.php(/.*)?$", r"/rest(/.*)?$", r"/magento_version/?$", r"/admin(/.*)?$"):
        path = re.sub(tail, "", path, flags=re.IGNORECASE)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path.rstrip("/"), "", ""))


def rest_bases(root: str, store_code: str | None = None) -> list[str]:
    """REST base URLs to try, most common first (`/V1/...` is appended)."""
    suffix = f"/rest/{store_code}" if store_code else "/rest"
    return [root + suffix, root + "/index.php" + suffix]


def root_of(base_url: str) -> str:
    """The shop root (with `/index.php` when the base needs it) for `/magento_version`."""
    cut = base_url.rfind("/rest")
    return base_url[:cut] if cut >= 0 else base_url


def is_json(reply: Reply) -> bool:
    ct = reply.content_type
    return ct == "application/json" or ct.endswith("+json")


@dataclass(frozen=True)
class M2Answer:
    """One REST answer: status, parsed JSON (only for a JSON answer) and Magento's
    error message (placeholders unreplaced; `parameters` are never kept)."""

    url: str
    auth: Auth
    # The probe's body holds the shop's license key: keep it out of reprs.
    reply: Reply = field(repr=False)
    data: Any = field(default=None, repr=False)
    is_json: bool = False
    message: str | None = None

    @property
    def status(self) -> int:
        return self.reply.status

    @property
    def looks_html(self) -> bool:
        return self.reply.looks_html

    def says(self, *fragments: str) -> bool:
        text = (self.message or "").lower()
        return any(f in text for f in fragments)

    def evidence(self, note: str = "") -> Evidence:
        return Evidence(
            endpoint=self.url,
            method=f"GET ({self.auth})",
            http_status=self.status,
            fault_text=self.message,
            note=note,
        )


def parse_answer(url: str, auth: Auth, reply: Reply) -> M2Answer:
    if not is_json(reply):
        return M2Answer(url=url, auth=auth, reply=reply)
    data = untrusted_json(reply.body)
    if data is NOT_JSON:
        return M2Answer(url=url, auth=auth, reply=reply)
    message = None
    if isinstance(data, dict) and isinstance(data.get("message"), str):
        message = data["message"][:500]
    return M2Answer(url=url, auth=auth, reply=reply, data=data, is_json=True, message=message)


class M2Client:
    """Signed GET requests against one REST base URL, e.g. https://shop/rest/default."""

    def __init__(
        self,
        session: HttpSession,
        base_url: str,
        tokens: M2Tokens,
        *,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.session = session
        self.base_url = base_url.rstrip("/")
        self.tokens = tokens
        self.clock = clock or time.time

    def url_for(self, path: str) -> str:
        return signable_url(self.base_url + "/" + path.lstrip("/"))

    def get_json(
        self, path: str, *, auth: Auth = "oauth", sign_scheme: str | None = None
    ) -> M2Answer:
        """GET `path` below the base URL; raises `NetError` when no HTTP answer came.

        `sign_scheme` signs as if the URL had that scheme while sending it unchanged:
        it shows whether a proxy in front of the shop rewrites http/https."""
        url = self.url_for(path)
        headers: dict[str, str] = {"Accept": "application/json"}
        if auth in ("oauth", "mis_signed"):
            signed_for = url
            if sign_scheme:
                signed_for = urlunsplit(urlsplit(url)._replace(scheme=sign_scheme))
            _, signed = oauth_headers(
                "GET",
                signed_for,
                self.tokens,
                timestamp=int(self.clock()),
                mis_sign=auth == "mis_signed",
            )
            headers.update(signed)
        reply = self.session.get(url, headers=headers)
        return parse_answer(url, auth, reply)


def cobby_info_from(answer: M2Answer) -> CobbyInfo | None:
    """The probe's row when the answer has the shape `[{"cobby_version": ...}]`."""
    data = answer.data
    if isinstance(data, list) and data and isinstance(data[0], dict):
        data = data[0]
    if isinstance(data, dict) and ("cobby_version" in data or "license_key" in data):
        return CobbyInfo.from_export(data)
    return None


@dataclass(frozen=True)
class MagentoVersion:
    version: str
    edition: str


def fetch_magento_version(session: HttpSession, root: str) -> tuple[MagentoVersion | None, Reply]:
    """`GET {root}/magento_version` (unsigned): e.g. "Magento/2.4 (Community)"."""
    reply = session.get(root.rstrip("/") + "/magento_version")
    if reply.status != 200 or reply.looks_html or len(reply.body) > 200:
        return None, reply
    match = _VERSION_RE.match(reply.text.strip())
    if not match:
        return None, reply
    return MagentoVersion(version=match.group(1), edition=match.group(2)), reply
