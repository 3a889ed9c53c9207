"""The admin address is stored cleaned: a login in it is refused where it is
typed (wizard shop page, shop dialog) and where it is saved; Magento's secret
key, a query and a fragment are dropped. Nothing of them reaches any file in
the app's folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cobby_desktop import i18n
from cobby_desktop.domain.admin_url import clean_admin_url
from cobby_desktop.domain.model import MagentoMajor, Shop
from cobby_desktop.domain.store import Inventory
from cobby_desktop.services import setup
from cobby_desktop.services.setup_state import WizardState, admin_page
from cobby_desktop.ui.shop_dialog import apply_shop_edits
from cobby_desktop.ui.wizard.wizard import SHOP, SetupWizard
from tests.gui.window_support import job_draining, open_window
from tests.support.said import shown

_drain_jobs = job_draining(2000)

PASSWORD = "AdminPw99zz"
KEY_HASH = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
TOKEN = "QueryTok4711"
WITH_LOGIN = f"https://admin:{PASSWORD}@shop.test/admin/"
WITH_KEY = f"https://shop.test/admin/admin/dashboard/index/key/{KEY_HASH}/?token={TOKEN}#top"


def home_files() -> bytes:
    """Every file under COBBY_DESKTOP_HOME (inventory, WAL, settings, logs)."""
    blob = b""
    for path in Path(os.environ["COBBY_DESKTOP_HOME"]).rglob("*"):
        if path.is_file():
            blob += path.read_bytes()
    return blob


def assert_nothing_leaked() -> None:
    blob = home_files()
    for value in (PASSWORD, KEY_HASH, TOKEN):
        assert value.encode() not in blob


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("", ""),
        ("  shop.test/admin  ", "https://shop.test/admin"),
        (WITH_KEY, "https://shop.test/admin/admin/dashboard/index/"),
        (
            f"https://Shop.test:8443/index.php/admin/dashboard/index/key/{KEY_HASH}",
            "https://shop.test:8443/index.php/admin/dashboard/index/",
        ),
        (
            f"https://shop.test/admin/catalog/product/edit/id/5/key/{KEY_HASH}/back/edit/",
            "https://shop.test/admin/catalog/product/edit/id/5/back/edit/",
        ),
        ("https://shop.test/admin?SID=abc", "https://shop.test/admin/"),
    ],
)
def test_cleaning(given: str, kept: str) -> None:
    result = clean_admin_url(given)
    assert result.problem is None and result.url == kept


@pytest.mark.parametrize(
    "given",
    [WITH_LOGIN, f"https://{PASSWORD}@shop.test/admin", "ftp://shop.test/admin", "shop test/admin"],
)
def test_refused(given: str) -> None:
    result = clean_admin_url(given)
    assert result.problem and result.url == ""
    assert PASSWORD not in result.problem


def test_the_cleaned_address_still_opens_the_admin_pages() -> None:
    kept = clean_admin_url(WITH_KEY).url
    assert admin_page(kept, 2, "integration") == "https://shop.test/admin/admin/integration/new/"


def test_the_shop_page_refuses_a_login_and_the_draft_keeps_none(qtbot, vault) -> None:
    wizard = SetupWizard(open_inventory=Inventory.open, vault=vault, load=False)
    qtbot.addWidget(wizard)
    wizard.state = WizardState(new_workspace_name="Demo")
    wizard.set_choices(setup.Choices())
    wizard.setStartId(SHOP)
    wizard.show()
    page = wizard.shop_page
    page._detected_for = "https://shop.test"  # no detection against the network
    page.url.blockSignals(True)
    page.url.setText("https://shop.test/")
    page.url.blockSignals(False)
    page.m2.setChecked(True)
    page.admin.setText(WITH_LOGIN)
    assert not page.isComplete()
    assert page.admin_note.isVisible()
    assert page.admin_note.text() == i18n.explain(clean_admin_url(WITH_LOGIN))
    assert clean_admin_url(WITH_LOGIN).said.code == "admin_url.login"
    assert PASSWORD not in page.admin_note.text()
    page.admin.setText(WITH_KEY)
    assert page.isComplete() and KEY_HASH not in page.admin_note.text()
    page.admin.setText(WITH_LOGIN)
    with qtbot.waitSignal(wizard.draft_saved, timeout=5000) as blocker:
        wizard.reject()  # the merchant closes it with the login still typed
    assert not blocker.args[0].error
    with Inventory.open() as inv:
        (shop,) = inv.shops()
        assert shop.admin_url is None and shop.base_url == "https://shop.test"
    assert_nothing_leaked()


def test_saving_refuses_a_login_and_stores_the_address_without_key(vault) -> None:
    state = WizardState(url="https://shop.test", magento=2, api_user="cobby", admin_url=WITH_LOGIN)
    outcome = setup.save(Inventory.open, vault, state)
    assert outcome.said is not None and outcome.said.code == "admin_url.login"
    assert PASSWORD not in outcome.error
    with Inventory.open() as inv:
        assert inv.shops() == []
    state.admin_url = WITH_KEY
    assert not setup.save(Inventory.open, vault, state).error
    with Inventory.open() as inv:
        (shop,) = inv.shops()
    assert shop.admin_url == "https://shop.test/admin/admin/dashboard/index/"
    assert_nothing_leaked()


def test_the_shop_dialog_refuses_a_login_and_drops_the_key(qtbot, vault) -> None:
    shop = Shop(base_url="https://shop.test", magento_major=MagentoMajor.M2, label="Shop")
    edited, problem = apply_shop_edits(
        shop, label="New", url="https://shop.test", admin_url=WITH_LOGIN,
        store_code="", drop_pin=False,
    )
    assert edited is None and problem == shown("admin_url.login") and shop.label == "Shop"

    with Inventory.open() as inv:
        stored = inv.add_shop(shop)
    window = open_window(qtbot, vault)
    dialog = window.launcher.edit_shop(stored.id)
    qtbot.waitUntil(lambda: dialog.shop is not None, timeout=3000)
    dialog.admin_edit.setText(WITH_LOGIN)
    dialog._save()
    assert dialog.problem.isVisible() and PASSWORD not in dialog.problem.text()
    dialog.admin_edit.setText(WITH_KEY)
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        dialog._save()
    with Inventory.open() as inv:
        assert inv.shop(stored.id).admin_url == "https://shop.test/admin/admin/dashboard/index/"
    assert_nothing_leaked()
