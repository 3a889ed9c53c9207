"""The views' only way to the inventory and the vault: every call runs as a
background job, never on the GUI thread.

The inventory is opened lazily by the first job (opening may migrate and back
up the file) and used by one job at a time, in the order the jobs were asked
for: a read asked after a change sees the change, however the pool's threads
happen to be scheduled. Known failures (InventoryError,
VaultError) come back as a `StoreProblem` carrying the domain's own sentence,
so the view can say which problem it is and what to do; anything else becomes
the job's generic failure message.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from cobby_desktop import i18n
from cobby_desktop.ui.workers import Job, JobContext, start_job

if TYPE_CHECKING:
    from cobby_desktop.domain.store import Inventory, InventoryProblem
    from cobby_desktop.domain.vault import Vault, VaultProblem
    from cobby_desktop.services.context import AppContext

log = logging.getLogger(__name__)


class ProblemSource(StrEnum):
    INVENTORY = "inventory"
    VAULT = "vault"


@dataclass(frozen=True)
class StoreProblem:
    source: ProblemSource
    kind: InventoryProblem | VaultProblem
    message: str


def _default_opener() -> Inventory:
    from cobby_desktop.domain.store import Inventory

    return Inventory.open()


def _default_vault() -> Vault:
    from cobby_desktop.domain.vault import Vault

    return Vault()


class StoreAccess(QObject):
    """Runs `fn(inventory, vault)` on the thread pool and hands back the result."""

    problem = Signal(object)  # StoreProblem, for every job that hit one

    def __init__(
        self,
        opener: Callable[[], Inventory] | None = None,
        vault: Vault | None = None,
        parent: QObject | None = None,
        *,
        context: AppContext | None = None,
    ) -> None:
        """The app passes its one `context`; tests may give an opener and a vault."""
        super().__init__(parent)
        if context is None:
            from cobby_desktop.services.context import AppContext

            context = AppContext(
                vault=vault if vault is not None else _default_vault(),
                open_inventory=opener or _default_opener,
            )
        self.context = context
        self.opener = context.open_inventory
        self.vault = context.vault
        self._inventory: Inventory | None = None
        self._turns = _Turns()

    def _inventory_locked(self) -> Inventory:
        if self._inventory is None:
            from cobby_desktop.domain import keychain_names

            self._inventory = self.opener()
            keychain_names.ensure(self._inventory, self.vault)
        return self._inventory

    def run(
        self,
        fn: Callable[[Inventory, Vault], Any],
        on_result: Callable[[Any], None] | None = None,
        on_problem: Callable[[StoreProblem], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
    ) -> Job:
        ticket = self._turns.take()

        def work(ctx: JobContext) -> Any:
            with self._turns.turn(ticket):
                from cobby_desktop.domain.store import InventoryError
                from cobby_desktop.domain.vault import VaultError

                try:
                    return _Ok(fn(self._inventory_locked(), self.vault))
                except InventoryError as exc:
                    log.warning("inventory problem: %s", getattr(exc, "kind", "?"))
                    return StoreProblem(ProblemSource.INVENTORY, exc.kind, i18n.explain(exc))
                except VaultError as exc:
                    log.warning("keychain problem: %s", getattr(exc, "kind", "?"))
                    return StoreProblem(ProblemSource.VAULT, exc.kind, i18n.explain(exc))

        job = start_job(work, self)

        def deliver(outcome: object) -> None:
            if isinstance(outcome, StoreProblem):
                self.problem.emit(outcome)
                if on_problem is not None:
                    on_problem(outcome)
            elif on_result is not None and isinstance(outcome, _Ok):
                on_result(outcome.value)

        job.finished.connect(deliver)
        if on_failure is not None:
            job.failed.connect(on_failure)
        return job

    def run_separately(
        self,
        fn: Callable[[Inventory, Vault, JobContext], Any],
        on_result: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        on_progress: Callable[[str], None] | None = None,
    ) -> Job:
        """For long work (a connection test): its own inventory connection, so
        the table and the copy buttons are not held up while the shop answers."""

        def work(ctx: JobContext) -> Any:
            from cobby_desktop.domain.vault import VaultError

            inventory = self.opener()
            try:
                return fn(inventory, self.vault, ctx)
            except VaultError as exc:  # no keychain: say which problem, not "went wrong"
                log.warning("keychain problem: %s", exc.kind)
                return StoreProblem(ProblemSource.VAULT, exc.kind, i18n.explain(exc))
            finally:
                inventory.close()

        job = start_job(work, self)

        def deliver(outcome: object) -> None:
            if isinstance(outcome, StoreProblem):
                self.problem.emit(outcome)
                if on_failure is not None:
                    on_failure(outcome.message)
            elif on_result is not None:
                on_result(outcome)

        job.finished.connect(deliver)
        if on_failure is not None:
            job.failed.connect(on_failure)
        if on_progress is not None:
            job.progress.connect(on_progress)
        return job

    def close(self) -> Job:
        """Close the inventory on a worker (where it was opened)."""

        ticket = self._turns.take()

        def work(ctx: JobContext) -> None:
            with self._turns.turn(ticket):
                if self._inventory is not None:
                    self._inventory.close()
                    self._inventory = None

        return start_job(work, self)


class _Turns:
    """Turns handed out on the GUI thread when a job is asked for, served one
    at a time in that order. A plain lock would let a later job's thread win
    the race for it (a list read before the save asked for just before it).
    The pool starts its jobs in the order they were queued, so the turn being
    waited for always belongs to a job that is already running."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._next = 0
        self._serving = 0

    def take(self) -> int:
        with self._changed:
            ticket = self._next
            self._next += 1
            return ticket

    @contextmanager
    def turn(self, ticket: int) -> Iterator[None]:
        with self._changed:
            self._changed.wait_for(lambda: self._serving == ticket)
        try:
            yield
        finally:
            with self._changed:
                self._serving += 1
                self._changed.notify_all()


@dataclass(frozen=True)
class _Ok:
    value: Any
