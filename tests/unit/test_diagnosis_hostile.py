"""Hostile answers end as findings, never tracebacks: JSON nested without end,
answers over the size cap, compression bombs, a shop that trickles one byte at
a time (stopped at the check's budget), addresses httpx would refuse, a hung
keychain, and one shop's failure in `check --all`."""

from __future__ import annotations

import gzip
import threading
import time

import keyring
import pytest

from cobby_desktop.cli import run_command
from cobby_desktop.domain import vault as vault_module
from cobby_desktop.domain.diagnosis import CheckInput, diagnose
from cobby_desktop.domain.vault import SecretRef, Vault, VaultError
from cobby_desktop.net.http import NOT_JSON, HttpPolicy, untrusted_json
from cobby_desktop.secret import Secret
from cobby_desktop.services import checks as check_module
from tests.support import bad_servers as bad
from tests.support import hostile
from tests.support.m1_simulator import ApiUser, M1Simulator
from tests.support.memory_keyring import TEST_SPACE, MemoryKeyring
from tests.support.said import shown_pattern

KEY = "Kx7pQ2mZr9TfW4bN"
POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=3.0, max_response_bytes=256 * 1024)


def m1_input(url: str, policy: HttpPolicy = POLICY, **kw) -> CheckInput:
    return CheckInput(url=url, api_user="cobby_api", secrets={"api_key": Secret(KEY)},
                      policy=policy, **kw)


def _json_everywhere(body: bytes, extra: dict[str, str] | None = None) -> bad.Handler:
    def handle(method: str, path: str, headers: dict[str, str], _body: bytes):
        if path == "/":
            return 200, {"Content-Type": "text/html"}, b"<html>shop</html>"
        return 200, {"Content-Type": "application/json", **(extra or {})}, body

    return handle


def test_deeply_nested_json_is_not_json() -> None:
    assert untrusted_json(hostile.deep_json(100_000)) is NOT_JSON
    assert untrusted_json(b'{"a": [1]}') == {"a": [1]}


@pytest.mark.parametrize("magento", [None, 1, 2])
def test_deeply_nested_json_answers_end_as_findings(magento: int | None) -> None:
    with bad.serve(_json_everywhere(hostile.deep_json(200_000))) as url:
        secrets = {"api_key": Secret(KEY)} if magento != 2 else {
            k: Secret("a" * 32) for k in
            ("consumer_key", "consumer_secret", "access_token", "access_token_secret")
        }
        report = diagnose(CheckInput(url=url, magento=magento, api_user="cobby_api",
                                     secrets=secrets, policy=POLICY))
    assert report.findings and not report.ok
    assert report.to_text() and report.to_json()


def test_an_answer_over_the_size_cap_has_its_own_code() -> None:
    with bad.serve(_json_everywhere(b" " * (POLICY.max_response_bytes + 10))) as url:
        report = diagnose(m1_input(url, magento=1))
    assert report.codes[-1] == "shop.answer_too_large", report.codes


