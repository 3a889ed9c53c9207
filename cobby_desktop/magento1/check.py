"""`check_m1`: test a Magento 1 shop's API credentials the way cobby uses them.

Order: cobby's JSON-RPC route (with and without /index.php). Only when that
route gives no API answer, the core XML-RPC and then SOAP v1 APIs are asked,
to tell "connector missing" from "credentials wrong" and to answer when the
route is blocked. A successful check is login, probe and endSession: three
requests on one endpoint.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass, field, replace
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

from cobby_desktop.magento1.faults import (
    ACCESS_DENIED,
    INVALID_API_PATH,
    PROBE_METHOD,
    SESSION_EXPIRED,
    M1Fault,
    M1TransportProblem,
)
from cobby_desktop.magento1.jsonrpc import JSON_PATH, M1JsonRpc
from cobby_desktop.magento1.keys import validate_api_user, validate_m1_key
from cobby_desktop.magento1.soap import SOAP_PATH, M1Soap
from cobby_desktop.magento1.xmlrpc import XMLRPC_PATH, M1XmlRpc
from cobby_desktop.net.http import HttpPolicy, HttpSession, NetError, NetFailure, https_upgrade
from cobby_desktop.results import CobbyInfo, Evidence, M1Result, M1Verdict
from cobby_desktop.secret import Secret

log = logging.getLogger(__name__)

PREFIXES = ("", "/index.php")
LEGACY_JSON_PATH = "/api/mash2/json"  # cobby 1.x, module Mash2_Cobby


class _Client(Protocol):
    protocol: str
    endpoint: str

    def login(self, user: str, api_key: Secret | str) -> Secret: ...
    def call(self, session_id: Secret | str, method: str, args: list[Any] | None = None) -> Any: ...
    def end_session(self, session_id: Secret | str) -> bool: ...


class _Upgrade(Exception):  # noqa: N818 - control flow
    def __init__(self, base: str) -> None:
        super().__init__(base)
        self.base = base


@dataclass
class _Run:
    session: HttpSession
    user: str
    key: Secret
    evidence: list[Evidence] = field(default_factory=list)
    upgraded: bool = False

    # -- the whole check ----------------------------------------------------

    def check(self, base: str) -> M1Result:
        try:
            result = self._check(base)
        except _Upgrade as up:
            log.debug("shop moved to https; checking again on %s", up.base)
            self.upgraded = True
            base = up.base
            result = self._check(base)
        if result.verdict is M1Verdict.COBBY_EXTENSION_MISSING:
            legacy = self._legacy_route(base)
            if legacy is not None:
                return self._result(M1Verdict.LEGACY_CONNECTOR, legacy, None)
        return result

    def _legacy_route(self, base: str) -> str | None:
        """The JSON-RPC route of cobby 1.x (Mash2_Cobby), if it answers."""
        url = base + LEGACY_JSON_PATH
        body = json.dumps({"method": "endSession", "params": ["0"], "id": 1}).encode()
        try:
            reply = self.session.post(url, body, "application/json")
        except NetError as err:
            if err.kind is NetFailure.CANCELLED:
                raise
            return None
        try:
            data = json.loads(reply.body)
        except ValueError:
            return None
        if not (isinstance(data, dict) and ("result" in data or "error" in data)):
            return None
        self.evidence.append(Evidence(url, "endSession", reply.status, note="legacy_route"))
        return url

    def _check(self, base: str) -> M1Result:
        route_problems: list[M1TransportProblem] = []
        for prefix in PREFIXES:
            client = M1JsonRpc(self.session, base + prefix + JSON_PATH)
            try:
                return self._session_check(client)
            except M1TransportProblem as problem:
                self.evidence.append(problem.evidence)
                final = self._final(problem, base)
                if final:
                    return final
                route_problems.append(problem)
        # The cobby route gave no API answer: ask Magento's core API.
        route_missing = all(p.status == 404 for p in route_problems)
        html = any(p.html for p in route_problems)
        fallbacks: list[_Client] = [
            M1XmlRpc(self.session, base + p + XMLRPC_PATH) for p in PREFIXES
        ]
        fallbacks += [M1Soap(self.session, base + p + SOAP_PATH) for p in PREFIXES]
        for fallback in fallbacks:
            try:
                result = self._session_check(fallback, route_missing=route_missing)
            except M1TransportProblem as problem:
                self.evidence.append(problem.evidence)
                html = html or problem.html
                final = self._final(problem, base)
                if final:
                    return replace(final, html_answer=final.html_answer or html)
                continue
            return replace(result, cobby_route_blocked=True, html_answer=html)
        return self._result(
            M1Verdict.API_UNREACHABLE, route_problems[0].evidence.endpoint, None, html_answer=html
        )

    def _final(self, problem: M1TransportProblem, base: str) -> M1Result | None:
        """A problem that no other endpoint on this host would answer differently."""
        endpoint = problem.evidence.endpoint
        if problem.net_failure:
            return self._result(
                M1Verdict.API_UNREACHABLE, endpoint, None, net_failure=problem.net_failure
            )
        if problem.redirect_to:
            target = https_upgrade(endpoint, problem.redirect_to)
            if target and not self.upgraded:
                raise _Upgrade(_new_base(base, endpoint, target))
            return self._result(
                M1Verdict.API_UNREACHABLE, endpoint, None, redirect_to=problem.redirect_to
            )
        if problem.basic_auth:
            return self._result(M1Verdict.API_UNREACHABLE, endpoint, None, html_answer=problem.html)
        return None

    # -- one endpoint ---------------------------------------------------------

    def _session_check(self, client: _Client, *, route_missing: bool = False) -> M1Result:
        """login, probe, endSession on one endpoint (a fresh login once on expiry)."""
        try:
            sid = client.login(self.user, self.key)
        except M1Fault as fault:
            self.evidence.append(fault.evidence)
            if route_missing:
                # The core API answers but cobby's route does not exist.
                return self._result(M1Verdict.COBBY_EXTENSION_MISSING, client.endpoint, client)
            if fault.magento_code in (ACCESS_DENIED, 6):
                return self._result(M1Verdict.CREDENTIALS_REJECTED, client.endpoint, client)
            return self._result(M1Verdict.SHOP_ERROR, client.endpoint, client)
        self.evidence.append(Evidence(client.endpoint, "login", 200))
        try:
            return self._probe(client, sid)
        except M1TransportProblem as problem:
            # Login worked, so the endpoint is right: report rather than fall back.
            self.evidence.append(problem.evidence)
            return self._final_mid_session(problem)

    def _final_mid_session(self, problem: M1TransportProblem) -> M1Result:
        endpoint = problem.evidence.endpoint
        status = problem.status or 0
        verdict = M1Verdict.SHOP_ERROR if status >= 500 else M1Verdict.API_UNREACHABLE
        return self._result(
            verdict,
            endpoint,
            None,
            net_failure=problem.net_failure,
            redirect_to=problem.redirect_to,
            html_answer=problem.html,
        )

    def _probe(self, client: _Client, sid: Secret) -> M1Result:
        relogged = False
        while True:
            try:
                rows = client.call(sid, PROBE_METHOD, [])
            except M1Fault as fault:
                self.evidence.append(fault.evidence)
                if fault.magento_code == SESSION_EXPIRED and not relogged:
                    relogged = True
                    renewed = self._relogin(client)
                    if renewed is None:
                        return self._result(M1Verdict.SHOP_ERROR, client.endpoint, client)
                    sid = renewed
                    continue
                self._end(client, sid)
                if fault.magento_code == ACCESS_DENIED:
                    return self._result(M1Verdict.COBBY_PERMISSION_MISSING, client.endpoint, client)
                if fault.magento_code == INVALID_API_PATH:
                    return self._result(M1Verdict.COBBY_EXTENSION_MISSING, client.endpoint, client)
                return self._result(M1Verdict.SHOP_ERROR, client.endpoint, client)
            break
        self.evidence.append(Evidence(client.endpoint, PROBE_METHOD, 200))
        self._end(client, sid)
        row = rows[0] if isinstance(rows, list) and rows else rows
        if not isinstance(row, dict):
            return self._result(M1Verdict.SHOP_ERROR, client.endpoint, client)
        return self._result(M1Verdict.OK, client.endpoint, client, cobby=CobbyInfo.from_export(row))

    def _relogin(self, client: _Client) -> Secret | None:
        try:
            sid = client.login(self.user, self.key)
        except M1Fault as fault:
            self.evidence.append(fault.evidence)
            return None
        self.evidence.append(Evidence(client.endpoint, "login", 200, note="fresh_login"))
        return sid

    def _end(self, client: _Client, sid: Secret) -> None:
        """Best effort: a failed endSession does not change the verdict."""
        try:
            client.end_session(sid)
            self.evidence.append(Evidence(client.endpoint, "endSession", 200))
        except (M1Fault, M1TransportProblem) as problem:
            self.evidence.append(problem.evidence)

    def _result(
        self, verdict: M1Verdict, endpoint: str | None, client: _Client | None, **kw: Any
    ) -> M1Result:
        return M1Result(
            verdict=verdict,
            endpoint=endpoint,
            protocol=client.protocol if client else None,
            evidence=tuple(self.evidence),
            **kw,
        )


def _new_base(base: str, endpoint: str, target: str) -> str:
    """The https base URL after a same-host http->https redirect."""
    relative = endpoint[len(base) :]
    clean = target.split("?", 1)[0]
    if relative and clean.endswith(relative.split("?", 1)[0]):
        return clean[: len(clean) - len(relative.split("?", 1)[0])]
    old, new = urlsplit(base), urlsplit(target)
    return urlunsplit(("https", new.netloc, old.path, "", ""))


def check_m1(
    shop_url: str,
    user: str,
    api_key: Secret | str,
    *,
    policy: HttpPolicy | None = None,
    session: HttpSession | None = None,
    cancel: threading.Event | None = None,
) -> M1Result:
    """Test Magento 1 API credentials exactly as cobby's service will use them."""
    key = api_key if isinstance(api_key, Secret) else Secret(api_key)
    problems = validate_api_user(user) + validate_m1_key(key.reveal())
    if problems:
        return M1Result(verdict=M1Verdict.KEY_FORMAT_INVALID, field_problems=problems)
    base = shop_url.strip().rstrip("/")
    own = session is None
    http = session if session is not None else HttpSession(policy or HttpPolicy(), cancel=cancel)
    if http.origin is None:
        http.confine(base)
    before, start = http.requests_sent, time.monotonic()
    try:
        result = _Run(http, user, key).check(base)
    finally:
        if own:
            http.close()
    log.debug("Magento 1 check of %s: %s", base, result.verdict.value)
    return replace(result, requests=http.requests_sent - before, seconds=time.monotonic() - start)
