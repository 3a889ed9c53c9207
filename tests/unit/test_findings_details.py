"""Every finding's detail is catalogue entries filled from params, never prose.

Each producer of a finding (the front door, the adapters' verdicts, the
diagnosis' own stages) is driven into every shape it has; each finding must
carry its detail as catalogue messages whose English is exactly its `detail`,
and `localized` must write all of it again in German.
"""

from __future__ import annotations

import ast
import socket
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from cobby_desktop import i18n
from cobby_desktop.domain import frontmatter as fm
from cobby_desktop.domain import verdicts
from cobby_desktop.domain.diagnosis import (
    CheckInput,
    _nothing_answered,
    _Run,
    _StopError,
    diagnose,
)
from cobby_desktop.domain.findings import DETAILS, Finding, detail_code, localized
from cobby_desktop.magento1.keys import validate_api_user, validate_m1_key
from cobby_desktop.magento2.tokens import validate_m2_tokens
from cobby_desktop.messages import CATALOGUE as MESSAGES
from cobby_desktop.messages import Message, english
from cobby_desktop.net.http import (
    CertInfo,
    HttpPolicy,
    HttpSession,
    NetError,
    NetFailure,
    RedirectKind,
    Reply,
)
from cobby_desktop.results import (
    CobbyInfo,
    Evidence,
    M1Result,
    M1Verdict,
    M2Result,
    M2Verdict,
)
from cobby_desktop.secret import Secret

SHOP = "https://shop.example"
API = SHOP + "/api/xmlrpc/"
REST = SHOP + "/rest/default"


def _reply(status: int, url: str = SHOP + "/", body: bytes = b"<html></html>",
           **headers: str) -> Reply:
    return Reply("GET", url, status, httpx.Headers(headers), body, 0.01)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cert() -> CertInfo:
    when = datetime(2027, 1, 31, 12, 0, tzinfo=UTC)
    return CertInfo("CN=shop.example", "CN=Example CA", when, when, "AB:CD", "", False)


def _verdict_findings() -> list[Finding]:
    ev = (Evidence(endpoint=API, method="POST login", http_status=200,
                   fault_text="Access denied."),)
    found: list[Finding] = []
    for v in M1Verdict:
        found += verdicts.m1_findings(M1Result(v, endpoint=API, evidence=ev), SHOP)
    found += verdicts.m1_findings(M1Result(M1Verdict.OK, cobby_route_blocked=True), SHOP)
    for v in M2Verdict:
        found += verdicts.m2_findings(M2Result(v, base_url=REST, store_code="fr", evidence=ev,
                                               clock_skew_seconds=-120))
    found += verdicts.m2_findings(M2Result(M2Verdict.CLOCK_SKEW, base_url=REST,
                                           clock_skew_seconds=300))
    found += verdicts.m2_findings(M2Result(M2Verdict.CLOCK_SKEW, base_url=REST))
    for failure in NetFailure:
        if failure is not NetFailure.CANCELLED:
            net_ev = (Evidence(endpoint=API, net_failure=failure, note="ConnectTimeout"),)
            found.append(verdicts.unreachable(failure, None, False, net_ev, 1, SHOP))
    for status in (503, 404, 403, 401):
        html_ev = (Evidence(endpoint=API, http_status=status),)
        found.append(verdicts.unreachable(None, None, True, html_ev, 1, SHOP))
        found.append(verdicts.unreachable(None, None, True, html_ev, 2, SHOP, "staff"))
    found.append(verdicts.unreachable(None, None, True, (), 1, SHOP))
    found.append(verdicts.unreachable(None, None, False, (), 2, REST))
    moved = (Evidence(endpoint=API, http_status=302),)
    for target in ("https://other.example/", "http://shop.example/api/xmlrpc/",
                   "https://shop.example/elsewhere/", "javascript:alert(1)"):
        found.append(verdicts.unreachable(None, target, False, moved, 1, SHOP))
    found.append(verdicts.unreachable(None, SHOP + "/x/", False, (), 1, SHOP))
    found.append(verdicts.field_finding(validate_m1_key(" short\u200b"), 1))
    found.append(verdicts.field_finding(validate_api_user(""), 1))
    found.append(verdicts.field_finding(validate_m2_tokens(
        {"consumer_key": "a" * 32, "consumer_secret": "a" * 32}), 2))
    owner = CobbyInfo("1.2.3", "2.4.6", False, Secret("cobby license key"))
    found += verdicts.cobby_findings(owner, Secret("workspace-key-1"), 2)
    other = CobbyInfo("1.2.3", "2.4.6", True, Secret("shop-key-2"))
    found += verdicts.cobby_findings(other, Secret("workspace-key-1"), 1)
    return found


