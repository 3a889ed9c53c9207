"""A stored shop's connection test in the background, without the check
dialog: the main window runs it with the tester it was given (tests, the
benchmark), and the result goes into the check history and the table.

The texts keep the main window's translation context ("MainWindow")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:
    from cobby_desktop.domain.model import InventoryRow
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault
    from cobby_desktop.ui.store_access import StoreAccess
    from cobby_desktop.ui.workers import Job, JobContext

# Tester: (inventory, vault, row, job context) -> a report with `.ok` (or None).
Tester = Callable[["Inventory", "Vault", "InventoryRow", "JobContext"], Any]


def diagnose_stored_row(
    inventory: Inventory, vault: Vault, row: InventoryRow, ctx: JobContext
) -> Any:
    """The real connection test (runs in a job): reads secrets from the vault and
    records the check in the history."""
    from cobby_desktop.domain.diagnosis import diagnose_stored

    return diagnose_stored(
        inventory, vault, row.shop, row.credential, progress=ctx.progress, cancel=ctx.cancel
    )


class QuickTest(QObject):
    """One test at a time; `over` says how it ended (a sentence to show),
    then `finished` hands over what the tester returned (not on a failure)."""

    over = Signal(str)
    finished = Signal(object)

    def __init__(self, store: StoreAccess, tester: Tester | None, parent: QObject) -> None:
        super().__init__(parent)
        self.store = store
        self.tester = tester
        self.job: Job | None = None

    @property
    def running(self) -> bool:
        return self.job is not None and not self.job.done

    def start(self, row: InventoryRow, stage: Callable[[str], None]) -> Job:
        """Test `row` in the background; `stage` hears each step as a sentence."""
        tester = self.tester or diagnose_stored_row
        name = row.shop.display_name

        def done(report: Any) -> None:
            ok = bool(getattr(report, "ok", False))
            text = (
                QCoreApplication.translate("MainWindow", "The connection to %1 works.")
                if ok
                else QCoreApplication.translate(
                    "MainWindow", "The test of %1 found problems. See the check history."
                )
            ).replace("%1", name)
            self.over.emit(text)
            self.finished.emit(report)

        self.job = self.store.run_separately(
            lambda inventory, vault, ctx: tester(inventory, vault, row, ctx),
            done,
            self.over.emit,
            lambda step: stage(
                QCoreApplication.translate("MainWindow", "Testing… (%1)").replace("%1", step)
            ),
        )
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
