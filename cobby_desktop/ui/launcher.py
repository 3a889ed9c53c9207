"""Opens the app's dialogs from the main window: one instance of each at a time,
non-modal, and the inventory reloads when a dialog changed something."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from cobby_desktop import i18n

if TYPE_CHECKING:
    from cobby_desktop.services.kdbx_import import ImportResult
    from cobby_desktop.services.setup import SaveOutcome
    from cobby_desktop.ui.main_window import MainWindow


class DialogLauncher(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.open_dialogs: dict[str, QWidget] = {}
        self.draft_problem: QMessageBox | None = None  # the last one shown

    def _show(self, key: str, build: Callable[[], QDialog]) -> QWidget:
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

        def build() -> QDialog:
            context = self.window.store.context  # the session's one context
            wizard = SetupWizard(
                self.window,
                open_inventory=context.open_inventory,
                vault=context.vault,
                policy=context.policy,
                draft_shop_id=draft_shop_id,
                guard=self.window.guard,
                settings=self.window.settings,
            )
            wizard.saved.connect(self._reload_and_select)
            wizard.connection_proved.connect(self._reload_and_select)
            wizard.draft_saved.connect(self._draft_saved)
            return wizard

        return self._show(f"wizard:{draft_shop_id}", build)

    def _draft_saved(self, outcome: SaveOutcome) -> None:
        job = self.window.refresh()
        if not outcome.error:
            return
        text = self.draft_problem_text(outcome)
        # After the reload, which clears the status bar when it is done.
        job.finished.connect(lambda *_: self.window.statusBar().showMessage(text))
        job.failed.connect(lambda *_: self.window.statusBar().showMessage(text))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The draft was not saved completely")
            if outcome.secrets_dropped
            else self.tr("The draft could not be saved"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.destroyed.connect(lambda *_: setattr(self, "draft_problem", None))
        self.draft_problem = box
        box.show()  # not exec(): the main window stays usable

    def draft_problem_text(self, outcome: SaveOutcome) -> str:
        if outcome.secrets_dropped:
            return self.tr(
                "Your setup draft was kept without its secrets: %1 The workspace, the shop's "
                "addresses, the user name and the Magento version are saved; the API key or "
                "tokens, the passwords and the license key were not kept. Unlock your keychain, "
                "select the shop and choose Continue setup to type the secrets again."
            ).replace("%1", i18n.explain(outcome))
        return self.tr(
            "Your setup draft could not be saved: %1 Nothing you typed was kept. Fix this, "
            "then choose Connect a shop again."
        ).replace("%1", i18n.explain(outcome))

    # -- one shop ----------------------------------------------------------------
    def check(self, shop_id: int) -> QWidget:
        from cobby_desktop.ui.check_dialog import CheckDialog

        def build() -> QDialog:
            dialog = CheckDialog(self.window.store, shop_id, self.window)
            dialog.check_done.connect(lambda *_: self.window.refresh())
            dialog.proof_done.connect(lambda *_: self.window.refresh())
            return dialog

        return self._show(f"check:{shop_id}", build)

    def rotation(self, shop_id: int) -> QWidget:
        from cobby_desktop.ui.rotation_dialog import RotationDialog

        def build() -> QDialog:
            dialog = RotationDialog(
                self.window.store, shop_id, guard=self.window.guard, parent=self.window
            )
            dialog.rotation_finished.connect(lambda *_: self.window.refresh())
            dialog.step_changed.connect(lambda *_: self.window.refresh())
            return dialog

        return self._show(f"rotation:{shop_id}", build)

    def revoke(self, credential_id: int) -> QWidget:
        from cobby_desktop.ui.revoke_dialog import RevokeDialog

        def build() -> QDialog:
            dialog = RevokeDialog(self.window.store, credential_id, parent=self.window)
            dialog.revoked.connect(lambda *_: self.window.refresh())
            return dialog

        return self._show(f"revoke:{credential_id}", build)

    def edit_shop(self, shop_id: int) -> QWidget:
        from cobby_desktop.ui.shop_dialog import ShopDialog

        def build() -> QDialog:
            dialog = ShopDialog(self.window.store, shop_id, self.window)
            dialog.saved.connect(lambda *_: self.window.refresh())
            return dialog

        return self._show(f"shop:{shop_id}", build)

    # -- everything --------------------------------------------------------------
    def export_kdbx(self, selected_shop: tuple[int, str] | None = None) -> QWidget:
        from cobby_desktop.ui.kdbx_export_dialog import ExportDialog

        def build() -> QDialog:
            dialog = ExportDialog(self.window.store, selected_shop, self.window)
            dialog.exported.connect(
                lambda result: self.window.statusBar().showMessage(
                    self.tr("%1 shops exported. Keep the file and its passphrase safe.").replace(
                        "%1", str(result.shops)
                    ),
                    10000,
                )
            )
            return dialog

        return self._show("kdbx-export", build)

    def import_kdbx(self) -> QWidget:
        from cobby_desktop.ui.kdbx_import_dialog import ImportDialog

        def build() -> QDialog:
            dialog = ImportDialog(self.window.store, self.window)
            dialog.imported.connect(self._imported)
            return dialog

        return self._show("kdbx-import", build)

    def _imported(self, result: ImportResult) -> None:
        text = (
            self.tr("Imported: %1 added, %2 updated, %3 left as they were.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged))
        )
        job = self.window.refresh()  # the reload clears the status bar when it is done
        job.finished.connect(lambda *_: self.window.statusBar().showMessage(text, 10000))

    def audit(self) -> QWidget:
        from cobby_desktop.ui.audit_view import AuditDialog

        def build() -> QDialog:
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

        def build() -> QDialog:
            dialog = WorkspacesDialog(self.window.store, self.window)
            dialog.workspaces_changed.connect(self.window.refresh)
            return dialog

        return self._show("workspaces", build)

    def preferences(self) -> QWidget:
        from cobby_desktop.ui.preferences_dialog import PreferencesDialog

        return self._show(
            "preferences",
            lambda: PreferencesDialog(self.window, settings=self.window.settings),
        )

    def support(self, details: list[str]) -> QWidget:
        from cobby_desktop.ui.help import SupportDialog, support_report

        return self._show("support", lambda: SupportDialog(support_report(details), self.window))

    # -- helpers -----------------------------------------------------------------
    def _select_then(self, open_for_shop: Callable[[int], QWidget]) -> Callable[[int], None]:
        def run(shop_id: int) -> None:
            self.window.select_shop(shop_id)
            open_for_shop(shop_id)

        return run

    def _reload_and_select(self, shop_id: int) -> None:
        job = self.window.refresh()
        job.finished.connect(lambda *_: self.window.select_shop(shop_id))
