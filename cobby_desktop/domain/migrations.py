"""Forward-only schema migrations for the inventory database.

The schema version lives in SQLite's `PRAGMA user_version`; migration N takes
a database from version N-1 to N. A step is either one SQL statement or a
function that receives the connection (for data conversions). Steps run
inside the caller's transaction, so a migration applies completely or not at
all. Never edit a released migration: add a new one.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass

# Marks the file as a cobby inventory so a foreign SQLite file is not migrated.
APPLICATION_ID = 0x636F6262  # "cobb"

Step = str | Callable[[sqlite3.Connection], None]


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    steps: tuple[Step, ...]


_V1 = (
    f"PRAGMA application_id = {APPLICATION_ID}",
    """CREATE TABLE workspaces (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        has_license_key INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE shops (
        id INTEGER PRIMARY KEY,
        workspace_id INTEGER REFERENCES workspaces(id) ON DELETE SET NULL,
        base_url TEXT NOT NULL,
        magento_major INTEGER NOT NULL CHECK (magento_major IN (1, 2)),
        label TEXT NOT NULL DEFAULT '',
        magento_version TEXT,
        created_at TEXT NOT NULL
    )""",
    # A workspace is connected to at most one shop.
    "CREATE UNIQUE INDEX shops_one_per_workspace ON shops(workspace_id)"
    " WHERE workspace_id IS NOT NULL",
    """CREATE TABLE credentials (
        id INTEGER PRIMARY KEY,
        shop_id INTEGER NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        api_user TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'draft',
        created_at TEXT NOT NULL,
        last_tested_at TEXT,
        last_test_outcome TEXT,
        last_test_summary TEXT,
        revoked_at TEXT
    )""",
    "CREATE INDEX credentials_by_shop ON credentials(shop_id)",
    # v1 kept finding codes as one comma-separated string.
    """CREATE TABLE checks (
        id INTEGER PRIMARY KEY,
        shop_id INTEGER NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
        credential_id INTEGER REFERENCES credentials(id) ON DELETE SET NULL,
        at TEXT NOT NULL,
        outcome TEXT NOT NULL,
        codes TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        requests INTEGER NOT NULL DEFAULT 0,
        seconds REAL NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX checks_by_shop ON checks(shop_id, at)",
    # No foreign keys: the log outlives the things it mentions.
    """CREATE TABLE activity (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        shop_id INTEGER,
        credential_id INTEGER,
        workspace_id INTEGER
    )""",
)


def _codes_to_json(conn: sqlite3.Connection) -> None:
    rows = conn.execute("SELECT id, codes FROM checks").fetchall()
    for row_id, codes in rows:
        items = [c.strip() for c in (codes or "").split(",") if c.strip()]
        conn.execute("UPDATE checks SET codes = ? WHERE id = ?", (json.dumps(items), row_id))


_V2 = (
    "ALTER TABLE shops ADD COLUMN magento_edition TEXT",
    "ALTER TABLE shops ADD COLUMN admin_url TEXT",
    "ALTER TABLE shops ADD COLUMN store_code TEXT",
    "ALTER TABLE shops ADD COLUMN basic_auth_user TEXT",
    "ALTER TABLE shops ADD COLUMN pinned_cert_pem TEXT",
    "ALTER TABLE shops ADD COLUMN pinned_cert_sha256 TEXT",
    "ALTER TABLE credentials ADD COLUMN rotated_at TEXT",
    "ALTER TABLE credentials ADD COLUMN revoked_verified INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE credentials ADD COLUMN replaces_id INTEGER"
    " REFERENCES credentials(id) ON DELETE SET NULL",
    """CREATE TABLE rotations (
        id INTEGER PRIMARY KEY,
        shop_id INTEGER NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
        old_credential_id INTEGER NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
        new_credential_id INTEGER REFERENCES credentials(id) ON DELETE SET NULL,
        step TEXT NOT NULL,
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX rotations_by_shop ON rotations(shop_id)",
    _codes_to_json,
)


def _shop_uids(conn: sqlite3.Connection) -> None:
    for (row_id,) in conn.execute("SELECT id FROM shops WHERE uid IS NULL").fetchall():
        conn.execute("UPDATE shops SET uid = ? WHERE id = ?", (uuid.uuid4().hex, row_id))


# A shop's own random id: row ids restart in every inventory, so an export
# (KeePass file) recognises the same shop on another computer by this.
_V3 = (
    "ALTER TABLE shops ADD COLUMN uid TEXT",
    _shop_uids,
    "CREATE UNIQUE INDEX shops_by_uid ON shops(uid)",
)


def new_vault_key() -> str:
    """A random name part no other inventory or credential produces (128 bits)."""
    import secrets

    return secrets.token_hex(16)


def _name_keychain_entries(conn: sqlite3.Connection) -> None:
    """Give the inventory its own keychain space and every credential its own key.
    Entries written under the old row-id names are copied once, by the app, when
    it next reaches the keychain (`keychain_names.migrate`); until then they are
    marked pending."""
    rows = conn.execute("SELECT id FROM credentials").fetchall()
    for (row_id,) in rows:
        conn.execute(
            "UPDATE credentials SET vault_key = ? WHERE id = ?", (new_vault_key(), row_id)
        )
    had_secrets = bool(rows) or conn.execute(
        "SELECT count(*) FROM shops WHERE basic_auth_user IS NOT NULL"
    ).fetchone()[0] or conn.execute(
        "SELECT count(*) FROM workspaces WHERE has_license_key"
    ).fetchone()[0]
    space = new_vault_key()
    conn.execute(
        "INSERT INTO keychain_names (id, space, legacy_pending) VALUES (1, ?, ?)",
        (space, int(bool(had_secrets))),
    )
    conn.execute("UPDATE shops SET vault_space = ?", (space,))
    conn.execute("UPDATE workspaces SET vault_space = ?", (space,))


_V4 = (
    """CREATE TABLE keychain_names (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        space TEXT NOT NULL,
        legacy_pending INTEGER NOT NULL DEFAULT 0
    )""",
    "ALTER TABLE credentials ADD COLUMN vault_key TEXT",
    "ALTER TABLE shops ADD COLUMN vault_space TEXT",
    "ALTER TABLE workspaces ADD COLUMN vault_space TEXT",
    _name_keychain_entries,
    "CREATE UNIQUE INDEX credentials_vault_key ON credentials(vault_key)",
)

# The activity log stores what happened as a catalogue code and its parameters
# (JSON), rendered in the merchant's language when shown. Rows written before
# keep their stored text in `detail` (code NULL).
_V5 = (
    "ALTER TABLE activity ADD COLUMN code TEXT",
    "ALTER TABLE activity ADD COLUMN params TEXT",
)


def _unique_labels(conn: sqlite3.Connection) -> None:
    """Earlier versions let two shops share a label: number the later ones."""
    taken: set[str] = set()
    rows = conn.execute("SELECT id, label FROM shops WHERE label <> '' ORDER BY id").fetchall()
    for row_id, label in rows:
        name, n = label, 1
        while name.casefold() in taken:
            n += 1
            name = f"{label} ({n})"
        taken.add(name.casefold())
        if name != label:
            conn.execute("UPDATE shops SET label = ? WHERE id = ?", (name, row_id))


# The database, not a look before the write, keeps shop labels unique
# (concurrent `check --save` runs stored shops named alike).
_V6 = (
    _unique_labels,
    "CREATE UNIQUE INDEX shops_label_unique ON shops(label COLLATE NOCASE) WHERE label <> ''",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "workspaces, shops, credentials, checks, activity", _V1),
    Migration(2, "rotations, pinned certificates, revocation proof, JSON finding codes", _V2),
    Migration(3, "a stable random id per shop", _V3),
    Migration(4, "keychain entries named per inventory and per credential", _V4),
    Migration(5, "activity entries as message codes with parameters", _V5),
    Migration(6, "shop labels unique", _V6),
)

CURRENT_VERSION = MIGRATIONS[-1].version


def apply(conn: sqlite3.Connection, migration: Migration) -> None:
    """Run one migration's steps and record its version (caller owns the transaction)."""
    for step in migration.steps:
        if callable(step):
            step(conn)
        else:
            conn.execute(step)
    conn.execute(f"PRAGMA user_version = {int(migration.version)}")