def _front_findings() -> list[Finding]:
    policy = HttpPolicy()
    found = [
        fm.outage_finding(_reply(503, body=b"Service Temporarily Unavailable"),
                          "http.maintenance", 1, SHOP + "/"),
        fm.outage_finding(_reply(503, body=b"There has been an error processing your request"
                                 b" Error log record number: 12345"), "shop.error_page", 2,
                          SHOP + "/"),
        fm.outage_finding(_reply(503), "http.unavailable", None, SHOP + "/"),
        fm.basic_auth_finding(_reply(401), policy, 1, SHOP + "/", "shop"),
        fm.basic_auth_finding(_reply(401), HttpPolicy(basic_auth=("staff", Secret("pw-1"))), 2,
                              REST, "rest"),
    ]
    moved = _reply(301, location="https://other.example/shop/")
    for kind in (RedirectKind.ELSEWHERE, RedirectKind.DOWNGRADE, RedirectKind.REFUSED):
        found.append(fm.redirect_finding(kind, SHOP, moved, 1))
    blocked = fm.FrontDoor(SHOP)
    fm._gatekeeper(blocked, HttpSession(policy), _reply(403, server="cloudflare",
                                                         **{"cf-ray": "8a1b2c"}), 1)
    fm._gatekeeper(blocked, HttpSession(policy), _reply(429, **{"x-sucuri-id": "1"}), 1)
    found += blocked.findings
    followed = fm.FrontDoor("http://shop.example")
    assert fm._follow(followed, _reply(301, "http://shop.example/", location=SHOP + "/"), 1)
    found += followed.findings
    port = _closed_port()
    found.append(fm.net_finding(NetError(NetFailure.TLS_OTHER, f"https://127.0.0.1:{port}/",
                                         "WRONG_VERSION_NUMBER"), 1))
    for failure in NetFailure:
        if failure not in (NetFailure.CANCELLED, NetFailure.TLS_OTHER):
            err = NetError(failure, f"https://127.0.0.1:{port}/", "ReadTimeout")
            found.append(fm.net_finding(err, 2))
    infos = socket.getaddrinfo("127.0.0.1", port, type=socket.SOCK_STREAM)
    found.append(fm.connect(infos, "127.0.0.1", port, 1.0, 1))
    found.append(fm.resolve("x" * 64 + ".example", 443, 1)[1])  # refused before any lookup
    found.append(fm.check_tls("127.0.0.1", port, policy, 1)[1])
    return [f for f in found if f is not None]


def _credentials_missing(magento: int, **values: str) -> Finding:
    inp = CheckInput(url=SHOP, magento=magento, api_user=values.pop("api_user", ""),
                     secrets={k: Secret(v) for k, v in values.items()})
    run = _Run(inp, None, None)
    with pytest.raises(_StopError):  # stops before anything is sent
        run._check_m1(SHOP) if magento == 1 else run._check_m2(SHOP)
    return run.findings[0]


def _stage_findings() -> list[Finding]:
    session = HttpSession(HttpPolicy())
    gates = [("http.blocked", _reply(403, API))]
    found = [
        _nothing_answered(session, SHOP, None, [], []),
        _nothing_answered(session, SHOP, 1, gates, []),
        diagnose(CheckInput(url="https://exa mple.com")).findings[0],
        _credentials_missing(1),
        _credentials_missing(1, api_user="cobby_api"),
        _credentials_missing(1, api_key="cobby12345key"),
        _credentials_missing(2, consumer_key="k" * 32, access_token="t" * 32),
    ]
    budget = HttpPolicy(total_seconds=1e-9)
    found += diagnose(CheckInput(url="https://127.0.0.1:1", policy=budget)).findings
    return found


def _all() -> list[Finding]:
    return _verdict_findings() + _front_findings() + _stage_findings()


def _is_catalogue_detail(f: Finding) -> bool:
    """The detail is exactly the English of its catalogue messages (or empty)."""
    return all(m.code in MESSAGES for m in f.said) and f.detail == " ".join(
        english(m) for m in f.said
    )


