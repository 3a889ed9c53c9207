"""How the app's window starts: on screen first, the shops page and the rows
right after, never the empty state in between; the vault is chosen once the
window is up, and only jobs that need it wait for it."""

from __future__ import annotations

import threading

from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.ui.main_window import MainWindow
from cobby_desktop.ui.store_access import StoreAccess
from cobby_desktop.ui.workers import wait_for_jobs
from tests.gui.window_support import job_draining
from tests.support.sample import populate

_drain_jobs = job_draining(2000)


def _sample_shops(vault: Vault) -> int:
    with Inventory.open() as inventory:
        return len(populate(inventory, vault).shops)


def test_the_deferred_page_follows_the_first_paint_without_the_empty_state(qtbot):
    vault = Vault()
    count = _sample_shops(vault)
    window = MainWindow(StoreAccess(vault_later=True), defer_page=True)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.loading
    assert not hasattr(window, "table")  # built after the first paint
    pages: list[object] = []
    window.stack.currentChanged.connect(lambda _: pages.append(window.stack.currentWidget()))
    with qtbot.waitSignals([window.rows_loaded, window.page_ready], timeout=5000):
        window.show()
    assert window.model.shop_count() == count
    assert pages == [window.splitter]  # straight from "Opening" to the shops
    assert window.proxy.rowCount() == count
    assert window.selected_row() is not None


def test_jobs_that_need_the_vault_wait_for_it_and_reads_do_not(qtbot):
    vault = Vault()
    _sample_shops(vault)
    store = StoreAccess(vault_later=True)
    got_vault: list[object] = []
    shops: list[object] = []
    store.run(lambda _inventory, v: v, got_vault.append)
    store.read(lambda inventory: inventory.shops(), shops.append)
    qtbot.waitUntil(lambda: bool(shops), timeout=5000)
    qtbot.wait(100)
    assert got_vault == [] and not store.vault_ready
    store.set_vault(vault)
    qtbot.waitUntil(lambda: bool(got_vault), timeout=5000)
    assert got_vault == [vault] and store.vault is vault


def test_a_job_waiting_for_the_vault_ends_when_cancelled(qtbot):
    store = StoreAccess(vault_later=True)
    job = store.run(lambda _inventory, v: v)
    job.cancel()
    assert wait_for_jobs(2000)  # the worker left its wait
    assert not store.vault_ready


def test_a_large_inventory_is_described_on_the_worker(qtbot, monkeypatch):
    from cobby_desktop.domain.model import MagentoMajor, Shop
    from cobby_desktop.ui import inventory_model, main_window

    count = main_window.DESCRIBE_ON_WORKER + 50
    with Inventory.open() as inventory, inventory.transaction():
        for number in range(count):
            inventory.add_shop(
                Shop(base_url=f"https://shop{number}.test/", magento_major=MagentoMajor.M2)
            )
    threads: list[bool] = []
    describe = inventory_model.describe_rows

    def recording(rows, now):  # noqa: ANN001, ANN202
        threads.append(threading.current_thread() is threading.main_thread())
        return describe(rows, now)

    monkeypatch.setattr(inventory_model, "describe_rows", recording)
    window = MainWindow(StoreAccess(vault=Vault()))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.rows_loaded, timeout=10000) as loaded:
        window.show()
    assert loaded.args == [count]
    assert threads == [False]  # once, and not on the GUI thread
    assert window.proxy.rowCount() == count
