"""The activity log stores codes and parameters and renders them when shown."""

from __future__ import annotations

import sqlite3

from cobby_desktop import i18n
from cobby_desktop.domain.activity_export import activity_lines
from cobby_desktop.domain.model import Activity, Workspace
from cobby_desktop.domain.store import Inventory
from cobby_desktop.messages import message


def test_an_entry_is_stored_as_code_and_parameters(tmp_path):
    with Inventory.open() as inv:
        ws = inv.add_workspace(Workspace("Möbel Schmidt"))
        inv.log_activity(Activity.EXPORTED, message("activity.csv_exported", entries=3),
                         workspace_id=ws.id)
        entry = inv.activity()[0]
        path = inv.path
    assert entry.message is not None
    assert entry.message.code == "activity.csv_exported"
    assert dict(entry.message.params) == {"entries": 3}
    conn = sqlite3.connect(path)
    try:
        code, params = conn.execute("SELECT code, params FROM activity").fetchone()
    finally:
        conn.close()
    assert code == "activity.csv_exported" and '"entries": 3' in params


def test_past_entries_follow_the_language_and_old_rows_keep_their_text():
    with Inventory.open() as inv:
        inv.log_activity(Activity.DELETED, message("activity.workspace_deleted", name="Alt"))
        inv.log_activity(Activity.UPDATED, "written by an older version")
        lines = activity_lines(inv)
    coded = next(line for line in lines if line.message is not None)
    plain = next(line for line in lines if line.message is None)
    try:
        i18n.install(i18n.GERMAN)
        german = coded.shown(i18n.render)
        i18n.install(i18n.ENGLISH)
        english = coded.shown(i18n.render)
    finally:
        i18n.install(i18n.ENGLISH)
    assert "Alt" in german and "Alt" in english and german != english
    assert plain.shown(i18n.render) == "written by an older version"


def test_an_unknown_code_from_a_newer_version_shows_the_stored_text():
    with Inventory.open() as inv:
        inv.log_activity(Activity.UPDATED, message("activity.workspace_renamed"))
        conn = sqlite3.connect(inv.path)
        conn.execute("UPDATE activity SET code = 'activity.from_the_future'")
        conn.commit()
        conn.close()
        entry = inv.activity()[0]
    assert entry.message is None and entry.detail == "Workspace renamed."
