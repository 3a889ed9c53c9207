"""The Magento 1 path end to end against the loopback shop simulator."""

from __future__ import annotations

import html
import logging

from cobby_desktop import i18n
from cobby_desktop import magento_admin as admin
from cobby_desktop.domain.findings import localized
from cobby_desktop.domain.model import CredentialState, MagentoMajor
from cobby_desktop.magento1.keys import admin_like_user, validate_m1_key, weak_key
from cobby_desktop.services.setup_state import SUGGESTED_M1_USER
from cobby_desktop.ui.wizard.wizard import M1_ROLE, M1_USER, PORTAL, TEST
from tests.gui.wizard_steps import (
    LICENSE,
    enter_shop,
    inventory,
    make_wizard,
    new_workspace,
    run_again,
    stored_files_text,
    wait_for_test,
)
from tests.support.m1_simulator import ApiUser, M1Simulator


def _walk_to_test(qtbot, wizard, shop: M1Simulator) -> str:
    new_workspace(wizard)
    enter_shop(qtbot, wizard, shop.url)
    assert wizard.shop_page.m1.isChecked(), "Magento 1 was detected"
    assert i18n.translate("ShopUrlPage", "The cobby connector answers.") in (
        wizard.shop_page.detect_status.text()
    )
    assert wizard.currentId() == M1_ROLE
    assert html.escape(i18n.text(admin.M1_ROLES), quote=False) in wizard.m1_role_page.steps.text()
    # Both admin forms ask for the merchant's own password before saving.
    assert i18n.text(admin.M1_CURRENT_PASSWORD) in wizard.m1_role_page.steps.text()
    wizard.next()
    assert wizard.currentId() == M1_USER
    page = wizard.m1_user_page
    assert i18n.text(admin.M1_CURRENT_PASSWORD) in page.intro.text()
    assert page.user.text() == "cobby_api"
    key = page.key.text()
    assert len(key) >= 32 and not page.key_problem.isVisible()
    return key


def test_m1_success_saves_active_credential_and_shows_versions(qtbot, memory_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    with M1Simulator(users={}, cobby_version="2.4.1.1", magento_version="1.9.4.5") as shop:
        wizard = make_wizard(qtbot)
        key = _walk_to_test(qtbot, wizard, shop)
        shop.users["cobby_api"] = ApiUser(key)  # the merchant creates the user in the admin
        wizard.next()
        wait_for_test(qtbot, wizard)
        status = wizard.test_page.findings.facts.text()
        assert "1.9.4.5" in status and "2.4.1.1" in status
        assert wizard.state.saved_active
        with qtbot.waitSignal(wizard.currentIdChanged, timeout=2000):
            wizard.next()
        assert wizard.currentId() == PORTAL
        steps = wizard.portal_page.steps.text()
        settings = "In the menu on the left open Settings, then Manage shop."
        assert i18n.translate("Portal", settings) in steps
        assert i18n.translate(
            "Portal", "In the card Shop credentials click the lock button to unlock the fields."
        ) in steps
        assert "depending on" not in steps
        rows = wizard.portal_page.rows
        assert rows["api_user"].value == "cobby_api"
        assert rows["api_key"].value == key
        assert rows["shop_url"].value.startswith(shop.url)

    with inventory() as inv:
        (shop_row,) = inv.shops()
        assert shop_row.magento_major is MagentoMajor.M1
        assert shop_row.magento_version == "1.9.4.5"
        cred = inv.current_credential(shop_row.id)
        assert cred.state is CredentialState.ACTIVE and cred.api_user == "cobby_api"
        (ws,) = inv.workspaces()
        assert shop_row.workspace_id == ws.id
    stored = set(memory_keyring.entries.values())
    assert key in stored and LICENSE in stored
    blob = stored_files_text()
    assert key.encode() not in blob and LICENSE.encode() not in blob
    assert key not in caplog.text and LICENSE not in caplog.text


def test_m1_role_without_cobby_shows_fix_then_passes_after_correction(qtbot):
    with M1Simulator(users={}) as shop:
        wizard = make_wizard(qtbot)
        key = _walk_to_test(qtbot, wizard, shop)
        # The role was saved without ticking the cobby resource.
        shop.users["cobby_api"] = ApiUser(key, cobby_resource=False)
        wizard.next()
        wait_for_test(qtbot, wizard)
        page = wizard.test_page
        assert not page.report.ok and not wizard.state.saved_active
        assert not page.isComplete()
        shown = page.findings.shown_text()
        failure = next(f for f in page.report.findings if str(f.severity) == "failure")
        failure = localized(failure, i18n.text)  # as the page shows it
        assert failure.title in shown
        assert failure.fix and all(step in shown for step in failure.fix)
        assert page.again_button.isEnabled()

        shop.users["cobby_api"].cobby_resource = True  # the merchant ticks cobby
        run_again(qtbot, wizard)
        assert page.report.ok and wizard.state.saved_active and page.isComplete()
        assert wizard.state.secrets["api_key"].reveal() == key  # nothing typed was lost
    with inventory() as inv:
        assert len(inv.shops()) == 1
        assert inv.current_credential(inv.shops()[0].id).state is CredentialState.ACTIVE


def test_m1_existing_credentials_skip_creation_and_warn_about_admin_and_weak_key(qtbot):
    with M1Simulator(users={"admin": ApiUser("abc1234")}) as shop:
        wizard = make_wizard(qtbot)
        new_workspace(wizard)
        enter_shop(qtbot, wizard, shop.url, existing=True)
        assert wizard.currentId() == M1_USER  # the role and user pages are skipped
        page = wizard.m1_user_page
        assert page.key.text() == "" and not page.isComplete()
        page.user.setText("admin")
        assert i18n.explain(admin_like_user(SUGGESTED_M1_USER)) in page.user_problem.text()
        page.key.setText(" abc1234")
        assert page.key_problem.has_errors
        assert i18n.explain(validate_m1_key(" abc1234")[0]) in page.key_problem.text()
        assert not page.isComplete()
        page.key.setText("abc1234")
        assert i18n.explain(weak_key()) in page.key_problem.text()
        assert page.isComplete(), "warnings do not block"
        wizard.next()
        assert wizard.currentId() == TEST
        wait_for_test(qtbot, wizard)
        assert wizard.test_page.report.ok
