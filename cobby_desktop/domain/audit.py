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
from dataclasses import dataclass
from datetime import UTC, datetime

from cobby_desktop.domain.model import (
    Credential,
    CredentialKind,
    CredentialState,
    Shop,
    TestOutcome,
)
from cobby_desktop.magento1.keys import is_weak_key
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


@dataclass(frozen=True)
class AuditFinding:
    code: str
    severity: str  # "warning" or "notice"
    title: str
    detail: str
    action: AuditAction
    shop_id: int | None = None
    credential_id: int | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity,
            "title": self.title,
            "detail": self.detail,
            "action": self.action.value,
            "shop_id": self.shop_id,
            "credential_id": self.credential_id,
        }


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


def _missing_secrets(
    cred: Credential, secrets: dict[str, Secret], name: str
) -> AuditFinding | None:
    """A credential in use whose keychain entries are gone (e.g. removed by hand,
    or by another program): cobby Desktop can neither test nor rotate with it."""
    gone = [f for f in cred.kind.secret_fields if f not in secrets]
    if not gone:
        return None
    return AuditFinding(
        "secret.missing",
        "warning",
        "A credential's secret is missing from the keychain.",
        f"{name}, {cred.api_user}: no keychain entry for {', '.join(gone)}. Rotate the "
        "credential to create and store a new one.",
        AuditAction.ROTATE,
        cred.shop_id,
        cred.id,
    )


def _shop_findings(shop: Shop) -> list[AuditFinding]:
    findings: list[AuditFinding] = []
    name = shop.display_name
    if not shop.base_url.lower().startswith("https://"):
        findings.append(
            AuditFinding(
                "url.not_https",
                "warning",
                "The shop is reached without https.",
                f"{name}: API keys travel unencrypted. Switch the shop URL to https.",
                AuditAction.EDIT_SHOP,
                shop_id=shop.id,
            )
        )
    if shop.pinned_cert_sha256:
        findings.append(
            AuditFinding(
                "cert.pinned",
                "notice",
                "A certificate exception is in place for this shop.",
                f"{name}: one self-signed certificate is trusted "
                f"({shop.pinned_cert_sha256[:23]}…). Replace it with a valid certificate "
                "when you can, then remove the exception.",
                AuditAction.REVIEW_CERTIFICATE,
                shop_id=shop.id,
            )
        )
    return findings


def _revoked_findings(
    cred: Credential, name: str, secrets: dict[str, Secret]
) -> list[AuditFinding]:
    findings: list[AuditFinding] = []
    if not cred.revoked_verified:
        # Secrets stay until a check proves the shop rejects them.
        findings.append(
            AuditFinding(
                "revoke.unverified",
                "notice",
                "A revocation has not been confirmed by the shop yet.",
                f"{name}, {cred.api_user}: check that the shop now rejects it.",
                AuditAction.VERIFY_REVOCATION,
                cred.shop_id,
                cred.id,
            )
        )
    elif secrets:
        findings.append(
            AuditFinding(
                "secret.orphaned",
                "warning",
                "A revoked credential's secrets are still in the keychain.",
                f"{name}, {cred.api_user}: remove them; they are no longer needed.",
                AuditAction.REMOVE_SECRETS,
                cred.shop_id,
                cred.id,
            )
        )
    return findings


def _naming_findings(
    cred: Credential, name: str, secrets: dict[str, Secret]
) -> list[AuditFinding]:
    findings: list[AuditFinding] = []
    if is_admin_like(cred.api_user):
        findings.append(
            AuditFinding(
                "user.admin_like",
                "warning",
                "The API user's name looks like an administrator account.",
                f"{name}: '{cred.api_user}' should be a dedicated user for cobby only, "
                "such as cobby_api.",
                AuditAction.ROTATE,
                cred.shop_id,
                cred.id,
            )
        )
    if cred.kind is CredentialKind.M1_API_KEY and "api_key" in secrets:
        if is_weak_key(secrets["api_key"]):
            findings.append(
                AuditFinding(
                    "key.weak",
                    "warning",
                    "The API key is weak.",
                    f"{name}, {cred.api_user}: the key is short or has little variety. "
                    "Rotate it to a generated key.",
                    AuditAction.ROTATE,
                    cred.shop_id,
                    cred.id,
                )
            )
    return findings


