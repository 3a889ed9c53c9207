"""HttpPortalClient against the loopback portal implementing docs/portal-api.md."""

from __future__ import annotations

import socket

import pytest

from cobby_desktop.domain.model import MagentoMajor
from cobby_desktop.portal.client import (
    HttpPortalClient,
    PortalClient,
    PortalFailure,
    SyncState,
)
from cobby_desktop.portal.connection_fields import m1_connection_fields, m2_connection_fields
from cobby_desktop.secret import Secret
from tests.support.portal_server import PortalServer

EMAIL = "jane@agency.test"
PASSWORD = "Portal-Pass-93kq"
LICENSE = "lic-7Hq2mZ9xPa4"
API_KEY = "cobbyKey4711x"
TOKENS = {
    "consumer_key": "0123456789abcdefghijklmnopqrstuv",
    "consumer_secret": "abcdefghijklmnopqrstuv0123456789",
    "access_token": "zyxwvutsrqponmlkjihgfedcba012345",
    "access_token_secret": "9876543210zyxwvutsrqponmlkjihgfe",
}


@pytest.fixture
def portal():
    server = PortalServer(accounts={EMAIL: PASSWORD, "other@agency.test": "x-1"})
    server.add_workspace("ws_1", "Shop DE", LICENSE, EMAIL)
    server.add_workspace("ws_2", "Shop AT", "lic-second-77", EMAIL)
    server.add_workspace("ws_9", "Someone else", "lic-foreign-1", "other@agency.test")
    with server:
        yield server


@pytest.fixture
def client(portal):
    c = HttpPortalClient(portal.url)
    yield c
    c.close()


def signed_in(client: HttpPortalClient) -> HttpPortalClient:
    assert client.sign_in(EMAIL, Secret(PASSWORD)).ok
    return client


def m1_fields(url: str = "https://www.shop.example/"):
    return m1_connection_fields(url, "cobby_api", Secret(API_KEY))


def test_the_http_client_is_a_portal_client(client):
    assert isinstance(client, PortalClient)


def test_full_flow_sign_in_list_read_key_save_and_follow_status(portal, client):
    answer = client.sign_in(EMAIL, Secret(PASSWORD))
    assert answer.ok and answer.value.email == EMAIL and client.signed_in

    listed = client.list_workspaces()
    assert listed.ok
    assert [(w.id, w.name, w.state) for w in listed.value] == [
        ("ws_1", "Shop DE", SyncState.NOT_CONFIGURED),
        ("ws_2", "Shop AT", SyncState.NOT_CONFIGURED),
    ]

    key = client.license_key("ws_1")
    assert key.ok and isinstance(key.value, Secret) and key.value.reveal() == LICENSE

    saved = client.save_shop_connection("ws_1", MagentoMajor.M1, m1_fields())
    assert saved.ok and saved.value.state is SyncState.PENDING
    assert portal.workspaces["ws_1"].connection == {
        "magento": 1,
        "shop_url": "https://www.shop.example/",
        "api_user": "cobby_api",
        "api_key": API_KEY,
    }

    first = client.sync_status("ws_1")
    assert first.ok and first.value.state is SyncState.PENDING
    second = client.sync_status("ws_1")
    assert second.value.state is SyncState.ACTIVE
    assert second.value.updated_at is not None and second.value.updated_at.year == 2026

    assert client.list_workspaces().value[0].shop_url == "https://www.shop.example/"
    # every call but sign-in carried the bearer token
    assert [had for (_, path, had) in portal.log if path.endswith("sign-in")] == [False]
    assert all(had for (_, path, had) in portal.log if not path.endswith("sign-in"))


def test_magento2_connection_is_saved_with_the_four_values(portal, client):
    signed_in(client)
    secrets = {k: Secret(v) for k, v in TOKENS.items()}
    fields = m2_connection_fields("https://shop2.example", secrets)
    saved = client.save_shop_connection("ws_2", MagentoMajor.M2, fields)
    assert saved.ok
    assert portal.workspaces["ws_2"].connection == {
        "magento": 2, "shop_url": "https://shop2.example/", **TOKENS
    }


def test_saving_the_same_values_again_changes_nothing(portal, client):
    signed_in(client)
    saves: list[str] = []
    portal.on_save = lambda ws: saves.append(ws.id)
    assert client.save_shop_connection("ws_1", MagentoMajor.M1, m1_fields()).ok
    client.sync_status("ws_1")
    client.sync_status("ws_1")
    again = client.save_shop_connection("ws_1", MagentoMajor.M1, m1_fields())
    assert again.ok and again.value.state is SyncState.ACTIVE
    assert saves == ["ws_1"]


