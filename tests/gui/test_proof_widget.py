"""The connection proof widget against the loopback Magento 1 and 2 shops:
the license key arrives after a few checks, never arrives (timeout with
advice), is another workspace's, the merchant cancels, or there is no key."""

from __future__ import annotations

import pytest

from cobby_desktop import i18n
from cobby_desktop.domain.proof import ProofState, advice_for, make_m1_probe, make_m2_probe
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.results import PLACEHOLDER_LICENSE_KEY
from cobby_desktop.secret import Secret
from cobby_desktop.ui import workers
from cobby_desktop.ui.proof_widget import ProofWidget, format_elapsed
from tests.support.m1_simulator import ApiUser, M1Simulator
from tests.support.m2_simulator import M2Simulator
from tests.support.said import shown

KEY = "ws-4f1c9e2a7b3d-license"
API_KEY = "proofApiKey12345678"
POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)


@pytest.fixture(autouse=True)
def _drain_jobs():
    yield
    workers.shutdown(2000)


def make_widget(qtbot, timeout: float = 30.0) -> ProofWidget:
    widget = ProofWidget(timeout=timeout, initial_delay=0.05, max_delay=0.1)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def m1_builder(shop: M1Simulator, key: str | None = KEY):
    def build():
        probe = make_m1_probe(shop.url, "cobby_api", Secret(API_KEY), POLICY)
        return probe, Secret(key) if key else None

    return build


def shown_text(widget: ProofWidget) -> str:
    return " ".join(label.text() for label in (widget.headline, widget.detail, widget.advice))


def test_m1_key_arrives_after_two_checks_then_connected(qtbot):
    schedule = lambda n: KEY if n > 2 else PLACEHOLDER_LICENSE_KEY  # noqa: E731
    users = {"cobby_api": ApiUser(API_KEY)}
    with M1Simulator(users=users, license_schedule=schedule) as shop:
        widget = make_widget(qtbot)
        seen: list[ProofState] = []
        widget.progressed.connect(lambda p: seen.append(p.state))
        heard: list[str] = []
        widget.progressed.connect(lambda _p: heard.append(widget.headline.text()))
        with qtbot.waitSignal(widget.finished, timeout=10000) as done:
            widget.start_probe(m1_builder(shop))
            assert widget.running and widget.cancel_button.isVisible()
            assert widget._ticker.isActive() and widget._ticker.interval() == 1000
        result = done.args[0]
        assert result.state is ProofState.CONNECTED and result.attempts == 3
        assert shop.probe_calls == 3
    assert seen == [ProofState.NOT_REACHED, ProofState.NOT_REACHED, ProofState.CONNECTED]
    assert heard[0] == shown("proof.state.not_reached")
    assert widget.headline.text() == shown("proof.state.connected")
    three = i18n.translate("ProofWidget", "%n checks", 3)
    assert three in widget.detail.text() and "2.4.1.1" in widget.detail.text()
    assert not widget.running and not widget.cancel_button.isVisible()
    assert not widget.advice.isVisible() and not widget._ticker.isActive()
    assert KEY not in shown_text(widget) and API_KEY not in shown_text(widget)


def test_m2_key_arrives_after_two_checks_then_connected(qtbot):
    with M2Simulator() as shop:
        shop.change_license_key_after(2, KEY)
        widget = make_widget(qtbot)
        build = lambda: (make_m2_probe(shop.url, shop.tokens, policy=POLICY), Secret(KEY))  # noqa: E731
        with qtbot.waitSignal(widget.finished, timeout=10000) as done:
            widget.start_probe(build)
        assert done.args[0].ok and done.args[0].attempts == 3 and shop.probes == 3
    assert widget.result.state is ProofState.CONNECTED
    assert widget.state is ProofState.CONNECTED


def test_m2_key_never_arrives_times_out_with_advice(qtbot):
    with M2Simulator() as shop:  # the placeholder stays
        widget = make_widget(qtbot, timeout=0.6)
        build = lambda: (make_m2_probe(shop.url, shop.tokens, policy=POLICY), Secret(KEY))  # noqa: E731
        with qtbot.waitSignal(widget.finished, timeout=10000) as done:
            widget.start_probe(build)
        result = done.args[0]
        assert result.state is ProofState.TIMED_OUT
        assert result.last_state is ProofState.NOT_REACHED
        assert result.attempts >= 2 and shop.probes == result.attempts
    headline = widget.headline.text()
    assert headline == f"{shown('proof.state.timed_out')} {shown('proof.state.not_reached')}"
    assert widget.advice.isVisible()
    assert "https://app.cobby.io" in widget.advice.text() and "<li>" in widget.advice.text()
    assert widget.start_button.isVisible()
    assert widget.start_button.text() == i18n.translate("ProofWidget", "C&heck again")


