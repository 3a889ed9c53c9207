"""Read a KDBX file into records: ours checked field by field, others counted.

Every problem is a `KdbxError` with a code, raised before anything is
changed: the file is read completely and every cobby entry checked first.
Entries in KeePass's recycle bin and entries without the "cobby entry" mark
(the merchant's other passwords) are not ours: they are counted, never read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pykeepass import PyKeePass
from pykeepass.entry import Entry
from pykeepass.exceptions import CredentialsError
from pykeepass.group import Group

from cobby_desktop.domain.model import CredentialKind, CredentialState
from cobby_desktop.domain.urls import normalize_shop_url
from cobby_desktop.secret import Secret
from cobby_desktop.services import kdbx_record as rec
from cobby_desktop.services.kdbx_errors import KdbxCode, KdbxError

# KDBX files start with two signatures, then the minor and major version.
_SIGNATURE = bytes.fromhex("03d9a29a67fb4bb5")
_UID = re.compile(r"^[0-9a-f]{32}$")
_STATES = {str(CredentialState.ACTIVE), str(CredentialState.DRAFT), str(CredentialState.ROTATING)}


@dataclass(frozen=True)
class KdbxDocument:
    """A file's cobby entries (checked) and how many other entries it has."""

    records: tuple[rec.Record, ...]
    ignored: int


def _format_version(path: Path) -> int:
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
    except OSError:
        raise KdbxError(KdbxCode.FILE_UNREADABLE, path=str(path)) from None
    if len(head) < 12 or head[:8] != _SIGNATURE:
        code = KdbxCode.DAMAGED if _SIGNATURE.startswith(head[:8]) and head else None
        raise KdbxError(code or KdbxCode.NOT_KEEPASS, path=str(path))
    return int.from_bytes(head[10:12], "little")


def _open(path: Path, passphrase: Secret, keyfile: Path | None) -> PyKeePass:
    if keyfile is not None and not Path(keyfile).is_file():
        raise KdbxError(KdbxCode.KEYFILE_UNREADABLE, path=str(keyfile))
    try:
        return PyKeePass(
            str(path), password=passphrase.reveal() or None, keyfile=_str(keyfile)
        )
    except CredentialsError:
        raise KdbxError(KdbxCode.WRONG_PASSPHRASE, path=str(path)) from None
    except OSError:
        raise KdbxError(KdbxCode.FILE_UNREADABLE, path=str(path)) from None
    except Exception:  # noqa: BLE001 - any parse failure: a truncated or damaged file
        raise KdbxError(KdbxCode.DAMAGED, path=str(path)) from None


def _str(path: Path | None) -> str | None:
    return None if path is None else str(path)


def _ours(entry: Entry) -> bool:
    return (entry.get_custom_property(rec.MARK) or "") in (rec.SHOP, rec.WORKSPACE_ENTRY)


def _in_bin(trash: Group | None, entry: Entry) -> bool:
    group = entry.group
    while trash is not None and group is not None:
        if group == trash:
            return True
        group = group.parentgroup
    return False


def _record(entry: Entry) -> rec.Record:
    fields: dict[str, str] = {}
    secrets: dict[str, Secret] = {}
    for name, value in entry.custom_properties.items():
        if value is None:
            continue
        if entry.is_custom_property_protected(name) and name != rec.EXPORT_MARK:
            secrets[name] = Secret(value)
        else:
            fields[name] = value
    for name, value in ((rec.TITLE, entry.title), (rec.USER, entry.username), (rec.URL, entry.url)):
        if value:
            fields[name] = value.strip()
    if entry.password:
        secrets[rec.PASSWORD] = Secret(entry.password)
    return rec.Record(fields, secrets)


def _need(record: rec.Record, name: str, ok: bool) -> None:
    if not ok:
        raise KdbxError(KdbxCode.ENTRY_INCOMPLETE, title=record.title or "?", field=name)


def _url_ok(text: str) -> bool:
    try:
        return normalize_shop_url(text).url is not None
    except Exception:  # noqa: BLE001 - any refusal means "not a usable address"
        return False


def check_record(record: rec.Record) -> None:
    """Refuse an entry that lacks what an import needs (names only, no values)."""
    f, s = record.fields, record.secrets
    _need(record, rec.TITLE, bool(f.get(rec.TITLE)))
    if record.mark == rec.WORKSPACE_ENTRY:
        return
    _need(record, rec.ID, bool(_UID.match(f.get(rec.ID, ""))))
    _need(record, rec.URL, _url_ok(f.get(rec.URL, "")))
    _need(record, rec.MAGENTO, f.get(rec.MAGENTO) in ("1", "2"))
    if rec.KIND not in f:
        return
    _need(record, rec.KIND, f[rec.KIND] in set(CredentialKind))
    kind = CredentialKind(f[rec.KIND])
    _need(record, rec.MAGENTO, int(f[rec.MAGENTO]) == int(kind.magento))
    _need(record, rec.USER, bool(f.get(rec.USER)))
    _need(record, rec.STATE, f.get(rec.STATE, str(CredentialState.ACTIVE)) in _STATES)
    for name in rec.secret_names(kind).values():
        _need(record, name, bool(s.get(name)))


def _unique(records: Iterable[rec.Record]) -> None:
    seen: set[str] = set()
    for record in records:
        if record.key in seen:
            raise KdbxError(KdbxCode.ENTRY_TWICE, title=record.title)
        seen.add(record.key)


def read_kdbx(path: Path, passphrase: Secret, keyfile: Path | None = None) -> KdbxDocument:
    """Open and check the whole file. Raises KdbxError; changes nothing."""
    path = Path(path)
    if _format_version(path) < 4:
        raise KdbxError(KdbxCode.OLD_FORMAT, path=str(path))
    kp = _open(path, passphrase, keyfile)
    records: list[rec.Record] = []
    ignored = 0
    trash = kp.recyclebin_group  # looked up once: it searches the whole tree
    for entry in kp.entries:
        if _in_bin(trash, entry) or not _ours(entry):
            ignored += 1
            continue
        record = _record(entry)
        check_record(record)
        records.append(record)
    if not records:
        raise KdbxError(KdbxCode.NO_COBBY_ENTRIES, path=str(path), ignored=ignored)
    _unique(records)
    return KdbxDocument(tuple(records), ignored)
