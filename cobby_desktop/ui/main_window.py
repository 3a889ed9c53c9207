"""The main window: the offline inventory as a searchable table, the selected
shop's details, and the actions that start everything else.

Nothing here touches the database, the keychain or the network directly:
all of it goes through `StoreAccess`, i.e. background jobs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop.ui import settings as layout_settings
from cobby_desktop.ui import theme
from cobby_desktop.ui.launcher import DialogLauncher
from cobby_desktop.ui.main_actions import build_actions, update_shop_actions
from cobby_desktop.ui.quick_test import QuickTest, Tester
from cobby_desktop.ui.store_access import ProblemSource
from cobby_desktop.ui.workers import Job, JobContext

# The shops page (table, details, the clipboard guard) and what it needs load
# when it is built: after the first paint when the window is started with
# defer_page, so the window appears sooner.
if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtWidgets import (
        QLineEdit,
        QMessageBox,
        QSplitter,
        QTableView,
        QToolBar,
        QToolButton,
    )

    from cobby_desktop.domain.model import InventoryRow
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.ui.detail_pane import DetailPane
    from cobby_desktop.ui.empty_state import EmptyState
    from cobby_desktop.ui.inventory_model import BadgeDelegate, Described
    from cobby_desktop.ui.secret_widgets import ClipboardGuard
    from cobby_desktop.ui.store_access import StoreAccess, StoreProblem

log = logging.getLogger(__name__)

GROUP_SETTING = "inventory/group_by_workspace"
# From this many shops on, their sort keys and search texts are computed on the
# worker that read them; below, the GUI thread does it in a few milliseconds.
DESCRIBE_ON_WORKER = 200

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


def _load_page_modules(ctx: JobContext) -> None:
    """Run as a job: the shops page's modules, imported off the GUI thread."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView  # noqa: F401

    import cobby_desktop.ui.shops_page  # noqa: F401 - with the table and the details


def _stored_id(row_id: int | None) -> int:
    """A listed row's id (rows come from the inventory, so they have one)."""
    assert row_id is not None
    return row_id


