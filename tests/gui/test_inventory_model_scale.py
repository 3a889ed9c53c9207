"""The inventory model computes each row's sort keys and search text once (in
set_rows) and renews only the age part (in refresh_ages); the model sorts
itself and the proxy only filters. These tests check that the cached values
always give what the table shows: the same order as sorting the displayed
values, the same matches as searching the displayed texts, after time passes
and after the rows change. Behaviour only; speed is in the benchmark."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QAbstractItemModel, QPersistentModelIndex, Qt

from cobby_desktop.domain.model import (
    Credential,
    CredentialKind,
    CredentialState,
    InventoryRow,
    MagentoMajor,
    Shop,
    TestOutcome,
    Workspace,
)
from cobby_desktop.ui import texts
from cobby_desktop.ui.inventory_model import (
    GROUP_ROLE,
    ROW_ROLE,
    SEARCH_ROLE,
    Column,
    InventoryFilterProxy,
    InventoryTableModel,
)

START = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def _age(**delta: int) -> str:
    """The table's words for an age ("4 days ago", "vor 4 Tagen"): searched as typed."""
    return texts.relative_age(START - timedelta(**delta), START)


def _unit(**delta: int) -> str:
    """The words of an age without its number ("minutes ago", "vor Minuten")."""
    return " ".join(word for word in _age(**delta).split() if not word.isdigit())
NAMES = ["Bäckerei", "Baumarkt", "Émile", "Eagle", "zoo", "Zander", "Öko", "Ofen", "mango"]


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def make_rows(count: int, seed: int = 7) -> list[InventoryRow]:
    rng = random.Random(seed)
    workspaces = [Workspace(name=n, id=i + 1) for i, n in enumerate(["Nord", "Süd", "Ost", "West"])]
    outcomes = [TestOutcome.OK, TestOutcome.NOTICE, TestOutcome.FAILED, None]
    rows = []
    for i in range(count):
        major = MagentoMajor.M1 if i % 3 == 0 else MagentoMajor.M2
        shop = Shop(
            base_url=f"https://shop{i:04d}.example/",
            magento_major=major,
            label=f"{rng.choice(NAMES)} {rng.randint(1, 50)}",
            id=i + 1,
            magento_version=None if i % 7 == 0 else f"{int(major)}.{rng.randint(0, 4)}.{i % 11}",
        )
        credential = None
        if i % 5:
            outcome = outcomes[i % 4]
            credential = Credential(
                shop.id,
                CredentialKind.M1_API_KEY if major == 1 else CredentialKind.M2_INTEGRATION,
                rng.choice(["cobby", "Cobby_Api", "ärger"]),
                state=rng.choice(list(CredentialState)),
                last_tested_at=START - timedelta(minutes=rng.randint(0, 4000)) if outcome else None,
                last_test_outcome=outcome,
            )
        workspace = rng.choice([*workspaces, None])
        rows.append(InventoryRow(shop=shop, workspace=workspace, credential=credential))
    return rows


def fold(text: str) -> str:
    """The expected collation, written independently: accents do not count."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )


def shown_texts(proxy: QAbstractItemModel, row: int) -> list[str]:
    return [proxy.index(row, c).data() for c in Column]


def expected_search(proxy: QAbstractItemModel, row: int) -> str:
    """What a search may match, rebuilt from what the table displays now."""
    shop = proxy.index(row, 0).data(ROW_ROLE).shop
    extra = [shop.base_url, shop.magento_edition or "", f"magento {int(shop.magento_major)}"]
    return " ".join(shown_texts(proxy, row) + extra).casefold()


def matching(model: InventoryTableModel, text: str) -> set[int]:
    """The shops whose displayed texts contain every word typed, found without
    the model's cached texts."""
    terms = text.casefold().split()
    found = set()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ROW_ROLE) is not None:
            haystack = expected_search(model, row)
            if all(term in haystack for term in terms):
                found.add(model.index(row, 0).data(ROW_ROLE).shop.id)
    return found


def shop_ids(proxy: InventoryFilterProxy) -> list[int]:
    return [proxy.index(r, 0).data(ROW_ROLE).shop.id for r in proxy.shop_rows()]


def expected_order(proxy: InventoryFilterProxy, column: Column, descending: bool) -> list[int]:
    """Sorted by the displayed values, in Python, from the rows the proxy shows."""

    def key(row: InventoryRow) -> object:
        cred = row.credential
        if column is Column.MAGENTO:
            version = row.shop.magento_version or ""
            return (int(row.shop.magento_major), [int(p) for p in version.split(".") if p])
        if column is Column.STATE:
            states = ["active", "rotating", "draft", "revoked"]
            return states.index(cred.state.value) if cred else len(states)
        if column is Column.LAST_TEST:
            return cred.last_tested_at.timestamp() if cred and cred.last_tested_at else 0.0
        model = proxy.sourceModel()
        return fold(model.index(model.row_for_shop(row.shop.id), column).data())

    rows = [proxy.index(r, 0).data(ROW_ROLE) for r in proxy.shop_rows()]
    rows.sort(key=lambda row: row.shop.id)  # the order they came in
    return [row.shop.id for row in sorted(rows, key=key, reverse=descending)]


def build(
    rows: list[InventoryRow], clock: Clock
) -> tuple[InventoryTableModel, InventoryFilterProxy]:
    model = InventoryTableModel(now=clock)
    proxy = InventoryFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(rows)
    return model, proxy


