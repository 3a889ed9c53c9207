"""Proof of connection, seen from the shop's side.

After the merchant saves the shop connection in the cobby portal, cobby's
service writes the workspace's license key into the shop. The only proof the
app trusts is the shop's own cobby probe (Magento 1 `cobby_core_setup.export`,
Magento 2 `GET /V1/cobby/setup`) answering with that license key and
`cobby_active`. This module polls the probe with back-off until it does, is
cancelled, or the time is up. It never writes anything to the shop.

The poller is plain Python (no Qt): a GUI worker runs it on a thread, passes
its cancel flag and turns `on_progress` calls into signals.
"""

from __future__ import annotations

import enum
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, Source, english, entry, message
from cobby_desktop.net.http import HttpPolicy, HttpSession, NetError, NetFailure
from cobby_desktop.results import CobbyInfo, LicenseState, M1Result, M2Result
from cobby_desktop.secret import Secret

if TYPE_CHECKING:
    from cobby_desktop.domain.model import CheckRecord, Credential, Shop
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault
    from cobby_desktop.magento2 import M2Tokens


class ProofState(enum.StrEnum):
    CONNECTED = "connected"  # the shop holds this workspace's key and cobby is active
    NOT_REACHED = "not_reached"  # the placeholder key is still there
    OTHER_WORKSPACE = "other_workspace"  # the shop holds a different license key
    INACTIVE = "inactive"  # the right key, but cobby reports itself inactive
    ERROR = "error"  # the probe itself failed (see the check's verdict)
    CANCELLED = "cancelled"
    TIMED_OUT = "timed_out"


_STATE_SOURCES: dict[ProofState, Source] = {
    ProofState.CONNECTED: QT_TRANSLATE_NOOP(
        "Proof",
        "cobby is connected to your shop.",
    ),
    ProofState.NOT_REACHED: QT_TRANSLATE_NOOP(
        "Proof",
        "cobby has not reached your shop yet.",
    ),
    ProofState.OTHER_WORKSPACE: QT_TRANSLATE_NOOP(
        "Proof",
        "This shop is connected to another workspace.",
    ),
    ProofState.INACTIVE: QT_TRANSLATE_NOOP(
        "Proof",
        "cobby has reached your shop with this workspace's license key, "
        "but the cobby connector reports itself as not active yet.",
    ),
    ProofState.ERROR: QT_TRANSLATE_NOOP(
        "Proof",
        "The shop's API did not answer the cobby check.",
    ),
    ProofState.CANCELLED: QT_TRANSLATE_NOOP(
        "Proof",
        "The connection check was cancelled.",
    ),
    ProofState.TIMED_OUT: QT_TRANSLATE_NOOP(
        "Proof",
        "cobby has not confirmed the connection in time.",
    ),
}

