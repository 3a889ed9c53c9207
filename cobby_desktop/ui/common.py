"""Widgets and helpers the lifecycle dialogs share (rotation, revocation, the
security audit, the activity log): the job strip with its Cancel, the one-line
outcome message, the table-dialog frame, headings and rich-text labels, and
running a step as a background job whose known failures come back as the
domain's own sentence."""

from __future__ import annotations

import enum
import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.ui.store_access import StoreAccess
from cobby_desktop.ui.workers import Job, JobContext

if TYPE_CHECKING:
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault


@dataclass(frozen=True)
class StepFailure:
    """A known problem of a background step, with the domain's own sentence."""

    message: str


def run_guarded(
    store: StoreAccess,
    fn: Callable[[Any, Any, JobContext], Any],
    on_result: Callable[[Any], object],
    on_failure: Callable[[str], None],
    on_progress: Callable[[str], None] | None = None,
) -> Job:
    """Run `fn(inventory, vault, ctx)` on its own inventory connection (steps
    may wait minutes on a shop); lifecycle, inventory and keychain errors come
    back as `StepFailure`, so the view can show what to do."""

    def work(inventory: Inventory, vault: Vault, ctx: JobContext) -> Any:
        from cobby_desktop.domain.lifecycle import LifecycleError
        from cobby_desktop.domain.store import InventoryError
        from cobby_desktop.domain.vault import VaultError

        try:
            return fn(inventory, vault, ctx)
        except (LifecycleError, InventoryError, VaultError) as exc:
            return StepFailure(i18n.explain(exc))

    def deliver(value: Any) -> None:
        if isinstance(value, StepFailure):
            on_failure(i18n.explain(value))
        else:
            on_result(value)

    return store.run_separately(work, deliver, on_failure, on_progress)


class JobStrip(QFrame):
    """A busy bar, what is happening, the time it has taken, and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobStrip")
        self.job: Job | None = None
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        self.bar.setAccessibleName(self.tr("Working"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.elapsed_label = QLabel(self)
        self.elapsed_label.setObjectName("hint")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the running step"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar)
        row.addWidget(self.label, 1)
        row.addWidget(self.elapsed_label)
        row.addWidget(self.cancel_button)
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self.hide()

    @property
    def running(self) -> bool:
        return self.job is not None and not self.job.done

    def start(self, text: str, job: Job) -> None:
        self.job = job
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self._clock.start()
        self._tick()
        self._ticker.start()
        self.cancel_button.setEnabled(True)
        self.show()
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(lambda *_: self._over(job))

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)

    def elapsed_seconds(self) -> int:
        return int(self._clock.elapsed() / 1000) if self._clock.isValid() else 0

    def _tick(self) -> None:
        seconds = self.elapsed_seconds()
        self.elapsed_label.setText(
            self.tr("%1:%2 elapsed")
            .replace("%1", str(seconds // 60))
            .replace("%2", f"{seconds % 60:02d}")
        )

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _over(self, job: Job) -> None:
        if job is self.job:
            self._ticker.stop()
            self.hide()


class MessageKind(enum.StrEnum):
    """A dialog's one-line outcome: its colours in STYLE."""

    OK = "ok"
    ERROR = "error"
    INFO = "info"


MESSAGE_NAMES = {
    MessageKind.OK: "messageOk",
    MessageKind.ERROR: "messageError",
    MessageKind.INFO: "messageInfo",
}


def show_message(label: QLabel, text: str, kind: MessageKind = MessageKind.INFO) -> None:
    """A dialog's one-line outcome; an empty text hides it."""
    label.setObjectName(MESSAGE_NAMES[kind])
    label.setStyleSheet("")  # re-polish for the new object name
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))


def setup_list_table(
    table: QTableWidget, stretch: int, widths: tuple[tuple[int, int], ...], char_width: int
) -> None:
    """A read-only table of whole rows (the audit's findings, the activity log):
    `stretch` takes the spare width, `widths` are (column, characters)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths:
        table.setColumnWidth(column, width * char_width)


def lay_out_table_dialog(
    dialog: QDialog,
    top: QHBoxLayout,
    table: QTableWidget,
    message: QLabel,
    strip: JobStrip,
    close_button: QPushButton,
) -> None:
    """The audit's and the activity log's frame: their summary row on top, the
    table taking the height, then the outcome line, the job strip and Close."""
    bottom = QHBoxLayout()
    bottom.addStretch(1)
    bottom.addWidget(close_button)
    layout = QVBoxLayout(dialog)
    layout.addLayout(top)
    layout.addWidget(table, 1)
    layout.addWidget(message)
    layout.addWidget(strip)
    layout.addLayout(bottom)


def title_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def text_label(parent: QWidget, rich: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setOpenExternalLinks(True)
    return label


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def ordered_list(items: list[str]) -> str:
    return "<ol style='margin-left:0'>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>"


STYLE = """
#hint { color: palette(placeholder-text); }
#stepList { padding: 4px 12px 4px 4px; }
#messageOk { color: @good.text; }
#messageError { color: @bad.text; }
#messageInfo { color: palette(text); }
#copyNotice { background: @info.bg; border: 1px solid @info.border; border-radius: 6px; }
#copyNotice QLabel { color: @info.fg; }
"""


def clear_layout(layout: QLayout) -> None:
    """Take every item out of `layout`; its widgets are deleted."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def gui_app() -> QGuiApplication:
    """The running application (there is one whenever a widget exists)."""
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    return app


def open_url(url: str) -> bool:
    """Whether a browser took the address."""
    return QDesktopServices.openUrl(QUrl(url))
