"""Opening old, damaged, foreign and too-new inventory files."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cobby_desktop.domain import migrations
from cobby_desktop.domain.model import CredentialState, RotationStep
from cobby_desktop.domain.model import TestOutcome as Outcome
from cobby_desktop.domain.store import Inventory, InventoryError
from tests.fixtures.make_v1 import make

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "inventory_v1.sqlite3"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def v1_copy(tmp_path) -> Path:
    target = tmp_path / "inventory.sqlite3"
    shutil.copyfile(FIXTURE, target)
    return target


def test_fixture_is_schema_v1():
    assert _version(FIXTURE) == 1
    assert migrations.CURRENT_VERSION >= 2


def test_fixture_script_reproduces_fixture_schema(tmp_path):
    fresh = make(tmp_path / "v1.sqlite3")

    def schema(path):
        conn = sqlite3.connect(path)
        try:
            return conn.execute(
                "SELECT type, name, sql FROM sqlite_master ORDER BY name"
            ).fetchall()
        finally:
            conn.close()

    assert schema(fresh) == schema(FIXTURE)


def test_v1_upgrades_cleanly(v1_copy):
    original = _digest(v1_copy)
    with Inventory.open(v1_copy) as inv:
        assert inv.schema_version == migrations.CURRENT_VERSION
        backup = v1_copy.with_name("inventory.sqlite3.v1.bak")
        assert inv.backups == [backup]
        # The backup is the untouched v1 content, as a single self-contained file.
        assert _version(backup) == 1
        assert _digest(backup) != "" and backup.stat().st_size > 0
        assert not backup.with_name(backup.name + "-wal").exists()

        ws = {w.id: w for w in inv.workspaces()}
        assert ws[1].name == "Acme Fashion" and ws[1].has_license_key
        shop = inv.shop(1)
        assert shop.label == "Acme live" and shop.magento_version == "2.4.6"
        assert shop.pinned_cert_pem is None and shop.created_at.tzinfo == UTC
        active = inv.credential(1)
        assert active.state is CredentialState.ACTIVE
        assert active.last_tested_at == datetime(2024, 3, 5, 12, 0, tzinfo=UTC)
        assert active.last_test_outcome is Outcome.OK
        assert inv.credential(2).revoked_at is not None
        assert inv.credential(2).revoked_verified is False
        # v1's comma-separated codes became lists.
        checks = inv.checks(1)
        assert [c.codes for c in checks] == [(), ("M2_TOKEN_REJECTED", "M2_ACL_MISSING")]
        # v5: an entry written before keeps its stored text and has no code.
        old_entry = inv.activity()[0]
        assert old_entry.detail == "Integration cobby created" and old_entry.message is None
        rows = inv.rows()
        assert [r.shop.id for r in rows] == [1, 2]
        assert rows[1].credential.state is CredentialState.REVOKED
        # New v2 features work on the upgraded file.
        from cobby_desktop.domain.model import Rotation

        rot = inv.add_rotation(Rotation(1, 1))
        assert inv.open_rotation(1).step is RotationStep.DRAFT_NEW and rot.id
        # v3: every existing shop got its own stable random id.
        uids = [s.uid for s in inv.shops()]
        assert all(u and len(u) == 32 for u in uids) and len(set(uids)) == len(uids)
        assert inv.shop_by_uid(uids[0]).id == inv.shops()[0].id
    # Backup content equals the fixture's data (compare via a fresh read).
    conn = sqlite3.connect(v1_copy.with_name("inventory.sqlite3.v1.bak"))
    assert conn.execute("SELECT count(*) FROM shops").fetchone()[0] == 2
    conn.close()
    assert original == _digest(FIXTURE)  # the copy we started from was the fixture
    # Opening again: nothing to migrate, no new backup.
    with Inventory.open(v1_copy) as again:
        assert again.backups == []
        assert again.schema_version == migrations.CURRENT_VERSION


def test_second_migration_keeps_first_backup(v1_copy, tmp_path):
    existing = v1_copy.with_name("inventory.sqlite3.v1.bak")
    existing.write_bytes(b"an older backup the merchant may need")
    with Inventory.open(v1_copy) as inv:
        assert len(inv.backups) == 1 and inv.backups[0] != existing
        assert inv.backups[0].name.startswith("inventory.sqlite3.v1-")
    assert existing.read_bytes() == b"an older backup the merchant may need"


def test_failed_migration_leaves_file_at_old_version(v1_copy, monkeypatch):
    def broken(conn):
        raise sqlite3.OperationalError("simulated failure in a data step")

    steps = (*migrations.MIGRATIONS[1].steps, broken)
    patched = (migrations.MIGRATIONS[0], migrations.Migration(2, "broken", steps))
    monkeypatch.setattr(migrations, "MIGRATIONS", patched)
    with pytest.raises(InventoryError):
        Inventory.open(v1_copy)
    assert _version(v1_copy) == 1
    conn = sqlite3.connect(v1_copy)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(shops)")]
    conn.close()
    assert "pinned_cert_pem" not in cols  # the half-done migration was rolled back
    assert v1_copy.with_name("inventory.sqlite3.v1.bak").exists()


def test_newer_version_refused_and_untouched(tmp_path):
    path = tmp_path / "inventory.sqlite3"
    with Inventory.open(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 5}")
    conn.close()
    before = _digest(path)
    with pytest.raises(InventoryError) as err:
        Inventory.open(path)
    assert err.value.kind == "too_new"
    message = err.value.message
    assert "newer version" in message and "update cobby Desktop" in message
    assert "Nothing was changed" in message
    assert _digest(path) == before
    assert not list(tmp_path.glob("*.bak"))


def test_too_new_message_names_backup(v1_copy):
    with Inventory.open(v1_copy):
        pass
    conn = sqlite3.connect(v1_copy)
    conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    conn.close()
    with pytest.raises(InventoryError) as err:
        Inventory.open(v1_copy)
    assert str(v1_copy.with_name("inventory.sqlite3.v1.bak")) in err.value.message


def test_not_a_database_refused_and_untouched(tmp_path):
    path = tmp_path / "inventory.sqlite3"
    path.write_bytes(b"this is not sqlite at all " * 200)
    before = _digest(path)
    with pytest.raises(InventoryError) as err:
        Inventory.open(path)
    assert err.value.kind == "corrupt"
    assert err.value.said is not None and err.value.said.code == "inventory.corrupt.no_backup"
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inventory.sqlite3"]


def test_malformed_database_refused(tmp_path, v1_copy):
    data = bytearray(v1_copy.read_bytes())
    page = 4096
    # Scribble over the second page (a table's b-tree page) but keep the header.
    data[page : page + 200] = b"\xff" * 200
    v1_copy.write_bytes(bytes(data))
    before = _digest(v1_copy)
    with pytest.raises(InventoryError) as err:
        Inventory.open(v1_copy)
    assert err.value.kind == "corrupt"
    assert _digest(v1_copy) == before
    assert not list(tmp_path.glob("*.bak"))


def test_foreign_sqlite_file_refused(tmp_path):
    path = tmp_path / "inventory.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(InventoryError) as err:
        Inventory.open(path)
    assert err.value.kind == "corrupt" and err.value.said.code == "inventory.foreign_file"
    assert _digest(path) == before


def test_unwritable_folder(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(InventoryError) as err:
        Inventory.open(blocker / "inventory.sqlite3")
    assert err.value.kind == "unwritable"
    assert "COBBY_DESKTOP_HOME" in err.value.message


def test_locked_by_another_writer(tmp_path, monkeypatch):
    path = tmp_path / "inventory.sqlite3"
    Inventory.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr("cobby_desktop.domain.store.BUSY_TIMEOUT_MS", 50)
    try:
        with Inventory.open(path) as inv:
            from cobby_desktop.domain.model import Workspace

            with pytest.raises(InventoryError) as err:
                inv.add_workspace(Workspace("blocked"))
            assert err.value.kind == "locked" and err.value.said.code == "inventory.locked"
            assert inv.workspaces() == []
    finally:
        conn.execute("ROLLBACK")
        conn.close()
