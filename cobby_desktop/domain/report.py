"""The support report: JSON for scripts, text and HTML for cobby's support.

Findings never carry secrets by construction, so the app's own sentences (title,
explanation, fix steps) are never masked: a key "short" must not turn "too
short" into "too ••••••". As a second line of defence everything that came
from outside (evidence, the addresses, the certificate, params) is scrubbed of
the check's secret values, and so is a finding's detail, except for values that
are plain words and so cannot be told apart from the sentence around them.
"""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from cobby_desktop import __version__
from cobby_desktop.domain.findings import Finding, Severity, TextOf, localized
from cobby_desktop.domain.redact import redact_text, secret_values
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, Source, fill
from cobby_desktop.results import Evidence, LicenseState

if TYPE_CHECKING:
    from cobby_desktop.net.http import CertInfo
    from cobby_desktop.results import CobbyInfo, M1Result, M2Result
    from cobby_desktop.secret import Secret


class CheckReport(Protocol):
    """What a report is written from: a check's result (the diagnosis's
    DiagnosisReport). Named by its shape, so this module needs nothing of the
    diagnosis, which writes its reports through it."""

    @property
    def url_given(self) -> str: ...
    @property
    def url_used(self) -> str | None: ...
    @property
    def magento_major(self) -> int | None: ...
    @property
    def magento_version(self) -> str | None: ...
    @property
    def magento_edition(self) -> str | None: ...
    @property
    def findings(self) -> tuple[Finding, ...]: ...
    @property
    def cobby(self) -> CobbyInfo | None: ...
    @property
    def m1(self) -> M1Result | None: ...
    @property
    def m2(self) -> M2Result | None: ...
    @property
    def certificate(self) -> CertInfo | None: ...
    @property
    def requests(self) -> int: ...
    @property
    def seconds(self) -> float: ...
    @property
    def cancelled(self) -> bool: ...
    @property
    def redact(self) -> tuple[Secret, ...]: ...
    @property
    def at(self) -> datetime: ...
    @property
    def ok(self) -> bool: ...


def _scrub(text: str, report: CheckReport, *, prose: bool = False) -> str:
    """Credentials (Authorization, cookies) and the check's secrets in any encoding
    masked; in prose, secrets that are plain words are left (see above)."""
    values = [v for v in secret_values(report.redact) if not (prose and v.strip().isalpha())]
    return redact_text(text, values)


def _evidence(ev: Evidence, report: CheckReport) -> Evidence:
    return replace(
        ev,
        endpoint=_scrub(ev.endpoint, report),
        fault_text=_scrub(ev.fault_text, report) if ev.fault_text else ev.fault_text,
        note=_scrub(ev.note, report),
    )


def _finding(f: Finding, report: CheckReport) -> Finding:
    """The finding as it may leave: outside text scrubbed, the app's words kept."""
    return replace(
        f,
        detail=_scrub(f.detail, report, prose=True),
        evidence=tuple(_evidence(e, report) for e in f.evidence),
        params={k: _scrub(v, report) for k, v in f.params.items()},
        said=tuple(_message(m, report) for m in f.said),
    )


def _message(msg: Message, report: CheckReport) -> Message:
    """A detail sentence's params scrubbed (a fault string may echo our request)."""
    params = {k: _scrub(v, report) if isinstance(v, str) else v for k, v in msg.params.items()}
    return Message(msg.code, params)


def scrubbed_findings(report: CheckReport) -> tuple[Finding, ...]:
    return tuple(_finding(f, report) for f in report.findings)


def _scrub_obj(obj: Any, report: CheckReport) -> Any:
    if isinstance(obj, str):
        return _scrub(obj, report)
    if isinstance(obj, dict):
        return {k: _scrub_obj(v, report) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_scrub_obj(v, report) for v in obj]
    return obj


def _english(source: Source, n: int = -1, /) -> str:
    return source.text.replace("%n", str(n)) if source.plural and n >= 0 else source.text


_TITLE = QT_TRANSLATE_NOOP("Report", "cobby Desktop connection report")
_CHECKED_AT = QT_TRANSLATE_NOOP("Report", "Checked at")
_URL_GIVEN = QT_TRANSLATE_NOOP("Report", "Shop address given")
_URL_USED = QT_TRANSLATE_NOOP("Report", "Shop address used")
_SHOP = QT_TRANSLATE_NOOP("Report", "Shop")
_RESULT = QT_TRANSLATE_NOOP("Report", "Result")
_REQUESTS = QT_TRANSLATE_NOOP("Report", "Requests")
_SECONDS = QT_TRANSLATE_NOOP("Report", "Seconds")
_APP = QT_TRANSLATE_NOOP("Report", "App")
_CERTIFICATE = QT_TRANSLATE_NOOP("Report", "Certificate")
_CERTIFICATE_LINE = QT_TRANSLATE_NOOP(
    "Report", "{subject}; issuer {issuer}; valid until {until}; SHA-256 {sha256}")
