"""The findings catalogue: every code of issue 5, complete texts, per-version fixes."""

from __future__ import annotations

import re

import pytest

from cobby_desktop.domain.findings import (
    CATALOGUE,
    DETAILS,
    Severity,
    detail,
    detail_code,
    localized,
    make_finding,
)
from cobby_desktop.messages import Source
from cobby_desktop.results import Evidence

ISSUE_CODES = """url.invalid dns.unresolved tcp.refused tcp.timeout tls.untrusted tls.expired
tls.hostname_mismatch http.redirect http.basic_auth http.blocked http.maintenance
shop.not_magento shop.error credential.whitespace credential.format m1.credentials_rejected
m1.cobby_permission_missing m1.cobby_extension_missing m2.signature_invalid
m2.auth_header_stripped m2.cobby_permission_missing
m2.cobby_extension_missing clock.skew cobby.not_connected cobby.license_mismatch""".split()


def test_every_issue_code_is_catalogued() -> None:
    assert set(ISSUE_CODES) <= set(CATALOGUE)


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_spec_is_complete(code: str) -> None:
    spec = CATALOGUE[code]
    assert spec.code == code
    assert spec.title.endswith(".")
    assert spec.title[0].isupper() or spec.title.startswith("cobby ")  # brand is lower-case
    assert len(spec.explanation) > 30
    assert spec.fix_m1 and spec.fix_m2
    for step in spec.fix_m1 + spec.fix_m2:
        assert step.endswith("."), step


def test_severities() -> None:
    assert CATALOGUE["cobby.not_connected"].severity is Severity.NOTICE
    assert "m2.bearer_disabled" not in CATALOGUE  # cobby signs: Bearer is not its concern
    assert CATALOGUE["http.unencrypted"].severity is Severity.WARNING
    assert CATALOGUE["cobby.inactive"].severity is Severity.WARNING
    assert CATALOGUE["http.basic_auth_cobby"].severity is Severity.WARNING
    assert CATALOGUE["tcp.refused"].severity is Severity.FAILURE


def test_fixes_name_the_admin_menu_of_the_version() -> None:
    m1 = make_finding("m1.credentials_rejected", 1)
    assert any("System > Web Services > SOAP/XML-RPC - Users" in s for s in m1.fix)
    m1_role = make_finding("m1.cobby_permission_missing", 1)
    assert any("SOAP/XML-RPC - Roles" in s for s in m1_role.fix)
    m2 = make_finding("m2.cobby_permission_missing", 2)
    assert any("System > Extensions > Integrations" in s for s in m2.fix)
    assert not any("Bearer" in s.explanation + " ".join(s.fix_m2) for s in CATALOGUE.values())
    assert any("/api/cobby/" in s for s in make_finding("http.basic_auth", 1).fix)
    assert not any("/rest/" in s for s in make_finding("http.basic_auth", 1).fix)
    assert any("/rest/" in s for s in make_finding("http.basic_auth", 2).fix)


def test_unknown_version_shows_both_variants_marked() -> None:
    f = make_finding("http.basic_auth", None)
    assert any(s.startswith("Magento 1:") and "/api/cobby/" in s for s in f.fix)
    assert any(s.startswith("Magento 2:") and "/rest/" in s for s in f.fix)
    same = make_finding("tcp.refused", None)
    assert same.fix == CATALOGUE["tcp.refused"].fix_m1


def test_make_finding_carries_detail_and_evidence() -> None:
    ev = Evidence(endpoint="https://shop.example/api/xmlrpc/", http_status=403)
    f = make_finding("http.blocked", 1, [ev], params={"url": "https://shop.example/",
                     "status": 403, "server": "cloudflare"}, variant="front",
                     notes=[detail("server", server="cloudflare")])
    assert f.severity is Severity.FAILURE
    assert f.detail_key == "http.blocked/front"
    assert [m.code for m in f.said] == [
        "finding.detail.http.blocked.front", "finding.detail.server"]
    assert f.said[1].params == {"server": "cloudflare"}
    assert f.params == {"url": "https://shop.example/", "status": "403", "server": "cloudflare"}
    assert f.evidence == (ev,)
    assert f.as_dict() == {
        "code": "http.blocked", "severity": "failure", "title": f.title,
        "detail": f"{f.explanation} {f.detail}", "fix": list(f.fix), "params": dict(f.params),
    }
    assert f.explanation and f.explanation in f.as_dict()["detail"]
    with pytest.raises(KeyError):
        make_finding("no.such_code", 1)
    with pytest.raises(KeyError):  # a detail is a catalogue entry, never free text
        make_finding("http.blocked", 1, detail_key="Server: cloudflare.")


def test_a_detail_whose_facts_were_not_observed_is_left_out() -> None:
    f = make_finding("tcp.refused", 1, params={"host": "shop.example"})  # no port
    assert (f.detail, f.detail_key, f.said) == ("", "", ())
    g = make_finding("http.unencrypted", 1, params={"url": ""})
    assert g.detail == "" and g.said == ()


def test_every_detail_is_a_catalogue_entry_with_named_placeholders() -> None:
    from cobby_desktop.messages import CATALOGUE as MESSAGES
    from cobby_desktop.messages import placeholders

    for key, source in DETAILS.items():
        assert MESSAGES[detail_code(key)].source == source
        assert source.context == "Findings"
        assert "%" not in source.text or source.plural, key
        assert placeholders(source.text) == set(re.findall(r"\{(\w+)\}", source.text)), key


def test_localized_writes_the_detail_from_the_params_in_the_readers_language() -> None:
    f = make_finding("tcp.refused", 1, params={"host": "shop.example", "port": 443})

    def other_language(source: Source, n: int = -1, /) -> str:
        return source.text.replace("refused the connection", "REFUSED")

    shown = localized(f, other_language)
    assert shown.detail == "shop.example port 443 REFUSED."
    assert shown.params == f.params and shown.code == f.code


def test_every_code_is_produced_by_a_diagnosis_test() -> None:
    """Each code has a test where a misbehaving loopback server produces it."""
    from pathlib import Path

    here = Path(__file__).parent
    sources = "".join(p.read_text() for p in here.glob("test_diagnosis_*.py"))
    missing = [c for c in CATALOGUE if f'"{c}"' not in sources]
    assert missing == []
