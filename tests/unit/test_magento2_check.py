"""check_m2 against the loopback Magento 2 simulator: one test per scenario."""

from __future__ import annotations

import logging
import socket
import threading

import pytest

from cobby_desktop.magento2 import M2Client, M2Tokens, check_m2, probe_cobby
from cobby_desktop.net.http import HttpPolicy, HttpSession, NetFailure
from cobby_desktop.results import CobbyInfo, LicenseState, M2Result, M2Verdict
from tests.support.m2_simulator import M2Simulator

POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)


def run(sim: M2Simulator, tokens: M2Tokens | None = None, **kw) -> M2Result:
    return check_m2(sim.url, tokens or sim.tokens, policy=POLICY, **kw)


def statuses(result: M2Result) -> list[tuple[str, int | None]]:
    return [(e.method, e.http_status) for e in result.evidence]


def paths(sim: M2Simulator) -> list[str]:
    return [r.path for r in sim.requests]


def test_good_shop_needs_two_requests_and_reports_everything():
    with M2Simulator() as sim:  # 2.4.4+ defaults: Bearer tokens refused
        result = run(sim)
        assert result.verdict is M2Verdict.OK
        assert result.requests == 2 == len(sim.requests)
        assert paths(sim) == ["/rest/V1/cobby/setup", "/magento_version"]
        assert [r.auth for r in sim.requests] == ["oauth", "none"]  # never Bearer
        assert result.base_url == sim.url + "/rest"
        assert (result.magento_version, result.magento_edition) == ("2.4", "Community")
        assert result.cobby is not None
        assert result.cobby.cobby_version == "3.2.1"
        assert result.cobby.license_state is LicenseState.PLACEHOLDER
        assert statuses(result) == [("GET (oauth)", 200), ("GET", 200)]
        assert result.clock_skew_seconds is not None and abs(result.clock_skew_seconds) <= 2
        assert sim.count("POST") == 0


def test_bearer_setting_makes_no_difference():
    with M2Simulator(bearer_allowed=True) as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.OK
        assert result.requests == 2
        assert "bearer" not in [r.auth for r in sim.requests]


def test_wrong_secret_is_signature_invalid_naming_both_causes():
    with M2Simulator() as sim:
        values = dict(sim.values, access_token_secret="0" * 32)
        result = run(sim, M2Tokens.from_mapping(values))
        assert result.verdict is M2Verdict.SIGNATURE_INVALID
        assert result.requests == 2  # the probe and the other-scheme proxy test
        first, proxy_test = result.evidence
        assert first.http_status == 401
        assert first.fault_text == "The signature is invalid. Verify and try again."
        assert first.note == "oauth_probe; signature_rejected"
        assert proxy_test.http_status == 401
        assert "accepted_signed_for" not in proxy_test.note


def test_proxy_rewriting_the_scheme_is_signature_invalid_and_pinpointed():
    with M2Simulator(signed_scheme="https") as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.SIGNATURE_INVALID
        assert result.requests == 2
        assert result.evidence[0].note.endswith("signature_rejected")
        assert result.evidence[1].http_status == 200
        assert result.evidence[1].note.endswith("accepted_signed_for_https")


def test_integration_without_cobby_resource():
    with M2Simulator(cobby_resource=False) as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.COBBY_PERMISSION_MISSING
        assert result.requests == 2
        assert [e.fault_text for e in result.evidence] == [
            "The consumer isn't authorized to access %resources.",
            "The signature is invalid. Verify and try again.",
        ]
        assert result.evidence[1].method == "GET (mis_signed)"
        assert result.evidence[1].note.endswith("signature_valid_resource_missing")


def test_authorization_header_stripped_by_the_web_server():
    with M2Simulator(strip_auth=True) as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.AUTH_HEADER_STRIPPED
        assert result.requests == 2
        assert [e.http_status for e in result.evidence] == [401, 401]
        assert all("isn't authorized" in (e.fault_text or "") for e in result.evidence)
        assert result.evidence[1].note.endswith("authorization_header_dropped")


