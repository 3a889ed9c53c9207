"""Managing cobby workspaces: list with search-as-you-type, new, rename,
license key, which shop a workspace connects to, and delete.

Every read and change runs through `StoreAccess` jobs. The rules and the
sentences the merchant reads for refusals (duplicate names, a workspace that
already has a shop, a key that is not a key) come from `domain.workspaces`;
a form stays open with what was typed until the change is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.domain import workspaces as ws_rules
from cobby_desktop.domain.grouping import filter_workspaces
from cobby_desktop.domain.model import Shop, Workspace
from cobby_desktop.domain.workspaces import WorkspaceError, check_license_key
from cobby_desktop.secret import Secret
from cobby_desktop.ui import theme
from cobby_desktop.ui.store_access import StoreAccess, StoreProblem
from cobby_desktop.ui.theme import Tone
from cobby_desktop.ui.wizard.widgets import ProblemLabel, SecretEdit

if TYPE_CHECKING:
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault


@dataclass(frozen=True)
class Snapshot:
    """What the dialog shows, read in one job."""

    workspaces: list[Workspace] = field(default_factory=list)
    shops: list[Shop] = field(default_factory=list)

    def shop_of(self) -> dict[int, Shop]:
        return {s.workspace_id: s for s in self.shops if s.workspace_id is not None}


def _read(inventory: Inventory, _vault: Vault) -> Snapshot:
    return Snapshot(inventory.workspaces(), inventory.shops())


class _Form(QDialog):
    """A small window-modal form that stays open until its change is saved."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_style(Tone.BAD))
        self.error.setObjectName("formError")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.busy = False

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def valid(self) -> bool:
        return True

    def sync(self) -> None:
        self.ok_button.setEnabled(self.valid() and not self.busy)

    def _submit(self) -> None:
        if not self.valid() or self.busy:
            return
        self.busy = True
        self.error.hide()
        self.sync()
        self.submit()

    def submit(self) -> None:  # subclasses start their job
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.busy = False
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.show()
        self.sync()

    def saved(self) -> None:
        self.busy = False
        self.accept()


class WorkspaceForm(_Form):
    """New workspace (name and license key), rename (name) or license key."""

    submitted = Signal(str, object)  # name (or ""), Secret | None

    def __init__(
        self,
        title: str,
        intro: str,
        *,
        name: str | None,
        with_key: bool,
        key_required: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, intro, parent)
        self.key_required = key_required
        self.name: QLineEdit | None = None
        self.key: SecretEdit | None = None
        if name is not None:
            self.name = QLineEdit(name)
            self.name.setAccessibleName(self.tr("Workspace name"))
            self.name.setPlaceholderText(self.tr("for example: Möbel Schmidt"))
            self.name.setMaxLength(ws_rules.MAX_NAME_LENGTH)
            self.name.textChanged.connect(self.sync)
            label = QLabel(self.tr("Workspace &name:"))
            label.setBuddy(self.name)
            self.form.addRow(label, self.name)
        self.key_problem = ProblemLabel()
        if with_key:
            self.key = SecretEdit(self.tr("License key"), copy=False)
            self.key.changed.connect(self._key_changed)
            label = QLabel(self.tr("&License key:"))
            label.setBuddy(self.key.edit)
            self.form.addRow(label, self.key)
            self.form.addRow("", self.key_problem)
            hint = QLabel(
                self.tr(
                    "Copy the license key from the workspace's settings in the cobby portal "
                    "and paste it here. It is kept in this computer's keychain only."
                )
                + (
                    ""
                    if key_required
                    else " " + self.tr("You can also add it later with Set license key.")
                )
            )
            hint.setWordWrap(True)
            hint.setObjectName("hint")
            self.form.addRow("", hint)
        self.finish_layout()
        self.sync()

    def _key_changed(self) -> None:
        assert self.key is not None
        text = self.key.text()
        problems = check_license_key(text) if text or self.key_required else ()
        # An empty required field is not an error yet: OK just stays disabled.
        self.key_problem.show_problems(() if not text else problems)
        self.sync()

    def valid(self) -> bool:
        if self.name is not None and not self.name.text().strip():
            return False
        if self.key is not None:
            text = self.key.text()
            if text and check_license_key(text):
                return False
            if not text and self.key_required:
                return False
        return True

    def submit(self) -> None:
        key = Secret(self.key.text()) if self.key is not None and self.key.text() else None
        self.submitted.emit(self.name.text() if self.name is not None else "", key)


