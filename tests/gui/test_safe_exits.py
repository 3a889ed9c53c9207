"""Safe exits: Cancel (or Escape, or the window's close button) on a wizard
with typed values asks whether to keep them as a draft or discard them;
closing the main window while a job runs says what will happen first."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QWizard

from cobby_desktop.domain.store import Inventory
from tests.gui.window_support import job_draining, open_window
from tests.gui.wizard_steps import make_wizard

_drain_jobs = job_draining(3000)


def _question(qtbot, parent, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, name) is not None, timeout=3000)
    return parent.findChild(QMessageBox, name)


def _click(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    assert isinstance(button, QPushButton)
    button.click()


def _typed_wizard(qtbot):
    wizard = make_wizard(qtbot)
    page = wizard.workspace_page
    page.create_new.setChecked(True)
    page.name.setText("Kaffeehaus")
    return wizard


def _workspaces() -> list[str]:
    with Inventory.open() as inv:
        return [w.name for w in inv.workspaces()]


def test_cancel_asks_and_go_on_keeps_the_wizard_open(qtbot):
    wizard = _typed_wizard(qtbot)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    box = _question(qtbot, wizard, "cancelQuestion")
    assert wizard.isVisible()
    _click(box, QMessageBox.ButtonRole.RejectRole)
    qtbot.waitUntil(lambda: wizard.cancel_question is None, timeout=2000)
    assert wizard.isVisible() and wizard.result() == 0


def test_discard_keeps_nothing(qtbot):
    wizard = _typed_wizard(qtbot)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    box = _question(qtbot, wizard, "cancelQuestion")
    _click(box, QMessageBox.ButtonRole.DestructiveRole)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=2000)
    qtbot.wait(200)
    assert _workspaces() == []


def test_keep_saves_the_draft(qtbot):
    wizard = _typed_wizard(qtbot)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    box = _question(qtbot, wizard, "cancelQuestion")
    with qtbot.waitSignal(wizard.draft_saved, timeout=5000):
        _click(box, QMessageBox.ButtonRole.AcceptRole)
    assert not wizard.isVisible()
    assert _workspaces() == ["Kaffeehaus"]


def test_the_close_button_asks_too_and_an_untouched_wizard_just_closes(qtbot):
    wizard = _typed_wizard(qtbot)
    event = QCloseEvent()
    event.setAccepted(True)
    event.spontaneous = lambda: True  # as if the window manager's close button
    wizard.closeEvent(event)
    assert not event.isAccepted()
    _question(qtbot, wizard, "cancelQuestion")

    empty = make_wizard(qtbot)
    empty.button(QWizard.WizardButton.CancelButton).click()
    assert not empty.isVisible() and empty.cancel_question is None


def test_closing_the_window_during_a_test_says_what_happens(qtbot, vault, sample):
    release = threading.Event()

    def tester(inventory, vault_, row, ctx):
        release.wait(10)
        return None

    window = open_window(qtbot, vault, tester=tester)
    job = window.test_row(window.selected_row())
    assert job is not None and window.busy_reasons()
    window.close()
    box = _question(qtbot, window, "quitQuestion")
    assert window.isVisible(), "nothing stops before the merchant answers"
    assert box.defaultButton() is box.escapeButton(), "the safe answer is the default"
    _click(box, QMessageBox.ButtonRole.RejectRole)
    qtbot.waitUntil(lambda: window.quit_question is None, timeout=2000)
    assert window.isVisible()
    window.close()
    box = _question(qtbot, window, "quitQuestion")
    _click(box, QMessageBox.ButtonRole.AcceptRole)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert job.context.cancel.is_set(), "the running test was told to stop"
    release.set()


def test_an_idle_window_closes_without_a_question(qtbot, vault, sample):
    window = open_window(qtbot, vault)
    assert window.busy_reasons() == []
    window.close()
    assert not window.isVisible()


def _blocking(release: threading.Event):
    def work(*_args: object, **_kwargs: object) -> None:
        release.wait(10)

    return work


def _start_rotation(window, sample, release, monkeypatch, tmp_path):
    dialog = window.launcher.rotation(sample.shops[0].id)
    return dialog._run(_blocking(release), lambda _: None, "rotating")


def _start_revoke(window, sample, release, monkeypatch, tmp_path):
    with Inventory.open() as inv:
        credential = inv.credentials()[0]
    dialog = window.launcher.revoke(credential.id)
    return dialog._run(_blocking(release), lambda _: None, "revoking")


def _start_audit_action(window, sample, release, monkeypatch, tmp_path):
    dialog = window.launcher.audit()
    return dialog._action(_blocking(release), lambda _: None, "asking the shop")


def _start_export(window, sample, release, monkeypatch, tmp_path):
    from cobby_desktop.ui import kdbx_export_dialog

    monkeypatch.setattr(kdbx_export_dialog, "export_kdbx", _blocking(release))
    dialog = window.launcher.export_kdbx()
    dialog.file.edit.setText(str(tmp_path / "out.kdbx"))
    dialog.passphrase.setText("correct horse battery staple")
    dialog.again.setText("correct horse battery staple")
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    return dialog.job


def _start_import(window, sample, release, monkeypatch, tmp_path):
    dialog = window.launcher.import_kdbx()
    dialog._start(_blocking(release))
    return dialog.job


@pytest.mark.parametrize(
    "start",
    [_start_rotation, _start_revoke, _start_audit_action, _start_export, _start_import],
    ids=["rotation", "revoke", "audit", "kdbx-export", "kdbx-import"],
)
def test_closing_the_window_during_a_dialogs_job_asks_first(
    qtbot, vault, sample, monkeypatch, tmp_path, start
):
    release = threading.Event()
    window = open_window(qtbot, vault)
    assert window.busy_reasons() == []
    try:
        job = start(window, sample, release, monkeypatch, tmp_path)
        assert job is not None and not job.done
        assert len(window.busy_reasons()) == 1
        window.close()
        box = _question(qtbot, window, "quitQuestion")
        assert window.isVisible(), "nothing stops before the merchant answers"
        _click(box, QMessageBox.ButtonRole.RejectRole)
        qtbot.waitUntil(lambda: window.quit_question is None, timeout=2000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    qtbot.waitUntil(lambda: window.busy_reasons() == [], timeout=3000)
    window.close()
    assert not window.isVisible() and window.quit_question is None
