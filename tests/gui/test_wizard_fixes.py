"""The wizard's test page fixes basic auth and an untrusted certificate in place,
keeps what was typed, and stores both with the shop on save."""

from __future__ import annotations

from cobby_desktop.domain.model import Activity
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.ui.wizard.wizard import M1_USER, TEST
from tests.gui.wizard_steps import inventory, make_wizard, new_workspace, stored_files_text
from tests.support import bad_servers as bad
from tests.support.m1_simulator import ApiUser, M1Simulator

KEY = "cobby12345key"
BASIC_USER, BASIC_PASSWORD = "staging", "Basic-Pass-5f3a9c"


def _to_test(qtbot, wizard, url: str) -> None:
    new_workspace(wizard)
    page = wizard.shop_page
    page.url.setText(url)
    page.start_detection()
    qtbot.waitUntil(lambda: page.detection is not None and page._detect_job is None, timeout=8000)
    page.m1.setChecked(True)  # detection may be blocked by what fails below
    page.existing.setChecked(True)
    wizard.next()
    assert wizard.currentId() == M1_USER
    wizard.m1_user_page.user.setText("cobby_api")
    wizard.m1_user_page.key.setText(KEY)
    wizard.next()
    assert wizard.currentId() == TEST


def _wait(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.job is None and page.report is not None, timeout=15000)


def test_basic_auth_in_the_wizard_is_kept_and_stored(qtbot, memory_keyring):
    users = {"cobby_api": ApiUser(KEY)}
    with M1Simulator(users=users, basic_auth=(BASIC_USER, BASIC_PASSWORD)) as shop:
        wizard = make_wizard(qtbot)
        _to_test(qtbot, wizard, shop.url)
        page = wizard.test_page
        _wait(qtbot, page)
        assert page.report.codes == ("http.basic_auth",)
        form = page.findings.basic_auth_form
        assert form is not None
        form.user.setText(BASIC_USER)
        form.password.setText(BASIC_PASSWORD)
        form.submit.click()
        assert page.report is None  # running again
        _wait(qtbot, page)
        assert page.report.ok and wizard.state.saved_active
        assert wizard.state.secrets["api_key"].reveal() == KEY  # nothing typed was lost
    with inventory() as inv:
        (saved,) = inv.shops()
        assert saved.basic_auth_user == BASIC_USER
    vault = Vault(memory_keyring)
    ref = SecretRef.basic_auth_password(saved.id, saved.vault_space)
    assert vault.get(ref).reveal() == BASIC_PASSWORD
    assert BASIC_PASSWORD.encode() not in stored_files_text()


def test_trusting_the_certificate_in_the_wizard_pins_it_on_save(qtbot, tmp_path):
    cert = bad.make_cert(directory=str(tmp_path))
    with M1Simulator(users={"cobby_api": ApiUser(KEY)}) as shop, bad.serve(
        bad.proxy_to(shop.url), cert=cert
    ) as url:
        wizard = make_wizard(qtbot)
        _to_test(qtbot, wizard, url)
        page = wizard.test_page
        _wait(qtbot, page)
        assert page.report.codes == ("tls.untrusted",)
        fingerprint = page.report.certificate.sha256
        page.findings.trust_button.click()
        warning = page.findings.trust_dialog
        assert warning.fields["sha256"].text() == fingerprint
        warning.trust_button.click()
        _wait(qtbot, page)
        assert page.report.ok and "tls.pinned" in page.report.codes
        assert wizard.state.saved_active
    with inventory() as inv:
        (saved,) = inv.shops()
        assert saved.pinned_cert_sha256 == fingerprint
        assert saved.pinned_cert_pem.strip() == cert.cert_pem.strip()
        assert any(
            a.action is Activity.UPDATED and fingerprint in a.detail for a in inv.activity()
        )
