"""`cobby-desktop check` against the simulators: codes, JSON shape, exit codes,
secrets only from the environment and never in the output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import cobby_desktop.domain.diagnosis as diagnose_stored_module
import cobby_desktop.services.checks as check_module
from cobby_desktop import i18n, magento_admin
from cobby_desktop.cli import run_command
from cobby_desktop.domain.model import (
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.secret import Secret
from tests.support.m1_simulator import M1Simulator
from tests.support.m2_simulator import M2Simulator
from tests.support.said import shown, shown_pattern

KEY = "cobby12345key"
M2_ENV = {
    "consumer_key": "COBBY_CONSUMER_KEY",
    "consumer_secret": "COBBY_CONSUMER_SECRET",
    "access_token": "COBBY_ACCESS_TOKEN",
    "access_token_secret": "COBBY_ACCESS_TOKEN_SECRET",
}
ALL_ENV = ["COBBY_API_KEY", *M2_ENV.values(), "COBBY_BASIC_AUTH_USER",
           "COBBY_BASIC_AUTH_PASSWORD", "COBBY_LICENSE_KEY"]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ALL_ENV:
        monkeypatch.delenv(name, raising=False)


def _json_out(capsys) -> dict:
    out = capsys.readouterr().out
    return json.loads(out)


def test_m1_json_shape_and_exit_0(monkeypatch, capsys) -> None:
    monkeypatch.setenv("COBBY_API_KEY", KEY)
    with M1Simulator() as shop:
        code = run_command(["check", "--url", shop.url, "--user", "cobby_api", "--json",
                            "--timeout", "10"])
    data = _json_out(capsys)
    assert code == 0
    assert data["url_used"] == shop.url
    assert data["magento"] == {"major": 1, "version": "1.9.4.5", "edition": None}
    assert data["ok"] is True
    assert [f["code"] for f in data["findings"]] == ["cobby.not_connected"]
    assert set(data["findings"][0]) == {"code", "severity", "title", "detail", "fix", "params"}
    assert data["findings"][0]["severity"] == "notice"
    assert isinstance(data["requests"], int) and data["requests"] > 0
    assert isinstance(data["seconds"], float)


def test_address_without_scheme_on_plain_http_passes_with_the_warning(monkeypatch,
                                                                      capsys) -> None:
    monkeypatch.setenv("COBBY_API_KEY", KEY)
    with M1Simulator() as shop:
        bare = shop.url.removeprefix("http://")  # 127.0.0.1:PORT, as typed
        code = run_command(["check", "--url", bare, "--user", "cobby_api", "--json",
                            "--timeout", "2"])
    data = _json_out(capsys)
    assert code == 0 and data["ok"] is True
    assert data["url_used"] == shop.url
    assert [f["code"] for f in data["findings"]] == ["http.unencrypted", "cobby.not_connected"]
    assert data["findings"][0]["severity"] == "warning"
    assert data["findings"][0]["params"] == {"url": shop.url}


def test_new_details_follow_the_language_with_the_same_codes_and_params(monkeypatch,
                                                                          capsys) -> None:
    monkeypatch.setenv("COBBY_API_KEY", KEY)
    with M1Simulator() as shop:
        bare = shop.url.removeprefix("http://")
        code = run_command(["--lang", "de", "check", "--url", bare, "--user", "cobby_api",
                            "--json", "--timeout", "2"])
    data = _json_out(capsys)
    assert code == 0
    warning = data["findings"][0]
    assert (warning["code"], warning["params"]) == ("http.unencrypted", {"url": shop.url})
    assert f"Der Test hat {shop.url} verwendet." in warning["detail"]


def test_m2_shop_set_up_by_the_book_is_ok_without_a_warning(monkeypatch, capsys) -> None:
    with M2Simulator() as shop:  # 2.4.4+ defaults
        for field, env in M2_ENV.items():
            monkeypatch.setenv(env, shop.values[field])
        code = run_command(["check", "--url", shop.url, "--json", "--timeout", "2"])
    data = _json_out(capsys)
    assert code == 0 and data["ok"] is True
    assert [f["severity"] for f in data["findings"]] == ["notice"]  # not yet connected


def test_m1_rejected_key_prints_report_and_exits_1(monkeypatch, capsys) -> None:
    monkeypatch.setenv("COBBY_API_KEY", "wrong777key")
    with M1Simulator() as shop:
        code = run_command(["check", "--url", shop.url, "--user", "cobby_api",
                            "--magento", "1", "--timeout", "10"])
    out = capsys.readouterr().out
    assert code == 1
    assert "m1.credentials_rejected" in out
    assert i18n.text(magento_admin.M1_USERS) in out
    assert "wrong777key" not in out


def test_m2_codes_and_license_comparison(monkeypatch, capsys) -> None:
    with M2Simulator(license_key="shop-license-aaa") as shop:
        for field, env in M2_ENV.items():
            monkeypatch.setenv(env, shop.values[field])
        monkeypatch.setenv("COBBY_LICENSE_KEY", "workspace-license-bbb")
        code = run_command(["check", "--url", shop.url, "--json", "--timeout", "10"])
    data = _json_out(capsys)
    assert code == 0
    assert data["magento"] == {"major": 2, "version": "2.4", "edition": "Community"}
    assert [f["code"] for f in data["findings"]] == ["cobby.license_mismatch"]
    text = json.dumps(data)
    assert "shop-license-aaa" not in text and "workspace-license-bbb" not in text


def test_basic_auth_from_environment(monkeypatch, capsys) -> None:
    monkeypatch.setenv("COBBY_API_KEY", KEY)
    with M1Simulator(basic_auth=("staff", "gate-pw-42")) as shop:
        blocked = run_command(["check", "--url", shop.url, "--user", "cobby_api", "--json",
                               "--timeout", "10"])
        first = _json_out(capsys)
        monkeypatch.setenv("COBBY_BASIC_AUTH_USER", "staff")
        monkeypatch.setenv("COBBY_BASIC_AUTH_PASSWORD", "gate-pw-42")
        passed = run_command(["check", "--url", shop.url, "--user", "cobby_api", "--json",
                              "--timeout", "10"])
        second = _json_out(capsys)
    assert blocked == 1 and [f["code"] for f in first["findings"]] == ["http.basic_auth"]
    assert passed == 0 and second["ok"] is True


@pytest.mark.parametrize(("argv", "env"), [
    (["check"], {}),
    (["check", "--url", "https://shop.example"], {}),  # no secret in the environment
    (["check", "--url", "https://shop.example"], {"COBBY_API_KEY": KEY}),  # no --user
    (["check", "--url", "https://shop.example", "--user", "u"],
     {"COBBY_API_KEY": KEY, "COBBY_CONSUMER_KEY": "x"}),  # ambiguous version
    (["check", "--url", "https://shop.example", "--magento", "2"], {"COBBY_CONSUMER_KEY": "x"}),
    (["check", "--url", "https://shop.example", "--user", "u"],
     {"COBBY_API_KEY": KEY, "COBBY_BASIC_AUTH_USER": "staff"}),  # password missing
    (["check", "--url", "https://shop.example", "--magento", "3"], {}),
    (["check", "--url", "x", "--shop", "y"], {}),
    (["check", "--shop", "nothing-stored"], {}),
    (["check", "--url", "https://shop.example", "--user", "u", "--api-key", KEY], {}),
    (["check", "--url", "https://shop.example", "--consumer-secret=" + KEY], {}),
])
def test_usage_errors_exit_2(argv, env, monkeypatch, capsys) -> None:
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert run_command(argv) == 2
    err = capsys.readouterr().err
    assert err.strip()
    assert KEY not in err


def test_save_then_check_the_stored_shop(monkeypatch, capsys) -> None:
    monkeypatch.setenv("COBBY_API_KEY", KEY)
    with M1Simulator() as shop:
        assert run_command(["check", "--url", shop.url + "/admin", "--user", "cobby_api",
                            "--save", "Demo shop", "--timeout", "10"]) == 0
        assert shown("cli.check.saved", label="Demo shop") in capsys.readouterr().err
        with Inventory.open() as inv:
            stored = inv.shop_by_label("Demo shop")
            assert stored is not None and stored.base_url == shop.url
            cred = inv.current_credential(stored.id)
            assert cred is not None and cred.api_user == "cobby_api"
            assert Vault().credential_secrets(cred)["api_key"].reveal() == KEY
        monkeypatch.delenv("COBBY_API_KEY")
        assert run_command(["check", "--shop", "Demo shop", "--json", "--timeout", "10"]) == 0
        data = _json_out(capsys)
        assert run_command(["check", "--url", shop.url, "--user", "cobby_api",
                            "--save", "Demo shop"]) == 2  # label taken
    assert [f["code"] for f in data["findings"]] == ["cobby.not_connected"]
    with Inventory.open() as inv:
        assert len(inv.checks(stored.id)) == 2  # the --save check and the --shop check
        log = [(a.action.value, a.detail) for a in reversed(inv.activity())]
    assert [action for action, _ in log] == ["created", "tested", "tested"]
    assert log[1][1].startswith("notice: ") and "cobby.not_connected" in log[1][1]
    assert all(KEY not in detail for _, detail in log)
    db = b"".join(p.read_bytes() for p in Path(os.environ["COBBY_DESKTOP_HOME"]).rglob("*")
                  if p.is_file())
    assert KEY.encode() not in db


def test_failed_check_is_not_saved(monkeypatch, capsys) -> None:
    monkeypatch.setenv("COBBY_API_KEY", "wrong777key")
    with M1Simulator() as shop:
        code = run_command(["check", "--url", shop.url, "--user", "cobby_api",
                            "--save", "Nope", "--timeout", "10"])
    assert code == 1
    assert shown("cli.check.not_saved") in capsys.readouterr().err
    with Inventory.open() as inv:
        assert inv.shop_by_label("Nope") is None


def test_subprocess_reads_secrets_from_env_and_never_prints_them(tmp_path) -> None:
    with M2Simulator(cobby_resource=False) as shop:
        env = {k: v for k, v in os.environ.items() if k not in ALL_ENV}
        env.update({env_name: shop.values[f] for f, env_name in M2_ENV.items()})
        env["COBBY_DESKTOP_HOME"] = str(tmp_path / "home")
        env["COBBY_LICENSE_KEY"] = "workspace-license-ccc"
        proc = subprocess.run(
            [sys.executable, "-m", "cobby_desktop", "check", "--url", shop.url, "--json",
             "--timeout", "10"],
            env=env, capture_output=True, text=True, timeout=60,
            cwd=str(Path(__file__).resolve().parents[2]),
        )
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert [f["code"] for f in data["findings"]] == ["m2.cobby_permission_missing"]
    for secret in [*shop.values.values(), "workspace-license-ccc"]:
        assert secret not in proc.stdout and secret not in proc.stderr


def test_all_checks_every_stored_shop(monkeypatch, capsys) -> None:
    monkeypatch.setenv("COBBY_API_KEY", KEY)
    with M1Simulator() as good, M1Simulator(users={}) as bad_shop:
        assert run_command(["check", "--url", good.url, "--user", "cobby_api",
                            "--save", "Good", "--timeout", "10"]) == 0
        # stored while it worked, then the shop lost its API user
        assert run_command(["check", "--url", good.url, "--user", "cobby_api",
                            "--save", "Broken", "--timeout", "10"]) == 0
        with Inventory.open() as inv:
            broken = inv.shop_by_label("Broken")
            inv.update_shop(replace(broken, base_url=bad_shop.url))
        capsys.readouterr()
        code = run_command(["check", "--all", "--json", "--timeout", "10"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    by_label = {row["label"]: [f["code"] for f in row["findings"]] for row in data}
    assert by_label == {"Good": ["cobby.not_connected"], "Broken": ["m1.credentials_rejected"]}


def test_all_checks_several_shops_at_a_time_with_progress(monkeypatch, capsys) -> None:
    """Four slow shops (0.5 s per answer) checked with --jobs 4: all four are
    in flight together, and stderr shows one progress line per shop."""
    import threading

    monkeypatch.setenv("COBBY_API_KEY", KEY)
    sims = [M1Simulator(delay=0.5) for _ in range(4)]
    for sim in sims:
        sim.start()
    try:
        with Inventory.open() as inv:
            for i, sim in enumerate(sims):
                shop = inv.add_shop(Shop(base_url=sim.url, magento_major=MagentoMajor.M1,
                                         label=f"Shop {i}"))
                cred = inv.add_credential(Credential(shop_id=shop.id,
                                                     kind=CredentialKind.M1_API_KEY,
                                                     api_user="cobby_api",
                                                     state=CredentialState.ACTIVE))
                Vault().put_credential(cred, {"api_key": Secret(KEY)})
        peak = 0
        active = 0
        lock = threading.Lock()
        original = diagnose_stored_module.diagnose_stored

        def counting(*a, **kw):
            nonlocal peak, active
            with lock:
                active += 1
                peak = max(peak, active)
            try:
                return original(*a, **kw)
            finally:
                with lock:
                    active -= 1

        monkeypatch.setattr(check_module, "diagnose_stored", counting)
        capsys.readouterr()
        code = run_command(["check", "--all", "--jobs", "4", "--timeout", "5"])
    finally:
        for sim in sims:
            sim.stop()
    captured = capsys.readouterr()
    assert code == 0
    assert peak >= 2, "shops must be checked concurrently"
    progress = [line for line in captured.err.splitlines() if line.startswith("[")]
    assert len(progress) == 4 and progress[-1].startswith("[4/4]")
    works = (shown_pattern("cli.check.progress.works"),
             shown_pattern("cli.check.progress.works_codes"))
    assert all(any(w.fullmatch(line) for w in works) for line in progress), progress
    assert KEY not in captured.out and KEY not in captured.err


def test_all_goes_on_when_one_shops_secrets_cannot_be_read(monkeypatch, capsys) -> None:
    from cobby_desktop.domain.vault import VaultError

    monkeypatch.setenv("COBBY_API_KEY", KEY)
    with M1Simulator() as good:
        for label in ("Good", "Lost keys"):
            assert run_command(["check", "--url", good.url, "--user", "cobby_api",
                                "--save", label, "--timeout", "10"]) == 0
        with Inventory.open() as inv:
            lost = inv.current_credential(inv.shop_by_label("Lost keys").id)
        real = Vault.credential_secrets

        def refusing(self, cred):
            if cred.id == lost.id:
                raise VaultError("locked", "The keychain is locked. Unlock it and try again.")
            return real(self, cred)

        monkeypatch.setattr(Vault, "credential_secrets", refusing)
        capsys.readouterr()
        code = run_command(["check", "--all", "--json", "--timeout", "10"])
    captured = capsys.readouterr()
    data = {row["label"]: row for row in json.loads(captured.out)}
    assert code == 1
    assert data["Good"]["ok"] is True
    assert data["Lost keys"] == {"label": "Lost keys", "ok": False,
                                 "error": "The keychain is locked. Unlock it and try again."}
    assert shown_pattern("cli.check.progress.unread", shop="Lost keys").search(captured.err)


def test_the_report_in_german_keeps_exit_code_codes_and_fields(monkeypatch, capsys) -> None:
    """LANG=de: the same exit code and JSON codes, the texts in German, Magento's
    German menu path in the fix steps."""
    from cobby_desktop import i18n
    from cobby_desktop.magento_admin import M1_USERS

    monkeypatch.setenv("COBBY_API_KEY", "wrong777key")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    argv = ["check", "--url", "", "--user", "cobby_api", "--magento", "1", "--timeout", "10"]
    with M1Simulator() as shop:
        argv[2] = shop.url
        german_code = run_command(argv)
        german = capsys.readouterr().out
        german_json = run_command([*argv, "--json"])
        german_data = json.loads(capsys.readouterr().out)
        english_json = run_command(["--lang", "en", *argv, "--json"])
        english_data = json.loads(capsys.readouterr().out)
    assert german_code == german_json == english_json == 1
    assert "m1.credentials_rejected" in german
    i18n.install(i18n.GERMAN)
    assert i18n.text(M1_USERS) in german and M1_USERS.text not in german
    assert "Schritt 1:" in german and "Step 1:" not in german

    def codes(data: dict) -> list:
        return [(f["code"], f["severity"], sorted(f)) for f in data["findings"]]

    assert codes(german_data) == codes(english_data)
    assert sorted(german_data) == sorted(english_data)
    assert [f["title"] for f in german_data["findings"]] != [
        f["title"] for f in english_data["findings"]]


def test_a_usage_error_is_a_catalogue_message_in_the_chosen_language(monkeypatch, capsys) -> None:
    from cobby_desktop import i18n
    from cobby_desktop.messages import message

    monkeypatch.setenv("COBBY_API_KEY", KEY)
    shown = {}
    for lang in ("en", "de"):
        assert run_command(["check", "--lang", lang, "--url", "https://shop.example"]) == 2
        err = capsys.readouterr().err
        shown[lang] = i18n.render(message("cli.check.usage.m1_user"))  # in `lang` still
        assert shown[lang] in err and KEY not in err
    assert shown["de"] != shown["en"]