class MainWindow(QMainWindow):
    connect_shop_requested = Signal()
    security_audit_requested = Signal()
    rows_loaded = Signal(int)  # number of shops, after every (re)load
    # defer_page: the shops page is built (with the rows, if they came first);
    # work that can wait longer starts here, so it does not compete with it.
    page_ready = Signal()
    test_finished = Signal(object)  # whatever the tester returned

    # Built by main_actions.build_actions (with the window).
    act_connect: QAction
    act_test: QAction
    act_audit: QAction
    act_refresh: QAction
    act_find: QAction
    act_workspaces: QAction
    act_export: QAction
    act_import: QAction
    act_group: QAction
    act_activity: QAction
    act_resume: QAction
    act_edit: QAction
    act_rotate: QAction
    act_revoke: QAction
    act_quit: QAction
    act_about: QAction
    act_guide: QAction
    act_support: QAction
    act_preferences: QAction
    toolbar: QToolBar
    # Built by shops_page.build_page (with the shops page).
    empty: EmptyState
    list_title: QLabel
    search: QLineEdit
    group_button: QToolButton
    table: QTableView
    badges: BadgeDelegate
    no_match: QLabel
    detail: DetailPane
    splitter: QSplitter

    def __init__(
        self,
        store: StoreAccess,
        *,
        settings: QSettings | None = None,
        clipboard_clear_ms: int | None = None,  # None: as set in Preferences
        tester: Tester | None = None,
        now: Callable[[], datetime] | None = None,
        defer_page: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`defer_page`: show "Opening the inventory" first and build the shops
        page right after the first paint (the app's start); otherwise build it
        now. The rows are read in the background either way."""
        super().__init__(parent)
        self.store = store
        self.settings = settings if settings is not None else layout_settings.app_settings()
        # None: "Test connection" opens the check dialog (diagnosis, findings,
        # proof). A tester given here runs instead, without the dialog (tests,
        # the benchmark); test_row() uses it, or the real diagnosis.
        self.tester = tester
        self.quick_test = QuickTest(store, tester, self)
        self.quick_test.over.connect(self._test_over)
        self.quick_test.finished.connect(self._tested)
        self.launcher = DialogLauncher(self)
        self._clipboard_clear_ms = clipboard_clear_ms
        self._now = now
        self._page_built = False
        self._loaded = False
        self.quit_question: QMessageBox | None = None
        self._quit_confirmed = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("cobby Desktop"))
        self.restyle()
        theme.on_scheme_change(self.restyle)

        build_actions(self)
        self._build_central()
        self._build_status_bar()
        self._apply_default_size()
        layout_settings.restore_layout(self.settings, self)

        store.problem.connect(self._on_store_problem)
        self.connect_shop_requested.connect(lambda: self.launcher.setup_wizard())
        self.security_audit_requested.connect(self.launcher.audit)
        # Rows that arrive before the deferred page is built wait for it.
        self._early_rows: tuple[list[InventoryRow], list | None, Described | None] | None = None
        self._page_deferred = defer_page
        if defer_page:
            from cobby_desktop.ui.first_paint import after_first_paint

            after_first_paint(self, self._page_after_first_paint)
        else:
            self._ensure_page()
        self.refresh()

    def _page_after_first_paint(self) -> None:
        """The page's modules load on a worker (the window answers meanwhile),
        then the page is built, and the rows that came early follow it."""
        from cobby_desktop.ui.workers import start_job

        job = start_job(_load_page_modules, self)
        job.finished.connect(self._build_deferred_page)
        job.failed.connect(self._build_deferred_page)

    def _build_deferred_page(self, *_: object) -> None:
        self._ensure_page()
        QTimer.singleShot(0, self, self._polish_deferred_page)  # each step a turn of its own

    def _polish_deferred_page(self) -> None:
        self.splitter.ensurePolished()  # style sheet and fonts, before the page is shown
        self._page_deferred = False
        QTimer.singleShot(0, self, self._show_early_rows)

    def _show_early_rows(self) -> None:
        if self._early_rows is not None:
            early, self._early_rows = self._early_rows, None
            self._on_rows(*early)
        self.page_ready.emit()

    @property
    def guard(self) -> ClipboardGuard:
        """Clears copied secrets from the clipboard (built with the shops page)."""
        self._ensure_page()
        return self._guard

    def _ensure_page(self) -> None:
        """Build the shops page once: search, table, details, and the model
        with its clipboard guard and age timer."""
        if self._page_built:
            return
        self._page_built = True
        from cobby_desktop.ui import texts
        from cobby_desktop.ui.inventory_model import InventoryFilterProxy, InventoryTableModel
        from cobby_desktop.ui.secret_widgets import ClipboardGuard

        now = self._now or texts.now_utc
        self._guard = ClipboardGuard(self._clipboard_clear_ms, self, settings=self.settings)
        self.model = InventoryTableModel(self, now=now)
        self.proxy = InventoryFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        from cobby_desktop.ui.shops_page import build_page

        build_page(self, now)
        layout_settings.restore_panes(self.settings, self.splitter, self.table.horizontalHeader())
        if str(self.settings.value(GROUP_SETTING, "false")).lower() == "true":
            self.act_group.setChecked(True)
            self.model.set_grouped(True)
        self._guard.copied.connect(
            lambda what: self.statusBar().showMessage(
                self.tr("%1 copied to the clipboard.").replace("%1", what), 5000
            )
        )
        self._guard.expired.connect(self._on_clipboard_expired)
        self.detail.secrets.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(60_000)
        self._age_timer.timeout.connect(self.model.refresh_ages)
        self._age_timer.start()

    def restyle(self, *_: object) -> None:
        """The style sheet's colours for the colour scheme being drawn."""
        self.setStyleSheet(theme.css(STYLE))

    # -- building ----------------------------------------------------------------
    def _build_central(self) -> None:
        """The pages shown before the shops page exists: opening, a problem."""
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)

        self.loading = QLabel(self.tr("Opening the inventory…"), self)
        self.loading.setObjectName("hint")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)

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
        self.stack.addWidget(self.problem_page)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.offline_label = QLabel(self.tr("Inventory stored on this computer"), self)
        self.offline_label.setObjectName("hint")
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.offline_label)
        self.statusBar().setSizeGripEnabled(True)

    def _apply_default_size(self) -> None:
        """First start: the size in character units, so 125 %/150 % scaling and
        larger fonts keep the same proportions."""
        ch = max(6, self.fontMetrics().averageCharWidth())
        line = self.fontMetrics().height()
        width, height = 190 * ch, 46 * line
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, int(screen.width() * 0.92))
            height = min(height, int(screen.height() * 0.9))
        self.resize(width, height)

    # -- loading -----------------------------------------------------------------
    def refresh(self) -> Job:
        """Read the rows again (in the background) and keep the selection."""
        self.statusBar().showMessage(self.tr("Reading the inventory…"))
        now = self._now

        def load(inventory: Inventory) -> tuple[list[InventoryRow], list, Described | None]:
            rows = inventory.rows()
            described = None
            if len(rows) > DESCRIBE_ON_WORKER:  # keeps the GUI thread free to paint
                from cobby_desktop.ui import texts
                from cobby_desktop.ui.inventory_model import describe_rows

                described = describe_rows(rows, (now or texts.now_utc)())
            return rows, inventory.workspaces(), described

        return self.store.read(
            load,
            lambda loaded: self._on_rows(*loaded),
            self._on_inventory_problem,
            self._on_failure,
        )

    def _on_rows(
        self,
        rows: list[InventoryRow],
        workspaces: list | None = None,
        described: Described | None = None,
    ) -> None:
        if self._page_deferred:  # the window is not on screen yet: show it first
            self._early_rows = (rows, workspaces, described)
            return
        self._ensure_page()
        selected = self.selected_row()
        keep = selected.shop.id if selected else None
        self.model.set_workspaces(workspaces or [])
        self.model.set_rows(rows, described)
        self._loaded = True
        self.statusBar().clearMessage()
        if not rows:
            self.stack.setCurrentWidget(self.empty)
            self.detail.show_row(None)
        elif self.stack.currentWidget() is not self.splitter:
            self.stack.setCurrentWidget(self.splitter)
        if len(rows) > DESCRIBE_ON_WORKER:  # the selection and details: a turn of their own
            QTimer.singleShot(0, self, lambda: self._rows_shown(keep, len(rows)))
        else:
            self._rows_shown(keep, len(rows))

    def _rows_shown(self, keep: int | None, count: int) -> None:
        if count:
            self.select_shop(keep) if keep is not None else self._select_first()
        self._update_counts()
        self.rows_loaded.emit(count)

    def _on_inventory_problem(self, problem: StoreProblem) -> None:
        if problem.source is not ProblemSource.INVENTORY:
            return
        self.problem_text.setText(
            self.tr("The inventory could not be opened.") + "\n\n" + problem.message
        )
        self.stack.setCurrentWidget(self.problem_page)
        self.statusBar().clearMessage()

    def _on_failure(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def _on_store_problem(self, problem: StoreProblem) -> None:
        from PySide6.QtWidgets import QMessageBox

        title = self._problem_title(problem)
        box = QMessageBox(QMessageBox.Icon.Warning, title, problem.message, parent=self)
        box.setObjectName("problemDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, does not block: the window stays usable
        self.last_problem = problem

    def _problem_title(self, problem: StoreProblem) -> str:
        if problem.source is ProblemSource.INVENTORY:
            return self.tr("The inventory could not be opened")
        # A vault problem: its module is loaded, it raised the error.
        from cobby_desktop.domain.vault import VaultProblem

        titles: dict[str, str] = {
            VaultProblem.MISSING: self.tr("No keychain available"),
            VaultProblem.LOCKED: self.tr("The keychain is locked"),
            VaultProblem.DENIED: self.tr("Access to the keychain was denied"),
            VaultProblem.TOO_LARGE: self.tr("The value is too large for the keychain"),
        }
        return titles.get(problem.kind, self.tr("The keychain did not answer"))

    # -- selection ---------------------------------------------------------------
    def selected_row(self) -> InventoryRow | None:
        if not self._page_built:
            return None
        from cobby_desktop.ui.inventory_model import ROW_ROLE

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
            self.current_changed()
            return
        from PySide6.QtCore import QItemSelectionModel

        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def current_changed(self, *_: object) -> None:
        row = self.selected_row()
        self.detail.show_row(row)
        update_shop_actions(self, row)
        if row is not None and row.shop.id is not None:
            shop_id = row.shop.id
            self.store.read(
                lambda inventory: inventory.checks(shop_id, limit=8),
                lambda checks: self.detail.set_checks(shop_id, checks),
            )

    # -- search ------------------------------------------------------------------
    def focus_search(self) -> None:
        if self._page_built and self.stack.currentWidget() is self.splitter:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    def search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        current = self.table.currentIndex()
        if not current.isValid() or not self.table.selectionModel().isSelected(current):
            self._select_first()
        self.no_match.setVisible(self.proxy.rowCount() == 0)
        self._update_counts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtGui import QKeyEvent

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
        self._ensure_page()
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
    def _for_selected(self, action: Callable[[InventoryRow], Any]) -> None:
        row = self.selected_row()
        if row is not None and row.shop.id is not None:
            action(row)

    def resume_selected(self) -> None:
        self._for_selected(self._resume)

    def edit_selected(self) -> None:
        self._for_selected(lambda row: self.launcher.edit_shop(_stored_id(row.shop.id)))

    def rotate_selected(self) -> None:
        self._for_selected(lambda row: self.launcher.rotation(_stored_id(row.shop.id)))

    def revoke_selected(self) -> None:
        self._for_selected(self._revoke)

    def _revoke(self, row: InventoryRow) -> None:
        if row.credential is not None:
            self.launcher.revoke(_stored_id(row.credential.id))

    def _resume(self, row: InventoryRow) -> None:
        self.launcher.setup_wizard(draft_shop_id=row.shop.id)

    def open_selected(self) -> None:
        """Double-click or Enter: finish a draft's setup, otherwise test the shop."""
        row = self.selected_row()
        if row is None:
            return
        from cobby_desktop.domain.model import CredentialState

        if row.credential is None or row.credential.state is CredentialState.DRAFT:
            self._resume(row)
        else:
            self.test_selected()

    # -- connection test ---------------------------------------------------------
    def test_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.start_test(row)

    def start_test(self, row: InventoryRow) -> None:
        """The check dialog for a stored shop, or the tester given to the window."""
        if self.tester is None and row.credential is not None and row.shop.id is not None:
            self.launcher.check(row.shop.id)
        else:
            self.test_row(row)

    def test_row(self, row: InventoryRow) -> Job | None:
        """Test in the background without the dialog; the result goes into the
        check history and the table."""
        if row.credential is None:
            return None
        if self.quick_test.running:
            self.statusBar().showMessage(self.tr("A connection test is already running."), 5000)
            return None
        self.detail.set_test_status(self.tr("Testing…"), running=True)
        self.act_test.setEnabled(False)
        self.statusBar().showMessage(self.tr("Testing %1…").replace("%1", row.shop.display_name))
        return self.quick_test.start(
            row, lambda text: self.detail.set_test_status(text, running=True)
        )

    def _tested(self, report: object) -> None:
        self.test_finished.emit(report)
        self.refresh()

    def _test_over(self, text: str) -> None:
        self.detail.set_test_status(text, running=False)
        row = self.selected_row()
        update_shop_actions(self, row)
        self.statusBar().showMessage(text, 10000)

    # -- misc --------------------------------------------------------------------
    def _on_clipboard_expired(self, cleared: bool) -> None:
        if cleared:
            self.statusBar().showMessage(self.tr("The clipboard was cleared."), 5000)

    def show_about(self) -> None:
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
        from cobby_desktop.ui.inventory_model import magento_text

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
        if not self._page_built:  # closed within its first moments: the window only
            layout_settings.save_layout(self.settings, self)
            return
        layout_settings.save_layout(
            self.settings, self, self.splitter, self.table.horizontalHeader()
        )

    def forget_secrets(self) -> None:
        """Quitting: a copied secret leaves the clipboard, shown values are hidden."""
        if self._page_built:
            self._guard.clear_now()
            self.detail.secrets.hide_values()

    def busy_reasons(self) -> list[str]:
        """What is running now that closing would stop, one sentence each."""
        from cobby_desktop.ui.quit_question import busy_reasons

        return busy_reasons(self.quick_test.running, self.launcher.open_dialogs.values())

    def _ask_before_quit(self, reasons: list[str]) -> None:
        from cobby_desktop.ui.quit_question import ask_before_quit

        if self.quit_question is not None:
            self.quit_question.raise_()
            return
        box = ask_before_quit(self, reasons, self._quit_anyway)
        box.destroyed.connect(lambda *_: setattr(self, "quit_question", None))
        self.quit_question = box

    def _quit_anyway(self) -> None:
        self._quit_confirmed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        reasons = [] if self._quit_confirmed else self.busy_reasons()
        if reasons:
            event.ignore()
            self._ask_before_quit(reasons)
            return
        self.save_layout()
        self.forget_secrets()
        self.quick_test.cancel()
        super().closeEvent(event)
