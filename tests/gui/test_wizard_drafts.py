"""Closing the wizard keeps a draft; resuming it loses nothing typed."""

from __future__ import annotations

from cobby_desktop.domain.model import CredentialState
from cobby_desktop.ui.wizard.wizard import M1_USER, M2_TOKENS, SHOP, TEST, WORKSPACE
from tests.gui.wizard_steps import (
    LICENSE,
    enter_shop,
    inventory,
    make_wizard,
    new_workspace,
    stored_files_text,
    wait_for_test,
)
from tests.support.m1_simulator import ApiUser, M1Simulator
from tests.support.m2_simulator import M2Simulator


def _close(qtbot, wizard):
    with qtbot.waitSignal(wizard.draft_saved, timeout=5000) as blocker:
        wizard.reject()
    outcome = blocker.args[0]
    assert not outcome.error
    return outcome.state


def test_m1_draft_is_kept_and_resumed_to_an_active_credential(qtbot, memory_keyring):
    with M1Simulator(users={}) as shop:
        wizard = make_wizard(qtbot)
        new_workspace(wizard)
        enter_shop(qtbot, wizard, shop.url)
        wizard.next()
        assert wizard.currentId() == M1_USER
        wizard.m1_user_page.user.setText("cobby_shop1")
        key = wizard.m1_user_page.key.text()
        saved = _close(qtbot, wizard)

        with inventory() as inv:
            (shop_row,) = inv.shops()
            cred = inv.current_credential(shop_row.id)
            assert cred.state is CredentialState.DRAFT and cred.api_user == "cobby_shop1"
            assert saved.shop_id == shop_row.id
        assert key in memory_keyring.entries.values()
        assert LICENSE in memory_keyring.entries.values()
        assert key.encode() not in stored_files_text()

        resumed = make_wizard(qtbot, draft_shop_id=saved.shop_id)
        assert resumed.currentId() == WORKSPACE
        ws_page = resumed.workspace_page
        assert ws_page.use_existing.isChecked()
        assert ws_page.existing.currentData() == saved.workspace_id
        resumed.next()
        assert resumed.currentId() == SHOP
        assert resumed.shop_page.url.text() == saved.url
        assert resumed.shop_page.existing.isChecked(), "a draft with values skips creation"
        resumed.next()
        assert resumed.currentId() == M1_USER
        assert resumed.m1_user_page.user.text() == "cobby_shop1"
        assert resumed.m1_user_page.key.text() == key
        shop.users["cobby_shop1"] = ApiUser(key)
        resumed.next()
        assert resumed.currentId() == TEST
        wait_for_test(qtbot, resumed)
        assert resumed.test_page.report.ok

    with inventory() as inv:
        (shop_row,) = inv.shops()
        (cred,) = inv.credentials(shop_row.id)
        assert shop_row.id == saved.shop_id and cred.id == saved.credential_id
        assert cred.state is CredentialState.ACTIVE
        assert len(inv.workspaces()) == 1


def test_m2_half_typed_draft_keeps_the_typed_values_only(qtbot, memory_keyring):
    with M2Simulator() as shop:
        wizard = make_wizard(qtbot)
        new_workspace(wizard)
        enter_shop(qtbot, wizard, shop.url, existing=True)
        assert wizard.currentId() == M2_TOKENS
        page = wizard.m2_tokens_page
        page.fields["consumer_key"].setText(shop.values["consumer_key"])
        page.fields["access_token"].setText(shop.values["access_token"])
        saved = _close(qtbot, wizard)

        stored = set(memory_keyring.entries.values())
        assert shop.values["consumer_key"] in stored and shop.values["access_token"] in stored
        assert shop.values["consumer_secret"] not in stored

        resumed = make_wizard(qtbot, draft_shop_id=saved.shop_id)
        resumed.next()
        resumed.next()
        assert resumed.currentId() == M2_TOKENS
        fields = resumed.m2_tokens_page.fields
        assert fields["consumer_key"].text() == shop.values["consumer_key"]
        assert fields["access_token"].text() == shop.values["access_token"]
        assert fields["consumer_secret"].text() == ""
        assert not resumed.m2_tokens_page.isComplete()


def test_closing_before_anything_typed_saves_nothing(qtbot):
    wizard = make_wizard(qtbot)
    wizard.reject()
    with inventory() as inv:
        assert inv.shops() == [] and inv.workspaces() == []
