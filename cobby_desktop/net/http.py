"""The one HTTP stack: every request to a shop or the portal goes through here.

TLS, proxies, timeouts, size caps and redirect rules live in this module only.
Requests never follow redirects (a followed redirect turns POST into GET and the
API then answers nonsense); callers see the 3xx and decide. Transport failures
raise `NetError` with a `NetFailure` kind, which adapters turn into verdicts.
"""

from __future__ import annotations

import enum
import hashlib
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from cobby_desktop import __version__
from cobby_desktop.secret import Secret, reveal

USER_AGENT = f"cobby-desktop/{__version__}"


class NetFailure(enum.StrEnum):
    DNS = "dns"
    REFUSED = "refused"
    TIMEOUT = "timeout"
    TLS_UNTRUSTED = "tls_untrusted"
    TLS_EXPIRED = "tls_expired"
    TLS_HOSTNAME = "tls_hostname"
    TLS_OTHER = "tls_other"
    PIN_MISMATCH = "pin_mismatch"
    TOO_LARGE = "too_large"
    # A request to an origin other than the shop's: credentials never go there.
    OFF_ORIGIN = "off_origin"
    # An address httpx cannot use (odd IP notation, control characters).
    BAD_URL = "bad_url"
    # A redirect whose target httpx cannot even parse (e.g. `javascript:`).
    BAD_REDIRECT = "bad_redirect"
    # The check's total time budget ran out.
    BUDGET = "budget"
    CANCELLED = "cancelled"
    OTHER = "other"


class NetError(Exception):
    """A request that got no HTTP answer. Its text never contains a secret."""

    def __init__(self, kind: NetFailure, url: str, detail: str = "") -> None:
        super().__init__(f"{kind.value}: {url} {detail}".strip())
        self.kind = kind
        self.url = url
        self.detail = detail


@dataclass(frozen=True)
class HttpPolicy:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    # The whole check's time budget: a shop that trickles its answer byte by byte
    # is stopped here, not after many read timeouts.
    total_seconds: float | None = 90.0
    max_response_bytes: int = 4 * 1024 * 1024
    # PEM of the one certificate the merchant chose to trust for this shop.
    pinned_cert_pem: str | None = None
    basic_auth: tuple[str, Secret] | None = None
    # Extra CA file (tests, unusual corporate setups); the OS trust store otherwise.
    ca_file: str | None = None
    use_system_trust: bool = True


@dataclass(frozen=True)
class Reply:
    method: str
    url: str
    status: int
    headers: httpx.Headers
    body: bytes
    seconds: float

    @property
    def content_type(self) -> str:
        # Magento 1 sends two Content-Type headers; the first one decides.
        values = self.headers.get_list("content-type")
        return values[0].split(";")[0].strip().lower() if values else ""

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    @property
    def is_redirect(self) -> bool:
        return self.status in (301, 302, 303, 307, 308) and "location" in self.headers

    @property
    def location(self) -> str | None:
        loc = self.headers.get("location")
        return urljoin(self.url, loc) if loc else None

    @property
    def looks_html(self) -> bool:
        head = self.body[:512].lstrip().lower()
        return (
            self.content_type in ("text/html", "application/xhtml+xml")
            or head.startswith(b"<!doctype html")
            or head.startswith(b"<html")
        )

    def date(self) -> datetime | None:
        """The shop's clock, from the Date header."""
        from email.utils import parsedate_to_datetime

        raw = self.headers.get("date")
        if not raw:
            return None
        try:
            value = parsedate_to_datetime(raw)
        except (TypeError, ValueError):
            return None
        return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class CertInfo:
    subject: str
    issuer: str
    not_before: datetime
    not_after: datetime
    sha256: str  # colon-separated upper-case hex
    pem: str
    self_signed: bool

    @property
    def expired(self) -> bool:
        return self.not_after < datetime.now(UTC)


