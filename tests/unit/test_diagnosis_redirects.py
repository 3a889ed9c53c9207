"""Credentials go only to the origin the merchant named: a redirect anywhere else
stops the check with a finding, and a recording server on another address proves
that nothing (no key, no basic-auth password, no signed request) reached it."""

from __future__ import annotations

import pytest

from cobby_desktop.domain.diagnosis import CheckInput, diagnose
from cobby_desktop.domain.findings import Severity
from cobby_desktop.net.http import (
    HttpPolicy,
    HttpSession,
    NetError,
    NetFailure,
    RedirectKind,
    judge_redirect,
)
from cobby_desktop.secret import Secret
from tests.support import bad_servers as bad
from tests.support import hostile
from tests.support.m1_simulator import ApiUser, M1Simulator
from tests.support.m2_simulator import M2Simulator

POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)
USER, KEY, GATE_PW = "cobby_api", "Kx7pQ2mZr9TfW4bN", "gate/pw with space"


def m1_input(url: str, policy: HttpPolicy = POLICY, **kw) -> CheckInput:
    return CheckInput(url=url, api_user=USER, secrets={"api_key": Secret(KEY)},
                      basic_auth=("staff", Secret(GATE_PW)), policy=policy, **kw)


def m2_input(url: str, sim: M2Simulator, **kw) -> CheckInput:
    secrets = {k: Secret(v) for k, v in sim.values.items()}
    return CheckInput(url=url, magento=2, secrets=secrets, policy=POLICY, **kw)


@pytest.mark.parametrize(
    ("source", "target", "kind"),
    [
        ("http://shop.de/", "http://shop.de/de/", RedirectKind.SAME_ORIGIN),
        ("http://shop.de/", "https://shop.de/", RedirectKind.HTTPS_UPGRADE),
        ("http://shop.de:8080/", "https://shop.de:8080/", RedirectKind.HTTPS_UPGRADE),
        ("http://shop.de:8080/", "https://shop.de/", RedirectKind.ELSEWHERE),
        ("http://shop.de/", "https://shop.de:8443/", RedirectKind.ELSEWHERE),
        ("http://shop.de/", "http://www.shop.de/", RedirectKind.ELSEWHERE),
        ("https://shop.de/", "https://www.shop.de/", RedirectKind.ELSEWHERE),
        ("https://shop.de/", "http://shop.de/", RedirectKind.DOWNGRADE),
        ("https://shop.de/", "javascript:alert(1)", RedirectKind.REFUSED),
        ("https://shop.de/", "file:///etc/passwd", RedirectKind.REFUSED),
        ("https://shop.de/", "http://169.254.169.254/latest/meta-data/", RedirectKind.REFUSED),
        ("https://shop.de/", "http://[fe80::1]/", RedirectKind.REFUSED),
        ("https://shop.de/", "http://metadata.google.internal/", RedirectKind.REFUSED),
        ("https://shop.de/", "http://shop.de:99999/", RedirectKind.REFUSED),
    ],
)
def test_redirect_kinds(source: str, target: str, kind: RedirectKind) -> None:
    assert judge_redirect(source, target) is kind


def test_a_confined_session_sends_nothing_elsewhere() -> None:
    recorder = hostile.Recorder()
    with bad.serve(recorder) as elsewhere:
        session = HttpSession(HttpPolicy(basic_auth=("u", Secret(GATE_PW))))
        session.confine("http://127.0.0.1:1")
        with pytest.raises(NetError) as err:
            session.get(elsewhere + "/")
        session.close()
    assert err.value.kind is NetFailure.OFF_ORIGIN
    assert recorder.received == []


def _assert_stopped_elsewhere(report, target: str) -> None:
    assert report.codes == ("http.redirect_elsewhere",), report.codes
    finding = report.findings[0]
    assert finding.severity is Severity.FAILURE
    assert finding.param("target") == target
    assert not report.ok


def test_m1_front_page_redirect_to_another_port_sends_no_credential() -> None:
    recorder = hostile.Recorder()
    with M1Simulator({USER: ApiUser(KEY)}) as shop, bad.serve(recorder) as elsewhere:
        door = hostile.redirect_front_page(elsewhere + "/", bad.proxy_to(shop.url))
        with bad.serve(door) as url:
            report = diagnose(m1_input(url))
        assert shop.requests == []  # not even detection went on
    _assert_stopped_elsewhere(report, elsewhere)
    assert recorder.received == []
    assert GATE_PW not in report.to_text() and KEY not in report.to_text()


