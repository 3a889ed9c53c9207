"""The stages before Magento: DNS, TCP, TLS and what the web server in front says.

Each stage returns at most one finding; the first blocking one ends the
diagnosis, so a shop that is down gives one finding, not ten.
"""

from __future__ import annotations

import re
import socket
import ssl
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from cobby_desktop.domain.findings import Finding, detail, make_finding
from cobby_desktop.domain.urls import normalize_shop_url, redact_url
from cobby_desktop.messages import Message
from cobby_desktop.net.http import (
    CertInfo,
    HttpPolicy,
    HttpSession,
    NetError,
    NetFailure,
    RedirectKind,
    Reply,
    build_ssl_context,
    cert_info_from_der,
    classify,
    fetch_certificate,
    judge_redirect,
    pinned_matches,
)
from cobby_desktop.results import Evidence

NET_CODES: dict[NetFailure, str] = {
    NetFailure.DNS: "dns.unresolved",
    NetFailure.REFUSED: "tcp.refused",
    NetFailure.TIMEOUT: "http.timeout",
    NetFailure.TLS_UNTRUSTED: "tls.untrusted",
    NetFailure.TLS_EXPIRED: "tls.expired",
    NetFailure.TLS_HOSTNAME: "tls.hostname_mismatch",
    NetFailure.TLS_OTHER: "tls.untrusted",
    NetFailure.PIN_MISMATCH: "tls.pin_mismatch",
    NetFailure.TOO_LARGE: "shop.answer_too_large",
    NetFailure.BUDGET: "check.time_budget",
    NetFailure.OFF_ORIGIN: "http.redirect_elsewhere",
    NetFailure.BAD_REDIRECT: "http.redirect_refused",
    NetFailure.BAD_URL: "url.invalid",
    NetFailure.OTHER: "shop.error",
}

# Response headers that give away a CDN or web application firewall.
_WAF_HEADERS = ("cf-ray", "cf-mitigated", "x-sucuri-id", "x-iinfo", "x-akamai-request-id")
_WAF_SERVERS = ("cloudflare", "akamaighost", "sucuri", "imperva", "ddos-guard")


_TLS_FAILURES = (
    NetFailure.TLS_UNTRUSTED, NetFailure.TLS_EXPIRED, NetFailure.TLS_HOSTNAME,
    NetFailure.TLS_OTHER, NetFailure.PIN_MISMATCH,
)


# The failures whose NetError.detail is the system's own text (an OpenSSL
# reason, an exception's class name), shown as {error}; the others' detail is
# the HTTP stack's English for logs, and their sentence says it all.
_SYSTEM_TEXT = frozenset({
    NetFailure.TIMEOUT, NetFailure.TLS_UNTRUSTED, NetFailure.TLS_EXPIRED,
    NetFailure.TLS_HOSTNAME, NetFailure.TLS_OTHER, NetFailure.OTHER,
})
# classify()'s own words when it recognised a certificate failure only by its text.
_OWN_WORDS = frozenset({"certificate verification failed"})


def reason(kind: NetFailure, text: str | None) -> tuple[Message, ...]:
    """The system's words about a failure, as a note of the detail, if any."""
    if kind in _SYSTEM_TEXT and text and text not in _OWN_WORDS:
        return (system_words(text),)
    return ()


def system_words(text: str) -> Message:
    """What the operating system or OpenSSL said, as it said it (one sentence)."""
    return detail("reason", error=text.strip().rstrip("."))


def net_finding(err: NetError, magento: int | None) -> Finding:
    notes = reason(err.kind, err.detail)
    if err.kind in _TLS_FAILURES:
        # e.g. after a redirect to another host: describe the certificate seen there.
        from cobby_desktop.net.http import host_port

        host, port = host_port(err.url)
        cert = fetch_certificate(host, port, timeout=5.0)
        if cert is not None:
            notes += (certificate_note(cert),)
        elif err.kind is NetFailure.TLS_OTHER:
            ev = Evidence(endpoint=err.url, net_failure=err.kind, note=err.detail)
            return make_finding(
                "tls.unavailable", magento, evidence=(ev,), params={"host": host, "port": port}
            )
    return make_finding(
        NET_CODES.get(err.kind, "shop.error"),
        magento,
        (Evidence(endpoint=err.url, net_failure=err.kind),),
        params={"url": err.url},
        detail_key=f"net/{err.kind.value}",
        notes=notes,
    )


