"""Inventory rows to entities and back: the row mappers, timestamps as UTC
ISO text, and the guard that keeps a Secret out of the database."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from cobby_desktop.domain.model import (
    Activity,
    ActivityEntry,
    CheckRecord,
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Rotation,
    RotationStep,
    Shop,
    TestOutcome,
    Workspace,
)
from cobby_desktop.messages import (
    CATALOGUE,
    Message,
)
from cobby_desktop.secret import Secret


def now_utc() -> datetime:
    return datetime.now(UTC)


def timestamp(value: datetime | None) -> str | None:
    """UTC ISO text; a naive datetime is taken to be UTC already."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def parse_timestamp(text: str | None) -> datetime | None:
    if text is None:
        return None
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def refuse_secrets(*values: Any) -> None:
    """Refuse a Secret reaching the database by mistake."""
    for value in values:
        if isinstance(value, Secret):
            raise TypeError("secrets belong in the vault, never in the inventory")


def workspace_from(r: sqlite3.Row) -> Workspace:
    return Workspace(
        name=r["name"],
        id=r["id"],
        created_at=parse_timestamp(r["created_at"]),
        has_license_key=bool(r["has_license_key"]),
        vault_space=r["vault_space"],
    )


def shop_from(r: sqlite3.Row) -> Shop:
    return Shop(
        base_url=r["base_url"],
        magento_major=MagentoMajor(r["magento_major"]),
        label=r["label"],
        id=r["id"],
        workspace_id=r["workspace_id"],
        magento_version=r["magento_version"],
        magento_edition=r["magento_edition"],
        admin_url=r["admin_url"],
        store_code=r["store_code"],
        basic_auth_user=r["basic_auth_user"],
        pinned_cert_pem=r["pinned_cert_pem"],
        pinned_cert_sha256=r["pinned_cert_sha256"],
        created_at=parse_timestamp(r["created_at"]),
        uid=r["uid"],
        vault_space=r["vault_space"],
    )


def credential_from(r: sqlite3.Row) -> Credential:
    outcome = r["last_test_outcome"]
    return Credential(
        shop_id=r["shop_id"],
        kind=CredentialKind(r["kind"]),
        api_user=r["api_user"],
        state=CredentialState(r["state"]),
        id=r["id"],
        created_at=parse_timestamp(r["created_at"]),
        last_tested_at=parse_timestamp(r["last_tested_at"]),
        last_test_outcome=TestOutcome(outcome) if outcome else None,
        last_test_summary=r["last_test_summary"],
        rotated_at=parse_timestamp(r["rotated_at"]),
        revoked_at=parse_timestamp(r["revoked_at"]),
        revoked_verified=bool(r["revoked_verified"]),
        replaces_id=r["replaces_id"],
        vault_key=r["vault_key"],
    )


def check_from(r: sqlite3.Row) -> CheckRecord:
    return CheckRecord(
        shop_id=r["shop_id"],
        at=parse_timestamp(r["at"]),  # type: ignore[arg-type]
        outcome=TestOutcome(r["outcome"]),
        credential_id=r["credential_id"],
        codes=tuple(json.loads(r["codes"] or "[]")),
        summary=r["summary"],
        requests=r["requests"],
        seconds=r["seconds"],
        id=r["id"],
    )


def _activity_message(r: sqlite3.Row) -> Message | None:
    """The stored code and parameters; None for an old row or a code this
    version does not know (its stored text is shown instead)."""
    code = r["code"]
    if not code or code not in CATALOGUE:
        return None
    try:
        params = json.loads(r["params"] or "{}")
    except ValueError:
        return None
    return Message(code, params) if isinstance(params, dict) else None


def activity_from(r: sqlite3.Row) -> ActivityEntry:
    return ActivityEntry(
        message=_activity_message(r),
        at=parse_timestamp(r["at"]),  # type: ignore[arg-type]
        action=Activity(r["action"]),
        detail=r["detail"],
        shop_id=r["shop_id"],
        credential_id=r["credential_id"],
        workspace_id=r["workspace_id"],
        id=r["id"],
    )


def rotation_from(r: sqlite3.Row) -> Rotation:
    return Rotation(
        shop_id=r["shop_id"],
        old_credential_id=r["old_credential_id"],
        step=RotationStep(r["step"]),
        new_credential_id=r["new_credential_id"],
        started_at=parse_timestamp(r["started_at"]),
        updated_at=parse_timestamp(r["updated_at"]),
        id=r["id"],
    )


# Which credential represents a shop: working ones first, then the newest.
_STATE_RANK = {
    CredentialState.ACTIVE: 0,
    CredentialState.ROTATING: 1,
    CredentialState.DRAFT: 2,
    CredentialState.REVOKED: 3,
}


def representative(creds: list[Credential], *, allow_revoked: bool) -> Credential | None:
    pool = [c for c in creds if allow_revoked or c.state is not CredentialState.REVOKED]
    if not pool:
        return None
    return min(pool, key=lambda c: (_STATE_RANK[c.state], -(c.id or 0)))


# --- opening ------------------------------------------------------------------
