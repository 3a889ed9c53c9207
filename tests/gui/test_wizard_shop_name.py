"""The shop has a name: the wizard asks for it, prefilled from the address, so
two shops on one host are not two identical rows."""

from __future__ import annotations

import pytest

from cobby_desktop.domain.store import Inventory
from cobby_desktop.services.setup_state import WizardState, suggested_shop_name
from tests.gui.window_support import job_draining
from tests.gui.wizard_steps import make_wizard, new_workspace

_drain_jobs = job_draining(2000)


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.kaffeehaus.example/", "kaffeehaus.example"),
        ("http://127.0.0.1:8081/", "127.0.0.1:8081"),
        ("http://127.0.0.1:8082/", "127.0.0.1:8082"),
        ("https://shop.example/de/", "shop.example/de"),
        ("", ""),
    ],
)
def test_suggested_names_tell_shops_on_one_host_apart(url, name):
    assert suggested_shop_name(url) == name


def test_name_follows_the_address_until_typed_and_is_saved_as_the_label(qtbot):
    wizard = make_wizard(qtbot)
    new_workspace(wizard)
    page = wizard.shop_page
    page.url.setText("http://127.0.0.1:9/")
    assert page.name.text() == "127.0.0.1:9"
    page.name.clear()
    qtbot.keyClicks(page.name, "Kaffee test shop")
    page.url.setText("http://127.0.0.1:10/")
    assert page.name.text() == "Kaffee test shop", "a typed name is kept"
    page.m1.setChecked(True)
    page.store(wizard.state)
    assert wizard.state.shop_name == "Kaffee test shop"
    wizard.save_draft()
    qtbot.waitUntil(lambda: wizard.state.shop_id is not None, timeout=5000)
    with Inventory.open() as inv:
        assert inv.shop(wizard.state.shop_id).label == "Kaffee test shop"
    wizard.close()


def test_a_resumed_draft_keeps_its_name(qtbot):
    wizard = make_wizard(qtbot)
    wizard.state = WizardState(url="http://127.0.0.1:9/", shop_name="Berg", magento=1)
    wizard.shop_page.load(wizard.state)
    assert wizard.shop_page.name.text() == "Berg"
    wizard.shop_page.url.setText("http://127.0.0.1:11/")
    assert wizard.shop_page.name.text() == "Berg"
    wizard.close()
