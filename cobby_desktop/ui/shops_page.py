"""The main window's shops page: the title, the search, the shops table and the
selected shop's details beside it, with their default column widths.

Built once, after the first paint when the app starts (the window shows
"Opening the inventory…" first); so the table's and the details' modules load
only here. The texts keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop.domain.model import CredentialState
from cobby_desktop.ui import texts
from cobby_desktop.ui.detail_pane import DetailPane
from cobby_desktop.ui.empty_state import EmptyState
from cobby_desktop.ui.inventory_model import BadgeDelegate, Column, apply_group_spans

if TYPE_CHECKING:
    from datetime import datetime

    from cobby_desktop.ui.main_window import MainWindow


def build_page(window: MainWindow, now: Callable[[], datetime]) -> None:
    """The empty state and the shops page (search and table | details), added
    to the window's stack; the window's `proxy` and `guard` exist already."""
    window.empty = EmptyState(window)
    window.empty.connect_requested.connect(window.connect_shop_requested)
    window.stack.addWidget(window.empty)

    # Left: title, search and table.
    left = QWidget(window)
    header_row = _build_list_header(window, left)
    _build_table(window, left)
    window.no_match = QLabel(
        QCoreApplication.translate("MainWindow", "No shop matches your search."), left
    )
    window.no_match.setObjectName("hint")
    window.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.no_match.hide()

    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(16, 12, 8, 12)
    left_layout.setSpacing(10)
    left_layout.addLayout(header_row)
    left_layout.addWidget(window.table, 1)
    left_layout.addWidget(window.no_match)

    window.detail = DetailPane(window.store, window.guard, window, now=now)
    window.detail.test_requested.connect(window.start_test)

    window.splitter = QSplitter(Qt.Orientation.Horizontal, window)
    window.splitter.setObjectName("mainSplitter")
    window.splitter.setChildrenCollapsible(False)
    window.splitter.addWidget(left)
    window.splitter.addWidget(window.detail)
    window.splitter.setStretchFactor(0, 3)
    window.splitter.setStretchFactor(1, 2)
    window.stack.addWidget(window.splitter)

    QWidget.setTabOrder(window.search, window.table)
    QWidget.setTabOrder(window.table, window.detail.test_button)
    _apply_default_columns(window)


def _build_list_header(window: MainWindow, left: QWidget) -> QHBoxLayout:
    window.list_title = QLabel(QCoreApplication.translate("MainWindow", "Shops"), left)
    window.list_title.setObjectName("inventoryTitle")
    big = QFont(window.list_title.font())
    big.setPointSizeF(big.pointSizeF() * 1.3)
    window.list_title.setFont(big)
    search = window.search = QLineEdit(left)
    search.setObjectName("search")
    search.setPlaceholderText(
        QCoreApplication.translate("MainWindow", "Search shops, workspaces, API users…")
    )
    search.setAccessibleName(QCoreApplication.translate("MainWindow", "Search"))
    search.setClearButtonEnabled(True)
    search.setMinimumWidth(window.fontMetrics().horizontalAdvance("M") * 18)
    search.textChanged.connect(window.search_changed)
    search.installEventFilter(window)  # arrow down / Enter / Escape: MainWindow.eventFilter
    window.group_button = QToolButton(left)
    window.group_button.setDefaultAction(window.act_group)
    window.group_button.setObjectName("groupButton")
    header_row = QHBoxLayout()
    header_row.addWidget(window.list_title)
    header_row.addStretch(1)
    header_row.addWidget(window.group_button)
    header_row.addWidget(search, 2)
    return header_row


def _build_table(window: MainWindow, left: QWidget) -> None:
    table = window.table = QTableView(left)
    table.setObjectName("inventoryTable")
    table.setAccessibleName(QCoreApplication.translate("MainWindow", "Shops"))
    table.setModel(window.proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
    table.verticalHeader().hide()
    row_height = window.fontMetrics().height() + 14
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    window.badges = BadgeDelegate(table)
    table.setItemDelegateForColumn(Column.STATE, window.badges)
    table.setItemDelegateForColumn(Column.LAST_TEST, window.badges)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionsMovable(True)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.selectionModel().currentRowChanged.connect(window.current_changed)
    table.doubleClicked.connect(lambda _index: window.open_selected())
    # Header rows span the table; re-laid once per burst of model changes.
    span_timer = QTimer(window)
    span_timer.setSingleShot(True)
    span_timer.setInterval(0)
    span_timer.timeout.connect(lambda: apply_group_spans(table))
    for signal in (
        window.proxy.layoutChanged,
        window.proxy.modelReset,
        window.proxy.rowsInserted,
        window.proxy.rowsRemoved,
    ):
        signal.connect(lambda *_: span_timer.start())


def _widest_state_badge(table: QTableView) -> int:
    """The longest state in this language ("Wird erneuert") fits its badge."""
    bold = QFont(table.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    states = (None, *CredentialState)
    return max(metrics.horizontalAdvance(texts.state_label(state)) for state in states)


def _apply_default_columns(window: MainWindow) -> None:
    """Column widths in character units, the splitter two thirds to one."""
    ch = max(6, window.fontMetrics().averageCharWidth())
    widths = {
        Column.SHOP: 27 * ch,
        Column.MAGENTO: 15 * ch,
        Column.WORKSPACE: 20 * ch,
        Column.API_USER: 17 * ch,
        Column.STATE: max(17 * ch, _widest_state_badge(window.table) + 6 * ch),
    }
    for column, width in widths.items():
        window.table.setColumnWidth(column, width)
    window.table.sortByColumn(Column.SHOP, Qt.SortOrder.AscendingOrder)
    width = window.width()
    window.splitter.setSizes([int(width * 0.66), int(width * 0.34)])