def _is_loopback(host: str) -> bool:
    return host in ("localhost", "127.0.0.1", "::1") or host.startswith("127.")


def _cert_chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in seen:
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    return seen


# How the operating systems say a host name does not resolve.
_UNRESOLVED = (
    "name or service not known", "nodename nor servname", "getaddrinfo",
    "temporary failure in name resolution", "no address associated",
)  # fmt: skip


def _certificate_failure(err: ssl.SSLCertVerificationError) -> tuple[NetFailure, str]:
    code = getattr(err, "verify_code", 0)
    msg = getattr(err, "verify_message", "") or str(err)
    if code == 10 or "expired" in msg.lower():
        return NetFailure.TLS_EXPIRED, msg
    if code == 62 or "hostname" in msg.lower() or "match" in msg.lower():
        return NetFailure.TLS_HOSTNAME, msg
    return NetFailure.TLS_UNTRUSTED, msg


def classify(exc: BaseException) -> tuple[NetFailure, str]:
    """Map an httpx/ssl/socket error to a failure kind and a secret-free detail."""
    chain = _cert_chain(exc)
    for err in chain:
        if isinstance(err, ssl.SSLCertVerificationError):
            return _certificate_failure(err)
    for err in chain:
        if isinstance(err, socket.gaierror):
            return NetFailure.DNS, "the name does not resolve"
        if isinstance(err, ConnectionRefusedError):
            return NetFailure.REFUSED, "connection refused"
        if isinstance(err, ssl.SSLError):
            return NetFailure.TLS_OTHER, getattr(err, "reason", None) or type(err).__name__
    text = " ".join(str(e) for e in chain).lower()
    if isinstance(exc, httpx.TimeoutException):
        return NetFailure.TIMEOUT, type(exc).__name__
    if any(words in text for words in _UNRESOLVED):
        return NetFailure.DNS, "the name does not resolve"
    if "refused" in text:
        return NetFailure.REFUSED, "connection refused"
    if "certificate" in text:
        return NetFailure.TLS_UNTRUSTED, "certificate verification failed"
    return NetFailure.OTHER, type(exc).__name__


_NOT_JSON = object()


def untrusted_json(body: bytes) -> object:
    """A shop's JSON answer, or `NOT_JSON` when it is none: malformed, not UTF-8,
    or nested so deep that parsing it would exhaust the stack (a hostile shop)."""
    try:
        return json.loads(body)
    except (ValueError, RecursionError, UnicodeDecodeError):
        return _NOT_JSON


NOT_JSON = _NOT_JSON


def pinned_matches(pinned_pem: str, der: bytes | None) -> bool:
    """The server presented exactly the pinned certificate (not merely one that a
    pinned issuer signed)."""
    if not der:
        return False
    try:
        return ssl.PEM_cert_to_DER_cert(pinned_pem.strip() + "\n") == der
    except ValueError:
        return False


def _peer_der(response: httpx.Response) -> bytes | None:
    stream = response.extensions.get("network_stream")
    ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
    # httpcore hands out the low-level socket, whose argument is positional.
    return ssl_object.getpeercert(True) if ssl_object is not None else None


