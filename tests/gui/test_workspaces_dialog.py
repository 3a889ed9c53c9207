"""The workspaces dialog against a real inventory in COBBY_DESKTOP_HOME and the
in-memory keychain: create with a license key, rename, delete after
confirmation, search among many workspaces, the one-shop rule, and no store
work on the GUI thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cobby_desktop import i18n
from cobby_desktop.domain.model import MagentoMajor, Shop
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.domain.workspaces import check_license_key, connect_shop, create_workspace
from cobby_desktop.secret import Secret
from cobby_desktop.ui.store_access import StoreAccess
from cobby_desktop.ui.workers import wait_for_jobs
from cobby_desktop.ui.workspaces_dialog import WorkspacesDialog
from tests.gui.window_support import ThreadLog, job_draining, recording_opener
from tests.gui.wizard_steps import stored_files_text
from tests.support.said import shown


def _tr(text: str, n: int = -1) -> str:
    return i18n.translate("WorkspacesDialog", text, n)

KEY = "WsKey-7f3a9c2e41b8d605"


_drain_jobs = job_draining(2000)


def open_dialog(qtbot, vault: Vault, store: StoreAccess | None = None) -> WorkspacesDialog:
    dialog = WorkspacesDialog(store or StoreAccess(vault=vault))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    return dialog


def names(dialog: WorkspacesDialog) -> list[str]:
    return [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]


def row_of(dialog: WorkspacesDialog, name: str) -> list[str]:
    r = names(dialog).index(name)
    return [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]


def save_form(qtbot, dialog: WorkspacesDialog, form) -> None:
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        form.ok_button.click()
    assert dialog.form is None  # saved and closed


def test_create_with_license_key_keeps_the_key_in_the_keychain_only(
    qtbot, vault, memory_keyring, caplog
):
    caplog.set_level(logging.DEBUG)
    log = ThreadLog()
    dialog = open_dialog(qtbot, vault, StoreAccess(recording_opener(log), vault))
    changed: list[bool] = []
    dialog.workspaces_changed.connect(lambda: changed.append(True))
    form = dialog.new_workspace()
    assert not form.ok_button.isEnabled()  # no name yet
    form.name.setText("Möbel Schmidt")
    assert form.ok_button.isEnabled()  # the key is optional
    form.key.setText("cobby license key")  # the extension's placeholder, not a key
    assert form.key_problem.isVisible()
    assert i18n.render(check_license_key("cobby license key")[0].said) in form.key_problem.text()
    assert not form.ok_button.isEnabled()
    form.key.setText("WsKey 7f3a")  # pasted in two pieces
    assert shown("workspace.license_key.whitespace") in form.key_problem.text()
    assert not form.ok_button.isEnabled()
    form.key.setText(KEY)
    assert not form.key_problem.isVisible() and form.ok_button.isEnabled()
    save_form(qtbot, dialog, form)

    assert row_of(dialog, "Möbel Schmidt") == ["Möbel Schmidt", _tr("No shop yet"), _tr("Stored")]
    assert dialog.selected_workspace().name == "Möbel Schmidt"
    assert changed == [True]
    with Inventory.open() as inv:
        (ws,) = inv.workspaces()
    assert ws.has_license_key
    assert Vault(memory_keyring).get(SecretRef.license_key(ws.id, ws.vault_space)).reveal() == KEY
    assert KEY.encode() not in stored_files_text()
    assert KEY not in caplog.text
    assert log.on_main_thread() == []


def test_duplicate_name_keeps_the_form_open_with_the_reason(qtbot, vault):
    with Inventory.open() as inv:
        create_workspace(inv, vault, "Alpine Sportshop")
    dialog = open_dialog(qtbot, vault)
    form = dialog.new_workspace()
    form.name.setText("alpine  sportshop")
    form.ok_button.click()
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=5000)
    assert form.error.text() == shown("workspace.name.taken", name="Alpine Sportshop")
    assert form.isVisible() and form.name.text() == "alpine  sportshop"
    assert names(dialog) == ["Alpine Sportshop"]


def test_rename_and_set_license_key(qtbot, vault, memory_keyring):
    with Inventory.open() as inv:
        ws = create_workspace(inv, vault, "Old name")
    dialog = open_dialog(qtbot, vault)
    assert row_of(dialog, "Old name")[2] == _tr("Missing")
    form = dialog.rename_selected()
    assert form.name.text() == "Old name" and form.key is None
    form.name.setText("Nordlicht Outdoor")
    save_form(qtbot, dialog, form)
    assert names(dialog) == ["Nordlicht Outdoor"]

    form = dialog.set_key_selected()
    assert form.name is None and not form.ok_button.isEnabled()  # the key is required here
    form.key.setText(KEY)
    save_form(qtbot, dialog, form)
    assert row_of(dialog, "Nordlicht Outdoor")[2] == _tr("Stored")
    assert Vault(memory_keyring).get(SecretRef.license_key(ws.id, ws.vault_space)).reveal() == KEY
    with Inventory.open() as inv:
        assert inv.workspace(ws.id).name == "Nordlicht Outdoor"


def test_delete_asks_first_and_explains_shop_and_keychain(
    qtbot, vault, memory_keyring, monkeypatch
):
    with Inventory.open() as inv:
        ws = create_workspace(inv, vault, "Kaffeehaus Berg", Secret(KEY))
        shop = inv.add_shop(
            Shop(base_url="https://kaffee.example/", magento_major=MagentoMajor.M2, label="Kaffee")
        )
        connect_shop(inv, shop.id, ws.id)
    dialog = open_dialog(qtbot, vault)
    assert row_of(dialog, "Kaffeehaus Berg") == ["Kaffeehaus Berg", "Kaffee", _tr("Stored")]
    asked: list[str] = []
    answer = {"button": QMessageBox.StandardButton.Cancel}

    def question(parent, title, text, buttons, default):
        asked.append(text)
        assert default == QMessageBox.StandardButton.Cancel
        return answer["button"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog.delete_selected()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    assert shown("workspace.delete.key") in asked[0]
    assert shown("workspace.delete.shop", shop="Kaffee") in asked[0]
    assert shown("workspace.delete.portal") in asked[0]
    assert names(dialog) == ["Kaffeehaus Berg"]  # cancelled: nothing happened
    with Inventory.open() as inv:
        assert len(inv.workspaces()) == 1

    answer["button"] = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.workspaces_changed, timeout=5000):
        dialog.delete_selected()
    qtbot.waitUntil(lambda: names(dialog) == [], timeout=5000)
    assert dialog.status.text() == _tr("Workspace “%1” deleted.").replace("%1", "Kaffeehaus Berg")
    with Inventory.open() as inv:
        assert inv.workspaces() == []
        assert inv.shop(shop.id).workspace_id is None  # the shop stays
    assert Vault(memory_keyring).get(SecretRef.license_key(ws.id, ws.vault_space)) is None


def test_search_finds_one_among_forty_as_you_type(qtbot, vault):
    with Inventory.open() as inv:
        for n in range(40):
            create_workspace(inv, vault, f"Client {n:02d} GmbH")
        create_workspace(inv, vault, "Bäckerei Roth")
        target = create_workspace(inv, vault, "Weinkontor Seeberg")
        shop = inv.add_shop(
            Shop(base_url="https://wein.example/", magento_major=MagentoMajor.M1, label="Wein")
        )
        connect_shop(inv, shop.id, target.id)
    dialog = open_dialog(qtbot, vault)
    assert len(names(dialog)) == 42 and dialog.count.text() == _tr("%n workspaces", 42)
    dialog.search.setText("client 1")
    # Every word must occur; names starting with what was typed come first.
    assert names(dialog) == [f"Client {n} GmbH" for n in (*range(10, 20), "01", 21, 31)]
    assert dialog.count.text() == _tr("Showing %1 of %2").replace("%1", "13").replace("%2", "42")
    dialog.search.setText("backerei")  # accents and case do not matter
    assert names(dialog) == ["Bäckerei Roth"]
    dialog.search.setText("wein.example")  # the connected shop's address finds it
    assert names(dialog) == ["Weinkontor Seeberg"]
    assert dialog.selected_workspace().id == target.id
    dialog.search.setText("nothing like this")
    assert names(dialog) == [] and not dialog.rename_button.isEnabled()
    dialog.search.clear()
    assert len(names(dialog)) == 42


def test_connecting_a_second_shop_is_refused_with_the_reason(qtbot, vault):
    with Inventory.open() as inv:
        ws = create_workspace(inv, vault, "Gartenwelt")
        first = inv.add_shop(
            Shop(base_url="https://garten.example/", magento_major=MagentoMajor.M2, label="Garten")
        )
        inv.add_shop(
            Shop(base_url="https://second.example/", magento_major=MagentoMajor.M2, label="Second")
        )
        connect_shop(inv, first.id, ws.id)
    dialog = open_dialog(qtbot, vault)
    form = dialog.connect_selected()
    assert form.combo.currentText() == "Garten"
    form.combo.setCurrentIndex(form.combo.findText("Second"))
    form.ok_button.click()
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=5000)
    assert form.error.text() == shown("workspace.taken", name="Gartenwelt", shop="Garten")
    with Inventory.open() as inv:
        assert {s.label: s.workspace_id for s in inv.shops()} == {"Garten": ws.id, "Second": None}

    # Disconnecting the first shop frees the workspace for the second.
    form.combo.setCurrentIndex(form.combo.findData(None))
    save_form(qtbot, dialog, form)
    assert row_of(dialog, "Gartenwelt")[1] == _tr("No shop yet")
    form = dialog.connect_selected()
    form.combo.setCurrentIndex(form.combo.findText("Second"))
    save_form(qtbot, dialog, form)
    assert row_of(dialog, "Gartenwelt")[1] == "Second"


def test_closing_while_a_change_is_saved_keeps_the_change(qtbot, vault):
    store = StoreAccess(vault=vault)
    dialog = WorkspacesDialog(store)  # not handed to qtbot: it deletes itself
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    form = dialog.new_workspace()
    form.name.setText("Saved anyway")
    done: list[object] = []
    form.ok_button.click()
    dialog.close()  # deleted while the job runs; its answer must not crash
    # The read below is a job of its own: under load it could run before the save.
    assert wait_for_jobs(10_000)
    store.run(lambda inv, _vault: inv.workspaces(), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert [ws.name for ws in done[0]] == ["Saved anyway"]
