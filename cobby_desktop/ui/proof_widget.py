"""The connection proof as a widget: polls the shop's cobby probe in a job
(`domain.proof.prove_connection`) and shows, in the merchant's words, what the
shop says, how many checks ran and how long it has been waiting.

The elapsed time ticks on the GUI side (a one-second QTimer), so it moves
even while a slow probe is under way. The poller's progress reaches the GUI
through a queue the GUI drains (the worker makes no Qt call), a fresh one per
run, so an abandoned run's answers go nowhere. Cancel returns at once.

Two ways to start:
- `start_probe(build)`: `build()` runs on the worker and returns
  `(probe, workspace_key)` (the key may be None: nothing to compare with);
- `start(prove)`: `prove(cancel, on_progress)` returns a `ProofResult`, e.g.
  `prove_stored(vault, shop, credential, cancel=cancel, on_progress=on_progress)`.

Used by the wizard's portal step and the "Test connection" dialog (which has
its own Cancel: `show_cancel=False`). `show_note(text)` says why nothing runs.
"""

from __future__ import annotations

import html
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.domain.proof import (
    Probe,
    ProofProgress,
    ProofResult,
    ProofState,
    not_run,
    prove_connection,
)
from cobby_desktop.secret import Secret
from cobby_desktop.ui import theme
from cobby_desktop.ui.theme import Tone
from cobby_desktop.ui.workers import Job, JobContext, start_job

ProgressSink = Callable[[ProofProgress], None]
Prover = Callable[[threading.Event, ProgressSink], ProofResult]
ProbeBuilder = Callable[[], "tuple[Probe, Secret | None]"]