def test_wrong_password_is_invalid_credentials(client):
    answer = client.sign_in(EMAIL, Secret("wrong-one"))
    assert not answer.ok and answer.problem.kind is PortalFailure.INVALID_CREDENTIALS
    assert answer.problem.http_status == 401
    assert not client.signed_in


def test_calls_before_sign_in_send_nothing(portal, client):
    answer = client.list_workspaces()
    assert answer.problem.kind is PortalFailure.SIGNED_OUT
    assert portal.log == [] and client.requests_sent == 0


def test_an_expired_token_signs_the_client_out(portal, client):
    signed_in(client)
    portal.expire_tokens()
    answer = client.sync_status("ws_1")
    assert answer.problem.kind is PortalFailure.SIGNED_OUT
    assert "sign in again" in answer.problem.message
    assert not client.signed_in
    signed_in(client)
    assert client.sync_status("ws_1").ok


def test_foreign_and_unknown_workspaces(client):
    signed_in(client)
    assert client.license_key("ws_9").problem.kind is PortalFailure.FORBIDDEN
    unknown = client.license_key("ws_404/../ws_9")  # the id is one path segment, quoted
    assert unknown.problem.kind is PortalFailure.NOT_FOUND


def test_one_shop_cannot_be_saved_in_two_workspaces(client):
    signed_in(client)
    assert client.save_shop_connection("ws_1", MagentoMajor.M1, m1_fields()).ok
    second = client.save_shop_connection("ws_2", MagentoMajor.M1, m1_fields())
    assert second.problem.kind is PortalFailure.CONFLICT
    assert second.problem.http_status == 409
    assert "another workspace" in second.problem.message


def test_a_refused_value_names_its_field(client):
    signed_in(client)
    tokens = {k: Secret(v) for k, v in TOKENS.items()}
    tokens["access_token"] = Secret("short0token")
    fields = m2_connection_fields("https://shop2.example/", tokens)
    answer = client.save_shop_connection("ws_2", MagentoMajor.M2, fields)
    assert answer.problem.kind is PortalFailure.INVALID_FIELD
    assert answer.problem.field == "access_token"
    assert "32 characters" in answer.problem.message


def test_a_server_message_repeating_a_secret_is_replaced(portal, client):
    signed_in(client)
    portal.fail_next(422, "invalid_field", f"The key {API_KEY} is wrong.")
    answer = client.save_shop_connection("ws_1", MagentoMajor.M1, m1_fields())
    assert answer.problem.kind is PortalFailure.INVALID_FIELD
    assert API_KEY not in answer.problem.message
    assert answer.problem.message.startswith("The portal refused one of the values")


def test_rate_limit_carries_retry_after(portal, client):
    signed_in(client)
    portal.fail_next(429, "rate_limited", "Slow down.", retry_after=7)
    answer = client.list_workspaces()
    assert answer.problem.kind is PortalFailure.RATE_LIMITED
    assert answer.problem.retry_after == 7.0


def test_server_errors_and_html_pages(portal, client):
    signed_in(client)
    portal.fail_next(503, None, "down")
    assert client.list_workspaces().problem.kind is PortalFailure.SERVER_ERROR
    portal.html_next(200)
    assert client.list_workspaces().problem.kind is PortalFailure.NOT_AN_API
    portal.html_next(404)
    assert client.list_workspaces().problem.kind is PortalFailure.NOT_AN_API
    assert client.list_workspaces().ok


def test_a_plain_http_address_outside_loopback_is_refused_before_sending():
    with HttpPortalClient("http://portal.example.test/api/v1/") as c:
        answer = c.sign_in(EMAIL, Secret(PASSWORD))
        assert answer.problem.kind is PortalFailure.INSECURE_ADDRESS
        assert c.requests_sent == 0


def test_unreachable_portal():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with HttpPortalClient(f"http://127.0.0.1:{port}/api/v1/") as c:
        answer = c.sign_in(EMAIL, Secret(PASSWORD))
    assert answer.problem.kind is PortalFailure.UNREACHABLE
    assert answer.problem.net_failure is not None


def test_unknown_dns_name_is_unreachable():
    with HttpPortalClient("https://portal.nowhere.invalid/api/v1/") as c:
        answer = c.sign_in(EMAIL, Secret(PASSWORD))
    assert answer.problem.kind is PortalFailure.UNREACHABLE


def test_no_secret_shows_in_answers_or_reprs(portal, client):
    signed_in(client)
    key = client.license_key("ws_1")
    saved = client.save_shop_connection("ws_1", MagentoMajor.M1, m1_fields())
    bad = client.sign_in(EMAIL, Secret("nope-" + PASSWORD))
    token = next(iter(portal.tokens))
    text = " ".join(repr(x) for x in (client, key, saved, bad, key.value)) + str(key.value)
    for secret in (PASSWORD, LICENSE, API_KEY, token):
        assert secret not in text
