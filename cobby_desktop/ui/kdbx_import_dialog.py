"""File > Import…: shops and their keys from a KeePass file.

Two steps. First the file, its passphrase and key file: a background job
reads and checks the whole file and plans the import (nothing changes yet).
Then the preview: how many shops are added, updated and left alone, how many
other entries are ignored, and each conflict with the merchant's choice
(keep mine, take theirs, keep both). Import applies all of it or nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop.secret import Secret
from cobby_desktop.services.kdbx_errors import KdbxError
from cobby_desktop.services.kdbx_import import (
    Change,
    ImportPlan,
    ImportResult,
    Resolution,
    apply_import,
    plan_import,
)
from cobby_desktop.services.kdbx_read import KdbxDocument, read_kdbx
from cobby_desktop.ui import kdbx_common as ui
from cobby_desktop.ui.store_access import StoreAccess, StoreProblem
from cobby_desktop.ui.workers import Job, JobContext

if TYPE_CHECKING:
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault


def read_and_plan(
    inv: Inventory, vault: Vault, path: Path, secret: Secret, keyfile: Path | None
) -> tuple[KdbxDocument, ImportPlan] | KdbxError:
    try:
        document = read_kdbx(path, secret, keyfile)
        return document, plan_import(inv, vault, document)
    except KdbxError as exc:
        return exc


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(self, store: StoreAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.job: Job | None = None
        self.document: KdbxDocument | None = None
        self.plan: ImportPlan | None = None
        self.setObjectName("kdbxImportDialog")
        self.setWindowTitle(self.tr("Import from a KeePass file"))
        self.setStyleSheet(ui.style())
        self.file = ui.FileRow(self, self.tr("KeePass file to import"), save=False)
        self.passphrase = ui.passphrase_edit(self, self.tr("Passphrase"))
        self.keyfile = ui.FileRow(self, self.tr("Key file (optional)"), save=False, file_filter="")
        self.summary = ui.label("", self, "kdbxTitle")
        self.conflicts = QTableWidget(0, 4, self)
        self.error = ui.label("", self, "problemPanel")
        self.error.hide()
        self.progress = ui.progress_bar(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._preview_page())
        self.next_button = QPushButton(self.tr("&Read file"), self)
        self.next_button.setDefault(True)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAutoDefault(False)
        self._lay_out()
        self.next_button.clicked.connect(self.next)
        self.back_button.clicked.connect(self.back)
        self.close_button.clicked.connect(self.reject)
        for edit in (self.file.edit, self.passphrase):
            edit.textChanged.connect(self._update)
        self._update()

    # -- building ----------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget(self)
        intro = ui.label(
            self.tr(
                "Choose a KeePass file exported by cobby Desktop (also after editing it in "
                "KeePassXC). Nothing changes until you have seen what the import does."
            ),
            page,
        )
        form = QFormLayout()
        form.addRow(self.tr("&File:"), self.file)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Key file:"), self.keyfile)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("In the file"), self.tr("Here"), self.tr("Differs in"), self.tr("Choice")]
        )
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        self.conflicts.verticalHeader().hide()
        self.conflicts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.conflicts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.conflict_note = ui.label(
            self.tr(
                "These shops are here already with other values. Choose for each: keep "
                "mine (the file's entry is skipped), take theirs (the file's values replace "
                "mine) or keep both (the file's shop is added beside mine)."
            ),
            page,
        )
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflict_note)
        layout.addWidget(self.conflicts, 1)
        return page

    def _lay_out(self) -> None:
        title = ui.label(self.tr("Import shops and their keys"), self, "kdbxTitle")
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.setMinimumSize(620, 360)

    # -- state -------------------------------------------------------------------
    def _update(self) -> None:
        on_file = self.pages.currentIndex() == 0
        self.back_button.setVisible(not on_file)
        self.next_button.setText(self.tr("&Read file") if on_file else self.tr("&Import"))
        ready = bool(self.file.text() and self.passphrase.text()) if on_file else True
        self.next_button.setEnabled(ready and self.job is None)

    def next(self) -> None:
        if not self.next_button.isEnabled():
            return
        self.error.hide()
        if self.pages.currentIndex() == 0:
            self._read()
        else:
            self._apply()

    def back(self) -> None:
        if self.job is None:
            self.pages.setCurrentIndex(0)
            self._update()

    def _read(self) -> None:
        path, secret = Path(self.file.text()), Secret(self.passphrase.text())
        keyfile = Path(self.keyfile.text()) if self.keyfile.text() else None
        self._start(lambda inv, vault, _ctx: read_and_plan(inv, vault, path, secret, keyfile))

    def _apply(self) -> None:
        document, choices = self.document, self.choices()
        assert document is not None

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> ImportResult | KdbxError:
            try:
                return apply_import(
                    inv, vault, document, choices,
                    progress=lambda done, total: ctx.progress(f"{done}/{total}"),
                )  # fmt: skip
            except KdbxError as exc:
                return exc

        self._start(work)

    def _start(self, work: Any) -> None:
        self.job = self.store.run_separately(
            work, on_result=self._done, on_failure=self._failed,
            on_progress=lambda stage: ui.show_progress(self.progress, stage),
        )  # fmt: skip
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.progress.show()
        self._busy(True)

    def busy_reason(self) -> str:
        """What closing the app now would stop (the main window asks first)."""
        return self.tr("The KeePass import is running.") if self.job is not None else ""

    def _busy(self, busy: bool) -> None:
        self.pages.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self._update()

    def _done(self, outcome: object) -> None:
        self.job = None
        self.progress.hide()
        self._busy(False)
        if isinstance(outcome, KdbxError):
            self._failed(ui.error_text(outcome))
        elif isinstance(outcome, tuple):
            self.show_plan(*outcome)
        elif isinstance(outcome, ImportResult):
            self.passphrase.clear()
            self.imported.emit(outcome)
            self.accept()
        elif isinstance(outcome, StoreProblem):
            self._failed(outcome.message)

    def _failed(self, message: str) -> None:
        self.job = None
        self.progress.hide()
        self._busy(False)
        self.error.setText(message)
        self.error.show()

    # -- the preview -------------------------------------------------------------
    def show_plan(self, document: KdbxDocument, plan: ImportPlan) -> None:
        self.document, self.plan = document, plan
        self.summary.setText(
            self.tr("To add: %1 · to update: %2 · unchanged: %3 · in conflict: %4 · other "
                    "entries ignored: %5")
            .replace("%1", str(plan.count(Change.ADDED)))
            .replace("%2", str(plan.count(Change.UPDATED)))
            .replace("%3", str(plan.count(Change.UNCHANGED)))
            .replace("%4", str(len(plan.conflicts)))
            .replace("%5", str(plan.ignored))
        )  # fmt: skip
        self.conflicts.setRowCount(len(plan.conflicts))
        for row, item in enumerate(plan.conflicts):
            cells = (item.title, item.local_title or "", ", ".join(item.differs))
            for column, text in enumerate(cells):
                self.conflicts.setItem(row, column, QTableWidgetItem(text))
            self.conflicts.setCellWidget(row, 3, self._choice_box())
        has_conflicts = bool(plan.conflicts)
        self.conflicts.setVisible(has_conflicts)
        self.conflict_note.setVisible(has_conflicts)
        self.pages.setCurrentIndex(1)
        self._update()

    def _choice_box(self) -> QComboBox:
        box = QComboBox(self.conflicts)
        box.setAccessibleName(self.tr("Choice"))
        box.addItem(self.tr("Keep mine"), Resolution.KEEP_MINE)
        box.addItem(self.tr("Take theirs"), Resolution.TAKE_THEIRS)
        box.addItem(self.tr("Keep both"), Resolution.KEEP_BOTH)
        return box

    def choices(self) -> dict[str, Resolution]:
        if self.plan is None:
            return {}
        found: dict[str, Resolution] = {}
        for row, item in enumerate(self.plan.conflicts):
            box = self.conflicts.cellWidget(row, 3)
            if isinstance(box, QComboBox):
                found[item.key] = Resolution(box.currentData())  # Qt hands back a str
        return found

    def reject(self) -> None:
        if self.job is not None:
            return  # reading or importing: wait for it (all or nothing)
        self.passphrase.clear()
        super().reject()
