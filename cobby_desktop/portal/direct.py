"""The portal step over a portal API (docs/portal-api.md), as plain functions
the wizard runs in background jobs: sign in and find this setup's workspace,
then save the shop connection and wait (bounded) for the portal's sync status.

The portal's status is only its opinion; the wizard proves the connection
from the shop's side afterwards, as in the guided step.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from cobby_desktop.domain.model import MagentoMajor
from cobby_desktop.portal.client import (
    PortalAccount,
    PortalAnswer,
    PortalClient,
    PortalFailure,
    PortalWorkspace,
    SyncState,
)
from cobby_desktop.portal.connection_fields import ConnectionField
from cobby_desktop.secret import Secret

# Reading every workspace's key to find the matching one costs one request
# each; agencies have dozens, so the search stops here and falls back to names.
MAX_KEY_LOOKUPS = 60

KEY_MISMATCH = (
    "The license key of this portal workspace differs from the key of the workspace chosen "
    "in this setup, so cobby would connect the shop to another workspace. Choose the "
    "matching workspace in the list, or correct the key under Workspaces."
)
CANCELLED = "Cancelled."


@dataclass(frozen=True)
class SignInOutcome:
    problem: str | None = None  # the client's sentence when something failed
    account: PortalAccount | None = None
    workspaces: tuple[PortalWorkspace, ...] = ()
    preselect: int = -1  # index of this setup's workspace, -1 when none matched
    matched_by: str = ""  # "key", "name" or ""


@dataclass(frozen=True)
class SendOutcome:
    problem: str | None = None
    state: SyncState | None = None  # the last sync status; PENDING when time ran out
    sync_message: str = ""  # the portal's own words for an ERROR status
    license_key: Secret | None = field(default=None, repr=False)  # the portal workspace's
    status_reads: int = 0


def _failed(answer: PortalAnswer) -> str | None:
    return answer.problem.message if answer.problem is not None else None


def sign_in_and_find(
    client: PortalClient,
    email: str,
    password: Secret,
    *,
    local_name: str = "",
    local_key: Secret | None = None,
) -> SignInOutcome:
    """Sign in, list the workspaces and pick the one that belongs to this
    setup: the one whose license key equals `local_key`, else by name."""
    signed = client.sign_in(email, password)
    if (problem := _failed(signed)) is not None:
        return SignInOutcome(problem=problem)
    listed = client.list_workspaces()
    if (problem := _failed(listed)) is not None:
        return SignInOutcome(problem=problem, account=signed.value)
    workspaces = listed.value or ()
    by_name = [
        i for i, ws in enumerate(workspaces)
        if local_name.strip() and ws.name.strip().casefold() == local_name.strip().casefold()
    ]
    if local_key:
        # The name's candidates first: usually one request settles it.
        order = by_name + [i for i in range(len(workspaces)) if i not in by_name]
        for i in order[:MAX_KEY_LOOKUPS]:
            key = client.license_key(workspaces[i].id)
            if key.problem is not None and key.problem.kind is PortalFailure.CANCELLED:
                return SignInOutcome(problem=key.problem.message)
            if key.ok and key.value == local_key:
                return SignInOutcome(None, signed.value, workspaces, i, "key")
    if len(by_name) == 1:
        return SignInOutcome(None, signed.value, workspaces, by_name[0], "name")
    return SignInOutcome(None, signed.value, workspaces)


def _scrubbed(text: str, fields: Sequence[ConnectionField]) -> str:
    """The portal's status sentence, unless it repeats a value we sent."""
    for f in fields:
        if f.secret and f.copy_text() and f.copy_text() in text:
            return ""
    return text.strip()[:300]


def send_connection(
    client: PortalClient,
    workspace_id: str,
    magento: MagentoMajor,
    fields: Sequence[ConnectionField],
    *,
    local_key: Secret | None,
    store_key: Callable[[Secret], str | None] | None = None,
    cancel: threading.Event | None = None,
    on_status: Callable[[int], None] | None = None,
    interval: float = 2.0,
    max_interval: float = 10.0,
    timeout: float = 120.0,
    clock: Callable[[], float] = time.monotonic,
) -> SendOutcome:
    """Check the portal workspace's key against this setup's, save the shop
    connection, then read the sync status until it is active or an error, at
    most `timeout` seconds. `store_key(key)` keeps the portal's key when this
    setup has none (it returns a sentence when that failed); `on_status(n)`
    is told after each status read."""
    cancel = cancel or threading.Event()
    key_answer = client.license_key(workspace_id)
    if (problem := _failed(key_answer)) is not None:
        return SendOutcome(problem=problem)
    portal_key = key_answer.value
    if local_key and portal_key != local_key:
        return SendOutcome(problem=KEY_MISMATCH)
    if not local_key and store_key is not None and portal_key is not None:
        if (problem := store_key(portal_key)) is not None:
            return SendOutcome(problem=problem)
    saved = client.save_shop_connection(workspace_id, magento, fields)
    if (problem := _failed(saved)) is not None:
        return SendOutcome(problem=problem, license_key=portal_key)
    status = saved.value
    assert status is not None
    reads = 0
    deadline = clock() + timeout
    delay = interval
    while status.state not in (SyncState.ACTIVE, SyncState.ERROR):
        remaining = deadline - clock()
        if remaining <= 0:
            break
        if cancel.wait(min(delay, remaining)):
            return SendOutcome(problem=CANCELLED, license_key=portal_key)
        answer = client.sync_status(workspace_id)
        if (problem := _failed(answer)) is not None:
            return SendOutcome(problem=problem, license_key=portal_key, status_reads=reads)
        status = answer.value
        assert status is not None
        reads += 1
        if on_status is not None:
            on_status(reads)
        delay = min(delay * 1.5, max_interval)
    state = status.state if status.state in (SyncState.ACTIVE, SyncState.ERROR) else (
        SyncState.PENDING
    )
    message = _scrubbed(status.message, fields) if state is SyncState.ERROR else ""
    return SendOutcome(None, state, message, portal_key, reads)