def test_connector_missing_while_a_core_route_answers():
    with M2Simulator(cobby_installed=False) as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.COBBY_EXTENSION_MISSING
        assert result.requests == 3
        assert paths(sim) == ["/rest/V1/cobby/setup", "/rest/V1/directory/currency",
                              "/rest/V1/cobby/queue/max"]
        assert result.evidence[0].http_status == 404
        assert result.evidence[0].fault_text == "Request does not match any route."
        assert result.evidence[1].http_status == 200
        assert result.evidence[2].http_status == 404
        assert result.evidence[2].note == "legacy_route; rest_answers_no_cobby_route"


def test_legacy_connector_is_recognised():
    with M2Simulator(connector_module="Mash2_Cobby") as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.LEGACY_CONNECTOR
        assert paths(sim)[-1] == "/rest/V1/cobby/queue/max"
        assert result.evidence[-1].http_status == 401  # the route exists, for Mash2_Cobby::cobby


def test_store_code_urls():
    with M2Simulator(store_codes=("default", "de")) as sim:
        result = run(sim, store_code="de")
        assert result.verdict is M2Verdict.OK
        assert result.base_url == sim.url + "/rest/de"
        assert result.store_code == "de"
        assert result.requests == 2
        assert paths(sim)[0] == "/rest/de/V1/cobby/setup"


def test_unknown_store_code_is_named():
    with M2Simulator(store_codes=("default",)) as sim:
        result = run(sim, store_code="fr")
        assert result.verdict is M2Verdict.STORE_CODE_UNKNOWN
        assert result.store_code == "fr"
        assert result.requests == 2
        assert [e.fault_text for e in result.evidence] == ["Request does not match any route."] * 2


def test_index_php_only_shop_is_discovered_within_three_requests():
    with M2Simulator(rewrites=False) as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.OK
        assert result.base_url == sim.url + "/index.php/rest"
        assert result.requests == 3
        assert paths(sim) == [
            "/rest/V1/cobby/setup",
            "/index.php/rest/V1/cobby/setup",
            "/index.php/magento_version",
        ]
        assert result.magento_version == "2.4"


def test_index_php_with_store_code():
    with M2Simulator(rewrites=False, store_codes=("default", "de")) as sim:
        result = run(sim, store_code="de")
        assert result.verdict is M2Verdict.OK
        assert result.base_url == sim.url + "/index.php/rest/de"


def test_shop_clock_behind_is_clock_skew():
    with M2Simulator(clock_offset=-1800) as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.CLOCK_SKEW
        assert result.requests == 1
        assert result.clock_skew_seconds is not None
        assert -1805 <= result.clock_skew_seconds <= -1795
        assert result.evidence[0].http_status == 401
        assert result.evidence[0].fault_text == "An error occurred validating the nonce"


def test_local_clock_ahead_is_clock_skew():
    with M2Simulator() as sim:
        result = run(sim, clock=lambda: __import__("time").time() + 3600)
        assert result.verdict is M2Verdict.CLOCK_SKEW
        assert result.clock_skew_seconds is not None
        assert -3605 <= result.clock_skew_seconds <= -3595


def test_skew_with_signature_invalid_is_clock_skew():
    with M2Simulator(clock_offset=900) as sim:
        values = dict(sim.values, consumer_secret="1" * 32)
        result = run(sim, M2Tokens.from_mapping(values))
        assert result.verdict is M2Verdict.CLOCK_SKEW
        assert result.requests == 1
        assert 895 <= (result.clock_skew_seconds or 0) <= 905


def test_firewall_html_page():
    with M2Simulator(firewall=True) as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.API_UNREACHABLE
        assert result.html_answer is True
        assert result.requests == 1
        assert result.evidence[0].http_status == 403
        assert "firewall=cloudflare" in result.evidence[0].note


def test_basic_auth_in_front_of_the_shop():
    with M2Simulator(basic_auth=True) as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.API_UNREACHABLE
        assert result.requests == 1
        assert "basic_auth" in result.evidence[0].note


def test_server_error():
    with M2Simulator(server_error=True) as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.SHOP_ERROR
        assert result.evidence[0].http_status == 500
        assert (result.evidence[0].fault_text or "").startswith("Internal Error.")


def test_redirect_to_another_host_is_reported_not_followed():
    with M2Simulator(redirect_to="https://www.example.invalid") as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.API_UNREACHABLE
        assert result.redirect_to == "https://www.example.invalid/rest/V1/cobby/setup"
        assert result.requests == 1


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_same_host_https_redirect_is_retried_on_the_new_base():
    with M2Simulator(redirect_to="placeholder") as sim:
        port = sim.url.rsplit(":", 1)[1]
        sim.redirect_to = f"https://127.0.0.1:{port}"
        result = run(sim)
        assert result.requests == 2
        assert result.redirect_to is None
        assert result.base_url == f"https://127.0.0.1:{port}/rest"
        assert result.verdict is M2Verdict.API_UNREACHABLE  # the port speaks no TLS