def _age_findings(
    cred: Credential, name: str, policy: AuditPolicy, now: datetime
) -> list[AuditFinding]:
    findings: list[AuditFinding] = []
    age_ref = cred.rotated_at or cred.created_at
    age = _age_days(age_ref, now)
    if age is not None and age > policy.max_key_age_days:
        never = cred.rotated_at is None
        findings.append(
            AuditFinding(
                "key.old",
                "warning",
                "The key is old and should be rotated."
                if not never
                else "The key has never been rotated.",
                f"{name}, {cred.api_user}: {int(age)} days since it was "
                f"{'created' if never else 'last rotated'} (limit "
                f"{policy.max_key_age_days} days).",
                AuditAction.ROTATE,
                cred.shop_id,
                cred.id,
            )
        )
    tested = _age_days(cred.last_tested_at, now)
    if cred.last_test_outcome is TestOutcome.FAILED:
        findings.append(
            AuditFinding(
                "test.failed",
                "warning",
                "The last connection test failed.",
                f"{name}, {cred.api_user}: "
                + (cred.last_test_summary or "see the check history").rstrip(".")
                + ".",
                AuditAction.TEST,
                cred.shop_id,
                cred.id,
            )
        )
    elif tested is None or tested > policy.stale_test_days:
        findings.append(
            AuditFinding(
                "test.stale",
                "notice",
                "The credential has not been tested recently.",
                f"{name}, {cred.api_user}: "
                + ("never tested." if tested is None else f"tested {int(tested)} days ago."),
                AuditAction.TEST,
                cred.shop_id,
                cred.id,
            )
        )
    return findings


def _reuse_findings(
    seen_values: dict[str, set[int]],
    cred_of_shop: dict[tuple[str, int], int],
    shops_by_id: dict[int | None, Shop],
) -> list[AuditFinding]:
    findings: list[AuditFinding] = []
    for digest, shop_ids in seen_values.items():
        if len(shop_ids) < 2:
            continue
        names = sorted(shops_by_id[s].display_name for s in shop_ids if s in shops_by_id)
        for shop_id in sorted(shop_ids):
            findings.append(
                AuditFinding(
                    "key.reused",
                    "warning",
                    "The same key or token is used by more than one shop.",
                    "Shared by: " + ", ".join(names) + ". Give every shop its own credential.",
                    AuditAction.ROTATE,
                    shop_id,
                    cred_of_shop[(digest, shop_id)],
                )
            )
    return findings


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
        findings += _shop_findings(shop)
    for cred in credentials:
        owner = shops_by_id.get(cred.shop_id)
        name = owner.display_name if owner else f"shop {cred.shop_id}"
        secrets = secrets_of(cred)
        if cred.state is CredentialState.REVOKED:
            findings += _revoked_findings(cred, name, secrets)
            continue
        if cred.state is CredentialState.DRAFT:
            continue
        missing = _missing_secrets(cred, secrets, name)
        if missing is not None:
            findings.append(missing)
        findings += _naming_findings(cred, name, secrets)
        for value in secrets.values():
            digest = _digest(value.reveal())
            seen_values[digest].add(cred.shop_id)
            cred_of_shop[(digest, cred.shop_id)] = cred.id or 0
        findings += _age_findings(cred, name, policy, now)
    findings += _reuse_findings(seen_values, cred_of_shop, shops_by_id)
    order = {"warning": 0, "notice": 1}
    findings.sort(key=lambda f: (order.get(f.severity, 2), f.code, f.shop_id or 0))
    return findings
