"""The activity log as readable lines and as a CSV file.

The log never holds a secret (only actions, field names and outcomes), and the
lines add only the shop's name and the credential's API user. The CSV is meant
for Excel: UTF-8 with a byte order mark, and any cell that Excel would read as
a formula (a shop label starting with "=", "+", "-" or "@") is prefixed with a
quote so opening the file runs nothing.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from cobby_desktop.domain.model import Activity, ActivityEntry
from cobby_desktop.messages import Message, english, message

if TYPE_CHECKING:
    from cobby_desktop.domain.store import Inventory

HEADER = ("time", "action", "shop", "api_user", "detail")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ActivityLine:
    """One entry of the log with the names a person recognises."""

    at: datetime
    action: Activity
    shop: str
    api_user: str
    detail: str  # the stored English text
    shop_id: int | None = None
    credential_id: int | None = None
    message: Message | None = None  # code and parameters (None for rows before v4)

    def shown(self, render: Callable[[Message], str] = english) -> str:
        """The detail in the reader's language when it has a code, else as stored."""
        return render(self.message) if self.message is not None else self.detail


def local_iso(moment: datetime) -> str:
    """Local time with its UTC offset, so the file is unambiguous anywhere."""
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    return aware.astimezone().isoformat(timespec="seconds")


def activity_lines(inventory: Inventory, limit: int | None = None) -> list[ActivityLine]:
    """The newest entries first, with shop names and API users filled in."""
    shops = {s.id: s.display_name for s in inventory.shops() if s.id is not None}
    users = {c.id: c.api_user for c in inventory.credentials() if c.id is not None}
    return lines_from(inventory.activity(limit), shops, users)


def lines_from(
    entries: Iterable[ActivityEntry], shops: dict[int, str], users: dict[int, str]
) -> list[ActivityLine]:
    return [
        ActivityLine(
            at=e.at,
            action=e.action,
            shop=shops.get(e.shop_id, "") if e.shop_id is not None else "",
            api_user=users.get(e.credential_id, "") if e.credential_id is not None else "",
            detail=e.detail,
            shop_id=e.shop_id,
            credential_id=e.credential_id,
            message=e.message,
        )
        for e in entries
    ]


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(
    lines: Sequence[ActivityLine],
    stream: TextIO,
    render: Callable[[Message], str] = english,
) -> int:
    """Write a header and one row per line; returns the number of rows."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(HEADER)
    for line in lines:
        writer.writerow(
            (
                local_iso(line.at),
                line.action.value,
                _cell(line.shop),
                _cell(line.api_user),
                _cell(line.shown(render)),
            )
        )
    return len(lines)


def export_csv(inventory: Inventory, path: Path, render: Callable[[Message], str] = english) -> int:
    """Write the whole log to `path` (replacing it only once complete) and note
    the export in the log itself. Returns the number of entries written."""
    path = Path(path)
    lines = activity_lines(inventory)
    fd, tmp = tempfile.mkstemp(prefix=".activity-", suffix=".csv", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as stream:
            count = write_csv(lines, stream, render)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    inventory.log_activity(Activity.EXPORTED, message("activity.csv_exported", entries=count))
    return count
