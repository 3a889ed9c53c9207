"""One KeePass entry as cobby Desktop reads and writes it: a `Record`.

A record is what an entry carries, by KeePass field name: plain fields
(metadata the merchant reads in KeePassXC) and protected fields (secrets,
as `Secret`). The same record is built from the local inventory and from a
file, so "is this shop the same" is a comparison of two records, and
"has it changed since the file was written" compares their fingerprints
with the one stored in the entry at export time.

Field names are part of the file format: never translate or rename them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cobby_desktop.domain.model import (
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
    TestOutcome,
    Workspace,
)
from cobby_desktop.secret import Secret

# KeePass's own fields.
TITLE = "Title"
USER = "UserName"
URL = "URL"
PASSWORD = "Password"

# Our plain fields (metadata).
MARK = "cobby entry"  # "shop" or "workspace": an entry without it is not ours
ID = "cobby id"
EXPORT_MARK = "cobby export mark"  # fingerprint of the record when it was written
WORKSPACE = "Workspace"
MAGENTO = "Magento"
VERSION = "Magento version"
EDITION = "Magento edition"
ADMIN = "Admin address"
STORE = "Store code"
HTTP_USER = "HTTP basic auth user"
CERT = "Trusted certificate"
CERT_SHA256 = "Trusted certificate SHA-256"
SHOP_ADDED = "Shop added"
KIND = "Credential"
STATE = "Credential state"
CREATED = "Created"
ROTATED = "Rotated"
LAST_CHECK = "Last check"
LAST_RESULT = "Last check result"
LAST_SUMMARY = "Last check summary"

# Protected fields (secrets). Magento 2's four values carry the admin's names.
LICENSE_KEY = "License key"
HTTP_PASSWORD = "HTTP basic auth password"
M2_FIELDS = {
    "consumer_key": "Consumer Key",
    "consumer_secret": "Consumer Secret",
    "access_token": "Access Token",
    "access_token_secret": "Access Token Secret",
}
M1_FIELDS = {"api_key": PASSWORD}  # the Magento 1 API key is the entry's password

SHOP = "shop"
WORKSPACE_ENTRY = "workspace"
FORMAT_FIELDS = (MARK, ID, EXPORT_MARK)  # identity and bookkeeping, not values


def secret_names(kind: CredentialKind) -> dict[str, str]:
    """Vault field name -> KeePass field name for a credential kind."""
    return M1_FIELDS if kind is CredentialKind.M1_API_KEY else M2_FIELDS


@dataclass(frozen=True)
class Record:
    """What one entry says. `secrets` never appear in repr (they are Secret)."""

    fields: Mapping[str, str]
    secrets: Mapping[str, Secret] = field(default_factory=dict)

    @property
    def mark(self) -> str:
        return self.fields.get(MARK, "")

    @property
    def key(self) -> str:
        """Identity within a file: the shop's id, or the workspace's name."""
        if self.mark == SHOP:
            return self.fields.get(ID, "")
        return "workspace:" + fold(self.fields.get(TITLE, ""))

    @property
    def title(self) -> str:
        return self.fields.get(TITLE, "")

    def values(self) -> dict[str, str]:
        """Every compared value, secrets as their digest (never shown)."""
        out = {k: v for k, v in self.fields.items() if k not in FORMAT_FIELDS}
        for name, secret in self.secrets.items():
            out[name] = "sha256:" + hashlib.sha256(secret.reveal().encode()).hexdigest()
        return out

    def fingerprint(self) -> str:
        text = json.dumps(self.values(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def differing(self, other: Record) -> tuple[str, ...]:
        """Names of the fields whose values differ (names only, never values)."""
        mine, theirs = self.values(), other.values()
        return tuple(sorted(k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k)))


def fold(text: str) -> str:
    return " ".join(text.casefold().split())


def stamp(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()  # microseconds only when there are any


def parse_stamp(text: str | None) -> datetime | None:
    """A timestamp as written by `stamp`, or None when absent or unreadable
    (metadata only: a merchant's edit in KeePassXC must not block an import)."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _put(out: dict[str, str], name: str, value: str | None) -> None:
    if value:
        out[name] = value


def _credential_fields(out: dict[str, str], cred: Credential) -> None:
    out[KIND] = str(cred.kind)
    out[STATE] = str(cred.state)
    out[USER] = cred.api_user
    _put(out, CREATED, stamp(cred.created_at))
    _put(out, ROTATED, stamp(cred.rotated_at))
    _put(out, LAST_CHECK, stamp(cred.last_tested_at))
    _put(out, LAST_RESULT, str(cred.last_test_outcome) if cred.last_test_outcome else None)
    _put(out, LAST_SUMMARY, cred.last_test_summary)


@dataclass(frozen=True)
class LocalShop:
    """A shop as the inventory and the vault hold it, for one entry."""

    shop: Shop
    workspace: Workspace | None = None
    credential: Credential | None = None
    credential_secrets: Mapping[str, Secret] = field(default_factory=dict)
    license_key: Secret | None = None
    http_password: Secret | None = None


def shop_record(local: LocalShop) -> Record:
    shop, ws, cred = local.shop, local.workspace, local.credential
    out: dict[str, str] = {MARK: SHOP, ID: shop.uid or "", TITLE: shop.display_name}
    out[URL] = shop.base_url
    out[MAGENTO] = str(int(shop.magento_major))
    _put(out, WORKSPACE, ws.name if ws else None)
    _put(out, VERSION, shop.magento_version)
    _put(out, EDITION, shop.magento_edition)
    _put(out, ADMIN, shop.admin_url)
    _put(out, STORE, shop.store_code)
    _put(out, HTTP_USER, shop.basic_auth_user)
    _put(out, CERT, shop.pinned_cert_pem)
    _put(out, CERT_SHA256, shop.pinned_cert_sha256)
    _put(out, SHOP_ADDED, stamp(shop.created_at))
    secrets: dict[str, Secret] = {}
    if cred is not None:
        _credential_fields(out, cred)
        for vault_name, kdbx_name in secret_names(cred.kind).items():
            if vault_name in local.credential_secrets:
                secrets[kdbx_name] = local.credential_secrets[vault_name]
    if local.license_key:
        secrets[LICENSE_KEY] = local.license_key
    if local.http_password:
        secrets[HTTP_PASSWORD] = local.http_password
    return Record(out, secrets)


def workspace_record(ws: Workspace, license_key: Secret | None) -> Record:
    out = {MARK: WORKSPACE_ENTRY, TITLE: ws.name, WORKSPACE: ws.name}
    return Record(out, {LICENSE_KEY: license_key} if license_key else {})


# -- from a record back to the domain ---------------------------------------------


def record_shop(record: Record) -> Shop:
    """The shop a (checked) record describes; ids and workspace left to the caller."""
    f = record.fields
    title, url = f.get(TITLE, "").strip(), f[URL].strip()
    return Shop(
        base_url=url,
        magento_major=MagentoMajor(int(f[MAGENTO])),
        label="" if title == url else title,
        magento_version=f.get(VERSION),
        magento_edition=f.get(EDITION),
        admin_url=f.get(ADMIN),
        store_code=f.get(STORE),
        basic_auth_user=f.get(HTTP_USER),
        pinned_cert_pem=f.get(CERT),
        pinned_cert_sha256=f.get(CERT_SHA256),
        created_at=parse_stamp(f.get(SHOP_ADDED)),
        uid=f.get(ID) or None,
    )


def record_credential(record: Record, shop_id: int) -> Credential | None:
    f = record.fields
    if KIND not in f:
        return None
    outcome = f.get(LAST_RESULT)
    return Credential(
        shop_id=shop_id,
        kind=CredentialKind(f[KIND]),
        api_user=f.get(USER, ""),
        state=CredentialState(f.get(STATE) or CredentialState.ACTIVE),
        created_at=parse_stamp(f.get(CREATED)),
        last_tested_at=parse_stamp(f.get(LAST_CHECK)),
        last_test_outcome=TestOutcome(outcome) if outcome in set(TestOutcome) else None,
        last_test_summary=f.get(LAST_SUMMARY),
        rotated_at=parse_stamp(f.get(ROTATED)),
    )


def record_credential_secrets(record: Record) -> dict[str, Secret]:
    """Vault field name -> value, for the record's credential."""
    kind = CredentialKind(record.fields[KIND])
    return {v: record.secrets[k] for v, k in secret_names(kind).items()}
