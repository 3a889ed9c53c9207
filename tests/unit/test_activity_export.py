"""Activity log CSV: columns, names instead of ids, Excel safety, no secrets."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from cobby_desktop.domain.activity_export import (
    HEADER,
    ActivityLine,
    activity_lines,
    export_csv,
    write_csv,
)
from cobby_desktop.domain.model import (
    Activity,
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.secret import Secret

KEY = "Zq8RkT4mWx7pLc2vNb5h"


def _fill(inv: Inventory) -> tuple[int, int]:
    shop = inv.add_shop(
        Shop(base_url="https://shop.example", magento_major=MagentoMajor.M1, label="=Evil Shop")
    )
    cred = inv.add_credential(
        Credential(shop_id=shop.id, kind=CredentialKind.M1_API_KEY, api_user="cobby_api",
                   state=CredentialState.ACTIVE)
    )
    Vault().put_credential(cred, {"api_key": Secret(KEY)})
    inv.log_activity(Activity.CREATED, "stored", shop_id=shop.id, credential_id=cred.id)
    inv.log_activity(Activity.COPIED, "api_key", shop_id=shop.id, credential_id=cred.id)
    inv.log_activity(Activity.TESTED, "ok", shop_id=shop.id, credential_id=cred.id)
    return shop.id, cred.id


def test_lines_name_shop_and_user_newest_first():
    with Inventory.open() as inv:
        shop_id, cred_id = _fill(inv)
        inv.log_activity(Activity.EXPORTED, "without a shop")
        lines = activity_lines(inv)
    assert [line.action for line in lines] == [
        Activity.EXPORTED, Activity.TESTED, Activity.COPIED, Activity.CREATED,
    ]
    assert lines[0].shop == "" and lines[0].api_user == ""
    assert lines[1].shop == "=Evil Shop" and lines[1].api_user == "cobby_api"
    assert lines[1].shop_id == shop_id and lines[1].credential_id == cred_id


def test_write_csv_quotes_formulas_and_keeps_commas():
    line = ActivityLine(
        at=datetime(2025, 3, 4, 10, 30, tzinfo=UTC), action=Activity.TESTED,
        shop="@cmd, \"quoted\"", api_user="-user", detail="ok, all checks",
    )
    out = io.StringIO()
    assert write_csv([line], out) == 1
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == list(HEADER)
    time, action, shop, user, detail = rows[1]
    assert datetime.fromisoformat(time) == line.at
    assert action == "tested"
    assert shop == "'@cmd, \"quoted\"" and user == "'-user" and detail == "ok, all checks"


def test_export_writes_file_logs_export_and_holds_no_secret(tmp_path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "activity.csv"
    with Inventory.open() as inv:
        _fill(inv)
        assert export_csv(inv, target) == 3
        newest = inv.activity(limit=1)[0]
    assert newest.action is Activity.EXPORTED and "3 entries" in newest.detail
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM so Excel reads UTF-8"
    assert KEY.encode() not in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 4 and rows[1][1] == "tested" and rows[1][2] == "'=Evil Shop"
    assert [p.name for p in target.parent.iterdir()] == ["activity.csv"], "no temporary file left"
