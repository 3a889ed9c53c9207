"""The test: the diagnosis runs in the background with per-stage progress; a
failure shows its findings and fix steps, a pass saves the credential."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QTextBrowser, QWidget

from cobby_desktop.ui.wizard.base import BasePage
from cobby_desktop.ui.wizard.widgets import esc, wrapped
from cobby_desktop.ui.workers import Job, JobContext, start_job

if TYPE_CHECKING:
    from cobby_desktop.domain.diagnosis import DiagnosisReport

SAVE_STAGE = "save"


class TestPage(BasePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Test the connection"))
        self.setSubTitle(
            self.tr("The app now tries what cobby will do: reach the shop and sign in.")
        )
        from cobby_desktop.domain.diagnosis import STAGES

        self.stage_ids = (*STAGES, SAVE_STAGE)
        names = {
            "url": self.tr("Shop address"),
            "dns": self.tr("Finding the shop on the internet"),
            "tcp": self.tr("Connecting to the shop's server"),
            "tls": self.tr("Secure connection"),
            "http": self.tr("Web server answers"),
            "detect": self.tr("Magento and its API"),
            "credentials": self.tr("Signing in with the credentials"),
            "cobby": self.tr("cobby connector"),
            SAVE_STAGE: self.tr("Saving in the inventory and the keychain"),
        }
        self.stage_labels: dict[str, QLabel] = {}
        self._stage_names = {s: names.get(s, s) for s in self.stage_ids}
        for stage in self.stage_ids:
            label = QLabel()
            self.stage_labels[stage] = label
            self.body.addWidget(label)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(self.stage_ids))
        self.bar.setAccessibleName(self.tr("Test progress"))
        self.body.addWidget(self.bar)
        self.status = wrapped()
        self.status.setAccessibleName(self.tr("Test result"))
        self.body.addWidget(self.status)
        self.report_view = QTextBrowser()
        self.report_view.setOpenExternalLinks(False)
        self.report_view.setAccessibleName(self.tr("Findings and how to fix them"))
        self.report_view.setVisible(False)
        self.body.addWidget(self.report_view, 1)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("&Cancel the test"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the test"))
        self.cancel_button.clicked.connect(self.cancel_test)
        self.again_button = QPushButton(self.tr("&Test again"))
        self.again_button.setAccessibleName(self.tr("Test again"))
        self.again_button.clicked.connect(self.start_test)
        row.addWidget(self.cancel_button)
        row.addWidget(self.again_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.job: Job | None = None
        self.report: DiagnosisReport | None = None
        self.autostart = True
        self._mark(None)

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
        self.report_view.setVisible(False)
        self.status.setText(self.tr("Testing…"))
        self._mark(self.stage_ids[0])
        self.cancel_button.setEnabled(True)
        self.again_button.setEnabled(False)
        wiz = self.wiz
        snapshot = dataclasses.replace(self.state, secrets=dict(self.state.secrets))
        opener, vault, policy = wiz.open_inventory, wiz.vault, wiz.policy

        def work(ctx: JobContext) -> tuple[DiagnosisReport, object | None]:
            from cobby_desktop.ui.wizard import store_ops

            report = store_ops.run_check(snapshot, vault, policy, ctx.progress, ctx.cancel)
            if not report.ok or ctx.cancelled:
                return report, None
            ctx.progress(SAVE_STAGE)
            return report, store_ops.save(opener, vault, snapshot, report=report)

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
        self.status.setText(self.tr("The test was cancelled. Click Test again to run it."))
        self._idle()

    def _idle(self) -> None:
        self.cancel_button.setEnabled(False)
        self.again_button.setEnabled(True)
        self.completeChanged.emit()

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
                self.status.setText(
                    self.tr("The test passed, but saving failed: %1").replace("%1", outcome.error)
                )
                self._idle()
                return
            self.wiz.adopt_saved(outcome.state)
        self.show_report(report)
        self._idle()

    # -- showing --------------------------------------------------------------
    def _mark(self, current: str | None) -> None:
        self._reached = current
        reached = self.stage_ids.index(current) if current in self.stage_ids else -1
        for i, stage in enumerate(self.stage_ids):
            if current is None:
                sign = "○"
            elif i < reached:
                sign = "✓"
            elif i == reached:
                sign = "▶"
            else:
                sign = "○"
            self.stage_labels[stage].setText(f"{sign}  {self._stage_names[stage]}")
        self.bar.setValue(max(reached, 0))

    def show_report(self, report: DiagnosisReport) -> None:
        self.report = report
        ok = report.ok
        if ok:
            self._mark_all_done()
            parts = []
            if report.magento_version:
                edition = f" ({report.magento_edition})" if report.magento_edition else ""
                parts.append(self.tr("Magento %1").replace("%1", report.magento_version + edition))
            if report.cobby and report.cobby.cobby_version:
                parts.append(
                    self.tr("cobby connector %1").replace("%1", report.cobby.cobby_version)
                )
            text = self.tr("The connection works.")
            if parts:
                text += " " + " · ".join(parts)
            if self.state.saved_active:
                text += "\n" + self.tr("Saved: the credential is stored and marked active.")
            self.status.setText(text)
            self.status.setStyleSheet("color: #1e6b34; font-weight: bold;")
        elif report.cancelled:
            self.status.setText(self.tr("The test was cancelled. Click Test again to run it."))
            self.status.setStyleSheet("")
        else:
            self._mark_failed()
            self.status.setText(
                self.tr(
                    "The test found a problem. Fix it as described below, then click Test "
                    "again; everything you typed is kept."
                )
            )
            self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        self.report_view.setHtml(self.findings_html(report))
        self.report_view.setVisible(bool(report.findings))
        if self.job is None:
            self.cancel_button.setEnabled(False)
            self.again_button.setEnabled(True)
        self.completeChanged.emit()

    def _mark_failed(self) -> None:
        """The stage the test stopped at gets a cross; later stages stay open."""
        stage = self._reached if self._reached in self.stage_ids else None
        if stage is None or stage == SAVE_STAGE:
            return
        self.stage_labels[stage].setText(f"✗  {self._stage_names[stage]}")

    def _mark_all_done(self) -> None:
        for stage in self.stage_ids:
            self.stage_labels[stage].setText(f"✓  {self._stage_names[stage]}")
        self.bar.setValue(len(self.stage_ids))

    def findings_html(self, report: DiagnosisReport) -> str:
        order = {"failure": 0, "warning": 1, "notice": 2}
        words = {
            "failure": self.tr("Problem"),
            "warning": self.tr("Warning"),
            "notice": self.tr("Good to know"),
        }
        blocks = []
        for f in sorted(report.findings, key=lambda f: order.get(str(f.severity), 3)):
            severity = str(f.severity)
            parts = [f"<h3>{esc(words.get(severity, severity))}: {esc(f.title)}</h3>"]
            if getattr(f, "explanation", ""):
                parts.append(f"<p>{esc(f.explanation)}</p>")
            if f.detail:
                parts.append(f"<p>{esc(f.detail)}</p>")
            if f.fix:
                parts.append(f"<p><b>{esc(self.tr('What to do:'))}</b></p>")
                parts.append("<ol>" + "".join(f"<li>{esc(s)}</li>" for s in f.fix) + "</ol>")
            blocks.append("".join(parts))
        return "".join(blocks)
