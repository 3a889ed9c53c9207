"""Opens the app's dialogs from the main window: one instance of each at a time,
non-modal, and the inventory reloads when a dialog changed something."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from cobby_desktop.ui.main_window import MainWindow


class DialogLauncher(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.open_dialogs: dict[str, QWidget] = {}

    def _show(self, key: str, build: Callable[[], QWidget]) -> QWidget:
        """Raise the dialog already open under `key`, or build and show a new one."""
        dialog = self.open_dialogs.get(key)
        if dialog is None:
            dialog = build()
            self.open_dialogs[key] = dialog
            dialog.finished.connect(lambda *_: self.open_dialogs.pop(key, None))
            dialog.destroyed.connect(lambda *_: self.open_dialogs.pop(key, None))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # -- setup -----------------------------------------------------------------
    def setup_wizard(self, draft_shop_id: int | None = None) -> QWidget:
        from cobby_desktop.ui.wizard.wizard import SetupWizard

        def build() -> QWidget:
            store = self.window.store
            wizard = SetupWizard(
                self.window,
                open_inventory=store.opener,
                vault=store.vault,
                draft_shop_id=draft_shop_id,
                guard=self.window.guard,
            )
            wizard.saved.connect(self._reload_and_select)
            wizard.draft_saved.connect(lambda *_: self.window.refresh())
            return wizard

        return self._show(f"wizard:{draft_shop_id}", build)

    # -- one shop ----------------------------------------------------------------
    def check(self, shop_id: int) -> QWidget:
        from cobby_desktop.ui.check_dialog import CheckDialog

        def build() -> QWidget:
            dialog = CheckDialog(self.window.store, shop_id, self.window)
            dialog.check_done.connect(lambda *_: self.window.refresh())
            dialog.proof_done.connect(lambda *_: self.window.refresh())
            return dialog

        return self._show(f"check:{shop_id}", build)

    def rotation(self, shop_id: int) -> QWidget:
        from cobby_desktop.ui.rotation_dialog import RotationDialog

        def build() -> QWidget:
            dialog = RotationDialog(
                self.window.store, shop_id, guard=self.window.guard, parent=self.window
            )
            dialog.rotation_finished.connect(lambda *_: self.window.refresh())
            dialog.step_changed.connect(lambda *_: self.window.refresh())
            return dialog

        return self._show(f"rotation:{shop_id}", build)

    def revoke(self, credential_id: int) -> QWidget:
        from cobby_desktop.ui.revoke_dialog import RevokeDialog

        def build() -> QWidget:
            dialog = RevokeDialog(self.window.store, credential_id, parent=self.window)
            dialog.revoked.connect(lambda *_: self.window.refresh())
            return dialog

        return self._show(f"revoke:{credential_id}", build)

    def edit_shop(self, shop_id: int) -> QWidget:
        from cobby_desktop.ui.shop_dialog import ShopDialog

        def build() -> QWidget:
            dialog = ShopDialog(self.window.store, shop_id, self.window)
            dialog.saved.connect(lambda *_: self.window.refresh())
            return dialog

        return self._show(f"shop:{shop_id}", build)

    # -- everything --------------------------------------------------------------
    def audit(self) -> QWidget:
        from cobby_desktop.ui.audit_view import AuditDialog

        def build() -> QWidget:
            dialog = AuditDialog(self.window.store, guard=self.window.guard, parent=self.window)
            dialog.test_requested.connect(self._select_then(self.check))
            dialog.shop_edit_requested.connect(self._select_then(self.edit_shop))
            dialog.audited.connect(lambda *_: self.window.refresh())
            return dialog

        return self._show("audit", build)

    def activity(self) -> QWidget:
        from cobby_desktop.ui.activity_view import ActivityDialog

        return self._show("activity", lambda: ActivityDialog(self.window.store, parent=self.window))

    def workspaces(self) -> QWidget:
        from cobby_desktop.ui.workspaces_dialog import WorkspacesDialog

        def build() -> QWidget:
            dialog = WorkspacesDialog(self.window.store, self.window)
            dialog.workspaces_changed.connect(self.window.refresh)
            return dialog

        return self._show("workspaces", build)

    def preferences(self) -> QWidget:
        from cobby_desktop.ui.preferences_dialog import PreferencesDialog

        return self._show("preferences", lambda: PreferencesDialog(self.window))

    # -- helpers -----------------------------------------------------------------
    def _select_then(self, open_for_shop: Callable[[int], QWidget]) -> Callable[[int], None]:
        def run(shop_id: int) -> None:
            self.window.select_shop(shop_id)
            open_for_shop(shop_id)

        return run

    def _reload_and_select(self, shop_id: int) -> None:
        job = self.window.refresh()
        job.finished.connect(lambda *_: self.window.select_shop(shop_id))
