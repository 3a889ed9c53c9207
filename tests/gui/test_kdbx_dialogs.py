"""File > Export… and File > Import…: a round trip through the dialogs, with
the passphrase asked twice, progress, the preview and per-conflict choices."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox

from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.services.kdbx_errors import KdbxCode
from cobby_desktop.services.kdbx_export import Selection, collect
from cobby_desktop.services.kdbx_import import Change, Resolution, plan_import
from cobby_desktop.services.kdbx_read import KdbxDocument
from cobby_desktop.services.kdbx_record import Record
from cobby_desktop.ui.kdbx_export_dialog import ExportDialog
from cobby_desktop.ui.kdbx_import_dialog import ImportDialog
from cobby_desktop.ui.store_access import StoreAccess
from tests.support.memory_keyring import MemoryKeyring

PASSPHRASE = "a passphrase for the test"


def _export(qtbot, vault, path) -> ExportDialog:
    dialog = ExportDialog(StoreAccess(vault=vault))
    qtbot.addWidget(dialog)
    dialog.file.edit.setText(str(path))
    dialog.passphrase.setText(PASSPHRASE)
    assert not dialog.export_button.isEnabled()  # asked twice before anything is written
    dialog.again.setText(PASSPHRASE + "x")
    assert not dialog.export_button.isEnabled()
    dialog.again.setText(PASSPHRASE)
    assert dialog.export_button.isEnabled()
    return dialog


def test_export_then_import_into_another_data_folder(
    qtbot, sample, vault, tmp_path, monkeypatch
):
    path = tmp_path / "shops.kdbx"
    dialog = _export(qtbot, vault, path)
    stages: list[str] = []
    with qtbot.waitSignal(dialog.exported, timeout=60000) as sent:
        dialog.start()
        dialog.job.progress.connect(stages.append)
    assert sent.args[0].shops == len(sample.shops) and path.exists()
    assert stages and stages[-1].startswith(f"{len(sample.shops)}/")
    assert dialog.passphrase.text() == "" and dialog.again.text() == ""

    monkeypatch.setenv("COBBY_DESKTOP_HOME", str(tmp_path / "new"))
    store = StoreAccess(vault=Vault(MemoryKeyring()))
    importer = ImportDialog(store)
    qtbot.addWidget(importer)
    importer.file.edit.setText(str(path))
    importer.passphrase.setText("wrong passphrase")
    importer.next()
    qtbot.waitUntil(lambda: importer.job is None and not importer.error.isHidden(), timeout=60000)
    assert importer.pages.currentIndex() == 0
    importer.passphrase.setText(PASSPHRASE)
    importer.next()
    qtbot.waitUntil(lambda: importer.pages.currentIndex() == 1, timeout=60000)
    assert importer.plan.count(Change.ADDED) == len(importer.plan.items) > 0
    assert importer.conflicts.isHidden()
    with qtbot.waitSignal(importer.imported, timeout=60000) as done:
        importer.next()
    assert done.args[0].added == len(importer.plan.items)
    with Inventory.open() as inv:
        assert sorted(s.uid for s in inv.shops()) == sorted(s.uid for s in sample.shops)


def test_the_preview_lets_the_merchant_decide_each_conflict(qtbot, sample, vault):
    with Inventory.open() as inv:  # the file's records, without a file (no key derivation)
        records = collect(inv, vault, Selection())
        shop = inv.shop_by_uid(records[0].fields["cobby id"])
        # changed here, and other in the "file"
        inv.update_shop(replace(shop, magento_version="9.9.9"))
        first = Record(dict(records[0].fields, **{"Magento version": "8.8.8"}), records[0].secrets)
        document = KdbxDocument((first, *records[1:]), 0)
        plan = plan_import(inv, vault, document)
    importer = ImportDialog(StoreAccess(vault=vault))
    qtbot.addWidget(importer)
    importer.show_plan(document, plan)
    assert importer.conflicts.rowCount() == 1 and importer.conflicts.isVisibleTo(importer)
    assert importer.conflicts.item(0, 2).text() == "Magento version"
    box = importer.conflicts.cellWidget(0, 3)
    assert isinstance(box, QComboBox) and box.currentData() == Resolution.KEEP_MINE
    box.setCurrentIndex(box.findData(Resolution.TAKE_THEIRS))
    assert importer.choices() == {plan.conflicts[0].key: Resolution.TAKE_THEIRS}
    with qtbot.waitSignal(importer.imported, timeout=60000) as done:
        importer.next()
    assert done.args[0].updated == 1
    with Inventory.open() as inv:
        assert inv.shop(shop.id).magento_version == "8.8.8"


def test_errors_come_from_the_catalogue_by_code(qtbot, vault, tmp_path):
    importer = ImportDialog(StoreAccess(vault=vault))
    qtbot.addWidget(importer)
    importer.file.edit.setText(str(tmp_path / "missing.kdbx"))
    importer.passphrase.setText("whatever")
    outcomes: list[object] = []
    importer.next()
    importer.job.finished.connect(outcomes.append)
    qtbot.waitUntil(lambda: importer.job is None, timeout=10000)
    assert outcomes[0].code is KdbxCode.FILE_UNREADABLE and not importer.error.isHidden()


def test_the_file_menu_opens_both_dialogs_and_an_import_reloads_the_window(
    qtbot, sample, vault, tmp_path
):
    from cobby_desktop.services.kdbx_import import ImportResult
    from tests.gui.window_support import open_window

    window = open_window(qtbot, vault, settings=QSettings(str(tmp_path / "l.ini"),
                                                          QSettings.Format.IniFormat))
    file_menu = window.menuBar().actions()[0].menu()
    assert {window.act_export, window.act_import} <= set(file_menu.actions())
    window.select_shop(sample.shops[0].id)
    window.act_export.trigger()
    export = window.launcher.open_dialogs["kdbx-export"]
    assert isinstance(export, ExportDialog)
    assert export.what.itemData(1).shop_ids == (sample.shops[0].id,)  # the selected shop
    export.reject()
    window.act_import.trigger()
    importer = window.launcher.open_dialogs["kdbx-import"]
    assert isinstance(importer, ImportDialog)
    with qtbot.waitSignal(window.rows_loaded, timeout=10000):
        importer.imported.emit(ImportResult(added=2, updated=1, unchanged=3, ignored=0))
    qtbot.waitUntil(lambda: "2" in window.statusBar().currentMessage(), timeout=5000)
