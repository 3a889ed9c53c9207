"""Words a merchant knows: one name for the shop plugin, technical details
under "Details", test outcomes as badges in the activity log, and plurals
that agree ("1 character")."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

import cobby_desktop
from cobby_desktop import i18n
from cobby_desktop.domain.findings import CATALOGUE, localized, make_finding
from cobby_desktop.domain.model import (
    CheckRecord,
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
    TestOutcome,
)
from cobby_desktop.domain.proof import VERDICTS, verdict_said
from cobby_desktop.domain.store import Inventory
from cobby_desktop.magento1.keys import validate_m1_key
from cobby_desktop.magento2.tokens import validate_m2_tokens
from cobby_desktop.ui import texts
from cobby_desktop.ui.activity_view import ActivityDialog, split_outcome
from cobby_desktop.ui.findings_view import FindingCard
from cobby_desktop.ui.inventory_model import BADGE_ROLE, BADGE_TEXT_ROLE
from cobby_desktop.ui.shop_dialog import ShopDialog
from cobby_desktop.ui.store_access import StoreAccess
from tests.gui.window_support import job_draining

_drain_jobs = job_draining(2000)
PACKAGE = Path(cobby_desktop.__file__).parent


def _texts() -> str:
    """Every module, with adjacent string literals joined (texts span lines)."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    return re.sub(r'"\s*\n\s*"', "", text)


def test_one_name_for_the_shop_plugin():
    text = _texts()
    assert re.findall(r"cobby extension|connector extension", text, re.IGNORECASE) == []


@pytest.mark.parametrize(
    ("detail", "outcome", "rest"),
    [
        ("ok: All checks passed.", TestOutcome.OK, "All checks passed."),
        ("failed: The key was refused. (m1.credentials_rejected)", TestOutcome.FAILED,
         "The key was refused. (m1.credentials_rejected)"),
        ("notice", TestOutcome.NOTICE, ""),
        ("stored", None, "stored"),
    ],
)
def test_split_outcome(detail, outcome, rest):
    assert split_outcome(detail) == (outcome, rest)


def test_activity_log_shows_test_outcomes_as_badges(qtbot, vault):
    with Inventory.open() as inv:
        shop = inv.add_shop(Shop(base_url="https://shop.example", magento_major=MagentoMajor.M1,
                                 label="Kaffee Braun"))
        cred = inv.add_credential(Credential(shop_id=shop.id, kind=CredentialKind.M1_API_KEY,
                                             api_user="cobby_api", state=CredentialState.ACTIVE))
        inv.record_check(CheckRecord(shop_id=shop.id, at=datetime.now(UTC),
                                     outcome=TestOutcome.FAILED, credential_id=cred.id,
                                     codes=("m1.credentials_rejected",), summary="Refused."))
    dialog = ActivityDialog(StoreAccess(vault=vault))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    item = dialog.table.item(0, 4)
    label = texts.outcome_label(TestOutcome.FAILED, short=True)
    assert item.data(BADGE_TEXT_ROLE) == (label, "Refused. (m1.credentials_rejected)")
    assert item.data(BADGE_ROLE) == texts.outcome_colours(TestOutcome.FAILED)
    assert not item.text().startswith("failed:")


def test_technical_details_wait_under_details(qtbot):
    finding = make_finding("cobby.not_connected", 2)  # its detail: the placeholder key
    card = FindingCard(finding)
    qtbot.addWidget(card)
    card.show()
    assert "placeholder" not in finding.explanation.lower()
    assert card.details_button.isVisible() and not card.detail.isVisible()
    card.details_button.click()
    assert card.detail.isVisible()
    signature = make_finding("m2.signature_invalid", 2)
    assert "signature" not in (signature.title + " ".join(signature.fix)).lower()
    assert "x-forwarded-proto" not in " ".join(signature.fix).lower()


def test_store_view_code_is_under_details_in_the_shop_editor(qtbot, vault):
    with Inventory.open() as inv:
        shop = inv.add_shop(Shop(base_url="https://shop.example", magento_major=MagentoMajor.M2,
                                 label="Kaffee"))
    dialog = ShopDialog(StoreAccess(vault=vault), shop.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.store_code_edit.isVisible()
    dialog.details_button.click()
    assert dialog.store_code_edit.isVisible()


@pytest.mark.english  # the English catalogue's singular forms
def test_plurals_agree():
    one = [i18n.explain(p) for p in validate_m1_key("a") if p.code == "length"]
    assert one and "1 character " in one[0]
    values = {"consumer_key": "a", "consumer_secret": "b" * 32, "access_token": "c" * 32,
              "access_token_secret": "d" * 32}
    short = [i18n.explain(p) for p in validate_m2_tokens(values) if p.code == "length"]
    assert short and "1 character;" in short[0]


# Words of the protocol, not the merchant's: never in a finding's title,
# explanation or fix step, nor in the connection proof's verdicts (the case's
# technical specifics stay in the finding's detail, under "Details").
JARGON = re.compile(
    r"signatur|x-forwarded-proto|placeholder|platzhalter|store view code|check revocation",
    re.IGNORECASE,
)
# The hosting provider needs the header's name in the step it is asked to do; the
# merchant reads the title and the explanation.
HEADER = re.compile(r"authori[sz]ation.header", re.IGNORECASE)


def _finding_words(language: str, qapp) -> list[tuple[str, str, str]]:
    i18n.install(language, qapp)
    found: list[tuple[str, str, str]] = []
    for code in CATALOGUE:
        for major in (1, 2):
            finding = localized(make_finding(code, major), i18n.text)
            found += [(code, "title", finding.title), (code, "explanation", finding.explanation)]
            found += [(code, "fix", step) for step in finding.fix]
    for verdict in VERDICTS:
        said = verdict_said(verdict)
        assert said is not None
        found.append((f"proof.{verdict}", "verdict", i18n.render(said)))
    return found


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.GERMAN])
def test_no_jargon_in_any_finding_or_proof_verdict(qapp, language):
    try:
        words = _finding_words(language, qapp)
    finally:
        i18n.install(i18n.ENGLISH, qapp)
    assert len({code for code, _, _ in words}) == len(CATALOGUE) + len(VERDICTS)
    assert [(code, part) for code, part, text in words if JARGON.search(text)] == []
    assert [
        (code, part) for code, part, text in words if part != "fix" and HEADER.search(text)
    ] == []
