"""The views' only way to the inventory and the vault: every call runs as a
background job, never on the GUI thread.

The inventory is opened lazily by the first job (opening may migrate and back
up the file) and used by one job at a time. Known failures (InventoryError,
VaultError) come back as a `StoreProblem` carrying the domain's own sentence,
so the view can say which problem it is and what to do; anything else becomes
the job's generic failure message.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QEventLoop, QObject, Signal

from cobby_desktop import i18n
from cobby_desktop.ui.workers import Job, JobContext, start_job

if TYPE_CHECKING:
    from cobby_desktop.domain.store import Inventory, InventoryError, InventoryProblem
    from cobby_desktop.domain.vault import Vault, VaultProblem
    from cobby_desktop.services.context import AppContext

log = logging.getLogger(__name__)


class ProblemSource(enum.StrEnum):
    INVENTORY = "inventory"
    VAULT = "vault"


class StoreProblem(NamedTuple):  # NamedTuple: dataclasses costs start-up time
    source: ProblemSource
    kind: InventoryProblem | VaultProblem  # the domain error's own kind
    message: str  # in the reader's language


def _default_opener() -> Inventory:
    from cobby_desktop.domain.store import Inventory

    return Inventory.open()


def _context_of(vault: Vault | None, opener: Callable[[], Inventory]) -> AppContext:
    """A context around `vault` (None: the OS keychain). Loads the network
    and keychain layers: called on a worker, or where they are loaded."""
    from cobby_desktop.domain.vault import Vault
    from cobby_desktop.services.context import AppContext

    return AppContext(vault=vault if vault is not None else Vault(), open_inventory=opener)


class _Turns:
    """Turns handed out on the GUI thread when a `run` job is asked for,
    served one at a time in that order. A plain lock would let a later job's
    thread win the race for it (a list read before the save asked for just
    before it). The pool starts its jobs in the order they were queued, so
    the turn being waited for always belongs to a job that is already running."""

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


class StoreAccess(QObject):
    """Runs `fn(inventory, vault)` on the thread pool and hands back the result.

    It holds the session's one context (`context`: the vault the merchant
    chose, the inventory, the network policy), which the windows and dialogs
    use. The app builds it after the first paint, once the vault is chosen
    (`set_context`): the keychain, cryptography and network libraries it
    needs would otherwise hold up the window's first appearance."""

    problem = Signal(object)  # StoreProblem, for every job that hit one
    context_set = Signal()  # the context arrived (`set_context`)

    def __init__(
        self,
        opener: Callable[[], Inventory] | None = None,
        vault: Vault | None = None,
        parent: QObject | None = None,
        *,
        vault_later: bool = False,
    ) -> None:
        """`vault` None: the OS keychain, in a context built by the first job
        that needs it (keyring loads then, not at start-up). `vault_later`: the
        context comes with the vault the merchant chooses (`set_context`);
        jobs that need it wait, inventory reads (`read`) do not."""
        super().__init__(parent)
        self.opener = opener or _default_opener
        self._vault = vault  # until the context around it is built
        self._context: AppContext | None = None
        self._vault_chosen = threading.Event()
        if not vault_later:
            self._vault_chosen.set()
        self._vault_lock = threading.Lock()
        self._inventory: Inventory | None = None
        self._names_checked = False
        self._lock = threading.Lock()
        self._turns = _Turns()

    @property
    def vault_ready(self) -> bool:
        return self._vault_chosen.is_set()

    def set_context(self, context: AppContext) -> None:
        """The session's context, built once the vault is chosen; jobs waiting
        for it go on. It is set once."""
        assert self._context is None, "the session's context is built once"
        with self._vault_lock:
            self._context = context
        self._vault_chosen.set()
        self.context_set.emit()

    def set_vault(self, vault: Vault) -> None:
        """`set_context` with a context around `vault` (tests, the benchmark)."""
        self.set_context(_context_of(vault, self.opener))

    @property
    def context(self) -> AppContext:
        """The session's one context (built at its first use when none was
        set). Asked on the GUI thread while the vault is still being chosen
        (a dialog opened within the first moments), it waits for the choice,
        events flowing."""
        on_gui_thread = threading.current_thread() is threading.main_thread()
        if not self._vault_chosen.is_set() and on_gui_thread:
            loop = QEventLoop()
            self.context_set.connect(loop.quit)
            if not self._vault_chosen.is_set():
                loop.exec()
            self.context_set.disconnect(loop.quit)
        self._vault_chosen.wait()  # on a worker
        return self._context_for(None)

    @property
    def vault(self) -> Vault:
        """The context's vault."""
        return self.context.vault

    def _context_for(self, ctx: JobContext | None) -> AppContext:
        """On a worker: wait until the context is there (or the job cancelled)."""
        while not self._vault_chosen.wait(0 if ctx is None else 0.05):
            if ctx is None or ctx.cancelled:
                raise _VaultNotChosenError
        with self._vault_lock:
            if self._context is None:
                self._context = _context_of(self._vault, self.opener)
            return self._context

    def _vault_for(self, ctx: JobContext | None) -> Vault:
        return self._context_for(ctx).vault

    def _inventory_locked(self) -> Inventory:
        if self._inventory is None:
            self._inventory = self.opener()
            self._names_checked = False
        return self._inventory

    def _inventory_with_vault_locked(self, vault: Vault) -> Inventory:
        """The inventory, its keychain entries under their current names: the
        first job that has the vault copies them (reads need no keychain)."""
        inventory = self._inventory_locked()
        if not self._names_checked:
            from cobby_desktop.domain import keychain_names

            keychain_names.ensure(inventory, vault)
            self._names_checked = True
        return inventory

    def read(
        self,
        fn: Callable[[Inventory], Any],
        on_result: Callable[[Any], None] | None = None,
        on_problem: Callable[[StoreProblem], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
    ) -> Job:
        """Like `run` for work that needs only the inventory: it never waits
        for the vault nor loads the keychain libraries."""

        def work(ctx: JobContext) -> Any:
            from cobby_desktop.domain.store import InventoryError

            with self._lock:
                try:
                    return _Ok(fn(self._inventory_locked()))
                except InventoryError as exc:
                    return _inventory_problem(exc)

        return self._start(work, on_result, on_problem, on_failure)

    def run(
        self,
        fn: Callable[[Inventory, Vault], Any],
        on_result: Callable[[Any], None] | None = None,
        on_problem: Callable[[StoreProblem], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
    ) -> Job:
        ticket = self._turns.take()

        def work(ctx: JobContext) -> Any:
            from cobby_desktop.domain.store import InventoryError
            from cobby_desktop.domain.vault import VaultError

            try:
                vault = self._vault_for(ctx)
            except _VaultNotChosenError:
                with self._turns.turn(ticket):  # its turn passes on unused
                    return None  # cancelled while the vault was being chosen
            with self._turns.turn(ticket), self._lock:
                try:
                    return _Ok(fn(self._inventory_with_vault_locked(vault), vault))
                except InventoryError as exc:
                    return _inventory_problem(exc)
                except VaultError as exc:
                    log.warning("keychain problem: %s", getattr(exc, "kind", "?"))
                    return StoreProblem(ProblemSource.VAULT, exc.kind, i18n.explain(exc))

        return self._start(work, on_result, on_problem, on_failure)

    def _start(
        self,
        work: Callable[[JobContext], Any],
        on_result: Callable[[Any], None] | None,
        on_problem: Callable[[StoreProblem], None] | None,
        on_failure: Callable[[str], None] | None,
    ) -> Job:
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

            try:
                vault = self._vault_for(ctx)
            except _VaultNotChosenError:
                return None
            inventory = self.opener()
            try:
                return fn(inventory, vault, ctx)
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

        def work(ctx: JobContext) -> None:
            with self._lock:
                if self._inventory is not None:
                    self._inventory.close()
                    self._inventory = None

        return start_job(work, self)


class _Ok(NamedTuple):
    value: Any


class _VaultNotChosenError(Exception):
    """A job was cancelled before the vault was chosen, or the GUI thread asked
    for it too early (callers check `vault_ready` first)."""


def _inventory_problem(exc: InventoryError) -> StoreProblem:
    log.warning("inventory problem: %s", getattr(exc, "kind", "?"))
    return StoreProblem(ProblemSource.INVENTORY, exc.kind, i18n.explain(exc))
