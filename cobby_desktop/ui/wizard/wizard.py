"""The guided setup: workspace, shop address, the version's creation pages (or
straight to entering existing credentials), the test, saving and the portal step.

Closing the wizard early keeps a draft: the shop and a DRAFT credential in the
inventory, the secrets only in the keychain. `open_setup_wizard(...,
draft_shop_id=...)` resumes it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from cobby_desktop.domain.model import Activity
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.secret import Secret
from cobby_desktop.services import setup
from cobby_desktop.services.setup_state import WizardState
from cobby_desktop.ui.secret_widgets import ClipboardGuard, CopyNotice
from cobby_desktop.ui.wizard.page_portal import PortalPage
from cobby_desktop.ui.wizard.page_test import TestPage
from cobby_desktop.ui.wizard.pages_m1 import M1RolePage, M1UserPage
from cobby_desktop.ui.wizard.pages_m2 import M2IntegrationPage, M2TokensPage
from cobby_desktop.ui.wizard.pages_start import ShopUrlPage, WorkspacePage
from cobby_desktop.ui.wizard.widgets import SecretEdit, fallback_guard
from cobby_desktop.ui.workers import start_job

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
        self.setMinimumSize(640, 560)
        for button, name in (
            (QWizard.WizardButton.BackButton, self.tr("Back to the previous page")),
            (QWizard.WizardButton.NextButton, self.tr("Next page")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish the setup")),
            (
                QWizard.WizardButton.CancelButton,
                self.tr("Cancel; what you typed is kept as a draft"),
            ),
        ):
            self.button(button).setAccessibleName(name)
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

    # -- copying and showing secrets ---------------------------------------------
    def copy_secret(self, value: Secret, what: str, field_name: str) -> None:
        """Every secret the wizard copies: through the guard (cleared after 30 s
        if still there) and into the activity log."""
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

    def has_draft_content(self) -> bool:
        return bool(self.state.url or self.state.new_workspace_name.strip())

    def done(self, result: int) -> None:
        self.conceal_secrets()
        self.shop_page._cancel_detection()
        self.test_page.cancel_test()
        self.portal_page.cancel_proof()
        if result != QWizard.DialogCode.Accepted and not self.state.saved_active:
            page = self.currentPage()
            if page is not None and hasattr(page, "store"):
                page.store(self.state)
            if self.is_loaded and self.has_draft_content():
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
