"""Store jobs run in the order they were asked for, whichever pool thread gets
going first (the race behind a once-flaky workspaces-dialog test)."""

from __future__ import annotations

import threading
import time

from cobby_desktop.domain.model import Workspace
from cobby_desktop.domain.store import Inventory
from cobby_desktop.ui.store_access import StoreAccess, _Turns


def test_turns_are_served_in_the_order_they_were_taken():
    turns = _Turns()
    first, second = turns.take(), turns.take()
    order: list[int] = []

    def run(ticket: int) -> None:
        with turns.turn(ticket):
            order.append(ticket)

    late = threading.Thread(target=run, args=(second,))
    late.start()  # the second job's thread is scheduled first
    time.sleep(0.05)
    assert order == []  # it waits for the first job's turn
    early = threading.Thread(target=run, args=(first,))
    early.start()
    late.join(5)
    early.join(5)
    assert order == [first, second]


def test_a_read_asked_after_a_change_sees_it(qtbot, vault):
    store = StoreAccess(vault=vault)
    release = threading.Event()
    seen: list[list[str]] = []

    def slow_change(inv: Inventory, _vault: object) -> None:
        release.wait(5)
        inv.add_workspace(Workspace(name="Written first"))

    store.run(slow_change)
    job = store.run(lambda inv, _vault: [ws.name for ws in inv.workspaces()], seen.append)
    release.set()
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen == [["Written first"]]
    store.close()
