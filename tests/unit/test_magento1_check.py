"""check_m1 against every scenario of the loopback Magento 1 simulator."""

from __future__ import annotations

import logging
import socket

import pytest

from cobby_desktop.magento1 import check_m1
from cobby_desktop.net.http import HttpPolicy, HttpSession, NetFailure
from cobby_desktop.results import LicenseState, M1Verdict
from cobby_desktop.secret import Secret
from tests.support.m1_simulator import ApiUser, M1Simulator

USER = "cobby_api"
KEY = "Kx7pQ2mZr9TfW4bN"
FAST = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)
JSON = ("POST", "/api/cobby/json")
JSON_INDEX = ("POST", "/index.php/api/cobby/json")
XML = ("POST", "/api/xmlrpc/")
XML_INDEX = ("POST", "/index.php/api/xmlrpc/")
LEGACY = ("POST", "/api/mash2/json")  # cobby 1.x's route, asked once the connector is missing


def shop(**kw) -> M1Simulator:
    users = kw.pop("users", {USER: ApiUser(KEY)})
    return M1Simulator(users, **kw)


def run(sim: M1Simulator, key: str = KEY, user: str = USER, **kw):
    kw.setdefault("policy", FAST)
    return check_m1(sim.url + "/", user, Secret(key), **kw)


def methods(result) -> list[str]:
    return [e.method for e in result.evidence]


def test_good_credentials_three_requests_on_one_endpoint():
    with shop() as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.OK
    assert result.protocol == "jsonrpc"
    assert result.endpoint == sim.url + "/api/cobby/json"
    assert result.requests == 3
    assert sim.requests == [JSON, JSON, JSON]  # no WSDL, no fallback
    assert sim.calls == ["login", "cobby_core_setup.export", "endSession"]
    assert sim.sessions == {}  # the session was ended
    assert methods(result) == ["login", "cobby_core_setup.export", "endSession"]
    assert all(e.http_status == 200 and e.fault_code is None for e in result.evidence)
    assert result.cobby.cobby_version == "2.4.1.1"
    assert result.cobby.magento_version == "1.9.4.5"
    assert result.cobby.cobby_active is True
    assert result.cobby.license_state is LicenseState.PLACEHOLDER
    assert not result.cobby_route_blocked and not result.html_answer


def test_license_key_set_and_changing_over_time():
    schedule = {1: "cobby license key"}
    with shop(license_schedule=lambda n: schedule.get(n, "LIC-abc-123")) as sim:
        first, second = run(sim), run(sim)
    assert first.cobby.license_state is LicenseState.PLACEHOLDER
    assert second.cobby.license_state is LicenseState.SET
    assert second.cobby.license_matches("LIC-abc-123")
    assert sim.probe_calls == 2
    assert "LIC-abc-123" not in repr(second)


def test_wrong_key_is_rejected_in_one_request():
    with shop() as sim:
        result = run(sim, key="Wr0ngKeyWr0ngKey")
    assert result.verdict is M1Verdict.CREDENTIALS_REJECTED
    assert result.requests == 1 and sim.requests == [JSON]
    (evidence,) = result.evidence
    assert evidence.endpoint == sim.url + "/api/cobby/json"
    assert evidence.method == "login"
    assert evidence.http_status == 200
    assert evidence.fault_code == "-32000"
    assert evidence.fault_text == "Access denied."
    assert evidence.note == "magento_fault=2"


@pytest.mark.parametrize(
    "account",
    [ApiUser(KEY, active=False), ApiUser(KEY, role=None)],
    ids=["inactive-user", "user-without-role"],
)
def test_inactive_user_or_no_role_is_rejected(account):
    with shop(users={USER: account}) as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.CREDENTIALS_REJECTED
    assert result.evidence[-1].fault_text == "Access denied."
    assert sim.requests == [JSON]


def test_unknown_user_is_rejected():
    with shop() as sim:
        result = run(sim, user="someone_else")
    assert result.verdict is M1Verdict.CREDENTIALS_REJECTED


def test_role_without_cobby_resource():
    with shop(users={USER: ApiUser(KEY, cobby_resource=False)}) as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.COBBY_PERMISSION_MISSING
    assert result.protocol == "jsonrpc"
    assert result.requests == 3 and sim.requests == [JSON, JSON, JSON]
    assert methods(result) == ["login", "cobby_core_setup.export", "endSession"]
    probe = result.evidence[1]
    assert (probe.fault_code, probe.fault_text) == ("-32000", "Access denied.")
    assert sim.sessions == {}