def test_https_redirect_to_another_port_is_not_followed():
    port = _closed_port()
    with M2Simulator(redirect_to=f"https://127.0.0.1:{port}") as sim:
        result = run(sim)
        assert result.requests == 1
        assert result.redirect_to == f"https://127.0.0.1:{port}/rest/V1/cobby/setup"
        assert result.verdict is M2Verdict.API_UNREACHABLE


def test_nothing_listening():
    result = check_m2(f"http://127.0.0.1:{_closed_port()}", M2Simulator().tokens, policy=POLICY)
    assert result.verdict is M2Verdict.API_UNREACHABLE
    assert result.net_failure is NetFailure.REFUSED
    assert result.requests == 1


def test_timeout_is_bounded():
    with M2Simulator(delay=1.0) as sim:
        policy = HttpPolicy(connect_timeout=0.5, read_timeout=0.2)
        result = check_m2(sim.url, sim.tokens, policy=policy)
        assert result.verdict is M2Verdict.API_UNREACHABLE
        assert result.net_failure is NetFailure.TIMEOUT


def test_cancelled_before_start_sends_nothing():
    cancel = threading.Event()
    cancel.set()
    with M2Simulator() as sim:
        result = run(sim, cancel=cancel)
        assert result.verdict is M2Verdict.API_UNREACHABLE
        assert result.net_failure is NetFailure.CANCELLED
        assert sim.requests == []


def test_bad_token_format_sends_nothing():
    with M2Simulator() as sim:
        values = dict(sim.values, access_token_secret=sim.values["access_token_secret"] + " ")
        result = run(sim, M2Tokens.from_mapping(values))
        assert result.verdict is M2Verdict.TOKEN_FORMAT_INVALID
        assert result.requests == 0 and sim.requests == []
        assert [p.message for p in result.field_problems] == [
            "The Access Token Secret ends with a space. Remove it."
        ]


def test_shop_url_is_normalised():
    with M2Simulator() as sim:
        messy = "  " + sim.url + "/index.php/admin/dashboard/ "
        result = check_m2(messy, sim.tokens, policy=POLICY)
        assert result.verdict is M2Verdict.OK
        assert result.base_url == sim.url + "/rest"


def test_probe_cobby_sees_the_license_key_change():
    new_key = "f3c1b2a4d5e6f708192a3b4c5d6e7f80"
    with M2Simulator() as sim, HttpSession(POLICY) as session:
        sim.change_license_key_after(1, new_key)
        base = sim.url + "/rest"
        first = probe_cobby(session, base, sim.tokens)
        second = probe_cobby(session, base, sim.tokens)
        assert isinstance(first, CobbyInfo) and isinstance(second, CobbyInfo)
        assert first.license_state is LicenseState.PLACEHOLDER
        assert second.license_state is LicenseState.SET
        assert second.license_matches(new_key)
        assert session.requests_sent == 2
        assert new_key not in repr(second)


def test_probe_cobby_failure_is_diagnosed():
    with M2Simulator(cobby_resource=False) as sim, HttpSession(POLICY) as session:
        outcome = probe_cobby(session, sim.url + "/rest", sim.tokens)
        assert isinstance(outcome, M2Result)
        assert outcome.verdict is M2Verdict.COBBY_PERMISSION_MISSING


def test_m2client_get_json_typed_outcome():
    with M2Simulator() as sim, HttpSession(POLICY) as session:
        client = M2Client(session, sim.url + "/rest", sim.tokens)
        answer = client.get_json("/V1/cobby/queue/max")
        assert answer.status == 200 and answer.is_json and answer.data == 0
        missing = client.get_json("/V1/nothing/here")
        assert missing.status == 404 and missing.message == "Request does not match any route."


def test_html_answer_is_not_parsed_as_json():
    with M2Simulator(rewrites=False) as sim, HttpSession(POLICY) as session:
        answer = M2Client(session, sim.url + "/rest", sim.tokens).get_json("/V1/cobby/setup")
        assert answer.status == 404 and not answer.is_json and answer.data is None
        assert answer.looks_html


