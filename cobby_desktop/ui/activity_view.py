"""The activity log: what happened to which shop's credential, and when.

The log never holds a secret; this view adds only shop names and API users.
Reading and exporting run as background jobs; the export is logged itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.domain.activity_export import ActivityLine
from cobby_desktop.domain.model import Activity, TestOutcome
from cobby_desktop.ui import texts, theme
from cobby_desktop.ui.common import (
    STYLE,
    JobStrip,
    MessageKind,
    lay_out_table_dialog,
    run_guarded,
    setup_list_table,
    show_message,
)
from cobby_desktop.ui.inventory_model import BADGE_ROLE, BADGE_TEXT_ROLE, BadgeDelegate
from cobby_desktop.ui.store_access import StoreAccess
from cobby_desktop.ui.workers import Job, JobContext

if TYPE_CHECKING:
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault

TIME, ACTION, SHOP, USER, DETAIL = range(5)


def split_outcome(detail: str) -> tuple[TestOutcome | None, str]:
    """A test's log entry starts with its outcome ("ok: ...", "failed: ..."):
    the outcome becomes a badge, the rest stays text."""
    head, sep, rest = detail.partition(":")
    if sep and head in {o.value for o in TestOutcome}:
        return TestOutcome(head), rest.strip()
    if detail in {o.value for o in TestOutcome}:
        return TestOutcome(detail), ""
    return None, detail


def _outcome_and_rest(line: ActivityLine) -> tuple[TestOutcome | None, str]:
    """A coded line's outcome and the rest in the reader's language; a line
    written before codes by its stored English prefix."""
    from cobby_desktop.domain.activity_messages import tested_parts

    parts = tested_parts(line.message) if line.message is not None else None
    if parts is None:
        return split_outcome(line.detail)
    outcome, rest = parts
    return TestOutcome(outcome), i18n.render(rest) if rest is not None else ""


class ActivityDialog(QDialog):
    loaded = Signal(int)  # number of entries shown
    exported = Signal(str)  # path written

    def __init__(self, store: StoreAccess, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lines: list[ActivityLine] = []
        self._jobs: list[Job] = []
        self.setObjectName("activityDialog")
        self.setWindowTitle(self.tr("Activity log"))
        self.setStyleSheet(theme.css(STYLE))

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export as CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export the activity log as a CSV file"))
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export)
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setAccessibleName(self.tr("Read the activity log again"))
        self.reload_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("activityTable")
        self.table.setAccessibleName(self.tr("Activity log"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Action"), self.tr("Shop"), self.tr("API user"),
             self.tr("Details")]
        )
        self.table.setSortingEnabled(False)
        self.badges = BadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(DETAIL, self.badges)
        ch = max(6, self.fontMetrics().averageCharWidth())
        setup_list_table(
            self.table, DETAIL, ((TIME, 20), (ACTION, 12), (SHOP, 28), (USER, 20)), ch
        )

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.strip = JobStrip(self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.reload_button)
        top.addWidget(self.export_button)
        lay_out_table_dialog(
            self, top, self.table, self.message, self.strip, self.close_button
        )
        self.resize(140 * ch, 32 * self.fontMetrics().height())
        self.reload()

    def action_label(self, action: Activity) -> str:
        return {
            Activity.CREATED: self.tr("Created"),
            Activity.TESTED: self.tr("Tested"),
            Activity.COPIED: self.tr("Copied"),
            Activity.REVEALED: self.tr("Revealed"),
            Activity.ROTATED: self.tr("Rotated"),
            Activity.REVOKED: self.tr("Revoked"),
            Activity.EXPORTED: self.tr("Exported"),
            Activity.UPDATED: self.tr("Updated"),
            Activity.DELETED: self.tr("Deleted"),
        }.get(action, action.value)

    def _badge(self, item: QTableWidgetItem, line: ActivityLine) -> None:
        """A test's outcome as a badge before its summary (not "ok:" text)."""
        if line.action is not Activity.TESTED:
            return
        outcome, rest = _outcome_and_rest(line)
        if outcome is None:
            return
        label = texts.outcome_label(outcome, short=True)
        item.setText(f"{label}: {rest}" if rest else label)  # copied and read aloud
        item.setData(BADGE_ROLE, texts.outcome_colours(outcome))
        item.setData(BADGE_TEXT_ROLE, (label, rest))

    def reload(self) -> Job:
        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> list[ActivityLine]:
            from cobby_desktop.domain.activity_export import activity_lines

            return activity_lines(inv)

        return self._run(work, self._show, self.tr("Reading the activity log…"))

    def _show(self, lines: list[ActivityLine]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (
                texts.local_time(line.at),
                self.action_label(line.action),
                line.shop,
                line.api_user,
                line.shown(i18n.render),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == TIME:
                    item.setToolTip(texts.relative_age(line.at))
                if column == DETAIL:
                    self._badge(item, line)
                self.table.setItem(row, column, item)
        self.summary.setText(
            self.tr("No activity yet.") if not lines
            else self.tr("%n entries, newest first. Secrets are never logged.", "", len(lines))
        )
        self.export_button.setEnabled(bool(lines))
        self.loaded.emit(len(lines))

    def ask_path(self) -> str:
        """The file to write (a plain dialog; tests replace this method)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the activity log"), str(Path.home() / "cobby-activity.csv"),
            self.tr("CSV files (*.csv)"),
        )
        return path

    def export(self) -> Job | None:
        path = self.ask_path()
        if not path:
            return None
        target = Path(path)

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> int | OSError:
            from cobby_desktop.domain.activity_export import export_csv

            try:
                return export_csv(inv, target, i18n.render)
            except OSError as exc:  # unwritable folder, full disk: say so, do not crash
                return exc

        def done(count: int | OSError) -> None:
            if isinstance(count, OSError):
                self.say(self.tr("The file %1 could not be written (%2). Choose another "
                                 "folder and try again.").replace("%1", str(target))
                         .replace("%2", count.strerror or type(count).__name__), error=True)
                return
            written = self.tr("%n entries were written to %1.", "", count)
            self.say(written.replace("%1", str(target)))
            self.exported.emit(str(target))
            self.reload()

        return self._run(work, done, self.tr("Writing the CSV file…"))

    def _run(self, work: Any, done: Any, text: str) -> Job:
        def failed(message: str) -> None:
            self.say(message, error=True)

        job = run_guarded(self.store, work, done, failed)
        self._jobs = [j for j in self._jobs if not j.done] + [job]
        self.strip.start(text, job)
        return job

    @property
    def busy(self) -> bool:
        return any(not j.done for j in self._jobs)

    def say(self, text: str, *, error: bool = False) -> None:
        show_message(self.message, text, MessageKind.ERROR if error else MessageKind.INFO)

    def closeEvent(self, event: Any) -> None:
        for job in self._jobs:
            job.cancel()
        super().closeEvent(event)