def test_connector_missing_is_told_by_the_core_api():
    with shop(connector=False) as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.COBBY_EXTENSION_MISSING
    assert result.protocol == "xmlrpc"
    assert result.endpoint == sim.url + "/api/xmlrpc/"
    assert sim.requests == [JSON, JSON_INDEX, XML, XML, XML, LEGACY]
    assert result.requests == 6
    assert [e.http_status for e in result.evidence[:2]] == [404, 404]
    probe = result.evidence[3]
    assert probe.method == "cobby_core_setup.export"
    assert (probe.fault_code, probe.fault_text) == ("3", "Invalid api path.")
    assert result.html_answer and result.cobby_route_blocked
    assert sim.calls == ["login", "cobby_core_setup.export", "endSession"]


def test_connector_missing_wins_over_a_wrong_key():
    with shop(connector=False) as sim:
        result = run(sim, key="Wr0ngKeyWr0ngKey")
    assert result.verdict is M1Verdict.COBBY_EXTENSION_MISSING
    assert sim.requests == [JSON, JSON_INDEX, XML, LEGACY]
    login = result.evidence[-1]
    assert (login.method, login.fault_code, login.fault_text) == ("login", "2", "Access denied.")


def test_legacy_connector_is_recognised():
    with shop(connector_module="Mash2_Cobby") as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.LEGACY_CONNECTOR
    assert result.endpoint == sim.url + "/api/mash2/json"
    assert sim.requests[-1] == LEGACY
    assert result.evidence[-1].note == "legacy_route"


def test_jsonrpc_route_blocked_while_xmlrpc_works():
    with shop(block_jsonrpc=403) as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.OK
    assert result.protocol == "xmlrpc"
    assert result.cobby_route_blocked and result.html_answer
    assert [e.http_status for e in result.evidence[:2]] == [403, 403]
    assert sim.requests == [JSON, JSON_INDEX, XML, XML, XML]
    assert result.cobby.cobby_version == "2.4.1.1"


def test_jsonrpc_route_blocked_and_wrong_key():
    with shop(block_jsonrpc=403) as sim:
        result = run(sim, key="Wr0ngKeyWr0ngKey")
    assert result.verdict is M1Verdict.CREDENTIALS_REJECTED
    assert result.protocol == "xmlrpc" and result.cobby_route_blocked
    assert result.evidence[-1].fault_code == "2"


def test_soap_fallback_when_jsonrpc_and_xmlrpc_are_blocked():
    with shop(block_jsonrpc=403, block_xmlrpc=403, wsdl_name="OpenMage") as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.OK
    assert result.protocol == "soap"
    assert result.endpoint == sim.url + "/api/soap/"
    assert sim.requests == [JSON, JSON_INDEX, XML, XML_INDEX] + [("GET", "/api/soap/?wsdl")] + [
        ("POST", "/api/soap/")
    ] * 3
    assert result.cobby.license_state is LicenseState.PLACEHOLDER


def test_soap_extension_missing_does_not_matter_when_jsonrpc_works():
    with shop(soap_extension=False) as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.OK
    assert sim.requests == [JSON, JSON, JSON]


def test_soap_extension_missing_is_in_the_evidence():
    with shop(block_jsonrpc=403, block_xmlrpc=403, soap_extension=False) as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.API_UNREACHABLE
    soap = [e for e in result.evidence if e.note == "soap_extension_missing"]
    assert len(soap) == 2
    assert soap[0].fault_text == "SOAP extension is not loaded."
    assert soap[0].http_status == 500
    assert result.requests == 6


def test_html_404_for_api_paths():
    with shop(html_404_api=True) as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.API_UNREACHABLE
    assert result.html_answer
    assert result.endpoint == sim.url + "/api/cobby/json"
    assert result.requests == 6 and len(sim.requests) == 6
    assert [e.http_status for e in result.evidence] == [404] * 6
    assert all(e.note == "html" for e in result.evidence)


def test_index_php_only_routing():
    with shop(index_php_only=True) as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.OK
    assert result.endpoint == sim.url + "/index.php/api/cobby/json"
    assert sim.requests == [JSON, JSON_INDEX, JSON_INDEX, JSON_INDEX]


def test_basic_auth_in_front():
    with shop(basic_auth=("shop", "door-Pa55")) as sim:
        result = run(sim)
        assert result.verdict is M1Verdict.API_UNREACHABLE
        (evidence,) = result.evidence
        assert evidence.http_status == 401 and evidence.note == "basic_auth"
        assert sim.requests == [JSON]
        policy = HttpPolicy(read_timeout=2.0, basic_auth=("shop", Secret("door-Pa55")))
        passed = run(sim, policy=policy)
    assert passed.verdict is M1Verdict.OK and passed.requests == 3


def test_slow_answers_time_out():
    with shop(delay=1.0) as sim:
        result = run(sim, policy=HttpPolicy(connect_timeout=0.5, read_timeout=0.2))
    assert result.verdict is M1Verdict.API_UNREACHABLE
    assert result.net_failure is NetFailure.TIMEOUT
    assert result.requests == 1
    assert result.evidence[0].net_failure is NetFailure.TIMEOUT