def fingerprint_of(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def cert_info_from_der(der: bytes) -> CertInfo:
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    pem = ssl.DER_cert_to_PEM_cert(der)
    return CertInfo(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        sha256=fingerprint_of(der),
        pem=pem,
        self_signed=cert.subject == cert.issuer,
    )


def fetch_certificate(host: str, port: int = 443, timeout: float = 10.0) -> CertInfo | None:
    """The certificate a server presents, read without trusting it and without
    sending anything: used only to describe a TLS failure to the merchant."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # read-only look at the certificate; no request follows
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            with ctx.wrap_socket(raw, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError):
        return None
    return cert_info_from_der(der) if der else None


def build_ssl_context(policy: HttpPolicy) -> ssl.SSLContext:
    if policy.pinned_cert_pem:
        # The pinned certificate is the only trust anchor: any other certificate
        # fails. Host names are not checked because the exact certificate is.
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.load_verify_locations(cadata=policy.pinned_cert_pem)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_REQUIRED
        # A private CA's leaf is not self-signed: trusted as the anchor of a partial
        # chain it verifies; `pinned_matches` then insists on exactly that certificate.
        ctx.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
        return ctx
    if policy.use_system_trust and policy.ca_file is None:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx = ssl.create_default_context()
    if policy.ca_file:
        ctx.load_verify_locations(cafile=policy.ca_file)
    return ctx


@dataclass
class HttpSession:
    """A bounded HTTP client. Counts what it sends; honours a cancel flag."""

    policy: HttpPolicy = field(default_factory=HttpPolicy)
    cancel: threading.Event | None = None
    transport: httpx.BaseTransport | None = None
    on_request: Callable[[str, str], None] | None = None
    requests_sent: int = 0
    # The shop's origin (scheme, host, port): once set, a request anywhere else is
    # refused before it is sent, so no credential can leave the shop.
    origin: Origin | None = None
    # time.monotonic() after which nothing more is sent or read (the budget).
    deadline: float | None = None

    def __post_init__(self) -> None:
        if self.deadline is None and self.policy.total_seconds:
            self.deadline = time.monotonic() + self.policy.total_seconds
        self._client = httpx.Client(
            timeout=httpx.Timeout(
                self.policy.read_timeout, connect=self.policy.connect_timeout
            ),
            follow_redirects=False,
            verify=build_ssl_context(self.policy),
            transport=self.transport,
            headers={"User-Agent": USER_AGENT},
            trust_env=True,
        )

    def __enter__(self) -> HttpSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def confine(self, url: str) -> None:
        """Allow requests only to `url`'s origin (and its https upgrade) from now on."""
        self.origin = origin_of(url)

    def _check_origin(self, url: str) -> None:
        if self.origin is None:
            return
        target = origin_of(url)
        if target is None:
            raise NetError(NetFailure.BAD_URL, url, "not a usable web address")
        if target != self.origin and not is_https_upgrade(self.origin, target):
            raise NetError(NetFailure.OFF_ORIGIN, url, "not the shop's address")

    def seconds_left(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def _check_budget(self, url: str) -> None:
        left = self.seconds_left()
        if left is not None and left <= 0:
            raise NetError(NetFailure.BUDGET, url, "the check's time budget is used up")

    def _timeout(self, url: str) -> httpx.Timeout:
        """Per-request timeouts, never beyond what is left of the budget."""
        self._check_budget(url)
        left = self.seconds_left()
        read, connect = self.policy.read_timeout, self.policy.connect_timeout
        if left is not None:
            read, connect = min(read, left), min(connect, left)
        return httpx.Timeout(read, connect=connect)

    def check_cancelled(self, url: str = "") -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise NetError(NetFailure.CANCELLED, url, "cancelled")

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        basic_auth: bool = True,
    ) -> Reply:
        self.check_cancelled(url)
        self._check_origin(url)
        try:
            httpx.URL(url)
        except (httpx.InvalidURL, ValueError, TypeError):
            raise NetError(NetFailure.BAD_URL, url, "not a usable web address") from None
        timeout = self._timeout(url)
        hdrs = dict(headers or {})
        auth = None
        if basic_auth and self.policy.basic_auth and "Authorization" not in hdrs:
            user, password = self.policy.basic_auth
            auth = httpx.BasicAuth(user, reveal(password))
        self.requests_sent += 1
        if self.on_request:
            self.on_request(method, url)
        start = time.monotonic()
        try:
            with self._client.stream(
                method, url, headers=hdrs, content=content, auth=auth, timeout=timeout
            ) as r:
                pinned = self.policy.pinned_cert_pem
                if pinned and url.startswith("https:") and not pinned_matches(pinned, _peer_der(r)):
                    raise NetError(NetFailure.PIN_MISMATCH, url, "another certificate")
                body = bytearray()
                for chunk in r.iter_bytes():
                    body.extend(chunk)
                    if len(body) > self.policy.max_response_bytes:
                        raise NetError(
                            NetFailure.TOO_LARGE,
                            url,
                            f"answer larger than {self.policy.max_response_bytes} bytes",
                        )
                    self.check_cancelled(url)
                    self._check_budget(url)
                return Reply(
                    method=method,
                    url=url,
                    status=r.status_code,
                    headers=r.headers,
                    body=bytes(body),
                    seconds=time.monotonic() - start,
                )
        except NetError:
            raise
        except httpx.InvalidURL:
            # The request URL was valid: httpx choked on the Location it was given.
            raise NetError(NetFailure.BAD_REDIRECT, url, "redirect to an unusable address") \
                from None
        except (httpx.HTTPError, OSError, ssl.SSLError) as exc:
            kind, detail = classify(exc)
            raise NetError(kind, url, detail) from None

    def get(self, url: str, **kw: Any) -> Reply:
        return self.request("GET", url, **kw)

    def post(self, url: str, content: bytes, content_type: str, **kw: Any) -> Reply:
        headers = dict(kw.pop("headers", {}) or {})
        headers["Content-Type"] = content_type
        return self.request("POST", url, headers=headers, content=content, **kw)


class RedirectKind(enum.StrEnum):
    SAME_ORIGIN = "same_origin"  # inside the shop: same scheme, host and port
    HTTPS_UPGRADE = "https_upgrade"  # http -> https, same host, same (or default) port
    DOWNGRADE = "downgrade"  # https -> http: never followed
    ELSEWHERE = "elsewhere"  # another host or port: the merchant must confirm it
    REFUSED = "refused"  # not http(s), link-local, cloud metadata or unusable


# Cloud metadata services answer on these names and addresses: a shop that sends
# the check there is hostile, whatever the port.
_METADATA_HOSTS = frozenset(
    {"169.254.169.254", "fd00:ec2::254", "100.100.100.200", "metadata.google.internal",
     "metadata", "instance-data"}
)


Origin = tuple[str, str, int]


def origin_of(url: str) -> Origin | None:
    """(scheme, host, port) of an address, ports made explicit; None when unusable."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if scheme not in ("http", "https") or not host:
        return None
    return scheme, host, port or (443 if scheme == "https" else 80)


def _is_link_local_or_metadata(host: str) -> bool:
    import ipaddress

    if host in _METADATA_HOSTS:
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_link_local or ip.is_multicast or ip.is_unspecified


def is_https_upgrade(a: Origin, b: Origin) -> bool:
    """http -> https on the same host and port, or from port 80 to port 443."""
    if (a[0], b[0]) != ("http", "https") or a[1] != b[1]:
        return False
    return a[2] == b[2] or (a[2], b[2]) == (80, 443)


def judge_redirect(from_url: str, location: str | None) -> RedirectKind:
    """What a redirect from the shop means for where credentials may go."""
    a = origin_of(from_url)
    b = origin_of(location or "")
    if a is None or b is None or _is_link_local_or_metadata(b[1]):
        return RedirectKind.REFUSED
    if a == b:
        return RedirectKind.SAME_ORIGIN
    if is_https_upgrade(a, b):
        return RedirectKind.HTTPS_UPGRADE
    if (a[0], b[0]) == ("https", "http"):
        return RedirectKind.DOWNGRADE
    return RedirectKind.ELSEWHERE


def https_upgrade(from_url: str, location: str | None) -> str | None:
    """The new URL when a redirect only moves the same host from http to https."""
    if judge_redirect(from_url, location) is RedirectKind.HTTPS_UPGRADE:
        return location
    return None


def host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname or "", port


def is_loopback_url(url: str) -> bool:
    return _is_loopback(urlsplit(url).hostname or "")