def test_every_producer_says_its_detail_with_catalogue_entries() -> None:
    found = _all()
    codes = {f.code for f in found}
    assert len(codes) > 35  # the shapes above reach most of the catalogue
    prose = [(f.code, f.detail) for f in found if not _is_catalogue_detail(f)]
    assert prose == []
    assert sum(1 for f in found if f.said) > 50


def test_every_detail_reads_german() -> None:
    before = i18n.current_language()
    i18n.install(i18n.GERMAN)
    try:
        for f in _all():
            if not f.said:
                continue
            german = localized(f, i18n.text)
            assert german.detail != f.detail or _same_in_both(f.said), (f.code, f.detail)
            assert german.code == f.code and german.params == f.params
            for part in f.said:  # no English sentence left in the German detail
                if not _same_in_both((part,)):
                    assert english(part) not in german.detail, (f.code, german.detail)
    finally:
        i18n.install(before)  # the language the suite runs in


def _same_in_both(said: tuple[Message, ...]) -> bool:
    """Texts German writes as English does ("Server: {server}.")."""
    return all(i18n.text(MESSAGES[m.code].source) == MESSAGES[m.code].source.text
               for m in said)


def test_details_carry_their_facts_as_params() -> None:
    by_key: dict[str, Finding] = {}
    for f in _all():
        by_key.setdefault(f.detail_key, f)  # the first of each shape
    assert by_key["tcp.refused"].params["host"] == "127.0.0.1"
    assert by_key["dns.unresolved"].params == {"host": "x" * 64 + ".example"}
    assert by_key["m1.credentials_rejected"].params == {"url": API}
    assert by_key["shop.error/fault"].params == {"fault": "Access denied."}
    assert by_key["rest_base"].params == {"url": REST}
    assert by_key["cobby.license_mismatch"].params.keys() == {"shop_tag", "workspace_tag"}
    assert "workspace-key-1" not in str(by_key["cobby.license_mismatch"].params)
    assert by_key["http.redirect/followed"].params == {
        "url": "http://shop.example", "status": "301", "target": SHOP}
    assert by_key["http.blocked/front"].params == {
        "url": SHOP + "/", "status": "403", "server": "cloudflare", "ray": "8a1b2c"}
    assert [m.code for m in by_key["http.blocked/front"].said] == [
        "finding.detail.http.blocked.front", "finding.detail.server",
        "finding.detail.cloudflare_ray"]
    assert by_key["web_page"].params == {"url": API, "status": "404"}
    assert by_key["shop.not_magento/no_api"].params == {"url": SHOP}
    front = {f.detail_key: f for f in _front_findings()}
    assert front["net/timeout"].said[-1] == Message(
        detail_code("reason"), {"error": "ReadTimeout"})
    assert front["net/timeout"].params == {"url": front["net/timeout"].evidence[0].endpoint}
    # The HTTP stack's own English ("connection refused") is never shown as a reason.
    assert len(front["net/refused"].said) == 1
    assert by_key["net/timeout"].said[-1].params == {"error": "ConnectTimeout"}
    assert len(by_key["net/budget"].said) == 1
    assert by_key["check.time_budget/url"].params == {"stage": "url"}
    invalid = next(f for f in _stage_findings() if f.code == "url.invalid")
    assert invalid.params == {"problem": "url.spaces"}
    assert [m.code for m in invalid.said] == ["url.spaces"]


def test_field_problems_are_the_sentences_of_their_finding() -> None:
    problems = validate_m1_key(" short\u200b")
    found = verdicts.field_finding(problems, 1)
    assert found is not None and found.code == "credential.whitespace"
    assert found.said == tuple(p.said for p in problems)
    assert found.params == {"fields": "api_key",
                            "problems": ",".join(p.code for p in problems)}
    assert "short" not in str(found.params) + str([m.params for m in found.said])


def test_a_pinned_certificate_is_described_by_its_params() -> None:
    from cobby_desktop.domain.findings import make_finding

    f = make_finding("tls.pinned", 1, notes=(fm.certificate_note(_cert()),))
    assert f.said == (Message(detail_code("certificate"), {
        "subject": "CN=shop.example", "issuer": "CN=Example CA", "until": "2027-01-31 12:00",
        "sha256": "AB:CD"}),)