# One sentence per verdict of the Magento checks, for the ERROR state. The
# full diagnosis (run separately) explains each in detail.
_VERDICT_SOURCES: dict[str, Source] = {
    "credentials_rejected": QT_TRANSLATE_NOOP(
        "Proof",
        "The shop no longer accepts the API user name and key.",
    ),
    "cobby_permission_missing": QT_TRANSLATE_NOOP(
        "Proof",
        "The API user has lost the cobby permission in the shop.",
    ),
    "cobby_extension_missing": QT_TRANSLATE_NOOP(
        "Proof",
        "The shop does not answer the cobby connector's API any more.",
    ),
    "api_unreachable": QT_TRANSLATE_NOOP(
        "Proof",
        "The shop's API cannot be reached from this computer right now.",
    ),
    "shop_error": QT_TRANSLATE_NOOP(
        "Proof",
        "The shop answered with an internal error.",
    ),
    "key_format_invalid": QT_TRANSLATE_NOOP(
        "Proof",
        "The stored API key has an invalid format.",
    ),
    "token_format_invalid": QT_TRANSLATE_NOOP(
        "Proof",
        "One of the stored integration values has an invalid format.",
    ),
    "signature_invalid": QT_TRANSLATE_NOOP(
        "Proof",
        "The shop did not accept the integration's values.",
    ),
    "auth_header_stripped": QT_TRANSLATE_NOOP(
        "Proof",
        "The shop's web server holds back cobby's login.",
    ),
    "clock_skew": QT_TRANSLATE_NOOP(
        "Proof",
        "This computer's clock differs too much from the shop's clock.",
    ),
    "legacy_connector": QT_TRANSLATE_NOOP(
        "Proof",
        "The shop runs the old cobby connector (Mash2_Cobby).",
    ),
    "token_unknown": QT_TRANSLATE_NOOP(
        "Proof",
        "The shop no longer knows the integration's access token.",
    ),
    "consumer_unknown": QT_TRANSLATE_NOOP(
        "Proof",
        "The shop no longer knows the integration's consumer key.",
    ),
    "store_code_unknown": QT_TRANSLATE_NOOP(
        "Proof",
        "The shop does not know the store code of this shop.",
    ),
    "no_license_key": QT_TRANSLATE_NOOP(
        "Proof",
        "The cobby connector answered without a license key.",
    ),
    "no_workspace_key": QT_TRANSLATE_NOOP(
        "Proof",
        "This shop has no workspace with a stored license key. Choose its workspace and enter "
        "the workspace's license key first.",
    ),
    "no_credential": QT_TRANSLATE_NOOP(
        "Proof",
        "The keychain holds no API credentials for this shop. Enter them again in the shop's "
        "details.",
    ),
}


# What the proof says is a catalogue message (proof.state.<state>,
# proof.verdict.<verdict>, proof.advice.<state>.<n>), rendered where shown.
VERDICTS: tuple[str, ...] = tuple(_VERDICT_SOURCES)  # the verdicts with a sentence


def state_said(state: ProofState, verdict: str | None = None) -> Message:
    """The state's sentence; for ERROR the verdict's own sentence when it has one."""
    if state is ProofState.ERROR and verdict in _VERDICT_SOURCES:
        return message(f"proof.verdict.{verdict}")
    return message(f"proof.state.{state.value}")


def verdict_said(verdict: str | None) -> Message | None:
    """The sentence of a Magento check's verdict ("credentials_rejected"), if any."""
    return message(f"proof.verdict.{verdict}") if verdict in _VERDICT_SOURCES else None


@dataclass(frozen=True)
class ProbeOutcome:
    """One answer of the cobby probe, reduced to what the poller needs.

    `verdict` is the Magento check's verdict value ("ok", "api_unreachable",
    ...); `cobby` is set when the probe answered.
    """

    verdict: str
    cobby: CobbyInfo | None = None
    net_failure: NetFailure | None = None
    requests: int = 0

    @property
    def answered(self) -> bool:
        return self.verdict == "ok" and self.cobby is not None


@dataclass(frozen=True)
class ProofProgress:
    attempt: int  # 1 for the first probe
    elapsed: float  # seconds since the poller started
    state: ProofState
    verdict: str | None = None  # the check's verdict when state is ERROR
    next_check_in: float | None = None  # seconds until the next probe, None if none follows

    @property
    def said(self) -> Message:
        return state_said(self.state, self.verdict)

    @property
    def message(self) -> str:
        """English, for logs."""
        return english(self.said)


@dataclass(frozen=True)
class ProofResult:
    state: ProofState
    attempts: int
    elapsed: float
    # The last state the shop showed before the poller stopped (equals `state`
    # when it stopped on its own answer); tells timed_out apart by cause.
    last_state: ProofState | None = None
    verdict: str | None = None
    advice: tuple[Message, ...] = ()
    # Why the proof could not run at all (the keychain's or inventory's refusal).
    problem: Message | None = None
    cobby_version: str | None = None
    magento_version: str | None = None
    requests: int = 0

    @property
    def ok(self) -> bool:
        return self.state is ProofState.CONNECTED

    @property
    def said(self) -> tuple[Message, ...]:
        """What happened: a timeout also says what the shop showed last."""
        if self.problem is not None:
            return (self.problem,)
        if self.state is ProofState.TIMED_OUT and self.last_state is not None:
            return (state_said(self.state), state_said(self.last_state, self.verdict))
        return (state_said(self.state, self.verdict),)

    @property
    def message(self) -> str:
        """English, for logs."""
        return " ".join(english(m) for m in self.said)


