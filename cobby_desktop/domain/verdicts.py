"""From the adapters' typed verdicts to the check's findings: which finding a
Magento 1 or 2 result, a network failure, a redirect, a field problem or the
cobby probe's answer stands for. Plain functions the diagnosis runs."""

from __future__ import annotations

from dataclasses import replace

from cobby_desktop.domain import frontmatter as fm
from cobby_desktop.domain.findings import Finding, Severity, make_finding
from cobby_desktop.domain.urls import redact_url
from cobby_desktop.net.http import NetFailure, RedirectKind, judge_redirect
from cobby_desktop.results import (
    CobbyInfo,
    Evidence,
    FieldProblem,
    LicenseState,
    M1Result,
    M1Verdict,
    M2Result,
    M2Verdict,
)
from cobby_desktop.secret import Secret


class CheckCancelledError(Exception):
    """The merchant cancelled: the check stops where it is."""


def blocking(f: Finding) -> Finding:
    return f if f.severity is Severity.FAILURE else replace(f, severity=Severity.FAILURE)


def field_finding(problems: tuple[FieldProblem, ...], magento: int) -> Finding | None:
    if not problems:
        return None
    codes = {p.code for p in problems}
    if codes <= {"empty"}:
        code = "credential.missing"
    elif codes & {"whitespace", "invisible"}:
        code = "credential.whitespace"
    else:
        code = "credential.format"
    # Each problem's own catalogue message is a sentence of the detail; params
    # name the fields and what is wrong, never a value.
    params = {"fields": ",".join(dict.fromkeys(p.field for p in problems)),
              "problems": ",".join(p.code for p in problems)}
    return make_finding(code, magento, params=params, notes=[p.said for p in problems])


def unreachable(
    net: NetFailure | None,
    redirect_to: str | None,
    html: bool,
    evidence: tuple[Evidence, ...],
    magento: int,
    where: str,
    basic_user: str | None = None,
) -> Finding:
    """The API gave no usable answer. `where` is the address asked (the API's
    endpoint or the shop's base), named when the evidence names none."""
    if net is NetFailure.CANCELLED:
        raise CheckCancelledError()
    last_url = next((e.endpoint for e in reversed(evidence) if e.endpoint), where)
    if net is not None:
        failed = next((e for e in reversed(evidence) if e.net_failure), None)
        url = failed.endpoint if failed is not None else last_url
        # The adapters keep the HTTP stack's words about it as the evidence's note.
        notes = fm.reason(net, failed.note) if failed is not None else ()
        return make_finding(fm.NET_CODES.get(net, "shop.error"), magento, evidence,
                            params={"url": url}, detail_key=f"net/{net.value}", notes=notes)
    if redirect_to:
        return api_redirect(redirect_to, evidence, magento, where)
    statuses = [e.http_status for e in evidence if e.http_status]
    last = statuses[-1] if statuses else None
    if html and last == 401:
        # Only the API path asked for a password: the front page opened.
        url = next((e.endpoint for e in reversed(evidence) if e.http_status == 401), where)
        params = {"url": url, "scope": "api" if magento == 1 else "rest"}
        code = "http.basic_auth"
        if basic_user is not None:
            code, params["user"] = "http.basic_auth_refused", basic_user
        return make_finding(code, magento, evidence=evidence, params=params,
                            variant=params["scope"])
    if html:
        # 503 without the page itself: told as it is, never as maintenance.
        code = {503: "http.unavailable", 404: "shop.not_magento"}.get(last or 0, "http.blocked")
        url = next((e.endpoint for e in reversed(evidence) if e.http_status == last), last_url)
        if last is None:
            return make_finding(code, magento, evidence, params={"url": url},
                                detail_key="web_page/plain")
        key = None if code == "http.unavailable" else "web_page"
        return make_finding(code, magento, evidence, params={"url": url, "status": last},
                            detail_key=key)
    return make_finding("shop.not_magento", magento, evidence, params={"url": last_url},
                        detail_key="not_api")


def api_redirect(
    redirect_to: str, evidence: tuple[Evidence, ...], magento: int, where: str
) -> Finding:
    """An API path that redirects: never followed; elsewhere needs the merchant's word."""
    source = next(
        (e.endpoint for e in reversed(evidence) if e.http_status and 300 <= e.http_status < 400),
        None,
    )
    kind = judge_redirect(source or "", redirect_to) if source else RedirectKind.SAME_ORIGIN
    status = next((e.http_status for e in reversed(evidence) if e.endpoint == source), None)
    params: dict[str, object] = {"url": source or where}
    if status:
        params["status"] = status
    if kind is RedirectKind.REFUSED:
        return make_finding("http.redirect_refused", magento, evidence, params=params)
    if kind in (RedirectKind.ELSEWHERE, RedirectKind.DOWNGRADE):
        code = "http.redirect_elsewhere" if kind is RedirectKind.ELSEWHERE else (
            "http.redirect_insecure"
        )
        params["target"] = fm.suggested_base(redirect_to)
        return make_finding(code, magento, evidence, params=params,
                            detail_key="redirect" if status else "redirect/plain")
    params["target"] = redact_url(redirect_to)
    return blocking(
        make_finding("http.redirect", magento, evidence, params=params,
                     detail_key="redirect" if status else "redirect/plain")
    )


