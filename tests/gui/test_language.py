"""The app speaks German or English: translations, Qt's own buttons, dates,
plural forms, sorting and the Preferences choice."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from cobby_desktop import i18n
from cobby_desktop.ui import settings as app_settings
from cobby_desktop.ui import texts
from cobby_desktop.ui.language_choice import LanguageChoice
from tests.gui.window_support import job_draining, open_window

_drain_jobs = job_draining(5000)

NOW = datetime(2026, 12, 5, 22, 38, tzinfo=UTC)


def test_german_plural_forms_ages_and_dates(qapp):
    i18n.install(i18n.GERMAN, qapp)
    assert texts.relative_age(NOW - timedelta(days=5), NOW) == "vor 5 Tagen"
    assert texts.relative_age(NOW - timedelta(days=1, hours=2), NOW) == "gestern"
    assert texts.relative_age(NOW - timedelta(minutes=1), NOW) == "vor 1 Minute"
    assert texts.relative_age(NOW - timedelta(seconds=5), NOW) == "gerade eben"
    # dd.MM.yyyy HH:mm in the computer's time zone
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", texts.local_time(NOW))


def test_english_plural_forms_ages_and_dates(qapp):
    i18n.install(i18n.ENGLISH, qapp)
    assert texts.relative_age(NOW - timedelta(days=5), NOW) == "5 days ago"
    assert texts.relative_age(NOW - timedelta(minutes=1), NOW) == "1 minute ago"
    assert texts.relative_age(NOW - timedelta(hours=1), NOW) == "1 hour ago"
    assert "2026" in texts.local_time(NOW)


def test_qt_standard_buttons_follow_the_language(qapp):
    i18n.install(i18n.GERMAN, qapp)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_names_sort_with_umlauts_beside_their_base_letter(qapp):
    i18n.install(i18n.GERMAN, qapp)
    names = ["Zebra Shop", "Ärzte Bedarf", "apfel", "Bäckerei", "Baum", "shop 10", "shop 9"]
    assert i18n.collated(names, str) == [
        "apfel", "Ärzte Bedarf", "Bäckerei", "Baum", "shop 9", "shop 10", "Zebra Shop",
    ]


def test_the_preferences_choice_is_saved_and_wins_over_the_system(qapp, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    choice = LanguageChoice(settings)
    assert choice.chosen() == i18n.SYSTEM
    choice.combo.setCurrentIndex(choice.combo.findData(i18n.GERMAN))
    choice.save()
    assert app_settings.language_preference(settings) == i18n.GERMAN
    assert i18n.choose(app_settings.language_preference(settings), {"LANG": "en_US.UTF-8"}) == "de"
    choice.combo.setCurrentIndex(choice.combo.findData(i18n.SYSTEM))
    choice.save()
    assert app_settings.language_preference(settings) == i18n.SYSTEM
    assert LanguageChoice(settings).chosen() == i18n.SYSTEM


def test_the_main_window_speaks_german(qtbot, sample, vault):
    i18n.install(i18n.GERMAN)
    window = open_window(qtbot, vault)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Datei" in menus and "&Hilfe" in menus


def test_proof_verdicts_and_portal_steps_follow_the_language(qapp):
    from cobby_desktop.domain.model import MagentoMajor
    from cobby_desktop.domain.proof import advice_for, verdict_said
    from cobby_desktop.messages import english
    from cobby_desktop.portal.connection_fields import portal_steps

    verdict = verdict_said("credentials_rejected")
    assert verdict is not None and verdict_said("not a verdict") is None
    i18n.install(i18n.GERMAN, qapp)
    assert i18n.render(verdict) != english(verdict)
    assert all(i18n.render(line) != english(line) for line in advice_for(None))
    steps = portal_steps(MagentoMajor.M1)
    assert "https://app.cobby.io" in i18n.render(steps[0])
    assert [i18n.render(s) for s in steps] != [english(s) for s in steps]


def test_a_stored_check_summary_is_shown_in_the_chosen_language(qapp):
    from cobby_desktop.domain.findings import CATALOGUE

    title = CATALOGUE["m1.credentials_rejected"].title
    i18n.install(i18n.GERMAN, qapp)
    assert i18n.stored_summary(title) != title
    assert i18n.stored_summary("The connection works.") == "Die Verbindung funktioniert."
    assert i18n.stored_summary("written by hand") == "written by hand"


def test_a_check_stores_its_first_finding_code_and_shows_its_title(qapp):
    """New rows store the code, not English: the title follows the language,
    in the detail pane and in the activity log's line alike."""
    from cobby_desktop.domain.activity_messages import tested
    from cobby_desktop.domain.diagnosis import DiagnosisReport, check_record
    from cobby_desktop.domain.findings import make_finding
    from cobby_desktop.messages import CATALOGUE

    def report(*findings: object) -> DiagnosisReport:
        return DiagnosisReport(
            "https://shop.example", "https://shop.example", 1, None, None,
            findings, None, None, None, None, 3, 0.5,  # type: ignore[arg-type]
        )

    record = check_record(report(make_finding("m1.credentials_rejected", 1)), 1, 2)
    assert record.summary == "m1.credentials_rejected"
    assert check_record(report(), 1, 2).summary == ""
    source = CATALOGUE["finding.m1.credentials_rejected.title"].source
    i18n.install(i18n.GERMAN, qapp)
    german = i18n.translate(source.context, source.text)
    assert german != source.text
    assert i18n.stored_summary(record.summary) == german
    line = i18n.render(tested("failed", record.summary, record.codes))
    assert german in line and "m1.credentials_rejected" in line


def test_the_magento1_portal_labels_are_german_and_match_the_steps(qapp):
    from cobby_desktop.messages import message
    from cobby_desktop.portal.connection_fields import m1_connection_fields
    from cobby_desktop.secret import Secret

    fields = m1_connection_fields("https://shop.example/", "cobby_api", Secret("k" * 32))
    try:
        i18n.install(i18n.GERMAN, qapp)
        labels = [i18n.render(f.label_message) for f in fields]
        step = i18n.render(message("portal.step.enter_m1"))
    finally:
        i18n.install(i18n.ENGLISH, qapp)
    assert [f.id for f in fields] == ["shop_url", "api_user", "api_key"]
    assert labels[1] != fields[1].label and labels[2] != fields[2].label
    # The step that says what to type names the same fields as the labels beside it.
    assert all(label in step for label in labels[1:])
