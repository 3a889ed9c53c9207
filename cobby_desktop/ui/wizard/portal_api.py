"""The portal step's optional "Send to the portal directly" section, shown
only when Preferences name a portal API address.

Sign in (the password stays in memory for the one request and is never
stored), pick the workspace, send the shop connection and wait for the
portal's sync status; then the page runs the usual proof from the shop's
side. Every request runs in a job; every failure shows the client's sentence.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop.domain.model import MagentoMajor
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.portal.client import HttpPortalClient, SyncState
from cobby_desktop.portal.connection_fields import ConnectionField
from cobby_desktop.portal.direct import (
    SendOutcome,
    SignInOutcome,
    send_connection,
    sign_in_and_find,
)
from cobby_desktop.secret import Secret
from cobby_desktop.ui import theme
from cobby_desktop.ui.theme import Tone
from cobby_desktop.ui.workers import Job, JobContext, start_job


@dataclass(frozen=True)
class LocalWorkspace:
    """This setup's workspace as cobby Desktop knows it (read on the worker)."""

    name: str
    key: Secret | None


# Reads the local workspace; stores the portal's key for it (None or a sentence).
LocalReader = Callable[[], LocalWorkspace]
KeyStore = Callable[[Secret], "str | None"]


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class PortalApiPanel(QGroupBox):
    signed_in = Signal(object)  # SignInOutcome
    sent = Signal(object)  # SendOutcome without a problem: time for the shop-side proof
    problem_shown = Signal(str)

    def __init__(
        self,
        address: str,
        *,
        policy: HttpPolicy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.address = address
        self.client = HttpPortalClient(address, policy=policy)
        self.job: Job | None = None
        self.outcome: SignInOutcome | None = None
        self.magento: MagentoMajor | None = None
        self.fields: tuple[ConnectionField, ...] = ()
        self.read_local: LocalReader = lambda: LocalWorkspace("", None)
        self.store_key: KeyStore | None = None
        # Bounded wait for the portal's sync status (tests shorten it).
        self.sync_interval, self.sync_max_interval, self.sync_timeout = 2.0, 10.0, 120.0
        self._closing = False

        self.setTitle(self.tr("Send to the portal directly"))
        self.setObjectName("portalApi")
        host = urlsplit(address).hostname or address
        self.intro = _label(
            self.tr(
                "Preferences name a portal API at %1. Instead of copying the values, you can "
                "sign in to it here and cobby Desktop sends them for you. Your password is used "
                "for this sign-in only and never stored."
            ).replace("%1", host)
        )
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Portal e-mail address"))
        self.email.setPlaceholderText("name@example.com")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Portal password"))
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in to the portal"))
        self.sign_in_button.clicked.connect(self.sign_in)
        self.password.returnPressed.connect(self.sign_in)
        self.account = _label("")
        self.workspace = QComboBox()
        self.workspace.setAccessibleName(self.tr("Portal workspace"))
        self.workspace.currentIndexChanged.connect(self._workspace_changed)
        self.workspace_note = _label("")
        self.workspace_note.setStyleSheet("color: palette(placeholder-text);")
        self.send_button = QPushButton(self.tr("Se&nd to the portal"))
        self.send_button.setAccessibleName(self.tr("Send the shop connection to the portal"))
        self.send_button.clicked.connect(self.send)
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out of the portal"))
        self.sign_out_button.clicked.connect(self.sign_out)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the portal request"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = _label("")
        self.status.setObjectName("portalApiStatus")
        self.status.hide()

        self.sign_in_form = QWidget()
        form = QFormLayout(self.sign_in_form)
        form.setContentsMargins(0, 0, 0, 0)
        email_label = QLabel(self.tr("&E-mail:"))
        email_label.setBuddy(self.email)
        password_label = QLabel(self.tr("Pass&word:"))
        password_label.setBuddy(self.password)
        form.addRow(email_label, self.email)
        form.addRow(password_label, self.password)
        form.addRow("", _row(self.sign_in_button))
        self.workspace_form = QWidget()
        form = QFormLayout(self.workspace_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("", self.account)
        workspace_label = QLabel(self.tr("Wor&kspace:"))
        workspace_label.setBuddy(self.workspace)
        form.addRow(workspace_label, self.workspace)
        form.addRow("", self.workspace_note)
        form.addRow("", _row(self.send_button, self.sign_out_button))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.sign_in_form)
        layout.addWidget(self.workspace_form)
        layout.addWidget(self.status)
        layout.addLayout(_row(self.cancel_button))
        self._show_signed_in(False)
        self._set_busy(False)

    # -- what to send --------------------------------------------------------------
    def set_connection(
        self,
        magento: MagentoMajor,
        fields: Sequence[ConnectionField],
        read_local: LocalReader,
        store_key: KeyStore | None,
    ) -> None:
        self.magento, self.fields = magento, tuple(fields)
        self.read_local, self.store_key = read_local, store_key
        self._workspace_changed()

    # -- jobs ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job is not None

    def _run(self, work: Callable[[threading.Event, Callable[[str], None]], Any],
             done: Callable[[Any], None], busy_text: str) -> Job:
        client = self.client

        def job_fn(ctx: JobContext) -> Any:
            client.use_cancel(ctx.cancel)
            try:
                return work(ctx.cancel, ctx.progress)
            finally:
                if self._closing:
                    client.close()

        job = start_job(job_fn, self)
        self.job = job
        job.finished.connect(lambda result: self._ended(job, done, result))
        job.failed.connect(lambda message: self._ended(job, self._show_problem, message))
        job.progress.connect(self._progress)
        self._say(busy_text, "wait")
        self._set_busy(True)
        return job

    def _ended(self, job: Job, then: Callable[[Any], None], result: Any) -> None:
        if job is not self.job:
            return
        self.job = None
        self._set_busy(False)
        then(result)

    def cancel(self) -> None:
        if self.job is None:
            return
        job, self.job = self.job, None
        job.cancel()
        self._set_busy(False)
        self._say(self.tr("Cancelled."), "wait")

    def shutdown(self) -> None:
        """The wizard closes: stop, forget the session, free the connection."""
        self._closing = True
        running = self.job is not None
        if running:
            self.cancel()
        self.client.sign_out()
        if not running:
            self.client.close()

    # -- sign in -------------------------------------------------------------------
    def sign_in(self) -> None:
        if self.running:
            return
        email = self.email.text().strip()
        if not email or not self.password.text():
            self._show_problem(self.tr("Enter your portal e-mail address and password."))
            return
        password = Secret(self.password.text())
        self.password.clear()  # in memory for the one request only
        client, read_local = self.client, self.read_local

        def work(_cancel: threading.Event, _progress: Callable[[str], None]) -> SignInOutcome:
            local = read_local()
            return sign_in_and_find(
                client, email, password, local_name=local.name, local_key=local.key
            )

        self._run(work, self._signed_in, self.tr("Signing in to the portal…"))

    def _signed_in(self, outcome: SignInOutcome) -> None:
        if outcome.problem is not None:
            self._show_signed_in(self.client.signed_in)
            self._show_problem(outcome.problem)
            return
        self.outcome = outcome
        account = outcome.account
        who = account.name or account.email if account else ""
        self.account.setText(self.tr("Signed in as %1.").replace("%1", who))
        self.workspace.blockSignals(True)
        self.workspace.clear()
        for ws in outcome.workspaces:
            self.workspace.addItem(ws.name or ws.id, ws.id)
        self.workspace.setCurrentIndex(outcome.preselect)
        self.workspace.blockSignals(False)
        self._show_signed_in(True)
        if not outcome.workspaces:
            self._say(self.tr("This portal account has no workspaces."), "bad")
        elif outcome.matched_by == "key":
            self._say(self.tr("The workspace with this setup's license key is selected."), "good")
        elif outcome.matched_by == "name":
            self._say(self.tr("The workspace with this setup's name is selected."), "good")
        else:
            self._say(self.tr("Choose the workspace this shop belongs to."), "wait")
        self._workspace_changed()
        self.signed_in.emit(outcome)

    def sign_out(self) -> None:
        self.cancel()
        self.client.sign_out()
        self.outcome = None
        self.workspace.clear()
        self._show_signed_in(False)
        self.status.hide()

    # -- send ----------------------------------------------------------------------
    def selected_workspace_id(self) -> str | None:
        value = self.workspace.currentData()
        return value if isinstance(value, str) else None

    def send(self) -> None:
        ws_id = self.selected_workspace_id()
        if self.running or ws_id is None or self.magento is None or not self.fields:
            return
        client, magento, fields = self.client, self.magento, self.fields
        read_local, store_key = self.read_local, self.store_key
        timing = (self.sync_interval, self.sync_max_interval, self.sync_timeout)

        def work(cancel: threading.Event, progress: Callable[[str], None]) -> SendOutcome:
            return send_connection(
                client,
                ws_id,
                magento,
                fields,
                local_key=read_local().key,
                store_key=store_key,
                cancel=cancel,
                on_status=lambda n: progress(str(n)),
                interval=timing[0],
                max_interval=timing[1],
                timeout=timing[2],
            )

        self._run(work, self._sent, self.tr("Saving the shop connection in the portal…"))

    def _progress(self, reads: str) -> None:
        self._say(
            self.tr("Saved. Waiting for the portal to report the connection (check %1)…")
            .replace("%1", reads),
            "wait",
        )

    def _sent(self, outcome: SendOutcome) -> None:
        self._show_signed_in(self.client.signed_in)
        if outcome.problem is not None:
            self._show_problem(outcome.problem)
            return
        if outcome.state is SyncState.ACTIVE:
            self._say(
                self.tr(
                    "The portal saved the shop connection and reports that cobby is connected. "
                    "cobby Desktop now confirms it from your shop."
                ),
                "good",
            )
        elif outcome.state is SyncState.ERROR:
            text = self.tr(
                "The portal saved the shop connection but reports that cobby cannot reach the "
                "shop. Check the values and send again."
            )
            if outcome.sync_message:
                text += " " + self.tr("The portal says: %1").replace("%1", outcome.sync_message)
            self._say(text, "bad")
            self.problem_shown.emit(text)
            return
        else:
            self._say(
                self.tr(
                    "The portal saved the shop connection; cobby has not reported back yet. "
                    "cobby Desktop now checks from your shop."
                ),
                "wait",
            )
        self.sent.emit(outcome)

    # -- showing -------------------------------------------------------------------
    def _workspace_changed(self, *_: object) -> None:
        ws = None
        if self.outcome is not None and 0 <= self.workspace.currentIndex() < len(
            self.outcome.workspaces
        ):
            ws = self.outcome.workspaces[self.workspace.currentIndex()]
        shop_url = next((f.copy_text() for f in self.fields if f.id == "shop_url"), "")
        note = ""
        if ws is not None and ws.shop_url and ws.shop_url != shop_url:
            note = self.tr(
                "This workspace is connected to %1 now; sending replaces that shop."
            ).replace("%1", ws.shop_url)
        self.workspace_note.setText(note)
        self.workspace_note.setVisible(bool(note))
        self.send_button.setEnabled(ws is not None and bool(self.fields) and not self.running)

    def _show_signed_in(self, signed_in: bool) -> None:
        self.sign_in_form.setVisible(not signed_in)
        self.workspace_form.setVisible(signed_in)
        if not signed_in:
            self.outcome = None

    def _set_busy(self, busy: bool) -> None:
        self.cancel_button.setVisible(busy)
        for widget in (self.sign_in_button, self.sign_out_button, self.workspace, self.email,
                       self.password):
            widget.setEnabled(not busy)
        self.send_button.setEnabled(not busy and self.selected_workspace_id() is not None
                                    and bool(self.fields))

    def _say(self, text: str, tone: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(theme.text_style(Tone(tone)))
        self.status.setAccessibleName(text)
        self.status.show()

    def _show_problem(self, message: str) -> None:
        self._say(message, "bad")
        self.problem_shown.emit(message)


def _row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
