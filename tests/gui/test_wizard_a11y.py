"""Every wizard page, in every state the merchant meets it in: each interactive
control has an accessible name and is reached with Tab, no two visible controls
share an Alt shortcut, and nothing is cut off at 125 % and 150 % scaling (the
layout check runs in a new process per scale, as QT_SCALE_FACTOR must be set
before Qt starts; run this file as a script to do one scale's check)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
    QWizard,
)

from cobby_desktop.domain.diagnosis import DiagnosisReport
from cobby_desktop.domain.findings import make_finding
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.urls import normalize_shop_url
from cobby_desktop.domain.workspaces import create_workspace
from cobby_desktop.results import CobbyInfo
from cobby_desktop.secret import Secret
from cobby_desktop.services import setup
from cobby_desktop.services.setup_state import WizardState
from cobby_desktop.ui.wizard import wizard as wz

ROOT = Path(__file__).resolve().parents[2]
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QAbstractItemView,
)
M1_KEY = "Zq8rT4wX2mN7vB1kL9pD3sF6hJ0gY5cA"
TOKENS = {
    "consumer_key": "k3x9d0q2m7c1v8b4n6z5l0p9a2s7d4f1",
    "consumer_secret": "q8w2e5r7t1y3u6i9o0p4a7s2d5f8g1h3",
    "access_token": "z1x4c7v0b3n6m9l2k5j8h1g4f7d0s3a6",
    "access_token_secret": "m5n8b1v4c7x0z3l6k9j2h5g8f1d4s7a0",
}


def _m1(**kw) -> WizardState:
    return replace(WizardState(
        new_workspace_name="Möbel Schmidt",
        url="https://www.moebel-schmidt.test/",
        admin_url="https://www.moebel-schmidt.test/index.php/admin/",
        magento=1,
        api_user="cobby_api",
        secrets={"api_key": Secret(M1_KEY)},
        generated_key=Secret(M1_KEY),
    ), **kw)


def _m2(**kw) -> WizardState:
    return replace(WizardState(
        new_workspace_name="Kaffeehaus Berg",
        url="https://shop.kaffeehaus-berg.test/",
        magento=2,
        api_user="cobby",
        secrets={k: Secret(v) for k, v in TOKENS.items()},
    ), **kw)


def _report(ok: bool) -> DiagnosisReport:
    if ok:
        findings = (make_finding("cobby.not_connected", 2),)
        cobby = CobbyInfo(
            cobby_version="3.2.1",
            magento_version="2.4.7-p3",
            cobby_active=True,
            license_key=Secret("the license key"),
        )
    else:
        findings = (
            make_finding("http.basic_auth", 1, params={"url": "https://shop.test/",
                                                       "scope": "shop"}, variant="shop"),
            make_finding("m1.cobby_permission_missing", 1),
        )
        cobby = None
    return DiagnosisReport(
        url_given="https://shop.test/",
        url_used="https://shop.test/",
        magento_major=1 if not ok else 2,
        magento_version="2.4.7-p3" if ok else "1.9.4.5",
        magento_edition=None,
        findings=findings,
        cobby=cobby,
        m1=None,
        m2=None,
        certificate=None,
        requests=4,
        seconds=1.0,
    )


# (name, page, state, what to show on it)
STATES: list[tuple[str, int, WizardState, str | None]] = [
    ("workspace-new", wz.WORKSPACE, WizardState(), None),
    ("workspace-existing", wz.WORKSPACE, WizardState(), "workspaces"),
    ("shop-m1", wz.SHOP, _m1(), None),
    ("shop-existing-m2", wz.SHOP, _m2(have_credentials=True), None),
    ("m1-role", wz.M1_ROLE, _m1(), None),
    ("m1-user", wz.M1_USER, _m1(), None),
    ("m1-user-warnings", wz.M1_USER, _m1(api_user="admin"), "weak key"),
    (
        "m1-existing",
        wz.M1_USER,
        _m1(have_credentials=True, generated_key=None, secrets={}, api_user=""),
        None,
    ),
    ("m2-integration", wz.M2_INTEGRATION, _m2(), None),
    ("m2-tokens", wz.M2_TOKENS, _m2(secrets={}), None),
    ("m2-tokens-problem", wz.M2_TOKENS, _m2(), "typo"),
    ("test-failed", wz.TEST, _m1(), "failed"),
    ("test-passed", wz.TEST, _m2(saved_active=True), "passed"),
    ("portal-m1", wz.PORTAL, _m1(saved_active=True), None),
    ("portal-m2", wz.PORTAL, _m2(saved_active=True), None),
]


def show_page(name: str, page_id: int, state: WizardState, extra: str | None, vault) -> QWizard:
    """A wizard showing one page in one state, built like the merchant meets it."""
    import dataclasses

    choices = setup.Choices()
    if extra == "workspaces":
        with Inventory.open() as inv:
            create_workspace(inv, vault, f"Workspace {name}", Secret("LicenseKey0123456789abcdef"))
        choices = setup.load_choices(Inventory.open, vault, None)
    wizard = wz.SetupWizard(open_inventory=Inventory.open, vault=vault, load=False)
    wizard.state = dataclasses.replace(state, secrets=dict(state.secrets))
    wizard.set_choices(choices)
    wizard.test_page.autostart = False
    if page_id == wz.SHOP:  # no detection against the network
        wizard.shop_page._detected_for = normalize_shop_url(state.url).url or ""
    wizard.setStartId(page_id)
    wizard.resize(760, 660)
    wizard.show()
    if extra == "weak key":
        wizard.m1_user_page.key.setText("shop2024shop2024")
    elif extra == "typo":
        wizard.m2_tokens_page.fields["access_token"].setText(TOKENS["access_token"][:-1])
    elif extra in ("failed", "passed"):
        wizard.test_page.show_report(_report(extra == "passed"))
    return wizard


def controls(root: QWidget) -> list[QWidget]:
    """The visible interactive controls of the current page and the wizard's buttons."""
    window = root.window()
    found = [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisibleTo(window)
        and not isinstance(w.parent(), QComboBox)  # the combo's own popup parts
        and w.objectName() != "qt_scrollarea_viewport"
    ]
    if isinstance(window, QWizard):
        buttons = (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        )
        found += [window.button(b) for b in buttons if window.button(b).isVisible()]
    return found


