"""Revoke a credential for real: the merchant deletes it in Magento, the app
proves the shop now refuses it, and only then drops it from the keychain.

"Revoke without checking" is there for a shop that cannot be reached now: the
credential is marked revoked but unverified, its secrets stay until a later
check (the security audit reminds) proves the shop refuses it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from cobby_desktop.domain.lifecycle import ProbeAnswer
from cobby_desktop.domain.model import Credential, CredentialKind, CredentialState, Shop
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.services import rotation as steps
from cobby_desktop.ui import texts, theme
from cobby_desktop.ui.common import (
    STYLE,
    JobStrip,
    MessageKind,
    esc,
    ordered_list,
    run_guarded,
    show_message,
    text_label,
    title_label,
)
from cobby_desktop.ui.store_access import StoreAccess
from cobby_desktop.ui.workers import Job, JobContext

if TYPE_CHECKING:
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault


class RevokeDialog(QDialog):
    """Guided revocation of one credential."""

    loaded = Signal()
    revoked = Signal(int, bool)  # credential id, verified by the shop

    def __init__(
        self,
        store: StoreAccess,
        credential_id: int,
        *,
        policy: HttpPolicy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.credential_id = credential_id
        self.policy = policy
        self.shop: Shop | None = None
        self.credential: Credential | None = None
        self.confirm_box: QMessageBox | None = None
        self._jobs: list[Job] = []
        self.setObjectName("revokeDialog")
        self.setWindowTitle(self.tr("Revoke API access"))
        self.setStyleSheet(theme.css(STYLE))

        self.heading = title_label(self.tr("Revoke API access"), self)
        self.text = text_label(self)
        self.text.setAccessibleName(self.tr("How to revoke the access"))
        self.message = text_label(self, rich=False)
        self.message.setObjectName("messageInfo")
        self.message.hide()
        self.strip = JobStrip(self)
        self.check_button = QPushButton(self.tr("I have deleted it: &check now"), self)
        self.check_button.setAccessibleName(
            self.tr("I have deleted it in Magento; check that the shop refuses it")
        )
        self.check_button.clicked.connect(self.check_and_revoke)
        self.offline_button = QPushButton(self.tr("Revoke &without checking…"), self)
        self.offline_button.setAccessibleName(
            self.tr("Revoke without checking; marked unverified until a later check")
        )
        self.offline_button.setAutoDefault(False)
        self.offline_button.clicked.connect(self.ask_offline)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.offline_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.strip)
        layout.addLayout(buttons)
        ch = max(6, self.fontMetrics().averageCharWidth())
        self.resize(90 * ch, 26 * self.fontMetrics().height())
        self.check_button.setDefault(True)
        self._set_enabled(False)
        self.reload()

    # -- loading ----------------------------------------------------------------------
    def reload(self) -> Job:
        cred_id = self.credential_id

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> tuple[Any, Any]:
            return steps.read_credential(inv, cred_id)

        def done(value: tuple[Shop | None, Credential | None]) -> None:
            self.shop, self.credential = value
            self._fill()
            self.loaded.emit()

        return self._run(work, done, self.tr("Reading the credential…"))

    def _fill(self) -> None:
        cred, shop = self.credential, self.shop
        if cred is None or shop is None:
            self.text.setText(esc(self.tr("This credential is no longer in the inventory.")))
            self._set_enabled(False)
            return
        name, user = esc(shop.display_name), esc(cred.api_user)
        self.setWindowTitle(self.tr("Revoke API access to %1").replace("%1", shop.display_name))
        if cred.state is CredentialState.REVOKED and cred.revoked_verified:
            self.text.setText(self.tr(
                "<b>%1</b> is revoked: your shop refuses it, and its secrets are no longer in "
                "this computer's keychain."
            ).replace("%1", user))
            self._set_enabled(False)
            return
        if cred.kind is CredentialKind.M1_API_KEY:
            steps = [
                self.tr("In the Magento admin of %1, open <b>System &gt; Web Services &gt; "
                        "SOAP/XML-RPC - Users</b>.").replace("%1", name),
                self.tr("Open the user <b>%1</b> and click <b>Delete User</b>.").replace(
                    "%1", user),
            ]
        else:
            steps = [
                self.tr("In the Magento admin of %1, open <b>System &gt; Extensions &gt; "
                        "Integrations</b>.").replace("%1", name),
                self.tr("On the line of <b>%1</b>, click the delete icon and confirm.").replace(
                    "%1", user),
            ]
        steps.append(self.tr("If cobby should no longer reach this shop, also remove the shop "
                             "connection in the cobby portal."))
        steps.append(self.tr("Come back here and click <b>Check now</b>: the app logs in with "
                             "the old access and revokes it once your shop refuses it."))
        intro = self.tr("Revoking <b>%1</b> ends cobby's access with it.").replace("%1", user)
        if cred.state is CredentialState.REVOKED:
            intro = self.tr("<b>%1</b> was revoked without checking. Check now that your shop "
                            "refuses it; then its secrets leave the keychain.").replace("%1", user)
        self.text.setText(intro + ordered_list(steps))
        self._set_enabled(True)
        self.offline_button.setVisible(cred.state is not CredentialState.REVOKED)

    # -- actions ----------------------------------------------------------------------
    def check_and_revoke(self) -> Job:
        cred_id, policy, store = self.credential_id, self.policy, self.store

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> Any:
            prober = steps.make_prober(vault, policy or store.context.policy, ctx.cancel)
            return steps.revoke_checked(inv, vault, cred_id, prober)

        def done(probe: Any) -> None:
            if probe.outcome is ProbeAnswer.REJECTED:
                self.say(self.tr("Revoked. Your shop refuses the access, and its secrets were "
                                 "removed from the keychain."), MessageKind.OK)
                self.revoked.emit(cred_id, True)
                self.reload()
            elif probe.outcome is ProbeAnswer.OK:
                self.say(self.tr("Your shop still accepts this access, so nothing was changed. "
                                 "Delete it in the Magento admin as described, then check "
                                 "again."), MessageKind.ERROR)
                self._fill()
            else:
                self.say(self.tr("The app could not tell whether your shop refuses the access.")
                         + " " + texts.verdict_text(probe.summary)
                         + " "
                         + self.tr("Check again later, or revoke without checking."),
                         MessageKind.ERROR)
                self._fill()

        return self._run(work, done, self.tr("Logging in with the access to be revoked…"))

    def ask_offline(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Revoke without checking?"),
            self.tr("The access is marked revoked now, but as unverified: its secrets stay in "
                    "the keychain until a later check proves your shop refuses it. The security "
                    "audit reminds you to check."),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        revoke = box.addButton(self.tr("Revoke without checking"),
                               QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.clickedButton() is revoke:
                self.revoke_offline()
            self.confirm_box = None

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    def revoke_offline(self) -> Job:
        cred_id = self.credential_id

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> Any:
            return steps.revoke_unchecked(inv, vault, cred_id)

        def done(_cred: Any) -> None:
            self.say(self.tr("Marked as revoked, not yet verified. Check it when the shop can "
                             "be reached."), MessageKind.INFO)
            self.revoked.emit(cred_id, False)
            self.reload()

        return self._run(work, done, self.tr("Saving…"))

    # -- plumbing ---------------------------------------------------------------------
    def _run(self, fn: Any, on_result: Any, text: str) -> Job:
        self._set_enabled(False)
        job = run_guarded(self.store, fn, on_result, lambda m: self.say(m, MessageKind.ERROR))
        self._jobs.append(job)
        for signal in (job.failed, job.cancelled):
            signal.connect(lambda *_: self._fill())
        self.strip.start(text, job)
        return job

    def _set_enabled(self, enabled: bool) -> None:
        self.check_button.setEnabled(enabled)
        self.offline_button.setEnabled(enabled)

    def say(self, text: str, kind: MessageKind = MessageKind.INFO) -> None:
        show_message(self.message, text, kind)

    @property
    def busy(self) -> bool:
        return any(not j.done for j in self._jobs)

    def busy_reason(self) -> str:
        """What closing the app now would stop (the main window asks first)."""
        return self.tr("A step of the revocation is running.") if self.busy else ""

    def closeEvent(self, event: QCloseEvent) -> None:
        for job in self._jobs:
            job.cancel()
        super().closeEvent(event)
