""""Test connection" for an inventory entry: the full diagnosis with per-stage
progress, its findings (with basic auth and certificate trust fixable in
place), then, when the workspace has a license key, the proof that cobby
itself is connected (the same ProofWidget as the setup wizard's last step).

Everything touching the shop, the inventory or the keychain runs as a job;
Cancel answers at once (the abandoned run notices its cancel flag and any late
result is dropped). diagnose_stored records each finished check in the
history; a proof that cobby is connected is recorded after it, so the main
window says "connected" without another test.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.secret import Secret
from cobby_desktop.services.checks import CheckOutcome, check_stored_shop
from cobby_desktop.services.shops import pin_certificate, store_basic_auth
from cobby_desktop.ui.check_progress import StageList
from cobby_desktop.ui.findings_view import FindingsView, selectable_label
from cobby_desktop.ui.proof_widget import ProgressSink, ProofWidget, Prover
from cobby_desktop.ui.store_access import StoreAccess, StoreProblem
from cobby_desktop.ui.workers import Job

if TYPE_CHECKING:
    from cobby_desktop.domain.diagnosis import DiagnosisReport
    from cobby_desktop.domain.model import Credential, Shop
    from cobby_desktop.domain.proof import ProofResult
    from cobby_desktop.domain.vault import Vault
    from cobby_desktop.net.http import CertInfo, HttpPolicy

# How long the proof polls by default before it gives its advice.
PROOF_TIMEOUT = 300.0
# proof_options the ProofWidget itself keeps; the others go to prove_connection.
_WIDGET_TIMING = ("timeout", "initial_delay", "max_delay")


def _stored_prover(vault: Vault, shop: Shop, cred: Credential, policy: HttpPolicy | None,
                   options: dict[str, Any]) -> Prover:
    """The proof for an inventory entry, its secrets read from the keychain on
    the worker; a keychain problem is the result's own sentence."""

    def prove(cancel: threading.Event, on_progress: ProgressSink) -> ProofResult:
        from cobby_desktop.domain.proof import not_run, prove_stored
        from cobby_desktop.domain.vault import VaultError

        try:
            return prove_stored(
                vault, shop, cred, policy=policy, cancel=cancel, on_progress=on_progress,
                **options,
            )
        except VaultError as exc:
            return not_run(problem=exc.said)

    return prove


