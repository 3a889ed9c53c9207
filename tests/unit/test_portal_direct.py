"""The portal step's API flow (portal/direct.py) against the loopback portal:
the bounded wait for the sync status, its end states, cancel, and the
client's sentences for refusals."""

from __future__ import annotations

import threading

import pytest

from cobby_desktop.domain.model import MagentoMajor
from cobby_desktop.portal.client import HttpPortalClient, SyncState
from cobby_desktop.portal.connection_fields import m1_connection_fields
from cobby_desktop.portal.direct import CANCELLED, send_connection, sign_in_and_find
from cobby_desktop.secret import Secret
from tests.support.portal_server import PortalServer

EMAIL, PASSWORD = "jane@agency.test", "pw-direct-1"
KEY = "lic-direct-4711"
FIELDS = m1_connection_fields("https://www.shop.example/", "cobby_api", Secret("cobbyKey4711x"))


@pytest.fixture
def portal():
    server = PortalServer(accounts={EMAIL: PASSWORD}, activate_after=1000)
    server.add_workspace("ws_1", "Shop DE", KEY, EMAIL)
    server.add_workspace("ws_2", "Shop AT", "lic-other-1", EMAIL)
    with server:
        yield server


@pytest.fixture
def client(portal):
    with HttpPortalClient(portal.url) as c:
        assert c.sign_in(EMAIL, Secret(PASSWORD)).ok
        yield c


def send(client, **kw):
    kw.setdefault("local_key", Secret(KEY))
    kw.setdefault("interval", 0.02)
    kw.setdefault("max_interval", 0.05)
    return send_connection(client, "ws_1", MagentoMajor.M1, FIELDS, **kw)


def test_a_status_that_stays_pending_ends_the_wait_at_the_timeout(client, portal):
    reads: list[int] = []
    outcome = send(client, timeout=0.3, on_status=reads.append)
    assert outcome.problem is None and outcome.state is SyncState.PENDING
    assert reads == list(range(1, outcome.status_reads + 1)) and outcome.status_reads >= 1
    assert sum(1 for m, p, _ in portal.log if p.endswith("sync-status")) == outcome.status_reads
    assert outcome.license_key == Secret(KEY)


def test_the_wait_ends_as_soon_as_the_portal_says_active(client, portal):
    portal.activate_after = 2
    outcome = send(client, timeout=30)
    assert outcome.state is SyncState.ACTIVE and outcome.status_reads == 2


def test_an_error_status_ends_the_wait_with_the_portals_words(client, portal):
    def fails(ws) -> None:
        ws.status = "error"

    portal.on_save = fails
    outcome = send(client, timeout=30)
    assert outcome.problem is None and outcome.state is SyncState.ERROR
    assert outcome.status_reads == 0


def test_cancel_during_the_wait_sends_no_status_read(client, portal):
    cancel = threading.Event()
    cancel.set()
    outcome = send(client, cancel=cancel, timeout=30, interval=5)
    assert outcome.problem == CANCELLED
    assert not any(p.endswith("sync-status") for _, p, _ in portal.log)


def test_a_shop_of_another_workspace_shows_the_conflict_sentence(client, portal):
    portal.workspaces["ws_2"].connection = {"shop_url": "https://www.shop.example/"}
    outcome = send(client, timeout=1)
    assert outcome.problem is not None and "another workspace" in outcome.problem
    assert outcome.state is None


def test_without_a_local_key_the_portal_key_is_handed_to_store_key(client):
    kept: list[Secret] = []
    outcome = send(client, local_key=None, store_key=lambda k: kept.append(k), timeout=0.05)
    assert kept == [Secret(KEY)] and outcome.problem is None
    refused = send(client, local_key=None, store_key=lambda k: "The keychain is locked.")
    assert refused.problem == "The keychain is locked."


def test_sign_in_prefers_the_key_over_the_name(portal):
    portal.add_workspace("ws_3", "Berg", "lic-berg-3", EMAIL)
    with HttpPortalClient(portal.url) as c:
        by_key = sign_in_and_find(c, EMAIL, Secret(PASSWORD), local_name="Berg",
                                  local_key=Secret(KEY))
        assert (by_key.preselect, by_key.matched_by) == (0, "key")
        by_name = sign_in_and_find(c, EMAIL, Secret(PASSWORD), local_name="berg")
        assert (by_name.preselect, by_name.matched_by) == (2, "name")
        none = sign_in_and_find(c, EMAIL, Secret(PASSWORD), local_name="Elsewhere",
                                local_key=Secret("lic-unknown"))
        assert (none.preselect, none.matched_by) == (-1, "")
        wrong = sign_in_and_find(c, EMAIL, Secret("nope"))
        assert wrong.problem is not None and "did not accept" in wrong.problem
