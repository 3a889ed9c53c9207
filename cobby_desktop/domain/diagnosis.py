"""The connection check: from a typed URL and credentials to named findings.

Stages run in `STAGES` order; the first blocking finding ends the run, so a
shop that is down gives one finding, not ten. The cancel flag is checked
between stages and by the HTTP stack; a cancelled run returns at once.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from cobby_desktop.domain import frontmatter as fm
from cobby_desktop.domain.findings import Finding, Severity, TextOf, detail, make_finding
from cobby_desktop.domain.urls import (
    NormalizedUrl,
    has_scheme,
    join,
    normalize_shop_url,
    redact_url,
)
from cobby_desktop.domain.verdicts import (
    CheckCancelledError,
    blocking,
    cobby_findings,
    field_finding,
    m1_findings,
    m2_findings,
)
from cobby_desktop.net.http import (
    NOT_JSON,
    CertInfo,
    HttpPolicy,
    HttpSession,
    NetError,
    NetFailure,
    Reply,
    host_port,
    untrusted_json,
)
from cobby_desktop.results import (
    CobbyInfo,
    Evidence,
    M1Result,
    M2Result,
)
from cobby_desktop.secret import Secret

if TYPE_CHECKING:
    from cobby_desktop.domain.model import CheckRecord, Credential, Shop, TestOutcome
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault

log = logging.getLogger(__name__)

STAGES = ("url", "dns", "tcp", "tls", "http", "detect", "credentials", "cobby")


@dataclass(frozen=True)
class CheckInput:
    url: str
    magento: int | None = None  # None: detect
    api_user: str = ""
    # "api_key" for Magento 1; "consumer_key", "consumer_secret", "access_token",
    # "access_token_secret" for Magento 2.
    secrets: dict[str, Secret] = field(default_factory=dict, repr=False)
    workspace_license_key: Secret | None = field(default=None, repr=False)
    basic_auth: tuple[str, Secret] | None = field(default=None, repr=False)
    pinned_cert_pem: str | None = None
    store_code: str | None = None
    policy: HttpPolicy | None = None

    def all_secrets(self) -> tuple[Secret, ...]:
        found = [s for s in self.secrets.values() if s]
        if self.workspace_license_key:
            found.append(self.workspace_license_key)
        if self.basic_auth and self.basic_auth[1]:
            found.append(self.basic_auth[1])
            # What basic auth sends, base64(user:password), is masked as a whole too.
            found.append(Secret(f"{self.basic_auth[0]}:{self.basic_auth[1].reveal()}"))
        return tuple(found)


@dataclass(frozen=True)
class DiagnosisReport:
    url_given: str
    url_used: str | None
    magento_major: int | None
    magento_version: str | None
    magento_edition: str | None
    findings: tuple[Finding, ...]
    cobby: CobbyInfo | None
    m1: M1Result | None
    m2: M2Result | None
    certificate: CertInfo | None
    requests: int
    seconds: float
    cancelled: bool = False
    cobby_connector: bool | None = None  # from detection: cobby's API route exists
    # Values the renderers blank out wherever they appear (defence in depth).
    redact: tuple[Secret, ...] = field(default=(), repr=False, compare=False)
    at: datetime = field(default_factory=lambda: datetime.now(UTC), compare=False)

    @property
    def ok(self) -> bool:
        return not self.cancelled and all(f.severity is not Severity.FAILURE for f in self.findings)

    @property
    def plain_http(self) -> bool:
        """The shop was reached without https: keys travel unencrypted."""
        return bool(self.url_used) and str(self.url_used).lower().startswith("http://")

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.findings)

    def to_json(self, text_of: TextOf | None = None) -> dict[str, Any]:
        """`text_of` (e.g. cobby_desktop.i18n.text) puts the texts into the
        reader's language; codes and field names never change."""
        from cobby_desktop.domain.report import report_json

        return report_json(self, text_of) if text_of else report_json(self)

    def to_text(self, text_of: TextOf | None = None) -> str:
        from cobby_desktop.domain.report import report_text

        return report_text(self, text_of) if text_of else report_text(self)

    def to_html(self, text_of: TextOf | None = None) -> str:
        from cobby_desktop.domain.report import report_html

        return report_html(self, text_of) if text_of else report_html(self)