@pytest.mark.parametrize(
    "options",
    [{}, {"cobby_resource": False}, {"strip_auth": True}, {"signed_scheme": "https"}],
)
def test_no_token_leaks_into_logs_reprs_or_evidence(caplog, options):
    caplog.set_level(logging.DEBUG)
    with M2Simulator(**options) as sim:
        result = run(sim)
        texts = [caplog.text, repr(result), str(result), repr(sim.tokens)]
        texts += [str(e.as_dict()) for e in result.evidence]
        for value in sim.values.values():
            for text in texts:
                assert value not in text
        assert sim.count("GET") >= 1


def test_values_from_another_shop_are_an_unknown_consumer_without_echoing_the_key():
    with M2Simulator() as sim, M2Simulator() as other:
        result = run(sim, other.tokens)
        assert result.verdict is M2Verdict.CONSUMER_UNKNOWN
        assert result.requests == 1
        assert result.evidence[0].http_status == 401
        assert result.evidence[0].fault_text == (
            "A consumer having the specified key does not exist"
        )
        assert other.values["consumer_key"] not in repr(result)


def test_reauthorized_integration_is_an_unknown_token():
    with M2Simulator() as sim:
        values = dict(sim.values, access_token="f" * 32)  # the token before Reauthorize
        result = run(sim, M2Tokens.from_mapping(values))
        assert result.verdict is M2Verdict.TOKEN_UNKNOWN
        assert result.evidence[0].fault_text == "Specified token does not exist"


def test_magento_version_disabled_falls_back_to_the_connector():
    with M2Simulator(magento_version=None) as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.OK
        assert result.requests == 2
        assert result.evidence[-1].http_status == 404
        assert (result.magento_version, result.magento_edition) == ("2.4.6", None)


def test_oversized_answer_is_cut_off():
    with M2Simulator() as sim:
        policy = HttpPolicy(connect_timeout=1.0, read_timeout=2.0, max_response_bytes=40)
        result = check_m2(sim.url, sim.tokens, policy=policy)
        assert result.verdict is M2Verdict.API_UNREACHABLE
        assert result.net_failure is NetFailure.TOO_LARGE


def test_answer_repr_hides_the_license_key():
    key = "a1b2c3d4e5f60718293a4b5c6d7e8f90"
    with M2Simulator(license_key=key) as sim, HttpSession(POLICY) as session:
        answer = M2Client(session, sim.url + "/rest", sim.tokens).get_json("/V1/cobby/setup")
        assert answer.status == 200
        assert key not in repr(answer)
        result = run(sim)
        assert result.cobby is not None and result.cobby.license_matches(key)
        assert key not in repr(result)


@pytest.mark.parametrize(
    ("typed", "root"),
    [
        ("shop.test", "https://shop.test"),
        (" https://Shop.test/index.php/admin/dashboard/ ", "https://shop.test"),
        ("http://shop.test:8080/rest/V1/cobby/setup", "http://shop.test:8080"),
        ("https://shop.test/restaurant/", "https://shop.test/restaurant"),
        ("https://shop.test/magento/admin", "https://shop.test/magento"),
        ("https://shop .test/magento_version", "https://shop.test"),
    ],
)
def test_normalise_shop_url(typed, root):
    from cobby_desktop.magento2 import normalise_shop_url

    assert normalise_shop_url(typed) == root


def test_url_without_host_sends_nothing():
    result = check_m2("   ", M2Simulator().tokens, policy=POLICY)
    assert result.verdict is M2Verdict.API_UNREACHABLE
    assert result.requests == 0
    assert result.evidence[0].note == "not_a_web_address"


def test_nonce_conflict_is_retried_once_with_a_fresh_nonce():
    with M2Simulator(nonce_conflicts=1) as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.OK
        assert result.requests == 3  # probe, retry, /magento_version
        assert [e.note for e in result.evidence][:2] == ["oauth_probe", "retry_fresh_nonce"]
        assert "nonce is already being used" in (result.evidence[0].fault_text or "")


def test_persistent_nonce_conflict_is_a_shop_error():
    with M2Simulator(nonce_conflicts=5) as sim:
        result = run(sim)
        assert result.verdict is M2Verdict.SHOP_ERROR
        assert result.requests == 2