def test_every_column_sorts_like_its_displayed_values(qtbot):
    _model, proxy = build(make_rows(600), Clock())
    for column in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            proxy.sort(column, order)
            descending = order == Qt.SortOrder.DescendingOrder
            assert shop_ids(proxy) == expected_order(proxy, column, descending), column.name
    proxy.sort(Column.SHOP)
    first = [proxy.index(r, 0).data() for r in range(4)]
    assert all(fold(name).startswith("b") for name in first[:2]), first  # Bäckerei with the Bs


def test_search_text_is_what_the_table_shows_and_follows_time(qtbot):
    clock = Clock()
    model, proxy = build(make_rows(400), clock)
    proxy.sort(Column.LAST_TEST, Qt.SortOrder.DescendingOrder)
    order = shop_ids(proxy)
    for row in range(proxy.rowCount()):
        assert proxy.index(row, 0).data(SEARCH_ROLE) == expected_search(proxy, row)
    proxy.set_search(_unit(minutes=5))
    recent = set(shop_ids(proxy))
    assert recent
    proxy.set_search("")

    clock.now = START + timedelta(days=3, hours=1)
    model.refresh_ages()
    assert shop_ids(proxy) == order  # ages change the texts, not the order
    for row in range(proxy.rowCount()):
        assert proxy.index(row, 0).data(SEARCH_ROLE) == expected_search(proxy, row)

    proxy.set_search(_unit(minutes=5))
    assert proxy.rowCount() == 0
    proxy.set_search(_unit(days=5))
    assert recent <= set(shop_ids(proxy))
    # A search already typed follows the ages without typing again.
    four_days = _age(days=4)
    proxy.set_search(four_days)
    before = set(shop_ids(proxy))
    assert before == matching(model, four_days)
    clock.now += timedelta(days=1)
    model.refresh_ages()
    assert set(shop_ids(proxy)) == matching(model, four_days) != before


def test_changed_rows_replace_the_cached_keys_and_texts(qtbot):
    clock = Clock()
    rows = make_rows(300)
    model, proxy = build(rows, clock)
    proxy.sort(Column.SHOP)
    proxy.set_search("zzz-renamed")
    assert proxy.rowCount() == 0

    renamed = rows[10]
    rows[10] = replace(renamed, shop=replace(renamed.shop, label="Aaaa zzz-renamed"))
    moved = rows[20]
    rows[20] = replace(moved, credential=None)
    del rows[30]
    rows.append(
        InventoryRow(
            Shop(
                base_url="https://new.example/",
                magento_major=MagentoMajor.M2,
                label="Ääb zzz-renamed",
                id=999,
            ),
            Workspace(name="Neu", id=99),
            None,
        )
    )
    model.set_rows(rows)

    assert sorted(shop_ids(proxy)) == sorted([renamed.shop.id, 999])  # search kept, new texts
    proxy.set_search("")
    assert shop_ids(proxy)[:2] == [renamed.shop.id, 999]  # sorted by the new names
    assert shop_ids(proxy) == expected_order(proxy, Column.SHOP, False)
    assert model.row_for_shop(rows[29].shop.id) is not None
    assert model.row_for_shop(31) is None  # the removed shop is gone, from every lookup
    proxy.sort(Column.STATE)
    assert shop_ids(proxy) == expected_order(proxy, Column.STATE, False)
    row_of_moved = proxy.mapFromSource(model.index(model.row_for_shop(moved.shop.id), 0)).row()
    assert proxy.index(row_of_moved, Column.STATE).data() == texts.state_label(None)
    for row in range(proxy.rowCount()):
        assert proxy.index(row, 0).data(SEARCH_ROLE) == expected_search(proxy, row)


def test_sorting_keeps_persistent_indexes_on_their_shop(qtbot):
    model, proxy = build(make_rows(200), Clock())
    proxy.sort(Column.SHOP)
    held = QPersistentModelIndex(proxy.index(57, Column.API_USER))
    shop_id = held.data(ROW_ROLE).shop.id
    for column in (Column.LAST_TEST, Column.MAGENTO, Column.WORKSPACE):
        proxy.sort(column, Qt.SortOrder.DescendingOrder)
        assert held.isValid() and held.column() == Column.API_USER
        assert held.data(ROW_ROLE).shop.id == shop_id


def test_grouped_rows_sort_inside_groups_and_search_by_workspace(qtbot):
    clock = Clock()
    rows = make_rows(250)
    model, proxy = build(rows, clock)
    model.set_grouped(True)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(Column.SHOP, order)
        groups = [proxy.index(r, 0).data(GROUP_ROLE) for r in range(proxy.rowCount())]
        assert groups == sorted(groups)  # groups keep their order, each header on top
        for number in {g for g, _ in groups}:
            members = [
                fold(proxy.index(r, 0).data())
                for r in range(proxy.rowCount())
                if groups[r] == (number, 1)
            ]
            descending = order == Qt.SortOrder.DescendingOrder
            assert members == sorted(members, reverse=descending)

    proxy.set_search("SÜD")  # the workspace's name shows its whole group
    members = [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]
    assert members[0] is None and len(members) > 1
    assert all(m.workspace.name == "Süd" for m in members[1:])
    assert len(proxy.shop_rows()) == len(members) - 1
    assert proxy.first_shop_row() == 1

    # A shop moved to another workspace follows with its texts.
    target = next(r for r in rows if r.workspace and r.workspace.name == "Ost")
    rows[rows.index(target)] = replace(target, workspace=Workspace(name="Süd", id=2))
    model.set_rows(rows)
    shown = [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]
    assert target.shop.id in {m.shop.id for m in shown[1:]}
    proxy.set_search("nothing-like-this")
    assert proxy.rowCount() == 0 and proxy.first_shop_row() == -1 and proxy.shop_rows() == []