@dataclass(frozen=True)
class DetectResult:
    url_used: str | None
    magento_major: int | None
    cobby_connector: bool | None
    findings: tuple[Finding, ...]
    magento_version: str | None = None
    magento_edition: str | None = None


class _StopError(Exception):
    """A blocking finding was recorded: no later stage can tell anything more."""


# ---------------------------------------------------------------- Magento detection


@dataclass
class _Detection:
    major: int | None = None
    version: str | None = None
    edition: str | None = None
    connector: bool | None = None
    finding: Finding | None = None


def _url_finding(norm: NormalizedUrl, magento: int | None) -> Finding:
    """An address the check cannot use: what is wrong with it, as the URL rules say
    (their catalogue message is the detail; its code names the problem)."""
    said = () if norm.said is None else (norm.said,)
    params = {"problem": norm.said.code} if norm.said is not None else None
    return make_finding("url.invalid", magento, params=params, notes=said)


def _json(reply: Reply) -> Any:
    data = untrusted_json(reply.body)
    return None if data is NOT_JSON else data


def _nothing_answered(
    session: HttpSession,
    base: str,
    hint: int | None,
    gates: list[tuple[str, Reply]],
    seen: list[Evidence],
) -> Finding:
    """Why no Magento API answered: the first gate in front of it, or none."""
    if not gates:
        return make_finding("shop.not_magento", hint, tuple(seen), params={"url": base},
                            variant="no_api")
    code, gate = gates[0]
    if code == "http.basic_auth":
        return fm.basic_auth_finding(gate, session.policy, hint, gate.url, fm.scope_of(gate.url))
    if code in ("http.maintenance", "shop.error_page", "http.unavailable"):
        return fm.outage_finding(gate, code, hint, gate.url)
    return make_finding(code, hint, tuple(seen), params={"url": gate.url, "status": gate.status},
                        detail_key="web_page")


def _probe(session: HttpSession, base: str, hint: int | None) -> _Detection:
    """Knock on the paths only Magento answers; never sends a credential."""
    det = _Detection()
    gates: list[tuple[str, Reply]] = []
    seen: list[Evidence] = []

    def get(path: str, *, post: tuple[bytes, str] | None = None) -> Reply | None:
        url = join(base, path)
        try:
            reply = session.post(url, *post) if post else session.get(url)
        except NetError as err:
            if err.kind is NetFailure.CANCELLED:
                raise CheckCancelledError() from None
            seen.append(Evidence(endpoint=url, net_failure=err.kind))
            return None
        seen.append(fm.evidence_of(reply))
        code = fm.blocking_code(reply, api_path=True)
        if code:
            gates.append((code, reply))
        return reply

    # Magento 2: /magento_version, then an unauthenticated REST route.
    reply = get("/magento_version")
    if reply is not None and reply.status == 200 and reply.text.startswith("Magento/"):
        det.major = 2
        text = reply.text.strip()
        name, _, edition = text.partition(" ")
        det.version = name.split("/", 1)[1] or None
        det.edition = edition.strip("() ") or None
    for prefix in ("", "/index.php"):
        reply = get(prefix + "/rest/V1/cobby/setup")
        data = _json(reply) if reply is not None else None
        if reply is not None and isinstance(data, dict) and "message" in data:
            det.major = 2
            no_route = "does not match any route" in str(data["message"]).lower()
            det.connector = not (reply.status == 404 and no_route)
            return det
    if det.major == 2:
        return det

    # Magento 1: cobby's JSON-RPC route, then core XML-RPC and SOAP.
    rpc = json.dumps({"method": "endSession", "params": ["0"], "id": 1}).encode()
    xml = (
        b"<?xml version='1.0'?><methodCall><methodName>endSession</methodName>"
        b"<params><param><value><string>0</string></value></param></params></methodCall>"
    )
    for prefix in ("", "/index.php"):
        reply = get(prefix + "/api/cobby/json", post=(rpc, "application/json"))
        data = _json(reply) if reply is not None else None
        cobby_json = isinstance(data, dict) and ("result" in data or "error" in data)
        reply = get(prefix + "/api/xmlrpc/", post=(xml, "text/xml"))
        xmlrpc = reply is not None and b"<methodResponse" in reply.body
        if cobby_json or xmlrpc:
            det.major, det.connector = 1, bool(cobby_json)
            return det
    reply = get("/api/soap/?wsdl")
    if reply is not None and b"definitions" in reply.body and (
        b"urn:Magento" in reply.body or b"urn:OpenMage" in reply.body
    ):
        det.major, det.connector = 1, None
        return det

    det.finding = _nothing_answered(session, base, hint, gates, seen)
    return det


