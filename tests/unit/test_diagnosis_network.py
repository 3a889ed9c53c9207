"""Diagnosis stages before Magento, each against a real loopback server that
misbehaves that way: one finding per root cause, the first blocking stage ends it."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from urllib.parse import urlsplit

import pytest

from cobby_desktop.domain.diagnosis import STAGES, CheckInput, diagnose
from cobby_desktop.domain.findings import Finding, Severity, detail_code
from cobby_desktop.net.http import HttpPolicy, fingerprint_of
from cobby_desktop.secret import Secret
from tests.support import bad_servers as bad
from tests.support import hostile
from tests.support.m1_simulator import M1Simulator

POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)
KEY = "cobby12345key"


def m1_input(url: str, policy: HttpPolicy = POLICY, **kw) -> CheckInput:
    return CheckInput(url=url, api_user="cobby_api", secrets={"api_key": Secret(KEY)},
                      policy=policy, **kw)


def sha256_of(pem: str) -> str:
    import ssl

    return fingerprint_of(ssl.PEM_cert_to_DER_cert(pem))


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    d = str(tmp_path_factory.mktemp("certs"))
    return {
        "self": bad.make_cert(directory=d),
        "other": bad.make_cert(directory=d),
        "expired": bad.make_cert(expired=True, directory=d),
        "wrong": bad.make_cert(hosts=("wrong.example",), common_name="wrong.example",
                               directory=d),
    }


def _certificate(finding: Finding) -> Mapping[str, object]:
    """The params of the certificate's description in a finding's detail."""
    return next(m.params for m in finding.said if m.code == detail_code("certificate"))


def test_invalid_url_sends_nothing() -> None:
    report = diagnose(m1_input("ftp://shop.example.com"))
    assert report.codes == ("url.invalid",)
    assert report.requests == 0 and not report.ok
    assert report.url_used is None


def test_unresolvable_name() -> None:
    report = diagnose(m1_input("https://no-such-shop.invalid/admin"))
    assert report.codes == ("dns.unresolved",)
    assert report.url_used == "https://no-such-shop.invalid"
    assert report.findings[0].params == {"host": "no-such-shop.invalid"}


def test_closed_port_gives_one_finding() -> None:
    with bad.closed_port() as url:
        report = diagnose(m1_input(url))
    assert report.codes == ("tcp.refused",)
    assert report.requests == 0


def test_connect_timeout() -> None:
    with bad.backlog_full() as url:
        report = diagnose(m1_input(url, HttpPolicy(connect_timeout=0.5, read_timeout=0.5)))
    assert report.codes == ("tcp.timeout",)


def test_read_timeout_of_a_hung_shop() -> None:
    with bad.silent_server() as url:
        report = diagnose(m1_input(url, HttpPolicy(connect_timeout=1, read_timeout=0.5)))
    assert report.codes == ("http.timeout",)


def test_self_signed_certificate_is_described(certs) -> None:
    cert = certs["self"]
    with bad.serve(bad.cms_site, cert=cert) as url:
        report = diagnose(m1_input(url))
    assert report.codes == ("tls.untrusted",)
    described = _certificate(report.findings[0])
    assert described["sha256"] == sha256_of(cert.cert_pem)
    assert "CN=localhost" in described["subject"] and described["issuer"] and described["until"]
    assert report.certificate is not None and report.certificate.self_signed
    assert report.requests == 0  # nothing was sent over the untrusted connection


def test_expired_certificate(certs) -> None:
    cert = certs["expired"]
    policy = HttpPolicy(connect_timeout=1, read_timeout=2, ca_file=cert.cert_file)
    with bad.serve(bad.cms_site, cert=cert) as url:
        report = diagnose(m1_input(url, policy))
    assert report.codes == ("tls.expired",)
    assert _certificate(report.findings[0])["sha256"] == sha256_of(cert.cert_pem)


def test_certificate_for_another_host(certs) -> None:
    cert = certs["wrong"]
    policy = HttpPolicy(connect_timeout=1, read_timeout=2, ca_file=cert.cert_file)
    with bad.serve(bad.cms_site, cert=cert) as url:
        report = diagnose(m1_input(url, policy))
    assert report.codes == ("tls.hostname_mismatch",)
    assert "wrong.example" in _certificate(report.findings[0])["subject"]


def test_pinned_self_signed_certificate_passes_with_a_warning(certs) -> None:
    cert = certs["self"]
    with M1Simulator() as shop, bad.serve(bad.proxy_to(shop.url), cert=cert) as url:
        report = diagnose(m1_input(url, pinned_cert_pem=cert.cert_pem))
        assert ("POST", "/api/cobby/json") in shop.requests
    assert report.ok, report.to_text()
    assert report.codes == ("tls.pinned", "cobby.not_connected")
    assert report.findings[0].severity is Severity.WARNING
    assert _certificate(report.findings[0])["sha256"] == sha256_of(cert.cert_pem)


def test_pinned_certificate_does_not_trust_another_one(certs) -> None:
    with bad.serve(bad.cms_site, cert=certs["other"]) as url:
        report = diagnose(m1_input(url, pinned_cert_pem=certs["self"].cert_pem))
    assert report.codes == ("tls.pin_mismatch",)
    assert _certificate(report.findings[0])["sha256"] == sha256_of(certs["other"].cert_pem)
    assert report.findings[0].detail_key == "tls.pin_mismatch"
    assert report.requests == 0


def test_http_to_https_redirect_on_the_same_host(certs) -> None:
    cert = certs["self"]
    policy = HttpPolicy(connect_timeout=1, read_timeout=2, ca_file=cert.cert_file)
    port: list[int] = []
    with M1Simulator() as shop, hostile.serve_dual(
        lambda m, p, h, b: (301, {"Location": f"https://127.0.0.1:{port[0]}{p}"}, b""),
        bad.proxy_to(shop.url), cert,
    ) as dual:
        port.append(dual)
        report = diagnose(m1_input(f"http://127.0.0.1:{dual}/index.php/admin", policy))
    https_url = f"https://127.0.0.1:{dual}"
    assert report.url_used == https_url
    assert report.codes == ("http.redirect", "cobby.not_connected")
    assert report.findings[0].params["target"] == https_url
    assert report.findings[0].detail_key == "http.redirect/followed"
    assert report.ok


def test_redirect_to_https_with_an_untrusted_certificate(certs) -> None:
    cert = certs["self"]
    port: list[int] = []
    with hostile.serve_dual(
        lambda m, p, h, b: (301, {"Location": f"https://127.0.0.1:{port[0]}{p}"}, b""),
        bad.cms_site, cert,
    ) as dual:
        port.append(dual)
        report = diagnose(m1_input(f"http://127.0.0.1:{dual}"))
    assert report.codes == ("http.redirect", "tls.untrusted")
    assert report.findings[0].severity is Severity.WARNING
    assert _certificate(report.findings[1])["sha256"] == sha256_of(cert.cert_pem)


def test_redirect_to_another_host_stops_before_any_credential() -> None:
    with M1Simulator() as shop:
        port = urlsplit(shop.url).port
        target = f"http://localhost:{port}"
        with bad.serve(bad.redirect_to(target)) as url:
            report = diagnose(m1_input(url))
        assert shop.requests == []
    assert report.url_used == url
    assert report.codes == ("http.redirect_elsewhere",)
    assert report.findings[0].param("target") == target
    assert not report.ok


def test_basic_auth_in_front_of_the_shop() -> None:
    with M1Simulator(basic_auth=("staff", "gate-pw-9")) as shop:
        blocked = diagnose(m1_input(shop.url))
        assert blocked.codes == ("http.basic_auth",)
        passed = diagnose(m1_input(shop.url, basic_auth=("staff", Secret("gate-pw-9"))))
        wrong = diagnose(m1_input(shop.url, basic_auth=("staff", Secret("nope-1234"))))
    assert passed.ok and passed.magento_major == 1, passed.to_text()
    assert passed.codes == ("cobby.not_connected", "http.basic_auth_cobby")
    assert wrong.codes == ("http.basic_auth_refused",)
    assert wrong.findings[0].params["user"] == "staff"


def test_basic_auth_fix_names_the_path_to_exclude_per_version() -> None:
    with bad.serve(bad.basic_auth("u", "p", bad.cms_site)) as url:
        m1 = diagnose(CheckInput(url=url, magento=1, api_user="x",
                                 secrets={"api_key": Secret(KEY)}, policy=POLICY))
        m2 = diagnose(CheckInput(url=url, magento=2, policy=POLICY))
    assert any("/api/cobby/" in s for s in m1.findings[0].fix)
    assert any("/rest/" in s for s in m2.findings[0].fix)


def test_firewall_block() -> None:
    with bad.serve(bad.firewall) as url:
        report = diagnose(m1_input(url))
    assert report.codes == ("http.blocked",)
    assert "cloudflare" in report.findings[0].params["server"].lower()
    assert report.findings[0].params["ray"] == "8a1b2c3d4e5f6789-FRA"


def test_maintenance_page() -> None:
    with bad.serve(bad.maintenance) as url:
        report = diagnose(m1_input(url))
    assert report.codes == ("http.maintenance",)


def test_not_a_magento_shop() -> None:
    with bad.serve(bad.cms_site) as url:
        report = diagnose(m1_input(url))
    assert report.codes == ("shop.not_magento",)
    assert report.magento_major is None
    assert len(report.findings[0].evidence) >= 4  # every API path it knocked on


def test_progress_reports_every_stage_in_order() -> None:
    seen: list[str] = []
    with M1Simulator() as shop:
        report = diagnose(m1_input(shop.url), progress=seen.append)
    assert report.ok
    assert tuple(seen) == STAGES


def test_progress_stops_at_the_blocking_stage() -> None:
    seen: list[str] = []
    with bad.closed_port() as url:
        diagnose(m1_input(url), progress=seen.append)
    assert seen == ["url", "dns", "tcp"]


@pytest.mark.timeout(20)
def test_cancel_returns_at_once_even_while_a_request_hangs() -> None:
    cancel = threading.Event()
    seen: list[str] = []

    def progress(stage: str) -> None:
        seen.append(stage)
        if stage == "http":  # the shop will now never answer
            threading.Timer(0.2, cancel.set).start()

    with bad.silent_server() as url:
        # A read timeout far beyond the test's own timeout: only Cancel can end it.
        report = diagnose(m1_input(url, HttpPolicy(connect_timeout=1, read_timeout=60)),
                          progress=progress, cancel=cancel)
    assert report.cancelled and not report.ok
    assert report.findings == ()
    assert seen[-1] == "http"


def test_cancel_before_start() -> None:
    cancel = threading.Event()
    cancel.set()
    with M1Simulator() as shop:
        report = diagnose(m1_input(shop.url), cancel=cancel)
        assert shop.requests == []
    assert report.cancelled
