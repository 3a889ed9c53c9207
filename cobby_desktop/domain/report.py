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
from typing import TYPE_CHECKING, Any

from cobby_desktop import __version__
from cobby_desktop.domain.findings import Finding
from cobby_desktop.results import Evidence
from cobby_desktop.secret import MASK

if TYPE_CHECKING:
    from cobby_desktop.domain.diagnosis import DiagnosisReport


def _scrub(text: str, report: DiagnosisReport, *, prose: bool = False) -> str:
    for secret in report.redact:
        value = secret.reveal()
        if prose and value.strip().isalpha():
            continue
        for variant in {value, value.strip(), html.escape(value)}:
            if len(variant) >= 4:
                text = text.replace(variant, MASK)
    return text


def _evidence(ev: Evidence, report: DiagnosisReport) -> Evidence:
    return replace(
        ev,
        endpoint=_scrub(ev.endpoint, report),
        fault_text=_scrub(ev.fault_text, report) if ev.fault_text else ev.fault_text,
        note=_scrub(ev.note, report),
    )


def _finding(f: Finding, report: DiagnosisReport) -> Finding:
    """The finding as it may leave: outside text scrubbed, the app's words kept."""
    return replace(
        f,
        detail=_scrub(f.detail, report, prose=True),
        evidence=tuple(_evidence(e, report) for e in f.evidence),
        params={k: _scrub(v, report) for k, v in f.params.items()},
    )


def _scrub_obj(obj: Any, report: DiagnosisReport) -> Any:
    if isinstance(obj, str):
        return _scrub(obj, report)
    if isinstance(obj, dict):
        return {k: _scrub_obj(v, report) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_scrub_obj(v, report) for v in obj]
    return obj


def _license_line(report: DiagnosisReport) -> str | None:
    info = report.cobby
    if info is None:
        return None
    state = info.license_state.value
    parts = [f"cobby connector {info.cobby_version or 'unknown version'}"]
    active = {True: "yes", False: "no"}.get(info.cobby_active, "unknown")  # type: ignore[arg-type]
    parts.append(f"active: {active}")
    parts.append(f"license key: {state}")
    return ", ".join(parts)


def report_json(report: DiagnosisReport) -> dict[str, Any]:
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
    scrubbed["findings"] = [_finding(f, report).as_dict() for f in report.findings]
    return scrubbed


def _header(report: DiagnosisReport) -> list[tuple[str, str]]:
    major = report.magento_major
    magento = "unknown" if major is None else f"Magento {major}"
    if report.magento_version:
        magento += f" ({report.magento_version}"
        magento += f", {report.magento_edition})" if report.magento_edition else ")"
    if report.cancelled:
        result = "Cancelled before the end."
    elif report.ok:
        result = "The connection works."
    else:
        result = "The connection does not work yet."
    rows = [
        ("Checked at", report.at.strftime("%Y-%m-%d %H:%M:%S UTC")),
        ("Shop address given", _scrub(report.url_given.strip(), report)),
        ("Shop address used", _scrub(report.url_used or "-", report)),
        ("Shop", magento),
        ("Result", result),
        ("Requests", str(report.requests)),
        ("Seconds", f"{report.seconds:.2f}"),
        ("App", f"cobby Desktop {__version__}"),
    ]
    if report.certificate is not None:
        c = report.certificate
        rows.append(("Certificate", _scrub(f"{c.subject}; issuer {c.issuer}; "
                     f"valid until {c.not_after:%Y-%m-%d}; SHA-256 {c.sha256}", report)))
    if report.m2 is not None and report.m2.ok:
        # Which method worked, as information only: cobby's service signs too.
        rows.append(("Authentication", "OAuth 1.0a signature (HMAC-SHA256), as cobby's "
                     "service signs its requests"))
    line = _license_line(report)
    if line:
        rows.append(("cobby", line))
    return rows


def report_text(report: DiagnosisReport) -> str:
    out = ["cobby Desktop connection report", ""]
    out += [f"{k}: {v}" for k, v in _header(report)]
    out.append("")
    if not report.findings:
        out.append("No problems found.")
    for n, f in enumerate((_finding(f, report) for f in report.findings), 1):
        out.append(f"{n}. [{f.severity.value.upper()}] {f.code}: {f.title}")
        if f.explanation:
            out.append(f"   {f.explanation}")
        if f.detail:
            out.append(f"   Details: {f.detail}")
        for i, step in enumerate(f.fix, 1):
            out.append(f"   Step {i}: {step}")
        for ev in f.evidence:
            bits = [ev.method, ev.endpoint]
            if ev.http_status:
                bits.append(f"HTTP {ev.http_status}")
            if ev.fault_code or ev.fault_text:
                fault = " ".join(x for x in (ev.fault_code, ev.fault_text) if x)
                bits.append(f"fault {fault}")
            if ev.net_failure:
                bits.append(ev.net_failure.value)
            if ev.note:
                bits.append(ev.note)
            out.append("   Evidence: " + " | ".join(b for b in bits if b))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def report_html(report: DiagnosisReport) -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        "<title>cobby Desktop connection report</title></head><body>",
        "<h1>cobby Desktop connection report</h1><table>",
    ]
    parts += [f"<tr><th align='left'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in _header(report)]
    parts.append("</table>")
    if not report.findings:
        parts.append("<p>No problems found.</p>")
    for f in (_finding(f, report) for f in report.findings):
        parts.append(
            f"<section class='{e(f.severity.value)}'><h2>{e(f.title)}</h2>"
            f"<p><code>{e(f.code)}</code> ({e(f.severity.value)})</p>"
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
