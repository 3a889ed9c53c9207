"""The main window's "Group by workspace" view against a real inventory with
several workspaces: header rows, shops under their workspace, empty
workspaces, search, selection and counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from cobby_desktop import i18n
from cobby_desktop.domain.model import MagentoMajor, Shop
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.domain.workspaces import connect_shop, create_workspace
from cobby_desktop.secret import Secret
from cobby_desktop.ui.inventory_model import GROUP_ROLE, ROW_ROLE
from cobby_desktop.ui.main_window import MainWindow
from tests.gui import window_support
from tests.gui.window_support import job_draining

_drain_jobs = job_draining(2000)


def _tr(text: str, n: int = -1) -> str:
    return i18n.translate("InventoryTableModel", text, n)


def _header(name: str, shops: int, *, key: bool = True) -> str:
    """A workspace's header line as the grouped table shows it (after "# ")."""
    what = _tr("%n shops", shops) if shops else _tr("no shop yet")
    text = _tr("%1 · %2").replace("%1", name).replace("%2", what)
    return "# " + (text if key else f"{text} · {_tr('no license key stored')}")


@pytest.fixture
def inventory_with_workspaces(vault):
    """Three workspaces (one without a shop), three shops (one without a workspace)."""
    with Inventory.open() as inv:
        alpha = create_workspace(inv, vault, "Alpha Agency", Secret("alpha-key-0001"))
        beta = create_workspace(inv, vault, "Beta Brands")
        create_workspace(inv, vault, "Zeta Empty", Secret("zeta-key-00001"))
        shops = {}
        for label in ("Gartenwelt", "Kaffeehaus", "Lonely Shop"):
            shops[label] = inv.add_shop(
                Shop(
                    base_url=f"https://{label.split()[0].lower()}.example/",
                    magento_major=MagentoMajor.M2,
                    label=label,
                )
            )
        connect_shop(inv, shops["Gartenwelt"].id, alpha.id)
        connect_shop(inv, shops["Kaffeehaus"].id, beta.id)
    return shops


def open_window(qtbot, vault: Vault, tmp_path) -> MainWindow:
    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    return window_support.open_window(qtbot, vault, settings=settings)


def shown(window: MainWindow) -> list[str]:
    """The table as the merchant reads it: '#' before workspace headers."""
    lines = []
    for r in range(window.proxy.rowCount()):
        index = window.proxy.index(r, 0)
        row = index.data(ROW_ROLE)
        lines.append(index.data() if row is not None else "# " + index.data())
    return lines


def test_grouped_view_lists_shops_under_their_workspaces(
    qtbot, vault, inventory_with_workspaces, tmp_path
):
    window = open_window(qtbot, vault, tmp_path)
    assert shown(window) == ["Gartenwelt", "Kaffeehaus", "Lonely Shop"]

    window.act_group.trigger()
    assert window.model.grouped and window.act_group.isChecked()
    assert shown(window) == [
        _header("Alpha Agency", 1),
        "Gartenwelt",
        _header("Beta Brands", 1, key=False),
        "Kaffeehaus",
        _header("Zeta Empty", 0),
        "# " + _tr("Shops without a workspace"),
        "Lonely Shop",
    ]
    # Headers span the table, cannot be selected, and the count still counts shops.
    qtbot.waitUntil(lambda: window.table.columnSpan(0, 0) == window.proxy.columnCount())
    assert window.table.columnSpan(1, 0) == 1
    header = window.proxy.index(0, 0)
    assert not header.flags() & Qt.ItemFlag.ItemIsSelectable
    assert window.count_label.text() == i18n.translate("MainWindow", "%n shops", 3)
    assert window.selected_row() is not None  # a shop, never a header

    # Sorting by a column sorts inside the groups; groups and headers stay put.
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown(window)[0] == _header("Alpha Agency", 1)
    assert shown(window)[-2:] == ["# " + _tr("Shops without a workspace"), "Lonely Shop"]


def test_grouped_search_keeps_the_group_and_matches_workspace_names(
    qtbot, vault, inventory_with_workspaces, tmp_path
):
    window = open_window(qtbot, vault, tmp_path)
    window.set_grouped(True)
    window.search.setText("kaffee")
    assert shown(window) == [
        _header("Beta Brands", 1, key=False),
        "Kaffeehaus",
    ]
    assert window.count_label.text() == i18n.translate(
        "MainWindow", "Showing %1 of %2 shops"
    ).replace("%1", "1").replace("%2", "3")
    assert window.selected_row().shop.label == "Kaffeehaus"
    window.search.setText("alpha agency")  # the workspace's name finds its shop
    assert shown(window) == [_header("Alpha Agency", 1), "Gartenwelt"]
    window.search.setText("zeta")
    assert shown(window) == [_header("Zeta Empty", 0)]
    assert window.selected_row() is None
    assert window.no_match.isHidden()


def test_grouping_is_remembered_and_can_be_switched_off(
    qtbot, vault, inventory_with_workspaces, tmp_path
):
    window = open_window(qtbot, vault, tmp_path)
    window.set_grouped(True)
    window.close()
    again = open_window(qtbot, vault, tmp_path)
    assert again.model.grouped and again.act_group.isChecked()
    assert all(again.proxy.index(r, 0).data(GROUP_ROLE) for r in range(again.proxy.rowCount()))
    again.set_grouped(False)
    assert shown(again) == ["Gartenwelt", "Kaffeehaus", "Lonely Shop"]
    qtbot.waitUntil(lambda: again.table.columnSpan(0, 0) == 1)


def test_workspaces_action_opens_the_dialog_and_the_table_follows_changes(
    qtbot, vault, inventory_with_workspaces, tmp_path
):
    window = open_window(qtbot, vault, tmp_path)
    window.set_grouped(True)
    window.act_workspaces.trigger()
    dialog = window.workspaces_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=5000)
    assert window.open_workspaces() is dialog  # one at a time
    form = dialog.new_workspace()
    form.name.setText("New Client")
    with qtbot.waitSignal(window.rows_loaded, timeout=5000):
        form.ok_button.click()
    assert _header("New Client", 0, key=False) in shown(window)
    dialog.close()
    assert window.workspaces_dialog is None
