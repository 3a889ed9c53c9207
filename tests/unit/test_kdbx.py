"""The inventory as a KeePass (KDBX 4) file: export, read, plan and import.

Real files throughout, opened independently with pykeepass. Argon2 makes
every open and save cost about half a second, so one export is shared by the
module and tests reuse the parsed document instead of reading it again.
"""

from __future__ import annotations

import io
import logging
import shutil
import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from keyring.errors import PasswordSetError
from pykeepass import PyKeePass, create_database

from cobby_desktop.domain.model import (
    CheckRecord,
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
    TestOutcome,
    Workspace,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.secret import Secret
from cobby_desktop.services import kdbx_record as rec
from cobby_desktop.services.kdbx_errors import KdbxCode, KdbxError
from cobby_desktop.services.kdbx_export import Selection, export_kdbx
from cobby_desktop.services.kdbx_import import (
    Change,
    Resolution,
    apply_import,
    plan_import,
)
from cobby_desktop.services.kdbx_read import KdbxDocument, check_record, read_kdbx
from tests.support.memory_keyring import MemoryKeyring

PASSPHRASE = Secret("correct horse battery staple")
M2_SECRETS = {
    "consumer_key": "ck" + "1" * 30,
    "consumer_secret": "cs" + "2" * 30,
    "access_token": "at" + "3" * 30,
    "access_token_secret": "as" + "4" * 30,
}
M1_KEY = "m1-api-key-5555555555"
LICENSE = "LIC-acme-6666666666"
SPARE_LICENSE = "LIC-spare-7777777777"
HTTP_PASSWORD = "staging-pass-8888"
ALL_SECRETS = [*M2_SECRETS.values(), M1_KEY, LICENSE, SPARE_LICENSE, HTTP_PASSWORD]
PEM = "-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n"


def _populate(inv: Inventory, vault: Vault) -> None:
    acme = inv.add_workspace(Workspace("Acme Fashion", has_license_key=True))
    vault.put(SecretRef.license_key(acme.id, inv.vault_space), Secret(LICENSE))
    spare = inv.add_workspace(Workspace("Spare", has_license_key=True))
    vault.put(SecretRef.license_key(spare.id, inv.vault_space), Secret(SPARE_LICENSE))
    live = inv.add_shop(
        Shop(
            "https://acme.test", MagentoMajor.M2, "Acme live", workspace_id=acme.id,
            magento_version="2.4.7", magento_edition="Community",
            admin_url="https://acme.test/admin_x", store_code="default",
            basic_auth_user="staging", pinned_cert_pem=PEM, pinned_cert_sha256="ab" * 32,
        )
    )  # fmt: skip
    vault.put(SecretRef.basic_auth_password(live.id, inv.vault_space), Secret(HTTP_PASSWORD))
    cred = inv.add_credential(
        Credential(live.id, CredentialKind.M2_INTEGRATION, "cobby", CredentialState.ACTIVE,
                   rotated_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    )  # fmt: skip
    vault.put_credential(cred, {k: Secret(v) for k, v in M2_SECRETS.items()})
    inv.record_check(
        CheckRecord(live.id, datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC), TestOutcome.OK, cred.id)
    )
    beta = inv.add_shop(Shop("http://beta.test", MagentoMajor.M1, "Beta"))
    m1 = inv.add_credential(
        Credential(beta.id, CredentialKind.M1_API_KEY, "cobby_api", CredentialState.ACTIVE)
    )
    vault.put_credential(m1, {"api_key": Secret(M1_KEY)})
    inv.add_shop(Shop("https://gamma.test", MagentoMajor.M2))  # no label, no credential


@dataclass
class Source:
    inv: Inventory
    vault: Vault
    keychain: MemoryKeyring
    path: Path
    document: KdbxDocument
    opened: PyKeePass  # the file as another program opens it
    log: str  # everything logged while exporting and reading it


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    root = tmp_path_factory.mktemp("source")
    keychain = MemoryKeyring()
    vault = Vault(keychain)
    inv = Inventory.open(root / "inventory.sqlite3")
    _populate(inv, vault)
    path = root / "shops.kdbx"
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logging.getLogger().addHandler(handler)
    previous = logging.getLogger().level
    logging.getLogger().setLevel(logging.DEBUG)
    try:
        result = export_kdbx(inv, vault, path, PASSPHRASE)
        document = read_kdbx(path, PASSPHRASE)
    finally:
        logging.getLogger().removeHandler(handler)
        logging.getLogger().setLevel(previous)
    assert (result.shops, result.workspaces) == (3, 2)
    opened = PyKeePass(str(path), password=PASSPHRASE.reveal())
    yield Source(inv, vault, keychain, path, document, opened, stream.getvalue())
    inv.close()


@dataclass
class Target:
    inv: Inventory
    vault: Vault
    keychain: MemoryKeyring


@pytest.fixture
def target(tmp_path):
    keychain = MemoryKeyring()
    with Inventory.open(tmp_path / "new" / "inventory.sqlite3") as inv:
        yield Target(inv, Vault(keychain), keychain)


def snapshot(t: Target) -> tuple:
    conn = t.inv._conn
    tables = [
        conn.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()  # noqa: S608
        for name in ("workspaces", "shops", "credentials", "activity")
    ]
    return tuple(tuple(map(tuple, rows)) for rows in tables), dict(t.keychain.entries)


def imported(source: Source, t: Target) -> None:
    result = apply_import(t.inv, t.vault, source.document)
    assert (result.added, result.updated, result.ignored) == (4, 0, 0)


# -- the file as any KeePass program sees it ------------------------------------------------


def test_export_opens_independently_with_the_expected_groups_entries_and_fields(source):
    kp = source.opened
    assert kp.version == (4, 0) and kp.kdf_algorithm in ("argon2", "argon2id")
    assert sorted(g.name for g in kp.root_group.subgroups) == ["Acme Fashion", "Spare"]
    live = kp.find_entries(title="Acme live", first=True)
    assert live.group.name == "Acme Fashion"
    assert (live.username, live.url, live.password) == ("cobby", "https://acme.test", None)
    shop = source.inv.shop_by_label("Acme live")
    assert live.uuid.hex == shop.uid and live.get_custom_property("cobby id") == shop.uid
    admin_names = ["Consumer Key", "Consumer Secret", "Access Token", "Access Token Secret"]
    for name, value in zip(admin_names, M2_SECRETS.values(), strict=True):
        assert live.get_custom_property(name) == value
        assert live.is_custom_property_protected(name)
    for name, value in (("License key", LICENSE), ("HTTP basic auth password", HTTP_PASSWORD)):
        assert live.get_custom_property(name) == value and live.is_custom_property_protected(name)
    plain = {
        "Workspace": "Acme Fashion", "Magento": "2", "Magento version": "2.4.7",
        "Admin address": "https://acme.test/admin_x", "Credential state": "active",
        "Rotated": "2026-01-02T03:04:05+00:00", "Last check": "2026-02-03T04:05:06+00:00",
        "Last check result": "ok", "Trusted certificate": PEM, "cobby entry": "shop",
    }  # fmt: skip
    for name, value in plain.items():
        assert live.get_custom_property(name) == value, name
        assert not live.is_custom_property_protected(name)
    assert live.get_custom_property("Created")  # the credential's creation time
    beta = kp.find_entries(title="Beta", first=True)
    assert beta.group == kp.root_group and beta.password == M1_KEY
    assert beta.get_custom_property("Magento") == "1"
    gamma = kp.find_entries(url="https://gamma.test", first=True)
    assert gamma.title == "https://gamma.test" and gamma.get_custom_property("Credential") is None
    spare = kp.find_entries(title="Spare", first=True)
    assert spare.get_custom_property("cobby entry") == "workspace"
    assert spare.get_custom_property("License key") == SPARE_LICENSE
    assert spare.is_custom_property_protected("License key")


def test_a_second_export_with_a_key_file_has_the_same_ids_and_needs_the_key(
    source, target, tmp_path
):
    keyfile = tmp_path / "key.bin"
    keyfile.write_bytes(b"\x01" * 64)
    again = tmp_path / "again.kdbx"
    export_kdbx(
        source.inv, source.vault, again, PASSPHRASE, keyfile=keyfile,
        selection=Selection(workspace_id=source.inv.workspaces()[0].id),
    )  # fmt: skip
    kp = PyKeePass(str(again), password=PASSPHRASE.reveal(), keyfile=str(keyfile))
    assert [e.title for e in kp.entries] == ["Acme live"]  # one workspace only
    assert kp.entries[0].uuid == source.opened.find_entries(title="Acme live", first=True).uuid
    _refused(target, KdbxCode.WRONG_PASSPHRASE, again)  # the passphrase alone does not open it


# -- import ------------------------------------------------------------------------------


def test_round_trip_into_an_empty_data_folder_gives_the_same_inventory_and_secrets(
    source, target
):
    plan = plan_import(target.inv, target.vault, source.document)
    assert [i.change for i in plan.items] == [Change.ADDED] * 4
    imported(source, target)
    spaces = {w.name: w.has_license_key for w in target.inv.workspaces()}
    assert spaces == {w.name: w.has_license_key for w in source.inv.workspaces()}
    for old in source.inv.shops():
        new = target.inv.shop_by_uid(old.uid)
        assert new is not None
        ignore = {"id", "workspace_id", "vault_space"}  # per inventory
        assert {k: v for k, v in vars(new).items() if k not in ignore} == {
            k: v for k, v in vars(old).items() if k not in ignore
        }
        old_ws, new_ws = (
            i.workspace(s.workspace_id).name if s.workspace_id else None
            for i, s in ((source.inv, old), (target.inv, new))
        )
        assert new_ws == old_ws
        _same_credential(source, target, old, new)
    for ws in target.inv.workspaces():
        src = next(w for w in source.inv.workspaces() if w.name == ws.name)
        assert target.vault.get(SecretRef.license_key(ws.id, ws.vault_space)) == source.vault.get(
            SecretRef.license_key(src.id, src.vault_space)
        )


def _same_credential(source: Source, target: Target, old: Shop, new: Shop) -> None:
    a, b = source.inv.current_credential(old.id), target.inv.current_credential(new.id)
    if a is None:
        assert b is None
        return
    keep = ("kind", "api_user", "state", "created_at", "last_tested_at", "last_test_outcome",
            "rotated_at")  # fmt: skip
    assert {k: getattr(b, k) for k in keep} == {k: getattr(a, k) for k in keep}
    assert target.vault.credential_secrets(b) == source.vault.credential_secrets(a)
    ref_a = SecretRef.basic_auth_password(old.id, old.vault_space)
    ref_b = SecretRef.basic_auth_password(new.id, new.vault_space)
    assert target.vault.get(ref_b) == source.vault.get(ref_a)


def test_importing_the_same_file_twice_changes_nothing_the_second_time(source, target):
    imported(source, target)
    before = snapshot(target)
    plan = plan_import(target.inv, target.vault, source.document)
    assert plan.count(Change.UNCHANGED) == 4 and not plan.conflicts
    result = apply_import(target.inv, target.vault, source.document)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 4)
    assert snapshot(target) == before


