"""The activity log dialog: entries with names, CSV export through a job that
logs the export, an unwritable target reported, and never a secret."""

from __future__ import annotations

import csv
import io

import pytest

from cobby_desktop import i18n
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
from cobby_desktop.ui.activity_view import ActivityDialog
from cobby_desktop.ui.store_access import StoreAccess
from tests.gui.window_support import job_draining

KEY = "Zq8RkT4mWx7pLc2vNb5h"


_drain_jobs = job_draining(3000)


@pytest.fixture
def vault(memory_keyring) -> Vault:
    vault = Vault(memory_keyring)
    with Inventory.open() as inv:
        shop = inv.add_shop(Shop(base_url="https://shop.example", magento_major=MagentoMajor.M1,
                                 label="Kaffee Braun"))
        cred = inv.add_credential(Credential(shop_id=shop.id, kind=CredentialKind.M1_API_KEY,
                                             api_user="cobby_api", state=CredentialState.ACTIVE))
        vault.put_credential(cred, {"api_key": Secret(KEY)})
        inv.log_activity(Activity.CREATED, "stored", shop_id=shop.id, credential_id=cred.id)
        inv.log_activity(Activity.REVEALED, "api_key", shop_id=shop.id, credential_id=cred.id)
    return vault


def _tr(text: str) -> str:
    return i18n.translate("ActivityDialog", text)


def _open(qtbot, vault) -> ActivityDialog:
    dialog = ActivityDialog(StoreAccess(vault=vault))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    return dialog


def _cells(dialog) -> list[list[str]]:
    return [[dialog.table.item(r, c).text() for c in range(5)]
            for r in range(dialog.table.rowCount())]


def test_entries_show_action_shop_and_user(qtbot, vault):
    dialog = _open(qtbot, vault)
    rows = _cells(dialog)
    assert [r[1:] for r in rows] == [
        [_tr("Revealed"), "Kaffee Braun", "cobby_api", "api_key"],
        [_tr("Created"), "Kaffee Braun", "cobby_api", "stored"],
    ]
    assert all(r[0] for r in rows)
    assert KEY not in str(rows)
    assert dialog.export_button.isEnabled()


def test_export_writes_csv_in_a_job_and_logs_it(qtbot, vault, tmp_path, monkeypatch):
    target = tmp_path / "log.csv"
    dialog = _open(qtbot, vault)
    monkeypatch.setattr(dialog, "ask_path", lambda: str(target))
    with qtbot.waitSignal(dialog.exported, timeout=5000) as exported:
        dialog.export()
    assert exported.args == [str(target)]
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["time", "action", "shop", "api_user", "detail"]
    assert [r[1] for r in rows[1:]] == ["revealed", "created"]
    assert KEY not in target.read_text(encoding="utf-8-sig")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=5000)
    assert _cells(dialog)[0][1] == _tr("Exported")
    assert dialog.message.text() == i18n.translate(
        "ActivityDialog", "%n entries were written to %1.", 2
    ).replace("%1", str(target))


def test_export_cancelled_or_unwritable(qtbot, vault, tmp_path, monkeypatch):
    dialog = _open(qtbot, vault)
    monkeypatch.setattr(dialog, "ask_path", lambda: "")
    assert dialog.export() is None
    monkeypatch.setattr(dialog, "ask_path", lambda: str(tmp_path / "missing" / "log.csv"))
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.message.objectName() == "messageError"
    written = i18n.translate(
        "ActivityDialog",
        "The file %1 could not be written (%2). Choose another folder and try again.",
    )
    assert dialog.message.text().startswith(written.split("%2")[0].split("%1")[0])
    assert str(tmp_path / "missing" / "log.csv") in dialog.message.text()
    with Inventory.open() as inv:
        assert Activity.EXPORTED not in {a.action for a in inv.activity()}


def test_a_recorded_check_shows_its_badge_and_its_title_in_the_readers_language(qtbot, vault):
    """The stored summary is a finding code: the badge is the outcome, the rest
    the finding's title (German in German), then the codes for support."""
    from datetime import UTC, datetime

    import cobby_desktop.domain.findings  # noqa: F401 (registers the finding titles)
    from cobby_desktop.domain.model import CheckRecord, TestOutcome
    from cobby_desktop.messages import CATALOGUE
    from cobby_desktop.ui.inventory_model import BADGE_TEXT_ROLE

    with Inventory.open() as inv:
        shop = inv.shops()[0]
        inv.record_check(CheckRecord(
            shop.id, datetime.now(UTC), TestOutcome.FAILED, inv.credentials()[0].id,
            ("m1.credentials_rejected",), "m1.credentials_rejected"))
    title = CATALOGUE["finding.m1.credentials_rejected.title"].source
    for language in (i18n.GERMAN, i18n.ENGLISH):
        i18n.install(language)
        dialog = _open(qtbot, vault)
        item = dialog.table.item(0, 4)
        label, rest = item.data(BADGE_TEXT_ROLE)
        shown_title = i18n.translate(title.context, title.text)
        assert rest == f"{shown_title} (m1.credentials_rejected)"
        assert label and item.text() == f"{label}: {rest}"
        dialog.close()
