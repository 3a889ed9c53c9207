"""`check_m2`: prove a Magento 2 integration works the way cobby's service uses it,
and name exactly what is wrong when it does not.

A successful check sends two requests (three for a shop without URL rewrites):
the OAuth-signed cobby probe and `/magento_version`. Bearer access is not
asked: cobby's service signs its requests, so the 2.4.4+ default that refuses
Bearer tokens does not concern it.
Failures may add a diagnostic request or two (a deliberately mis-signed probe, a
core route, cobby 1.x's queue route, or a probe signed for the other scheme).
`POST /V1/cobby/setup` writes the license key and is never sent.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from cobby_desktop.magento2.client import (
    COBBY_QUEUE,
    COBBY_SETUP,
    CORE_ROUTE,
    MSG_CONSUMER_UNKNOWN,
    MSG_METHOD,
    MSG_NO_ROUTE,
    MSG_NONCE_INVALID,
    MSG_NONCE_USED,
    MSG_NOT_AUTHORIZED,
    MSG_SIGNATURE_INVALID,
    MSG_TIMESTAMP,
    MSG_TOKEN_LENGTH,
    MSG_TOKEN_UNKNOWN,
    M2Answer,
    M2Client,
    cobby_info_from,
    fetch_magento_version,
    normalise_shop_url,
    rest_bases,
    root_of,
)
from cobby_desktop.magento2.tokens import M2Tokens, validate_m2_tokens
from cobby_desktop.net.http import HttpPolicy, HttpSession, NetError, Reply, https_upgrade
from cobby_desktop.results import CobbyInfo, Evidence, M2Result, M2Verdict

# Magento refuses timestamps more than 600 s ahead; beyond 5 minutes we call it skew.
SKEW_LIMIT_SECONDS = 300.0
SUCCESS_BUDGET = 3

# Evidence notes are stable tags for cobby's support, never sentences: what
# they mean for the merchant is said by the finding the verdict becomes.
NOTE_SIGNATURE = "signature_rejected"
NOTE_SCHEME = "accepted_signed_for_{scheme}"  # a proxy changes the scheme
NOTE_STRIPPED = "authorization_header_dropped"  # even a mis-signed request: "not authorized"
NOTE_PERMISSION = "signature_valid_resource_missing"
NOTE_EXTENSION = "rest_answers_no_cobby_route"
NOTE_BASIC_AUTH = "basic_auth"
NOTE_CLOCK = "timestamp_refused"
_WAF_HEADERS = ("cf-ray", "cf-mitigated", "x-sucuri-id", "x-akamai-transformed")


# Refusals whose message alone names the verdict, in the order they are asked.
_PLAIN_REFUSALS = (
    (MSG_TOKEN_UNKNOWN, M2Verdict.TOKEN_UNKNOWN),
    (MSG_CONSUMER_UNKNOWN, M2Verdict.CONSUMER_UNKNOWN),
)


class _Check:
    def __init__(
        self,
        session: HttpSession,
        tokens: M2Tokens,
        clock: Callable[[], float],
        store_code: str | None,
    ) -> None:
        self.session = session
        self.tokens = tokens
        self.clock = clock
        self.store_code = store_code
        self.evidence: list[Evidence] = []
        self.skew: float | None = None
        self.sent_at_start = session.requests_sent

    # -- bookkeeping ------------------------------------------------------------

    def _note_date(self, reply: Reply) -> None:
        if self.skew is None:
            shop = reply.date()
            if shop is not None:
                self.skew = round(shop.timestamp() - self.clock())

    def _get(self, client: M2Client, path: str, note: str = "", **kw: Any) -> M2Answer:
        answer = client.get_json(path, **kw)
        self._note_date(answer.reply)
        self.evidence.append(answer.evidence(note))
        return answer

    def _result(self, verdict: M2Verdict, **kw: Any) -> M2Result:
        kw.setdefault("clock_skew_seconds", self.skew)
        return M2Result(verdict=verdict, evidence=tuple(self.evidence), **kw)

    def _unreachable(self, err: NetError, base: str | None) -> M2Result:
        self.evidence.append(
            Evidence(endpoint=err.url, method="GET", net_failure=err.kind, note=err.detail)
        )
        return self._result(M2Verdict.API_UNREACHABLE, base_url=base, net_failure=err.kind)

    def _skewed(self) -> bool:
        return self.skew is not None and abs(self.skew) > SKEW_LIMIT_SECONDS

    # -- the check --------------------------------------------------------------

    def run(self, root: str) -> M2Result:
        bases = rest_bases(root, self.store_code)
        upgraded = False
        index = 0
        while index < len(bases):
            base = bases[index]
            client = M2Client(self.session, base, self.tokens, clock=self.clock)
            try:
                answer = self._get(client, COBBY_SETUP, "oauth_probe")
            except NetError as err:
                return self._unreachable(err, base)
            reply = answer.reply
            if reply.is_redirect:
                target = https_upgrade(answer.url, reply.location)
                if target and not upgraded:
                    # Same host, http -> https: the shop only wants TLS; probe there.
                    upgraded = True
                    new = urlsplit(target)
                    root = urlunsplit(("https", new.netloc, urlsplit(root).path, "", ""))
                    bases = rest_bases(root, self.store_code)
                    continue
                return self._result(
                    M2Verdict.API_UNREACHABLE, base_url=base, redirect_to=reply.location
                )
            if answer.status == 404 and not answer.is_json and index + 1 < len(bases):
                index += 1  # no URL rewrites: Magento still answers below /index.php
                continue
            return self.classify(client, answer)
        raise AssertionError("unreachable: the loop always returns")

    def classify(self, client: M2Client, answer: M2Answer) -> M2Result:
        base = client.base_url
        try:
            return self._classify(client, answer)
        except NetError as err:
            return self._unreachable(err, base)

    def _classify(self, client: M2Client, answer: M2Answer) -> M2Result:
        if answer.status == 200 and answer.is_json:
            info = cobby_info_from(answer)
            if info is None:
                return self._result(
                    M2Verdict.SHOP_ERROR, base_url=client.base_url, store_code=self.store_code
                )
            return self.success(client, info)
        if not answer.is_json:
            return self._not_an_api_answer(client.base_url, answer)
        if answer.status == 404 and answer.says(MSG_NO_ROUTE):
            return self.route_missing(client)
        return self._refusal(client, answer)

    def _not_an_api_answer(self, base: str, answer: M2Answer) -> M2Result:
        """A web page where Magento's REST answer should be: who sent it."""
        reply, html = answer.reply, answer.looks_html
        auth = reply.headers.get("www-authenticate", "").lower()
        if answer.status == 401 and auth.startswith("basic"):
            self._renote(NOTE_BASIC_AUTH)
            return self._result(M2Verdict.API_UNREACHABLE, base_url=base, html_answer=html)
        waf = [h for h in _WAF_HEADERS if h in reply.headers]
        server = reply.headers.get("server", "").lower()
        if waf or "cloudflare" in server:
            self._renote(f"firewall={server or waf[0]}")
            return self._result(M2Verdict.API_UNREACHABLE, base_url=base, html_answer=html)
        if answer.status >= 500:
            return self._result(M2Verdict.SHOP_ERROR, base_url=base, html_answer=html)
        self._renote("not_rest_answer")
        return self._result(M2Verdict.API_UNREACHABLE, base_url=base, html_answer=html)

    def _refusal(self, client: M2Client, answer: M2Answer) -> M2Result:
        """Magento's REST API said no: which of its messages, and why."""
        base, code = client.base_url, self.store_code
        if answer.says(MSG_TIMESTAMP, MSG_NONCE_INVALID):
            self._renote(NOTE_CLOCK)
            return self._result(M2Verdict.CLOCK_SKEW, base_url=base, store_code=code)
        for message, verdict in _PLAIN_REFUSALS:
            if answer.says(message):
                return self._result(verdict, base_url=base, store_code=code)
        if answer.says(MSG_NONCE_USED):
            return self._nonce_used(client)
        if answer.says(MSG_SIGNATURE_INVALID):
            if self._skewed():
                self._renote(NOTE_CLOCK)
                return self._result(M2Verdict.CLOCK_SKEW, base_url=base, store_code=code)
            return self.signature_invalid(client)
        if answer.says(*MSG_NOT_AUTHORIZED):
            return self.not_authorized(client)
        if answer.says(MSG_TOKEN_LENGTH):
            return self._result(M2Verdict.TOKEN_FORMAT_INVALID, base_url=base, store_code=code)
        if answer.says(MSG_METHOD):
            self._renote("hmac_sha256_refused")
            return self._result(M2Verdict.SHOP_ERROR, base_url=base, store_code=code)
        if answer.status == 401:
            # Unknown consumer key or access token: the values do not belong to this shop.
            self._renote(NOTE_SIGNATURE)
            return self._result(M2Verdict.SIGNATURE_INVALID, base_url=base, store_code=code)
        return self._result(M2Verdict.SHOP_ERROR, base_url=base, store_code=code)

    def _nonce_used(self, client: M2Client) -> M2Result:
        base, code = client.base_url, self.store_code
        if self._skewed():
            self._renote(NOTE_CLOCK)
            return self._result(M2Verdict.CLOCK_SKEW, base_url=base, store_code=code)
        # Magento stores a nonce even for a failed request: retry once with a new one.
        retry = self._get(client, COBBY_SETUP, "retry_fresh_nonce")
        if not retry.says(MSG_NONCE_USED):
            return self._classify(client, retry)
        return self._result(M2Verdict.SHOP_ERROR, base_url=base, store_code=code)

    def _renote(self, note: str) -> None:
        """Attach a diagnosis to the last evidence entry."""
        last = self.evidence[-1]
        text = f"{last.note}; {note}" if last.note else note
        self.evidence[-1] = replace(last, note=text)

    def success(self, client: M2Client, info: CobbyInfo) -> M2Result:
        base = client.base_url
        version = edition = None
        if self.session.requests_sent - self.sent_at_start < SUCCESS_BUDGET:
            try:
                found, reply = fetch_magento_version(self.session, root_of(base))
                self.evidence.append(
                    Evidence(endpoint=reply.url, method="GET", http_status=reply.status,
                             note="magento_version")
                )
                if found:
                    version, edition = found.version, found.edition
            except NetError as err:
                self.evidence.append(
                    Evidence(endpoint=err.url, method="GET", net_failure=err.kind)
                )
        return self._result(
            M2Verdict.OK,
            base_url=base,
            store_code=self.store_code,
            cobby=info,
            magento_version=version or info.magento_version,
            magento_edition=edition,
        )

    def signature_invalid(self, client: M2Client) -> M2Result:
        base = client.base_url
        self._renote(NOTE_SIGNATURE)
        other = "https" if base.startswith("http://") else "http"
        flipped = self._get(
            client, COBBY_SETUP, f"proxy_test_signed_as_{other}", sign_scheme=other
        )
        if flipped.status == 200 and flipped.is_json:
            self._renote(NOTE_SCHEME.format(scheme=other))
        return self._result(M2Verdict.SIGNATURE_INVALID, base_url=base, store_code=self.store_code)

    def not_authorized(self, client: M2Client) -> M2Result:
        base = client.base_url
        code = self.store_code
        mis = self._get(client, COBBY_SETUP, "mis_signed_probe", auth="mis_signed")
        if mis.says(MSG_SIGNATURE_INVALID):
            self._renote(NOTE_PERMISSION)
            return self._result(M2Verdict.COBBY_PERMISSION_MISSING, base_url=base, store_code=code)
        if mis.says(*MSG_NOT_AUTHORIZED):
            self._renote(NOTE_STRIPPED)
            return self._result(M2Verdict.AUTH_HEADER_STRIPPED, base_url=base, store_code=code)
        return self._result(M2Verdict.SHOP_ERROR, base_url=base, store_code=code)

    def route_missing(self, client: M2Client) -> M2Result:
        base = client.base_url
        code = self.store_code
        core = self._get(client, CORE_ROUTE, "core_route")
        if core.status == 200 and core.is_json:
            queue = self._get(client, COBBY_QUEUE, "legacy_route")
            if queue.is_json and not queue.says(MSG_NO_ROUTE):
                return self._result(M2Verdict.LEGACY_CONNECTOR, base_url=base, store_code=code)
            self._renote(NOTE_EXTENSION)
            return self._result(M2Verdict.COBBY_EXTENSION_MISSING, base_url=base, store_code=code)
        if core.says(MSG_NO_ROUTE) and code:
            # Magento's JSON error on its own routes too: Magento, but no such store view.
            return self._result(M2Verdict.STORE_CODE_UNKNOWN, base_url=base, store_code=code)
        return self._result(M2Verdict.API_UNREACHABLE, base_url=base, store_code=code)


