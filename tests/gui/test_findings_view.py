"""The findings view with reports of real checks against loopback servers:
what it shows, when it offers to trust a certificate, the basic-auth form, and
a copied or saved report without secrets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from cobby_desktop import i18n
from cobby_desktop.domain.diagnosis import CheckInput, diagnose
from cobby_desktop.domain.findings import Finding, Severity, localized
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.secret import Secret
from cobby_desktop.ui.findings_view import FindingCard, FindingsView
from tests.gui.window_support import TRUST_WARNING, job_draining
from tests.support import bad_servers as bad
from tests.support.m1_simulator import ApiUser, M1Simulator

POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)
KEY, LICENSE = "cobby12345key", "LicenseKey0123456789abcdef"
BASIC_USER, BASIC_PASSWORD = "staging", "Basic-Pass-5f3a9c"


_drain_jobs = job_draining(3000)


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    d = str(tmp_path_factory.mktemp("certs"))
    return {
        "self": bad.make_cert(directory=d),
        "expired": bad.make_cert(expired=True, directory=d),
        "wrong": bad.make_cert(hosts=("wrong.example",), common_name="wrong.example", directory=d),
    }


def check(url: str, **kw):
    return diagnose(
        CheckInput(
            url=url, magento=1, api_user="cobby_api", secrets={"api_key": Secret(KEY)},
            workspace_license_key=Secret(LICENSE), policy=POLICY, **kw,
        )
    )


def view(qtbot, report) -> FindingsView:
    v = FindingsView()
    qtbot.addWidget(v)
    v.show()
    v.set_report(report)
    return v


def test_a_failure_shows_badge_title_explanation_detail_and_numbered_steps(qtbot):
    with bad.serve(bad.firewall) as url:
        report = check(url)
    v = view(qtbot, report)
    assert report.codes == ("http.blocked",)
    (card,) = v.cards
    finding = report.findings[0]
    assert card.badge.text() == i18n.translate("FindingCard", "Problem")
    shown = localized(finding, i18n.text)
    assert card.title.text() == shown.title
    assert card.explanation.text() == shown.explanation
    assert "cloudflare" in card.detail.text().lower()
    assert "<ol" in card.steps.text() and all(step in card.steps.text() for step in shown.fix)
    assert v.summary.text() == i18n.translate("FindingsView", "The connection does not work yet.")
    assert url in v.facts.text()
    assert v.basic_auth_form is None and v.trust_button is None


@pytest.mark.parametrize(
    ("name", "code", "offered"),
    [("self", "tls.untrusted", True), ("expired", "tls.expired", False),
     ("wrong", "tls.untrusted", True)],
)
def test_trust_is_offered_only_for_a_valid_untrusted_certificate(qtbot, certs, name, code, offered):
    with bad.serve(bad.cms_site, cert=certs[name]) as url:
        report = check(url)
    assert report.codes == (code,)
    v = view(qtbot, report)
    assert (v.trust_button is not None) is offered


def test_the_trust_warning_pins_only_when_confirmed(qtbot, certs):
    with bad.serve(bad.cms_site, cert=certs["self"]) as url:
        report = check(url)
    v = view(qtbot, report)
    pinned: list = []
    v.certificate_pinned.connect(pinned.append)
    v.trust_button.click()
    warning = v.trust_dialog
    cert = report.certificate
    assert warning.fields["sha256"].text() == cert.sha256
    assert warning.fields["issuer"].text() == cert.issuer
    assert f"{cert.not_after:%Y-%m-%d}" in warning.fields["validity"].text()
    assert warning.warning.text() == TRUST_WARNING()
    warning.cancel_button.click()
    assert pinned == []
    v.trust_button.click()
    v.trust_dialog.trust_button.click()
    assert [c.sha256 for c in pinned] == [cert.sha256]


def test_basic_auth_form_needs_both_values_and_emits_a_secret(qtbot):
    with M1Simulator(users={"cobby_api": ApiUser(KEY)}, basic_auth=(BASIC_USER, "x")) as shop:
        report = check(shop.url)
    v = view(qtbot, report)
    v.basic_auth_user = "remembered"
    v.set_report(report)
    form = v.basic_auth_form
    assert form.user.text() == "remembered" and not form.submit.isEnabled()
    given: list = []
    v.basic_auth_given.connect(lambda user, pw: given.append((user, pw)))
    form.user.setText(BASIC_USER)
    form.password.setText(BASIC_PASSWORD)
    assert form.submit.isEnabled()
    form.submit.click()
    ((user, password),) = given
    assert user == BASIC_USER and password.reveal() == BASIC_PASSWORD
    assert BASIC_PASSWORD not in repr(password) and form.password.text() == ""


def test_a_refused_basic_auth_password_can_be_entered_again(qtbot):
    with M1Simulator(users={"cobby_api": ApiUser(KEY)}, basic_auth=(BASIC_USER, "x")) as shop:
        report = check(shop.url, basic_auth=(BASIC_USER, Secret("wrong-pass-1")))
    assert report.codes == ("http.basic_auth_refused",)
    assert view(qtbot, report).basic_auth_form is not None


def test_no_password_form_on_magento_2_where_a_password_cannot_help(qtbot):
    from tests.support.m2_simulator import M2Simulator

    with M2Simulator(basic_auth=True, basic_auth_scope="rest") as shop:
        report = diagnose(CheckInput(url=shop.url, secrets={
            k: Secret(v) for k, v in shop.values.items()}, policy=POLICY))
    assert report.codes == ("http.basic_auth",) and report.magento_major == 2
    assert view(qtbot, report).basic_auth_form is None


def test_copied_and_saved_reports_hold_no_secret(qtbot, tmp_path):
    with M1Simulator(
        users={"cobby_api": ApiUser(KEY)}, basic_auth=(BASIC_USER, BASIC_PASSWORD)
    ) as shop:
        report = check(shop.url, basic_auth=(BASIC_USER, Secret(BASIC_PASSWORD)))
    assert report.ok, report.codes
    v = view(qtbot, report)
    assert v.summary.text() in {
        i18n.translate("FindingsView", "The connection works."),
        i18n.translate("FindingsView", "The connection works. Good to know:"),
        i18n.translate("FindingsView", "The connection works, but something needs your attention."),
    }
    assert "1.9.4.5" in v.facts.text()
    secrets = (KEY, LICENSE, BASIC_PASSWORD)
    v.copy_report()
    copied = QGuiApplication.clipboard().text()
    title = i18n.translate("Report", "cobby Desktop connection report")
    assert copied.startswith(title) and not any(s in copied for s in secrets)
    used = i18n.translate("Report", "Shop address used") + ":"
    for name, marker in (("report.txt", used), ("report.html", "<!DOCTYPE html>")):
        path = tmp_path / name
        with qtbot.waitSignal(v.report_saved, timeout=5000):
            v.save_report(str(path))
        text = path.read_text(encoding="utf-8")
        assert marker in text and shop.url in text
        assert not any(s in text for s in secrets)
    v.ask_save_path = lambda: str(tmp_path / "missing" / "report.txt")
    with qtbot.waitSignal(v.save_failed, timeout=5000) as failed:
        v.save_report()
    saved_to = i18n.translate("FindingsView", "The report could not be saved to %1: %2")
    assert failed.args[0].startswith(saved_to.split("%1")[0])


class _WindowShows(QObject):
    """Records every widget that is shown as a window of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.windows: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.windows.append(type(watched).__name__)
        return False


