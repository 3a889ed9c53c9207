"""The test: the diagnosis runs in the background with per-stage progress; the
findings view shows the result and its fix steps, takes a basic-auth user and
password or the trust of one exact certificate, and a pass saves the credential.
Test again keeps everything typed."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard

from cobby_desktop import i18n
from cobby_desktop.secret import Secret
from cobby_desktop.ui import theme
from cobby_desktop.ui.check_progress import StageList
from cobby_desktop.ui.findings_view import FindingsView
from cobby_desktop.ui.theme import Tone
from cobby_desktop.ui.wizard.base import BasePage
from cobby_desktop.ui.wizard.widgets import wrapped
from cobby_desktop.ui.workers import Job, JobContext, start_job

if TYPE_CHECKING:
    from cobby_desktop.domain.diagnosis import DiagnosisReport
    from cobby_desktop.net.http import CertInfo

SAVE_STAGE = "save"


class TestPage(BasePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Test the connection"))
        self.setSubTitle(
            self.tr("The app now tries what cobby will do: reach the shop and sign in.")
        )
        self.stages = StageList(
            ((SAVE_STAGE, self.tr("Saving in the inventory and the keychain")),)
        )
        self.stage_ids = self.stages.stage_ids
        self.body.addWidget(self.stages)
        self.status = wrapped()
        self.status.setAccessibleName(self.tr("Test status"))
        self.body.addWidget(self.status)
        # Plain http is said here, where the key is created, not first in the audit.
        self.http_warning = wrapped(
            self.tr(
                "Your shop is reached over http, without encryption: the key travels "
                "readable to anyone on the way. Ask your hosting to switch the shop to "
                "https, then change the address here and in cobby's portal."
            )
        )
        self.http_warning.setObjectName("httpWarning")
        self.http_warning.setAccessibleName(self.tr("Warning: the shop is reached without https"))
        self.http_warning.setVisible(False)
        self.body.addWidget(self.http_warning)
        theme.on_scheme_change(self._restyle)
        self._restyle()
        self.findings = FindingsView()
        self.findings.setAccessibleName(self.tr("Findings and how to fix them"))
        self.findings.basic_auth_given.connect(self.use_basic_auth)
        self.findings.certificate_pinned.connect(self.pin_certificate)
        self.body.addWidget(self.findings)
        # The view's report buttons may come without names (findings_view.py is
        # shared): name them here unless the view already does.
        for button, name in (
            (self.findings.copy_button, self.tr("Copy the report")),
            (self.findings.save_button, self.tr("Save the report to a file")),
        ):
            if not button.accessibleName():
                button.setAccessibleName(name)
        row = self.actions  # pinned under the findings: never scrolled away
        self.cancel_button = QPushButton(self.tr("Cance&l the test"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the test"))
        self.cancel_button.clicked.connect(self.cancel_test)
        self.again_button = QPushButton(self.tr("Test a&gain"))
        self.again_button.setAccessibleName(self.tr("Test again"))
        self.again_button.clicked.connect(self.start_test)
        row.addWidget(self.cancel_button)
        row.addWidget(self.again_button)
        row.addStretch(1)
        self.body.addStretch(1)
        self.job: Job | None = None
        self.report: DiagnosisReport | None = None
        self.autostart = True
        self._mark(None)

    def _restyle(self, *_: object) -> None:
        self.http_warning.setStyleSheet(theme.panel_style(Tone.WAIT) + " padding: 8px;")

    # -- lifecycle ------------------------------------------------------------
    def initializePage(self) -> None:
        super().initializePage()
        if self.autostart:
            self.start_test()

    def cleanupPage(self) -> None:
        self.cancel_test()
        super().cleanupPage()

    def isComplete(self) -> bool:
        return self.state.saved_active and self.job is None

    # -- running ----------------------------------------------------------------
    def start_test(self) -> None:
        self.cancel_test()
        self.report = None
        self.http_warning.setVisible(False)
        self.findings.set_report(None)
        self.status.setText(self.tr("Testing…"))
        self.status.setStyleSheet("")
        self.stages.reset()
        self._mark(self.stage_ids[0])
        self.cancel_button.setEnabled(True)
        self.again_button.setEnabled(False)
        wiz = self.wiz
        snapshot = dataclasses.replace(self.state, secrets=dict(self.state.secrets))
        opener, vault, policy = wiz.open_inventory, wiz.vault, wiz.policy

        def work(ctx: JobContext) -> tuple[DiagnosisReport, object | None]:
            from cobby_desktop.services import setup

            report = setup.run_check(snapshot, vault, policy, ctx.progress, ctx.cancel,
                                      open_inventory=opener)
            if not report.ok or ctx.cancelled:
                return report, None
            ctx.progress(SAVE_STAGE)
            return report, setup.save(opener, vault, snapshot, report=report)

        job = start_job(work, self)
        job.progress.connect(self._mark)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        self.job = job
        self.completeChanged.emit()

    def cancel_test(self) -> None:
        if self.job is None:
            return
        self.job.cancel()
        self.job = None
        self.stages.mark_stopped()
        self.status.setText(self.tr("The test was cancelled. Click Test again to run it."))
        self._idle()

    def use_basic_auth(self, user: str, password: Secret) -> None:
        """The findings view's basic-auth form: keep both (the password goes to
        the keychain when the shop is saved) and test again."""
        self.state.basic_auth_user = user
        self.state.basic_auth_password = password
        self.start_test()

    def pin_certificate(self, cert: CertInfo) -> None:
        self.state.pinned_cert_pem = cert.pem
        self.state.pinned_cert_sha256 = cert.sha256
        self.start_test()

    def _idle(self) -> None:
        self.cancel_button.setEnabled(False)
        self.again_button.setEnabled(True)
        self.completeChanged.emit()
        self._keep_focus()

    def _keep_focus(self) -> None:
        """Disabling Cancel the test drops the keyboard focus: hand it to Next
        after a pass, else to Test again, so the keyboard can go on."""
        current = QApplication.focusWidget()
        if current is not None and current.isEnabled() and current.isVisible():
            return
        wiz = self.wizard()
        if wiz is None or not self.isVisible():
            return
        target = wiz.button(QWizard.WizardButton.NextButton)
        if not (self.isComplete() and target.isEnabled()):
            target = self.again_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, message: str) -> None:
        self.job = None
        self.status.setText(message)
        self._idle()

    def _finished(self, payload: tuple) -> None:
        self.job = None
        report, outcome = payload
        if outcome is not None:
            if outcome.error:
                self.show_report(report)
                # The checks passed; the save stage gets the cross, in red.
                self.stages.mark(SAVE_STAGE)
                self.stages.mark_failed()
                self.stages.mark_plain_http(report.url_used)
                said = i18n.explain(outcome)
                self.status.setText(
                    self.tr("The test passed, but saving failed: %1").replace("%1", said)
                )
                self.status.setStyleSheet(theme.text_style(Tone.BAD))
                self._idle()
                return
            self.wiz.adopt_saved(outcome.state)
        self.show_report(report)
        self._idle()

    # -- showing --------------------------------------------------------------
    def _mark(self, current: str | None) -> None:
        self.stages.mark(current)

    def show_report(self, report: DiagnosisReport) -> None:
        self.report = report
        self.http_warning.setVisible(report.plain_http and not report.cancelled)
        self.findings.set_report(report, basic_auth_user=self.state.basic_auth_user)
        if report.ok:
            self.stages.mark_all_done()
            text = ""
            if self.state.saved_active:
                text = self.tr("Saved: the credential is stored and marked active.")
            self.status.setText(text)
            self.status.setStyleSheet(theme.text_style(Tone.GOOD))
        elif report.cancelled:
            self.status.setText(self.tr("The test was cancelled. Click Test again to run it."))
            self.status.setStyleSheet("")
        else:
            self.stages.mark_failed(skip=(SAVE_STAGE,))
            self.status.setText(
                self.tr(
                    "Fix the problem as described below, then click Test again; everything "
                    "you typed is kept."
                )
            )
            self.status.setStyleSheet("")
        self.stages.mark_plain_http(report.url_used)
        if self.job is None:
            self.cancel_button.setEnabled(False)
            self.again_button.setEnabled(True)
        self.completeChanged.emit()
        if self.job is None:
            self._keep_focus()