class ConnectShopForm(_Form):
    """Choose the one shop a workspace connects to (or none)."""

    submitted = Signal(object)  # shop id, or None to disconnect

    def __init__(
        self,
        workspace: Workspace,
        shops: list[Shop],
        names: dict[int, str],
        current: Shop | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Connect a shop"),
            self.tr(
                "A workspace connects to one shop. Choose the shop of the workspace "
                "“%1”, or no shop."
            ).replace("%1", workspace.name),
            parent,
        )
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Shop"))
        self.combo.addItem(self.tr("No shop"), None)
        for shop in sorted(shops, key=lambda s: s.display_name.casefold()):
            text = shop.display_name
            other = names.get(shop.workspace_id or -1)
            if other and shop.workspace_id != workspace.id:
                text += "  " + self.tr("(now in the workspace %1)").replace("%1", other)
            self.combo.addItem(text, shop.id)
        if current is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(current.id)))
        label = QLabel(self.tr("&Shop:"))
        label.setBuddy(self.combo)
        self.form.addRow(label, self.combo)
        self.finish_layout()
        self.sync()

    def submit(self) -> None:
        self.submitted.emit(self.combo.currentData())


class WorkspacesDialog(QDialog):
    """The merchant's cobby workspaces, each with its shop and license key."""

    workspaces_changed = Signal()
    loaded = Signal()  # the list was (re)read

    COLUMNS = 3

    def __init__(self, store: StoreAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.snapshot = Snapshot()
        self.form: _Form | None = None  # the open sub-form, if any
        self.setObjectName("workspacesDialog")
        self.setWindowTitle(self.tr("Workspaces"))
        ch = max(6, self.fontMetrics().averageCharWidth())
        self.resize(118 * ch, 40 * self.fontMetrics().height())

        intro = QLabel(
            self.tr(
                "Each cobby workspace connects to one shop and has its own license key, which "
                "this app keeps in the keychain to confirm that cobby has connected."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("workspaceSearch")
        self.search.setPlaceholderText(self.tr("Find a workspace or shop…"))
        self.search.setAccessibleName(self.tr("Find a workspace"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.search.installEventFilter(self)

        self._build_table()
        side = self._build_buttons()
        self.status = QLabel()
        self.status.setObjectName("workspacesStatus")
        self.status.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("hint")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.count)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        self._sync_buttons()
        self.reload()

    def _build_table(self) -> None:
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("workspacesTable")
        self.table.setAccessibleName(self.tr("Workspaces"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Workspace"), self.tr("Shop"), self.tr("License key")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.table.doubleClicked.connect(lambda _i: self.rename_selected())

    def _build_buttons(self) -> QVBoxLayout:
        self.new_button = QPushButton(self.tr("&New…"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.key_button = QPushButton(self.tr("Set license &key…"))
        self.shop_button = QPushButton(self.tr("Connect &shop…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.new_button.clicked.connect(self.new_workspace)
        self.rename_button.clicked.connect(self.rename_selected)
        self.key_button.clicked.connect(self.set_key_selected)
        self.shop_button.clicked.connect(self.connect_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        side = QVBoxLayout()
        for button in (
            self.new_button,
            self.rename_button,
            self.key_button,
            self.shop_button,
            self.delete_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        return side

    # -- reading ------------------------------------------------------------------
    def reload(self) -> None:
        self.store.run(_read, self._loaded, self._problem, self._say_error)

    def _alive(self) -> bool:
        """False once the dialog was closed and deleted while a job ran."""
        return shiboken6.isValid(self)

    def _loaded(self, snapshot: Snapshot) -> None:
        if not self._alive():
            return
        self.snapshot = snapshot
        self._fill()
        self.loaded.emit()

    def shown_workspaces(self) -> list[Workspace]:
        return filter_workspaces(
            i18n.collated(self.snapshot.workspaces, lambda ws: ws.name),
            self.search.text(),
            shops=self.snapshot.shop_of(),
        )

    def _fill(self, *_: object) -> None:
        keep = self.selected_workspace()
        shop_of = self.snapshot.shop_of()
        items = self.shown_workspaces()
        self.table.setRowCount(len(items))
        for row, ws in enumerate(items):
            shop = shop_of.get(ws.id) if ws.id is not None else None
            cells = (
                ws.name,
                shop.display_name if shop else self.tr("No shop yet"),
                self.tr("Stored") if ws.has_license_key else self.tr("Missing"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, ws.id)
                if column == 1 and shop is not None:
                    item.setToolTip(shop.base_url)
                if column == 2 and not ws.has_license_key:
                    item.setToolTip(
                        self.tr("Add it with Set license key to confirm cobby's connection.")
                    )
                    item.setForeground(QColor(theme.text_colour(Tone.BAD)))
                self.table.setItem(row, column, item)
        target = next((r for r, ws in enumerate(items) if keep is not None and ws.id == keep.id), 0)
        if items:
            self.table.selectRow(target)
        total = len(self.snapshot.workspaces)
        if len(items) == total:
            text = self.tr("%n workspaces", "", total)
        else:
            text = (
                self.tr("Showing %1 of %2").replace("%1", str(len(items))).replace("%2", str(total))
            )
        self.count.setText(text)
        self._sync_buttons()

    def selected_workspace(self) -> Workspace | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        if item is None:  # while the table is being filled
            return None
        ws_id = item.data(Qt.ItemDataRole.UserRole)
        return next((ws for ws in self.snapshot.workspaces if ws.id == ws_id), None)

    def select_workspace(self, workspace_id: int) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == workspace_id:
                self.table.selectRow(row)
                return True
        return False

    def _sync_buttons(self) -> None:
        chosen = self.selected_workspace() is not None
        for button in (self.rename_button, self.key_button, self.shop_button, self.delete_button):
            button.setEnabled(chosen)

    # -- changing -----------------------------------------------------------------
    def _change(
        self,
        fn: Callable[[Any, Any], Any],
        done: Callable[[Any], None],
        form: _Form | None = None,
    ) -> None:
        """Run a domain change; refusals go to the form (or the status line)."""

        def work(inventory: Inventory, vault: Vault) -> Any:
            try:
                return fn(inventory, vault)
            except WorkspaceError as exc:
                return exc

        def result(value: Any) -> None:
            if not self._alive():
                return
            if isinstance(value, WorkspaceError):
                self._refused(i18n.explain(value), form)
                return
            if form is not None:
                form.saved()
            done(value)
            self.workspaces_changed.emit()
            self.reload()

        self.store.run(
            work,
            result,
            lambda problem: self._refused(i18n.explain(problem), form),
            lambda message: self._refused(message, form),
        )

    def _refused(self, message: str, form: _Form | None) -> None:
        if not self._alive():
            return
        if form is not None and form.isVisible():
            form.show_error(message)
        else:
            self._say_error(message)

    def _say(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _say_error(self, message: str) -> None:
        if not self._alive():
            return
        self.status.setStyleSheet(theme.text_style(Tone.BAD))
        self.status.setText(message)

    def _problem(self, problem: StoreProblem) -> None:
        self._say_error(i18n.explain(problem))

    def _open_form(self, form: _Form) -> None:
        self.form = form
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.finished.connect(lambda _code: setattr(self, "form", None))
        form.open()

    def new_workspace(self) -> WorkspaceForm:
        form = WorkspaceForm(
            self.tr("New workspace"),
            self.tr(
                "Use the name the workspace has in the cobby portal, so you can tell them apart."
            ),
            name="",
            with_key=True,
            key_required=False,
            parent=self,
        )

        def submit(name: str, key: Secret | None) -> None:
            def done(ws: Workspace) -> None:
                self._say(self.tr("Workspace “%1” added.").replace("%1", ws.name))
                self._select_after_reload(ws.id)

            self._change(
                lambda inv, vault: ws_rules.create_workspace(inv, vault, name, key), done, form
            )

        form.submitted.connect(submit)
        self._open_form(form)
        return form

    def rename_selected(self) -> WorkspaceForm | None:
        ws = self.selected_workspace()
        if ws is None or ws.id is None:
            return None
        ws_id = ws.id
        form = WorkspaceForm(
            self.tr("Rename workspace"),
            self.tr("The new name is used in this app only; the cobby portal is not changed."),
            name=ws.name,
            with_key=False,
            key_required=False,
            parent=self,
        )

        def submit(name: str, _key: object) -> None:
            self._change(
                lambda inv, _vault: ws_rules.rename_workspace(inv, ws_id, name),
                lambda new: self._say(self.tr("Renamed to “%1”.").replace("%1", new.name)),
                form,
            )

        form.submitted.connect(submit)
        self._open_form(form)
        return form

    def set_key_selected(self) -> WorkspaceForm | None:
        ws = self.selected_workspace()
        if ws is None or ws.id is None:
            return None
        ws_id = ws.id
        intro = self.tr("The license key of the workspace “%1”.").replace("%1", ws.name)
        if ws.has_license_key:
            intro += " " + self.tr("The key stored now is replaced.")
        form = WorkspaceForm(
            self.tr("Set license key"),
            intro,
            name=None,
            with_key=True,
            key_required=True,
            parent=self,
        )

        def submit(_name: str, key: Secret | None) -> None:
            self._change(
                lambda inv, vault: ws_rules.set_license_key(inv, vault, ws_id, key),
                lambda _ws: self._say(self.tr("The license key is stored in the keychain.")),
                form,
            )

        form.submitted.connect(submit)
        self._open_form(form)
        return form

    def connect_selected(self) -> ConnectShopForm | None:
        ws = self.selected_workspace()
        if ws is None or ws.id is None:
            return None
        ws_id = ws.id
        current = self.snapshot.shop_of().get(ws_id)
        names = {w.id: w.name for w in self.snapshot.workspaces if w.id is not None}
        form = ConnectShopForm(ws, self.snapshot.shops, names, current, parent=self)

        def submit(shop_id: int | None) -> None:
            def change(inv: Inventory, _vault: Vault) -> Any:
                if shop_id is None:
                    if current is not None and current.id is not None:
                        return ws_rules.connect_shop(inv, current.id, None)
                    return None
                return ws_rules.connect_shop(inv, shop_id, ws_id)

            self._change(change, lambda _shop: self._say(self.tr("The shop is saved.")), form)

        form.submitted.connect(submit)
        self._open_form(form)
        return form

    def delete_selected(self) -> None:
        ws = self.selected_workspace()
        if ws is None or ws.id is None:
            return
        ws_id, name = ws.id, ws.name

        def summary(inv: Inventory, _vault: Vault) -> Any:
            try:
                return ws_rules.deletion_summary(inv, ws_id)
            except WorkspaceError as exc:
                return exc

        def ask(text: Any) -> None:
            if not self._alive():
                return
            if isinstance(text, WorkspaceError):
                self._say_error(i18n.explain(text))
                return
            answer = QMessageBox.question(
                self,
                self.tr("Delete workspace"),
                " ".join(i18n.render(said) for said in text),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._change(
                lambda inv, vault: ws_rules.delete_workspace(inv, vault, ws_id),
                lambda _none: self._say(self.tr("Workspace “%1” deleted.").replace("%1", name)),
            )

        self.store.run(summary, ask, self._problem, self._say_error)

    def _select_after_reload(self, workspace_id: int | None) -> None:
        if workspace_id is None:
            return

        def select() -> None:
            self.loaded.disconnect(select)
            if not self.select_workspace(workspace_id):
                self.search.clear()  # the new one may not match the search
                self.select_workspace(workspace_id)

        self.loaded.connect(select)

    # -- keys ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)