def _edit(path: Path, edit) -> Path:  # noqa: ANN001
    """Change the file as KeePassXC would: open, edit (with history), save."""
    kp = PyKeePass(str(path), password=PASSPHRASE.reveal())
    edit(kp)
    kp.save()
    return path


def _rename_and_change(kp: PyKeePass) -> None:
    entry = kp.find_entries(title="Acme live", first=True)
    entry.save_history()
    entry.title = "Acme Live Store"
    entry.set_custom_property("Consumer Secret", "cs-new-999999999", protect=True)
    entry.set_custom_property("Magento version", "2.4.8")
    entry.touch(modify=True)


@pytest.fixture(scope="module")
def edited(source, tmp_path_factory) -> KdbxDocument:
    copy = shutil.copy(source.path, tmp_path_factory.mktemp("edited") / "edited.kdbx")
    return read_kdbx(_edit(copy, _rename_and_change), PASSPHRASE)


def test_a_keepassxc_edit_imports_as_an_update(source, target, edited):
    imported(source, target)
    document = edited
    plan = plan_import(target.inv, target.vault, document)
    changes = {i.title: (i.change, i.differs) for i in plan.items}
    change, differs = changes["Acme Live Store"]
    assert change is Change.UPDATED
    assert {"Title", "Consumer Secret", "Magento version"} <= set(differs)
    assert [c for c, _ in changes.values()].count(Change.UNCHANGED) == 3
    result = apply_import(target.inv, target.vault, document)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 3)
    shop = target.inv.shop_by_label("Acme Live Store")
    assert shop.magento_version == "2.4.8" and shop.uid == source.inv.shop_by_label("Acme live").uid
    secrets = target.vault.credential_secrets(target.inv.current_credential(shop.id))
    assert secrets["consumer_secret"] == Secret("cs-new-999999999")
    before = snapshot(target)
    assert apply_import(target.inv, target.vault, document).unchanged == 4
    assert snapshot(target) == before


