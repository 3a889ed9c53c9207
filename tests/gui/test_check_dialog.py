"""The "Test connection" dialog against a real inventory, the in-memory keychain
and real loopback shops: per-stage progress, Cancel before a slow shop answers,
basic auth and certificate trust fixed in place, the connection proof."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from cobby_desktop import i18n
from cobby_desktop.domain.diagnosis import STAGES
from cobby_desktop.domain.model import (
    Activity,
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.domain.workspaces import create_workspace
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.secret import Secret
from cobby_desktop.ui.check_dialog import CheckDialog
from cobby_desktop.ui.check_progress import DONE, SKIPPED, STOPPED, WAITING
from cobby_desktop.ui.store_access import StoreAccess
from cobby_desktop.ui.workers import shutdown
from tests.gui.window_support import TRUST_WARNING
from tests.gui.wizard_steps import stored_files_text
from tests.support import bad_servers as bad
from tests.support.m1_simulator import ApiUser, M1Simulator
from tests.support.said import shown

POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)
M1_USER, M1_KEY = "cobby_api", "cobby12345key"
LICENSE = "LicenseKey0123456789abcdef"
OTHER_LICENSE = "OtherWorkspaceKey987654321"
PLACEHOLDER = "cobby license key"
BASIC_USER, BASIC_PASSWORD = "staging", "Basic-Pass-5f3a9c"


@pytest.fixture
def vault(memory_keyring) -> Vault:
    return Vault(memory_keyring)


@pytest.fixture(autouse=True)
def _drain_jobs():
    yield
    shutdown(3000)


def add_m1_shop(vault: Vault, url: str, *, license_key: str | None = None) -> int:
    with Inventory.open() as inv:
        ws_id = None
        if license_key:
            ws_id = create_workspace(inv, vault, "Demo", Secret(license_key)).id
        shop = inv.add_shop(Shop(url, MagentoMajor.M1, label="Demo shop", workspace_id=ws_id))
        cred = inv.add_credential(
            Credential(shop.id, CredentialKind.M1_API_KEY, M1_USER, state=CredentialState.ACTIVE)
        )
        vault.put_credential(cred, {"api_key": Secret(M1_KEY)})
        return shop.id


def _tr(context: str, text: str) -> str:
    return i18n.translate(context, text)


def CANCELLED() -> str:  # noqa: N802 (reads as the constant it stands for)
    return _tr("CheckDialog", "The test was cancelled. Click Test again to run it.")


def m1_sim(**kw) -> M1Simulator:
    return M1Simulator(users={M1_USER: ApiUser(M1_KEY)}, **kw)


def make_dialog(qtbot, vault: Vault, shop_id: int, **kw) -> CheckDialog:
    dialog = CheckDialog(StoreAccess(vault=vault), shop_id, policy=POLICY, autostart=False, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def run_check(qtbot, dialog: CheckDialog) -> None:
    with qtbot.waitSignal(dialog.idle, timeout=15000):
        dialog.start()


def checks(shop_id: int):
    with Inventory.open() as inv:
        return inv.checks(shop_id)


def test_progress_arrives_per_stage_and_the_list_shows_it(qtbot, vault):
    with m1_sim() as sim:
        shop_id = add_m1_shop(vault, sim.url)  # no license key: no proof follows
        dialog = make_dialog(qtbot, vault, shop_id)
        seen: list[str] = []
        shown: list[str] = []

        def on_stage(stage: str) -> None:
            seen.append(stage)
            shown.append(dialog.stages.sign(stage))  # after the dialog's own slot ran

        with qtbot.waitSignal(dialog.idle, timeout=15000):
            dialog.start()
            dialog.job.progress.connect(on_stage)
    assert seen == list(STAGES)
    assert dialog.stages.seen == list(STAGES)
    assert set(shown) == {"▶"}, "each stage was shown as running when it arrived"
    assert all(dialog.stages.sign(s) == DONE for s in STAGES if s != "tls")
    assert dialog.stages.sign("tls") == SKIPPED, "plain http: no secure connection to check"
    report = dialog.report
    assert report.ok and report.codes == ("cobby.not_connected",)
    good_to_know = _tr("FindingsView", "The connection works. Good to know:")
    assert dialog.findings.summary.text() == good_to_know
    assert "1.9.4.5" in dialog.findings.facts.text() and "2.4.1.1" in dialog.findings.facts.text()
    assert "Demo shop" in dialog.heading.text()
    assert dialog.proof.headline.text() == _tr(
        "CheckDialog",
        "Not checked: the workspace has no license key. To see whether cobby itself is "
        "connected, choose the shop's workspace and enter its license key, then test again.",
    )
    assert not dialog.proof.start_button.isVisible(), "nothing to check yet"
    # Recorded once, by the diagnosis.
    (record,) = checks(shop_id)
    assert record.codes == ("cobby.not_connected",)


def test_cancel_answers_before_a_slow_shop_does_and_the_loop_keeps_ticking(qtbot, vault):
    release, entered = threading.Event(), threading.Event()
    answered: list[bool] = []

    def slow(method, path, headers, body):
        entered.set()
        release.wait(10)  # the test holds the shop's answer
        answered.append(True)
        return 200, {"Content-Type": "text/html"}, b"<html><body>shop</body></html>"

    ticks = [0]
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    try:
        with bad.serve(slow) as url:
            shop_id = add_m1_shop(vault, url)
            dialog = make_dialog(qtbot, vault, shop_id)
            timer.start()
            dialog.start()
            qtbot.waitUntil(entered.is_set, timeout=5000)
            qtbot.waitUntil(lambda: dialog.stages.reached == "http", timeout=5000)
            before = ticks[0]
            qtbot.wait(50)  # the GUI thread is free while the shop hangs
            assert ticks[0] > before, "the event loop kept running during the check"
            assert dialog.phase == "checking" and dialog.cancel_button.isEnabled()

            dialog.cancel_button.click()
            # Idle at once, while the shop still has not answered.
            assert not answered and not release.is_set()
            assert dialog.phase == "idle"
            assert dialog.status.text() == CANCELLED()
            assert not dialog.cancel_button.isEnabled() and dialog.again_button.isEnabled()
            assert dialog.stages.sign("http") == WAITING
            release.set()
            qtbot.waitUntil(lambda: bool(answered), timeout=5000)
            qtbot.wait(100)  # a late result of the abandoned run must be dropped
            assert dialog.report is None and dialog.status.text() == CANCELLED()
    finally:
        release.set()
        timer.stop()
    assert checks(shop_id) == [], "a cancelled check is not recorded"


def test_basic_auth_form_stores_user_and_keychain_password_then_passes(qtbot, vault):
    with m1_sim(basic_auth=(BASIC_USER, BASIC_PASSWORD)) as sim:
        shop_id = add_m1_shop(vault, sim.url)
        dialog = make_dialog(qtbot, vault, shop_id)
        run_check(qtbot, dialog)
        assert dialog.report.codes == ("http.basic_auth",)
        assert dialog.stages.sign("http") == STOPPED
        form = dialog.findings.basic_auth_form
        assert form is not None and form.isVisible()
        assert not form.submit.isEnabled()
        form.user.setText(BASIC_USER)
        form.password.setText(BASIC_PASSWORD)
        given: list[tuple] = []
        dialog.findings.basic_auth_given.connect(
            lambda user, pw: given.append((user, pw, form.password.text()))
        )
        with qtbot.waitSignal(dialog.check_done, timeout=15000) as done:
            form.submit.click()
        (user, password, field_text), = given
        assert user == BASIC_USER and isinstance(password, Secret)
        assert BASIC_PASSWORD not in repr(password) and field_text == ""
        report = done.args[0]
        assert report.ok, report.codes
        assert dialog.findings.basic_auth_form is None  # the prompt is gone
    with Inventory.open() as inv:
        assert inv.shop(shop_id).basic_auth_user == BASIC_USER
        space = inv.vault_space
        assert any("basic-auth" in a.detail for a in inv.activity())
    assert vault.get(SecretRef.basic_auth_password(shop_id, space)).reveal() == BASIC_PASSWORD
    assert BASIC_PASSWORD.encode() not in stored_files_text()
    assert [c.codes for c in checks(shop_id)] == [
        ("cobby.not_connected", "http.basic_auth_cobby"), ("http.basic_auth",)]

    # The support report of the passing run names no secret.
    dialog.findings.copy_report()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(_tr("Report", "cobby Desktop connection report"))
    for secret in (BASIC_PASSWORD, M1_KEY):
        assert secret not in copied


def test_trusting_a_self_signed_certificate_pins_it_and_only_it(qtbot, vault, tmp_path):
    cert, other = bad.make_cert(directory=str(tmp_path)), bad.make_cert(directory=str(tmp_path))
    with m1_sim() as sim, bad.serve(bad.proxy_to(sim.url), cert=cert) as url:
        shop_id = add_m1_shop(vault, url)
        dialog = make_dialog(qtbot, vault, shop_id)
        run_check(qtbot, dialog)
        assert dialog.report.codes == ("tls.untrusted",)
        fingerprint = dialog.report.certificate.sha256
        assert dialog.findings.trust_button is not None
        dialog.findings.trust_button.click()
        warning = dialog.findings.trust_dialog
        assert warning is not None and warning.isVisible()
        assert warning.fields["sha256"].text() == fingerprint
        assert "localhost" in warning.fields["subject"].text()
        assert warning.warning.text() == TRUST_WARNING()
        assert warning.cancel_button.isDefault()
        with qtbot.waitSignal(dialog.check_done, timeout=15000) as done:
            warning.trust_button.click()
        report = done.args[0]
        assert report.ok
        assert report.codes == ("tls.pinned", "cobby.not_connected")
        assert dialog.findings.summary.text() == _tr(
            "FindingsView", "The connection works, but something needs your attention."
        )
    with Inventory.open() as inv:
        shop = inv.shop(shop_id)
        assert shop.pinned_cert_sha256 == fingerprint
        assert shop.pinned_cert_pem.strip() == cert.cert_pem.strip()
        assert any(
            a.action is Activity.UPDATED and fingerprint in a.detail for a in inv.activity()
        )
    # Another certificate at the shop's address is refused despite the pin.
    with m1_sim() as sim, bad.serve(bad.proxy_to(sim.url), cert=other) as url:
        with Inventory.open() as inv:
            shop = inv.shop(shop_id)
            inv.update_shop(replace(shop, base_url=url))
        run_check(qtbot, dialog)
        assert dialog.report.codes == ("tls.pin_mismatch",)
        assert not dialog.report.ok


def test_proof_after_a_pass_waits_until_cobby_writes_the_key(qtbot, vault):
    # Probe 1 is the diagnosis's own; the proof then sees the placeholder twice.
    schedule = lambda n: LICENSE if n > 3 else PLACEHOLDER  # noqa: E731
    with m1_sim(license_schedule=schedule) as sim:
        shop_id = add_m1_shop(vault, sim.url, license_key=LICENSE)
        dialog = make_dialog(
            qtbot, vault, shop_id, proof_options={"initial_delay": 0.05, "factor": 1.0}
        )
        states: list[str] = []
        dialog.proof_progress.connect(lambda p: states.append(str(p.state)))
        with qtbot.waitSignal(dialog.proof_done, timeout=15000) as done:
            dialog.start()
        result = done.args[0]
    assert result.ok and result.attempts == 3
    assert states == ["not_reached", "not_reached", "connected"]
    assert dialog.report.codes == ("cobby.not_connected",)
    assert dialog.proof.headline.text() == shown("proof.state.connected")
    # The check's "not connected yet" is settled by the proof and no longer shown.
    assert dialog.findings.cards[0].isHidden()
    assert dialog.findings.summary.text() == _tr("FindingsView", "The connection works.")
    assert i18n.translate("ProofWidget", "%n checks", 3) in dialog.proof.detail.text()
    assert dialog.phase == "idle" and dialog.again_button.isEnabled()
    # One truth: the proof is recorded, so the main window says "connected" too.
    recorded = checks(shop_id)
    assert len(recorded) == 2
    assert [str(c.outcome) for c in recorded] == ["ok", "notice"]
    assert recorded[0].codes == ()


def test_proof_gives_up_with_advice_when_another_workspace_holds_the_shop(qtbot, vault):
    with m1_sim(license_key=OTHER_LICENSE) as sim:
        shop_id = add_m1_shop(vault, sim.url, license_key=LICENSE)
        dialog = make_dialog(
            qtbot, vault, shop_id,
            proof_options={"initial_delay": 0.05, "factor": 1.0, "timeout": 0.3},
        )
        with qtbot.waitSignal(dialog.proof_done, timeout=15000) as done:
            dialog.start()
    assert str(done.args[0].state) == "timed_out"
    assert dialog.report.codes == ("cobby.license_mismatch",)
    text = dialog.proof.headline.text()
    assert text == f"{shown('proof.state.timed_out')} {shown('proof.state.other_workspace')}"
    assert dialog.proof.advice.isVisible() and "portal" in dialog.proof.advice.text().lower()


def test_cancel_during_the_proof_stops_polling(qtbot, vault):
    with m1_sim() as sim:  # the placeholder stays: the proof would poll for minutes
        shop_id = add_m1_shop(vault, sim.url, license_key=LICENSE)
        dialog = make_dialog(qtbot, vault, shop_id, proof_options={"initial_delay": 0.05})
        finished: list[object] = []
        dialog.proof_done.connect(finished.append)
        dialog.start()
        qtbot.waitUntil(lambda: dialog.proof.attempts >= 1, timeout=15000)
        assert dialog.phase == "proving"
        assert shown("proof.state.not_reached") in dialog.proof.headline.text()
        assert not dialog.proof.cancel_button.isVisible(), "the dialog's Cancel is the one"
        dialog.cancel_button.click()
        assert dialog.phase == "idle"
        assert dialog.proof.headline.text() == shown("proof.state.cancelled")
        calls = sim.probe_calls
        qtbot.wait(300)
        assert sim.probe_calls <= calls + 1, "polling stopped"
        assert finished == [], "a cancelled proof is no result for the main window"
        # The box's own "Check again" runs only the proof, and the dialog's Cancel stops it.
        assert dialog.proof.start_button.isVisible()
        dialog.proof.start_button.click()
        assert dialog.phase == "proving" and dialog.cancel_button.isEnabled()
        assert not dialog.again_button.isEnabled()
        qtbot.waitUntil(lambda: sim.probe_calls > calls, timeout=15000)
        dialog.cancel_button.click()
        assert dialog.phase == "idle" and not dialog.proof.running
    assert len(checks(shop_id)) == 1, "the proof alone records no check"
