"""Security audit of the stored inventory: the help page's "Security best
practices" turned into findings with stable codes and one action each.

Pure logic over the inventory and the vault; reading secrets (to find weak or
reused keys) happens here and nowhere is a secret kept in a finding.
"""

from __future__ import annotations

import enum
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from cobby_desktop.domain.model import (
    Credential,
    CredentialKind,
    CredentialState,
    Shop,
    TestOutcome,
)
from cobby_desktop.magento1.keys import is_weak_key
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, ParamValue, english, entry, message
from cobby_desktop.secret import Secret

DEFAULT_MAX_KEY_AGE_DAYS = 180
STALE_TEST_DAYS = 30
# Names that suggest a shared or human admin account rather than a dedicated
# API user; the setup wizard warns about them and the audit reports them.
ADMIN_LIKE_NAMES = frozenset(
    {
        "admin", "administrator", "root", "superuser", "owner",
        "magento", "webmaster", "shop", "test",
    }
)


class AuditAction(enum.StrEnum):
    """What the one-click button next to a finding does."""

    ROTATE = "rotate"
    TEST = "test"
    REMOVE_SECRETS = "remove_secrets"
    EDIT_SHOP = "edit_shop"
    REVIEW_CERTIFICATE = "review_certificate"
    VERIFY_REVOCATION = "verify_revocation"


class AuditSeverity(enum.StrEnum):
    WARNING = "warning"  # a risk: act on it
    NOTICE = "notice"  # a reminder


@dataclass(frozen=True)
class AuditFinding:
    code: str
    severity: AuditSeverity
    title_message: Message  # rendered where shown (cobby_desktop.i18n.render)
    detail_message: Message
    action: AuditAction
    shop_id: int | None = None
    credential_id: int | None = None

    @property
    def title(self) -> str:
        """The English title, for logs (windows and the CLI render the message)."""
        return english(self.title_message)

    @property
    def detail(self) -> str:
        return english(self.detail_message)

    def as_dict(self, render: Callable[[Message], str] = english) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity,
            "title": render(self.title_message),
            "detail": render(self.detail_message),
            "params": dict(self.detail_message.params),
            "action": self.action.value,
            "shop_id": self.shop_id,
            "credential_id": self.credential_id,
        }


# Titles and details of the audit findings (see cobby_desktop.messages).
entry("audit.url.not_https", QT_TRANSLATE_NOOP(
    "AuditFindings", "The shop is reached without https."))
entry("audit.url.not_https.detail", QT_TRANSLATE_NOOP(
    "AuditFindings", "{shop}: API keys travel unencrypted. Switch the shop URL to https."))
entry("audit.cert.pinned", QT_TRANSLATE_NOOP(
    "AuditFindings", "A certificate exception is in place for this shop."))
entry("audit.cert.pinned.detail", QT_TRANSLATE_NOOP(
    "AuditFindings", "{shop}: one self-signed certificate is trusted ({fingerprint}…). Replace "
    "it with a valid certificate when you can, then remove the exception."))
entry("audit.revoke.unverified", QT_TRANSLATE_NOOP(
    "AuditFindings", "A revocation has not been confirmed by the shop yet."))
entry("audit.revoke.unverified.detail", QT_TRANSLATE_NOOP(
    "AuditFindings", "{shop}, {user}: check that the shop now rejects it."))
entry("audit.secret.orphaned", QT_TRANSLATE_NOOP(
    "AuditFindings", "A revoked credential's secrets are still in the keychain."))
entry("audit.secret.orphaned.detail", QT_TRANSLATE_NOOP(
    "AuditFindings", "{shop}, {user}: remove them; they are no longer needed."))
entry("audit.user.admin_like", QT_TRANSLATE_NOOP(
    "AuditFindings", "The API user's name looks like an administrator account."))
entry("audit.user.admin_like.detail", QT_TRANSLATE_NOOP(
    "AuditFindings", "{shop}: '{user}' should be a dedicated user for cobby only, such as "
    "cobby_api."))
entry("audit.key.weak", QT_TRANSLATE_NOOP("AuditFindings", "The API key is weak."))
entry("audit.key.weak.detail", QT_TRANSLATE_NOOP(
    "AuditFindings", "{shop}, {user}: the key is short or has little variety. Rotate it to a "
    "generated key."))
entry("audit.key.old", QT_TRANSLATE_NOOP(
    "AuditFindings", "The key is old and should be rotated."))
entry("audit.key.old.detail", QT_TRANSLATE_NOOP(
    "AuditFindings", "{shop}, {user}: %n days since it was last rotated (limit {limit} days).",
    None, 1), count="days")
entry("audit.key.never_rotated", QT_TRANSLATE_NOOP(
    "AuditFindings", "The key has never been rotated."))
entry("audit.key.never_rotated.detail", QT_TRANSLATE_NOOP(
    "AuditFindings", "{shop}, {user}: %n days since it was created (limit {limit} days).",
    None, 1), count="days")
