"""The guided setup: workspace, shop address, the version's creation pages (or
straight to entering existing credentials), the test, saving and the portal step.

Closing the wizard early keeps a draft: the shop and a DRAFT credential in the
inventory, the secrets only in the keychain. `open_setup_wizard(...,
draft_shop_id=...)` resumes it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget, QWizard

from cobby_desktop.domain.model import Activity
from cobby_desktop.domain.proof import ProofResult
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.secret import Secret
from cobby_desktop.services import setup
from cobby_desktop.services.setup_state import WizardState
from cobby_desktop.ui import settings as app_settings
from cobby_desktop.ui.secret_widgets import ClipboardGuard, CopyNotice
from cobby_desktop.ui.wizard.page_portal import PortalPage
from cobby_desktop.ui.wizard.page_test import TestPage
from cobby_desktop.ui.wizard.pages_m1 import M1RolePage, M1UserPage
from cobby_desktop.ui.wizard.pages_m2 import M2IntegrationPage, M2TokensPage
from cobby_desktop.ui.wizard.pages_start import ShopUrlPage, WorkspacePage
from cobby_desktop.ui.wizard.widgets import SecretEdit, fallback_guard
from cobby_desktop.ui.workers import start_job

DEFAULT_SIZE = (900, 700)  # room for the longest page at 100 %
SIZE_SETTING = "wizard/size"

WORKSPACE, SHOP, M1_ROLE, M1_USER, M2_INTEGRATION, M2_TOKENS, TEST, PORTAL = range(8)
PAGE_NAMES = {
    WORKSPACE: "workspace",
    SHOP: "shop",
    M1_ROLE: "m1_role",
    M1_USER: "m1_user",
    M2_INTEGRATION: "m2_integration",
    M2_TOKENS: "m2_tokens",
    TEST: "test",
    PORTAL: "portal",
}


class SetupWizard(QWizard):
    loaded = Signal()  # the workspace choices (and a resumed draft) are in
    saved = Signal(int)  # shop id: the tested credential is stored and ACTIVE
    draft_saved = Signal(object)  # SaveOutcome of the draft kept on close
    connection_proved = Signal(int)  # shop id: the portal step's proof is recorded

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        open_inventory: Callable[[], Inventory] | None = None,
        vault: Vault | None = None,
        policy: HttpPolicy | None = None,
        draft_shop_id: int | None = None,
        load: bool = True,
        guard: ClipboardGuard | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.open_inventory = open_inventory or Inventory.open
        self.vault = vault if vault is not None else Vault()
        self.policy = policy
        self.draft_shop_id = draft_shop_id
        self.state = WizardState()
        # The main window's guard when opened from it, so one notice and one
        # timer cover every copied secret; else the application's own.
        self.guard = guard if guard is not None else fallback_guard()
        self.copy_notice = CopyNotice(self.guard, self)
        self.copy_jobs = 0  # activity entries being written (tests wait on it)
        self.pending_log: list[tuple[Activity, str]] = []  # copies/reveals before the save
        self.setWindowTitle(self.tr("Connect a shop to cobby"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Help (and F1) open the app's guide at the page the merchant is on.
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.helpRequested.connect(self.show_guide)
        self.help_key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        self.help_key.activated.connect(self.show_guide)
        # No Alt letter: the pages use theirs ("I already &have credentials").
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("Help (F1)"))
        self.guide: QWidget | None = None
        self.settings = settings if settings is not None else app_settings.app_settings()
        self.setMinimumSize(560, 480)
        self.resize(self.start_size())
        for button, name in (
            (QWizard.WizardButton.BackButton, self.tr("Back to the previous page")),
            (QWizard.WizardButton.NextButton, self.tr("Next page")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish the setup")),
            (QWizard.WizardButton.HelpButton, self.tr("Open the guide for this page")),
            (
                QWizard.WizardButton.CancelButton,
                self.tr("Cancel; asks whether to keep what you typed as a draft"),
            ),
        ):
            self.button(button).setAccessibleName(name)
        # Cancel, Escape and the window's close button ask before typed values go.
        cancel = self.button(QWizard.WizardButton.CancelButton)
        cancel.clicked.disconnect()
        cancel.clicked.connect(self.ask_before_cancel)
        self.cancel_question: QMessageBox | None = None
        self._discard = False
        self.workspace_page = WorkspacePage()
        self.shop_page = ShopUrlPage()
        self.m1_role_page = M1RolePage()
        self.m1_user_page = M1UserPage()
        self.m2_integration_page = M2IntegrationPage()
        self.m2_tokens_page = M2TokensPage()
        self.test_page = TestPage()
        self.portal_page = PortalPage()
        for page_id, page in (
            (WORKSPACE, self.workspace_page),
            (SHOP, self.shop_page),
            (M1_ROLE, self.m1_role_page),
            (M1_USER, self.m1_user_page),
            (M2_INTEGRATION, self.m2_integration_page),
            (M2_TOKENS, self.m2_tokens_page),
            (TEST, self.test_page),
            (PORTAL, self.portal_page),
        ):
            self.setPage(page_id, page)
        self.currentIdChanged.connect(self._move_notice)
        self.is_loaded = False
        if load:
            self._load()

    # -- size ------------------------------------------------------------------
    def start_size(self) -> QSize:
        """The size the merchant left it at, else room for the longest page
        (about 900 x 700); never larger than the screen."""
        saved = self.settings.value(SIZE_SETTING)
        size = saved if isinstance(saved, QSize) and saved.isValid() else QSize(*DEFAULT_SIZE)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            size = size.boundedTo(screen.size())
        return size.expandedTo(self.minimumSize())

    def remember_size(self) -> None:
        self.settings.setValue(SIZE_SETTING, self.size())
        self.settings.sync()

    # -- copying and showing secrets ---------------------------------------------
    def copy_secret(self, value: Secret, what: str, field_name: str) -> None:
        """Every secret the wizard copies: through the guard (cleared after the
        time set in Preferences if still there) and into the activity log."""
        self.guard.copy(value, what)
        self._log(Activity.COPIED, field_name)

    def reveal_secret(self, field_name: str) -> None:
        """A SecretEdit's Show: logged like the rotation dialog's reveal."""
        self._log(Activity.REVEALED, field_name)

    def _log(self, action: Activity, field_name: str) -> None:
        # Before the shop is saved there is nothing to log it against: keep it
        # (field name only) until the save, draft or tested, gives the ids.
        self.pending_log.append((action, field_name))
        if self.state.shop_id is not None:
            self._flush_log()

    def _flush_log(self) -> None:
        if not self.pending_log or (self.state.shop_id is None and self.state.workspace_id is None):
            return
        entries, self.pending_log = self.pending_log, []
        snapshot = dataclasses.replace(self.state, secrets={})
        opener = self.open_inventory
        self.copy_jobs += 1
        # No parent: a draft's entries are written after the window is gone.
        job = start_job(lambda ctx: setup.log_entries(opener, snapshot, entries))
        job.finished.connect(self._copy_logged)
        job.failed.connect(self._copy_logged)

    def _copy_logged(self, *_: object) -> None:
        self.copy_jobs -= 1

    def conceal_secrets(self) -> None:
        for field in self.findChildren(SecretEdit):
            field.conceal()

    def _move_notice(self, page_id: int) -> None:
        self.conceal_secrets()  # a shown secret hides when its page is left
        page = self.page(page_id)
        if page is not None and hasattr(page, "outer"):
            page.outer.addWidget(self.copy_notice)  # reparenting hides it
            self.copy_notice.setVisible(self.guard.active)

    # -- navigation ---------------------------------------------------------
    def nextId(self) -> int:
        current = self.currentId()
        if current == WORKSPACE:
            return SHOP
        if current == SHOP:
            m1 = self.shop_page.m1.isChecked()
            if self.shop_page.existing.isChecked():
                return M1_USER if m1 else M2_TOKENS
            return M1_ROLE if m1 else M2_INTEGRATION
        return {
            M1_ROLE: M1_USER,
            M1_USER: TEST,
            M2_INTEGRATION: M2_TOKENS,
            M2_TOKENS: TEST,
            TEST: PORTAL,
        }.get(current, -1)

    # -- loading and saving -----------------------------------------------------
    def _load(self) -> None:
        opener, vault, draft = self.open_inventory, self.vault, self.draft_shop_id
        job = start_job(lambda ctx: setup.load_choices(opener, vault, draft), self)
        job.finished.connect(self.set_choices)

    def set_choices(self, choices: setup.Choices) -> None:
        if choices.draft is not None:
            self.state = choices.draft
        self.is_loaded = True
        self.workspace_page.set_choices(choices)
        self.loaded.emit()

    def adopt_saved(self, saved: WizardState) -> None:
        """Take over the ids a background save assigned."""
        for name in ("workspace_id", "new_workspace_name", "shop_id", "credential_id"):
            setattr(self.state, name, getattr(saved, name))
        self.state.saved_active = saved.saved_active
        self._flush_log()
        if saved.saved_active and saved.shop_id is not None:
            self.saved.emit(saved.shop_id)

    def record_proof(self, result: ProofResult) -> None:
        """Write the portal step's proof into the shop's check history, then
        tell the main window (its row, last check and detail pane follow)."""
        shop_id, credential_id = self.state.shop_id, self.state.credential_id
        if shop_id is None or not self.state.saved_active:
            return
        opener = self.open_inventory
        # No parent: the record is written even if the wizard closes meanwhile.
        job = start_job(
            lambda ctx: shop_id
            if setup.record_proof(opener, shop_id, credential_id, result)
            else None
        )
        job.finished.connect(self._proof_recorded)  # a bound slot: dropped with the wizard

    def _proof_recorded(self, shop_id: int | None) -> None:
        if shop_id is not None:
            self.connection_proved.emit(shop_id)

    def has_draft_content(self) -> bool:
        return bool(self.state.url or self.state.new_workspace_name.strip())

    def show_guide(self) -> None:
        from cobby_desktop.ui.help import open_guide

        self.guide = open_guide(PAGE_NAMES.get(self.currentId(), "start"), self)

    # -- leaving ----------------------------------------------------------------
    def busy_reason(self) -> str:
        """What closing now would stop (the main window's quit question)."""
        if self.test_page.job is not None:
            return self.tr("The setup is testing the connection to the shop.")
        if self.portal_page.proof.running:
            return self.tr("The setup is waiting for cobby to connect to the shop.")
        return ""

    def _typed_something(self) -> bool:
        page = self.currentPage()
        if page is not None and hasattr(page, "store"):
            page.store(self.state)
        return self.is_loaded and not self.state.saved_active and self.has_draft_content()

    def ask_before_cancel(self) -> None:
        """Cancel with typed values: keep them as a draft, discard them, or go on."""
        if not self._typed_something():
            self.reject()
            return
        if self.cancel_question is not None:
            self.cancel_question.raise_()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Keep what you typed?"),
            self.tr(
                "Keep it as a draft to finish the setup later (select the shop and choose "
                "Continue setup), or discard it."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("cancelQuestion")
        keep = box.addButton(self.tr("&Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("&Go on with the setup"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(stay)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._cancel_answered(button, keep, discard))
        box.destroyed.connect(lambda *_: setattr(self, "cancel_question", None))
        self.cancel_question = box
        box.open()

    def _cancel_answered(
        self, button: QAbstractButton, keep: QAbstractButton, discard: QAbstractButton
    ) -> None:
        if button is discard:
            self._discard = True
        if button in (keep, discard):
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.ask_before_cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's close button (spontaneous) asks like Cancel; close() from
        # code (the main window closing, tests) keeps a draft as before.
        if event.spontaneous() and self._typed_something():
            event.ignore()
            self.ask_before_cancel()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.remember_size()
        self.conceal_secrets()
        self.shop_page._cancel_detection()
        self.test_page.cancel_test()
        self.portal_page.cancel_proof()
        if result != QWizard.DialogCode.Accepted and not self.state.saved_active:
            page = self.currentPage()
            if page is not None and hasattr(page, "store"):
                page.store(self.state)
            if self.is_loaded and self.has_draft_content() and not self._discard:
                self.save_draft()
        super().done(result)

    def save_draft(self) -> None:
        snapshot = dataclasses.replace(self.state, secrets=dict(self.state.secrets))
        opener, vault = self.open_inventory, self.vault
        # No parent: the save finishes even after the window is gone.
        job = start_job(lambda ctx: setup.save(opener, vault, snapshot))
        job.finished.connect(self._draft_done)

    def _draft_done(self, outcome: setup.SaveOutcome) -> None:
        if not outcome.error or outcome.secrets_dropped:
            for name in ("workspace_id", "new_workspace_name", "shop_id", "credential_id"):
                setattr(self.state, name, getattr(outcome.state, name))
            self._flush_log()
        self.draft_saved.emit(outcome)


def open_setup_wizard(
    parent: QWidget | None = None,
    *,
    open_inventory: Callable[[], Inventory] | None = None,
    vault: Vault | None = None,
    draft_shop_id: int | None = None,
    policy: HttpPolicy | None = None,
    guard: ClipboardGuard | None = None,
) -> SetupWizard:
    """Show the setup wizard (non-modal); resume a draft with `draft_shop_id`."""
    wizard = SetupWizard(
        parent,
        open_inventory=open_inventory,
        vault=vault,
        policy=policy,
        draft_shop_id=draft_shop_id,
        guard=guard,
    )
    wizard.show()
    return wizard