@pytest.fixture
def conflicting(source, target, edited):
    """The shop changed here and in the file since the file was written."""
    imported(source, target)
    shop = target.inv.shop_by_label("Acme live")
    target.inv.update_shop(replace(shop, magento_version="2.4.6-local"))
    document = edited
    plan = plan_import(target.inv, target.vault, document)
    (item,) = plan.conflicts
    assert item.title == "Acme Live Store" and item.local_title == "Acme live"
    assert "Magento version" in item.differs
    return document, item


def test_conflict_keep_mine_changes_nothing(conflicting, target):
    document, item = conflicting
    before = snapshot(target)
    apply_import(target.inv, target.vault, document, {item.key: Resolution.KEEP_MINE})
    assert snapshot(target) == before


def test_conflict_take_theirs(conflicting, target):
    document, item = conflicting
    result = apply_import(target.inv, target.vault, document, {item.key: Resolution.TAKE_THEIRS})
    assert result.updated == 1
    shop = target.inv.shop_by_label("Acme Live Store")
    assert shop.magento_version == "2.4.8" and len(target.inv.shops()) == 3


def test_conflict_keep_both(conflicting, target):
    document, item = conflicting
    result = apply_import(target.inv, target.vault, document, {item.key: Resolution.KEEP_BOTH})
    assert result.added == 1
    mine = target.inv.shop_by_label("Acme live")
    theirs = target.inv.shop_by_label("Acme Live Store (imported)")
    assert mine.magento_version == "2.4.6-local" and theirs.magento_version == "2.4.8"
    assert mine.uid != theirs.uid and len(target.inv.shops()) == 4
    ws = target.inv.workspace(theirs.workspace_id)
    assert ws.name == "Acme Fashion (imported)"
    assert target.vault.get(SecretRef.license_key(ws.id, ws.vault_space)) == Secret(LICENSE)
    assert target.inv.workspace(mine.workspace_id).name == "Acme Fashion"


