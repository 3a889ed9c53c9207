"""The three Magento 1 clients on their own, and the simulator's wire facts."""

from __future__ import annotations

import json

import httpx
import pytest
import requests

from cobby_desktop.magento1 import M1Fault, M1JsonRpc, M1Soap, M1TransportProblem, M1XmlRpc
from cobby_desktop.net.http import HttpPolicy, HttpSession
from tests.support.m1_simulator import ApiUser, M1Simulator

USER, KEY = "cobby_api", "Kx7pQ2mZr9TfW4bN"
FAST = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)


@pytest.fixture
def sim():
    with M1Simulator({USER: ApiUser(KEY)}) as shop:
        yield shop


def test_jsonrpc_client_alone(sim):
    with HttpSession(FAST) as http:
        client = M1JsonRpc(http, sim.url + "/api/cobby/json")
        sid = client.login(USER, KEY)
        assert len(sid.reveal()) == 32 and sid.reveal() not in repr(sid)
        rows = client.call(sid, "cobby_core_setup.export", [])
        assert rows[0]["license_key"] == "cobby license key"
        assert client.call(sid, "cobby_queue.getMaxQueueId") == 0
        assert client.end_session(sid) is True


def test_clients_refuse_writing_methods_without_sending(sim):
    with HttpSession(FAST) as http:
        for client in (
            M1JsonRpc(http, sim.url + "/api/cobby/json"),
            M1XmlRpc(http, sim.url + "/api/xmlrpc/"),
            M1Soap(http, sim.url + "/api/soap/"),
        ):
            with pytest.raises(PermissionError):
                client.call("0" * 32, "cobby_core_setup.import", [{"license_key": "x"}])
        assert http.requests_sent == 0
    assert sim.requests == []


def test_long_session_ids_are_accepted():
    with M1Simulator({USER: ApiUser(KEY)}, session_id_length=64) as shop:
        with HttpSession(FAST) as http:
            client = M1XmlRpc(http, shop.url + "/api/xmlrpc/")
            sid = client.login(USER, KEY)
            assert len(sid.reveal()) == 64
            assert client.resources(sid)[0]["name"] == "cobby_core_setup"
            assert client.end_session(sid) is True


def test_xmlrpc_faults_keep_their_code(sim):
    with HttpSession(FAST) as http:
        client = M1XmlRpc(http, sim.url + "/api/xmlrpc/")
        with pytest.raises(M1Fault) as caught:
            client.login(USER, "Wr0ngKeyWr0ngKey")
        assert caught.value.magento_code == 2
        assert caught.value.evidence.fault_text == "Access denied."
        with pytest.raises(M1Fault) as expired:
            client.call("f" * 32, "cobby_core_setup.export")
        assert expired.value.magento_code == 5


def test_xmlrpc_refuses_entities():
    hostile = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
        b"<methodResponse><params><param><value><string>&a;</string></value></param>"
        b"</params></methodResponse>"
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=hostile, headers={"Content-Type": "text/xml"})

    with HttpSession(FAST, transport=httpx.MockTransport(handler)) as http:
        with pytest.raises(M1TransportProblem) as caught:
            M1XmlRpc(http, "http://127.0.0.1:9/api/xmlrpc/").login(USER, KEY)
    assert "refused" in caught.value.evidence.note


@pytest.mark.parametrize(
    ("name", "binding"),
    [
        ("Magento", "{urn:Magento}Mage_Api_Model_Server_HandlerBinding"),
        ("OpenMage", "{urn:OpenMage}OpenMage_Api_V1_HandlerBinding"),
    ],
)
def test_soap_reads_namespace_and_binding_from_the_wsdl(name, binding, monkeypatch):
    # Any attempt to download through requests (zeep's default) fails the test.
    def no_requests(*args, **kwargs):
        raise AssertionError(f"zeep tried to download {args[1:2]}")

    monkeypatch.setattr(requests.Session, "request", no_requests)
    sent: list[str] = []
    with M1Simulator({USER: ApiUser(KEY)}, wsdl_name=name) as shop:
        with HttpSession(FAST, on_request=lambda method, url: sent.append(url)) as http:
            client = M1Soap(http, shop.url + "/api/soap/")
            sid = client.login(USER, KEY)
            assert client.namespace == f"urn:{name}"
            assert client.binding_name == binding
            rows = client.call(sid, "cobby_core_setup.export")
            assert rows[0]["cobby_version"] == "2.4.1.1"
            assert rows[0]["cobby_active"] is True
            assert client.resources(sid)[0]["name"] == "cobby_core_setup"
            assert client.end_session(sid) is True
    # The WSDL's soap:address (wrong-host.invalid) was overridden; nothing else fetched.
    assert all(url.startswith(shop.url) for url in sent)
    assert not any("schemas.xmlsoap.org" in url for url in sent)
    assert shop.requests[0] == ("GET", "/api/soap/?wsdl")
    assert shop.requests.count(("GET", "/api/soap/?wsdl")) == 1
    assert shop.calls == ["login", "cobby_core_setup.export", "resources", "endSession"]


def test_soap_faults(sim):
    with HttpSession(FAST) as http:
        client = M1Soap(http, sim.url + "/api/soap/")
        with pytest.raises(M1Fault) as caught:
            client.login(USER, "Wr0ngKeyWr0ngKey")
    assert caught.value.magento_code == 2
    assert caught.value.evidence.fault_code == "2"
    assert caught.value.evidence.fault_text == "Access denied."


def test_soap_extension_missing():
    with M1Simulator({USER: ApiUser(KEY)}, soap_extension=False) as shop:
        with HttpSession(FAST) as http:
            with pytest.raises(M1TransportProblem) as caught:
                M1Soap(http, shop.url + "/api/soap/").login(USER, KEY)
    evidence = caught.value.evidence
    assert evidence.note == "soap_extension_missing"
    assert (evidence.http_status, evidence.fault_code) == (500, "0")


def test_simulator_jsonrpc_wire_facts(sim):
    endpoint = sim.url + "/api/cobby/json"
    with httpx.Client(timeout=2) as http:
        reply = http.post(endpoint, json={"method": "login", "params": [USER, KEY], "id": 7})
        assert reply.headers.get_list("content-type") == [
            "application/json",
            "application/json; charset=UTF-8",
        ]
        answer = reply.json()
        assert answer["id"] == "7"
        sid = answer["result"]
        named = http.post(
            endpoint,
            json={"method": "login", "params": {"username": USER, "apiKey": "nope"}, "id": 1},
        ).json()
        assert named["error"] == {"code": -32000, "message": "Access denied.", "data": {}}
        empty = http.post(endpoint, json={"method": "login", "params": ["", ""], "id": 2}).json()
        assert empty["error"]["message"].startswith("Required parameter is missing")
        note = http.post(endpoint, json={"method": "endSession", "params": [sid]})
        assert (note.status_code, note.content) == (200, b"")
        broken = http.post(
            endpoint, content=b"{not json", headers={"Content-Type": "application/json"}
        )
        assert broken.status_code == 503 and broken.headers["content-type"].startswith("text/html")
        unknown = http.post(endpoint, json={"method": "nope", "params": [], "id": 3}).json()
        assert unknown["error"]["code"] == -32601
        invalid = json.loads(http.post(endpoint, json=[1]).content)
        assert invalid == {
            "error": {"code": -32600, "message": "Invalid Request", "data": None},
            "id": None,
        }