entry("audit.test.failed", QT_TRANSLATE_NOOP("AuditFindings", "The last connection test failed."))
entry("audit.test.failed.detail", QT_TRANSLATE_NOOP("AuditFindings", "{shop}, {user}: {summary}"))
entry("audit.test.failed.no_summary", QT_TRANSLATE_NOOP(
    "AuditFindings", "{shop}, {user}: see the check history."))
entry("audit.test.stale", QT_TRANSLATE_NOOP(
    "AuditFindings", "The credential has not been tested recently."))
entry("audit.test.never", QT_TRANSLATE_NOOP("AuditFindings", "{shop}, {user}: never tested."))
entry("audit.test.stale.detail", QT_TRANSLATE_NOOP(
    "AuditFindings", "{shop}, {user}: tested %n days ago.", None, 1), count="days")
entry("audit.key.reused", QT_TRANSLATE_NOOP(
    "AuditFindings", "The same key or token is used by more than one shop."))
entry("audit.key.reused.detail", QT_TRANSLATE_NOOP(
    "AuditFindings", "Shared by: {shops}. Give every shop its own credential."))
entry("audit.shop.unknown", QT_TRANSLATE_NOOP("AuditFindings", "shop {id}"))


def _finding(
    code: str,
    severity: AuditSeverity,
    action: AuditAction,
    detail: tuple[str, dict[str, ParamValue]],
    shop_id: int | None = None,
    credential_id: int | None = None,
    *,
    title: str | None = None,
) -> AuditFinding:
    """A finding whose title is entry audit.<code> (or `title`), detail (code, params)."""
    return AuditFinding(
        code, severity, message(title or f"audit.{code}"), message(detail[0], **detail[1]),
        action, shop_id, credential_id,
    )


@dataclass(frozen=True)
class AuditPolicy:
    max_key_age_days: int = DEFAULT_MAX_KEY_AGE_DAYS
    stale_test_days: int = STALE_TEST_DAYS


def is_admin_like(user: str, admin_login: str = "") -> bool:
    """An admin-like API user name, or the merchant's own admin login."""
    name = user.strip().lower()
    if not name:
        return False
    own = admin_login.strip().lower()
    return name in ADMIN_LIKE_NAMES or name.startswith("admin") or (bool(own) and name == own)


def _age_days(then: datetime | None, now: datetime) -> float | None:
    return None if then is None else (now - then).total_seconds() / 86400


def _digest(value: str) -> str:
    # Only to group equal values within this run; never stored or shown.
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


entry("audit.secret.missing", QT_TRANSLATE_NOOP(
    "AuditFindings", "A credential's secret is missing from the keychain."))
entry("audit.secret.missing.detail", QT_TRANSLATE_NOOP(
    "AuditFindings", "{shop}, {user}: no keychain entry for {fields}. Rotate the credential to "
    "create and store a new one."))


def _missing_secrets(
    cred: Credential, secrets: dict[str, Secret], who: dict[str, ParamValue]
) -> AuditFinding | None:
    """A credential in use whose keychain entries are gone (e.g. removed by hand,
    or by another program): cobby Desktop can neither test nor rotate with it."""
    gone = [f for f in cred.kind.secret_fields if f not in secrets]
    if not gone:
        return None
    return _finding(
        "secret.missing", AuditSeverity.WARNING, AuditAction.ROTATE,
        ("audit.secret.missing.detail", {**who, "fields": ", ".join(gone)}),
        cred.shop_id, cred.id,
    )


_AT_RISK = frozenset({"key.weak", "key.reused"})


def _key_age_severity(findings: list[AuditFinding]) -> list[AuditFinding]:
    """An old key alone is a reminder (notice); it is a warning only when the
    key is also weak, reused or exposed (its shop is reached without https)."""
    risky_creds = {f.credential_id for f in findings if f.code in _AT_RISK}
    exposed_shops = {f.shop_id for f in findings if f.code == "url.not_https"}
    return [
        replace(f, severity=AuditSeverity.WARNING if f.credential_id in risky_creds
                or f.shop_id in exposed_shops else AuditSeverity.NOTICE)
        if f.code == "key.old"
        else f
        for f in findings
    ]