def test_m1_another_workspaces_key_says_so(qtbot):
    users = {"cobby_api": ApiUser(API_KEY)}
    with M1Simulator(users=users, license_key="ws-somebody-else-0001") as shop:
        widget = make_widget(qtbot, timeout=0.5)
        seen: list[ProofState] = []
        heard: list[str] = []
        widget.progressed.connect(lambda p: seen.append(p.state))
        widget.progressed.connect(lambda _p: heard.append(widget.headline.text()))
        with qtbot.waitSignal(widget.finished, timeout=10000) as done:
            widget.start_probe(m1_builder(shop))
    result = done.args[0]
    assert seen and set(seen) == {ProofState.OTHER_WORKSPACE}
    assert heard[0] == shown("proof.state.other_workspace")
    assert result.state is ProofState.TIMED_OUT and result.last_state is ProofState.OTHER_WORKSPACE
    assert shown("proof.state.other_workspace") in widget.headline.text()
    first_advice = advice_for(ProofState.OTHER_WORKSPACE)[0]
    assert first_advice.code == "proof.advice.other_workspace.1"
    assert i18n.render(first_advice) in widget.advice.text()
    assert "ws-somebody-else-0001" not in shown_text(widget)


def test_cancel_stops_at_once_and_the_poller_ends(qtbot):
    users = {"cobby_api": ApiUser(API_KEY)}
    with M1Simulator(users=users) as shop:  # placeholder: it would poll for a minute
        widget = ProofWidget(timeout=60, initial_delay=30, max_delay=30)
        qtbot.addWidget(widget)
        widget.show()
        results = []
        widget.finished.connect(results.append)
        with qtbot.waitSignal(widget.progressed, timeout=10000):
            job = widget.start_probe(m1_builder(shop))
        assert widget.state is ProofState.NOT_REACHED and widget.running
        widget.cancel_button.click()
        # At once, without waiting for the shop or the 30-second pause:
        assert widget.state is ProofState.CANCELLED and not widget.running
        assert [r.state for r in results] == [ProofState.CANCELLED]
        assert widget.headline.text() == shown("proof.state.cancelled")
        assert job.context.cancel.is_set()
        # The poller itself stops waiting: the pool drains long before 30 s.
        assert workers._job_pool().waitForDone(10000)
        calls = shop.probe_calls
    assert calls == 1
    assert len(results) == 1  # nothing arrives from the abandoned run
    assert widget.start_button.isVisible()


def test_without_a_license_key_nothing_is_sent(qtbot):
    users = {"cobby_api": ApiUser(API_KEY)}
    with M1Simulator(users=users) as shop:
        widget = make_widget(qtbot)
        with qtbot.waitSignal(widget.finished, timeout=10000) as done:
            widget.start_probe(m1_builder(shop, key=None))
        assert shop.probe_calls == 0 and shop.requests == []
    assert done.args[0].verdict == "no_workspace_key"
    assert widget.headline.text() == shown("proof.verdict.no_workspace_key")


def test_a_prove_function_can_be_run_and_run_again(qtbot):
    calls = []

    def prove(cancel, on_progress):
        from cobby_desktop.domain.proof import ProofProgress, ProofResult

        calls.append(cancel)
        on_progress(ProofProgress(1, 0.1, ProofState.NOT_REACHED, next_check_in=1))
        return ProofResult(ProofState.CONNECTED, attempts=2, elapsed=62.0)

    widget = make_widget(qtbot)
    with qtbot.waitSignal(widget.finished, timeout=5000):
        widget.start(prove)
    elapsed = i18n.translate("ProofWidget", "%1 elapsed").replace("%1", "1:02")
    assert widget.result.ok and elapsed in widget.detail.text()
    with qtbot.waitSignal(widget.finished, timeout=5000):
        widget.start_button.click()
    assert len(calls) == 2 and calls[0] is not calls[1]


def test_elapsed_format():
    assert format_elapsed(0) == "0:00"
    assert format_elapsed(61.9) == "1:01"
    assert format_elapsed(600) == "10:00"


def test_without_its_own_cancel_and_a_note_that_clears_the_result(qtbot):
    def prove(cancel, on_progress):
        from cobby_desktop.domain.proof import ProofProgress, ProofResult

        on_progress(ProofProgress(1, 0.1, ProofState.NOT_REACHED, next_check_in=1))
        cancel.wait(10)
        return ProofResult(ProofState.CANCELLED, attempts=1, elapsed=0.2)

    widget = ProofWidget(show_cancel=False)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.progressed, timeout=5000):
        widget.start(prove)
    assert widget.running and not widget.cancel_button.isVisible()
    widget.show_note("Not checked: no license key.")
    assert not widget.running and widget.result is None and widget.attempts == 0
    assert widget.headline.text() == "Not checked: no license key."
    assert not widget.detail.isVisible() and not widget.bar.isVisible()
    assert not widget.start_button.isVisible()