def test_missing_credentials_name_each_value_in_its_own_entry() -> None:
    m2 = _credentials_missing(2, consumer_key="k" * 32, access_token="t" * 32)
    assert m2.params == {"missing": "consumer_secret,access_token_secret"}
    assert [m.code for m in m2.said] == [
        "finding.detail.credential.missing.consumer_secret",
        "finding.detail.credential.missing.access_token_secret"]
    assert _credentials_missing(1).detail_key == "credential.missing/m1_both"
    assert _credentials_missing(1, api_user="u").detail_key == "credential.missing/m1_key"
    assert _credentials_missing(1, api_key="k1").params == {"missing": "m1_user"}


def test_a_port_that_does_not_answer_says_so_with_its_seconds(monkeypatch) -> None:
    class Silent:
        def __init__(self, *args: object) -> None:
            pass

        def settimeout(self, seconds: float) -> None:
            pass

        def connect(self, addr: object) -> None:
            raise self.error

        def close(self) -> None:
            pass

    infos = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 9))]
    monkeypatch.setattr(fm.socket, "socket", Silent)
    Silent.error = TimeoutError()
    silent = fm.connect(infos, "shop.example", 443, 2.5, 1)
    Silent.error = OSError(101, "Network is unreachable")
    unreachable = fm.connect(infos, "shop.example", 443, 2.5, 1)
    assert silent is not None and unreachable is not None
    assert (silent.detail_key, silent.params) == (
        "tcp.timeout/silent", {"host": "shop.example", "port": "443", "seconds": "2.5"})
    assert unreachable.detail_key == "tcp.timeout/unreachable"
    assert unreachable.said[-1] == Message(
        detail_code("reason"), {"error": "[Errno 101] Network is unreachable"})


def test_no_module_writes_a_finding_detail_of_its_own() -> None:
    """Below the UI only findings.make_finding builds a Finding, and nothing
    replaces a detail with text."""
    root = Path(__file__).resolve().parents[2] / "cobby_desktop"
    allowed = {("domain/report.py", "_finding")}  # scrubs the detail, writes none
    found = set()
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        if rel.startswith("ui/") or rel == "domain/findings.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef):
                continue
            for node in ast.walk(func):
                if isinstance(node, ast.Call) and _writes_detail(node):
                    found.add((rel, func.name))
    assert found <= allowed, found - allowed


def _writes_detail(call: ast.Call) -> bool:
    name = getattr(call.func, "id", getattr(call.func, "attr", ""))
    if name == "Finding":
        return True
    return name == "replace" and any(k.arg == "detail" for k in call.keywords)


@pytest.mark.parametrize("key", sorted(DETAILS))
def test_every_detail_entry_has_german(key: str) -> None:
    before = i18n.current_language()
    i18n.install(i18n.GERMAN)
    try:
        german = i18n.text(DETAILS[key])
    finally:
        i18n.install(before)  # the language the suite runs in
    same = {"server"}  # "Server: {server}." reads the same in German
    assert german != DETAILS[key].text or key in same


def test_the_german_report_names_severity_and_license_state_in_german() -> None:
    from cobby_desktop.domain.diagnosis import DiagnosisReport
    from cobby_desktop.domain.findings import make_finding

    refused = make_finding("tcp.refused", 1, params={"host": "shop.example", "port": 443})
    report = DiagnosisReport(
        url_given=SHOP, url_used=SHOP, magento_major=1, magento_version=None,
        magento_edition=None, findings=(refused,),
        cobby=CobbyInfo("1.2.3", None, True, Secret("shop-key-2")), m1=None, m2=None,
        certificate=None, requests=0, seconds=0.1,
    )
    english_text = report.to_text()
    before = i18n.current_language()
    i18n.install(i18n.GERMAN)
    try:
        german_text, data = report.to_text(i18n.text), report.to_json(i18n.text)
    finally:
        i18n.install(before)  # the language the suite runs in
    assert "[FAILURE]" in english_text and "[FAILURE]" not in german_text
    assert "license key: set" in english_text and ": set" not in german_text
    assert refused.detail in english_text and refused.detail not in german_text
    # check --json: the same codes and values in every language, only texts change
    assert data["findings"][0]["code"] == "tcp.refused"
    assert data["findings"][0]["severity"] == "failure"
    assert data["findings"][0]["params"] == {"host": "shop.example", "port": "443"}
    assert data["cobby"]["license_state"] == "set"
    assert set(data["findings"][0]) == {"code", "severity", "title", "detail", "fix", "params"}