def describe(w: QWidget) -> str:
    text = w.text() if hasattr(w, "text") and callable(w.text) else ""
    return f"{type(w).__name__}({text!r}, object={w.objectName()!r})"


def mnemonic(widget: QWidget) -> str | None:
    text = ""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QLabel) and widget.buddy() is not None:
        text = widget.text()
    seq = QKeySequence.mnemonic(text) if text else QKeySequence()
    return seq.toString() if not seq.isEmpty() else None


def tab_chain(wizard: QWizard, start: QWidget, limit: int = 80) -> list[QWidget]:
    """The widgets Tab visits from `start` until it comes round again."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = [QApplication.focusWidget()]
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current is seen[0]:
            break
        seen.append(current)
    return seen


def group_reached(button: QWidget, chain: list[QWidget]) -> bool:
    """Tab enters a group of radio buttons at its checked one; the arrow keys
    move within it. So a radio button counts as reached when Tab reaches its
    group and Down/Up from there lands on it."""
    group = button.group() if isinstance(button, QRadioButton) else None
    if group is None or not group.exclusive():
        return False
    entry = next((b for b in group.buttons() if b in chain), None)
    if entry is None:
        return False
    entry.setFocus(Qt.FocusReason.TabFocusReason)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
        for _ in range(len(group.buttons())):
            QTest.keyClick(QApplication.focusWidget(), key)
            if QApplication.focusWidget() is button:
                return True
    return False


@pytest.fixture
def active(qtbot):
    def activate(wizard: QWizard) -> QWizard:
        qtbot.addWidget(wizard)
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow, timeout=3000)
        return wizard

    return activate


@pytest.mark.parametrize(("name", "page_id", "state", "extra"), STATES, ids=[s[0] for s in STATES])
def test_every_control_is_named_and_reached_by_tab(
    qtbot, vault, active, name, page_id, state, extra
) -> None:
    wizard = active(show_page(name, page_id, state, extra, vault))
    page = wizard.currentPage()
    assert wizard.currentId() == page_id
    found = controls(page)
    assert found, "the page has controls"
    unnamed = [describe(w) for w in found if not w.accessibleName().strip()]
    assert unnamed == [], f"{name}: controls without an accessible name"
    enabled = [w for w in found if w.isEnabled()]
    no_focus = [describe(w) for w in enabled if not w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert no_focus == [], f"{name}: controls Tab cannot reach"
    chain = tab_chain(wizard, enabled[0])
    missed = [describe(w) for w in enabled if w not in chain and not group_reached(w, chain)]
    assert missed == [], f"{name}: controls not in the Tab order"


@pytest.mark.parametrize(("name", "page_id", "state", "extra"), STATES, ids=[s[0] for s in STATES])
def test_alt_shortcuts_are_unique_on_each_page(qtbot, vault, name, page_id, state, extra) -> None:
    wizard = show_page(name, page_id, state, extra, vault)
    qtbot.addWidget(wizard)
    window = wizard
    owners: dict[str, list[str]] = {}
    candidates = [
        w
        for w in wizard.currentPage().findChildren(QWidget)
        if isinstance(w, (QAbstractButton, QLabel)) and w.isVisibleTo(window)
    ] + controls(wizard.currentPage())
    for w in dict.fromkeys(candidates):
        key = mnemonic(w)
        if key:
            owners.setdefault(key, []).append(describe(w))
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}, f"{name}: one Alt shortcut for several controls"


# -- scaling: checked in a process of its own per scale factor ------------------------


def layout_problems(wizard: QWizard) -> list[str]:
    """Labels whose text does not fit, squeezed controls, and controls sticking
    out of the page sideways (or out of the window, for the wizard's buttons)."""
    problems: list[str] = []
    page = wizard.currentPage()
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(wizard) or not label.text().strip():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                problems.append(
                    f"wrapped label cut: {label.text()[:60]!r} needs {needed}px, "
                    f"has {label.height()}px"
                )
        else:
            hint = label.sizeHint()
            if hint.width() > label.width() + 1 or hint.height() > label.height() + 1:
                problems.append(
                    f"label cut: {label.text()[:60]!r} needs {hint.width()}x"
                    f"{hint.height()}, has {label.width()}x{label.height()}"
                )
    for w in controls(page):
        on_page = page.isAncestorOf(w)
        frame = page if on_page else wizard
        hint = w.minimumSizeHint()
        if w.width() + 1 < hint.width():
            problems.append(f"squeezed: {describe(w)} {w.width()} < {hint.width()}")
        left = w.mapTo(frame, w.rect().topLeft()).x()
        if left < 0 or left + w.width() > frame.width() + 1:
            problems.append(f"outside the {'page' if on_page else 'window'}: {describe(w)}")
    return problems


def _check_scale(out: Path) -> int:
    """Script mode: every page state at the current QT_SCALE_FACTOR; writes the
    problems found as JSON and one PNG per state."""
    import socket
    import tempfile

    from cobby_desktop.domain.vault import Vault
    from cobby_desktop.ui.application import create_application
    from cobby_desktop.ui.workers import shutdown
    from tests.support.memory_keyring import memory_keychain

    real_lookup = socket.getaddrinfo

    def loopback_only(host, *args, **kwargs):  # noqa: ANN001, ANN202 - as in conftest
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise socket.gaierror(f"no lookups in this check: {host}")
        return real_lookup(host, *args, **kwargs)

    socket.getaddrinfo = loopback_only
    report: dict[str, list[str]] = {}
    with memory_keychain() as backend, tempfile.TemporaryDirectory() as home:
        os.environ["COBBY_DESKTOP_HOME"] = home
        app = create_application([])
        vault = Vault(backend)
        for name, page_id, state, extra in STATES:
            wizard = show_page(name, page_id, state, extra, vault)
            for _ in range(5):
                app.processEvents()
            report[name] = layout_problems(wizard)
            wizard.grab().save(str(out / f"{name}.png"))
            wizard.state.saved_active = True  # closing must not save a draft
            wizard.close()
            wizard.deleteLater()
            app.processEvents()
        shutdown(2000)
    (out / "problems.json").write_text(json.dumps(report, indent=1))
    return 0


def _scale_run(scale: str, out: Path) -> dict[str, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, str(Path(__file__)), str(out)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads((out / "problems.json").read_text())


def test_the_layout_check_finds_a_cut_label(qtbot, vault) -> None:
    wizard = show_page(*STATES[4], vault)
    qtbot.addWidget(wizard)
    page = wizard.currentPage()
    assert layout_problems(wizard) == []
    cut = QLabel("A sentence far too long for the narrow box it has been given here", page)
    cut.setGeometry(0, 0, 80, 20)
    cut.show()
    assert any("label cut" in p for p in layout_problems(wizard))


@pytest.mark.parametrize("scale", ["1.25", "1.5"])
def test_nothing_is_cut_off_when_scaled(tmp_path: Path, scale: str) -> None:
    problems = _scale_run(scale, tmp_path)
    assert set(problems) == {s[0] for s in STATES}
    assert {k: v for k, v in problems.items() if v} == {}
    # The pictures really are scaled: 760 logical pixels wide.
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "m1-user.png"))
    assert image.width() == round(760 * float(scale))


if __name__ == "__main__":
    sys.exit(_check_scale(Path(sys.argv[1])))
