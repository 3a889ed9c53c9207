"""The last step: what to enter in cobby's portal, each value with a Copy button,
then (optionally) the proof from the shop's side that cobby has connected.

When Preferences name a portal API address, a section under the values also
offers to send them to that API directly (`portal_api.PortalApiPanel`); the
guided step stays as it is and the proof runs the same way afterwards."""

from __future__ import annotations

import threading

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from cobby_desktop import i18n
from cobby_desktop.domain.model import MagentoMajor
from cobby_desktop.domain.proof import ProofResult, ProofState, make_m1_probe, make_m2_probe
from cobby_desktop.domain.store import InventoryError
from cobby_desktop.domain.vault import Vault
from cobby_desktop.domain.workspaces import (
    WorkspaceError,
    set_license_key,
    workspace_license_key,
)
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.portal.connection_fields import (
    PORTAL_URL,
    ShopUrlError,
    connection_fields,
    portal_steps,
)
from cobby_desktop.portal.direct import SendOutcome
from cobby_desktop.secret import Secret
from cobby_desktop.ui import settings as app_settings
from cobby_desktop.ui.proof_widget import ProgressSink, ProofWidget, Prover
from cobby_desktop.ui.wizard.base import BasePage
from cobby_desktop.ui.wizard.portal_api import KeyStore, LocalWorkspace, PortalApiPanel
from cobby_desktop.ui.wizard.state import WizardState
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
        # Only while Preferences name a portal API address (see load()).
        self.api: PortalApiPanel | None = None
        self._api_index = self.body.count()

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
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
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
        self._load_api(state, major, fields)

    def _load_api(self, state: WizardState, major: MagentoMajor, fields: tuple) -> None:
        """Show the portal API section when an address is configured (and it
        changed), remove it when there is none."""
        address = app_settings.portal_api_address()
        if self.api is not None and (self.api.address != address or not fields):
            self._drop_api()
        if not address or not fields:
            return
        if self.api is None:
            policy = self._api_policy()
            self.api = PortalApiPanel(address, policy=policy)
            self.api.sent.connect(self._sent_to_portal)
            self.body.insertWidget(self._api_index, self.api)
        self.api.set_connection(major, fields, self._local_reader(state), self._key_store(state))

    def _api_policy(self) -> HttpPolicy | None:
        """The wizard's timeouts (tests shorten them), nothing shop-specific."""
        policy: HttpPolicy | None = getattr(self.wizard(), "policy", None)
        if policy is None:
            return None
        return HttpPolicy(
            connect_timeout=policy.connect_timeout,
            read_timeout=policy.read_timeout,
            ca_file=policy.ca_file,
        )

    def _local_reader(self, state: WizardState):
        """Reads this setup's workspace (name and key) on the worker."""
        wiz = self.wizard()
        opener = getattr(wiz, "open_inventory", None)
        vault: Vault | None = getattr(wiz, "vault", None)
        name, key, workspace_id = state.new_workspace_name, state.license_key, state.workspace_id

        def read() -> LocalWorkspace:
            if workspace_id is None or opener is None or vault is None:
                return LocalWorkspace(name, key)
            with opener() as inv:
                ws = inv.workspace(workspace_id)
            try:
                space = ws.vault_space if ws is not None else None
                stored = key or workspace_license_key(vault, workspace_id, space)
            except WorkspaceError:
                stored = None
            return LocalWorkspace(ws.name if ws is not None else name, stored)

        return read

    def _key_store(self, state: WizardState) -> KeyStore | None:
        """Keeps the portal workspace's key as this setup's workspace key when
        it has none yet (docs/portal-api.md: the app stores it)."""
        wiz = self.wizard()
        opener = getattr(wiz, "open_inventory", None)
        vault: Vault | None = getattr(wiz, "vault", None)
        workspace_id = state.workspace_id
        if workspace_id is None or opener is None or vault is None:
            return None

        def store(key: Secret) -> str | None:
            try:
                with opener() as inv:
                    set_license_key(inv, vault, workspace_id, key)
            except WorkspaceError as exc:
                return i18n.explain(exc)
            return None

        return store

    def _sent_to_portal(self, outcome: SendOutcome) -> None:
        """The portal has the values: prove it from the shop, as usual."""
        self.proof.set_runner(self.make_prover(self.state, portal_key=outcome.license_key))
        self.proof.restart()

    def make_prover(self, state: WizardState, *, portal_key: Secret | None = None) -> Prover:
        """The proof with the values this wizard holds (copied now: the merchant
        may go on typing) and the workspace's license key, read on the worker
        (`portal_key`: the portal workspace's key, when this setup has none)."""
        url, major, user = state.url, state.magento, state.api_user
        secrets = dict(state.wanted_secrets())
        license_key, workspace_id = state.license_key or portal_key, state.workspace_id
        wiz = self.wizard()
        vault: Vault | None = getattr(wiz, "vault", None)
        policy: HttpPolicy | None = getattr(wiz, "policy", None)
        opener = getattr(wiz, "open_inventory", None)
        proof = self.proof

        def prove(cancel: threading.Event, on_progress: ProgressSink) -> ProofResult:
            key = license_key
            if key is None and workspace_id is not None and vault is not None:
                try:
                    key = _stored_license(opener, vault, workspace_id) or portal_key
                except WorkspaceError as exc:
                    return ProofResult(
                        ProofState.ERROR, 0, 0.0, i18n.explain(exc), ProofState.ERROR
                    )
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
        """Leaving the page (Back or closing): stop the proof, and forget the
        portal session; coming back offers a fresh sign-in."""
        self.proof.cancel(quiet=True)
        self._drop_api()

    def _drop_api(self) -> None:
        if self.api is not None:
            self.api.shutdown()
            self.api.deleteLater()
            self.api = None

    def cleanupPage(self) -> None:
        self.cancel_proof()
        super().cleanupPage()


def _stored_license(opener, vault: Vault, workspace_id: int) -> Secret | None:  # noqa: ANN001
    """The workspace's license key from the keychain (its inventory names the entry)."""
    if opener is None:
        return None
    try:
        with opener() as inv:
            space = inv.vault_space
    except InventoryError as exc:
        raise WorkspaceError("inventory", i18n.explain(exc)) from None
    return workspace_license_key(vault, workspace_id, space)
