"""The main window against a real inventory in COBBY_DESKTOP_HOME and the
in-memory keychain: rows, search, selection, empty state, layout memory,
keyboard use, error messages, and no store work on the GUI thread."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime, timedelta

import keyring.errors
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from cobby_desktop import i18n, paths
from cobby_desktop.domain.model import (
    CheckRecord,
    Credential,
    CredentialKind,
    CredentialState,
    InventoryRow,
    MagentoMajor,
    Shop,
    Workspace,
)
from cobby_desktop.domain.model import (
    TestOutcome as Outcome,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.ui import settings as layout_settings
from cobby_desktop.ui import texts
from cobby_desktop.ui.inventory_model import (
    ROW_ROLE,
    Column,
    InventoryFilterProxy,
    InventoryTableModel,
)
from cobby_desktop.ui.main_window import MainWindow
from cobby_desktop.ui.store_access import StoreAccess
from tests.gui.window_support import (
    RecordingKeyring,
    ThreadLog,
    job_draining,
    open_window,
    recording_opener,
)
from tests.support.memory_keyring import MemoryKeyring
from tests.support.sample_data import populate

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


_drain_jobs = job_draining(2000)


def _row(label, url, major, version, ws=None, user="cobby", state=None, tested=None, outcome=None):
    shop_id = zlib.crc32(label.encode())  # not hash(): randomised per run, it collided
    shop = Shop(
        base_url=url, magento_major=MagentoMajor(major), label=label, id=shop_id,
        magento_version=version,
    )  # fmt: skip
    cred = None
    if state is not None:
        kind = CredentialKind.M1_API_KEY if major == 1 else CredentialKind.M2_INTEGRATION
        cred = Credential(
            shop_id=shop.id,
            kind=kind,
            api_user=user,
            state=state,
            last_tested_at=tested,
            last_test_outcome=outcome,
        )
    return InventoryRow(shop=shop, workspace=Workspace(name=ws) if ws else None, credential=cred)


def _labels(proxy) -> list[str]:
    return [proxy.index(r, 0).data(ROW_ROLE).shop.label for r in range(proxy.rowCount())]


def test_model_sorts_and_filters_across_columns(qtbot):
    rows = [
        _row(
            "Zeta",
            "https://zeta.test",
            2,
            "2.4.10",
            "Main",
            "cobby_z",
            CredentialState.ACTIVE,
            NOW - timedelta(days=3),
            Outcome.OK,
        ),
        _row(
            "Bäckerei",
            "https://baecker.test",
            1,
            "1.9.4.5",
            "Bakery",
            "api_user",
            CredentialState.REVOKED,
            NOW - timedelta(hours=2),
            Outcome.FAILED,
        ),
        _row(
            "Alpha",
            "https://alpha-shop.test",
            2,
            "2.4.7-p3",
            None,
            "integration",
            CredentialState.DRAFT,
        ),
        _row("Mango", "https://mango.test", 2, None),
    ]
    model = InventoryTableModel(now=lambda: NOW)
    proxy = InventoryFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(rows)

    proxy.sort(Column.SHOP, Qt.SortOrder.AscendingOrder)
    assert _labels(proxy) == ["Alpha", "Bäckerei", "Mango", "Zeta"]  # ä sorts with a
    proxy.sort(Column.MAGENTO, Qt.SortOrder.AscendingOrder)
    assert _labels(proxy) == ["Bäckerei", "Mango", "Alpha", "Zeta"]  # 2.4.7 < 2.4.10
    proxy.sort(Column.LAST_TEST, Qt.SortOrder.DescendingOrder)
    assert _labels(proxy)[:2] == ["Bäckerei", "Zeta"]  # newest test first
    proxy.sort(Column.STATE, Qt.SortOrder.AscendingOrder)
    assert _labels(proxy) == ["Zeta", "Alpha", "Bäckerei", "Mango"]

    # Display texts: the age, the state, a dash where nothing is known.
    zeta = model.index(model.row_for_shop(rows[0].shop.id), Column.LAST_TEST)
    three_days = texts.relative_age(NOW - timedelta(days=3), NOW)
    passed_3_days = f"{texts.outcome_label(Outcome.OK)} · {three_days}"
    assert zeta.data() == passed_3_days
    assert model.index(model.row_for_shop(rows[3].shop.id), Column.STATE).data() == (
        texts.state_label(None)
    )

    for text, expected in [
        ("bakery", ["Bäckerei"]),  # workspace
        ("INTEGRATION", ["Alpha"]),  # API user, any case
        ("alpha-shop", ["Alpha"]),  # the URL, not a visible column
        (texts.state_label(CredentialState.REVOKED), ["Bäckerei"]),  # state, as shown
        ("1.9", ["Bäckerei"]),  # the version
        ("2.4 cobby_z", ["Zeta"]),  # every word must match somewhere
        ("nothing-like-this", []),
        ("", ["Zeta", "Alpha", "Bäckerei", "Mango"]),
    ]:
        proxy.set_search(text)
        assert sorted(_labels(proxy)) == sorted(expected), text


def test_window_shows_rows_from_the_real_store(qtbot, vault, sample):
    window = open_window(qtbot, vault)
    assert window.stack.currentWidget() is window.splitter
    assert window.model.rowCount() == 20
    assert window.proxy.rowCount() == 20
    assert window.count_label.text() == i18n.translate("MainWindow", "%n shops", 20)
    shown = {window.proxy.index(r, Column.SHOP).data() for r in range(20)}
    assert shown == {s.label for s in sample.shops}
    # The first row is selected so the detail pane is never empty.
    assert window.detail.row is not None
    assert window.detail.title.text() == window.proxy.index(0, 0).data()


def test_empty_state_invites_to_connect_a_shop(qtbot, vault):
    window = open_window(qtbot, vault)
    assert window.stack.currentWidget() is window.empty
    assert window.empty.button.text() == i18n.translate("EmptyState", "Connect a shop…")
    with qtbot.waitSignal(window.connect_shop_requested, timeout=1000):
        qtbot.mouseClick(window.empty.button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.connect_shop_requested, timeout=1000):
        window.act_connect.trigger()


def test_selection_fills_the_detail_pane_with_history(qtbot, vault, sample):
    shop = next(s for s in sample.shops if s.label == "Kaffeerösterei Braun")
    with Inventory.open() as inventory:
        checks = inventory.checks(shop.id)
        cred = inventory.current_credential(shop.id)
    window = open_window(qtbot, vault)
    assert window.select_shop(shop.id)
    pane = window.detail
    assert pane.title.text() == "Kaffeerösterei Braun"
    assert shop.base_url in pane.url.text()
    assert pane.values["magento"].text() == "1.9.4.5 (Community)"
    assert pane.values["api_user"].text() == cred.api_user
    assert pane.values["workspace"].text() == "Kaffeerösterei Braun"
    assert i18n.translate("DetailPane", "Magento 1 API key (SOAP / XML-RPC)") in (
        pane.values["credential"].text()
    )
    assert list(pane.secrets.copy_buttons()) == ["api_key", "license_key"]
    qtbot.waitUntil(lambda: pane.history.topLevelItemCount() == min(len(checks), 8), timeout=3000)
    # The stored code is shown as its finding's title; a clean check as the
    # report's "connection works" sentence.

    shown = pane.history.topLevelItem(0).text(2)
    assert shown and shown != checks[0].summary
    assert shown == i18n.stored_summary(checks[0].summary or "The connection works.")


def _activate(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def test_keyboard_search_and_row_navigation(qtbot, vault, sample):
    window = open_window(qtbot, vault)
    _activate(qtbot, window)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus, timeout=1000)

    qtbot.keyClicks(window.search, "nord")
    assert _labels(window.proxy) == ["Nordlicht Outdoor"]
    assert window.count_label.text() == i18n.translate(
        "MainWindow", "Showing %1 of %2 shops"
    ).replace("%1", "1").replace("%2", "20")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.table.hasFocus()
    assert window.detail.title.text() == "Nordlicht Outdoor"

    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.proxy.rowCount() == 20

    window.table.setFocus()
    window._select_proxy_row(0)
    first = window.detail.title.text()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == 1
    second = window.detail.title.text()
    assert second != first and second == window.proxy.index(1, 0).data()
    qtbot.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.table.currentIndex().row() == 19
    assert window.detail.title.text() == window.proxy.index(19, 0).data()

    # Every action has a shortcut or a menu mnemonic; every control a name.
    assert window.act_connect.shortcut().toString()
    assert window.act_test.shortcut().toString() == "Ctrl+T"
    for widget in (
        window.search,
        window.table,
        window.detail.test_button,
        window.detail.secrets.reveal_button,
        *window.detail.secrets.copy_buttons().values(),
    ):
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_layout_is_remembered(qtbot, vault, sample):
    settings_path = paths.data_dir() / layout_settings.FILE_NAME
    first = open_window(qtbot, vault)
    first.resize(761, 555)  # the offscreen screen is 800x600
    first.splitter.setSizes([450, 311])
    first.table.setColumnWidth(Column.WORKSPACE, 240)
    first.table.sortByColumn(Column.MAGENTO, Qt.SortOrder.DescendingOrder)
    sizes = first.splitter.sizes()
    first.close()
    assert settings_path.exists()

    second = open_window(
        qtbot, vault, settings=QSettings(str(settings_path), QSettings.Format.IniFormat)
    )
    assert (second.width(), second.height()) == (761, 555)
    assert second.splitter.sizes() == sizes
    assert second.table.columnWidth(Column.WORKSPACE) == 240
    header = second.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.MAGENTO
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_no_inventory_or_keychain_work_on_the_gui_thread(qtbot):
    log = ThreadLog()
    backend = RecordingKeyring(log)
    vault = Vault(backend)
    with Inventory.open() as inventory:  # a second, recorded set of secrets
        populate(inventory, vault, count=3, seed=11)
    log.calls.clear()

    def tester(inventory, vault_, row, ctx):
        log.add("tester")
        vault_.credential_secrets(row.credential)
        return inventory.record_check(
            CheckRecord(
                shop_id=row.shop.id,
                credential_id=row.credential.id,
                at=datetime.now(UTC),
                outcome=Outcome.OK,
                summary="ok",
            )
        )

    store = StoreAccess(opener=recording_opener(log), vault=vault)
    window = open_window(qtbot, vault, store=store, tester=tester, clipboard_clear_ms=100)
    row = next(
        r
        for r in window.model.rows()
        if r.credential
        and r.shop.magento_major == 1
        and r.credential.state is CredentialState.ACTIVE
    )
    window.select_shop(row.shop.id)
    with qtbot.waitSignal(window.guard.expired, timeout=3000):
        window.detail.secrets.copy("api_key")
    window.detail.secrets.reveal_button.click()
    qtbot.waitUntil(lambda: window.detail.secrets.field_text("api_key") != "•" * 16, timeout=3000)
    with qtbot.waitSignal(window.rows_loaded, timeout=5000):
        window.test_selected()
    window.search.setText("a")

    names = {name for name, _ in log.calls}
    assert {
        "inventory.open",
        "inventory.rows",
        "inventory.checks",
        "inventory.log_activity",
        "keyring.get_password",
        "tester",
        "inventory.record_check",
    } <= names
    assert log.on_main_thread() == []


def test_test_connection_runs_the_tester_and_refreshes(qtbot, vault, sample):
    seen = []

    def tester(inventory, vault_, row, ctx):
        ctx.progress("credentials")
        seen.append(row.shop.label)
        inventory.record_check(
            CheckRecord(
                shop_id=row.shop.id,
                credential_id=row.credential.id,
                at=datetime.now(UTC),
                outcome=Outcome.FAILED,
                summary="The shop rejected the API key.",
            )
        )
        return type("Report", (), {"ok": False})()

    window = open_window(qtbot, vault, tester=tester)
    shop = next(s for s in sample.shops if s.label == "Gartenwelt Müller")
    window.select_shop(shop.id)
    with qtbot.waitSignal(window.test_finished, timeout=5000):
        qtbot.mouseClick(window.detail.test_button, Qt.MouseButton.LeftButton)
    assert seen == ["Gartenwelt Müller"]
    qtbot.waitUntil(
        lambda: window.detail.values["last_test"].text().startswith(
            f"{texts.outcome_label(Outcome.FAILED)}, {i18n.translate('Texts', 'just now')}"
        ),
        timeout=5000,
    )
    assert window.detail.test_status.text() == i18n.translate(
        "MainWindow", "The test of %1 found problems. See the check history."
    ).replace("%1", "Gartenwelt Müller")


def test_unopenable_inventory_says_why_and_stays_usable(qtbot, vault):
    paths.database_path().write_bytes(b"this is not a database" * 100)
    window = open_window_problem(qtbot, vault)
    assert window.stack.currentWidget() is window.problem_page
    assert window.last_problem.source == "inventory"
    assert window.last_problem.message in window.problem_text.text()
    dialog = window.findChild(QMessageBox, "problemDialog")
    assert dialog is not None and dialog.isVisible()
    assert window.last_problem.message == dialog.text()
    dialog.close()
    # The file is never overwritten; once the merchant moved it away, Try again works.
    assert paths.database_path().read_bytes().startswith(b"this is not a database")
    paths.database_path().rename(paths.data_dir() / "moved-away.sqlite3")
    with qtbot.waitSignal(window.rows_loaded, timeout=5000):
        qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.empty


def open_window_problem(qtbot, vault) -> MainWindow:
    store = StoreAccess(vault=vault)
    window = MainWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitSignal(store.problem, timeout=5000):
        window.show()
    return window


class LockedKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("The collection is locked")


def test_locked_keychain_is_explained(qtbot, sample):
    window = open_window(qtbot, Vault(LockedKeyring()))
    with qtbot.waitSignal(window.store.problem, timeout=5000) as blocker:
        window.detail.secrets.reveal_button.click()
    problem = blocker.args[0]
    assert problem.source == "vault" and problem.kind == "locked"
    dialog = window.findChild(QMessageBox, "problemDialog")
    assert dialog.windowTitle() == i18n.translate("MainWindow", "The keychain is locked")
    assert dialog.text() == i18n.explain(problem) and problem.message
    qtbot.waitUntil(lambda: not window.detail.secrets.revealed, timeout=2000)
    assert window.detail.secrets.field_text(window.detail.secrets.subject.fields()[0]) == "•" * 16