def not_run(verdict: str | None = None, problem: Message | None = None) -> ProofResult:
    """A proof that could not start, nothing sent: what was missing (`verdict`,
    e.g. "no_workspace_key") or the keychain's or inventory's refusal (`problem`)."""
    return ProofResult(ProofState.ERROR, 0, 0.0, ProofState.ERROR, verdict, problem=problem)


def classify(outcome: ProbeOutcome, workspace_key: Secret) -> ProofState:
    """What one probe answer means for this workspace."""
    if outcome.net_failure is NetFailure.CANCELLED:
        return ProofState.CANCELLED
    if not outcome.answered:
        return ProofState.ERROR
    info = outcome.cobby
    assert info is not None  # answered implies cobby
    lic = info.license_state
    if lic in (LicenseState.PLACEHOLDER, LicenseState.MISSING):
        return ProofState.NOT_REACHED
    if not info.license_matches(workspace_key):
        return ProofState.OTHER_WORKSPACE
    if info.cobby_active is False:
        return ProofState.INACTIVE
    return ProofState.CONNECTED


_ADVICE: dict[ProofState | None, tuple[Source, ...]] = {
    ProofState.NOT_REACHED: (
        QT_TRANSLATE_NOOP(
            "Proof",
            "Open the cobby portal at https://app.cobby.io and check that this workspace's "
            "shop connection settings are saved with exactly the values shown here.",
        ),
        QT_TRANSLATE_NOOP(
            "Proof",
            "Wait until the portal shows the connection as Active, then test the connection again.",
        ),
        QT_TRANSLATE_NOOP(
            "Proof",
            "If the shop is behind HTTP basic auth or a firewall, let cobby's service reach "
            "the shop's API (/api/cobby/ on Magento 1, /rest/ on Magento 2).",
        ),
    ),
    ProofState.OTHER_WORKSPACE: (
        QT_TRANSLATE_NOOP(
            "Proof",
            "Check in the cobby portal that you saved the shop connection in this workspace, "
            "not in another one.",
        ),
        QT_TRANSLATE_NOOP(
            "Proof",
            "If the shop should belong to this workspace, remove the connection from the other "
            "workspace in the portal, save it here, then test the connection again.",
        ),
        QT_TRANSLATE_NOOP(
            "Proof",
            "Check that the license key stored for this workspace is the one the portal shows "
            "for it.",
        ),
    ),
    ProofState.INACTIVE: (
        QT_TRANSLATE_NOOP(
            "Proof",
            "Check in the shop's admin that the cobby connector is enabled and its cache "
            "is refreshed.",
        ),
        QT_TRANSLATE_NOOP(
            "Proof",
            "Check in the cobby portal that the connection status is Active, then test the "
            "connection again.",
        ),
    ),
    ProofState.ERROR: (
        QT_TRANSLATE_NOOP(
            "Proof",
            "Run the full connection test for this shop to see what the shop's API answers "
            "and how to fix it.",
        ),
        QT_TRANSLATE_NOOP(
            "Proof",
            "When the test passes, check the connection to cobby again.",
        ),
    ),
    None: (
        QT_TRANSLATE_NOOP(
            "Proof",
            "Check the shop connection settings in the cobby portal at https://app.cobby.io, "
            "then test the connection again.",
        ),
    ),
}


def advice_for(last_state: ProofState | None) -> tuple[Message, ...]:
    """What to do after a proof that timed out, by the state the shop showed last."""
    key = last_state if last_state in _ADVICE else None
    name = key.value if key is not None else "general"
    return tuple(message(f"proof.advice.{name}.{n}") for n in range(1, len(_ADVICE[key]) + 1))


# Every sentence above is a catalogue entry too, so the tests see each has German.
for _state, _source in _STATE_SOURCES.items():
    entry(f"proof.state.{_state.value}", _source)
for _verdict, _source in _VERDICT_SOURCES.items():
    entry(f"proof.verdict.{_verdict}", _source)
