"""Version-specific findings, each from the Magento 1 or 2 simulator misbehaving
that way: credentials, permissions, connector, clock, Bearer, cobby's state."""

from __future__ import annotations

import pytest

from cobby_desktop.domain.diagnosis import CheckInput, detect, diagnose
from cobby_desktop.domain.findings import Severity
from cobby_desktop.messages import Message
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.secret import Secret
from tests.support.m1_simulator import ApiUser, M1Simulator
from tests.support.m2_simulator import M2Simulator

POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)
KEY = "cobby12345key"
WORKSPACE_KEY = "ws-license-0123456789abcdef"


def m1(url: str, key: str = KEY, user: str = "cobby_api", **kw) -> CheckInput:
    return CheckInput(url=url, api_user=user, secrets={"api_key": Secret(key)},
                      policy=POLICY, **kw)


def m2(shop: M2Simulator, **overrides: str) -> CheckInput:
    values = {**shop.values, **overrides}
    extra = {}
    if "license" in values:
        extra["workspace_license_key"] = Secret(values.pop("license"))
    return CheckInput(url=shop.url, secrets={k: Secret(v) for k, v in values.items()},
                      policy=POLICY, **extra)


# ---------------------------------------------------------------- Magento 1


def test_m1_working_shop_not_yet_connected_to_cobby() -> None:
    with M1Simulator() as shop:
        report = diagnose(m1(shop.url))
    assert report.ok
    assert report.magento_major == 1 and report.magento_version == "1.9.4.5"
    assert report.codes == ("cobby.not_connected",)
    assert report.findings[0].severity is Severity.NOTICE
    assert report.m1 is not None and report.m1.ok
    assert report.cobby is not None and report.cobby.cobby_version == "2.4.1.1"


def test_m1_rejected_key() -> None:
    with M1Simulator() as shop:
        report = diagnose(m1(shop.url, key="other99key"))
    assert report.codes == ("m1.credentials_rejected",)
    assert any("SOAP/XML-RPC - Users" in s for s in report.findings[0].fix)


def test_m1_role_without_cobby_resource() -> None:
    users = {"cobby_api": ApiUser(KEY, cobby_resource=False)}
    with M1Simulator(users) as shop:
        report = diagnose(m1(shop.url))
    assert report.codes == ("m1.cobby_permission_missing",)
    assert any("SOAP/XML-RPC - Roles" in s for s in report.findings[0].fix)


def test_m1_connector_missing() -> None:
    with M1Simulator(connector=False) as shop:
        report = diagnose(m1(shop.url))
        found = detect(shop.url, policy=POLICY)
    assert report.codes == ("m1.cobby_extension_missing",)
    assert found.magento_major == 1 and found.cobby_connector is False


def test_m1_key_with_trailing_space_is_not_sent() -> None:
    with M1Simulator() as shop:
        report = diagnose(m1(shop.url, key=KEY + " "))
        assert "login" not in shop.calls
    assert report.codes == ("credential.whitespace",)
    found = report.findings[0]
    assert found.params == {"fields": "api_key", "problems": "whitespace"}
    assert found.said[0].params["char"] == Message("char.space")  # what, where; not the key
    assert KEY not in found.detail + str([m.params for m in found.said])


def test_m1_key_too_short() -> None:
    with M1Simulator() as shop:
        report = diagnose(m1(shop.url, key="ab1"))
        assert "login" not in shop.calls
    assert report.codes == ("credential.format",)


def test_m1_empty_key() -> None:
    with M1Simulator() as shop:
        report = diagnose(m1(shop.url, key=""))
    assert report.codes == ("credential.missing",)


def test_m1_cobby_route_blocked_by_a_waf() -> None:
    with M1Simulator(block_jsonrpc=403) as shop:
        report = diagnose(m1(shop.url))
    assert "http.blocked" in report.codes and not report.ok
    blocked = report.findings[report.codes.index("http.blocked")]
    assert blocked.detail_key == "http.blocked/cobby_route"
    assert blocked.params["url"].endswith("/api/cobby/json")


def test_m1_shop_error() -> None:
    with M1Simulator(probe_fault=1) as shop:
        report = diagnose(m1(shop.url))
    assert report.codes == ("shop.error",)


