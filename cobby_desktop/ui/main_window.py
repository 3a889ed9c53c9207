"""The main window: the offline inventory as a searchable table, the selected
shop's details, and the actions that start everything else.

Nothing here touches the database, the keychain or the network directly:
all of it goes through `StoreAccess`, i.e. background jobs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop.domain.model import CredentialState, InventoryRow, stored
from cobby_desktop.ui import settings as layout_settings
from cobby_desktop.ui import texts, theme
from cobby_desktop.ui.detail_pane import DetailPane
from cobby_desktop.ui.empty_state import EmptyState
from cobby_desktop.ui.inventory_model import (
    ROW_ROLE,
    BadgeDelegate,
    Column,
    InventoryFilterProxy,
    InventoryTableModel,
    apply_group_spans,
    magento_text,
)
from cobby_desktop.ui.launcher import DialogLauncher
from cobby_desktop.ui.main_actions import build_actions, quit_question
from cobby_desktop.ui.secret_widgets import ClipboardGuard
from cobby_desktop.ui.store_access import StoreAccess, StoreProblem
from cobby_desktop.ui.workers import Job, JobContext

if TYPE_CHECKING:
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault

log = logging.getLogger(__name__)

# Tester: (inventory, vault, row, job context) -> a report with `.ok` (or None).
Tester = Callable[[Any, Any, InventoryRow, JobContext], Any]

GROUP_SETTING = "inventory/group_by_workspace"

STYLE = """
#emptyTitle, #detailTitle { font-weight: 600; }
#hint { color: palette(placeholder-text); }
#detailUrl { color: palette(link); }
#fieldLabel { color: palette(placeholder-text); }
#copyNotice { background: @info.bg; border: 1px solid @info.border; border-radius: 6px; }
#copyNotice QLabel { color: @info.fg; }
#problemPanel { background: @bad.bg; border: 1px solid @bad.border; border-radius: 6px; }
#problemPanel QLabel { color: @bad.fg; }
QTableView { gridline-color: transparent; }
#mainToolbar { spacing: 4px; padding: 4px 8px; }
#mainToolbar QToolButton { padding: 4px 10px; }
QTableView::item { padding: 0 6px; }
QGroupBox { font-weight: 600; }
QGroupBox * { font-weight: normal; }
#inventoryTitle { font-weight: 600; }
"""


def diagnose_stored_row(
    inventory: Inventory, vault: Vault, row: InventoryRow, ctx: JobContext
) -> Any:
    """The real connection test (runs in a job): reads secrets from the vault and
    records the check in the history."""
    from cobby_desktop.domain.diagnosis import diagnose_stored

    return diagnose_stored(
        inventory, vault, row.shop, row.credential, progress=ctx.progress, cancel=ctx.cancel
    )


class MainWindow(QMainWindow):
    connect_shop_requested = Signal()
    security_audit_requested = Signal()
    rows_loaded = Signal(int)  # number of shops, after every (re)load
    test_finished = Signal(object)  # whatever the tester returned

    # Set by main_actions.build_actions.
    act_about: QAction
    act_guide: QAction
    act_support: QAction
    act_activity: QAction
    act_audit: QAction
    act_connect: QAction
    act_edit: QAction
    act_export: QAction
    act_find: QAction
    act_group: QAction
    act_import: QAction
    act_preferences: QAction
    act_quit: QAction
    act_refresh: QAction
    act_resume: QAction
    act_revoke: QAction
    act_rotate: QAction
    act_test: QAction
    act_workspaces: QAction
    toolbar: QToolBar

    def __init__(
        self,
        store: StoreAccess,
        *,
        settings: QSettings | None = None,
        clipboard_clear_ms: int | None = None,  # None: as set in Preferences
        tester: Tester | None = None,
        now: Callable[[], datetime] = texts.now_utc,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings if settings is not None else layout_settings.app_settings()
        # None: "Test connection" opens the check dialog (diagnosis, findings,
        # proof). A tester given here runs instead, without the dialog (tests,
        # the benchmark); test_row() uses it, or the real diagnosis.
        self.tester = tester
        self.launcher = DialogLauncher(self)
        self.guard = ClipboardGuard(clipboard_clear_ms, self, settings=self.settings)
        self._loaded = False
        self._test_job: Job | None = None
        self.quit_question: QMessageBox | None = None
        self._quit_confirmed = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("cobby Desktop"))
        self.restyle()
        theme.on_scheme_change(self.restyle)

        self.model = InventoryTableModel(self, now=now)
        self.proxy = InventoryFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        build_actions(self)
        self._build_central(now)
        self._build_status_bar()
        self._apply_default_layout()
        layout_settings.restore_layout(
            self.settings, self, self.splitter, self.table.horizontalHeader()
        )
        if str(self.settings.value(GROUP_SETTING, "false")).lower() == "true":
            self.act_group.setChecked(True)
            self.model.set_grouped(True)

        store.problem.connect(self._on_store_problem)
        self.connect_shop_requested.connect(lambda: self.launcher.setup_wizard())
        self.security_audit_requested.connect(self.launcher.audit)
        self.guard.copied.connect(
            lambda what: self.statusBar().showMessage(
                self.tr("%1 copied to the clipboard.").replace("%1", what), 5000
            )
        )
        self.guard.expired.connect(self._on_clipboard_expired)
        self.detail.secrets.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(60_000)
        self._age_timer.timeout.connect(self.model.refresh_ages)
        self._age_timer.start()
        self.refresh()

    def restyle(self, *_: object) -> None:
        """The style sheet's colours for the colour scheme being drawn."""
        self.setStyleSheet(theme.css(STYLE))

    # -- building ----------------------------------------------------------------
    def _build_central(self, now: Callable[[], datetime]) -> None:
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)

        self.loading = QLabel(self.tr("Opening the inventory…"), self)
        self.loading.setObjectName("hint")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)

        self.empty = EmptyState(self)
        self.empty.connect_requested.connect(self.connect_shop_requested)
        self.stack.addWidget(self.empty)

        # Left: title, search and table.
        left = QWidget(self)
        header_row = self._build_list_header(left)
        self._build_table(left)
        self.no_match = QLabel(self.tr("No shop matches your search."), left)
        self.no_match.setObjectName("hint")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.hide()

        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 12, 8, 12)
        left_layout.setSpacing(10)
        left_layout.addLayout(header_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.no_match)

        self.detail = DetailPane(self.store, self.guard, self, now=now)
        self.detail.test_requested.connect(self._test_requested)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.stack.addWidget(self.splitter)

        self._build_problem_page()
        self.stack.addWidget(self.problem_page)

        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.detail.test_button)

    def _build_list_header(self, left: QWidget) -> QHBoxLayout:
        self.list_title = QLabel(self.tr("Shops"), left)
        self.list_title.setObjectName("inventoryTitle")
        big = QFont(self.list_title.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.list_title.setFont(big)
        self.search = QLineEdit(left)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search shops, workspaces, API users…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        self.search.textChanged.connect(self._on_search)
        self.search.installEventFilter(self)
        self.group_button = QToolButton(left)
        self.group_button.setDefaultAction(self.act_group)
        self.group_button.setObjectName("groupButton")
        header_row = QHBoxLayout()
        header_row.addWidget(self.list_title)
        header_row.addStretch(1)
        header_row.addWidget(self.group_button)
        header_row.addWidget(self.search, 2)
        return header_row

    def _build_table(self, left: QWidget) -> None:
        self.table = QTableView(left)
        self.table.setObjectName("inventoryTable")
        self.table.setAccessibleName(self.tr("Shops"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.verticalHeader().hide()
        row_height = self.fontMetrics().height() + 14
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.badges = BadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.STATE, self.badges)
        self.table.setItemDelegateForColumn(Column.LAST_TEST, self.badges)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        # Header rows span the table; re-laid once per burst of model changes.
        self._span_timer = QTimer(self)
        self._span_timer.setSingleShot(True)
        self._span_timer.setInterval(0)
        self._span_timer.timeout.connect(lambda: apply_group_spans(self.table))
        for signal in (
            self.proxy.layoutChanged,
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
        ):
            signal.connect(lambda *_: self._span_timer.start())

    def _build_problem_page(self) -> None:
        # Inventory could not be opened: say why and offer to try again.
        self.problem_page = QWidget(self)
        self.problem_text = QLabel(self.problem_page)
        self.problem_text.setWordWrap(True)
        self.problem_text.setMaximumWidth(560)
        self.problem_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Try again"), self.problem_page)
        self.retry_button.setAccessibleName(self.tr("Try to open the inventory again"))
        self.retry_button.clicked.connect(self.refresh)
        problem_layout = QVBoxLayout(self.problem_page)
        problem_layout.setContentsMargins(32, 32, 32, 32)
        problem_layout.addStretch(1)
        problem_layout.addWidget(self.problem_text, 0, Qt.AlignmentFlag.AlignHCenter)
        problem_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        problem_layout.addStretch(2)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.offline_label = QLabel(self.tr("Inventory stored on this computer"), self)
        self.offline_label.setObjectName("hint")
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.offline_label)
        self.statusBar().setSizeGripEnabled(True)

    def _widest_state_badge(self) -> int:
        """The longest state in this language ("Wird erneuert") fits its badge."""
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        states = (None, *CredentialState)
        return max(metrics.horizontalAdvance(texts.state_label(state)) for state in states)

    def _apply_default_layout(self) -> None:
        """First start: widths in character units, so 125 %/150 % scaling and
        larger fonts keep the same proportions."""
        ch = max(6, self.fontMetrics().averageCharWidth())
        line = self.fontMetrics().height()
        widths = {
            Column.SHOP: 27 * ch,
            Column.MAGENTO: 15 * ch,
            Column.WORKSPACE: 20 * ch,
            Column.API_USER: 17 * ch,
            Column.STATE: max(17 * ch, self._widest_state_badge() + 6 * ch),
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(Column.SHOP, Qt.SortOrder.AscendingOrder)
        width, height = 190 * ch, 46 * line
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, int(screen.width() * 0.92))
            height = min(height, int(screen.height() * 0.9))
        self.resize(width, height)
        self.splitter.setSizes([int(width * 0.66), int(width * 0.34)])

    # -- loading -----------------------------------------------------------------
    def refresh(self) -> Job:
        """Read the rows again (in the background) and keep the selection."""
        self.statusBar().showMessage(self.tr("Reading the inventory…"))
        return self.store.run(
            lambda inventory, _vault: (inventory.rows(), inventory.workspaces()),
            lambda loaded: self._on_rows(*loaded),
            self._on_inventory_problem,
            self._on_failure,
        )

    def _on_rows(self, rows: list[InventoryRow], workspaces: list | None = None) -> None:
        selected = self.selected_row()
        keep = selected.shop.id if selected else None
        self.model.set_workspaces(workspaces or [])
        self.model.set_rows(rows)
        self._loaded = True
        self.statusBar().clearMessage()
        if not rows:
            self.stack.setCurrentWidget(self.empty)
            self.detail.show_row(None)
        else:
            if self.stack.currentWidget() is not self.splitter:
                self.stack.setCurrentWidget(self.splitter)
            self.select_shop(keep) if keep is not None else self._select_first()
        self._update_counts()
        self.rows_loaded.emit(len(rows))

    def _on_inventory_problem(self, problem: StoreProblem) -> None:
        if problem.source != "inventory":
            return
        self.problem_text.setText(
            self.tr("The inventory could not be opened.") + "\n\n" + problem.message
        )
        self.stack.setCurrentWidget(self.problem_page)
        self.statusBar().clearMessage()

    def _on_failure(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def _on_store_problem(self, problem: StoreProblem) -> None:
        if problem.source == "inventory":
            title = self.tr("The inventory could not be opened")
        else:
            title = {
                "missing": self.tr("No keychain available"),
                "locked": self.tr("The keychain is locked"),
                "denied": self.tr("Access to the keychain was denied"),
                "too_large": self.tr("The value is too large for the keychain"),
            }.get(problem.kind, self.tr("The keychain did not answer"))
        box = QMessageBox(QMessageBox.Icon.Warning, title, problem.message, parent=self)
        box.setObjectName("problemDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, does not block: the window stays usable
        self.last_problem = problem

    # -- selection ---------------------------------------------------------------
    def selected_row(self) -> InventoryRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return index.data(ROW_ROLE)

    def select_shop(self, shop_id: int) -> bool:
        source_row = self.model.row_for_shop(shop_id)
        if source_row is not None:
            proxy_index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if proxy_index.isValid():
                self._select_proxy_row(proxy_index.row())
                return True
        self._select_first()
        return False

    def _select_first(self) -> None:
        """The first shop shown (in the grouped view row 0 is a workspace header)."""
        self._select_proxy_row(self.proxy.first_shop_row())

    def _select_proxy_row(self, row: int) -> None:
        if self.proxy.rowCount() == 0 or row < 0:
            self.table.selectionModel().clearSelection()
            self.table.setCurrentIndex(self.proxy.index(-1, -1))
            self._on_current_changed()
            return
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _on_current_changed(self, *_: object) -> None:
        row = self.selected_row()
        self.detail.show_row(row)
        self._update_shop_actions(row)
        if row is not None and row.shop.id is not None:
            shop_id = row.shop.id
            self.store.run(
                lambda inventory, _vault: inventory.checks(shop_id, limit=8),
                lambda checks: self.detail.set_checks(shop_id, checks),
            )

    # -- search ------------------------------------------------------------------
    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.splitter:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        current = self.table.currentIndex()
        if not current.isValid() or not self.table.selectionModel().isSelected(current):
            self._select_first()
        self.no_match.setVisible(self.proxy.rowCount() == 0)
        self._update_counts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else QKeyEvent(event).key()  # type: ignore[call-overload]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.proxy.rowCount():
                    if not self.table.currentIndex().isValid():
                        self._select_first()
                    self.table.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def _update_counts(self) -> None:
        total = self.model.shop_count()
        shown = len(self.proxy.shop_rows()) if self.model.grouped else self.proxy.rowCount()
        if total == shown:
            text = self.tr("%n shops", "", total)
        else:
            text = (
                self.tr("Showing %1 of %2 shops")
                .replace("%1", str(shown))
                .replace("%2", str(total))
            )
        self.count_label.setText(text)

    # -- workspaces ---------------------------------------------------------------
    def set_grouped(self, grouped: bool) -> None:
        """Show the shops under their workspaces (header rows), or as one list."""
        selected = self.selected_row()
        self.act_group.setChecked(grouped)
        self.model.set_grouped(grouped)
        self.settings.setValue(GROUP_SETTING, "true" if grouped else "false")
        if selected is not None and selected.shop.id is not None:
            self.select_shop(selected.shop.id)
        else:
            self._select_first()
        self._update_counts()

    def export_kdbx(self) -> QWidget:
        row = self.selected_row()
        shop = (row.shop.id, row.shop.display_name) if row and row.shop.id is not None else None
        return self.launcher.export_kdbx(shop)

    def open_workspaces(self) -> QWidget:
        """The workspaces dialog (one at a time); the table reloads after changes."""
        return self.launcher.workspaces()

    @property
    def workspaces_dialog(self) -> QWidget | None:
        return self.launcher.open_dialogs.get("workspaces")

    # -- shop actions ------------------------------------------------------------
    def _update_shop_actions(self, row: InventoryRow | None) -> None:
        cred = row.credential if row is not None else None
        state = cred.state if cred is not None else None
        self.act_test.setEnabled(cred is not None)
        self.act_edit.setEnabled(row is not None)
        self.act_resume.setEnabled(row is not None and state in (None, CredentialState.DRAFT))
        self.act_rotate.setEnabled(
            state in (CredentialState.ACTIVE, CredentialState.ROTATING)
        )
        # A revoked credential still opens the dialog until the shop confirmed it.
        self.act_revoke.setEnabled(
            cred is not None
            and (state is not CredentialState.REVOKED or not cred.revoked_verified)
        )

    def _for_selected(self, action: Callable[[InventoryRow], Any]) -> None:
        row = self.selected_row()
        if row is not None and row.shop.id is not None:
            action(row)

    def _revoke(self, row: InventoryRow) -> None:
        if row.credential is not None:
            self.launcher.revoke(stored(row.credential.id))

    def _resume(self, row: InventoryRow) -> None:
        self.launcher.setup_wizard(draft_shop_id=row.shop.id)

    def _open_selected(self) -> None:
        """Double-click or Enter: finish a draft's setup, otherwise test the shop."""
        row = self.selected_row()
        if row is None:
            return
        if row.credential is None or row.credential.state is CredentialState.DRAFT:
            self._resume(row)
        else:
            self.test_selected()

    # -- connection test ---------------------------------------------------------
    def test_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._test_requested(row)

    def _test_requested(self, row: InventoryRow) -> None:
        if self.tester is None and row.credential is not None and row.shop.id is not None:
            self.launcher.check(row.shop.id)
        else:
            self.test_row(row)

    def test_row(self, row: InventoryRow) -> Job | None:
        """Test in the background without the dialog; the result goes into the
        check history and the table."""
        if row.credential is None:
            return None
        if self._test_job is not None and not self._test_job.done:
            self.statusBar().showMessage(self.tr("A connection test is already running."), 5000)
            return None
        tester = self.tester or diagnose_stored_row
        name = row.shop.display_name
        self.detail.set_test_status(self.tr("Testing…"), running=True)
        self.act_test.setEnabled(False)
        self.statusBar().showMessage(self.tr("Testing %1…").replace("%1", name))

        def done(report: Any) -> None:
            ok = bool(getattr(report, "ok", False))
            text = (
                self.tr("The connection to %1 works.")
                if ok
                else self.tr("The test of %1 found problems. See the check history.")
            ).replace("%1", name)
            self._test_over(text)
            self.test_finished.emit(report)
            self.refresh()

        def failed(message: str) -> None:
            self._test_over(message)

        self._test_job = self.store.run_separately(
            lambda inventory, vault, ctx: tester(inventory, vault, row, ctx),
            done,
            failed,
            lambda stage: self.detail.set_test_status(
                self.tr("Testing… (%1)").replace("%1", stage), running=True
            ),
        )
        return self._test_job

    def _test_over(self, text: str) -> None:
        self.detail.set_test_status(text, running=False)
        row = self.selected_row()
        self._update_shop_actions(row)
        self.statusBar().showMessage(text, 10000)

    # -- misc --------------------------------------------------------------------
    def _on_clipboard_expired(self, cleared: bool) -> None:
        if cleared:
            self.statusBar().showMessage(self.tr("The clipboard was cleared."), 5000)

    def _about(self) -> None:
        from cobby_desktop.ui.help import show_about

        self.about_box = show_about(self)

    def open_guide(self) -> QWidget:
        from cobby_desktop.ui.help import open_guide

        return open_guide("start", self)

    def contact_support(self) -> QWidget:
        """The support dialog with a redacted report (and the selected shop's
        recent results: codes and summaries, never a secret)."""
        return self.launcher.support(self._support_details())

    def _support_details(self) -> list[str]:
        row = self.selected_row()
        if row is None:
            return []
        cred = row.credential
        lines = [
            f"Shop: {row.shop.display_name} <{row.shop.base_url}>",
            f"Magento: {magento_text(row)} {row.shop.magento_version or ''}".rstrip(),
        ]
        if cred is not None:
            lines.append(f"Credential: {cred.kind.value}, {cred.state.value}")
            lines.append(
                f"Last test: {cred.last_test_outcome or '-'} {cred.last_test_summary or ''}"
            )
        return lines

    def save_layout(self) -> None:
        layout_settings.save_layout(
            self.settings, self, self.splitter, self.table.horizontalHeader()
        )

    def busy_reasons(self) -> list[str]:
        """What is running now that closing would stop, one sentence each."""
        reasons: list[str] = []
        if self._test_job is not None and not self._test_job.done:
            reasons.append(self.tr("A connection test is running."))
        for dialog in list(self.launcher.open_dialogs.values()):
            reason = getattr(dialog, "busy_reason", None)
            text = reason() if callable(reason) else ""
            if text:
                reasons.append(text)
        return reasons

    def _ask_before_quit(self, reasons: list[str]) -> None:
        if self.quit_question is not None:
            self.quit_question.raise_()
            return
        box = quit_question(self, reasons)
        box.destroyed.connect(lambda *_: setattr(self, "quit_question", None))
        self.quit_question = box
        box.open()

    def quit_anyway(self) -> None:
        self._quit_confirmed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        reasons = [] if self._quit_confirmed else self.busy_reasons()
        if reasons:
            event.ignore()
            self._ask_before_quit(reasons)
            return
        self.save_layout()
        self.guard.clear_now()
        self.detail.secrets.hide_values()
        if self._test_job is not None:
            self._test_job.cancel()
        super().closeEvent(event)
