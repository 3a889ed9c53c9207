"""Inventory store: CRUD, rules, transactions, timestamps, search."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from cobby_desktop import paths
from cobby_desktop.domain import migrations
from cobby_desktop.domain.model import (
    Activity,
    CheckRecord,
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Rotation,
    RotationStep,
    Shop,
    Workspace,
)
from cobby_desktop.domain.model import (
    TestOutcome as Outcome,
)
from cobby_desktop.domain.store import Inventory, InventoryError
from cobby_desktop.secret import Secret


@pytest.fixture
def inv(tmp_path):
    with Inventory.open(tmp_path / "inventory.sqlite3") as inventory:
        yield inventory


def _shop(inv: Inventory, label: str = "Acme", ws: Workspace | None = None) -> Shop:
    return inv.add_shop(
        Shop(
            f"https://{label.lower()}.test",
            MagentoMajor.M2,
            label,
            workspace_id=ws.id if ws else None,
        )
    )


def _cred(inv: Inventory, shop: Shop, user: str = "cobby", **kw) -> Credential:
    return inv.add_credential(Credential(shop.id, CredentialKind.M2_INTEGRATION, user, **kw))


def test_default_path_and_wal(_private_home):
    with Inventory.open() as inv:
        assert inv.path == paths.database_path()
        assert inv.path.parent == _private_home
        assert inv.schema_version == migrations.CURRENT_VERSION
        mode = inv._conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"
        assert inv._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert inv.backups == []  # a fresh file needs no backup


def test_workspace_crud(inv):
    ws = inv.add_workspace(Workspace("Acme"))
    assert ws.id is not None and ws.created_at.tzinfo is not None
    ws = replace(ws, name="Acme GmbH", has_license_key=True)
    inv.update_workspace(ws)
    got = inv.workspace(ws.id)
    assert got.name == "Acme GmbH" and got.has_license_key
    assert [w.name for w in inv.workspaces()] == ["Acme GmbH"]
    with pytest.raises(InventoryError) as err:
        inv.update_workspace(Workspace("ghost", id=999))
    assert err.value.kind == "not_found"


def test_deleting_workspace_keeps_shop(inv):
    ws = inv.add_workspace(Workspace("Acme"))
    shop = _shop(inv, ws=ws)
    inv.delete_workspace(ws.id)
    assert inv.workspace(ws.id) is None
    assert inv.shop(shop.id).workspace_id is None


def test_workspace_connects_to_one_shop_only(inv):
    ws = inv.add_workspace(Workspace("Acme"))
    first = _shop(inv, "One", ws)
    with pytest.raises(InventoryError) as err:
        _shop(inv, "Two", ws)
    assert err.value.kind == "conflict"
    assert err.value.said.code == "inventory.workspace_taken"
    assert [s.label for s in inv.shops()] == ["One"]
    other = _shop(inv, "Three")
    other = replace(other, workspace_id=ws.id)
    with pytest.raises(InventoryError):
        inv.update_shop(other)
    first = replace(first, label="One renamed")
    inv.update_shop(first)  # its own workspace is no conflict
    assert inv.shop(first.id).label == "One renamed"


def test_shop_fields_round_trip(inv):
    shop = inv.add_shop(
        Shop(
            "https://shop.test",
            MagentoMajor.M1,
            "Live",
            magento_version="1.9.4.5",
            magento_edition="Community",
            admin_url="https://shop.test/admin",
            store_code="default",
            basic_auth_user="staging",
            pinned_cert_pem="-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
            pinned_cert_sha256="ab" * 32,
        )
    )
    got = inv.shop(shop.id)
    assert got == shop
    assert inv.shop_by_label("live") == shop
    assert inv.shop_by_label("nope") is None


def test_shop_uid_is_random_stable_and_unique(inv):
    first, second = _shop(inv, "One"), _shop(inv, "Two")
    assert first.uid and second.uid and first.uid != second.uid
    first = replace(first, label="Renamed")
    inv.update_shop(first)
    assert inv.shop(first.id).uid == first.uid  # an update never changes it
    assert inv.shop_by_uid(second.uid) == second and inv.shop_by_uid("nope") is None
    # A given uid is kept (an import); a second shop with it is refused whole.
    kept = inv.add_shop(Shop("https://three.test", MagentoMajor.M1, "Three", uid="ab" * 16))
    assert inv.shop(kept.id).uid == "ab" * 16
    with pytest.raises(InventoryError) as caught:
        inv.add_shop(Shop("https://four.test", MagentoMajor.M1, "Four", uid="ab" * 16))
    assert caught.value.kind == "conflict"
    assert len(inv.shops()) == 3


def test_delete_shop_cascades(inv):
    shop = _shop(inv)
    cred = _cred(inv, shop)
    inv.record_check(CheckRecord(shop.id, datetime.now(UTC), Outcome.OK, cred.id))
    inv.add_rotation(Rotation(shop.id, cred.id))
    inv.log_activity(Activity.DELETED, "Shop removed", shop_id=shop.id)
    inv.delete_shop(shop.id)
    assert inv.credentials() == [] and inv.checks(shop.id) == [] and inv.rotations() == []
    assert inv.activity()[0].shop_id == shop.id  # the log outlives the shop


def test_credential_round_trip_and_timestamps(inv):
    shop = _shop(inv)
    berlin = timezone(timedelta(hours=2))
    cred = _cred(
        inv,
        shop,
        state=CredentialState.REVOKED,
        revoked_at=datetime(2024, 5, 1, 14, 0, tzinfo=berlin),
        revoked_verified=True,
    )
    got = inv.credential(cred.id)
    assert got.revoked_at == datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    assert got.revoked_at.tzinfo == UTC and got.created_at.tzinfo == UTC
    assert got.revoked_verified and got.state is CredentialState.REVOKED
    raw = inv._conn.execute("SELECT revoked_at FROM credentials").fetchone()[0]
    assert raw == "2024-05-01T12:00:00.000000+00:00"
    newer = _cred(inv, shop, "cobby2", replaces_id=cred.id)
    inv.delete_credential(cred.id)
    assert inv.credential(newer.id).replaces_id is None


def test_current_credential_prefers_active_then_newest(inv):
    shop = _shop(inv)
    assert inv.current_credential(shop.id) is None
    old = _cred(inv, shop, "old", state=CredentialState.ACTIVE)
    _cred(inv, shop, "draft")
    assert inv.current_credential(shop.id).id == old.id
    old = replace(old, state=CredentialState.REVOKED)
    inv.update_credential(old)
    assert inv.current_credential(shop.id).api_user == "draft"
    newest = _cred(inv, shop, "newest")
    assert inv.current_credential(shop.id).id == newest.id


def test_record_check_updates_credential(inv):
    shop = _shop(inv)
    cred = _cred(inv, shop)
    at = datetime(2024, 6, 1, 8, 30, tzinfo=UTC)
    rec = inv.record_check(
        CheckRecord(shop.id, at, Outcome.FAILED, cred.id, ("M2_TOKEN_REJECTED",), "", 3, 0.7)
    )
    assert rec.id is not None
    got = inv.credential(cred.id)
    assert got.last_tested_at == at and got.last_test_outcome is Outcome.FAILED
    assert got.last_test_summary == "M2_TOKEN_REJECTED"
    later = CheckRecord(shop.id, at + timedelta(hours=1), Outcome.OK, cred.id, (), "Works")
    inv.record_check(later)
    history = inv.checks(shop.id)
    assert [c.outcome for c in history] == [Outcome.OK, Outcome.FAILED]
    assert history[1].codes == ("M2_TOKEN_REJECTED",) and history[1].requests == 3
    assert inv.credential(cred.id).last_test_summary == "Works"
    assert len(inv.checks(shop.id, limit=1)) == 1


def test_activity_newest_first(inv):
    for action in (Activity.CREATED, Activity.TESTED, Activity.COPIED):
        inv.log_activity(action, f"{action} it", workspace_id=1)
    entries = inv.activity()
    assert [e.action for e in entries] == [Activity.COPIED, Activity.TESTED, Activity.CREATED]
    assert entries[0].at.tzinfo == UTC
    assert len(inv.activity(limit=2)) == 2


def test_rotations(inv):
    shop = _shop(inv)
    old = _cred(inv, shop, state=CredentialState.ACTIVE)
    rot = inv.add_rotation(Rotation(shop.id, old.id))
    assert inv.open_rotation(shop.id).id == rot.id
    new = _cred(inv, shop, "cobby-2")
    rot = replace(rot, new_credential_id=new.id, step=RotationStep.NEW_TESTED)
    inv.update_rotation(rot)
    assert inv.open_rotation(shop.id).step is RotationStep.NEW_TESTED
    rot = replace(rot, step=RotationStep.DONE)
    inv.update_rotation(rot)
    assert inv.open_rotation(shop.id) is None
    assert inv.rotations()[0].new_credential_id == new.id


def test_transaction_is_all_or_nothing(inv):
    with pytest.raises(RuntimeError):
        with inv.transaction():
            inv.add_workspace(Workspace("kept?"))
            raise RuntimeError("boom")
    assert inv.workspaces() == []
    with inv.transaction():
        inv.add_workspace(Workspace("outer"))
        with pytest.raises(RuntimeError):
            with inv.transaction():
                inv.add_workspace(Workspace("inner"))
                raise RuntimeError("inner fails alone")
    assert [w.name for w in inv.workspaces()] == ["outer"]


def test_failed_shop_add_changes_nothing(inv):
    shop = Shop("https://x.test", MagentoMajor.M2, workspace_id=42)  # no such workspace
    with pytest.raises(InventoryError) as err:
        inv.add_shop(shop)
    assert err.value.kind == "not_found"
    assert inv.shops() == []


def test_refuses_secrets(inv):
    with pytest.raises(TypeError):
        inv.add_workspace(Workspace(Secret("license")))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        inv.log_activity(Activity.COPIED, Secret("token"))  # type: ignore[arg-type]
    assert inv.workspaces() == [] and inv.activity() == []


def test_rows_and_search(inv):
    ws = inv.add_workspace(Workspace("Fashion Workspace"))
    a = _shop(inv, "Acme", ws)
    b = _shop(inv, "Bolt")
    c = _shop(inv, "Corp")
    _cred(inv, a, "cobby_integration", state=CredentialState.ACTIVE)
    gone = _cred(inv, b, "bolt_user", state=CredentialState.REVOKED)
    rows = inv.rows()
    assert [r.shop.label for r in rows] == ["Acme", "Bolt", "Corp"]
    assert rows[0].workspace.name == "Fashion Workspace"
    assert rows[0].credential.api_user == "cobby_integration"
    assert rows[1].credential.id == gone.id  # only revoked: shown as revoked
    assert rows[2].credential is None and rows[2].workspace is None
    assert [r.shop.id for r in inv.rows("FASHION")] == [a.id]
    assert [r.shop.id for r in inv.rows("bolt_USER")] == [b.id]
    assert [r.shop.id for r in inv.rows("corp.test")] == [c.id]
    assert inv.rows("nothing like it") == []


def test_usable_from_worker_thread(inv):
    errors = []

    def work():
        try:
            inv.add_workspace(Workspace("from thread"))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join(5)
    assert errors == [] and inv.workspaces()[0].name == "from thread"


def test_second_connection_sees_committed_changes(tmp_path):
    path = tmp_path / "inventory.sqlite3"
    with Inventory.open(path) as first, Inventory.open(path) as second:
        first.add_workspace(Workspace("shared"))
        assert [w.name for w in second.workspaces()] == ["shared"]