for _state_or_none, _sources in _ADVICE.items():
    for _number, _source in enumerate(_sources, 1):
        _name = _state_or_none.value if _state_or_none else "general"
        entry(f"proof.advice.{_name}.{_number}", _source)


Probe = Callable[[], ProbeOutcome]


def _ask(probe: Probe) -> ProbeOutcome:
    try:
        return probe()
    except NetError as exc:  # a probe that let a transport failure through
        return ProbeOutcome(verdict="api_unreachable", net_failure=exc.kind)


def prove_connection(
    probe: Probe,
    workspace_key: Secret,
    *,
    timeout: float = 600,
    initial_delay: float = 2.0,
    max_delay: float = 30.0,
    factor: float = 1.6,
    on_progress: Callable[[ProofProgress], None] | None = None,
    cancel: threading.Event | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> ProofResult:
    """Poll the cobby probe until the shop holds `workspace_key` and cobby is
    active, the merchant cancels, or `timeout` seconds have passed.

    The first probe runs at once; the waits between probes grow from
    `initial_delay` by `factor` up to `max_delay` and never overshoot the
    timeout. Without an injected `sleep`, waiting is on the cancel flag, so a
    cancel returns promptly even in the middle of a long wait.
    """
    if not isinstance(workspace_key, Secret) or not workspace_key.reveal().strip():
        raise ValueError("the workspace has no license key to compare with")
    cancel = cancel or threading.Event()
    wait = sleep if sleep is not None else cancel.wait
    start = clock()
    attempt = 0
    delay = initial_delay
    requests = 0
    last: ProbeOutcome | None = None
    last_state: ProofState | None = None

    def result(state: ProofState, advice: tuple[Message, ...] = ()) -> ProofResult:
        info = last.cobby if last else None
        verdict = last.verdict if last and last_state is ProofState.ERROR else None
        return ProofResult(
            state=state,
            attempts=attempt,
            elapsed=max(0.0, clock() - start),
            last_state=last_state,
            verdict=verdict,
            advice=advice,
            cobby_version=info.cobby_version if info else None,
            magento_version=info.magento_version if info else None,
            requests=requests,
        )

    while True:
        if cancel.is_set():
            return result(ProofState.CANCELLED)
        attempt += 1
        last = _ask(probe)
        requests += last.requests
        state = classify(last, workspace_key)
        if state is ProofState.CANCELLED or cancel.is_set():
            return result(ProofState.CANCELLED)
        last_state = state
        elapsed = max(0.0, clock() - start)
        remaining = timeout - elapsed
        next_in: float | None = None
        if state is not ProofState.CONNECTED and remaining > 0:
            next_in = min(delay, remaining)
        if on_progress is not None:
            on_progress(
                ProofProgress(
                    attempt=attempt,
                    elapsed=elapsed,
                    state=state,
                    verdict=last.verdict if state is ProofState.ERROR else None,
                    next_check_in=next_in,
                )
            )
        if state is ProofState.CONNECTED:
            return result(ProofState.CONNECTED)
        if next_in is None:
            return result(ProofState.TIMED_OUT, advice_for(last_state))
        wait(next_in)
        delay = min(delay * factor, max_delay)


# --- adapters to the Magento checks -------------------------------------------------


def outcome_from_check(result: M1Result | M2Result) -> ProbeOutcome:
    """One probe answer from either Magento check (both results carry the same fields)."""
    verdict = result.verdict.value
    if result.ok and result.cobby is None:
        verdict = "no_license_key"
    return ProbeOutcome(
        verdict=verdict,
        cobby=result.cobby if result.ok else None,
        net_failure=result.net_failure,
        requests=result.requests,
    )


def make_m1_probe(
    shop_url: str,
    user: str,
    api_key: Secret,
    policy: HttpPolicy | None = None,
    *,
    session: HttpSession | None = None,
    cancel: threading.Event | None = None,
) -> Probe:
    """A probe that runs the Magento 1 check (read-only: login, export, endSession)."""
    from cobby_desktop.magento1 import check_m1

    def probe() -> ProbeOutcome:
        result = check_m1(shop_url, user, api_key, policy=policy, session=session, cancel=cancel)
        return outcome_from_check(result)

    return probe


def make_m2_probe(
    shop_url: str,
    tokens: M2Tokens,
    store_code: str | None = None,
    policy: HttpPolicy | None = None,
    *,
    session: HttpSession | None = None,
    cancel: threading.Event | None = None,
) -> Probe:
    """A probe that runs the Magento 2 check (read-only `GET /V1/cobby/setup`)."""
    from cobby_desktop.magento2 import check_m2

    def probe() -> ProbeOutcome:
        result = check_m2(
            shop_url, tokens, store_code=store_code, policy=policy, session=session, cancel=cancel
        )
        return outcome_from_check(result)

    return probe


# --- stored shops ("Test connection" on an inventory entry) --------------------------


def shop_policy(vault: Vault, shop: Shop, base: HttpPolicy | None = None) -> HttpPolicy:
    """The HTTP policy for a stored shop: its basic auth and pinned certificate."""
    from dataclasses import replace

    from cobby_desktop.domain.vault import SecretRef

    policy = base or HttpPolicy()
    if shop.basic_auth_user and shop.id is not None:
        password = vault.get(SecretRef.basic_auth_password(shop.id, shop.vault_space))
        if password is not None:
            policy = replace(policy, basic_auth=(shop.basic_auth_user, password))
    if shop.pinned_cert_pem:
        policy = replace(policy, pinned_cert_pem=shop.pinned_cert_pem)
    return policy


def prove_stored(
    vault: Vault,
    shop: Shop,
    credential: Credential | None,
    *,
    policy: HttpPolicy | None = None,
    cancel: threading.Event | None = None,
    **kw: Any,
) -> ProofResult:
    """The connection proof for an inventory entry, with its secrets from the
    keychain. `kw` goes to `prove_connection` (timeout, on_progress, ...).
    Without a workspace key or credentials it answers at once, sending nothing."""
    from cobby_desktop.domain.model import MagentoMajor
    from cobby_desktop.domain.vault import SecretRef

    key = (
        vault.get(SecretRef.license_key(shop.workspace_id, shop.vault_space))
        if shop.workspace_id else None
    )
    if key is None or not key.reveal().strip():
        return not_run("no_workspace_key")
    secrets = vault.credential_secrets(credential) if credential is not None else {}
    if credential is None or any(f not in secrets for f in credential.kind.secret_fields):
        return not_run("no_credential")
    http = shop_policy(vault, shop, policy)
    if shop.magento_major is MagentoMajor.M1:
        probe = make_m1_probe(
            shop.base_url, credential.api_user, secrets["api_key"], http, cancel=cancel
        )
    else:
        from cobby_desktop.magento2 import M2Tokens

        probe = make_m2_probe(
            shop.base_url, M2Tokens.from_mapping(secrets), shop.store_code, http, cancel=cancel
        )
    return prove_connection(probe, key, cancel=cancel, **kw)


def proof_record(result: ProofResult, shop_id: int, credential_id: int | None) -> CheckRecord:
    """The check-history entry for a proof that cobby is connected: the
    shop's state, last check and detail pane then say so without a re-test."""
    from datetime import UTC, datetime

    from cobby_desktop.domain.model import CheckRecord, TestOutcome

    return CheckRecord(
        shop_id=shop_id,
        at=datetime.now(UTC),
        outcome=TestOutcome.OK,
        credential_id=credential_id,
        codes=(),
        summary="proof.state.connected",  # a code, shown in the reader's language
        requests=result.requests or result.attempts,
        seconds=result.elapsed,
    )


def record_proof(
    inventory: Inventory, shop_id: int, credential_id: int | None, result: ProofResult
) -> bool:
    """Record a proof that ran to CONNECTED (anything else is not recorded:
    the diagnosis's own entry stays the truth). Returns whether it wrote."""
    if not result.ok or inventory.shop(shop_id) is None:
        return False
    inventory.record_check(proof_record(result, shop_id, credential_id))
    return True
