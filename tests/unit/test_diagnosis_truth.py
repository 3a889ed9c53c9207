"""Verdicts that real shops contradicted (issue 15), each against a loopback shop
answering as shared/reference/ says real ones do: plain http, outages, basic
auth, the connector as installed, Magento 2's other 401s and 404s."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from cobby_desktop.domain.diagnosis import CheckInput, detect, diagnose
from cobby_desktop.domain.findings import COBBY_SERVICE_ADDRESSES, Severity
from cobby_desktop.magento_admin import M1_COBBY_ACTIVE as M1_ACTIVE
from cobby_desktop.magento_admin import M2_COBBY_ACTIVE as M2_ACTIVE
from cobby_desktop.messages import english
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.secret import MASK, Secret
from tests.support import bad_servers as bad
from tests.support.m1_simulator import M1Simulator
from tests.support.m2_simulator import M2Simulator
from tests.support.magento_pages import REPORT_ID

POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)
KEY = "cobby12345key"


def m1(url: str, key: str = KEY, **kw) -> CheckInput:
    return CheckInput(url=url, api_user="cobby_api", secrets={"api_key": Secret(key)},
                      policy=POLICY, **kw)


def m2(shop: M2Simulator, url: str | None = None, **kw) -> CheckInput:
    values = {**shop.values, **kw.pop("values", {})}
    return CheckInput(url=url or shop.url, secrets={k: Secret(v) for k, v in values.items()},
                      policy=POLICY, **kw)


def bare(url: str) -> str:
    """The address as a merchant types it: host and port, no scheme."""
    return urlsplit(url).netloc


def fix_text(report, code: str) -> str:
    return " ".join(report.findings[report.codes.index(code)].fix)


# ---------------------------------------------------------------- 1. plain http


def test_address_without_scheme_on_a_plain_http_port_goes_on_over_http() -> None:
    with M1Simulator() as shop:
        report = diagnose(m1(bare(shop.url)))
        assert ("POST", "/api/cobby/json") in shop.requests
    assert report.ok, report.to_text()
    assert report.codes == ("http.unencrypted", "cobby.not_connected")
    warning = report.findings[0]
    assert warning.severity is Severity.WARNING
    assert warning.params == {"url": shop.url}
    assert report.url_used == shop.url and report.certificate is None
    assert "tls.untrusted" not in report.codes


def test_a_port_that_hangs_up_on_tls_is_plain_http_too() -> None:
    with M1Simulator() as shop, bad.closes_on_tls(shop.url) as url:
        report = diagnose(m1(bare(url)))
    assert report.ok, report.to_text()
    assert report.codes == ("http.unencrypted", "cobby.not_connected")
    assert report.url_used == url


def test_m2_address_without_scheme_on_plain_http() -> None:
    with M2Simulator() as shop:
        report = diagnose(m2(shop, url=bare(shop.url)))
    assert report.ok
    assert report.codes == ("http.unencrypted", "cobby.not_connected")


def test_explicit_https_on_a_port_without_tls_is_no_certificate_problem() -> None:
    with M1Simulator() as shop:
        https = shop.url.replace("http://", "https://")
        report = diagnose(m1(https))
        assert shop.requests == []  # no credential went anywhere
    assert report.codes == ("tls.unavailable",)
    port = str(urlsplit(shop.url).port)
    assert report.findings[0].params == {"host": "127.0.0.1", "port": port}
    assert report.certificate is None
    fix = fix_text(report, "tls.unavailable")
    assert "http://" in fix and "fingerprint" not in fix


def test_upgrade_to_https_on_a_port_without_tls() -> None:
    """The shop sends http to https on the same port, which only speaks http."""
    own: list[str] = []

    def upgrade(method: str, path: str, headers: dict[str, str], body: bytes):
        return 301, {"Location": own[0].replace("http://", "https://") + path}, b""

    with bad.serve(upgrade) as url:
        own.append(url)
        report = diagnose(m1(url))
    assert report.codes == ("http.redirect", "tls.unavailable")
    assert report.findings[1].params["port"] == str(urlsplit(url).port)


# ---------------------------------------------------------------- 2. outages


def test_maintenance_page_is_maintenance() -> None:
    with M1Simulator(outage="maintenance") as shop:
        report = diagnose(m1(shop.url))
    assert report.codes == ("http.maintenance",)
    assert report.findings[0].params == {"url": shop.url + "/", "status": "503"}


def test_maintenance_ip_lets_the_listed_caller_through() -> None:
    with M1Simulator(outage="maintenance", maintenance_ips=("127.0.0.1",)) as shop:
        report = diagnose(m1(shop.url))
    assert report.ok and report.codes == ("cobby.not_connected",)


@pytest.mark.parametrize("magento", [1, 2])
def test_magentos_error_page_is_a_broken_shop_not_maintenance(magento: int) -> None:
    sim = M1Simulator(outage="broken") if magento == 1 else M2Simulator(outage="broken")
    with sim as shop:
        inp = m1(shop.url) if magento == 1 else m2(shop)
        report = diagnose(inp)
    assert report.codes == ("shop.error_page",)
    assert report.findings[0].params["report"] == REPORT_ID
    assert report.findings[0].params["status"] == "503"
    fix = fix_text(report, "shop.error_page")
    assert "var/report/" in fix and "Wait" not in fix


def test_m2_maintenance() -> None:
    with M2Simulator(outage="maintenance") as shop:
        report = diagnose(m2(shop))
    assert report.codes == ("http.maintenance",)
    assert "maintenance:disable" in fix_text(report, "http.maintenance")


@pytest.mark.parametrize(("handler", "code"), [
    (bad.maintenance, "http.maintenance"),
    (bad.error_page, "shop.error_page"),
    (bad.apache_503, "http.unavailable"),
])
def test_only_magentos_maintenance_page_means_maintenance(handler, code: str) -> None:
    with bad.serve(handler) as url:
        report = diagnose(m1(url))
    assert report.codes == (code,)


# ---------------------------------------------------------------- 3 + 4. basic auth


def test_m1_basic_auth_on_the_whole_shop() -> None:
    with M1Simulator(basic_auth=("staff", "gate-pw-9")) as shop:
        asked = diagnose(m1(shop.url))
        refused = diagnose(m1(shop.url, basic_auth=("staff", Secret("nope-1234"))))
        passed = diagnose(m1(shop.url, basic_auth=("staff", Secret("gate-pw-9"))))
    assert asked.codes == ("http.basic_auth",)
    assert asked.findings[0].params == {"url": shop.url + "/", "scope": "shop"}
    assert refused.codes == ("http.basic_auth_refused",)
    assert refused.findings[0].params == {"url": shop.url + "/", "scope": "shop",
                                          "user": "staff"}
    # It works for this app, and cobby's service still needs a way in.
    assert passed.ok
    assert passed.codes == ("cobby.not_connected", "http.basic_auth_cobby")
    cobby = passed.findings[1]
    assert cobby.severity is Severity.WARNING and cobby.params == {"user": "staff"}
    assert "/api/cobby/" in " ".join(cobby.fix)


def test_m1_basic_auth_only_on_the_api() -> None:
    with M1Simulator(basic_auth=("staff", "gate-pw-9"), basic_auth_scope="api") as shop:
        asked = diagnose(m1(shop.url))
        refused = diagnose(m1(shop.url, basic_auth=("staff", Secret("nope-1234"))))
    assert asked.codes == ("http.basic_auth",)
    assert asked.findings[0].params["scope"] == "api"
    assert refused.codes == ("http.basic_auth_refused",)
    assert refused.findings[0].params["scope"] == "api"


def test_m2_basic_auth_on_the_whole_shop_is_not_fixed_by_a_password() -> None:
    with M2Simulator(basic_auth=True) as shop:
        report = diagnose(m2(shop))
    assert report.codes == ("http.basic_auth",)
    assert report.findings[0].params["scope"] == "shop"
    fix = fix_text(report, "http.basic_auth")
    assert "/rest/" in fix and "Enter the basic-auth" not in fix


def test_m2_basic_auth_only_on_rest() -> None:
    with M2Simulator(basic_auth=True, basic_auth_scope="rest") as shop:
        report = diagnose(m2(shop))
    assert report.codes == ("http.basic_auth",)
    assert report.findings[0].params["scope"] == "rest"


def test_m2_basic_auth_password_gets_the_app_in_but_not_the_signed_requests() -> None:
    with M2Simulator(basic_auth=True, basic_auth_login=("staff", "gate-pw-9")) as shop:
        report = diagnose(m2(shop, basic_auth=("staff", Secret("gate-pw-9"))))
    # Pages open with the password; signed requests cannot carry it.
    assert report.codes == ("http.basic_auth",)
    assert report.findings[0].params["scope"] == "rest"
    assert "user" not in report.findings[0].params


@pytest.mark.parametrize("code", ["http.basic_auth", "http.basic_auth_refused",
                                  "http.basic_auth_cobby", "http.blocked"])
@pytest.mark.parametrize("magento", [1, 2])
def test_fixes_name_cobbys_service_addresses(code: str, magento: int) -> None:
    from cobby_desktop.domain.findings import make_finding

    fix = " ".join(make_finding(code, magento).fix)
    assert all(address in fix for address in COBBY_SERVICE_ADDRESSES)
    assert "support" not in fix


def test_firewall_fix_lists_the_addresses_in_a_real_check() -> None:
    with bad.serve(bad.firewall) as url:
        report = diagnose(m1(url))
    assert report.codes == ("http.blocked",)
    assert all(a in fix_text(report, "http.blocked") for a in COBBY_SERVICE_ADDRESSES)


# ---------------------------------------------------------------- 5. the connector


def test_m1_connector_missing_or_switched_off() -> None:
    with M1Simulator(connector=False) as shop:
        report = diagnose(m1(shop.url))
    assert report.codes == ("m1.cobby_extension_missing",)
    assert report.findings[0].params == {"url": shop.url + "/api/cobby/json"}
    fix = fix_text(report, "m1.cobby_extension_missing")
    assert "app/etc/modules/Cobby_Connector.xml" in fix
    assert "cobbyio/cobby-connector-magento" in fix


def test_m2_connector_missing_fix_uses_the_real_package_and_commands() -> None:
    with M2Simulator(cobby_installed=False) as shop:
        report = diagnose(m2(shop))
    assert report.codes == ("m2.cobby_extension_missing",)
    fix = fix_text(report, "m2.cobby_extension_missing")
    for part in ("composer require cobbyio/cobby-connector-magento2",
                 "bin/magento module:enable Cobby_Connector", "bin/magento setup:upgrade",
                 "setup:di:compile", "cache:flush"):
        assert part in fix
    assert "cobby/connector-magento2" not in fix


def test_m1_legacy_connector_is_named() -> None:
    with M1Simulator(connector_module="Mash2_Cobby") as shop:
        report = diagnose(m1(shop.url))
    assert report.codes == ("cobby.legacy_connector",)
    assert report.findings[0].params == {"url": shop.url + "/api/mash2/json"}
    assert "Mash2_Cobby" in fix_text(report, "cobby.legacy_connector")


def test_m2_legacy_connector_is_named() -> None:
    with M2Simulator(connector_module="Mash2_Cobby") as shop:
        report = diagnose(m2(shop))
    assert report.codes == ("cobby.legacy_connector",)
    assert report.findings[0].params == {"url": shop.url + "/rest/V1/cobby/setup"}


@pytest.mark.parametrize("magento", [1, 2])
def test_connector_switched_off_in_its_settings_is_a_warning(magento: int) -> None:
    if magento == 1:
        with M1Simulator(cobby_active=False) as shop:
            report = diagnose(m1(shop.url))
    else:
        with M2Simulator(cobby_active=False) as shop:
            report = diagnose(m2(shop))
    assert report.ok
    assert report.codes == ("cobby.not_connected", "cobby.inactive")
    inactive = report.findings[1]
    assert inactive.severity is Severity.WARNING
    assert inactive.params == {"version": "2.4.1.1" if magento == 1 else "3.2.1"}
    menu = M1_ACTIVE.text if magento == 1 else M2_ACTIVE.text
    assert any(menu in step for step in inactive.fix)


# ---------------------------------------------------------------- 6. Magento 2's 401 and 404


def test_m2_clock_ahead_is_clock_skew_by_the_date_header() -> None:
    with M2Simulator(clock_offset=-3600) as shop:  # this computer is an hour ahead
        report = diagnose(m2(shop))
    assert report.codes == ("clock.skew",)
    f = report.findings[0]
    assert 3595 <= int(f.params["seconds"]) <= 3605
    assert f.evidence[0].fault_text == "An error occurred validating the nonce"


@pytest.mark.parametrize(("field", "value"), [("access_token", "token"),
                                               ("consumer_key", "consumer")])
def test_m2_values_the_shop_does_not_know(field: str, value: str) -> None:
    with M2Simulator() as shop:
        report = diagnose(m2(shop, values={field: "e" * 32}))
    assert report.codes == ("m2.credentials_unknown",)
    assert report.findings[0].params == {"value": value}


def test_m2_unknown_store_code_is_its_own_finding() -> None:
    with M2Simulator(store_codes=("default", "de")) as shop:
        report = diagnose(m2(shop, store_code="fr"))
        found = detect(shop.url, policy=POLICY)
    assert report.codes == ("m2.store_code_unknown",)
    assert report.findings[0].params == {"url": shop.url + "/rest/fr", "store_code": "fr"}
    assert report.magento_major == 2 and found.magento_major == 2


# ---------------------------------------------------------------- 8. no masked words


def test_a_key_that_is_a_word_is_not_masked_in_the_app_s_sentences() -> None:
    with M1Simulator() as shop:
        report = diagnose(m1(shop.url, key="short"))
    assert report.codes == ("credential.format",)
    text = report.to_text() + report.to_html() + str(report.to_json())
    assert MASK not in text
    found = report.findings[0]
    assert [m.code for m in found.said] == ["m1.field.too_short", "m1.field.no_digit"]
    assert found.said[0].params["length"] == 5  # the length, never the value
    assert english(found.said[0]) in found.detail  # the app's sentence, whole
    assert found.detail in report.to_text()
    assert found.params == {"fields": "api_key", "problems": "length,format"}  # no value


def test_a_password_that_is_a_word_leaves_the_sentences_whole() -> None:
    with M1Simulator(basic_auth=("staff", "gate-pw-9")) as shop:
        report = diagnose(m1(shop.url, basic_auth=("staff", Secret("password"))))
    assert report.codes == ("http.basic_auth_refused",)
    assert MASK not in report.to_text()
    assert "password" in report.to_text()