def detect(
    url: str, *, policy: HttpPolicy | None = None, cancel: threading.Event | None = None
) -> DetectResult:
    """The wizard's URL page: which Magento, is cobby's connector there, what blocks."""
    report = diagnose(CheckInput(url=url, policy=policy), cancel=cancel, _until="detect")
    return DetectResult(
        url_used=report.url_used,
        magento_major=report.magento_major,
        cobby_connector=report.cobby_connector,
        findings=report.findings,
        magento_version=report.magento_version,
        magento_edition=report.magento_edition,
    )


# ---------------------------------------------------------------- verdict mapping


class _Run:
    def __init__(
        self,
        inp: CheckInput,
        progress: Callable[[str], None] | None,
        cancel: threading.Event | None,
        until: str | None = None,
    ) -> None:
        self.inp = inp
        self.progress = progress
        self.cancel = cancel
        self.until = until
        base = inp.policy or HttpPolicy()
        self.policy = replace(
            base,
            pinned_cert_pem=inp.pinned_cert_pem or base.pinned_cert_pem,
            basic_auth=inp.basic_auth or base.basic_auth,
        )
        self.start = time.monotonic()
        total = self.policy.total_seconds
        self.deadline: float | None = self.start + total if total else None
        self.findings: list[Finding] = []
        self.url_used: str | None = None
        self.major: int | None = inp.magento
        self.version: str | None = None
        self.edition: str | None = None
        self.connector: bool | None = None
        self.cobby: CobbyInfo | None = None
        self.m1: M1Result | None = None
        self.m2: M2Result | None = None
        self.cert: CertInfo | None = None
        self.session: HttpSession | None = None
        self.extra_requests = 0
        self.done = threading.Event()
        self.error: BaseException | None = None
        self.report: DiagnosisReport | None = None

    @property
    def basic_user(self) -> str | None:
        auth = self.policy.basic_auth
        return auth[0] if auth is not None else None

    # -- plumbing

    def stage(self, name: str) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise CheckCancelledError()
        if self.deadline is not None and time.monotonic() >= self.deadline:
            self.add(make_finding("check.time_budget", self.major, params={"stage": name},
                                  variant=name), stop=True)
        if self.progress is not None:
            self.progress(name)

    def add(self, f: Finding | None, *, stop: bool | None = None) -> None:
        if f is None:
            return
        self.findings.append(f)
        if stop or (stop is None and f.severity is Severity.FAILURE):
            raise _StopError()

    def snapshot(self, cancelled: bool = False) -> DiagnosisReport:
        sent = self.session.requests_sent if self.session else 0
        report = DiagnosisReport(
            url_given=redact_url(self.inp.url),
            url_used=self.url_used,
            magento_major=self.major,
            magento_version=self.version,
            magento_edition=self.edition,
            findings=tuple(self.findings),
            cobby=self.cobby,
            m1=self.m1,
            m2=self.m2,
            certificate=self.cert,
            requests=sent + self.extra_requests,
            seconds=round(time.monotonic() - self.start, 3),
            cancelled=cancelled,
            cobby_connector=self.connector,
            redact=self.inp.all_secrets(),
        )
        # What the shop sent back (an echo of our request, say) is blanked before
        # any window, log or history sees the findings.
        from cobby_desktop.domain.report import scrubbed_findings

        return replace(report, findings=scrubbed_findings(report))

    def execute(self) -> DiagnosisReport:
        cancelled = False
        try:
            self._stages()
        except _StopError:
            pass
        except CheckCancelledError:
            cancelled = True
        except NetError as err:
            if err.kind is NetFailure.CANCELLED:
                cancelled = True
            else:  # e.g. the budget ran out inside an adapter
                self.findings.append(blocking(fm.net_finding(err, self.major)))
        except (RecursionError, ValueError, LookupError, TypeError, UnicodeError) as exc:
            # A hostile or broken answer the adapters did not foresee: a finding, never
            # a traceback in the merchant's face.
            log.warning("check stopped by an unreadable answer: %s", type(exc).__name__)
            self.findings.append(make_finding("shop.answer_unreadable", self.major,
                                              params={"error": type(exc).__name__}))
        finally:
            if self.session is not None:
                self.session.close()
        self.report = self.snapshot(cancelled)
        return self.report

    def execute_in_thread(self) -> None:
        try:
            self.execute()
        except BaseException as exc:  # handed to the waiting caller
            self.error = exc
        finally:
            self.done.set()

    # -- the stages

    def _stages(self) -> None:
        inp, magento = self.inp, self.inp.magento
        self.stage("url")
        norm = normalize_shop_url(inp.url)
        if norm.url is None:
            self.add(_url_finding(norm, magento))
        assert norm.url is not None  # an unusable address stopped the check above
        self.url_used = url = norm.url
        host, port = host_port(url)

        self.stage("dns")
        infos, f = fm.resolve(host, port, magento)
        self.add(f)
        self.stage("tcp")
        self.add(fm.connect(infos, host, port, self.policy.connect_timeout, magento))
        self.stage("tls")
        if url.startswith("https://"):
            self.cert, f = fm.check_tls(host, port, self.policy, magento)
            if f is not None and f.code == "tls.unavailable" and not has_scheme(inp.url):
                # Typed without a scheme on a port without TLS: the shop speaks plain
                # http there, so go on over http and say that the keys travel unencrypted.
                self.url_used = url = "http://" + url.removeprefix("https://")
                f = make_finding("http.unencrypted", magento, params={"url": url})
                self.add(f, stop=False)
            else:
                self.add(f)

        self.session = HttpSession(self.policy, self.cancel, deadline=self.deadline)
        self.stage("http")
        door = fm.front_door(self.session, url, magento)
        self.url_used = url = door.base
        for i, f in enumerate(door.findings):
            last = i == len(door.findings) - 1
            self.add(blocking(f) if door.blocked and last else f, stop=False)
        if door.blocked:
            raise _StopError()

        self.stage("detect")
        if self.major is None or self.until == "detect":
            det = _probe(self.session, url, magento)
            if det.finding is not None:
                self.add(blocking(det.finding))
            self.major = self.major or det.major
            self.version, self.edition, self.connector = det.version, det.edition, det.connector
        if self.until == "detect":
            return

        self.stage("credentials")
        if self.major == 1:
            self._check_m1(url)
        else:
            self._check_m2(url)

        self.stage("cobby")
        for f in cobby_findings(self.cobby, inp.workspace_license_key, self.major or 2):
            self.add(f, stop=False)
        passed = not any(f.severity is Severity.FAILURE for f in self.findings)
        if self.major == 1 and self.basic_user is not None and passed:
            # This check got in with a password that cobby's service does not have.
            self.add(make_finding("http.basic_auth_cobby", 1, params={"user": self.basic_user}))

    def _count(self, before: int, res_requests: int) -> None:
        # The adapter may have used its own session; count its requests once.
        if self.session is not None and self.session.requests_sent == before:
            self.extra_requests += res_requests

    def _check_m1(self, url: str) -> None:
        from cobby_desktop.magento1 import check_m1
        from cobby_desktop.magento1.keys import validate_api_user, validate_m1_key

        key = self.inp.secrets.get("api_key")
        if not key or not self.inp.api_user:
            which = "m1_both" if not key and not self.inp.api_user else (
                "m1_key" if not key else "m1_user")
            self.add(make_finding("credential.missing", 1, params={"missing": which},
                                  variant=which))
        self.add(field_finding(validate_api_user(self.inp.api_user), 1))
        self.add(field_finding(validate_m1_key(key), 1))
        assert key is not None and self.session is not None  # the stages above stop first
        before = self.session.requests_sent
        res = check_m1(url, self.inp.api_user, key, policy=self.policy, session=self.session,
                       cancel=self.cancel)
        self._count(before, res.requests)
        self.m1, self.cobby = res, res.cobby
        if res.cobby and res.cobby.magento_version:
            self.version = res.cobby.magento_version
        found = m1_findings(res, url, self.basic_user)
        for f in found:
            self.add(f, stop=False)
        if any(f.severity is Severity.FAILURE for f in found) and res.cobby is None:
            raise _StopError()

    def _check_m2(self, url: str) -> None:
        from cobby_desktop.magento2 import check_m2
        from cobby_desktop.magento2.tokens import FIELDS, M2Tokens, validate_m2_tokens

        values = {k: self.inp.secrets[k] for k in FIELDS if self.inp.secrets.get(k)}
        if len(values) < len(FIELDS):
            # One sentence per missing value, each a catalogue entry.
            missing = [k for k in FIELDS if k not in values]
            notes = [detail(f"credential.missing/{k}") for k in missing]
            self.add(make_finding("credential.missing", 2, params={"missing": ",".join(missing)},
                                  notes=notes))
        self.add(field_finding(validate_m2_tokens(values), 2))
        assert self.session is not None  # opened by the http stage
        before = self.session.requests_sent
        res = check_m2(url, M2Tokens.from_mapping(values), store_code=self.inp.store_code,
                       policy=self.policy, session=self.session, cancel=self.cancel)
        self._count(before, res.requests)
        self.m2, self.cobby = res, res.cobby
        self.version = res.magento_version or self.version
        self.edition = res.magento_edition or self.edition
        found = m2_findings(res)
        for f in found:
            self.add(f, stop=False)
        if any(f.severity is Severity.FAILURE for f in found) and res.cobby is None:
            raise _StopError()