def test_m1_license_mismatch_and_match() -> None:
    with M1Simulator(license_key="ws-license-of-another-workspace") as shop:
        other = diagnose(m1(shop.url, workspace_license_key=Secret(WORKSPACE_KEY)))
        no_key = diagnose(m1(shop.url))
    with M1Simulator(license_key=WORKSPACE_KEY) as shop:
        same = diagnose(m1(shop.url, workspace_license_key=Secret(WORKSPACE_KEY)))
    assert other.codes == ("cobby.license_mismatch",)
    assert WORKSPACE_KEY not in other.to_text()
    assert no_key.codes == ()  # no workspace key: only the state is reported
    assert "license key: set" in no_key.to_text()
    assert same.codes == () and same.ok


def test_m1_explicit_version_skips_detection() -> None:
    with M1Simulator() as shop:
        report = diagnose(CheckInput(url=shop.url, magento=1, api_user="cobby_api",
                                     secrets={"api_key": Secret(KEY)}, policy=POLICY))
        assert ("GET", "/magento_version") not in shop.requests
    assert report.ok


# ---------------------------------------------------------------- Magento 2


@pytest.mark.parametrize("bearer_allowed", [False, True])
def test_m2_working_shop_set_up_by_the_book(bearer_allowed: bool) -> None:
    """2.4.4+ defaults refuse access tokens as Bearer tokens: no concern of cobby's."""
    with M2Simulator(bearer_allowed=bearer_allowed) as shop:
        report = diagnose(m2(shop))
        assert all(r.auth != "bearer" for r in shop.requests)
    assert report.ok
    assert (report.magento_major, report.magento_version, report.magento_edition) == (
        2, "2.4", "Community")
    assert report.codes == ("cobby.not_connected",)
    assert not any(f.severity is Severity.WARNING for f in report.findings)
    assert "Bearer" not in report.to_text()


def test_m2_wrong_secret() -> None:
    with M2Simulator() as shop:
        report = diagnose(m2(shop, consumer_secret="0" * 32))
    assert report.codes == ("m2.signature_invalid",)
    assert any("System > Extensions > Integrations" in s for s in report.findings[0].fix)


def test_m2_authorization_header_stripped() -> None:
    with M2Simulator(strip_auth=True) as shop:
        report = diagnose(m2(shop))
    assert report.codes == ("m2.auth_header_stripped",)


def test_m2_integration_without_cobby_resource() -> None:
    with M2Simulator(cobby_resource=False) as shop:
        report = diagnose(m2(shop))
    assert report.codes == ("m2.cobby_permission_missing",)


def test_m2_connector_missing() -> None:
    with M2Simulator(cobby_installed=False) as shop:
        report = diagnose(m2(shop))
        found = detect(shop.url, policy=POLICY)
    assert report.codes == ("m2.cobby_extension_missing",)
    assert found.magento_major == 2 and found.cobby_connector is False
    assert found.magento_version == "2.4"


def test_m2_detect_connector_present() -> None:
    with M2Simulator() as shop:
        found = detect(shop.url + "/index.php/admin/", policy=POLICY)
        assert all(r.auth == "none" for r in shop.requests)  # detection sends no secret
    assert (found.magento_major, found.cobby_connector, found.findings) == (2, True, ())
    assert found.url_used == shop.url


def test_m2_clock_skew() -> None:
    with M2Simulator(clock_offset=-3600) as shop:
        report = diagnose(m2(shop))
    assert report.codes == ("clock.skew",)


def test_m2_token_with_invisible_character() -> None:
    with M2Simulator() as shop:
        good = shop.values["access_token"]
        report = diagnose(m2(shop, access_token=good + "\u200b"))
        assert all(r.auth != "oauth" for r in shop.requests)
    assert report.codes == ("credential.whitespace",)


def test_m2_token_of_wrong_length() -> None:
    with M2Simulator() as shop:
        report = diagnose(m2(shop, consumer_key="abc123"))
    assert report.codes == ("credential.format",)
    assert report.findings[0].params["fields"] == "consumer_key"


def test_m2_shop_error() -> None:
    with M2Simulator(server_error=True) as shop:
        report = diagnose(m2(shop))
    assert report.codes == ("shop.error",)


def test_m2_firewall() -> None:
    with M2Simulator(firewall=True) as shop:
        report = diagnose(m2(shop))
    assert report.codes == ("http.blocked",)


@pytest.mark.parametrize(("shop_key", "expected"), [
    (WORKSPACE_KEY, ()),
    ("ws-license-of-another-workspace", ("cobby.license_mismatch",)),
])
def test_m2_license_state(shop_key: str, expected: tuple) -> None:
    with M2Simulator(license_key=shop_key) as shop:
        report = diagnose(m2(shop, license=WORKSPACE_KEY))
    assert report.codes == expected
    assert report.ok