def run_audit(
    shops: Iterable[Shop],
    credentials: Iterable[Credential],
    secrets_of: Callable[[Credential], dict[str, Secret]],
    *,
    policy: AuditPolicy | None = None,
    now: datetime | None = None,
) -> list[AuditFinding]:
    """`secrets_of(credential) -> dict[str, Secret]` reads the vault lazily."""
    policy = policy or AuditPolicy()
    now = now or datetime.now(UTC)
    shops_by_id = {s.id: s for s in shops}
    findings: list[AuditFinding] = []
    seen_values: dict[str, set[int]] = defaultdict(set)
    cred_of_shop: dict[tuple[str, int], int] = {}

    for shop in shops_by_id.values():
        findings.extend(_shop_findings(shop))

    for cred in credentials:
        owner = shops_by_id.get(cred.shop_id)
        name = owner.display_name if owner else english(message("audit.shop.unknown",
                                                               id=cred.shop_id))
        secrets = secrets_of(cred)
        who: dict[str, ParamValue] = {"shop": name, "user": cred.api_user}
        if cred.state is CredentialState.REVOKED:
            findings.extend(_revoked_findings(cred, bool(secrets), who))
            continue
        if cred.state is CredentialState.DRAFT:
            continue
        missing = _missing_secrets(cred, secrets, who)
        if missing is not None:
            findings.append(missing)
        findings.extend(_credential_findings(cred, secrets, who, policy, now))
        for value in secrets.values():
            digest = _digest(value.reveal())
            seen_values[digest].add(cred.shop_id)
            cred_of_shop[(digest, cred.shop_id)] = cred.id or 0

    for digest, shop_ids in seen_values.items():
        if len(shop_ids) < 2:
            continue
        names = sorted(shops_by_id[s].display_name for s in shop_ids if s in shops_by_id)
        for shop_id in sorted(shop_ids):
            findings.append(_finding(
                "key.reused", AuditSeverity.WARNING, AuditAction.ROTATE,
                ("audit.key.reused.detail", {"shops": ", ".join(names)}),
                shop_id, cred_of_shop[(digest, shop_id)],
            ))
    order = {AuditSeverity.WARNING: 0, AuditSeverity.NOTICE: 1}
    findings = _key_age_severity(findings)
    findings.sort(key=lambda f: (order[f.severity], f.code, f.shop_id or 0))
    return findings


def _shop_findings(shop: Shop) -> list[AuditFinding]:
    name = shop.display_name
    found = []
    if not shop.base_url.lower().startswith("https://"):
        found.append(_finding(
            "url.not_https", AuditSeverity.WARNING, AuditAction.EDIT_SHOP,
            ("audit.url.not_https.detail", {"shop": name}), shop.id,
        ))
    if shop.pinned_cert_sha256:
        found.append(_finding(
            "cert.pinned", AuditSeverity.NOTICE, AuditAction.REVIEW_CERTIFICATE,
            ("audit.cert.pinned.detail",
             {"shop": name, "fingerprint": shop.pinned_cert_sha256[:23]}),
            shop.id,
        ))
    return found


def _revoked_findings(
    cred: Credential, has_secrets: bool, who: dict[str, ParamValue]
) -> list[AuditFinding]:
    if not cred.revoked_verified:
        # Secrets stay until a check proves the shop rejects them.
        return [_finding(
            "revoke.unverified", AuditSeverity.NOTICE, AuditAction.VERIFY_REVOCATION,
            ("audit.revoke.unverified.detail", who), cred.shop_id, cred.id,
        )]
    if has_secrets:
        return [_finding(
            "secret.orphaned", AuditSeverity.WARNING, AuditAction.REMOVE_SECRETS,
            ("audit.secret.orphaned.detail", who), cred.shop_id, cred.id,
        )]
    return []


def _credential_findings(
    cred: Credential,
    secrets: dict[str, Secret],
    who: dict[str, ParamValue],
    policy: AuditPolicy,
    now: datetime,
) -> list[AuditFinding]:
    found = []
    ids = (cred.shop_id, cred.id)
    if is_admin_like(cred.api_user):
        found.append(_finding(
            "user.admin_like", AuditSeverity.WARNING, AuditAction.ROTATE,
            ("audit.user.admin_like.detail", who), *ids,
        ))
    if (cred.kind is CredentialKind.M1_API_KEY and "api_key" in secrets
            and is_weak_key(secrets["api_key"])):
        found.append(_finding(
            "key.weak", AuditSeverity.WARNING, AuditAction.ROTATE,
            ("audit.key.weak.detail", who), *ids,
        ))
    age = _age_days(cred.rotated_at or cred.created_at, now)
    if age is not None and age > policy.max_key_age_days:
        kind = "key.never_rotated" if cred.rotated_at is None else "key.old"
        found.append(_finding(
            "key.old", AuditSeverity.WARNING, AuditAction.ROTATE,
            (f"audit.{kind}.detail",
             {**who, "days": int(age), "limit": policy.max_key_age_days}),
            *ids, title=f"audit.{kind}",
        ))
    found.extend(_test_findings(cred, who, policy, now))
    return found


def _test_findings(
    cred: Credential, who: dict[str, ParamValue], policy: AuditPolicy, now: datetime
) -> list[AuditFinding]:
    ids = (cred.shop_id, cred.id)
    tested = _age_days(cred.last_tested_at, now)
    if cred.last_test_outcome is TestOutcome.FAILED:
        summary = (cred.last_test_summary or "").strip()
        detail = (("audit.test.failed.detail", {**who, "summary": summary}) if summary
                  else ("audit.test.failed.no_summary", who))
        return [_finding("test.failed", AuditSeverity.WARNING, AuditAction.TEST, detail, *ids)]
    if tested is None:
        return [_finding("test.stale", AuditSeverity.NOTICE, AuditAction.TEST,
                         ("audit.test.never", who), *ids)]
    if tested > policy.stale_test_days:
        return [_finding("test.stale", AuditSeverity.NOTICE, AuditAction.TEST,
                         ("audit.test.stale.detail", {**who, "days": int(tested)}), *ids)]
    return []