def diagnose(
    inp: CheckInput,
    *,
    progress: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
    _until: str | None = None,
) -> DiagnosisReport:
    """Run every stage. With a cancel flag the work runs on a helper thread so a
    request stuck in a slow shop cannot delay the answer to Cancel."""
    run = _Run(inp, progress, cancel, _until)
    if cancel is None:
        return run.execute()
    helper = threading.Thread(target=run.execute_in_thread, name="diagnosis", daemon=True)
    helper.start()
    while not run.done.wait(0.02):
        if cancel.is_set():
            return run.snapshot(cancelled=True)
    if run.error is not None:
        raise run.error
    assert run.report is not None
    return run.report


def check_outcome(ok: bool, has_findings: bool) -> TestOutcome:
    """How a finished check is recorded: failed, passed with findings to note, or ok."""
    from cobby_desktop.domain.model import TestOutcome

    if not ok:
        return TestOutcome.FAILED
    return TestOutcome.NOTICE if has_findings else TestOutcome.OK


def check_record(
    report: DiagnosisReport, shop_id: int, credential_id: int | None
) -> CheckRecord:
    """The history entry for a finished check: codes and a plain summary, no secret."""
    from cobby_desktop.domain.model import CheckRecord

    return CheckRecord(
        shop_id=shop_id,
        at=datetime.now(UTC),
        outcome=check_outcome(report.ok, bool(report.findings)),
        credential_id=credential_id,
        codes=tuple(report.codes),
        # The first finding's code: shown as its title in the reader's language.
        summary=report.findings[0].code if report.findings else "",
        requests=report.requests,
        seconds=report.seconds,
    )


