"""The portal step with a portal API address in Preferences: sign in, pick the
workspace, send the shop connection to the loopback portal (which plays
cobby's service and makes the M1 simulator answer the workspace's key), then
the usual proof from the shop's side. Without an address the section is absent.
The portal password and every secret stay out of the data folder and the log."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QGroupBox

from cobby_desktop import paths
from cobby_desktop.domain.proof import ProofState
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.domain.workspaces import create_workspace, workspace_license_key
from cobby_desktop.portal.client import _MESSAGES, PortalFailure
from cobby_desktop.portal.direct import KEY_MISMATCH
from cobby_desktop.results import PLACEHOLDER_LICENSE_KEY
from cobby_desktop.secret import Secret
from cobby_desktop.ui import settings as app_settings
from cobby_desktop.ui.wizard.state import WizardState
from cobby_desktop.ui.wizard.wizard import PORTAL, SetupWizard
from tests.gui.test_leak import scan_files
from tests.gui.window_support import job_draining
from tests.gui.wizard_steps import POLICY
from tests.support.m1_simulator import ApiUser, M1Simulator
from tests.support.portal_server import PortalServer

EMAIL = "jane@agency.test"
# Plain words: the log redaction's patterns cannot spot them, so the scan
# below proves the code never logs them rather than that redaction hid them.
PASSWORD = "blue sunflower meadow"
KEY = "WsKey-portal-api-0077"
OTHER_KEY = "WsKey-other-workspace-11"
API_USER, API_KEY = "cobby_api", "meadowlark7pebbles"

_drain_jobs = job_draining(2000)


@pytest.fixture
def shop():
    with M1Simulator(users={API_USER: ApiUser(API_KEY)}) as sim:
        yield sim


@pytest.fixture
def portal(shop):
    server = PortalServer(accounts={EMAIL: PASSWORD})
    server.add_workspace("ws_1", "Kaffeehaus Berg", OTHER_KEY, EMAIL)
    server.add_workspace("ws_2", "Main shop (portal name)", KEY, EMAIL)

    def cobby_connects(ws) -> None:
        # cobby's service writes the saved workspace's key into the shop a
        # little after the save, as the real one does.
        start = shop.probe_calls
        shop.license_schedule = lambda n: ws.license_key if n > start + 1 else (
            PLACEHOLDER_LICENSE_KEY
        )

    server.on_save = cobby_connects
    with server:
        yield server


def local_workspace(vault: Vault, name: str, key: str | None) -> int:
    with Inventory.open() as inv:
        return create_workspace(inv, vault, name, Secret(key) if key else None).id


def portal_wizard(qtbot, vault: Vault, shop: M1Simulator, workspace_id: int) -> SetupWizard:
    state = WizardState(
        workspace_id=workspace_id,
        url=shop.url + "/",
        magento=1,
        api_user=API_USER,
        secrets={"api_key": Secret(API_KEY)},
        saved_active=True,
    )
    wizard = SetupWizard(policy=POLICY, vault=vault, load=False)
    wizard.state = state
    wizard.setStartId(PORTAL)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == PORTAL
    page = wizard.portal_page
    page.proof.initial_delay, page.proof.max_delay = 0.05, 0.1
    if page.api is not None:
        page.api.sync_interval, page.api.sync_max_interval = 0.05, 0.1
    return wizard


def sign_in(qtbot, wizard: SetupWizard, password: str = PASSWORD) -> None:
    api = wizard.portal_page.api
    api.email.setText(EMAIL)
    api.password.setText(password)
    signal = api.signed_in if password == PASSWORD else api.problem_shown
    with qtbot.waitSignal(signal, timeout=5000):
        api.sign_in_button.click()
    assert api.password.text() == ""  # the password is not kept in the field


def leaked(caplog, secrets: list[str]) -> list[str]:
    hits = scan_files(paths.data_dir(), secrets)
    for record in caplog.records:
        text = record.getMessage() + repr(record.args) + str(record.exc_text or "")
        hits += [f"log: {s[:3]}…" for s in secrets if s in text]
    return hits


def test_sends_to_the_portal_then_proves_from_the_shop(
    qtbot, vault, shop, portal, app_logging, caplog
):
    caplog.set_level(logging.DEBUG)
    app_settings.set_portal_api_address(portal.url)
    ws_id = local_workspace(vault, "Berg Rösterei", KEY)
    wizard = portal_wizard(qtbot, vault, shop, ws_id)
    page = wizard.portal_page
    api = page.api
    assert api is not None and api.isVisible() and api.title() == "Send to the portal directly"
    assert page.rows and page.portal_button.isVisible()  # the guided step is still there
    assert api.sign_in_form.isVisible() and not api.workspace_form.isVisible()

    sign_in(qtbot, wizard)
    assert api.workspace_form.isVisible() and not api.sign_in_form.isVisible()
    # The names differ; the license key picks the portal workspace.
    assert [api.workspace.itemText(i) for i in range(api.workspace.count())] == [
        "Kaffeehaus Berg", "Main shop (portal name)"
    ]
    assert api.selected_workspace_id() == "ws_2"
    assert "license key is selected" in api.status.text()
    assert api.send_button.isEnabled()

    with qtbot.waitSignal(page.proof.finished, timeout=15000) as proved:
        api.send_button.click()
    assert proved.args[0].state is ProofState.CONNECTED
    assert page.proof.headline.text() == "cobby is connected to your shop."
    assert "reports that cobby is connected" in api.status.text()
    saved = portal.workspaces["ws_2"].connection
    assert saved == {
        "magento": 1, "shop_url": shop.url + "/", "api_user": API_USER, "api_key": API_KEY
    }
    assert portal.workspaces["ws_1"].connection is None
    assert portal.workspaces["ws_2"].status == "active"  # sync status was read until active
    assert ("PUT", "/api/v1/workspaces/ws_2/shop-connection", True) in portal.log
    assert shop.probe_calls >= 2  # the shop itself confirmed it

    tokens = list(portal.tokens)
    assert tokens
    wizard.reject()  # leaving forgets the portal session
    assert page.api is None
    assert not leaked(caplog, [PASSWORD, API_KEY, KEY, OTHER_KEY, *tokens])


def test_a_wrong_password_shows_the_clients_message(qtbot, vault, shop, portal, caplog):
    caplog.set_level(logging.DEBUG)
    app_settings.set_portal_api_address(portal.url)
    wizard = portal_wizard(qtbot, vault, shop, local_workspace(vault, "Berg", KEY))
    api = wizard.portal_page.api
    sign_in(qtbot, wizard, password="quiet harbour lantern")
    assert api.status.text() == _MESSAGES[PortalFailure.INVALID_CREDENTIALS]
    assert api.sign_in_form.isVisible() and not api.workspace_form.isVisible()
    assert not api.client.signed_in
    assert [m for m, p, _ in portal.log] == ["POST"]  # nothing after the refused sign-in
    assert not leaked(caplog, ["quiet harbour lantern"])


def test_another_workspaces_key_is_refused_before_saving(qtbot, vault, shop, portal):
    app_settings.set_portal_api_address(portal.url)
    wizard = portal_wizard(qtbot, vault, shop, local_workspace(vault, "Berg", KEY))
    api = wizard.portal_page.api
    sign_in(qtbot, wizard)
    api.workspace.setCurrentIndex(0)  # Kaffeehaus Berg: another key
    with qtbot.waitSignal(api.problem_shown, timeout=5000) as shown:
        api.send_button.click()
    assert shown.args == [KEY_MISMATCH] and api.status.text() == KEY_MISMATCH
    assert all(method != "PUT" for method, _, _ in portal.log)
    assert not wizard.portal_page.proof.running


def test_without_a_local_key_the_name_picks_and_the_portal_key_is_kept(
    qtbot, vault, shop, portal
):
    app_settings.set_portal_api_address(portal.url)
    ws_id = local_workspace(vault, "main shop (PORTAL name)", None)
    wizard = portal_wizard(qtbot, vault, shop, ws_id)
    page = wizard.portal_page
    sign_in(qtbot, wizard)
    assert page.api.selected_workspace_id() == "ws_2"
    assert "name is selected" in page.api.status.text()
    with qtbot.waitSignal(page.proof.finished, timeout=15000) as proved:
        page.api.send_button.click()
    assert proved.args[0].state is ProofState.CONNECTED
    with Inventory.open() as inv:
        space = inv.vault_space
    assert workspace_license_key(vault, ws_id, space) == Secret(KEY)


def test_without_an_address_the_portal_api_section_is_absent(qtbot, vault, shop):
    assert app_settings.portal_api_address() == ""
    wizard = portal_wizard(qtbot, vault, shop, local_workspace(vault, "Berg", KEY))
    page = wizard.portal_page
    assert page.api is None
    assert page.findChild(QGroupBox, "portalApi") is None
    assert page.rows and page.proof.start_button.isVisible()