def m1_findings(res: M1Result, base: str, basic_user: str | None = None) -> list[Finding]:
    ev = res.evidence
    v = res.verdict
    out: list[Finding] = []
    if v is M1Verdict.KEY_FORMAT_INVALID:
        f = field_finding(res.field_problems, 1)
        out.append(f or make_finding("credential.format", 1))
    elif v is M1Verdict.CREDENTIALS_REJECTED:
        out.append(make_finding("m1.credentials_rejected", 1, ev,
                                params={"url": res.endpoint or base}))
    elif v is M1Verdict.COBBY_PERMISSION_MISSING:
        out.append(make_finding("m1.cobby_permission_missing", 1, ev))
    elif v is M1Verdict.COBBY_EXTENSION_MISSING:
        out.append(make_finding("m1.cobby_extension_missing", 1, evidence=ev,
                                params={"url": f"{base}/api/cobby/json"}))
    elif v is M1Verdict.LEGACY_CONNECTOR:
        out.append(make_finding("cobby.legacy_connector", 1, evidence=ev,
                                params={"url": res.endpoint or ""}, variant="1"))
    elif v is M1Verdict.SHOP_ERROR:
        out.append(shop_error(ev, 1))
    elif v is M1Verdict.API_UNREACHABLE:
        out.append(
            unreachable(res.net_failure, res.redirect_to, res.html_answer, ev, 1,
                        res.endpoint or base, basic_user)
        )
    # A missing route is the connector's absence, not a block (its own finding above).
    missing = (M1Verdict.COBBY_EXTENSION_MISSING, M1Verdict.LEGACY_CONNECTOR)
    if res.cobby_route_blocked and v not in missing:
        out.append(make_finding("http.blocked", 1, ev, params={"url": f"{base}/api/cobby/json"},
                                detail_key="http.blocked/cobby_route"))
    return out


def shop_error(ev: tuple[Evidence, ...], magento: int) -> Finding:
    """The shop answered with an error of its own: its words go in as {fault}."""
    faults = "; ".join(e.fault_text for e in ev if e.fault_text)
    return make_finding("shop.error", magento, ev, params={"fault": faults} if faults else None,
                        variant="fault")


_M2_SIMPLE = {
    M2Verdict.SIGNATURE_INVALID: "m2.signature_invalid",
    M2Verdict.AUTH_HEADER_STRIPPED: "m2.auth_header_stripped",
    M2Verdict.COBBY_PERMISSION_MISSING: "m2.cobby_permission_missing",
}


def m2_findings(res: M2Result) -> list[Finding]:
    ev = res.evidence
    v = res.verdict
    if v is M2Verdict.OK:
        return []
    if v in _M2_SIMPLE:
        params = {"url": res.base_url} if res.base_url else None
        return [make_finding(_M2_SIMPLE[v], 2, ev, params=params, detail_key="rest_base")]
    if v is M2Verdict.TOKEN_FORMAT_INVALID:
        return [field_finding(res.field_problems, 2) or make_finding("credential.format", 2)]
    if v is M2Verdict.SHOP_ERROR:
        return [shop_error(ev, 2)]
    if v is M2Verdict.API_UNREACHABLE:
        return [
            unreachable(res.net_failure, res.redirect_to, res.html_answer, ev, 2,
                        res.base_url or "")
        ]
    return [_m2_named(res)]


def _m2_named(res: M2Result) -> Finding:
    """The verdicts whose finding is told from its params alone."""
    ev, v, base = res.evidence, res.verdict, res.base_url or ""
    if v is M2Verdict.CLOCK_SKEW:
        skew = res.clock_skew_seconds
        if skew is None:
            return make_finding("clock.skew", 2, evidence=ev)
        return make_finding("clock.skew", 2, evidence=ev, params={"seconds": f"{abs(skew):.0f}"},
                            variant="ahead" if skew > 0 else "behind")
    if v in (M2Verdict.TOKEN_UNKNOWN, M2Verdict.CONSUMER_UNKNOWN):
        which = "token" if v is M2Verdict.TOKEN_UNKNOWN else "consumer"
        return make_finding("m2.credentials_unknown", 2, evidence=ev, params={"value": which},
                            variant=which)
    if v is M2Verdict.STORE_CODE_UNKNOWN:
        return make_finding("m2.store_code_unknown", 2, evidence=ev,
                            params={"url": base, "store_code": res.store_code or ""})
    if v is M2Verdict.LEGACY_CONNECTOR:
        return make_finding("cobby.legacy_connector", 2, evidence=ev,
                            params={"url": base + "/V1/cobby/setup"}, variant="2")
    return make_finding("m2.cobby_extension_missing", 2, evidence=ev,
                        params={"url": base + "/V1/cobby/setup"})


def cobby_findings(
    info: CobbyInfo | None, workspace_key: Secret | None, magento: int
) -> list[Finding]:
    if info is None:
        return []
    found = _license_findings(info, workspace_key, magento)
    if info.cobby_active is False:
        # The connector's own switch: the shop stops queueing changes for cobby.
        found.append(make_finding("cobby.inactive", magento,
                                  params={"version": info.cobby_version or "?"}))
    return found


def _license_findings(info: CobbyInfo, workspace_key: Secret | None, magento: int) -> list[Finding]:
    state = info.license_state
    if state is LicenseState.PLACEHOLDER:
        return [make_finding("cobby.not_connected", magento)]
    if state is LicenseState.SET and workspace_key and not info.license_matches(workspace_key):
        # Tags, never the keys: the first six characters of each key's fingerprint.
        shop_tag = info.license_key.fingerprint()[:6] if info.license_key else "-"
        tags = {"shop_tag": shop_tag, "workspace_tag": workspace_key.fingerprint()[:6]}
        return [make_finding("cobby.license_mismatch", magento, params=tags)]
    return []


# ---------------------------------------------------------------- the run