def test_a_compression_bomb_is_too_large_not_a_shop_error() -> None:
    bomb = gzip.compress(b"\0" * (8 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 64 * 1024
    with bad.serve(_json_everywhere(bomb, {"Content-Encoding": "gzip"})) as url:
        report = diagnose(m1_input(url, magento=1))
    assert report.codes[-1] == "shop.answer_too_large", report.codes


def test_a_trickling_shop_is_stopped_at_the_budget() -> None:
    policy = HttpPolicy(connect_timeout=1.0, read_timeout=5.0, total_seconds=1.5)
    with hostile.raw_server(hostile.trickle) as url:
        report = diagnose(m1_input(url, policy))
    assert report.codes == ("check.time_budget",)
    assert report.seconds < 5.0  # the budget ended it, not the read timeout


def test_check_timeout_bounds_the_whole_check(monkeypatch, capsys) -> None:
    monkeypatch.setenv("COBBY_API_KEY", KEY)
    with hostile.raw_server(hostile.trickle) as url:
        started = time.monotonic()
        code = run_command(["check", "--url", url, "--user", "cobby_api", "--magento", "1",
                            "--json", "--timeout", "1.5"])
        took = time.monotonic() - started
    out = capsys.readouterr().out
    assert code == 1 and '"check.time_budget"' in out
    assert took < 5.0


@pytest.mark.parametrize(
    "url", ["http://0177.0.0.1", "http://127.0.0.1/a\x01b", "http://0x7f.0.0.1",
            "http://127.0.0.1:0", "https://shop.de:99999"],
)
def test_addresses_httpx_would_refuse_are_url_findings(url: str) -> None:
    report = diagnose(m1_input(url))
    assert report.codes == ("url.invalid",)
    assert report.requests == 0


def test_check_all_keeps_every_other_shop_when_one_fails(monkeypatch, capsys) -> None:
    import json

    monkeypatch.setenv("COBBY_API_KEY", KEY)
    with M1Simulator({"cobby_api": ApiUser(KEY)}) as shop:
        for label in ("Good", "Hostile"):
            assert run_command(["check", "--url", shop.url, "--user", "cobby_api",
                                "--save", label, "--timeout", "10"]) == 0
        real = check_module.diagnose_stored

        def exploding(inv, vault, shop_row, cred, **kw):  # noqa: ANN001
            if shop_row.label == "Hostile":
                raise RecursionError("maximum recursion depth exceeded")
            return real(inv, vault, shop_row, cred, **kw)

        monkeypatch.setattr(check_module, "diagnose_stored", exploding)
        capsys.readouterr()
        code = run_command(["check", "--all", "--json", "--timeout", "10"])
    rows = {r["label"]: r for r in json.loads(capsys.readouterr().out)}
    assert code == 1
    assert rows["Good"]["ok"] is True
    assert rows["Hostile"]["ok"] is False and "RecursionError" in rows["Hostile"]["error"]


class HangingKeyring(MemoryKeyring):
    """A keychain that never answers (a prompt nobody sees)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)


@pytest.fixture
def hanging(monkeypatch):
    backend = HangingKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(vault_module, "CLI_KEYCHAIN_DEADLINE", 0.3)
    yield backend
    backend.release.set()
    keyring.set_keyring(previous)


def test_a_keychain_that_does_not_answer_is_a_timeout(hanging) -> None:
    started = time.monotonic()
    with pytest.raises(VaultError) as err:
        Vault(deadline=0.3).get(SecretRef.license_key(1, TEST_SPACE))
    assert err.value.kind == "timeout"
    assert time.monotonic() - started < 5


def test_cli_and_self_test_say_a_hung_keychain_in_one_line(hanging, capsys) -> None:
    from cobby_desktop.domain.model import Credential, CredentialKind, CredentialState, Shop
    from cobby_desktop.domain.store import Inventory

    with Inventory.open() as inv:
        shop = inv.add_shop(Shop("https://x.test", 1, "X"))  # type: ignore[arg-type]
        inv.add_credential(Credential(shop.id, CredentialKind.M1_API_KEY, "cobby_api",
                                      state=CredentialState.ACTIVE))
    assert run_command(["audit"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and shown_pattern("vault.timeout").search(err[0])
    assert run_command(["self-test"]) == 1
    out = capsys.readouterr().out
    keychain = [ln for ln in out.splitlines() if "keychain" in ln]
    assert keychain and keychain[0].startswith("FAIL") and "timeout" in keychain[0]


def test_an_answer_no_adapter_foresaw_is_a_finding(monkeypatch) -> None:
    """Whatever a parser below the adapters raises on a hostile answer (here a
    RecursionError) ends the check with a finding instead of a traceback."""
    import cobby_desktop.magento1 as m1

    def unforeseen(*args, **kw):
        raise RecursionError("maximum recursion depth exceeded while decoding")

    monkeypatch.setattr(m1, "check_m1", unforeseen)
    with bad.serve(bad.cms_site) as url:
        report = diagnose(m1_input(url, magento=1))
    assert report.codes == ("shop.answer_unreadable",)
    assert not report.ok