def evidence_of(reply: Reply, note: str = "") -> Evidence:
    return Evidence(endpoint=reply.url, method=reply.method, http_status=reply.status, note=note)


def certificate_params(cert: CertInfo) -> dict[str, str]:
    return {
        "subject": cert.subject,
        "issuer": cert.issuer,
        "until": f"{cert.not_after:%Y-%m-%d %H:%M}",
        "sha256": cert.sha256,
    }


def certificate_note(cert: CertInfo) -> Message:
    """The certificate's subject, issuer, end of validity and fingerprint."""
    return detail("certificate", **certificate_params(cert))


# ---------------------------------------------------------------- DNS and TCP


def resolve(
    host: str, port: int, magento: int | None
) -> tuple[list[tuple[Any, ...]], Finding | None]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return [], make_finding("dns.unresolved", magento, params={"host": host})
    return infos, None


def connect(
    infos: list[tuple[Any, ...]], host: str, port: int, timeout: float, magento: int | None
) -> Finding | None:
    last: Exception | None = None
    for family, stype, proto, _canon, addr in infos:
        s = socket.socket(family, stype, proto)
        s.settimeout(timeout)
        try:
            s.connect(addr)
            return None
        except OSError as exc:
            last = exc
        finally:
            s.close()
    params: dict[str, object] = {"host": host, "port": port}
    if isinstance(last, ConnectionRefusedError):
        return make_finding("tcp.refused", magento, params=params)
    params["seconds"] = f"{timeout:g}"
    if last is None or isinstance(last, TimeoutError):
        return make_finding("tcp.timeout", magento, params=params, variant="silent")
    # The operating system's words ("Network is unreachable"), as they are.
    return make_finding("tcp.timeout", magento, params=params, variant="unreachable",
                        notes=(system_words(str(last)),))


# ---------------------------------------------------------------- TLS


def check_tls(
    host: str, port: int, policy: HttpPolicy, magento: int | None
) -> tuple[CertInfo | None, Finding | None]:
    """Handshake with the same trust rules the HTTP stack uses."""
    ctx = build_ssl_context(policy)
    try:
        with socket.create_connection((host, port), timeout=policy.connect_timeout) as raw:
            raw.settimeout(policy.read_timeout)
            with ctx.wrap_socket(raw, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError) as exc:
        if _speaks_no_tls(exc) and fetch_certificate(host, port, policy.connect_timeout) is None:
            # Plain http on this port: nothing to trust or distrust.
            ev = Evidence(endpoint=f"{host}:{port}", method="TLS handshake",
                          net_failure=NetFailure.TLS_OTHER, note=_ssl_reason(exc))
            return None, make_finding(
                "tls.unavailable", magento, evidence=(ev,), params={"host": host, "port": port}
            )
        return _handshake_failed(exc, host, port, policy, magento)
    cert = cert_info_from_der(der) if der else None
    notes = (certificate_note(cert),) if cert is not None else ()
    if policy.pinned_cert_pem and not pinned_matches(policy.pinned_cert_pem, der):
        ev = Evidence(endpoint=f"{host}:{port}", method="TLS handshake",
                      net_failure=NetFailure.PIN_MISMATCH)
        return cert, make_finding("tls.pin_mismatch", magento, (ev,), params={"host": host},
                                  notes=notes)
    if policy.pinned_cert_pem and cert is not None:
        return cert, make_finding("tls.pinned", magento, notes=notes)
    return cert, None


def _handshake_failed(
    exc: BaseException, host: str, port: int, policy: HttpPolicy, magento: int | None
) -> tuple[CertInfo | None, Finding]:
    """A TLS handshake that failed after the server spoke TLS (or never connected)."""
    kind, text = classify(exc)
    params: dict[str, object] = {"host": host, "port": port}
    if kind in (NetFailure.REFUSED, NetFailure.DNS, NetFailure.OTHER) and not isinstance(
        exc, ssl.SSLError
    ):
        if kind is NetFailure.REFUSED:
            return None, make_finding("tcp.refused", magento, params=params)
        if kind is NetFailure.DNS:
            return None, make_finding("dns.unresolved", magento, params=params)
        return None, make_finding("tcp.timeout", magento, params=params, variant="failed",
                                  notes=reason(kind, text))
    if isinstance(exc, TimeoutError):
        return None, make_finding("http.timeout", magento, params=params, variant="handshake")
    cert = fetch_certificate(host, port, timeout=policy.connect_timeout)
    if policy.pinned_cert_pem:
        code = "tls.pin_mismatch"
    else:
        code = NET_CODES.get(kind, "tls.untrusted")
    if code == "tls.untrusted" and cert is not None and cert.expired:
        code = "tls.expired"
    notes = reason(kind, text) + ((certificate_note(cert),) if cert is not None else ())
    ev = Evidence(endpoint=f"{host}:{port}", method="TLS handshake", net_failure=kind)
    key = "tls.pin_mismatch" if code == "tls.pin_mismatch" else "tls.refused"
    return cert, make_finding(code, magento, (ev,), params={"host": host}, detail_key=key,
                              notes=notes)


