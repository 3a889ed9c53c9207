"""The last step: what to enter in cobby's portal, each value with a Copy button,
then (optionally) the proof from the shop's side that cobby has connected."""

from __future__ import annotations

import threading

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from cobby_desktop import i18n
from cobby_desktop.domain.model import MagentoMajor
from cobby_desktop.domain.proof import (
    ProofResult,
    make_m1_probe,
    make_m2_probe,
    not_run,
)
from cobby_desktop.domain.workspaces import WorkspaceError
from cobby_desktop.portal.connection_fields import (
    PORTAL_URL,
    ShopUrlError,
    connection_fields,
    portal_steps,
)
from cobby_desktop.services.setup import stored_license_key
from cobby_desktop.services.setup_state import WizardState
from cobby_desktop.ui.common import clear_layout
from cobby_desktop.ui.proof_widget import ProgressSink, ProofWidget, Prover
from cobby_desktop.ui.wizard.base import BasePage
from cobby_desktop.ui.wizard.widgets import (
    CopyRow,
    esc,
    open_url_or_say,
    steps_html,
    wrapped,
)


class PortalPage(BasePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tell cobby about the shop"))
        self.setSubTitle(
            self.tr("Last step: enter these values in cobby's portal so cobby can connect.")
        )
        self.steps = wrapped(rich=True)
        self.steps.setAccessibleName(self.tr("Steps in cobby's portal"))
        self.body.addWidget(self.steps)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.grid_host)
        self.portal_button = QPushButton(self.tr("Open cobby's &portal"))
        self.portal_button.setAccessibleName(self.tr("Open cobby's portal in the browser"))
        self.portal_button.clicked.connect(self._open_portal)
        # Open the portal and Check the connection stay in view under the body.
        self.actions.addWidget(self.portal_button)
        self.open_note = wrapped()  # the address to copy when no browser opens
        self.open_note.setVisible(False)
        self.body.addWidget(self.open_note)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.body.addSpacing(6)
        self.body.addWidget(rule)
        self.proof_title = wrapped(
            self.tr("After saving in the portal, let cobby Desktop confirm the connection")
        )
        title_font = QFont(self.proof_title.font())
        title_font.setWeight(QFont.Weight.DemiBold)
        self.proof_title.setFont(title_font)
        self.body.addWidget(self.proof_title)
        self.proof_intro = wrapped(
            self.tr(
                "cobby Desktop asks your shop, through its own API, whether cobby has connected "
                "with this workspace's license key. It checks again every few seconds for up "
                "to ten minutes. This is optional: you can finish the setup now and check "
                "later with Test connection in the main window."
            )
        )
        self.body.addWidget(self.proof_intro)
        self.proof = ProofWidget()
        self.proof.setAccessibleName(self.tr("Connection to cobby"))
        self.proof.finished.connect(self._proof_finished)
        self.body.addWidget(self.proof)
        self.actions.addWidget(self.proof.start_button)
        self.actions.addWidget(self.proof.cancel_button)
        self.actions.addStretch(1)
        self.body.addStretch(1)
        self.rows: dict[str, CopyRow] = {}
        self.setFinalPage(True)

    def load(self, state: WizardState) -> None:
        clear_layout(self.grid)
        self.rows.clear()
        major = MagentoMajor(state.magento or 1)
        self.steps.setText(steps_html(esc(i18n.render(s)) for s in portal_steps(major)))
        try:
            fields = connection_fields(
                major, state.url, api_user=state.api_user, secrets=state.wanted_secrets()
            )
        except (KeyError, ShopUrlError):
            fields = ()
        for row, f in enumerate(fields):
            text = i18n.render(f.label_message) if f.label_message else f.label
            label = QLabel(self.tr("%1:").replace("%1", text))
            copy_row = CopyRow(text, f.copy_text(), secret=f.secret, name=f.id)
            label.setBuddy(copy_row.field)
            self.grid.addWidget(label, row * 2, 0)
            self.grid.addWidget(copy_row, row * 2, 1)
            if f.hint:
                hint = wrapped(i18n.render(f.hint_message) if f.hint_message else f.hint)
                hint.setStyleSheet("color: palette(placeholder-text);")
                self.grid.addWidget(hint, row * 2 + 1, 1)
            self.rows[f.id] = copy_row
        self.proof.set_runner(self.make_prover(state) if fields else None)

    def make_prover(self, state: WizardState) -> Prover:
        """The proof with the values this wizard holds (copied now: the merchant
        may go on typing) and the workspace's license key, read on the worker."""
        url, major, user = state.url, state.magento, state.api_user
        secrets = dict(state.wanted_secrets())
        license_key, workspace_id = state.license_key, state.workspace_id
        opener, vault, policy = self.wiz.open_inventory, self.wiz.vault, self.wiz.policy
        proof = self.proof

        def prove(cancel: threading.Event, on_progress: ProgressSink) -> ProofResult:
            key = license_key
            if key is None and workspace_id is not None:
                try:
                    key = stored_license_key(opener, vault, workspace_id)
                except WorkspaceError as exc:
                    return not_run(problem=exc.said)
            if major == 1:
                probe = make_m1_probe(url, user, secrets["api_key"], policy, cancel=cancel)
            else:
                from cobby_desktop.magento2 import M2Tokens

                tokens = M2Tokens.from_mapping(secrets)
                probe = make_m2_probe(url, tokens, None, policy, cancel=cancel)
            return proof.poll(probe, key, cancel, on_progress)

        return prove

    def _proof_finished(self, result: ProofResult) -> None:
        """cobby is connected: the main window must say so at once (one truth)."""
        wiz = self.wizard()
        if result.ok and wiz is not None and hasattr(wiz, "record_proof"):
            wiz.record_proof(result)

    def _open_portal(self) -> None:
        open_url_or_say(PORTAL_URL, self.open_note)
        # The merchant is about to save there: start watching for cobby now.
        if not self.proof.running and self.proof.result is None:
            self.proof.restart()

    def cancel_proof(self) -> None:
        """Leaving the page (Back or closing): stop the proof."""
        self.proof.cancel(quiet=True)

    def cleanupPage(self) -> None:
        self.cancel_proof()
        super().cleanupPage()
