"""The security audit as a dialog: every finding with its severity, shop and
what to do, and one button that does it.

`run_audit` reads the keychain (to find weak and reused keys), so it runs in a
background job like every other store access; the findings it returns hold no
secret. After each action the audit runs again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.domain.audit import (
    DEFAULT_MAX_KEY_AGE_DAYS,
    AuditAction,
    AuditFinding,
    AuditSeverity,
)
from cobby_desktop.domain.lifecycle import ProbeAnswer
from cobby_desktop.domain.model import TestOutcome
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.services import rotation as steps
from cobby_desktop.ui import settings as app_settings
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
from cobby_desktop.ui.rotation_dialog import RotationDialog
from cobby_desktop.ui.secret_widgets import ClipboardGuard
from cobby_desktop.ui.store_access import StoreAccess
from cobby_desktop.ui.workers import Job, JobContext

if TYPE_CHECKING:
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault

MAX_AGE_KEY = "audit/max_key_age_days"
SEVERITY, SHOP, TITLE, DETAIL, ACTION = range(5)


def remembered_max_age(settings: QSettings) -> int:
    try:
        value = int(str(settings.value(MAX_AGE_KEY, DEFAULT_MAX_KEY_AGE_DAYS)))
    except (TypeError, ValueError):
        return DEFAULT_MAX_KEY_AGE_DAYS
    return max(1, min(value, 3650))


class AuditDialog(QDialog):
    """The audit's findings with one action button each."""

    audited = Signal(int)  # number of findings, after every run
    test_requested = Signal(int)  # shop id: the main window runs its connection test
    shop_edit_requested = Signal(int)  # shop id: open the shop's settings (URL, certificate)

    def __init__(
        self,
        store: StoreAccess,
        *,
        settings: QSettings | None = None,
        guard: ClipboardGuard | None = None,
        policy: HttpPolicy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings if settings is not None else app_settings.app_settings()
        self.guard = guard
        self.policy = policy
        self.findings: list[AuditFinding] = []
        self.shop_names: dict[int, str] = {}
        self.action_buttons: list[QPushButton] = []
        self.confirm_box: QMessageBox | None = None
        self.rotation_dialog: RotationDialog | None = None
        self._job: Job | None = None
        self._action_job: Job | None = None
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Security audit"))
        self.setStyleSheet(theme.css(STYLE))

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.age_label = QLabel(self.tr("Rotate keys older than:"), self)
        self.age = QSpinBox(self)
        self.age.setRange(1, 3650)
        self.age.setSuffix(self.tr(" days"))
        self.age.setValue(remembered_max_age(self.settings))
        self.age.setAccessibleName(self.tr("Maximum key age in days"))
        self.age_label.setBuddy(self.age)
        self.age.editingFinished.connect(self._age_changed)
        self.rerun_button = QPushButton(self.tr("&Run again"), self)
        self.rerun_button.setAccessibleName(self.tr("Run the security audit again"))
        self.rerun_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.rerun_button.setAutoDefault(False)
        self.rerun_button.clicked.connect(self.run)

        ch = self._build_table()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.strip = JobStrip(self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.age_label)
        top.addWidget(self.age)
        top.addWidget(self.rerun_button)
        lay_out_table_dialog(
            self, top, self.table, self.message, self.strip, self.close_button
        )
        self.resize(160 * ch, 34 * self.fontMetrics().height())
        self.run()

    def _build_table(self) -> int:
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit findings"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Severity"), self.tr("Shop"), self.tr("Finding"), self.tr("Details"),
             self.tr("Action")]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        ch = max(6, self.fontMetrics().averageCharWidth())
        setup_list_table(
            self.table, DETAIL, ((SEVERITY, 11), (SHOP, 24), (TITLE, 38), (ACTION, 22)), ch
        )
        self.table.installEventFilter(self)
        self.table.setToolTip(self.tr("Enter runs the selected finding's action."))
        return ch

    # -- running the audit ------------------------------------------------------------
    @property
    def max_age(self) -> int:
        return self.age.value()

    def _age_changed(self) -> None:
        if remembered_max_age(self.settings) != self.age.value():
            self.settings.setValue(MAX_AGE_KEY, self.age.value())
            self.settings.sync()
            self.run()

    def run(self) -> Job:
        from cobby_desktop.domain.audit import AuditPolicy

        policy = AuditPolicy(max_key_age_days=self.max_age)
        if self._job is not None and not self._job.done:
            self._job.cancel()

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> tuple[list, dict]:
            from cobby_desktop.domain.audit import run_audit

            shops = inv.shops()
            found = run_audit(shops, inv.credentials(), vault.credential_secrets, policy=policy)
            return found, {s.id: s.display_name for s in shops}

        self.summary.setText(self.tr("Checking your keys…"))
        self._job = run_guarded(self.store, work, self._show, self._fail)
        self.strip.start(self.tr("Running the security audit…"), self._job)
        return self._job

    def _fail(self, message: str) -> None:
        self.summary.setText(self.tr("The audit could not run."))
        self.say(message, error=True)

    def _show(self, value: tuple[list[AuditFinding], dict[int, str]]) -> None:
        self.findings, self.shop_names = value
        warnings = sum(1 for f in self.findings if f.severity is AuditSeverity.WARNING)
        if not self.findings:
            self.summary.setText(self.tr("No findings: your keys follow every rule checked."))
        else:
            self.summary.setText(
                self.tr("%n findings, of them %1 warnings.", "", len(self.findings)).replace(
                    "%1", str(warnings)
                )
            )
        self.table.setRowCount(0)
        self.action_buttons = []
        for row, finding in enumerate(self.findings):
            self.table.insertRow(row)
            self._fill_row(row, finding)
        self._fit_actions()
        self.table.resizeRowsToContents()
        pad = self.fontMetrics().height() // 2
        for row in range(self.table.rowCount()):  # air above and below wrapped details
            self.table.setRowHeight(row, self.table.rowHeight(row) + pad)
        if self.findings:
            self.table.selectRow(0)
        self.audited.emit(len(self.findings))

    def _fill_row(self, row: int, finding: AuditFinding) -> None:
        severity = QTableWidgetItem(
            self.tr("Warning") if finding.severity is AuditSeverity.WARNING else self.tr("Notice")
        )
        fg, bg = texts.outcome_colours(
            TestOutcome.FAILED if finding.severity is AuditSeverity.WARNING else TestOutcome.NOTICE
        )
        severity.setForeground(fg)
        severity.setBackground(bg)
        shop = self.shop_names.get(finding.shop_id, "") if finding.shop_id is not None else ""
        title = i18n.render(finding.title_message)
        full_detail = detail = i18n.render(finding.detail_message)
        for joint in (", ", ": "):  # the Shop column names it already
            if shop and detail.startswith(shop + joint):
                detail = detail[len(shop) + len(joint):]
                break
        cells = (severity, QTableWidgetItem(shop), QTableWidgetItem(title),
                 QTableWidgetItem(detail))
        for column, item in enumerate(cells):
            item.setToolTip(full_detail)
            item.setData(Qt.ItemDataRole.UserRole, finding.code)
            self.table.setItem(row, column, item)
        button = QPushButton(self.action_label(finding.action), self.table)
        button.setAutoDefault(False)
        button.setAccessibleName(
            self.tr("%1: %2").replace("%1", self.action_label(finding.action))
            .replace("%2", f"{shop} – {title}" if shop else title)
        )
        button.clicked.connect(lambda _=False, f=finding: self.act(f))
        holder = QWidget(self.table)
        box = QHBoxLayout(holder)
        box.setContentsMargins(4, 2, 4, 2)
        box.addWidget(button)
        self.table.setCellWidget(row, ACTION, holder)
        self.action_buttons.append(button)

    def _fit_actions(self) -> None:
        """The Action column is as wide as its widest button (a German label or a
        larger font must not be clipped); the Details column gives way."""
        widths = [
            (b.parentWidget() or b).sizeHint().width() for b in self.action_buttons
        ]
        if widths:
            width = max([*widths, self.table.columnWidth(ACTION)])
            self.table.setColumnWidth(ACTION, width)

    def action_label(self, action: AuditAction) -> str:
        return {
            AuditAction.ROTATE: self.tr("Rotate…"),
            AuditAction.TEST: self.tr("Test now"),
            AuditAction.REMOVE_SECRETS: self.tr("Remove secrets…"),
            AuditAction.EDIT_SHOP: self.tr("Edit shop…"),
            AuditAction.REVIEW_CERTIFICATE: self.tr("Review certificate…"),
            AuditAction.VERIFY_REVOCATION: self.tr("Check that it is refused"),
        }[action]

    # -- actions ----------------------------------------------------------------------
    def act(self, finding: AuditFinding) -> Any:
        self.say("")
        action, shop_id = finding.action, finding.shop_id
        if action is AuditAction.ROTATE and shop_id is not None:
            return self.open_rotation(shop_id)
        if action is AuditAction.TEST and shop_id is not None:
            self.test_requested.emit(shop_id)
            self.say(self.tr("The connection test runs in the main window. Run the audit again "
                             "when it has finished."))
            return None
        if action in (AuditAction.EDIT_SHOP, AuditAction.REVIEW_CERTIFICATE) and shop_id:
            self.shop_edit_requested.emit(shop_id)
            return None
        if action is AuditAction.REMOVE_SECRETS and finding.credential_id is not None:
            return self.ask_remove_secrets(finding)
        if action is AuditAction.VERIFY_REVOCATION and finding.credential_id is not None:
            return self.verify_revocation(finding.credential_id)
        return None

    def open_rotation(self, shop_id: int) -> RotationDialog:
        dialog = RotationDialog(self.store, shop_id, guard=self.guard, policy=self.policy,
                                parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.run())
        dialog.destroyed.connect(lambda *_: setattr(self, "rotation_dialog", None))
        self.rotation_dialog = dialog
        dialog.open()
        return dialog

    def ask_remove_secrets(self, finding: AuditFinding) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove the secrets?"),
            self.tr("The revoked credential's key or tokens are removed from this computer's "
                    "keychain. The credential stays in the inventory as revoked."),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        cred_id = finding.credential_id

        def answered(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is remove and cred_id is not None:
                self.remove_secrets(cred_id)

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    def remove_secrets(self, credential_id: int) -> Job:
        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> None:
            steps.remove_orphaned_secrets(inv, vault, credential_id)

        def done(_: Any) -> None:
            self.say(self.tr("The secrets were removed from the keychain."))
            self.run()

        return self._action(work, done, self.tr("Removing the secrets…"))

    def verify_revocation(self, credential_id: int) -> Job:
        policy, store = self.policy, self.store

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> Any:
            prober = steps.make_prober(vault, policy or store.context.policy, ctx.cancel)
            return steps.verify_revocation(inv, vault, credential_id, prober)

        def done(probe: Any) -> None:

            if probe.outcome is ProbeAnswer.REJECTED:
                self.say(self.tr("Confirmed: the shop refuses the revoked access. Its secrets "
                                 "were removed from the keychain."))
            elif probe.outcome is ProbeAnswer.OK:
                self.say(self.tr("The shop still accepts this access. Delete the API user or "
                                 "integration in the Magento admin, then check again."),
                         error=True)
            else:
                self.say(self.tr("The shop could not be asked.") + " "
                         + texts.verdict_text(probe.summary),
                         error=True)
            self.run()

        return self._action(work, done, self.tr("Checking the revocation with the shop…"))

    def _action(self, work: Any, done: Any, text: str) -> Job:
        job = run_guarded(self.store, work, done, lambda m: self.say(m, error=True))
        self._action_job = job
        self.strip.start(text, job)
        return job

    def say(self, text: str, *, error: bool = False) -> None:
        show_message(self.message, text, MessageKind.ERROR if error else MessageKind.INFO)

    @property
    def busy(self) -> bool:
        return any(j is not None and not j.done for j in (self._job, self._action_job))

    def busy_reason(self) -> str:
        """What closing the app now would stop (the main window asks first): the
        actions that ask a shop or change keys; reading the audit itself is not."""
        job = self._action_job
        return self.tr("The security audit is working on a key.") if job and not job.done else ""

    # -- keyboard -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                row = self.table.currentRow()
                if 0 <= row < len(self.findings):
                    self.act(self.findings[row])
                    return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: Any) -> None:
        for job in (self._job, self._action_job):
            if job is not None:
                job.cancel()
        super().closeEvent(event)
