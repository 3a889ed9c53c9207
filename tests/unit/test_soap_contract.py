"""The SOAP path through zeep's public API, end to end against the loopback
Magento 1 shop: login, the cobby calls and their decoded ns2:Map rows,
resources, a fault, endSession. It is the gate for a zeep upgrade (the major
version is pinned in pyproject.toml): if zeep changes what the transport,
the binding or the client settings do, this fails before a merchant's shop
does. It also proves zeep never downloads anything itself."""

from __future__ import annotations

import importlib.metadata

import pytest
import zeep

from cobby_desktop.magento1 import M1Fault, M1Soap
from cobby_desktop.magento1.soap import HttpSessionTransport
from cobby_desktop.net.http import HttpPolicy, HttpSession
from tests.support.m1_simulator import ApiUser, M1Simulator

USER, KEY = "cobby_api", "Kx7pQ2mZr9TfW4bN"
FAST = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)


def test_the_installed_zeep_is_the_pinned_major_version():
    assert importlib.metadata.version("zeep").split(".")[0] == "4"


def test_the_transport_is_a_zeep_transport_set_up_by_zeep():
    with HttpSession(FAST) as http:
        transport = HttpSessionTransport(http)
        assert isinstance(transport, zeep.Transport)
        assert transport.http is http
        with pytest.raises(zeep.exceptions.ExternalReferenceForbidden):
            transport.load("https://schemas.example/other.xsd")
        assert http.requests_sent == 0


def test_the_whole_soap_session_against_the_shop():
    with M1Simulator({USER: ApiUser(KEY)}) as shop, HttpSession(FAST) as http:
        client = M1Soap(http, shop.url + "/api/soap/")
        with pytest.raises(M1Fault) as fault:
            client.login(USER, "not the key 123")
        assert fault.value.evidence.fault_code
        sid = client.login(USER, KEY)
        assert len(sid.reveal()) == 32
        assert client.binding_name and client.port_name  # found through Binding.all()
        rows = client.call(sid, "cobby_core_setup.export", [])
        assert rows[0]["license_key"] == "cobby license key"
        assert client.call(sid, "cobby_queue.getMaxQueueId") == 0
        assert client.resources(sid)[0]["name"] == "cobby_core_setup"
        assert client.end_session(sid) is True
        paths = {path for _, path in shop.requests}
    assert paths == {"/api/soap/?wsdl", "/api/soap/"}  # nothing else was fetched
