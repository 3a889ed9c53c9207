"""File > Export…: the shops and their keys to a KeePass file.

Says plainly that the file holds the keys, asks for the passphrase twice,
and runs the export (`services.kdbx_export`) as a background job with
progress. The passphrase fields are cleared when the dialog closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop.domain.model import Workspace
from cobby_desktop.secret import Secret
from cobby_desktop.services.kdbx_errors import MIN_PASSPHRASE, KdbxError
from cobby_desktop.services.kdbx_export import ExportResult, Selection, export_kdbx
from cobby_desktop.ui import kdbx_common as ui
from cobby_desktop.ui.store_access import StoreAccess, StoreProblem
from cobby_desktop.ui.workers import Job, JobContext

if TYPE_CHECKING:
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        store: StoreAccess,
        selected_shop: tuple[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.job: Job | None = None
        self.setObjectName("kdbxExportDialog")
        self.setWindowTitle(self.tr("Export to a KeePass file"))
        self.setStyleSheet(ui.style())
        self.what = QComboBox(self)
        self.what.setAccessibleName(self.tr("What to export"))
        self.what.addItem(self.tr("All shops and workspaces"), Selection())
        if selected_shop is not None:
            self.what.addItem(
                self.tr("Only the selected shop: %1").replace("%1", selected_shop[1]),
                Selection(shop_ids=(selected_shop[0],)),
            )
        self.file = ui.FileRow(self, self.tr("KeePass file to write"), save=True)
        self.passphrase = ui.passphrase_edit(self, self.tr("Passphrase"))
        self.again = ui.passphrase_edit(self, self.tr("Repeat the passphrase"))
        self.keyfile = ui.FileRow(self, self.tr("Key file (optional)"), save=False, file_filter="")
        self.hint = ui.label("", self, "hint")
        self.error = ui.label("", self, "problemPanel")
        self.error.hide()
        self.progress = ui.progress_bar(self)
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAutoDefault(False)
        self._lay_out()
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        for edit in (self.passphrase, self.again, self.file.edit):
            edit.textChanged.connect(self._update)
        self._update()
        store.run(lambda inv, _vault: inv.workspaces(), on_result=self._workspaces)

    def _lay_out(self) -> None:
        title = ui.label(self.tr("Export shops and their keys"), self, "kdbxTitle")
        warning = ui.label(
            self.tr(
                "This file holds every key of the shops in it: API keys, Magento's tokens, "
                "license keys and passwords. Anyone with the file and its passphrase can use "
                "them. Keep both safe, never send them together, and delete copies you no "
                "longer need. KeePassXC, KeePass and Strongbox open the file too."
            ),
            self,
            "kdbxWarning",
        )
        warning.setAccessibleName(self.tr("The file holds the keys"))
        form = QFormLayout()
        form.addRow(self.tr("E&xport:"), self.what)
        form.addRow(self.tr("&File:"), self.file)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat it:"), self.again)
        form.addRow("", self.hint)
        form.addRow(self.tr("&Key file:"), self.keyfile)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (title, warning):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def _workspaces(self, workspaces: list[Workspace]) -> None:
        for ws in workspaces:
            self.what.addItem(
                self.tr("Workspace: %1").replace("%1", ws.name), Selection(workspace_id=ws.id)
            )

    def _update(self) -> None:
        text, again = self.passphrase.text(), self.again.text()
        if len(text) < MIN_PASSPHRASE:
            hint = self.tr("At least %1 characters; a passphrase of several words is best.")
        elif again and again != text:
            hint = self.tr("The two passphrases differ.")
        else:
            hint = ""
        self.hint.setText(hint.replace("%1", str(MIN_PASSPHRASE)))
        self.hint.setVisible(bool(hint))
        ready = len(text) >= MIN_PASSPHRASE and again == text and bool(self.file.text())
        self.export_button.setEnabled(ready and self.job is None)

    def start(self) -> None:
        if not self.export_button.isEnabled():
            return
        target, secret = Path(self.file.text()), Secret(self.passphrase.text())
        keyfile = Path(self.keyfile.text()) if self.keyfile.text() else None
        selection = self.what.currentData()

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> ExportResult | KdbxError:
            try:
                return export_kdbx(
                    inv, vault, target, secret, keyfile=keyfile, selection=selection,
                    progress=lambda done, total: ctx.progress(f"{done}/{total}"),
                )  # fmt: skip
            except KdbxError as exc:
                return exc

        self.error.hide()
        self._busy(True)
        self.job = self.store.run_separately(
            work, on_result=self._done, on_failure=self._failed,
            on_progress=lambda stage: ui.show_progress(self.progress, stage),
        )  # fmt: skip

    def busy_reason(self) -> str:
        """What closing the app now would stop (the main window asks first)."""
        return self.tr("The KeePass export is writing its file.") if self.job is not None else ""

    def _busy(self, busy: bool) -> None:
        for widget in (self.what, self.file, self.passphrase, self.again, self.keyfile):
            widget.setEnabled(not busy)
        self.export_button.setText(self.tr("Exporting…") if busy else self.tr("&Export"))
        self.export_button.setEnabled(not busy)

    def _done(self, outcome: object) -> None:
        self.job = None
        self._busy(False)
        self.progress.hide()
        if isinstance(outcome, KdbxError):
            self._failed(ui.error_text(outcome))
        elif isinstance(outcome, StoreProblem):
            self._failed(outcome.message)
        elif isinstance(outcome, ExportResult):
            self._clear()
            self.exported.emit(outcome)
            self.accept()

    def _failed(self, message: str) -> None:
        self.job = None
        self._busy(False)
        self.error.setText(message)
        self.error.show()
        self._update()

    def _clear(self) -> None:
        self.passphrase.clear()
        self.again.clear()

    def reject(self) -> None:
        if self.job is not None:
            return  # the file is being written: wait for it
        self._clear()
        super().reject()