def test_slow_answers_within_the_timeout_still_work():
    with shop(delay=0.1) as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.OK and result.requests == 3


def test_nothing_listening():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = check_m1(f"http://127.0.0.1:{port}", USER, KEY, policy=FAST)
    assert result.verdict is M1Verdict.API_UNREACHABLE
    assert result.net_failure is NetFailure.REFUSED
    assert result.requests == 1


def test_unresolvable_host():
    result = check_m1("https://no-such-shop.invalid", USER, KEY, policy=FAST)
    assert result.verdict is M1Verdict.API_UNREACHABLE
    assert result.net_failure is NetFailure.DNS


def test_redirect_to_another_host_is_reported_not_followed():
    with shop(redirect_to="https://www.example.test") as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.API_UNREACHABLE
    assert result.redirect_to == "https://www.example.test/api/cobby/json"
    assert sim.requests == [JSON]
    assert result.evidence[0].http_status == 301


def test_same_host_https_redirect_is_retried_on_the_new_base():
    with shop(redirect_to="placeholder") as sim:
        port = sim.url.rsplit(":", 1)[1]
        sim.redirect_to = f"https://127.0.0.1:{port}"
        result = run(sim)
    # The retry went to https on the same host and port (which speaks no TLS here).
    assert sim.requests[0] == JSON
    assert result.evidence[1].endpoint == f"https://127.0.0.1:{port}/api/cobby/json"
    assert result.verdict is M1Verdict.API_UNREACHABLE
    assert result.net_failure is not None


def test_https_redirect_to_another_port_is_not_followed():
    with shop() as target, shop(redirect_to="placeholder") as sim:
        port = target.url.rsplit(":", 1)[1]
        sim.redirect_to = f"https://127.0.0.1:{port}"
        result = run(sim)
    assert sim.requests == [JSON]
    assert result.redirect_to == f"https://127.0.0.1:{port}/api/cobby/json"
    assert result.requests == 1 and target.requests == []


def test_expired_session_gets_one_fresh_login():
    with shop(expire_next_calls=1) as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.OK
    assert sim.calls == [
        "login",
        "cobby_core_setup.export",
        "login",
        "cobby_core_setup.export",
        "endSession",
    ]
    assert result.requests == 5
    assert result.evidence[1].fault_text == "Session expired. Try to relogin."


def test_session_expiring_twice_is_a_shop_error():
    with shop(expire_next_calls=5) as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.SHOP_ERROR
    assert sim.calls.count("login") == 2


@pytest.mark.parametrize("code", [0, 1, 4])
def test_shop_side_faults(code):
    texts = {
        0: "Unknown Error",
        1: "Internal Error. Please see log for details.",
        4: "Resource path is not callable.",
    }
    with shop(probe_fault=code) as sim:
        result = run(sim)
    assert result.verdict is M1Verdict.SHOP_ERROR
    assert result.evidence[1].fault_text == texts[code]
    assert result.evidence[1].note == f"magento_fault={code}"
    assert sim.calls[-1] == "endSession"


def test_key_format_problems_send_nothing():
    with shop() as sim:
        result = run(sim, key=KEY + " ")
        user_result = run(sim, user="cobby_api\u200b")
    assert result.verdict is M1Verdict.KEY_FORMAT_INVALID
    assert [p.message for p in result.field_problems] == ["The API key ends with a space."]
    assert result.requests == 0
    assert user_result.verdict is M1Verdict.KEY_FORMAT_INVALID
    assert sim.requests == []


def test_a_given_session_is_used_and_counted():
    with shop() as sim, HttpSession(FAST) as http:
        result = check_m1(sim.url, USER, KEY, session=http)
        assert result.verdict is M1Verdict.OK
        assert http.requests_sent == 3


def test_key_goes_nowhere_but_the_api(caplog):
    caplog.set_level(logging.DEBUG)
    results = []
    scenarios = [
        {},
        {"connector": False},
        {"block_jsonrpc": 403},
        {"block_jsonrpc": 403, "block_xmlrpc": 403},
        {"users": {USER: ApiUser(KEY, cobby_resource=False)}},
    ]
    for scenario in scenarios:
        with shop(**scenario) as sim:
            results.append(run(sim))
            results.append(run(sim, key="Wr0ngKeyWr0ngKey"))
    assert results[-4].protocol == "soap"
    for result in results:
        for text in (repr(result), str([e.as_dict() for e in result.evidence])):
            assert KEY not in text and "Wr0ngKeyWr0ngKey" not in text
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert caplog.records  # the check does log what it does
    assert KEY not in logged and "Wr0ngKeyWr0ngKey" not in logged
