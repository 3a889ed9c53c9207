"""The inventory table: a model over InventoryRow, a proxy that filters as the
merchant types, and a delegate that draws states as coloured badges."""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.domain.grouping import WorkspaceGroup, group_rows
from cobby_desktop.domain.model import InventoryRow, Workspace
from cobby_desktop.ui import texts

_Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the InventoryRow itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
BADGE_ROLE = Qt.ItemDataRole.UserRole + 3  # (text colour, background) for the delegate
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4  # everything the search box may match
BADGE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 5  # (badge text, plain text after it)
# (group number, 0 for the workspace's header row / 1 for a shop); None when not grouped
GROUP_ROLE = Qt.ItemDataRole.UserRole + 6


class Column(enum.IntEnum):
    SHOP = 0
    MAGENTO = 1
    WORKSPACE = 2
    API_USER = 3
    STATE = 4
    LAST_TEST = 5


def _version_key(version: str | None) -> tuple[int, ...]:
    parts = []
    for piece in (version or "").replace("-", ".").split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def magento_text(row: InventoryRow) -> str:
    """'2.4.7-p3' when known (it implies the major version), else 'Magento 2'."""
    shop = row.shop
    return shop.magento_version or f"Magento {int(shop.magento_major)}"


def _collation_key(text: str) -> str:
    """Sort 'Bäckerei' with the Bs, not after Z."""
    if text.isascii():  # nothing to decompose (most names): skip the normalising
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_STATE_ORDER = {"active": 0, "rotating": 1, "draft": 2, "revoked": 3}
_Layout = tuple[list, list, list, list, dict]


class _Pass:
    """Texts and keys many rows share (labels, versions, names), made once per
    `set_rows` or `refresh_ages` rather than once per row."""

    def __init__(self, now: datetime, dash: str) -> None:
        self.now, self.dash = now, dash
        self._memo: dict[tuple[object, ...], Any] = {}

    def get(self, key: tuple[object, ...], make: Callable[[], Any]) -> Any:
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = make()
            return value

    def collation_key(self, text: str) -> str:
        return self.get(("collate", text), lambda: _collation_key(text))

    def last_test(self, row: InventoryRow) -> str:
        cred = row.credential
        tested = cred.last_tested_at if cred else None
        outcome = cred.last_test_outcome if cred else None
        return self.get(
            ("last test", outcome, tested),
            lambda: InventoryTableModel.last_test_text(row, self.now),
        )


class _Cached:
    """What sorting and searching need of one table line, computed when the
    rows arrive (and the age part when ages change), never per comparison or
    keystroke: with 10,000 shops the proxy would otherwise recompute them
    hundreds of thousands of times on the GUI thread."""

    __slots__ = ("row", "shown", "keys", "head", "tail", "tested", "search")

    def __init__(self, row: InventoryRow | None, search: str = "") -> None:
        self.row = row
        self.shown: tuple[str, ...] = ()  # the display texts that do not age (not Last test)
        self.keys: tuple[object, ...] = ()
        self.head = self.tail = ""  # the search text around the Last test column
        self.tested: datetime | None = None  # only these lines have an age to refresh
        self.search = search


