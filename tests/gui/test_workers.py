import threading

from cobby_desktop import i18n
from cobby_desktop.ui.workers import start_job


def test_job_delivers_result_and_progress(qtbot):
    stages = []

    def work(ctx):
        ctx.progress("one")
        ctx.progress("two")
        return 42

    job = start_job(work)
    job.progress.connect(stages.append)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: stages == ["one", "two"], timeout=2000)


def test_cancel_is_immediate_and_drops_late_result(qtbot):
    release = threading.Event()
    seen_cancel = threading.Event()

    def work(ctx):
        release.wait(5)
        if ctx.cancelled:
            seen_cancel.set()
        return "late"

    job = start_job(work)
    results = []
    job.finished.connect(results.append)
    with qtbot.waitSignal(job.cancelled, timeout=1000):
        job.cancel()
    release.set()
    qtbot.waitUntil(seen_cancel.is_set, timeout=5000)
    qtbot.wait(50)
    assert results == []


def test_failure_gives_plain_message_without_details(qtbot):
    def work(ctx):
        raise ValueError("secret-value-123")

    job = start_job(work)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    assert "secret-value-123" not in blocker.args[0]
    assert blocker.args[0] == i18n.translate(
        "Job",
        "Something went wrong while working in the background. "
        "Please try again; if it keeps happening, send the support report.",
    )


def test_a_job_whose_owner_is_deleted_stops_and_drops_its_result(qtbot):
    from PySide6.QtCore import QObject

    from cobby_desktop.ui.workers import shutdown

    owner = QObject()
    started = threading.Event()
    release = threading.Event()
    saw_cancel = threading.Event()

    def work(ctx):
        started.set()
        release.wait(5)
        if ctx.cancelled:
            saw_cancel.set()
        return "late"

    job = start_job(work, owner)
    assert started.wait(5)
    owner.deleteLater()
    qtbot.waitUntil(lambda: job.context.cancel.is_set(), timeout=2000)
    release.set()
    qtbot.waitUntil(saw_cancel.is_set, timeout=5000)
    shutdown(2000)  # must not raise for the deleted job