def check_m2(
    shop_url: str,
    tokens: M2Tokens,
    *,
    store_code: str | None = None,
    policy: HttpPolicy | None = None,
    session: HttpSession | None = None,
    cancel: threading.Event | None = None,
    clock: Callable[[], float] | None = None,
) -> M2Result:
    """Check the four integration values against the shop; one verdict with evidence."""
    started = time.monotonic()
    problems = validate_m2_tokens(tokens.as_mapping())
    if problems:
        return M2Result(
            verdict=M2Verdict.TOKEN_FORMAT_INVALID, store_code=store_code, field_problems=problems
        )
    root = normalise_shop_url(shop_url)
    if not urlsplit(root).hostname or urlsplit(root).scheme not in ("http", "https"):
        note = "not_a_web_address"
        return M2Result(
            verdict=M2Verdict.API_UNREACHABLE,
            store_code=store_code,
            evidence=(Evidence(endpoint=shop_url.strip()[:200], note=note),),
        )
    own = session is None
    if session is None:
        session = HttpSession(policy or HttpPolicy(), cancel=cancel)
    elif cancel is not None and session.cancel is None:
        session.cancel = cancel
    if session.origin is None:
        session.confine(root)
    before = session.requests_sent
    try:
        result = _Check(session, tokens, clock or time.time, store_code).run(root)
    finally:
        if own:
            session.close()
    return replace(
        result,
        requests=session.requests_sent - before,
        seconds=round(time.monotonic() - started, 3),
    )


def probe_cobby(
    session: HttpSession,
    base_url: str,
    tokens: M2Tokens,
    *,
    store_code: str | None = None,
    clock: Callable[[], float] | None = None,
) -> CobbyInfo | M2Result:
    """One signed `GET /V1/cobby/setup` on a known base URL (for the connection-proof
    poller): the probe's answer, or a failed check's result (with its diagnosis)."""
    check = _Check(session, tokens, clock or time.time, store_code)
    client = M2Client(session, base_url, tokens, clock=check.clock)
    try:
        answer = check._get(client, COBBY_SETUP, "oauth_probe")
    except NetError as err:
        return check._unreachable(err, base_url)
    if answer.status == 200 and answer.is_json:
        info = cobby_info_from(answer)
        if info is not None:
            return info
    return check.classify(client, answer)