class InventoryTableModel(QAbstractTableModel):
    """Shops, one per row; grouped by workspace, each group starts with a header
    row (ROW_ROLE None) naming the workspace.

    The model sorts itself (`sort`, called by InventoryFilterProxy) from sort
    keys computed once per row; the proxy only filters."""

    def __init__(
        self,
        parent: QObject | None = None,
        now: Callable[[], datetime] = texts.now_utc,
    ) -> None:
        super().__init__(parent)
        self._rows: list[InventoryRow] = []
        self._cache: dict[int, _Cached] = {}  # id(row) -> its sort keys and search text
        self._workspaces: list[Workspace] = []
        self._grouped = False
        self._groups: list[WorkspaceGroup] = []
        self._sort_column = -1  # -1: the order the rows came in
        self._sort_order = Qt.SortOrder.AscendingOrder
        # What the table shows: shops, or headers and shops when grouped.
        self._entries: list[InventoryRow | WorkspaceGroup] = []
        self._info: list[_Cached] = []  # per entry
        self._group_of: list[tuple[int, int]] = []  # per entry: (group number, 0 header/1 shop)
        self._header_at: list[int] = []  # per entry: the source row of its group's header
        self._shop_at: dict[int, int] = {}  # shop id -> entry
        self._now = now

    def headers(self) -> list[str]:
        return [
            self.tr("Shop"),
            self.tr("Magento"),
            self.tr("Workspace"),
            self.tr("API user"),
            self.tr("State"),
            self.tr("Last test"),
        ]

    # -- content -------------------------------------------------------------
    def set_rows(self, rows: list[InventoryRow], described: Described | None = None) -> None:
        """`described`: `describe_rows(rows, ...)` done already, on the worker
        that read a large inventory."""
        # Everything is computed and sorted before the reset, so the views and
        # the proxy see one reset of an already ordered model.
        new_rows = list(rows)
        cache = described if described is not None else describe_rows(new_rows, self._now())
        groups = group_rows(new_rows, self._workspaces) if self._grouped else []
        layout = self._layout(new_rows, cache, groups)
        self.beginResetModel()
        self._rows, self._cache, self._groups = new_rows, cache, groups
        self._apply(layout)
        self.endResetModel()

    def set_workspaces(self, workspaces: list[Workspace]) -> None:
        """All workspaces, so the grouped view shows those without a shop too
        (takes effect with the next `set_rows`)."""
        self._workspaces = list(workspaces)

    def set_grouped(self, grouped: bool) -> None:
        if grouped == self._grouped:
            return
        self.beginResetModel()
        self._grouped = grouped
        self._groups = group_rows(self._rows, self._workspaces) if grouped else []
        self._apply(self._layout(self._rows, self._cache, self._groups))
        self.endResetModel()

    @property
    def grouped(self) -> bool:
        return self._grouped

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the shops by a column (inside their groups when grouped);
        selections and other persistent indexes follow their rows."""
        self.layoutAboutToBeChanged.emit()
        before = self._entries
        self._sort_column = column if 0 <= column < len(Column) else -1
        self._sort_order = order
        self._apply(self._layout(self._rows, self._cache, self._groups))
        old = self.persistentIndexList()
        if old:
            moved = {id(entry): number for number, entry in enumerate(self._entries)}
            self.changePersistentIndexList(
                old,
                [self.index(moved[id(before[i.row()])], i.column()) for i in old],
            )
        self.layoutChanged.emit()

    def _ordered(
        self, rows: Sequence[InventoryRow], cache: dict[int, _Cached]
    ) -> list[InventoryRow]:
        if self._sort_column < 0:
            return list(rows)
        column = self._sort_column
        # Stable in both directions, as the proxy's own sort was.
        return sorted(
            rows,
            key=lambda row: cache[id(row)].keys[column],  # type: ignore[arg-type,return-value]
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _layout(
        self, rows: list[InventoryRow], cache: dict[int, _Cached], groups: list[WorkspaceGroup]
    ) -> _Layout:
        """(entries, their cached data, group numbers, header rows, shop id -> row)."""
        if not self._grouped:
            entries: list = self._ordered(rows, cache)
            info = [cache[id(row)] for row in entries]
            group_of: list[tuple[int, int]] = []
            header_at: list[int] = []
        else:
            entries, info, group_of, header_at = [], [], [], []
            for number, group in enumerate(groups):
                header = len(entries)
                members = self._ordered(group.rows, cache)
                name = group.workspace.name if group.workspace else ""
                entries.append(group)
                entries.extend(members)
                info.append(_Cached(None, name.casefold()))
                info.extend(cache[id(row)] for row in members)
                group_of.append((number, 0))
                group_of.extend((number, 1) for _ in members)
                header_at.extend([header] * (len(members) + 1))
        shop_at: dict[int, int] = {}
        for number, item in enumerate(info):
            if item.row is not None and item.row.shop.id is not None:
                shop_at.setdefault(item.row.shop.id, number)
        return entries, info, group_of, header_at, shop_at

    def _apply(self, layout: _Layout) -> None:
        self._entries, self._info, self._group_of, self._header_at, self._shop_at = layout

    def rows(self) -> list[InventoryRow]:
        return list(self._rows)

    def shop_count(self) -> int:
        return len(self._rows)

    def is_header(self, source_row: int) -> bool:
        return self._info[source_row].row is None

    def header_row(self, source_row: int) -> int | None:
        """The source row of the workspace header above a shop (grouped only)."""
        return self._header_at[source_row] if self._grouped else None

    def group_members(self, source_row: int) -> range:
        """The source rows of the shops under a header row."""
        entry = self._entries[source_row]
        size = len(entry.rows) if isinstance(entry, WorkspaceGroup) else 0
        return range(source_row + 1, source_row + 1 + size)

    def row_for_shop(self, shop_id: int) -> int | None:
        return self._shop_at.get(shop_id)

    def search_text(self, source_row: int) -> str:
        """Everything the search box may match in a line, casefolded (a header:
        its workspace's name)."""
        return self._info[source_row].search

    def matches(self, source_row: int, terms: list[str]) -> bool:
        """Whether every (casefolded) term appears in the line; grouped, a header
        matches with any of its shops, and a shop with its workspace's name."""
        info = self._info

        def hit(row: int) -> bool:
            text = info[row].search
            return all(term in text for term in terms)

        if self._grouped:
            if info[source_row].row is None:
                return hit(source_row) or any(hit(r) for r in self.group_members(source_row))
            if hit(self._header_at[source_row]):
                return True
        return hit(source_row)

    def refresh_ages(self) -> None:
        """Ages change with time alone: renew the age in the search texts and
        repaint the Last test column (sort keys are absolute times and stay)."""
        shared = _Pass(self._now(), "")
        for item in self._cache.values():
            if item.tested is not None and item.row is not None:
                item.search = self._search(item, shared.last_test(item.row))
        if self._entries:
            top = self.index(0, Column.LAST_TEST)
            bottom = self.index(len(self._entries) - 1, Column.LAST_TEST)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole, SEARCH_ROLE])

    @staticmethod
    def _search(item: _Cached, last_test: str) -> str:
        return f"{item.head} {last_test.casefold()} {item.tail}"

    # -- Qt model API -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.isValid() and index.row() < len(self._entries) and self.is_header(index.row()):
            # Not enabled: the arrow keys and clicks skip over workspace headers.
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        row = self._entries[index.row()]
        if role == GROUP_ROLE:
            return self._group_of[index.row()] if self._grouped else None
        if role == SEARCH_ROLE:
            return self._info[index.row()].search
        if isinstance(row, WorkspaceGroup):
            return self._header_data(row, index.column(), role)
        column = Column(index.column())
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is Column.LAST_TEST:  # the age, as of this paint
                return self.last_test_text(row, self._now())
            return self._info[index.row()].shown[column]
        if role == SORT_ROLE:
            return self._info[index.row()].keys[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == BADGE_ROLE:
            return self._badge(row, column)
        if role == BADGE_TEXT_ROLE:
            return self._badge_text(row, column)
        return None

    def _header_data(self, group: WorkspaceGroup, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:  # headers are disabled items: not grey
            return QPalette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QPalette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
        if column != Column.SHOP or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        if group.workspace is None:
            return self.tr("Shops without a workspace")
        count = len(group.rows)
        if count == 0:
            what = self.tr("no shop yet")
        else:
            what = self.tr("%n shops", "", count)
        text = self.tr("%1 · %2").replace("%1", group.workspace.name).replace("%2", what)
        if not group.workspace.has_license_key:
            text += " · " + self.tr("no license key stored")
        return text

    @staticmethod
    def last_test_text(row: InventoryRow, now: datetime) -> str:
        """'Passed · 3 days ago', 'Not tested'."""
        cred = row.credential
        if cred is None or cred.last_tested_at is None:
            return texts.outcome_label(None)
        return f"{texts.outcome_label(cred.last_test_outcome)} · " + texts.relative_age(
            cred.last_tested_at, now
        )

    def _tooltip(self, row: InventoryRow, column: Column) -> str | None:
        cred = row.credential
        if column is Column.SHOP:
            return row.shop.base_url
        if column is Column.MAGENTO and row.shop.magento_edition:
            return f"{magento_text(row)} ({row.shop.magento_edition})"
        if column is Column.LAST_TEST and cred is not None and cred.last_tested_at:
            stored = cred.last_test_summary
            summary = i18n.stored_summary(stored) if stored else ""
            return f"{texts.local_time(cred.last_tested_at)} {summary}".strip()
        return None

    def _badge(self, row: InventoryRow, column: Column) -> tuple[QColor, QColor] | None:
        cred = row.credential
        if column is Column.STATE:
            return texts.state_colours(cred.state if cred else None)
        if column is Column.LAST_TEST:
            return texts.outcome_colours(cred.last_test_outcome if cred else None)
        return None

    def _badge_text(self, row: InventoryRow, column: Column) -> tuple[str, str] | None:
        cred = row.credential
        if column is Column.STATE:
            return texts.state_label(cred.state if cred else None), ""
        if column is Column.LAST_TEST:
            if cred is None or cred.last_tested_at is None:
                return texts.outcome_label(None), ""
            return (
                texts.outcome_label(cred.last_test_outcome, short=True),
                texts.relative_age(cred.last_tested_at, self._now()),
            )
        return None


Described = dict[int, _Cached]  # id(row) -> what sorting and searching need


def describe_rows(rows: Sequence[InventoryRow], now: datetime) -> Described:
    """Each row's sort keys, texts and search text. Plain Python (translations
    are thread-safe), so a large inventory is described on the worker that read
    it and the GUI thread only sorts and shows."""
    shared = _Pass(now, QCoreApplication.translate("InventoryTableModel", "—"))
    return {id(row): _describe(row, shared) for row in rows}


def _describe(row: InventoryRow, shared: _Pass) -> _Cached:
    item = _Cached(row)
    shop, cred = row.shop, row.credential
    state = cred.state if cred else None
    item.shown = (
        shop.display_name,
        shared.get(
            ("magento", shop.magento_major, shop.magento_version), lambda: magento_text(row)
        ),
        row.workspace.name if row.workspace else shared.dash,
        cred.api_user if cred else shared.dash,
        shared.get(("state", state), lambda: texts.state_label(state)),
    )
    item.keys = (
        _collation_key(item.shown[Column.SHOP]),
        shared.get(
            ("version", shop.magento_major, shop.magento_version),
            lambda: (int(shop.magento_major), _version_key(shop.magento_version)),
        ),
        shared.collation_key(item.shown[Column.WORKSPACE]),
        shared.collation_key(item.shown[Column.API_USER]),
        _STATE_ORDER.get(state.value, len(_STATE_ORDER)) if state else len(_STATE_ORDER),
        texts.as_utc(cred.last_tested_at).timestamp()
        if cred is not None and cred.last_tested_at is not None
        else 0.0,
    )
    item.head = " ".join(item.shown).casefold()
    item.tail = " ".join(
        [shop.base_url, shop.magento_edition or "", f"magento {int(shop.magento_major)}"]
    ).casefold()
    item.tested = cred.last_tested_at if cred is not None else None
    item.search = InventoryTableModel._search(item, shared.last_test(row))
    return item


class InventoryFilterProxy(QSortFilterProxyModel):
    """Every word typed must appear somewhere in the row (any column, or the URL).

    Over an InventoryTableModel the proxy only filters, from the model's cached
    search texts: `sort` hands the ordering to the model, which sorts its rows
    once in Python (a sort inside the proxy asks the model for two sort keys per
    comparison, ~150,000 calls into Python for 10,000 shops)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)  # a dataChanged of it (ages) re-filters the rows
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, InventoryTableModel):
            model.sort(column, order)  # the proxy keeps the model's order
        else:
            super().sort(column, order)

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._terms = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._terms = text.casefold().split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._terms:
            return True
        model = self.sourceModel()
        if isinstance(model, InventoryTableModel):
            return model.matches(source_row, self._terms)
        haystack = str(model.index(source_row, 0, source_parent).data(SEARCH_ROLE) or "")
        return all(term in haystack for term in self._terms)

    def shop_rows(self) -> list[int]:
        """The proxy rows that are shops (not workspace headers)."""
        model = self.sourceModel()
        count = self.rowCount()
        if not isinstance(model, InventoryTableModel):
            return [r for r in range(count) if self.index(r, 0).data(ROW_ROLE) is not None]
        if not model.grouped:
            return list(range(count))  # no headers: every row is a shop
        return [r for r in range(count) if not model.is_header(self._source_row(r))]

    def first_shop_row(self) -> int:
        """The first proxy row that is a shop, -1 when none is shown."""
        model = self.sourceModel()
        for row in range(self.rowCount()):
            if isinstance(model, InventoryTableModel):
                if not model.is_header(self._source_row(row)):
                    return row
            elif self.index(row, 0).data(ROW_ROLE) is not None:
                return row
        return -1

    def _source_row(self, row: int) -> int:
        return self.mapToSource(self.index(row, 0)).row()


class BadgeDelegate(QStyledItemDelegate):
    """Draws State and Last test as a rounded, coloured badge, then any plain
    text (the age) after it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        colours = index.data(BADGE_ROLE)
        parts = index.data(BADGE_TEXT_ROLE)
        if not colours or not parts:
            super().paint(painter, option, index)
            return
        fg, bg = colours
        badge_text, trailing = parts
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget: QWidget | None = option.widget
        style = widget.style() if widget else None
        if style is not None:  # selection and focus background, without text
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(opt.font)
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        pad_x, pad_y = metrics.height() // 2, max(2, metrics.height() // 6)
        rect = option.rect.adjusted(6, 0, -6, 0)
        natural = metrics.horizontalAdvance(badge_text) + 2 * pad_x + 2
        width = min(rect.width(), natural)
        height = min(rect.height() - 4, metrics.height() + 2 * pad_y)
        badge = QRect(rect.left(), rect.center().y() - height // 2 + 1, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(fg)
        painter.setFont(font)
        elided = badge_text
        if width < natural:  # only when the column really is too narrow
            elided = metrics.elidedText(badge_text, Qt.TextElideMode.ElideRight, width - 2 * pad_x)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, elided)
        if trailing and rect.width() > width + pad_x:
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            painter.setPen(opt.palette.color(role))
            painter.setFont(opt.font)
            rest = rect.adjusted(width + pad_x // 1, 0, 0, 0)
            text = opt.fontMetrics.elidedText(trailing, Qt.TextElideMode.ElideRight, rest.width())
            painter.drawText(rest, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        metrics = option.fontMetrics
        return QSize(
            size.width() + metrics.height() + 12, max(size.height(), metrics.height() + 12)
        )


def apply_group_spans(view: QTableView) -> None:
    """Let each workspace header row span the whole width of the table."""
    view.clearSpans()
    model = view.model()
    if model is None or model.rowCount() == 0:
        return
    if model.index(0, 0).data(GROUP_ROLE) is None:
        return  # not grouped
    columns = model.columnCount()
    for row in range(model.rowCount()):
        group = model.index(row, 0).data(GROUP_ROLE)
        if group is not None and group[1] == 0:
            view.setSpan(row, 0, 1, columns)
