"""Background jobs for the GUI: the view hands over a plain domain function and
listens to signals; network, disk and keychain work never runs on the GUI thread.

A job's function receives a `JobContext` with a cancel flag (checked by the
domain between stages and by the HTTP stack between chunks) and a progress
callback. Cancel is immediate for the view: `cancelled` is emitted at once and
any later result of the abandoned run is dropped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class JobContext:
    """A job's cancel flag and progress callback (a plain class: importing
    dataclasses costs the app's start-up a few milliseconds)."""

    def __init__(
        self,
        cancel: threading.Event | None = None,
        _progress: Callable[[str], None] | None = None,
    ) -> None:
        self.cancel = cancel if cancel is not None else threading.Event()
        self._progress = _progress

    def progress(self, stage: str) -> None:
        if self._progress and not self.cancel.is_set():
            self._progress(stage)

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()


class Job(QObject):
    """Signals of one background run; lives on the GUI thread."""

    progress = Signal(str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    # Emitted from the pool thread; queued to the GUI thread, where `done` is
    # decided, so a result can never overtake a Cancel the merchant clicked.
    _result = Signal(bool, object)
    # Progress also hops to the GUI thread first, so listeners connected right
    # after start_job() never miss an early stage.
    _stage = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = JobContext(_progress=self._emit_progress)
        self.done = False
        self._result.connect(self._deliver)
        self._stage.connect(self._relay_stage)

    def _emit_progress(self, stage: str) -> None:
        self._stage.emit(stage)

    def _relay_stage(self, stage: str) -> None:
        if not self.done:
            self.progress.emit(stage)

    def cancel(self) -> None:
        if self.done:
            return
        self.context.cancel.set()
        self.done = True
        self.cancelled.emit()

    def _deliver(self, ok: bool, payload: Any) -> None:
        if self.done:  # cancelled meanwhile: the view has moved on
            return
        self.done = True
        if ok:
            self.finished.emit(payload)
        else:
            self.failed.emit(payload)


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[[JobContext], Any]) -> None:
        super().__init__()
        self.job = job
        self.fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.job.context)
        except Exception:  # the view gets a plain message; details go to the log
            log.exception("background job failed")
            message = QCoreApplication.translate(
                "Job",
                "Something went wrong while working in the background. "
                "Please try again; if it keeps happening, send the support report.",
            )
            self._deliver(False, message)
            return
        self._deliver(True, result)

    def _deliver(self, ok: bool, payload: Any) -> None:
        try:
            self.job._result.emit(ok, payload)
        except RuntimeError:
            pass  # the job's owner (a closed dialog) is gone: nobody is waiting


_active: set[Job] = set()
_pool: QThreadPool | None = None


def _job_pool() -> QThreadPool:
    """The app's own pool. Jobs mostly wait on the network, so it is wider than
    the CPU count: two hanging shop checks must not delay opening the inventory."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(16)
    return _pool


def start_job(fn: Callable[[JobContext], Any], parent: QObject | None = None) -> Job:
    """Run `fn(context)` on the thread pool; connect to the returned Job's signals."""
    job = Job(parent)
    _active.add(job)

    def _forget(*_: object) -> None:
        _active.discard(job)

    job.finished.connect(_forget)
    job.failed.connect(_forget)
    job.cancelled.connect(_forget)
    # Deleted with its owner (a dialog closed mid-job): stop the work too.
    context = job.context
    def owner_gone(*_: object) -> None:
        context.cancel.set()
        _active.discard(job)

    job.destroyed.connect(owner_gone)
    _job_pool().start(_Runnable(job, fn))
    return job


def wait_for_jobs(timeout_ms: int) -> bool:
    """Block until every running job has ended (screenshots, tests, quitting)."""
    return _job_pool().waitForDone(timeout_ms)


def shutdown(timeout_ms: int = 3000) -> None:
    """Before quitting: cancel every job and wait (bounded) for the pool."""
    for job in list(_active):
        if shiboken6.isValid(job):
            job.cancel()
        else:
            job.context.cancel.set()
            _active.discard(job)
    wait_for_jobs(timeout_ms)