def test_same_shop_added_separately_is_a_conflict(source, target):
    target.inv.add_shop(Shop("https://acme.test/", MagentoMajor.M2, "Our Acme"))
    plan = plan_import(target.inv, target.vault, source.document)
    (item,) = plan.conflicts
    assert item.local_title == "Our Acme"


# -- refusals: a clear code, nothing changed ---------------------------------------------------


def _refused(target: Target, code: KdbxCode, path: Path, passphrase: Secret = PASSPHRASE) -> None:
    before = snapshot(target)
    with pytest.raises(KdbxError) as caught:
        apply_import(target.inv, target.vault, read_kdbx(path, passphrase))
    assert caught.value.code is code
    assert snapshot(target) == before


def test_wrong_passphrase(source, target):
    _refused(target, KdbxCode.WRONG_PASSPHRASE, source.path, Secret("not the passphrase"))


def test_truncated_file(source, target, tmp_path):
    cut = tmp_path / "cut.kdbx"
    data = source.path.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    _refused(target, KdbxCode.DAMAGED, cut)
    cut.write_bytes(data[:6])
    _refused(target, KdbxCode.DAMAGED, cut)


def test_kdbx3_file(source, target, tmp_path):
    from tests.support.kdbx3 import write_kdbx3

    old = write_kdbx3(tmp_path / "old.kdbx", PASSPHRASE.reveal(), source.opened)
    assert PyKeePass(str(old), password=PASSPHRASE.reveal()).version[0] == 3
    _refused(target, KdbxCode.OLD_FORMAT, old)


