"""Support reports and the check history never contain a secret of the check."""

from __future__ import annotations

import json
from dataclasses import replace

from cobby_desktop.domain.diagnosis import CheckInput, diagnose, diagnose_stored
from cobby_desktop.domain.findings import make_finding
from cobby_desktop.domain.model import (
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
    TestOutcome,
    Workspace,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.secret import Secret
from tests.support.m1_simulator import M1Simulator
from tests.support.m2_simulator import M2Simulator

POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)
LICENSE = "ws-license-secret-777"
GATE_PW = "gate-password-555"


def _rendered(report) -> list[str]:
    return [report.to_text(), report.to_html(), json.dumps(report.to_json()), repr(report)]


def test_m2_report_holds_no_secret_in_any_format() -> None:
    with M2Simulator() as shop:
        wrong = {**shop.values, "consumer_secret": "f" * 32}
        inp = CheckInput(url=shop.url, secrets={k: Secret(v) for k, v in wrong.items()},
                         workspace_license_key=Secret(LICENSE), policy=POLICY)
        report = diagnose(inp)
    assert report.codes == ("m2.signature_invalid",)
    secrets = [*wrong.values(), *shop.values.values(), LICENSE]
    for text in _rendered(report):
        for secret in secrets:
            assert secret not in text


def test_renderers_blank_a_secret_that_slipped_into_a_detail() -> None:
    with M1Simulator(basic_auth=("staff", GATE_PW)) as shop:
        inp = CheckInput(url=shop.url, api_user="cobby_api",
                         secrets={"api_key": Secret("cobby12345key")},
                         basic_auth=("staff", Secret(GATE_PW)), policy=POLICY)
        report = diagnose(inp)
    assert report.ok
    # e.g. a shop echoing the key in a fault text: the renderers still blank it.
    leaky = make_finding("shop.error", 1, params={
        "fault": "bad key cobby12345key & <" + GATE_PW + ">"}, variant="fault")
    report = replace(report, findings=(*report.findings, leaky))
    for text in _rendered(report)[:3]:  # the renderers; repr shows the raw dataclass
        assert "cobby12345key" not in text and GATE_PW not in text
    assert "••••••" in report.to_text() and "shop.error" in report.to_html()


def test_text_and_html_report_contents() -> None:
    with M1Simulator() as shop:
        report = diagnose(CheckInput(url=" " + shop.url + "/index.php/admin ",
                                     api_user="cobby_api",
                                     secrets={"api_key": Secret("cobby12345key")},
                                     policy=POLICY))
    text, page = report.to_text(), report.to_html()
    assert f"Shop address used: {shop.url}" in text
    assert "Magento 1 (1.9.4.5)" in text
    assert "cobby.not_connected" in text and "Step 1:" in text
    assert page.startswith("<!DOCTYPE html>") and "<ol><li>" in page
    data = report.to_json()
    assert set(data) >= {"url_used", "magento", "ok", "findings", "requests", "seconds"}
    assert data["magento"] == {"major": 1, "version": "1.9.4.5", "edition": None}
    assert data["requests"] == report.requests > 0


def test_diagnose_stored_reads_the_vault_and_records_history(tmp_path) -> None:
    vault = Vault()
    with M1Simulator(license_key=LICENSE) as sim, Inventory.open(tmp_path / "inv.db") as inv:
        ws = inv.add_workspace(Workspace(name="Main"))
        vault.put(SecretRef.license_key(ws.id, ws.vault_space), Secret("another-workspace-key"))
        shop = inv.add_shop(Shop(base_url=sim.url, magento_major=MagentoMajor.M1,
                                 label="Demo", workspace_id=ws.id))
        cred = inv.add_credential(Credential(shop_id=shop.id, kind=CredentialKind.M1_API_KEY,
                                             api_user="cobby_api",
                                             state=CredentialState.ACTIVE))
        vault.put_credential(cred, {"api_key": Secret("cobby12345key")})
        report = diagnose_stored(inv, vault, shop, cred, policy=POLICY)
        checks = inv.checks(shop.id)
    assert report.codes == ("cobby.license_mismatch",)
    assert len(checks) == 1
    assert checks[0].codes == ("cobby.license_mismatch",)
    assert checks[0].outcome is TestOutcome.NOTICE
    assert checks[0].credential_id == cred.id
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    for secret in (b"cobby12345key", LICENSE.encode(), b"another-workspace-key"):
        assert secret not in raw


def test_the_text_report_writes_dates_and_seconds_as_the_reader_does(qapp) -> None:
    """05.12.2026 and 0,32 in German; ISO dates and 0.32 in English and in --json."""
    from datetime import UTC, datetime

    from cobby_desktop import i18n

    with M1Simulator() as shop:
        inp = CheckInput(url=shop.url, api_user="cobby_api",
                         secrets={"api_key": Secret("cobby12345key")}, policy=POLICY)
        report = replace(diagnose(inp), at=datetime(2026, 12, 5, 23, 38, 7, tzinfo=UTC),
                         seconds=0.3215)
    english = report.to_text(i18n.text)
    assert "2026-12-05 23:38:07 UTC" in english and "0.32" in english
    i18n.install(i18n.GERMAN, qapp)
    german = report.to_text(i18n.text)
    assert "05.12.2026 23:38:07 UTC" in german and "0,32" in german
    assert "2026-12-05" not in german and "0.32" not in german
    assert report.to_json()["seconds"] == 0.3215