def test_building_a_finding_card_opens_no_window_of_its_own(qtbot):
    """A label or button shown before it has a parent flashes up as a top-level
    window and takes the keyboard focus from the wizard."""
    finding = Finding(
        code="http.blocked", severity=Severity.FAILURE, title="Blocked", detail="HTTP 403",
        fix=("Ask the hosting",), explanation="Something stands in the way.",
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    before = set(QApplication.topLevelWidgets())
    watcher = _WindowShows()
    QApplication.instance().installEventFilter(watcher)
    try:
        cards = [FindingCard(finding), FindingCard(finding, parent)]
        QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(watcher)
    for card in cards:
        card.setParent(parent)
    assert watcher.windows == []
    assert set(QApplication.topLevelWidgets()) <= before
    assert cards[0].details_button.isVisibleTo(cards[0])
    assert cards[0].explanation.isVisibleTo(cards[0]) and cards[0].steps.isVisibleTo(cards[0])


def test_copied_and_saved_reports_speak_the_readers_language(qtbot, qapp, tmp_path):
    """Copy report and Save report render in the chosen language: a finding's
    title is the German catalogue text of its code, in text and HTML alike."""
    import html

    from cobby_desktop import i18n
    from cobby_desktop.domain.diagnosis import DiagnosisReport
    from cobby_desktop.domain.findings import make_finding
    from cobby_desktop.messages import CATALOGUE

    finding = make_finding("m1.credentials_rejected", 1)
    report = DiagnosisReport(
        "https://shop.example", "https://shop.example", 1, None, None,
        (finding,), None, None, None, None, 3, 0.5,
    )  # fmt: skip
    source = CATALOGUE["finding.m1.credentials_rejected.title"].source
    i18n.install(i18n.GERMAN, qapp)
    german = i18n.text(source)
    assert german != source.text  # the catalogue has a German title for the code
    v = view(qtbot, report)
    v.copy_report()
    copied = QGuiApplication.clipboard().text()
    assert german in copied and source.text not in copied
    assert "m1.credentials_rejected" in copied
    for name, title in (("report.txt", german), ("report.html", html.escape(german))):
        path = tmp_path / name
        with qtbot.waitSignal(v.report_saved, timeout=5000):
            v.save_report(str(path))
        saved = path.read_text(encoding="utf-8")
        assert title in saved and html.escape(source.text) not in saved
