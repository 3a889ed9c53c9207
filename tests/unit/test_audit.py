"""Security audit: each finding code from a stored inventory, and the CLI."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from cobby_desktop.cli import run_command
from cobby_desktop.domain.audit import AuditPolicy, run_audit
from cobby_desktop.domain.model import (
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
    TestOutcome,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.secret import Secret

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
STRONG = "Q7mX4vT9kR2pW8nJ5cH3"
WEAK = "abc1234"
M2 = {f: f[0] * 16 + "7" * 16 for f in CredentialKind.M2_INTEGRATION.secret_fields}


def _fill(inv: Inventory, vault: Vault) -> dict[str, int]:
    ids: dict[str, int] = {}

    def add(label, url, kind, user, secrets, **cred_kw):
        major = kind.magento
        shop = inv.add_shop(Shop(base_url=url, magento_major=major, label=label))
        cred = Credential(shop_id=shop.id, kind=kind, api_user=user,
                          state=cred_kw.pop("state", CredentialState.ACTIVE), **cred_kw)
        cred = inv.add_credential(cred)
        cred = replace(cred, **cred_kw)
        inv.update_credential(cred)
        if secrets:
            vault.put_credential(cred, {k: Secret(v) for k, v in secrets.items()})
        ids[label] = cred.id
        return shop, cred

    fresh = dict(last_tested_at=NOW - timedelta(days=1), last_test_outcome=TestOutcome.OK)
    add("healthy", "https://healthy.example", CredentialKind.M1_API_KEY, "cobby_api",
        {"api_key": STRONG}, **fresh)
    add("weak", "https://weak.example", CredentialKind.M1_API_KEY, "cobby_api",
        {"api_key": WEAK}, **fresh)
    add("admin", "https://admin.example", CredentialKind.M1_API_KEY, "admin",
        {"api_key": "Z9yX8wV7uT6sR5qP4oN3"}, **fresh)
    add("twin-a", "https://twin-a.example", CredentialKind.M2_INTEGRATION, "cobby", M2, **fresh)
    add("twin-b", "https://twin-b.example", CredentialKind.M2_INTEGRATION, "cobby", M2, **fresh)
    add("plain-http", "http://plain.example", CredentialKind.M1_API_KEY, "cobby_api",
        {"api_key": "H4gF5dS6aP7oI8uY9tR2"}, **fresh)
    add("stale", "https://stale.example", CredentialKind.M1_API_KEY, "cobby_api",
        {"api_key": "K8jH7gF6dS5aL4kJ3hG2"}, last_tested_at=NOW - timedelta(days=45),
        last_test_outcome=TestOutcome.OK)
    add("failed", "https://failed.example", CredentialKind.M1_API_KEY, "cobby_api",
        {"api_key": "M2nB3vC4xZ5lK6jH7gF8"}, last_tested_at=NOW - timedelta(days=2),
        last_test_outcome=TestOutcome.FAILED, last_test_summary="m1.credentials_rejected")
    add("revoked", "https://revoked.example", CredentialKind.M1_API_KEY, "cobby_api",
        {"api_key": "R3eW4qA5sD6fG7hJ8kL9"}, state=CredentialState.REVOKED,
        revoked_at=NOW, revoked_verified=True)
    shop, _ = add("pinned", "https://pinned.example", CredentialKind.M1_API_KEY, "cobby_api",
                  {"api_key": "P1oI2uY3tR4eW5qA6sD7"}, **fresh)
    inv.update_shop(replace(shop, pinned_cert_sha256="AB:CD:" * 15 + "EF"))
    return ids


def test_every_audit_code_is_found_where_it_applies():
    vault = Vault()
    with Inventory.open() as inv:
        ids = _fill(inv, vault)
        # Ages: created long ago for one credential.
        findings = run_audit(inv.shops(), inv.credentials(), vault.credential_secrets,
                             now=NOW + timedelta(days=200))
    by_code: dict[str, set[int]] = {}
    for f in findings:
        by_code.setdefault(f.code, set()).add(f.credential_id)
    assert by_code["key.weak"] == {ids["weak"]}
    assert by_code["user.admin_like"] == {ids["admin"]}
    assert by_code["key.reused"] == {ids["twin-a"], ids["twin-b"]}
    assert by_code["test.failed"] == {ids["failed"]}
    assert ids["stale"] in by_code["test.stale"] and ids["healthy"] in by_code["test.stale"]
    assert by_code["secret.orphaned"] == {ids["revoked"]}
    assert "url.not_https" in by_code and "cert.pinned" in by_code
    assert ids["healthy"] in by_code["key.old"]  # 200 days after creation, never rotated
    for f in findings:
        for secret in (STRONG, WEAK, *M2.values()):
            assert secret not in f.title + f.detail


def test_healthy_inventory_has_no_warnings_and_age_is_configurable():
    vault = Vault()
    with Inventory.open() as inv:
        ids = _fill(inv, vault)
        now = datetime.now(UTC)
        findings = run_audit(inv.shops(), inv.credentials(), vault.credential_secrets, now=now)
        healthy = [f for f in findings if f.credential_id == ids["healthy"]]
        assert [f.code for f in healthy if f.code != "test.stale"] == []
        strict = run_audit(inv.shops(), inv.credentials(), vault.credential_secrets,
                           policy=AuditPolicy(max_key_age_days=0), now=now + timedelta(days=1))
        assert ids["healthy"] in {f.credential_id for f in strict if f.code == "key.old"}


def test_audit_command_prints_codes_and_json_without_secrets(capsys):
    with Inventory.open() as inv:
        _fill(inv, Vault())
    assert run_command(["audit"]) == 1  # warnings present
    out = capsys.readouterr().out
    assert "key.weak" in out and "key.reused" in out
    assert run_command(["audit", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    codes = {f["code"] for f in data["findings"]}
    assert {"key.weak", "key.reused", "user.admin_like", "url.not_https",
            "secret.orphaned", "test.failed"} <= codes
    assert all(f["action"] for f in data["findings"])
    dumped = json.dumps(data)
    assert WEAK not in dumped and M2["consumer_key"] not in dumped


def test_audit_of_empty_inventory_is_clean(capsys):
    from cobby_desktop.i18n import render
    from cobby_desktop.messages import message

    assert run_command(["audit"]) == 0
    assert capsys.readouterr().out.strip() == render(message("cli.audit.clean"))


def test_findings_carry_codes_and_parameters_and_json_keeps_them_in_german(capsys):
    vault = Vault()
    with Inventory.open() as inv:
        ids = _fill(inv, vault)
        findings = run_audit(inv.shops(), inv.credentials(), vault.credential_secrets,
                             now=NOW + timedelta(days=200))
    old = next(f for f in findings if f.code == "key.old" and f.credential_id == ids["healthy"])
    assert old.title_message.code == "audit.key.never_rotated"
    assert old.detail_message.code == "audit.key.never_rotated.detail"
    assert old.detail_message.params["limit"] == 180 and old.detail_message.params["days"] > 180
    assert run_command(["--lang", "en", "audit", "--json"]) == 1
    english = json.loads(capsys.readouterr().out)["findings"]
    assert run_command(["--lang", "de", "audit", "--json"]) == 1
    german = json.loads(capsys.readouterr().out)["findings"]
    strip = [{k: v for k, v in f.items() if k not in ("title", "detail")} for f in english]
    assert strip == [{k: v for k, v in f.items() if k not in ("title", "detail")} for f in german]
    assert [f["title"] for f in english] != [f["title"] for f in german]


def test_magento_major_enum_round_trip():
    assert CredentialKind.M1_API_KEY.magento is MagentoMajor.M1


def test_one_admin_like_rule_for_wizard_and_audit():
    from cobby_desktop.domain.audit import is_admin_like
    from cobby_desktop.services.setup_state import looks_admin_like

    for name in ("admin", "Administrator", "admin_cobby", " root ", "test", "shop"):
        assert is_admin_like(name) and looks_admin_like(name), name
    for name in ("cobby_api", "cobby", "", "integration_cobby"):
        assert not is_admin_like(name) and not looks_admin_like(name), name
    assert is_admin_like("jane.doe", admin_login="Jane.Doe")
    assert not is_admin_like("cobby_api", admin_login="jane.doe")


def test_an_old_key_is_a_notice_unless_weak_reused_or_exposed():
    vault = Vault()
    with Inventory.open() as inv:
        ids = _fill(inv, vault)
        findings = run_audit(inv.shops(), inv.credentials(), vault.credential_secrets,
                             now=NOW + timedelta(days=200))
    old = {f.credential_id: f.severity for f in findings if f.code == "key.old"}
    assert old[ids["healthy"]] == "notice"
    assert old[ids["stale"]] == "notice"
    for risky in ("weak", "twin-a", "twin-b", "plain-http"):
        assert old[ids[risky]] == "warning", risky
