"""The Magento 2 path end to end against the loopback REST simulator."""

from __future__ import annotations

import html

from cobby_desktop import i18n
from cobby_desktop import magento_admin as admin
from cobby_desktop.domain.findings import localized
from cobby_desktop.domain.model import CredentialState, MagentoMajor
from cobby_desktop.ui.wizard.wizard import M2_INTEGRATION, M2_TOKENS, PORTAL, TEST
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
from tests.support.m2_simulator import M2Simulator

FIELDS = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")


def _panel(values: dict[str, str]) -> str:
    # As copied from Magento's "Integration Tokens for Extensions" panel.
    return (
        f"Consumer Key\t{values['consumer_key']}\n"
        f"Consumer Secret\t{values['consumer_secret']}\n"
        f"Access Token\t{values['access_token']}\n"
        f"Access Token Secret\t{values['access_token_secret']}\n"
    )


def _walk_to_tokens(qtbot, wizard, shop: M2Simulator) -> None:
    new_workspace(wizard)
    enter_shop(qtbot, wizard, shop.url)
    assert wizard.shop_page.m2.isChecked(), "Magento 2 was detected"
    assert wizard.currentId() == M2_INTEGRATION
    steps = wizard.m2_integration_page.steps.text()
    assert html.escape(i18n.text(admin.M2_INTEGRATIONS), quote=False) in steps
    assert i18n.text(admin.M2_ALLOW) in steps
    wizard.next()
    assert wizard.currentId() == M2_TOKENS


def test_m2_one_paste_fills_four_fields_and_the_test_passes(qtbot, memory_keyring):
    with M2Simulator(cobby_version="3.2.1") as shop:
        wizard = make_wizard(qtbot)
        _walk_to_tokens(qtbot, wizard, shop)
        page = wizard.m2_tokens_page
        assert not page.isComplete()
        page.paste.setPlainText(_panel(shop.values))
        assert {n: page.fields[n].text() for n in FIELDS} == shop.values
        filled = i18n.translate("M2TokensPage", "Filled in: %1.").split("%1")[0]
        assert page.paste_result.text().startswith(filled)
        assert page.isComplete()
        wizard.next()
        wait_for_test(qtbot, wizard)
        status = wizard.test_page.findings.facts.text()
        assert wizard.test_page.report.ok, wizard.test_page.findings.shown_text()
        assert "3.2.1" in status and "Magento 2.4" in status
        wizard.next()
        assert wizard.currentId() == PORTAL
        rows = wizard.portal_page.rows
        assert all(rows[n].value == shop.values[n] for n in FIELDS)
        assert all(rows[n].field.echoMode() != rows[n].field.EchoMode.Normal for n in FIELDS)

    with inventory() as inv:
        (shop_row,) = inv.shops()
        assert shop_row.magento_major is MagentoMajor.M2
        cred = inv.current_credential(shop_row.id)
        assert cred.state is CredentialState.ACTIVE and cred.api_user == "cobby"
    stored = set(memory_keyring.entries.values())
    assert set(shop.values.values()) <= stored and LICENSE in stored
    blob = stored_files_text()
    assert not any(v.encode() in blob for v in shop.values.values())


def test_m2_fields_name_the_wrong_field_as_you_type(qtbot):
    with M2Simulator() as shop:
        wizard = make_wizard(qtbot)
        _walk_to_tokens(qtbot, wizard, shop)
        page = wizard.m2_tokens_page
        values = shop.values
        page.fields["consumer_key"].setText(values["consumer_key"][:-1])
        assert "Consumer Key" in page.problems["consumer_key"].text()
        assert "31" in page.problems["consumer_key"].text()
        page.fields["consumer_key"].setText(values["consumer_key"])
        assert not page.problems["consumer_key"].isVisible()
        page.fields["consumer_secret"].setText(values["consumer_secret"] + " ")
        assert "Consumer Secret" in page.problems["consumer_secret"].text()
        page.fields["consumer_secret"].setText(values["consumer_secret"])
        page.fields["access_token"].setText(values["access_token"])
        page.fields["access_token_secret"].setText(values["access_token"])  # pasted twice
        assert page.cross_problem.has_errors
        assert "Access Token Secret" in page.cross_problem.text()
        assert not page.isComplete()
        page.fields["access_token_secret"].setText(values["access_token_secret"])
        assert page.isComplete()


def test_m2_integration_without_cobby_shows_fix_then_passes(qtbot):
    with M2Simulator(cobby_resource=False) as shop:
        wizard = make_wizard(qtbot)
        _walk_to_tokens(qtbot, wizard, shop)
        wizard.m2_tokens_page.paste.setPlainText(_panel(shop.values))
        wizard.next()
        assert wizard.currentId() == TEST
        wait_for_test(qtbot, wizard)
        page = wizard.test_page
        assert not page.report.ok and not page.isComplete()
        shown = page.findings.shown_text()
        failure = next(f for f in page.report.findings if str(f.severity) == "failure")
        failure = localized(failure, i18n.text)  # as the page shows it
        assert failure.title in shown and all(step in shown for step in failure.fix)
        assert any("cobby" in step for step in failure.fix)

        shop.cobby_resource = True  # the merchant ticks cobby in the API tab
        run_again(qtbot, wizard)
        assert page.report.ok and wizard.state.saved_active
        assert {n: wizard.state.secrets[n].reveal() for n in FIELDS} == shop.values
