"""Finding and grouping workspaces and shops: pure functions over the
inventory's rows, light enough for the main window to import at startup
(`workspaces` itself pulls in the store, the vault and keyring)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from cobby_desktop.domain.model import InventoryRow, Shop, Workspace


def fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive form for comparing and searching."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def filter_workspaces(
    workspaces: Iterable[Workspace],
    text: str,
    *,
    shops: Mapping[int, Shop] | None = None,
) -> list[Workspace]:
    """Search-as-you-type: every word typed must occur in the workspace's name
    (or its shop's label or address, when `shops` maps workspace id -> shop),
    ignoring case and accents. Names starting with the text come first."""
    words = fold(text).split()
    items = list(workspaces)
    if not words:
        return items
    needle = " ".join(words)
    hits: list[tuple[int, int, Workspace]] = []
    for index, ws in enumerate(items):
        name = fold(ws.name)
        shop = shops.get(ws.id) if shops and ws.id is not None else None
        hay = name + (" " + fold(f"{shop.label} {shop.base_url}") if shop else "")
        if all(w in hay for w in words):
            rank = 0 if name.startswith(needle) else 1 if needle in name else 2
            hits.append((rank, index, ws))
    hits.sort(key=lambda h: (h[0], h[1]))
    return [ws for _, _, ws in hits]


@dataclass(frozen=True)
class WorkspaceGroup:
    workspace: Workspace | None  # None: shops without a workspace
    rows: tuple[InventoryRow, ...]


def group_rows(
    rows: Sequence[InventoryRow], workspaces: Sequence[Workspace] | None = None
) -> list[WorkspaceGroup]:
    """The inventory grouped by workspace, in name order, shops without a
    workspace last. With `workspaces`, workspaces without a shop get an empty
    group too."""
    by_id: dict[int | None, list[InventoryRow]] = {}
    known: dict[int, Workspace] = {}
    for row in rows:
        ws_id = row.workspace.id if row.workspace else None
        by_id.setdefault(ws_id, []).append(row)
        if row.workspace and row.workspace.id is not None:
            known[row.workspace.id] = row.workspace
    for ws in workspaces or ():
        if ws.id is not None:
            known.setdefault(ws.id, ws)
            by_id.setdefault(ws.id, [])
    ordered = sorted(known.values(), key=lambda w: (fold(w.name), w.id or 0))
    groups = [WorkspaceGroup(ws, tuple(by_id.get(ws.id, []))) for ws in ordered]
    if by_id.get(None):
        groups.append(WorkspaceGroup(None, tuple(by_id[None])))
    return groups
