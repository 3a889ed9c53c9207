"""The offline inventory: workspaces, shops, credentials, checks, activity.

One SQLite file in the data folder (standard library only). It never holds a
secret: the vault keeps those in the OS keychain, keyed by the ids here. Each
change runs in one transaction; the file runs in WAL mode so a second reader
(e.g. `cobby-desktop list` while the GUI is open) does not block. Before a
migration a backup copy is written next to the file. A damaged file, or one
written by a newer app version, is reported and never touched.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from cobby_desktop import paths
from cobby_desktop.domain import activity_messages, migrations, store_files
from cobby_desktop.domain.labels import LabelError, clean_label
from cobby_desktop.domain.model import (
    Activity,
    ActivityEntry,
    CheckRecord,
    Credential,
    CredentialKind,
    CredentialState,
    InventoryRow,
    Rotation,
    RotationStep,
    Shop,
    TestOutcome,
    Workspace,
)
from cobby_desktop.domain.store_errors import (
    InventoryError as InventoryError,
)
from cobby_desktop.domain.store_errors import (
    InventoryProblem as InventoryProblem,
)
from cobby_desktop.domain.store_errors import (
    backup_file,
    file_fault,
    open_failure,
    too_new,
    workspace_taken,
)
from cobby_desktop.domain.store_rows import (
    activity_from,
    check_from,
    credential_from,
    now_utc,
    parse_timestamp,
    refuse_secrets,
    representative,
    rotation_from,
    shop_from,
    timestamp,
    workspace_from,
)
from cobby_desktop.messages import (
    Message,
    english,
    message,
)

# Writers queue behind each other this long (many `check --save` at once).
BUSY_TIMEOUT_MS = 15000


class Inventory:
    """The merchant's inventory. Safe to share between threads (one lock)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._path = path
        self._lock = threading.RLock()
        self._depth = 0
        self._space: str | None = None
        self.read_only = False
        self.backups: list[Path] = []  # written by this open's migrations

    # -- lifecycle --

    @classmethod
    def open(cls, path: Path | None = None, *, read_only: bool = False) -> Inventory:
        """read_only: for listing and the audit when the folder cannot be written."""
        path = Path(path) if path is not None else paths.database_path()
        if read_only:
            return cls._open_read_only(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if store_files.is_disk_full(exc):
                raise file_fault(path, store_files.disk_full(path)) from None
            raise InventoryError(
                "unwritable",
                message("inventory.folder_unwritable", folder=str(path.parent),
                        error=str(exc.strerror)),
                path,
            ) from None
        try:
            store_files.ensure_created(path)
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except store_files.FileFault as fault:
            raise file_fault(path, fault) from None
        except sqlite3.Error as exc:
            raise open_failure(path, exc) from None
        try:
            inv = cls(conn, path)
            inv._prepare()
        except InventoryError:
            conn.close()
            raise
        except sqlite3.Error as exc:
            conn.close()
            raise open_failure(path, exc) from None
        return inv

    def _prepare(self) -> None:
        conn, path = self._conn, self._path
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the header first: a non-database fails here, before any write.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        if version > migrations.CURRENT_VERSION:
            raise too_new(path, version)
        if has_tables and app_id != migrations.APPLICATION_ID:
            raise InventoryError("corrupt", message("inventory.foreign_file", path=str(path)), path)
        if has_tables:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if problems != ["ok"]:
                raise open_failure(path, sqlite3.DatabaseError(problems[0]))
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        if version < migrations.CURRENT_VERSION:
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        """Bring an older inventory up to date: one process at a time, all steps
        in one transaction, after a backup of the old file."""
        self.backups.append(backup_file(self._conn, self._path, version))
        with self.transaction() as conn:  # BEGIN IMMEDIATE: other openers wait here
            now = conn.execute("PRAGMA user_version").fetchone()[0]
            for migration in migrations.MIGRATIONS:
                if migration.version > now:
                    migrations.apply(conn, migration)

    @classmethod
    def _open_read_only(cls, path: Path) -> Inventory:
        if not path.exists():
            raise file_fault(path, store_files.unwritable(path))
        try:
            conn = store_files.open_read_only(path)
            conn.row_factory = sqlite3.Row
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as exc:
            raise open_failure(path, exc) from None
        if version != migrations.CURRENT_VERSION:
            conn.close()
            raise file_fault(path, store_files.unwritable(path))
        inv = cls(conn, path)
        inv.read_only = True
        return inv

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Inventory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._path

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @property
    def vault_space(self) -> str:
        """This inventory's random keychain name part (shops' and workspaces' entries)."""
        if self._space is None:
            row = self._query("SELECT space FROM keychain_names WHERE id = 1")
            self._space = str(row[0][0])
        return self._space

    @property
    def keychain_names_pending(self) -> bool:
        """Entries under the old row-id names still wait to be copied."""
        row = self._query("SELECT legacy_pending FROM keychain_names WHERE id = 1")
        return bool(row[0][0])

    def keychain_names_done(self) -> None:
        self._write("UPDATE keychain_names SET legacy_pending = 0 WHERE id = 1")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction; a nested call joins it (as a savepoint that rolls
        back alone if its block raises)."""
        with self._lock:
            conn = self._conn
            depth = self._depth
            name = f"sp{depth}"
            try:
                conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {name}")
            except sqlite3.OperationalError as exc:  # e.g. another program writes
                raise open_failure(self._path, exc) from None
            self._depth += 1
            try:
                yield conn
            except BaseException as exc:
                self._depth -= 1
                self._undo(depth, name)
                if isinstance(exc, sqlite3.OperationalError):  # a full disk, a read-only file
                    raise open_failure(self._path, exc) from None
                raise
            self._depth -= 1
            try:
                conn.execute("COMMIT" if depth == 0 else f"RELEASE {name}")
            except sqlite3.OperationalError as exc:
                self._undo(depth, name)
                raise open_failure(self._path, exc) from None

    def _undo(self, depth: int, name: str) -> None:
        conn = self._conn
        with contextlib.suppress(sqlite3.Error):
            if depth == 0:
                conn.execute("ROLLBACK")
            else:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, args).fetchall()

    def _write(self, sql: str, args: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        refuse_secrets(*args)
        with self.transaction() as conn:
            try:
                return conn.execute(sql, args)
            except sqlite3.IntegrityError as exc:
                raise self._integrity(exc) from None

    def _integrity(self, exc: sqlite3.IntegrityError) -> InventoryError:
        if "shops.workspace_id" in str(exc) or "shops_one_per_workspace" in str(exc):
            return workspace_taken()
        if "shops.label" in str(exc) or "shops_label_unique" in str(exc):
            return InventoryError("conflict", message("inventory.label_taken"))
        if "shops.uid" in str(exc):
            return InventoryError("conflict", message("inventory.shop_exists"))
        return InventoryError("not_found", message("inventory.reference_gone"))

    @staticmethod
    def _need(cursor: sqlite3.Cursor, what: str) -> None:
        if cursor.rowcount == 0:
            raise InventoryError("not_found", message(f"inventory.gone.{what}"))

    # -- workspaces --

    def add_workspace(self, ws: Workspace) -> Workspace:
        created = ws.created_at or now_utc()
        cur = self._write(
            "INSERT INTO workspaces (name, created_at, has_license_key, vault_space)"
            " VALUES (?, ?, ?, ?)",
            (ws.name, timestamp(created), int(ws.has_license_key), self.vault_space),
        )
        return replace(
            ws,
            id=cur.lastrowid,
            created_at=parse_timestamp(timestamp(created)),
            vault_space=self.vault_space,
        )

    def update_workspace(self, ws: Workspace) -> None:
        cur = self._write(
            "UPDATE workspaces SET name = ?, has_license_key = ? WHERE id = ?",
            (ws.name, int(ws.has_license_key), ws.id),
        )
        self._need(cur, "workspace")

    def delete_workspace(self, workspace_id: int) -> None:
        self._write("DELETE FROM workspaces WHERE id = ?", (workspace_id,))

    def workspaces(self) -> list[Workspace]:
        rows = self._query("SELECT * FROM workspaces ORDER BY name COLLATE NOCASE, id")
        return [workspace_from(r) for r in rows]

    def workspace(self, workspace_id: int) -> Workspace | None:
        rows = self._query("SELECT * FROM workspaces WHERE id = ?", (workspace_id,))
        return workspace_from(rows[0]) if rows else None

    # -- shops --

    _SHOP_COLUMNS = (
        "workspace_id", "base_url", "magento_major", "label", "magento_version",
        "magento_edition", "admin_url", "store_code", "basic_auth_user",
        "pinned_cert_pem", "pinned_cert_sha256",
    )  # fmt: skip

    @staticmethod
    def _clean_label(shop: Shop) -> Shop:
        try:
            return replace(shop, label=clean_label(shop.label))
        except LabelError as exc:
            raise InventoryError("invalid", exc.said) from None

    def free_label(self, wanted: str) -> str:
        """`wanted`, or `wanted (2)`, `(3)`…: a shop name no shop has yet. Call it
        inside the transaction that adds the shop (the database checks anyway)."""
        try:
            name, n = clean_label(wanted)[:180], 1
        except LabelError as exc:
            raise InventoryError("invalid", exc.said) from None
        label = name
        while self.shop_by_label(label) is not None:
            n += 1
            label = f"{name} ({n})"
        return label

    def _shop_values(self, shop: Shop) -> tuple[Any, ...]:
        return tuple(
            int(shop.magento_major) if c == "magento_major" else getattr(shop, c)
            for c in self._SHOP_COLUMNS
        )

    def _check_workspace_free(self, shop: Shop) -> None:
        if shop.workspace_id is None:
            return
        rows = self._query(
            "SELECT id FROM shops WHERE workspace_id = ? AND id IS NOT ?",
            (shop.workspace_id, shop.id),
        )
        if rows:
            raise workspace_taken()

    def add_shop(self, shop: Shop) -> Shop:
        """Insert a shop; it keeps a given `uid` (an import), else gets a new one.
        Returns it as stored (its id, a clean label)."""
        shop = self._clean_label(shop)
        created = shop.created_at or now_utc()
        uid = shop.uid or uuid.uuid4().hex
        cols = ", ".join(self._SHOP_COLUMNS)
        marks = ", ".join("?" for _ in self._SHOP_COLUMNS)
        with self.transaction():
            self._check_workspace_free(shop)
            cur = self._write(
                f"INSERT INTO shops ({cols}, created_at, uid, vault_space)"  # noqa: S608
                f" VALUES ({marks}, ?, ?, ?)",
                (*self._shop_values(shop), timestamp(created), uid, self.vault_space),
            )
        return replace(
            shop,
            id=cur.lastrowid,
            created_at=parse_timestamp(timestamp(created)),
            uid=uid,
            vault_space=self.vault_space,
        )

    def update_shop(self, shop: Shop) -> Shop:
        """Returns the shop as stored (a clean label)."""
        shop = self._clean_label(shop)
        sets = ", ".join(f"{c} = ?" for c in self._SHOP_COLUMNS)
        with self.transaction():
            self._check_workspace_free(shop)
            cur = self._write(
                f"UPDATE shops SET {sets} WHERE id = ?",  # noqa: S608
                (*self._shop_values(shop), shop.id),
            )
            self._need(cur, "shop")
        return shop

    def delete_shop(self, shop_id: int) -> None:
        self._write("DELETE FROM shops WHERE id = ?", (shop_id,))

    def shops(self) -> list[Shop]:
        rows = self._query(
            "SELECT * FROM shops ORDER BY"
            " (CASE WHEN label = '' THEN base_url ELSE label END) COLLATE NOCASE, id"
        )
        return [shop_from(r) for r in rows]

    def shop(self, shop_id: int) -> Shop | None:
        rows = self._query("SELECT * FROM shops WHERE id = ?", (shop_id,))
        return shop_from(rows[0]) if rows else None

    def shop_by_uid(self, uid: str) -> Shop | None:
        rows = self._query("SELECT * FROM shops WHERE uid = ?", (uid,))
        return shop_from(rows[0]) if rows else None

    def shop_by_label(self, label: str) -> Shop | None:
        rows = self._query(
            "SELECT * FROM shops WHERE label = ? COLLATE NOCASE ORDER BY id LIMIT 1", (label,)
        )
        return shop_from(rows[0]) if rows else None

    # -- credentials --

    _CRED_COLUMNS = (
        "shop_id", "kind", "api_user", "state", "last_tested_at", "last_test_outcome",
        "last_test_summary", "rotated_at", "revoked_at", "revoked_verified", "replaces_id",
    )  # fmt: skip

    def _cred_values(self, c: Credential) -> tuple[Any, ...]:
        return (
            c.shop_id,
            str(CredentialKind(c.kind)),
            c.api_user,
            str(CredentialState(c.state)),
            timestamp(c.last_tested_at),
            str(TestOutcome(c.last_test_outcome)) if c.last_test_outcome else None,
            c.last_test_summary,
            timestamp(c.rotated_at),
            timestamp(c.revoked_at),
            int(c.revoked_verified),
            c.replaces_id,
        )

    def add_credential(self, cred: Credential) -> Credential:
        created = cred.created_at or now_utc()
        cols = ", ".join(self._CRED_COLUMNS)
        marks = ", ".join("?" for _ in self._CRED_COLUMNS)
        vault_key = cred.vault_key or migrations.new_vault_key()
        cur = self._write(
            f"INSERT INTO credentials ({cols}, created_at, vault_key)"  # noqa: S608
            f" VALUES ({marks}, ?, ?)",
            (*self._cred_values(cred), timestamp(created), vault_key),
        )
        return replace(
            cred,
            id=cur.lastrowid,
            created_at=parse_timestamp(timestamp(created)),
            vault_key=vault_key,
        )

    def update_credential(self, cred: Credential) -> None:
        sets = ", ".join(f"{c} = ?" for c in self._CRED_COLUMNS)
        cur = self._write(
            f"UPDATE credentials SET {sets} WHERE id = ?",  # noqa: S608
            (*self._cred_values(cred), cred.id),
        )
        self._need(cur, "credential")

    def delete_credential(self, credential_id: int) -> None:
        self._write("DELETE FROM credentials WHERE id = ?", (credential_id,))

    def credentials(self, shop_id: int | None = None) -> list[Credential]:
        if shop_id is None:
            rows = self._query("SELECT * FROM credentials ORDER BY id")
        else:
            rows = self._query(
                "SELECT * FROM credentials WHERE shop_id = ? ORDER BY id", (shop_id,)
            )
        return [credential_from(r) for r in rows]

    def credential(self, credential_id: int) -> Credential | None:
        rows = self._query("SELECT * FROM credentials WHERE id = ?", (credential_id,))
        return credential_from(rows[0]) if rows else None

    def current_credential(self, shop_id: int) -> Credential | None:
        """The newest non-revoked credential, preferring active, then rotating, then draft."""
        return representative(self.credentials(shop_id), allow_revoked=False)

    # -- checks and activity --

    def record_check(self, rec: CheckRecord) -> CheckRecord:
        refuse_secrets(rec.summary, *rec.codes)
        with self.transaction():
            cur = self._write(
                "INSERT INTO checks (shop_id, credential_id, at, outcome, codes, summary,"
                " requests, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    rec.shop_id,
                    rec.credential_id,
                    timestamp(rec.at),
                    str(TestOutcome(rec.outcome)),
                    json.dumps([str(c) for c in rec.codes]),
                    rec.summary,
                    int(rec.requests),
                    float(rec.seconds),
                ),
            )
            if rec.credential_id is not None:
                summary = rec.summary or (rec.codes[0] if rec.codes else None)
                self._write(
                    "UPDATE credentials SET last_tested_at = ?, last_test_outcome = ?,"
                    " last_test_summary = ? WHERE id = ?",
                    (timestamp(rec.at), str(TestOutcome(rec.outcome)), summary, rec.credential_id),
                )
            # Every recorded check is also in the activity log, with its result.
            self.log_activity(
                Activity.TESTED,
                activity_messages.tested(
                    str(TestOutcome(rec.outcome)), rec.summary, [str(c) for c in rec.codes]
                ),
                shop_id=rec.shop_id, credential_id=rec.credential_id, at=rec.at,
            )
        at = parse_timestamp(timestamp(rec.at))
        assert at is not None  # a timestamp written parses back
        return replace(rec, id=cur.lastrowid, at=at)

    def checks(self, shop_id: int, limit: int = 50) -> list[CheckRecord]:
        rows = self._query(
            "SELECT * FROM checks WHERE shop_id = ? ORDER BY at DESC, id DESC LIMIT ?",
            (shop_id, int(limit)),
        )
        return [check_from(r) for r in rows]

    def log_activity(
        self,
        action: Activity,
        detail: str | Message = "",
        *,
        shop_id: int | None = None,
        credential_id: int | None = None,
        workspace_id: int | None = None,
        at: datetime | None = None,
    ) -> ActivityEntry:
        """`detail` is a Message (stored as code + parameters, with its English
        text as the fallback) or, for callers not converted yet, plain text."""
        said = detail if isinstance(detail, Message) else None
        entry = ActivityEntry(
            at=at or now_utc(),
            action=Activity(action),
            # A Secret passed by mistake goes on to _write, which refuses it.
            detail=english(detail) if isinstance(detail, Message) else detail,
            shop_id=shop_id,
            credential_id=credential_id,
            workspace_id=workspace_id,
            message=said,
        )
        cur = self._write(
            "INSERT INTO activity (at, action, detail, shop_id, credential_id, workspace_id,"
            " code, params) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (timestamp(entry.at), str(entry.action), entry.detail, shop_id, credential_id,
             workspace_id, said.code if said else None,
             json.dumps(dict(said.params)) if said else None),
        )
        return replace(entry, id=cur.lastrowid)

    def activity(self, limit: int | None = None) -> list[ActivityEntry]:
        rows = self._query(
            "SELECT * FROM activity ORDER BY at DESC, id DESC LIMIT ?",
            (-1 if limit is None else int(limit),),
        )
        return [activity_from(r) for r in rows]

    # -- rotations --

    def add_rotation(self, r: Rotation) -> Rotation:
        now = now_utc()
        r = replace(r, started_at=r.started_at or now, updated_at=r.updated_at or now)
        cur = self._write(
            "INSERT INTO rotations (shop_id, old_credential_id, new_credential_id, step,"
            " started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                r.shop_id,
                r.old_credential_id,
                r.new_credential_id,
                str(RotationStep(r.step)),
                timestamp(r.started_at),
                timestamp(r.updated_at),
            ),
        )
        return replace(
            r,
            id=cur.lastrowid,
            started_at=parse_timestamp(timestamp(r.started_at)),
            updated_at=parse_timestamp(timestamp(r.updated_at)),
        )

    def update_rotation(self, r: Rotation) -> Rotation:
        """Store the rotation's step; returns it with its new `updated_at`."""
        r = replace(r, updated_at=now_utc())
        cur = self._write(
            "UPDATE rotations SET new_credential_id = ?, step = ?, updated_at = ? WHERE id = ?",
            (r.new_credential_id, str(RotationStep(r.step)), timestamp(r.updated_at), r.id),
        )
        self._need(cur, "rotation")
        return r

    def open_rotation(self, shop_id: int) -> Rotation | None:
        rows = self._query(
            "SELECT * FROM rotations WHERE shop_id = ? AND step NOT IN (?, ?)"
            " ORDER BY id DESC LIMIT 1",
            (shop_id, str(RotationStep.DONE), str(RotationStep.ABANDONED)),
        )
        return rotation_from(rows[0]) if rows else None

    def rotations(self) -> list[Rotation]:
        return [rotation_from(r) for r in self._query("SELECT * FROM rotations ORDER BY id")]

    # -- the main window --

    def rows(self, search: str = "") -> list[InventoryRow]:
        """One row per shop. The credential is the current one, or, when every
        credential was revoked, the newest revoked one (so the state shows)."""
        with self._lock:
            shops = self.shops()
            spaces = {w.id: w for w in self.workspaces()}
            by_shop: dict[int, list[Credential]] = {}
            for cred in self.credentials():
                by_shop.setdefault(cred.shop_id, []).append(cred)
        needle = search.strip().casefold()
        result = []
        for shop in shops:
            creds = by_shop.get(shop.id or 0, [])
            shown = representative(creds, allow_revoked=False) or representative(
                creds, allow_revoked=True
            )
            ws = spaces.get(shop.workspace_id)
            if needle:
                haystack = [shop.label, shop.base_url, ws.name if ws else ""]
                haystack += [c.api_user for c in creds]
                if not any(needle in (h or "").casefold() for h in haystack):
                    continue
            result.append(InventoryRow(shop=shop, workspace=ws, credential=shown))
        return result