_UNKNOWN = QT_TRANSLATE_NOOP("Report", "unknown")
_CANCELLED = QT_TRANSLATE_NOOP("Report", "Cancelled before the end.")
_WORKS = QT_TRANSLATE_NOOP("Report", "The connection works.")
_FAILS = QT_TRANSLATE_NOOP("Report", "The connection does not work yet.")
_NO_PROBLEMS = QT_TRANSLATE_NOOP("Report", "No problems found.")
_DETAILS = QT_TRANSLATE_NOOP("Report", "Details: {detail}")
_STEP = QT_TRANSLATE_NOOP("Report", "Step {number}: {step}")
_EVIDENCE = QT_TRANSLATE_NOOP("Report", "Evidence: {evidence}")
_CONNECTOR = QT_TRANSLATE_NOOP(
    "Report", "cobby connector {version}, active: {active}, license key: {state}")
_UNKNOWN_VERSION = QT_TRANSLATE_NOOP("Report", "unknown version")
_YES = QT_TRANSLATE_NOOP("Report", "yes")
_NO = QT_TRANSLATE_NOOP("Report", "no")
# The license key's state and a finding's severity as the report names them
# (check --json keeps the stable values "placeholder", "failure", ...).
_LICENSE_STATES = {
    LicenseState.PLACEHOLDER: QT_TRANSLATE_NOOP("Report", "placeholder"),
    LicenseState.SET: QT_TRANSLATE_NOOP("Report", "set"),
    LicenseState.MISSING: QT_TRANSLATE_NOOP("Report", "missing"),
}
_SEVERITIES = {
    Severity.FAILURE: QT_TRANSLATE_NOOP("Report", "failure"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Report", "warning"),
    Severity.NOTICE: QT_TRANSLATE_NOOP("Report", "notice"),
}
_FAULT = QT_TRANSLATE_NOOP("Report", "fault {fault}")
# How the reader's language writes a date and a decimal number (the report has
# no Qt below it; the translator sets the order and the separator).
_MOMENT = QT_TRANSLATE_NOOP("Report", "{year}-{month}-{day} {time} UTC")
_DATE = QT_TRANSLATE_NOOP("Report", "{year}-{month}-{day}")
_DECIMAL = QT_TRANSLATE_NOOP("Report", "{whole}.{fraction}")


def _date(source: Source, moment: datetime, text_of: TextOf) -> str:
    return fill(text_of(source), {
        "year": f"{moment:%Y}", "month": f"{moment:%m}", "day": f"{moment:%d}",
        "time": f"{moment:%H:%M:%S}",
    })


def _seconds(seconds: float, text_of: TextOf) -> str:
    whole, _, fraction = f"{seconds:.2f}".partition(".")
    return fill(text_of(_DECIMAL), {"whole": whole, "fraction": fraction})
_AUTHENTICATION = QT_TRANSLATE_NOOP("Report", "Authentication")
_SIGNED = QT_TRANSLATE_NOOP(
    "Report", "OAuth 1.0a signature (HMAC-SHA256), as cobby's service signs its requests")


def _license_line(report: CheckReport, text_of: TextOf) -> str | None:
    info = report.cobby
    if info is None:
        return None
    active = {True: _YES, False: _NO}.get(info.cobby_active, _UNKNOWN)  # type: ignore[arg-type]
    return fill(text_of(_CONNECTOR), {
        "version": info.cobby_version or text_of(_UNKNOWN_VERSION),
        "active": text_of(active),
        "state": text_of(_LICENSE_STATES[info.license_state]),
    })


def _localized(report: CheckReport, text_of: TextOf) -> list[Finding]:
    # Scrubbed before (the detail is written again from the params) and after
    # (the sentence that came of it), as it leaves in every format.
    return [_finding(localized(_finding(f, report), text_of), report) for f in report.findings]


def report_json(report: CheckReport, text_of: TextOf = _english) -> dict[str, Any]:
    """Codes and field names are the same in every language; `text_of` turns
    the texts into the reader's language (cobby_desktop.i18n.text)."""
    data: dict[str, Any] = {
        "url_given": report.url_given,
        "url_used": report.url_used,
        "magento": {
            "major": report.magento_major,
            "version": report.magento_version,
            "edition": report.magento_edition,
        },
        "ok": report.ok,
        "cancelled": report.cancelled,
        "cobby": None
        if report.cobby is None
        else {
            "cobby_version": report.cobby.cobby_version,
            "cobby_active": report.cobby.cobby_active,
            "license_state": report.cobby.license_state.value,
        },
        "certificate": None
        if report.certificate is None
        else {
            "subject": report.certificate.subject,
            "issuer": report.certificate.issuer,
            "not_after": report.certificate.not_after.isoformat(),
            "sha256": report.certificate.sha256,
        },
        "requests": report.requests,
        "seconds": report.seconds,
    }
    scrubbed: dict[str, Any] = _scrub_obj(data, report)
    scrubbed["findings"] = [
        f.as_dict() for f in _localized(report, text_of)
    ]
    return scrubbed


def _header(report: CheckReport, text_of: TextOf) -> list[tuple[str, str]]:
    major = report.magento_major
    magento = text_of(_UNKNOWN) if major is None else f"Magento {major}"
    if report.magento_version:
        magento += f" ({report.magento_version}"
        magento += f", {report.magento_edition})" if report.magento_edition else ")"
    result = _CANCELLED if report.cancelled else _WORKS if report.ok else _FAILS
    rows = [
        (text_of(_CHECKED_AT), _date(_MOMENT, report.at.astimezone(UTC), text_of)),
        (text_of(_URL_GIVEN), _scrub(report.url_given.strip(), report)),
        (text_of(_URL_USED), _scrub(report.url_used or "-", report)),
        (text_of(_SHOP), magento),
        (text_of(_RESULT), text_of(result)),
        (text_of(_REQUESTS), str(report.requests)),
        (text_of(_SECONDS), _seconds(report.seconds, text_of)),
        (text_of(_APP), f"cobby Desktop {__version__}"),
    ]
    if report.certificate is not None:
        c = report.certificate
        rows.append((text_of(_CERTIFICATE), _scrub(fill(text_of(_CERTIFICATE_LINE), {
            "subject": c.subject, "issuer": c.issuer, "until": _date(_DATE, c.not_after, text_of),
            "sha256": c.sha256,
        }), report)))
    if report.m2 is not None and report.m2.ok:
        # Which method worked, as information only: cobby's service signs too.
        rows.append((text_of(_AUTHENTICATION), text_of(_SIGNED)))
    line = _license_line(report, text_of)
    if line:
        rows.append(("cobby", line))
    return rows


def report_text(report: CheckReport, text_of: TextOf = _english) -> str:
    """The plain-text report; `text_of` puts it into the reader's language."""
    out = [text_of(_TITLE), ""]
    out += [f"{k}: {v}" for k, v in _header(report, text_of)]
    out.append("")
    if not report.findings:
        out.append(text_of(_NO_PROBLEMS))
    for n, f in enumerate(_localized(report, text_of), 1):
        severity = text_of(_SEVERITIES[f.severity]).upper()
        out.append(f"{n}. [{severity}] {f.code}: {f.title}")
        if f.explanation:
            out.append(f"   {f.explanation}")
        if f.detail:
            out.append("   " + fill(text_of(_DETAILS), {"detail": f.detail}))
        for i, step in enumerate(f.fix, 1):
            out.append("   " + fill(text_of(_STEP), {"number": i, "step": step}))
        for ev in f.evidence:
            bits = [ev.method, ev.endpoint]
            if ev.http_status:
                bits.append(f"HTTP {ev.http_status}")
            if ev.fault_code or ev.fault_text:
                fault = " ".join(x for x in (ev.fault_code, ev.fault_text) if x)
                bits.append(fill(text_of(_FAULT), {"fault": fault}))
            if ev.net_failure:
                bits.append(ev.net_failure.value)
            if ev.note:
                bits.append(ev.note)
            evidence = " | ".join(b for b in bits if b)
            out.append("   " + fill(text_of(_EVIDENCE), {"evidence": evidence}))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def report_html(report: CheckReport, text_of: TextOf = _english) -> str:
    e = html.escape
    title = e(text_of(_TITLE))
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{title}</title></head><body>",
        f"<h1>{title}</h1><table>",
    ]
    parts += [
        f"<tr><th align='left'>{e(k)}</th><td>{e(v)}</td></tr>"
        for k, v in _header(report, text_of)
    ]
    parts.append("</table>")
    if not report.findings:
        parts.append(f"<p>{e(text_of(_NO_PROBLEMS))}</p>")
    for f in _localized(report, text_of):
        parts.append(
            f"<section class='{e(f.severity.value)}'><h2>{e(f.title)}</h2>"
            f"<p><code>{e(f.code)}</code> ({e(text_of(_SEVERITIES[f.severity]))})</p>"
        )
        if f.explanation:
            parts.append(f"<p>{e(f.explanation)}</p>")
        if f.detail:
            parts.append(f"<p>{e(f.detail)}</p>")
        if f.fix:
            parts.append("<ol>" + "".join(f"<li>{e(s)}</li>" for s in f.fix) + "</ol>")
        if f.evidence:
            parts.append("<ul>")
            for ev in f.evidence:
                status = f" HTTP {ev.http_status}" if ev.http_status else ""
                fault = f" {ev.fault_text}" if ev.fault_text else ""
                parts.append(f"<li>{e(ev.method)} {e(ev.endpoint)}{status}{e(fault)}</li>")
            parts.append("</ul>")
        parts.append("</section>")
    parts.append("</body></html>\n")
    return "".join(parts)