def _ssl_reason(exc: BaseException) -> str:
    return str(getattr(exc, "reason", None) or type(exc).__name__)


def _speaks_no_tls(exc: BaseException) -> bool:
    """The handshake failed before any certificate: "wrong version number" (the
    server answered in plain http), an unexpected EOF or a reset."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return False
    if isinstance(exc, ssl.SSLEOFError | ConnectionResetError):
        return True
    reason = _ssl_reason(exc).upper()
    return isinstance(exc, ssl.SSLError) and (
        "WRONG_VERSION_NUMBER" in reason or "UNEXPECTED_EOF" in reason
        or "HTTP_REQUEST" in reason or "RECORD_LAYER_FAILURE" in reason
    )


# ---------------------------------------------------------------- HTTP front door


def blocking_code(reply: Reply, *, api_path: bool = False) -> str | None:
    """basic auth, firewall/CDN block or maintenance page, told from one answer."""
    h = reply.headers
    if reply.status == 401 and h.get("www-authenticate", "").lower().startswith("basic"):
        return "http.basic_auth"
    waf = any(k in h for k in _WAF_HEADERS) or any(
        s in h.get("server", "").lower() for s in _WAF_SERVERS
    )
    if reply.status in (403, 406, 429, 503) or reply.status >= 520:
        if waf:
            return "http.blocked"
    if reply.status == 503 and reply.looks_html:
        return outage_code(reply)
    if api_path and reply.status in (403, 406, 429) and reply.looks_html:
        return "http.blocked"
    return None


# Magento's own outage pages (errors/default/503.phtml and report.phtml, the
# same texts on Magento 1, OpenMage and Magento 2).
_MAINTENANCE_PAGE = b"Service Temporarily Unavailable"
_ERROR_PAGE = b"There has been an error processing your request"
_REPORT_NUMBER = re.compile(rb"Error log record number:\s*(?:<a [^>]*>)?\s*([0-9A-Za-z]{1,40})")


def outage_code(reply: Reply) -> str:
    """Only Magento's maintenance page means maintenance; its error page means a
    broken shop; any other 503 page is told as it is."""
    if _MAINTENANCE_PAGE in reply.body:
        return "http.maintenance"
    if _ERROR_PAGE in reply.body:
        return "shop.error_page"
    return "http.unavailable"


def outage_finding(reply: Reply, code: str, magento: int | None, url: str) -> Finding:
    params: dict[str, object] = {"url": url, "status": reply.status}
    found = _REPORT_NUMBER.search(reply.body) if code == "shop.error_page" else None
    if found:
        params["report"] = found.group(1).decode("ascii")
    return make_finding(code, magento, evidence=(evidence_of(reply),), params=params,
                        variant="report" if found else None)


def basic_auth_finding(
    reply: Reply, policy: HttpPolicy, magento: int | None, url: str, scope: str
) -> Finding:
    """What the password prompt protects (scope "shop", "api" or "rest", as observed),
    and whether the password the merchant entered was refused."""
    params: dict[str, object] = {"url": url, "scope": scope}
    code = "http.basic_auth"
    if policy.basic_auth is not None:
        code, params["user"] = "http.basic_auth_refused", policy.basic_auth[0]
    return make_finding(code, magento, evidence=(evidence_of(reply),), params=params,
                        variant=scope)


def scope_of(url: str) -> str:
    """Which part of the shop a password prompt was seen on."""
    path = urlsplit(url).path
    if "/rest/" in path:
        return "rest"
    return "api" if "/api/" in path else "shop"


def base_after_redirect(base: str, location: str) -> str | None:
    """The shop base URL a redirect points to, or None if it stays the same."""
    old, new = urlsplit(base), urlsplit(location)
    if new.path.startswith(old.path or "/"):
        candidate = urlunsplit((new.scheme, new.netloc, old.path, "", ""))
    else:
        candidate = normalize_shop_url(location).url or location
    candidate = candidate.rstrip("/")
    return None if candidate == base.rstrip("/") else candidate


_OUTAGES = ("http.maintenance", "shop.error_page", "http.unavailable")


@dataclass
class FrontDoor:
    base: str
    findings: list[Finding] = field(default_factory=list)
    blocked: bool = False


_REDIRECT_CODES = {
    RedirectKind.ELSEWHERE: "http.redirect_elsewhere",
    RedirectKind.DOWNGRADE: "http.redirect_insecure",
    RedirectKind.REFUSED: "http.redirect_refused",
}


def redirect_finding(
    kind: RedirectKind, base: str, reply: Reply, magento: int | None
) -> Finding:
    """A redirect that is not followed: it names where it leads, never sends a key."""
    location = reply.headers.get("location", "")
    evidence = (evidence_of(reply, f"Location: {redact_url(location)[:300]}"),)
    params: dict[str, object] = {"url": base, "status": reply.status}
    if kind is RedirectKind.REFUSED:
        return make_finding("http.redirect_refused", magento, evidence, params=params)
    params["target"] = suggested_base(reply.location or location)
    return make_finding(_REDIRECT_CODES[kind], magento, evidence, params=params,
                        detail_key="redirect")


def suggested_base(location: str) -> str:
    """The shop address a redirect target suggests (the merchant confirms it)."""
    return normalize_shop_url(location).url or redact_url(location)


def front_door(session: HttpSession, base: str, magento: int | None) -> FrontDoor:
    """GET the home page: follow redirects inside the shop and the same host's upgrade
    to https; any other redirect stops the check before a credential is sent."""
    result = FrontDoor(base)
    session.confine(base)
    for _hop in range(4):
        try:
            reply = session.get(result.base + "/")
        except NetError as err:
            if err.kind is NetFailure.CANCELLED:
                raise
            result.findings.append(net_finding(err, magento))
            result.blocked = True
            return result
        if reply.is_redirect and reply.location:
            if not _follow(result, reply, magento):
                return result
            session.confine(result.base)
            continue
        _gatekeeper(result, session, reply, magento)
        return result
    result.findings.append(
        make_finding("http.redirect", magento, params={"url": base}, variant="loop")
    )
    result.blocked = True
    return result


def _follow(result: FrontDoor, reply: Reply, magento: int | None) -> bool:
    """Record one front-page redirect; True when the check follows it."""
    assert reply.location is not None
    kind = judge_redirect(result.base + "/", reply.location)
    if kind in _REDIRECT_CODES:
        result.findings.append(redirect_finding(kind, result.base, reply, magento))
        result.blocked = True
        return False
    target = base_after_redirect(result.base, reply.location)
    if target is None:
        return False  # a redirect inside the shop (store view, language)
    result.findings.append(
        make_finding(
            "http.redirect",
            magento,
            (evidence_of(reply, f"Location: {redact_url(reply.location)}"),),
            params={"url": result.base, "status": reply.status, "target": target},
            variant="followed",
        )
    )
    result.base = target
    return True


def _gatekeeper(
    result: FrontDoor, session: HttpSession, reply: Reply, magento: int | None
) -> None:
    code = blocking_code(reply)
    if code is None:
        return
    result.blocked = True
    if code in _OUTAGES:
        result.findings.append(outage_finding(reply, code, magento, result.base + "/"))
        return
    if code == "http.basic_auth":
        result.findings.append(
            basic_auth_finding(reply, session.policy, magento, result.base + "/", "shop")
        )
        return
    params = {"url": result.base + "/", "status": reply.status}
    notes: list[Message] = []
    if code == "http.blocked":
        # What the firewall or CDN calls itself, and the ID its support asks for.
        if reply.headers.get("server"):
            params["server"] = reply.headers["server"]
            notes.append(detail("server", server=reply.headers["server"]))
        if reply.headers.get("cf-ray"):
            params["ray"] = reply.headers["cf-ray"]
            notes.append(detail("cloudflare_ray", ray=reply.headers["cf-ray"]))
    result.findings.append(make_finding(code, magento, (evidence_of(reply),), params=params,
                                        variant="front", notes=notes))