def test_not_a_keepass_file(target, tmp_path):
    other = tmp_path / "notes.kdbx"
    other.write_text("just some text, not a database\n")
    _refused(target, KdbxCode.NOT_KEEPASS, other)
    _refused(target, KdbxCode.FILE_UNREADABLE, tmp_path / "missing.kdbx")


def test_file_of_unrelated_entries(target, tmp_path):
    path = tmp_path / "private.kdbx"
    kp = create_database(str(path), password=PASSPHRASE.reveal())
    kp.add_entry(kp.root_group, "Mail", "me", "mail-password")
    kp.add_entry(kp.add_group(kp.root_group, "Bank"), "Bank", "me", "bank-password")
    kp.save()
    with pytest.raises(KdbxError) as caught:
        read_kdbx(path, PASSPHRASE)
    assert caught.value.code is KdbxCode.NO_COBBY_ENTRIES and caught.value.params["ignored"] == 2


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("Access Token", None), ("UserName", None), ("URL", "not a shop address"),
        ("Magento", "3"), ("cobby id", "abc"), ("Credential", "m3_magic"), ("Title", None),
    ],
)  # fmt: skip
def test_an_entry_without_the_needed_fields_is_refused_by_name(source, field, value):
    live = next(r for r in source.document.records if r.title == "Acme live")
    fields, secrets = dict(live.fields), dict(live.secrets)
    for where in (fields, secrets):
        where.pop(field, None)
    if value is not None:
        fields[field] = value
    with pytest.raises(KdbxError) as caught:
        check_record(rec.Record(fields, secrets))
    assert caught.value.code is KdbxCode.ENTRY_INCOMPLETE
    assert caught.value.params["field"] == field


def test_a_keychain_refusing_halfway_leaves_everything_as_it_was(source, target):
    class RefusesTenth(MemoryKeyring):
        writes = 0

        def set_password(self, service, username, password):
            RefusesTenth.writes += 1
            if RefusesTenth.writes == 7:
                raise PasswordSetError("refused")
            super().set_password(service, username, password)

    keychain = RefusesTenth()
    keychain.entries["cobby-desktop", "unrelated"] = "kept"
    t = Target(target.inv, Vault(keychain), keychain)
    t.inv.add_shop(Shop("https://other.test", MagentoMajor.M1, "Other"))
    before = snapshot(t)
    with pytest.raises(KdbxError) as caught:
        apply_import(t.inv, t.vault, source.document)
    assert caught.value.code is KdbxCode.KEYCHAIN and RefusesTenth.writes == 7
    assert snapshot(t) == before


def test_export_refuses_a_short_passphrase_and_writes_nothing(source, tmp_path):
    with pytest.raises(KdbxError) as caught:
        export_kdbx(source.inv, source.vault, tmp_path / "x.kdbx", Secret("short"))
    assert caught.value.code is KdbxCode.PASSPHRASE_SHORT and not (tmp_path / "x.kdbx").exists()


# -- no secret anywhere but the file -----------------------------------------------------------


def test_no_secret_in_logs_database_messages_or_output(source, target, caplog, capsys, edited):
    caplog.set_level(logging.DEBUG)
    imported(source, target)
    plan = plan_import(target.inv, target.vault, edited)
    apply_import(target.inv, target.vault, edited)
    texts = [source.log, caplog.text, *capsys.readouterr(), repr(plan), repr(source.document)]
    for item in plan.items:
        texts += [item.title, " ".join(item.differs)]
    for code in KdbxCode:
        error = KdbxError(code, path="p", minimum=8, ignored=1, title="t", field="f", detail="d")
        texts += [str(error), error.message]
    target.inv._conn.execute("PRAGMA wal_checkpoint(FULL)")
    raw = target.inv.path.read_bytes()
    for secret in [*ALL_SECRETS, PASSPHRASE.reveal()]:
        assert not any(secret in t for t in texts)
        assert secret.encode() not in raw
    assert sqlite3.connect(target.inv.path).execute("SELECT count(*) FROM shops").fetchone() == (3,)


def test_records_compare_names_only(source):
    a, b = source.document.records[0], source.document.records[1]
    assert all(":" not in name or name.startswith("cobby") for name in a.differing(b))
    assert rec.Record({rec.TITLE: "x"}).differing(rec.Record({rec.TITLE: "y"})) == ("Title",)