def test_m1_front_page_redirect_to_another_host_name_sends_no_credential() -> None:
    """shop.de -> www.shop.de: here 127.0.0.1 -> localhost on the recorder's port."""
    recorder = hostile.Recorder()
    with bad.serve(recorder) as elsewhere:
        other = elsewhere.replace("127.0.0.1", "localhost")
        with bad.serve(hostile.redirect_all(other)) as url:
            report = diagnose(m1_input(url, magento=1))
    _assert_stopped_elsewhere(report, other)
    assert recorder.received == []


def test_m1_api_path_redirect_elsewhere_is_not_followed() -> None:
    """The front page answers; the login POST is redirected: the key went only to
    the shop's own address, the recorder gets nothing."""
    recorder = hostile.Recorder()
    with bad.serve(recorder) as elsewhere:

        def shop(method: str, path: str, headers: dict[str, str], body: bytes):
            if path == "/":
                return 200, {"Content-Type": "text/html"}, b"<html>shop</html>"
            return 307, {"Location": elsewhere + path}, b""

        with bad.serve(shop) as url:
            report = diagnose(m1_input(url, magento=1))
    assert report.codes[-1] == "http.redirect_elsewhere", report.codes
    assert report.findings[-1].param("target") == elsewhere
    assert recorder.received == []


def test_m2_redirect_elsewhere_sends_no_signed_request() -> None:
    recorder = hostile.Recorder()
    with M2Simulator() as sim, bad.serve(recorder) as elsewhere:
        with bad.serve(hostile.redirect_all(elsewhere)) as url:
            report = diagnose(m2_input(url, sim))
        assert sim.requests == []
    _assert_stopped_elsewhere(report, elsewhere)
    assert recorder.received == []


def test_m2_api_redirect_elsewhere_is_not_followed() -> None:
    recorder = hostile.Recorder()
    with M2Simulator() as sim, bad.serve(recorder) as elsewhere:

        def shop(method: str, path: str, headers: dict[str, str], body: bytes):
            if path == "/":
                return 200, {"Content-Type": "text/html"}, b"<html>shop</html>"
            return 302, {"Location": elsewhere + path}, b""

        with bad.serve(shop) as url:
            report = diagnose(m2_input(url, sim))
    assert report.codes[-1] == "http.redirect_elsewhere", report.codes
    assert recorder.received == []


@pytest.mark.parametrize(
    "location",
    ["javascript:alert(1)", "http://169.254.169.254/latest/meta-data/", "gopher://x/",
     "http://[fe80::1%25eth0]/", "http://127.0.0.1:99999/"],
)
def test_redirects_to_unusable_places_are_refused(location: str) -> None:
    def shop(method: str, path: str, headers: dict[str, str], body: bytes):
        return 302, {"Location": location}, b""

    with bad.serve(shop) as url:
        report = diagnose(m1_input(url))
    assert report.codes == ("http.redirect_refused",)
    assert report.findings[0].severity is Severity.FAILURE


def test_https_never_downgrades_to_http(tmp_path) -> None:
    cert = bad.make_cert(directory=str(tmp_path))
    policy = HttpPolicy(connect_timeout=1.0, read_timeout=2.0, ca_file=cert.cert_file)
    recorder = hostile.Recorder()
    with bad.serve(recorder) as plain:
        port = plain.rsplit(":", 1)[1]
        target = f"http://localhost:{port}/"
        with bad.serve(hostile.redirect_all(target), cert=cert) as url:
            report = diagnose(m1_input(url.replace("127.0.0.1", "localhost"), policy))
    assert report.codes == ("http.redirect_insecure",)
    assert recorder.received == []


def test_upgrade_to_https_on_the_same_port_is_followed(tmp_path) -> None:
    cert = bad.make_cert(directory=str(tmp_path))
    policy = HttpPolicy(connect_timeout=1.0, read_timeout=2.0, ca_file=cert.cert_file)
    with M1Simulator({USER: ApiUser(KEY)}) as shop:
        holder: dict[str, int] = {}

        def plain(method: str, path: str, headers: dict[str, str], body: bytes):
            return 301, {"Location": f"https://127.0.0.1:{holder['port']}{path}"}, b""

        with hostile.serve_dual(plain, bad.proxy_to(shop.url), cert) as port:
            holder["port"] = port
            report = diagnose(CheckInput(url=f"http://127.0.0.1:{port}", api_user=USER,
                                         secrets={"api_key": Secret(KEY)}, policy=policy))
    assert report.url_used == f"https://127.0.0.1:{port}"
    assert report.ok, report.codes
    assert report.codes[0] == "http.redirect"