def diagnose_stored(
    inventory: Inventory,
    vault: Vault,
    shop: Shop,
    credential: Credential | None = None,
    **kw: Any,
) -> DiagnosisReport:
    """Check a stored shop with secrets from the keychain; record it in the history."""
    from cobby_desktop.domain import keychain_names
    from cobby_desktop.domain.vault import SecretRef

    keychain_names.ensure(inventory, vault)
    secrets = vault.credential_secrets(credential) if credential is not None else {}
    basic = None
    if shop.basic_auth_user and shop.id is not None:
        password = vault.get(SecretRef.basic_auth_password(shop.id, shop.vault_space))
        if password is not None:
            basic = (shop.basic_auth_user, password)
    license_key = None
    if shop.workspace_id is not None:
        license_key = vault.get(SecretRef.license_key(shop.workspace_id, shop.vault_space))
    inp = CheckInput(
        url=shop.base_url,
        magento=int(shop.magento_major) if shop.magento_major else None,
        api_user=credential.api_user if credential is not None else "",
        secrets=secrets,
        workspace_license_key=license_key,
        basic_auth=basic,
        pinned_cert_pem=shop.pinned_cert_pem,
        store_code=shop.store_code,
        policy=kw.pop("policy", None),
    )
    report = diagnose(inp, **kw)
    if report.cancelled or shop.id is None:
        return report
    inventory.record_check(
        check_record(report, shop.id, credential.id if credential is not None else None)
    )
    return report