def format_elapsed(seconds: float) -> str:
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class ProofWidget(QWidget):
    finished = Signal(object)  # ProofResult (also for cancel and failures)
    started = Signal()
    progressed = Signal(object)  # ProofProgress: each answer of the shop while running

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        timeout: float = 600.0,
        initial_delay: float = 2.0,
        max_delay: float = 30.0,
        show_cancel: bool = True,
    ) -> None:
        super().__init__(parent)
        # False where the owner has a Cancel of its own (the check dialog).
        self.show_cancel = show_cancel
        self.timeout = timeout
        self.initial_delay = initial_delay
        self.max_delay = max_delay
        self.job: Job | None = None
        self.result: ProofResult | None = None
        self.state: ProofState | None = None  # the shop's latest answer, then the end state
        self.attempts = 0
        self.next_check_in: float | None = None
        self._progress_at = 0.0  # elapsed seconds when the last answer came
        self._runner: Prover | None = None
        self._run = 0  # which start() progress belongs to; older runs are ignored
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._updates: queue.SimpleQueue[ProofProgress] = queue.SimpleQueue()
        self._drain_timer = QTimer(self)
        self._drain_timer.setInterval(100)
        self._drain_timer.timeout.connect(self._drain)

        self._build_lines()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.headline)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addWidget(self.advice)
        layout.addLayout(buttons)
        layout.addStretch(1)  # extra height goes below, not between the lines

    def _build_lines(self) -> None:
        self.headline = QLabel(self.tr("cobby Desktop has not checked the connection yet."))
        self.headline.setObjectName("proofHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline.setAccessibleName(self.tr("Connection to cobby"))
        self.detail = QLabel()
        self.detail.setObjectName("proofDetail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: palette(placeholder-text);")
        self.detail.hide()  # until there is something to count
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: the end is not known
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.bar.setAccessibleName(self.tr("Checking the connection"))
        self.bar.hide()
        self.advice = QLabel()
        self.advice.setObjectName("proofAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice.hide()
        self.start_button = QPushButton(self.tr("C&heck the connection"))
        self.start_button.setAccessibleName(self.tr("Check the connection to cobby"))
        self.start_button.clicked.connect(self.restart)
        self.start_button.hide()  # shown once there is something to run
        self.cancel_button = QPushButton(self.tr("Cancel the check"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the connection check"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()

    # -- starting -----------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job is not None

    def set_runner(self, prove: Prover | None) -> None:
        """What the Check button runs (without starting it)."""
        self._runner = prove
        self.start_button.setVisible(prove is not None and not self.running)

    def start_probe(self, build: ProbeBuilder) -> Job:
        """Poll the probe `build()` makes (on the worker) against the key it returns."""
        timeout, initial, most = self.timeout, self.initial_delay, self.max_delay

        def prove(cancel: threading.Event, on_progress: ProgressSink) -> ProofResult:
            probe, key = build()
            if key is None or not key.reveal().strip():
                return not_run("no_workspace_key")
            return prove_connection(
                probe,
                key,
                timeout=timeout,
                initial_delay=initial,
                max_delay=most,
                on_progress=on_progress,
                cancel=cancel,
            )

        return self.start(prove)

    def poll(
        self,
        probe: Probe,
        key: Secret | None,
        cancel: threading.Event,
        on_progress: ProgressSink,
    ) -> ProofResult:
        """Inside a `start` prover (on the worker): poll with this widget's timing."""
        if key is None or not key.reveal().strip():
            return not_run("no_workspace_key")
        return prove_connection(
            probe,
            key,
            timeout=self.timeout,
            initial_delay=self.initial_delay,
            max_delay=self.max_delay,
            on_progress=on_progress,
            cancel=cancel,
        )

    def start(self, prove: Prover) -> Job:
        """Run `prove(cancel, on_progress)` in a job; see the module text."""
        self.cancel(quiet=True)
        self._runner = prove
        self._run += 1
        run = self._run
        self._updates = updates = queue.SimpleQueue[ProofProgress]()
        self.result = None
        self.state = None
        self.attempts = 0
        self.next_check_in = None

        def work(ctx: JobContext) -> ProofResult:
            return prove(ctx.cancel, updates.put)

        job = start_job(work, self)
        job.finished.connect(lambda result: self._done(run, result))
        job.failed.connect(lambda message: self._failed(run, message))
        self.job = job
        self._clock.start()
        self._ticker.start()
        self._drain_timer.start()
        self._show_running(self.tr("Asking your shop whether cobby has connected…"))
        self.started.emit()
        return job

    def restart(self) -> None:
        if self._runner is not None:
            self.start(self._runner)

    # -- stopping -----------------------------------------------------------------
    def cancel(self, *, quiet: bool = False) -> None:
        """Stop at once; the merchant sees "cancelled" (unless `quiet`)."""
        if self.job is None:
            return
        job, self.job = self.job, None
        job.cancel()
        self._run += 1  # drop whatever the abandoned run still sends
        self._updates = queue.SimpleQueue()
        self._stop_timers()
        if quiet:
            return
        elapsed = self._clock.elapsed() / 1000 if self._clock.isValid() else 0.0
        self._finish(
            ProofResult(
                state=ProofState.CANCELLED,
                attempts=self.attempts,
                elapsed=elapsed,
                last_state=self.state,
            )
        )

    def _stop_timers(self) -> None:
        self._ticker.stop()
        self._drain_timer.stop()

    def _failed(self, run: int, message: str) -> None:
        if run != self._run:
            return
        self._drain()
        self.job = None
        self._stop_timers()
        self._finish(
            ProofResult(
                state=ProofState.ERROR,
                attempts=self.attempts,
                elapsed=self._clock.elapsed() / 1000,
                last_state=self.state,
            ),
            headline=message,  # the job's own words, already in the merchant's language
        )

    def _done(self, run: int, result: ProofResult) -> None:
        if run != self._run:
            return
        self._drain()  # answers that came just before the end are shown first
        self.job = None
        self._stop_timers()
        self._finish(result)

    # -- showing ------------------------------------------------------------------
    def show_note(self, text: str) -> None:
        """Say why nothing is checked (e.g. no license key yet); clears any result."""
        self.cancel(quiet=True)
        self.set_runner(None)
        self.result = self.state = None
        self.attempts = 0
        self.headline.setText(text)
        self.headline.setStyleSheet("")
        for widget in (self.bar, self.detail, self.advice, self.cancel_button):
            widget.hide()

    def _drain(self) -> None:
        while self.job is not None:
            try:
                progress = self._updates.get_nowait()
            except queue.Empty:
                return
            self._on_progress(progress)

    def _on_progress(self, progress: ProofProgress) -> None:
        self.attempts = progress.attempt
        self.state = progress.state
        self.next_check_in = progress.next_check_in
        self._progress_at = self._clock.elapsed() / 1000
        self._show_running(i18n.render(progress.said))
        self.progressed.emit(progress)

    def _show_running(self, headline: str) -> None:
        self.headline.setText(headline)
        self.headline.setStyleSheet(theme.text_style(Tone.WAIT, bold=True))
        self.bar.show()
        self.advice.hide()
        self.cancel_button.setVisible(self.show_cancel)
        self.cancel_button.setEnabled(True)
        self.start_button.hide()
        self._tick()

    def detail_text(self) -> str:
        elapsed = self._clock.elapsed() / 1000 if self._clock.isValid() else 0.0
        parts = []
        if self.attempts:
            parts.append(self._checks(self.attempts))
        parts.append(self.tr("%1 elapsed").replace("%1", format_elapsed(elapsed)))
        if self.running and self.attempts and self.next_check_in is not None:
            left = int(round(self.next_check_in - (elapsed - self._progress_at)))
            if left > 0:
                parts.append(self.tr("next check in %1 s").replace("%1", str(left)))
            else:
                parts.append(self.tr("checking…"))
        return " · ".join(parts)

    def _checks(self, count: int) -> str:
        return self.tr("%n checks", "", count)

    def _tick(self) -> None:
        self.detail.setText(self.detail_text())
        self.detail.show()

    def _finish(self, result: ProofResult, headline: str = "") -> None:
        self.result = result
        self.state = result.state
        self.attempts = max(self.attempts, result.attempts)
        self.bar.hide()
        self.cancel_button.hide()
        self.start_button.setVisible(self._runner is not None)
        self.start_button.setText(self.tr("C&heck again"))
        good = result.state is ProofState.CONNECTED
        tone = "good" if good else "wait" if result.state is ProofState.CANCELLED else "bad"
        headline = headline or " ".join(i18n.render(said) for said in result.said)
        self.headline.setText(headline)
        self.headline.setStyleSheet(theme.text_style(Tone(tone), bold=True))
        details = [
            self._checks(result.attempts),
            self.tr("%1 elapsed").replace("%1", format_elapsed(result.elapsed)),
        ]
        if good and result.cobby_version:
            details.append(self.tr("cobby connector %1").replace("%1", result.cobby_version))
        self.detail.setText(" · ".join(details))
        self.detail.show()
        self.advice.setText(self.advice_html(result))
        self.advice.setVisible(bool(result.advice))
        self.finished.emit(result)

    def advice_html(self, result: ProofResult) -> str:
        if not result.advice:
            return ""
        items = "".join(
            f"<li>{html.escape(i18n.render(line))}</li>" for line in result.advice
        )
        title = html.escape(self.tr("What to do:"))
        return f"<p style='margin:0'><b>{title}</b></p><ul style='margin-top:2px'>{items}</ul>"

    def closeEvent(self, event: Any) -> None:  # noqa: ANN401 - Qt signature
        self.cancel(quiet=True)
        super().closeEvent(event)
