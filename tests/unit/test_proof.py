"""The connection proof poller: back-off, states, cancel and timeout.

The pure polling logic runs against scripted probe answers with an injected
clock; the tests at the end run it against the Magento simulators.
"""

from __future__ import annotations

import threading

import pytest

from cobby_desktop.domain.model import Credential, CredentialKind, MagentoMajor, Shop
from cobby_desktop.domain.proof import (
    ProbeOutcome,
    ProofProgress,
    ProofState,
    make_m1_probe,
    make_m2_probe,
    outcome_from_check,
    prove_connection,
    prove_stored,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.domain.workspaces import create_workspace
from cobby_desktop.net.http import HttpPolicy, NetError, NetFailure
from cobby_desktop.results import (
    PLACEHOLDER_LICENSE_KEY,
    CobbyInfo,
    M1Result,
    M1Verdict,
    M2Result,
    M2Verdict,
)
from cobby_desktop.secret import Secret
from tests.support.m1_simulator import ApiUser, M1Simulator
from tests.support.m2_simulator import M2Simulator

KEY = "ws-4f1c9e2a7b3d"
OTHER = "ws-other-9999aaaa"


def codes(said) -> list[str]:  # noqa: ANN001
    return [m.code for m in said]


def answer(license_key: str | None, active: bool = True) -> ProbeOutcome:
    info = CobbyInfo(
        cobby_version="2.4.1.1",
        magento_version="1.9.4.5",
        cobby_active=active,
        license_key=Secret(license_key) if license_key is not None else None,
    )
    return ProbeOutcome(verdict="ok", cobby=info, requests=3)


class FakeTime:
    """A clock that only moves when the poller sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def scripted(*outcomes: ProbeOutcome):
    """A probe that answers the given outcomes in turn, then repeats the last."""
    calls = {"n": 0}

    def probe() -> ProbeOutcome:
        i = min(calls["n"], len(outcomes) - 1)
        calls["n"] += 1
        return outcomes[i]

    probe.calls = calls  # type: ignore[attr-defined]
    return probe


def run(probe, t: FakeTime, **kw):
    seen: list[ProofProgress] = []
    result = prove_connection(
        probe, Secret(KEY), on_progress=seen.append, sleep=t.sleep, clock=t.clock, **kw
    )
    return result, seen


def test_passes_once_the_shop_holds_the_workspace_key():
    t = FakeTime()
    probe = scripted(answer(PLACEHOLDER_LICENSE_KEY), answer(PLACEHOLDER_LICENSE_KEY), answer(KEY))
    result, seen = run(probe, t)
    assert result.ok and result.state is ProofState.CONNECTED
    assert result.attempts == 3
    assert codes(result.said) == ["proof.state.connected"]
    assert result.cobby_version == "2.4.1.1"
    assert result.requests == 9
    assert [p.state for p in seen] == [
        ProofState.NOT_REACHED,
        ProofState.NOT_REACHED,
        ProofState.CONNECTED,
    ]
    assert seen[0].said.code == "proof.state.not_reached"
    assert [p.attempt for p in seen] == [1, 2, 3]
    # first probe at once, then the back-off waits: 2 s, then 2 * 1.6 s
    assert t.sleeps == pytest.approx([2.0, 3.2])
    assert [p.elapsed for p in seen] == pytest.approx([0.0, 2.0, 5.2])
    assert seen[0].next_check_in == pytest.approx(2.0)
    assert seen[-1].next_check_in is None


def test_back_off_is_capped_and_never_overshoots_the_timeout():
    t = FakeTime()
    result, seen = run(scripted(answer(PLACEHOLDER_LICENSE_KEY)), t, timeout=100, max_delay=10)
    assert result.state is ProofState.TIMED_OUT
    assert result.last_state is ProofState.NOT_REACHED
    assert max(t.sleeps) == pytest.approx(10.0)
    assert sum(t.sleeps) == pytest.approx(100.0)
    # growing waits; only the last one is shortened to end exactly at the timeout
    assert t.sleeps[:-1] == sorted(t.sleeps[:-1])
    assert result.attempts == len(t.sleeps) + 1
    assert result.elapsed == pytest.approx(100.0)
    assert codes(result.said) == ["proof.state.timed_out", "proof.state.not_reached"]
    assert codes(result.advice)[0] == "proof.advice.not_reached.1"  # the portal at app.cobby.io
    assert seen[-1].next_check_in is None


def test_another_workspaces_key_is_reported_and_times_out_with_advice():
    t = FakeTime()
    result, seen = run(scripted(answer(OTHER)), t, timeout=30)
    assert {p.state for p in seen} == {ProofState.OTHER_WORKSPACE}
    assert seen[0].said.code == "proof.state.other_workspace"
    assert result.state is ProofState.TIMED_OUT
    assert result.last_state is ProofState.OTHER_WORKSPACE
    assert codes(result.said) == ["proof.state.timed_out", "proof.state.other_workspace"]
    assert set(codes(result.advice)) == {f"proof.advice.other_workspace.{n}" for n in (1, 2, 3)}


def test_other_workspace_then_the_right_key_passes():
    t = FakeTime()
    result, seen = run(scripted(answer(OTHER), answer(KEY)), t)
    assert result.ok
    assert [p.state for p in seen] == [ProofState.OTHER_WORKSPACE, ProofState.CONNECTED]


def test_right_key_but_inactive_keeps_polling_until_active():
    t = FakeTime()
    result, seen = run(scripted(answer(KEY, active=False), answer(KEY, active=True)), t)
    assert result.ok
    assert seen[0].state is ProofState.INACTIVE


def test_inactive_until_timeout_gives_extension_advice():
    t = FakeTime()
    result, _ = run(scripted(answer(KEY, active=False)), t, timeout=20)
    assert result.state is ProofState.TIMED_OUT and result.last_state is ProofState.INACTIVE
    assert codes(result.advice) == ["proof.advice.inactive.1", "proof.advice.inactive.2"]


def test_a_failing_check_is_reported_with_its_verdict():
    t = FakeTime()
    failing = ProbeOutcome(verdict="api_unreachable", net_failure=NetFailure.REFUSED)
    result, seen = run(scripted(failing, answer(KEY)), t)
    assert result.ok
    assert seen[0].state is ProofState.ERROR
    assert seen[0].verdict == "api_unreachable"
    assert seen[0].said.code == "proof.verdict.api_unreachable"


def test_error_until_timeout_keeps_the_verdict():
    t = FakeTime()
    result, _ = run(scripted(ProbeOutcome(verdict="credentials_rejected")), t, timeout=10)
    assert result.state is ProofState.TIMED_OUT
    assert result.verdict == "credentials_rejected"
    assert codes(result.said) == ["proof.state.timed_out", "proof.verdict.credentials_rejected"]
    assert codes(result.advice) == ["proof.advice.error.1", "proof.advice.error.2"]


def test_a_probe_raising_a_transport_error_counts_as_an_error_state():
    t = FakeTime()
    calls = {"n": 0}

    def probe() -> ProbeOutcome:
        calls["n"] += 1
        if calls["n"] == 1:
            raise NetError(NetFailure.TIMEOUT, "https://shop.test/api/cobby/json")
        return answer(KEY)

    result, seen = run(probe, t)
    assert result.ok
    assert seen[0].state is ProofState.ERROR


def test_cancel_during_a_wait_returns_cancelled_without_another_probe():
    t = FakeTime()
    cancel = threading.Event()
    probe = scripted(answer(PLACEHOLDER_LICENSE_KEY))

    def sleep(seconds: float) -> None:
        t.sleep(seconds)
        if len(t.sleeps) == 2:
            cancel.set()

    result = prove_connection(
        probe, Secret(KEY), cancel=cancel, sleep=sleep, clock=t.clock, timeout=600
    )
    assert result.state is ProofState.CANCELLED
    assert result.attempts == 2
    assert probe.calls["n"] == 2
    assert result.last_state is ProofState.NOT_REACHED
    assert result.advice == ()


def test_cancel_before_start_sends_nothing():
    cancel = threading.Event()
    cancel.set()
    probe = scripted(answer(KEY))
    result = prove_connection(probe, Secret(KEY), cancel=cancel)
    assert result.state is ProofState.CANCELLED
    assert probe.calls["n"] == 0


def test_a_probe_cancelled_mid_request_ends_the_proof():
    t = FakeTime()
    outcome = ProbeOutcome(verdict="api_unreachable", net_failure=NetFailure.CANCELLED)
    result, seen = run(scripted(outcome), t)
    assert result.state is ProofState.CANCELLED
    assert seen == []


@pytest.mark.timeout(20)
def test_default_wait_sleeps_on_the_cancel_flag():
    """Without an injected sleep a long wait ends as soon as cancel is set."""
    cancel = threading.Event()
    probe = scripted(answer(PLACEHOLDER_LICENSE_KEY))
    # a one-hour wait that only a cancel can end within the test's time limit
    result = prove_connection(
        probe,
        Secret(KEY),
        initial_delay=3600,
        cancel=cancel,
        on_progress=lambda p: cancel.set(),
    )
    assert result.state is ProofState.CANCELLED
    assert probe.calls["n"] == 1


def test_the_license_keys_never_appear_in_results_or_progress():
    t = FakeTime()
    result, seen = run(scripted(answer(OTHER), answer(KEY)), t)
    text = repr(result) + repr(seen) + str(result) + result.message + repr(result.advice)
    assert KEY not in text and OTHER not in text


def test_an_empty_workspace_key_is_refused():
    with pytest.raises(ValueError):
        prove_connection(scripted(answer(KEY)), Secret("  "))


def test_outcomes_from_the_magento_results():
    info = CobbyInfo("2.4.1.1", "1.9.4.5", True, Secret(KEY))
    ok1 = outcome_from_check(M1Result(verdict=M1Verdict.OK, cobby=info, requests=3))
    assert ok1.answered and ok1.cobby is info and ok1.requests == 3
    bad1 = outcome_from_check(
        M1Result(verdict=M1Verdict.API_UNREACHABLE, net_failure=NetFailure.DNS)
    )
    assert not bad1.answered and bad1.verdict == "api_unreachable"
    assert bad1.net_failure is NetFailure.DNS
    no_info = outcome_from_check(M2Result(verdict=M2Verdict.OK))
    assert not no_info.answered and no_info.verdict == "no_license_key"
    sig = outcome_from_check(M2Result(verdict=M2Verdict.SIGNATURE_INVALID))
    assert sig.verdict == "signature_invalid"


# -- against the Magento simulators ------------------------------------------------


POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)
M1_USER, M1_KEY = "cobby_api", "cobby12345key"


def m1_shop(**kw) -> M1Simulator:
    return M1Simulator(users={M1_USER: ApiUser(M1_KEY)}, **kw)


def m1_probe(shop: M1Simulator):
    return make_m1_probe(shop.url, M1_USER, Secret(M1_KEY), policy=POLICY)


def test_m1_proof_passes_when_cobby_writes_the_key_after_a_few_polls():
    schedule = lambda n: KEY if n >= 3 else PLACEHOLDER_LICENSE_KEY  # noqa: E731
    with m1_shop(license_schedule=schedule) as shop:
        t = FakeTime()
        result, seen = run(m1_probe(shop), t)
        assert shop.probe_calls == 3
        assert "cobby_core_setup.import" not in shop.calls  # the proof never writes
    assert result.ok and result.attempts == 3
    assert [p.state for p in seen] == [
        ProofState.NOT_REACHED, ProofState.NOT_REACHED, ProofState.CONNECTED
    ]
    assert result.magento_version == "1.9.4.5"
    assert result.requests >= 3


def test_m1_proof_times_out_when_the_placeholder_stays():
    with m1_shop() as shop:
        t = FakeTime()
        result, seen = run(m1_probe(shop), t, timeout=12)
        assert shop.probe_calls == result.attempts
    assert result.state is ProofState.TIMED_OUT
    assert result.last_state is ProofState.NOT_REACHED
    assert {p.state for p in seen} == {ProofState.NOT_REACHED}
    assert result.advice and codes(result.said)[-1] == "proof.state.not_reached"


def test_m1_proof_reports_another_workspaces_key():
    with m1_shop(license_key=OTHER) as shop:
        t = FakeTime()
        result, seen = run(m1_probe(shop), t, timeout=6)
    assert seen[0].state is ProofState.OTHER_WORKSPACE
    assert result.state is ProofState.TIMED_OUT
    assert result.last_state is ProofState.OTHER_WORKSPACE
    assert OTHER not in repr(result) + repr(seen)


def test_m1_proof_reports_a_lost_cobby_permission():
    users = {M1_USER: ApiUser(M1_KEY, cobby_resource=False)}
    with M1Simulator(users=users) as shop:
        t = FakeTime()
        result, seen = run(m1_probe(shop), t, timeout=3)
    assert seen[0].state is ProofState.ERROR
    assert seen[0].verdict == "cobby_permission_missing"
    assert result.verdict == "cobby_permission_missing"


def test_m2_proof_passes_when_cobby_writes_the_key_after_a_few_polls():
    with M2Simulator() as shop:
        shop.change_license_key_after(2, KEY)
        t = FakeTime()
        probe = make_m2_probe(shop.url, shop.tokens, policy=POLICY)
        result, seen = run(probe, t)
        assert shop.probes == 3
        assert shop.count("POST", "cobby/setup") == 0  # the proof never writes
    assert result.ok and result.attempts == 3
    assert [p.state for p in seen][:2] == [ProofState.NOT_REACHED, ProofState.NOT_REACHED]


def test_m2_proof_times_out_when_the_placeholder_stays():
    with M2Simulator() as shop:
        t = FakeTime()
        result, _ = run(make_m2_probe(shop.url, shop.tokens, policy=POLICY), t, timeout=12)
    assert result.state is ProofState.TIMED_OUT and result.last_state is ProofState.NOT_REACHED


def test_m2_proof_reports_another_workspaces_key_then_passes_once_moved():
    with M2Simulator(license_key=OTHER) as shop:
        shop.change_license_key_after(2, KEY)
        t = FakeTime()
        result, seen = run(make_m2_probe(shop.url, shop.tokens, policy=POLICY), t)
    assert [p.state for p in seen] == [
        ProofState.OTHER_WORKSPACE, ProofState.OTHER_WORKSPACE, ProofState.CONNECTED
    ]
    assert result.ok


def test_m2_proof_other_workspace_until_timeout():
    with M2Simulator(license_key=OTHER) as shop:
        t = FakeTime()
        result, _ = run(make_m2_probe(shop.url, shop.tokens, policy=POLICY), t, timeout=6)
    assert result.state is ProofState.TIMED_OUT
    assert result.last_state is ProofState.OTHER_WORKSPACE
    assert codes(result.advice)[0] == "proof.advice.other_workspace.1"


def test_m2_proof_cancelled_during_the_wait():
    with M2Simulator() as shop:
        cancel = threading.Event()
        probe = make_m2_probe(shop.url, shop.tokens, policy=POLICY, cancel=cancel)
        result = prove_connection(
            probe, Secret(KEY), cancel=cancel, initial_delay=3600,
            on_progress=lambda p: cancel.set(),
        )
        assert shop.probes == 1
    assert result.state is ProofState.CANCELLED


# -- "Test connection" on a stored inventory entry --


@pytest.fixture
def stored(tmp_path, memory_keyring):
    inv = Inventory.open(tmp_path / "inventory.sqlite3")
    yield inv, Vault(memory_keyring)
    inv.close()


def test_prove_stored_m2_shop_with_secrets_from_the_keychain(stored):
    inv, vault = stored
    ws = create_workspace(inv, vault, "Shop DE", Secret(KEY))
    with M2Simulator() as sim:
        sim.change_license_key_after(1, KEY)
        shop = inv.add_shop(Shop(sim.url, MagentoMajor.M2, label="DE", workspace_id=ws.id))
        cred = inv.add_credential(Credential(shop.id, CredentialKind.M2_INTEGRATION, "cobby"))
        vault.put_credential(cred, {k: Secret(v) for k, v in sim.values.items()})
        t = FakeTime()
        result = prove_stored(vault, shop, cred, policy=POLICY, sleep=t.sleep, clock=t.clock)
    assert result.ok and result.attempts == 2


def test_prove_stored_m1_shop_other_workspace(stored):
    inv, vault = stored
    ws = create_workspace(inv, vault, "Shop DE", Secret(KEY))
    with m1_shop(license_key=OTHER) as sim:
        shop = inv.add_shop(Shop(sim.url, MagentoMajor.M1, label="DE", workspace_id=ws.id))
        cred = inv.add_credential(Credential(shop.id, CredentialKind.M1_API_KEY, M1_USER))
        vault.put_credential(cred, {"api_key": Secret(M1_KEY)})
        t = FakeTime()
        result = prove_stored(
            vault, shop, cred, policy=POLICY, timeout=4, sleep=t.sleep, clock=t.clock
        )
    assert result.state is ProofState.TIMED_OUT
    assert result.last_state is ProofState.OTHER_WORKSPACE


def test_prove_stored_without_a_key_or_credentials_sends_nothing(stored):
    inv, vault = stored
    ws = create_workspace(inv, vault, "Shop DE")
    with m1_shop() as sim:
        shop = inv.add_shop(Shop(sim.url, MagentoMajor.M1, label="DE", workspace_id=ws.id))
        cred = inv.add_credential(Credential(shop.id, CredentialKind.M1_API_KEY, M1_USER))
        no_key = prove_stored(vault, shop, cred)
        vault.put(SecretRef.license_key(ws.id, ws.vault_space), Secret(KEY))
        no_cred = prove_stored(vault, shop, cred)
        assert sim.requests == []
    assert no_key.state is ProofState.ERROR and no_key.verdict == "no_workspace_key"
    assert no_cred.state is ProofState.ERROR and no_cred.verdict == "no_credential"
    assert codes(no_key.said) == ["proof.verdict.no_workspace_key"] and no_key.attempts == 0
    assert codes(no_cred.said) == ["proof.verdict.no_credential"]
