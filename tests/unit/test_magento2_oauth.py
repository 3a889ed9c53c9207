"""OAuth 1.0a signing (oauthlib) verified by the simulator (authlib), query strings included."""

from __future__ import annotations

import time

from oauthlib.oauth1 import SIGNATURE_HMAC_SHA1, SIGNATURE_TYPE_AUTH_HEADER, Client

from cobby_desktop.magento2 import M2Client, oauth_headers, signable_url
from cobby_desktop.net.http import HttpPolicy, HttpSession
from tests.support.m2_simulator import M2Simulator

POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)


def test_signable_url_encodes_brackets_in_the_query():
    assert (
        signable_url("https://shop.test/rest/V1/products?searchCriteria[pageSize]=1")
        == "https://shop.test/rest/V1/products?searchCriteria%5BpageSize%5D=1"
    )
    assert signable_url("https://shop.test") == "https://shop.test/"


def test_parameters_only_in_the_authorization_header():
    with M2Simulator() as sim:
        url, headers = oauth_headers("GET", sim.url + "/rest/V1/cobby/setup?a=1", sim.tokens)
        assert "oauth_" not in url
        assert set(headers) == {"Authorization"}
        auth = headers["Authorization"]
        assert auth.startswith("OAuth ")
        assert 'oauth_signature_method="HMAC-SHA256"' in auth
        assert 'oauth_version="1.0"' in auth


def test_signed_query_with_brackets_is_accepted():
    with M2Simulator() as sim, HttpSession(POLICY) as session:
        client = M2Client(session, sim.url + "/rest", sim.tokens)
        answer = client.get_json("/V1/directory/currency?searchCriteria[pageSize]=1&b=x%20y")
        assert answer.status == 200, answer.message
        assert sim.requests[-1].path == (
            "/rest/V1/directory/currency?searchCriteria%5BpageSize%5D=1&b=x%20y"
        )
        # The route needs the cobby resource and checks the signature first.
        answer = client.get_json("/V1/cobby/setup?searchCriteria[filterGroups][0]=x")
        assert answer.status == 200, answer.message


def test_query_changed_after_signing_is_rejected():
    with M2Simulator() as sim, HttpSession(POLICY) as session:
        base = sim.url + "/rest/V1/cobby/setup"
        _, headers = oauth_headers("GET", base + "?searchCriteria[pageSize]=1", sim.tokens)
        reply = session.get(base + "?searchCriteria%5BpageSize%5D=2", headers=headers)
        assert reply.status == 401
        assert b"The signature is invalid" in reply.body


def test_reused_nonce_is_rejected_even_after_a_failed_request():
    with M2Simulator() as sim, HttpSession(POLICY) as session:
        url = sim.url + "/rest/V1/cobby/setup"
        _, first = oauth_headers("GET", url, sim.tokens, nonce="fixednonce1", mis_sign=True)
        assert session.get(url, headers=first).status == 401
        _, again = oauth_headers("GET", url, sim.tokens, nonce="fixednonce1")
        reply = session.get(url, headers=again)
        assert reply.status == 401
        assert b"The nonce is already being used by the consumer with ID %1" in reply.body
        _, fresh = oauth_headers("GET", url, sim.tokens)
        assert session.get(url, headers=fresh).status == 200


def test_timestamp_far_in_the_future_is_rejected():
    with M2Simulator() as sim, HttpSession(POLICY) as session:
        url = sim.url + "/rest/V1/cobby/setup"
        _, soon = oauth_headers("GET", url, sim.tokens, timestamp=int(time.time()) + 500)
        assert session.get(url, headers=soon).status == 200
        _, late = oauth_headers("GET", url, sim.tokens, timestamp=int(time.time()) + 700)
        reply = session.get(url, headers=late)
        assert reply.status == 401
        assert reply.body == b'{"message":"An error occurred validating the nonce"}'


def test_hmac_sha1_is_rejected_like_magento_2_4_4():
    with M2Simulator() as sim, HttpSession(POLICY) as session:
        values = sim.values
        client = Client(
            values["consumer_key"],
            client_secret=values["consumer_secret"],
            resource_owner_key=values["access_token"],
            resource_owner_secret=values["access_token_secret"],
            signature_method=SIGNATURE_HMAC_SHA1,
            signature_type=SIGNATURE_TYPE_AUTH_HEADER,
        )
        url, headers, _ = client.sign(sim.url + "/rest/V1/cobby/setup")
        reply = session.get(url, headers=headers)
        assert reply.status == 400
        assert reply.headers["content-type"].startswith("application/json")
        assert b'"message":"Signature method %1 is not supported"' in reply.body
        assert b"HMAC-SHA1" in reply.body


def test_signature_covers_host_and_port():
    with M2Simulator() as sim, HttpSession(POLICY) as session:
        url = sim.url + "/rest/V1/cobby/setup"
        other = url.replace("127.0.0.1", "localhost")
        _, headers = oauth_headers("GET", other, sim.tokens)
        reply = session.get(url, headers=headers)
        assert reply.status == 401
        assert b"The signature is invalid" in reply.body