class CheckDialog(QDialog):
    check_done = Signal(object)  # DiagnosisReport of a finished (not cancelled) check
    proof_done = Signal(object)  # ProofResult of a proof that ran to its end
    idle = Signal()  # nothing runs any more (finished, failed or cancelled)
    proof_progress = Signal(object)  # ProofProgress, on the GUI thread

    def __init__(
        self,
        store: StoreAccess,
        shop_id: int,
        parent: QWidget | None = None,
        *,
        policy: HttpPolicy | None = None,
        proof_options: dict[str, Any] | None = None,
        autostart: bool = True,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.shop_id = shop_id
        self.policy = policy
        self.proof_options = {"timeout": PROOF_TIMEOUT, **(proof_options or {})}
        self.job: Job | None = None
        self.phase = "idle"  # idle, checking, saving, proving
        self.outcome: CheckOutcome | None = None
        self.report: DiagnosisReport | None = None
        self._proving: tuple[int | None, int | None] = (None, None)  # shop, credential
        self.setWindowTitle(self.tr("Test connection"))
        self.setMinimumSize(620, 560)
        self._build()
        if autostart:
            QTimer.singleShot(0, self.start)

    # -- building ---------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = selectable_label(self.tr("Testing the connection to the shop…"), bold=True)
        layout.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        body = QVBoxLayout(inner)
        body.setContentsMargins(0, 0, 8, 0)
        self.stages = StageList()
        body.addWidget(self.stages)
        self.status = selectable_label()
        self.status.setAccessibleName(self.tr("Test status"))
        self.status.hide()  # until there is something to say
        body.addWidget(self.status)
        self.findings = FindingsView()
        self.findings.basic_auth_given.connect(self.use_basic_auth)
        self.findings.certificate_pinned.connect(self.pin_certificate)
        body.addWidget(self.findings)
        self.proof_box = QGroupBox(self.tr("Is cobby connected?"))
        timing = {k: v for k, v in self.proof_options.items() if k in _WIDGET_TIMING}
        # The dialog's own Cancel stops the proof too: no second Cancel inside.
        self.proof = ProofWidget(show_cancel=False, **timing)
        self.proof.started.connect(lambda: self._set_phase("proving"))
        self.proof.progressed.connect(self.proof_progress)
        self.proof.finished.connect(self._proved)
        QVBoxLayout(self.proof_box).addWidget(self.proof)
        self.proof_box.setVisible(False)
        body.addSpacing(6)  # the proof is a step of its own, not part of the report
        body.addWidget(self.proof_box)
        body.addStretch(1)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the test"))
        self.cancel_button.clicked.connect(self.cancel)
        self.again_button = QPushButton(self.tr("&Test again"))
        self.again_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.cancel_button)
        row.addWidget(self.again_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self._set_phase("idle")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))  # an empty line would leave a gap

    def busy_reason(self) -> str:
        """What closing the app now would stop (the main window asks first)."""
        if self.phase == "proving":
            return self.tr("A check is waiting for cobby to connect to the shop.")
        if self.phase in ("checking", "saving"):
            return self.tr("A connection test is running.")
        return ""

    def _set_phase(self, phase: str) -> None:
        self.phase = phase
        busy = phase != "idle"
        self.cancel_button.setEnabled(phase in ("checking", "proving"))
        self.again_button.setEnabled(not busy)
        self.findings.setEnabled(not busy or phase == "proving")
        if phase == "idle":
            self.idle.emit()

    # -- the diagnosis ------------------------------------------------------------
    def start(self) -> None:
        if self.phase in ("checking", "saving"):
            return
        self._stop_job()
        self.proof.cancel(quiet=True)
        self.proof.set_runner(None)
        self.report = self.outcome = None
        self.findings.set_report(None)
        self.proof_box.setVisible(False)
        self.stages.reset()
        self._say(self.tr("Testing…"))
        shop_id, policy, store = self.shop_id, self.policy, self.store
        self.job = self.store.run_separately(
            lambda inv, vault, ctx: check_stored_shop(
                inv, vault, shop_id, policy or store.context.policy, ctx.progress, ctx.cancel
            ),
            self._checked,
            self._failed,
            self.stages.mark,
        )
        self._set_phase("checking")

    def _checked(self, outcome: CheckOutcome) -> None:
        self.job = None
        self.outcome = outcome
        if outcome.report is None:
            self._say(
                i18n.explain(outcome.problem) if outcome.problem is not None
                else self.tr("This shop is no longer in the inventory.")
            )
            self._set_phase("idle")
            return
        shop, report = outcome.shop, outcome.report
        assert shop is not None
        self.report = report
        self.heading.setText(
            self.tr("Connection test for %1").replace("%1", shop.display_name)
        )
        self._say("")
        if report.ok:
            self.stages.mark_all_done()
        else:
            self.stages.mark_failed()
        self.stages.mark_plain_http(report.url_used)
        self.findings.set_report(report, basic_auth_user=shop.basic_auth_user or "")
        self.check_done.emit(report)
        if report.ok and outcome.credential is not None and outcome.has_license_key:
            self._start_proof(shop, outcome.credential)
            return
        if report.ok and not outcome.has_license_key:
            self.proof_box.setVisible(True)
            self.proof.show_note(
                self.tr(
                    "Not checked: the workspace has no license key. To see whether cobby "
                    "itself is connected, choose the shop's workspace and enter its license "
                    "key, then test again."
                )
            )
        self._set_phase("idle")

    def _failed(self, message: str) -> None:
        self.job = None
        self._say(message)
        self._set_phase("idle")

    def cancel(self) -> None:
        """Stop whatever runs; the view is idle again before this returns."""
        if self.phase == "proving":
            self.proof.cancel()  # says "cancelled" and finishes at once (see _proved)
            return
        if self.job is None or self.phase != "checking":
            return
        self._stop_job()
        self.stages.mark_stopped()
        self._say(self.tr("The test was cancelled. Click Test again to run it."))
        self._set_phase("idle")

    def _stop_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None

    # -- fixing in place ----------------------------------------------------------
    def use_basic_auth(self, user: str, password: Secret) -> None:
        """Keep the basic-auth user on the shop and the password in the keychain,
        then test again."""
        shop_id = self.shop_id
        self._save(
            lambda inv, vault: store_basic_auth(inv, vault, shop_id, user, password),
            self.tr("Saving the user name and the password in the keychain…"),
        )

    def pin_certificate(self, cert: CertInfo) -> None:
        shop_id = self.shop_id
        self._save(
            lambda inv, vault: pin_certificate(inv, shop_id, cert),
            self.tr("Saving the trusted certificate…"),
        )

    def _save(self, fn, text: str) -> None:  # noqa: ANN001 - fn(inventory, vault)
        self._stop_job()
        self.proof.cancel(quiet=True)
        self._say(text)
        self._set_phase("saving")

        def saved(shop: object) -> None:
            self._set_phase("idle")
            if shop is None:
                self._say(self.tr("This shop is no longer in the inventory."))
                return
            self.start()

        def problem(p: StoreProblem) -> None:
            self._say(i18n.explain(p))
            self._set_phase("idle")

        self.store.run(fn, saved, problem, self._failed)

    # -- the proof that cobby is connected ----------------------------------------------
    def _start_proof(self, shop: Shop, cred: Credential) -> None:
        extra = {k: v for k, v in self.proof_options.items() if k not in _WIDGET_TIMING}
        timing = {
            "timeout": self.proof.timeout,
            "initial_delay": self.proof.initial_delay,
            "max_delay": self.proof.max_delay,
        }
        context = self.store.context
        prove = _stored_prover(
            context.vault, shop, cred, self.policy or context.policy, {**timing, **extra}
        )
        self._proving = (shop.id, cred.id)
        self.proof_box.setVisible(True)
        self.proof.start(prove)  # "Check again" in the box runs it once more

    def _proved(self, result: ProofResult) -> None:
        from cobby_desktop.domain.proof import ProofState

        if result.ok:  # the diagnosis's "not connected yet" is settled now
            self.findings.hide_findings({"cobby.not_connected", "cobby.license_mismatch"})
        self._set_phase("idle")
        if result.state is ProofState.CANCELLED:
            return
        shop_id, credential_id = self._proving
        if not result.ok or shop_id is None:
            self.proof_done.emit(result)
            return
        from cobby_desktop.domain.proof import record_proof

        # One truth: the history (and so the main window) says cobby is connected.
        self.store.run(
            lambda inv, _vault: record_proof(inv, shop_id, credential_id, result),
            lambda _wrote: self.proof_done.emit(result),
            lambda _problem: self.proof_done.emit(result),
            lambda _message: self.proof_done.emit(result),
        )

    # -- closing --------------------------------------------------------------------
    def done(self, result: int) -> None:
        self._stop_job()
        self.proof.cancel(quiet=True)
        super().done(result)

