"""The merchant's world: workspaces, shops, credentials, checks and activity.

Plain dataclasses with no Qt and no I/O. Secrets are never fields here: the
vault holds them, keyed by the ids below (see `domain.vault`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from cobby_desktop.domain import activity_messages  # noqa: F401 (registers the log's codes)
from cobby_desktop.messages import Message


class MagentoMajor(enum.IntEnum):
    M1 = 1
    M2 = 2


class CredentialKind(enum.StrEnum):
    M1_API_KEY = "m1_api_key"
    M2_INTEGRATION = "m2_integration"

    @property
    def secret_fields(self) -> tuple[str, ...]:
        """Names of the vault entries this kind of credential owns."""
        if self is CredentialKind.M1_API_KEY:
            return ("api_key",)
        return ("consumer_key", "consumer_secret", "access_token", "access_token_secret")

    @property
    def magento(self) -> MagentoMajor:
        return MagentoMajor.M1 if self is CredentialKind.M1_API_KEY else MagentoMajor.M2


class CredentialState(enum.StrEnum):
    DRAFT = "draft"  # typed or generated, not yet proven
    ACTIVE = "active"
    ROTATING = "rotating"  # being replaced by a newer credential
    REVOKED = "revoked"


class TestOutcome(enum.StrEnum):
    __test__ = False  # not a pytest test class despite its name
    OK = "ok"
    NOTICE = "notice"  # works, with something to know (e.g. cobby not connected yet)
    FAILED = "failed"


def stored(row_id: int | None) -> int:
    """The id of an entity the inventory has stored; a programming error if it
    has none yet (an entity gets its id when the inventory adds it)."""
    if row_id is None:
        raise ValueError("this entity is not stored in the inventory yet")
    return row_id


@dataclass(frozen=True)
class Workspace:
    name: str
    id: int | None = None
    created_at: datetime | None = None
    # Whether the vault holds a license key for it (the key itself never is here).
    has_license_key: bool = False
    # The inventory's random keychain name part (see vault.SecretRef).
    vault_space: str | None = None


@dataclass(frozen=True)
class Shop:
    base_url: str
    magento_major: MagentoMajor
    label: str = ""
    id: int | None = None
    workspace_id: int | None = None
    magento_version: str | None = None
    magento_edition: str | None = None
    admin_url: str | None = None
    store_code: str | None = None
    basic_auth_user: str | None = None  # its password lives in the vault
    pinned_cert_pem: str | None = None  # a certificate the merchant chose to trust
    pinned_cert_sha256: str | None = None
    created_at: datetime | None = None
    # Random and stable (set on first save): the same shop in another
    # inventory, e.g. after a KeePass export and import, has the same uid.
    uid: str | None = None
    # The inventory's random keychain name part (see vault.SecretRef).
    vault_space: str | None = None

    @property
    def display_name(self) -> str:
        return self.label or self.base_url


@dataclass(frozen=True)
class Credential:
    shop_id: int
    kind: CredentialKind
    api_user: str  # Magento 1 API user name, or Magento 2 integration name
    state: CredentialState = CredentialState.DRAFT
    id: int | None = None
    created_at: datetime | None = None
    last_tested_at: datetime | None = None
    last_test_outcome: TestOutcome | None = None
    last_test_summary: str | None = None  # e.g. the first finding's code
    rotated_at: datetime | None = None
    revoked_at: datetime | None = None
    revoked_verified: bool = False  # the shop was seen rejecting it after revocation
    replaces_id: int | None = None  # rotation: the credential this one replaces
    # Random and unique to this credential: names its keychain entries.
    vault_key: str | None = None


@dataclass(frozen=True)
class CheckRecord:
    shop_id: int
    at: datetime
    outcome: TestOutcome
    credential_id: int | None = None
    codes: tuple[str, ...] = ()  # finding codes, never values
    summary: str = ""
    requests: int = 0
    seconds: float = 0.0
    id: int | None = None


class Activity(enum.StrEnum):
    CREATED = "created"
    TESTED = "tested"
    COPIED = "copied"
    REVEALED = "revealed"
    ROTATED = "rotated"
    REVOKED = "revoked"
    EXPORTED = "exported"
    UPDATED = "updated"
    DELETED = "deleted"


@dataclass(frozen=True)
class ActivityEntry:
    at: datetime
    action: Activity
    detail: str = ""  # never a secret; the English text (all an old row has)
    shop_id: int | None = None
    credential_id: int | None = None
    workspace_id: int | None = None
    id: int | None = None
    message: Message | None = None  # code and parameters, rendered where shown


@dataclass(frozen=True)
class InventoryRow:
    """One line of the main window's table: a shop with its current credential."""

    shop: Shop
    workspace: Workspace | None
    credential: Credential | None


class RotationStep(enum.StrEnum):
    """Key rotation, in order. The old secret stays until NEW_PROVEN_BY_COBBY
    and OLD_REJECTED have both happened."""

    DRAFT_NEW = "draft_new"  # a new credential is drafted
    NEW_TESTED = "new_tested"  # the new one tested OK against the shop
    PORTAL_UPDATED = "portal_updated"  # the merchant says the portal has the new one
    NEW_PROVEN_BY_COBBY = "new_proven_by_cobby"  # connection proof passed with it
    OLD_DELETED_IN_SHOP = "old_deleted_in_shop"  # the merchant says the old one is gone
    OLD_REJECTED = "old_rejected"  # the shop was seen rejecting the old one
    DONE = "done"  # old marked revoked, its secrets removed from the keychain
    ABANDONED = "abandoned"  # stopped before the new one was proven; the old one stays


@dataclass(frozen=True)
class Rotation:
    shop_id: int
    old_credential_id: int
    step: RotationStep = RotationStep.DRAFT_NEW
    new_credential_id: int | None = None
    started_at: datetime | None = None
    updated_at: datetime | None = None
    id: int | None = None
