"""Key rotation as a step-by-step dialog over `services.rotation`.

Three rooms: the steps and the read model live in `services.rotation` (no
Qt), the pages as data with one builder and their words in `rotation_pages`,
the widgets every lifecycle dialog shares in `ui.common`; this module only
shows a page and asks for the next step.

The dialog keeps no state of its own that matters: every step is stored by the
lifecycle (inventory + keychain) before the dialog moves on, and opening the
dialog reads the stored step and shows that page. So closing it at any point
is safe. Every store, keychain and network call runs as a background job with
a visible progress line and a Cancel button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.domain.lifecycle import ABANDONABLE, CredentialProbe, ProbeAnswer
from cobby_desktop.domain.model import Activity, MagentoMajor, Rotation
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.messages import Message, message
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.portal.connection_fields import PORTAL_URL, ConnectionField
from cobby_desktop.secret import Secret
from cobby_desktop.services import rotation as steps
from cobby_desktop.services.rotation import RotationView, next_name
from cobby_desktop.ui import rotation_pages as pages
from cobby_desktop.ui import texts, theme
from cobby_desktop.ui.common import (
    STYLE,
    JobStrip,
    MessageKind,
    clear_layout,
    esc,
    open_url,
    ordered_list,
    run_guarded,
    show_message,
    text_label,
)
from cobby_desktop.ui.rotation_pages import (
    CREATE,
    DELETE_OLD,
    DONE,
    FINISH,
    INTRO,
    OLD_CHECK,
    PAGE_OF_STEP,
    PORTAL,
    PROOF,
)
from cobby_desktop.ui.secret_widgets import ClipboardGuard, CopyNotice
from cobby_desktop.ui.store_access import StoreAccess
from cobby_desktop.ui.workers import Job, JobContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QRadioButton, QToolButton

    from cobby_desktop.ui.wizard.widgets import HideWhenAway

__all__ = ["CREATE", "DELETE_OLD", "DONE", "FINISH", "INTRO", "OLD_CHECK", "PORTAL", "PROOF",
           "RotationDialog"]  # fmt: skip


class RotationDialog(QDialog):
    """Rotate the current credential of one shop, resuming at the stored step."""

    step_changed = Signal(object)  # RotationStep | None, after every load
    rotation_finished = Signal(int)  # shop id, when the rotation is done

    # Set by rotation_pages.build_pages from its page specs.
    intro_text: QLabel
    create_text: QLabel
    portal_text: QLabel
    proof_text: QLabel
    delete_text: QLabel
    old_check_text: QLabel
    finish_text: QLabel
    done_text: QLabel
    start_button: QPushButton
    test_button: QPushButton
    open_portal: QPushButton
    portal_done: QPushButton
    proof_button: QPushButton
    deleted_button: QPushButton
    old_check_button: QPushButton
    finish_button: QPushButton
    # Set by rotation_pages.build_create_form.
    m2_choice: QWidget
    m2_new: QRadioButton
    m2_reauth: QRadioButton
    create_form: QGridLayout
    user_label: QLabel
    user_edit: QLineEdit
    key_label: QLabel
    key_edit: QLineEdit
    key_show: QToolButton
    key_away: HideWhenAway
    key_copy: QToolButton
    key_new: QToolButton
    token_edits: dict[str, QLineEdit]
    token_labels: dict[str, QLabel]
    paste_button: QPushButton
    create_problem: QLabel

    def __init__(
        self,
        store: StoreAccess,
        shop_id: int,
        *,
        guard: ClipboardGuard | None = None,
        policy: HttpPolicy | None = None,
        proof_timeout: float = 600.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.shop_id = shop_id
        self.policy = policy
        self.proof_timeout = proof_timeout
        self.guard = guard if guard is not None else ClipboardGuard(parent=self)
        self.view = RotationView()
        self.loaded_once = False
        self._finished_id: int | None = None
        self._jobs: list[Job] = []
        self.setObjectName("rotationDialog")
        self.setWindowTitle(self.tr("Rotate the API key"))
        self.setStyleSheet(theme.css(STYLE))
        self._build()
        ch = max(6, self.fontMetrics().averageCharWidth())
        self.resize(140 * ch, 44 * self.fontMetrics().height())
        self.reload()

    # -- building -------------------------------------------------------------------
    def _build(self) -> None:
        self.step_list = QLabel(self)
        self.step_list.setObjectName("stepList")
        self.step_list.setTextFormat(Qt.TextFormat.RichText)
        self.step_list.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.step_list.setAccessibleName(self.tr("Steps of the rotation"))

        self.pages = QStackedWidget(self)
        pages.build_pages(self, self.pages)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.pages)

        self.message = text_label(self, rich=False)
        self.message.setObjectName("messageInfo")
        self.message.hide()
        self.strip = JobStrip(self)
        self.notice = CopyNotice(self.guard, self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(
            self.tr("Close; the rotation continues where it stopped when you open it again")
        )
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        self.stop_button = QPushButton(self.tr("&Stop the rotation…"), self)
        self.stop_button.setAccessibleName(
            self.tr("Stop the rotation and keep using the old access")
        )
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.ask_to_stop)
        self.stop_button.hide()

        top = QHBoxLayout()
        top.addWidget(self.step_list)
        top.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.stop_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        layout.addWidget(self.strip)
        layout.addLayout(bottom)

    def add_create_form(self, layout: QVBoxLayout) -> None:
        pages.build_create_form(self, layout)

    def add_portal_values(self, layout: QVBoxLayout) -> None:
        self.portal_grid = QGridLayout()
        layout.addLayout(self.portal_grid)
        self.portal_copy_buttons: dict[str, QPushButton] = {}

    def add_proof_status(self, layout: QVBoxLayout) -> None:
        self.proof_status = text_label(self, rich=False)
        layout.addWidget(self.proof_status)

    def open_portal_page(self) -> None:
        """No dead end: when no browser opens, say so and show the address."""
        if not open_url(PORTAL_URL):
            show_message(
                self.message,
                self.tr("Your browser could not be opened. Copy this address: %1").replace(
                    "%1", PORTAL_URL
                ),
                MessageKind.ERROR,
            )

    # -- loading ----------------------------------------------------------------------
    def reload(self, after: Callable[[], object] | None = None) -> Job:
        shop_id, finished = self.shop_id, self._finished_id

        def loaded(view: RotationView) -> None:
            self.view = view
            self.loaded_once = True
            self._show_view()
            if after is not None:
                after()
            self.step_changed.emit(view.step)

        return self._run(
            lambda inv, vault, ctx: steps.read_rotation(inv, vault, shop_id, finished),
            loaded,
            self.tr("Reading the rotation…"),
        )

    def _run(
        self,
        fn: Callable[[Any, Any, JobContext], Any],
        on_result: Callable[[Any], object],
        text: str,
        on_progress: Callable[[str], None] | None = None,
    ) -> Job:
        self._set_busy(True)
        job = run_guarded(self.store, fn, on_result, self._on_failure, on_progress)
        job.finished.connect(self._refresh_buttons)
        job.failed.connect(self._refresh_buttons)
        job.cancelled.connect(self._on_cancelled)
        self._jobs.append(job)
        self.strip.start(text, job)
        return job

    def _refresh_buttons(self, *_: object) -> None:
        self._jobs = [j for j in self._jobs if not j.done]
        self._set_busy(self.busy)

    def _set_busy(self, busy: bool) -> None:
        for button in (
            self.start_button, self.test_button, self.portal_done, self.proof_button,
            self.deleted_button, self.old_check_button, self.finish_button,
            self.key_new, self.paste_button, self.stop_button,
        ):
            button.setEnabled(not busy)

    def _on_cancelled(self) -> None:
        self._refresh_buttons()
        self.say(self.tr("Cancelled. Nothing was lost: continue whenever you like."))

    def _on_failure(self, message: str) -> None:
        self.say(message, MessageKind.ERROR)

    def say(self, text: str, kind: MessageKind = MessageKind.INFO) -> None:
        show_message(self.message, text, kind)

    @property
    def busy(self) -> bool:
        return any(not j.done for j in self._jobs)

    def busy_reason(self) -> str:
        """What closing the app now would stop (the main window asks first)."""
        return self.tr("A step of the key rotation is running.") if self.busy else ""

    # -- showing ----------------------------------------------------------------------
    def current_page(self) -> int:
        return self.pages.currentIndex()

    def _show_view(self) -> None:
        view = self.view
        page = PAGE_OF_STEP[view.step]
        self._fill_steps(page)
        self.stop_button.setVisible(view.step in ABANDONABLE)
        shop = esc(view.shop.display_name) if view.shop else ""
        if view.shop is not None:
            self.setWindowTitle(
                self.tr("Rotate the API key of %1").replace("%1", view.shop.display_name)
            )
        fixed = pages.fixed_page_html(page, shop)
        if fixed is not None:
            self._body(page).setText(fixed)
        elif page == INTRO:
            self._fill_intro(shop)
        elif page == CREATE:
            self.fill_create()
        elif page == PORTAL:
            self._fill_portal()
        elif page == DELETE_OLD:
            self.delete_text.setText(pages.delete_old_html(view))
        self.pages.setCurrentIndex(page)
        primary = self._primary(page)
        primary.setDefault(True)
        primary.setFocus(Qt.FocusReason.OtherFocusReason)

    def _body(self, page: int) -> QLabel:
        label: QLabel = getattr(self, pages.PAGES[page].body)
        return label

    def _primary(self, page: int) -> QPushButton:
        buttons = pages.PAGES[page].buttons
        button: QPushButton = getattr(self, buttons[-1].name) if buttons else self.close_button
        return button

    def _fill_steps(self, page: int) -> None:
        html, current, total = pages.steps_list_html(page)
        self.step_list.setText(html)
        self.step_list.setAccessibleDescription(
            self.tr("Step %1 of %2").replace("%1", str(min(current + 1, total)))
            .replace("%2", str(total))
        )

    def _fill_intro(self, shop: str) -> None:
        view = self.view
        if view.problem is not None:
            self.intro_text.setText(esc(pages.problem_text(view.problem)))
            self.start_button.setVisible(False)
            return
        self.start_button.setVisible(True)
        self.intro_text.setText(pages.intro_html(view, shop))

    def fill_create(self) -> None:
        view = self.view
        m1 = view.m1
        old_name = view.old.api_user if view.old else ""
        self.m2_choice.setVisible(not m1)
        for widget in (self.key_label, self.key_edit, self.key_show, self.key_copy,
                       self.key_new):
            widget.setVisible(m1)
        if m1:
            self.user_label.setText(self.tr("New API &user name:"))
            self.user_edit.setAccessibleName(self.tr("New API user name"))
            self.user_edit.setReadOnly(False)
            if not self.user_edit.text() or view.new is not None:
                self.user_edit.setText(view.new.api_user if view.new else next_name(old_name))
            if view.new_key is not None and not self.key_edit.text():
                self.key_edit.setText(view.new_key.reveal())
                self.key_edit.setCursorPosition(0)
            self.create_text.setText(
                pages.create_m1_html(esc(old_name), esc(self.user_edit.text()))
            )
            for name_, edit in self.token_edits.items():
                edit.setVisible(False)
                self.token_labels[name_].setVisible(False)
            self.paste_button.setVisible(False)
            if view.new is None and not self.busy and view.rotation is not None:
                self.generate_key()
            return
        reauth = self.m2_reauth.isChecked()
        self.user_label.setText(self.tr("Integration &name:"))
        self.user_edit.setAccessibleName(self.tr("Integration name"))
        if view.new is not None:
            self.user_edit.setText(view.new.api_user)
        elif reauth or not self.user_edit.text() or self.user_edit.text() == old_name:
            self.user_edit.setText(old_name if reauth else next_name(old_name, separator=" "))
        self.user_edit.setReadOnly(reauth)
        for name_, edit in self.token_edits.items():
            shown = not (reauth and name_.startswith("consumer"))
            edit.setVisible(shown)
            self.token_labels[name_].setVisible(shown)
        self.paste_button.setVisible(True)
        self.create_text.setText(pages.create_m2_html(
            esc(old_name), esc(self.user_edit.text()),
            reauth=reauth, drafted=view.new is not None,
        ))  # fmt: skip

    def _fill_portal(self) -> None:
        view = self.view
        from cobby_desktop import i18n
        from cobby_desktop.portal.connection_fields import portal_steps

        major = view.shop.magento_major if view.shop else MagentoMajor.M1
        self.portal_text.setText(
            self.tr("The new access works. Now give it to cobby:")
            + ordered_list([esc(i18n.render(s)) for s in portal_steps(major)])
        )
        clear_layout(self.portal_grid)
        self.portal_copy_buttons.clear()
        for row, f in enumerate(view.fields):
            label = QLabel(self.tr("%1:").replace("%1", f.label), self)
            shown = QLineEdit(f.display_text(), self)
            shown.setReadOnly(True)
            shown.setAccessibleName(f.label)
            label.setBuddy(shown)
            copy = QPushButton(self.tr("Copy"), self)
            copy.setAutoDefault(False)
            copy.setAccessibleName(self.tr("Copy %1").replace("%1", f.label))
            copy.clicked.connect(lambda _=False, fld=f: self.copy_field(fld))
            self.portal_grid.addWidget(label, row, 0)
            self.portal_grid.addWidget(shown, row, 1)
            self.portal_grid.addWidget(copy, row, 2)
            self.portal_copy_buttons[f.id] = copy

    # -- actions ----------------------------------------------------------------------
    def ask_to_stop(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Stop the rotation?"),
            self.tr(
                "The old access stays active and the new one is removed from this "
                "computer. If you already created the new user or integration in Magento, "
                "delete it there; if you already entered the new values in the cobby "
                "portal, enter the old ones again."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.stop_rotation()

    def stop_rotation(self) -> Job:
        shop_id = self.shop_id

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> Rotation:
            return steps.stop_rotation(inv, vault, shop_id)

        def done(_: object) -> None:
            self.reload()
            self.say(self.tr("The rotation is stopped. The old access stays active."))

        return self._run(work, done, self.tr("Stopping the rotation…"))

    def start_rotation(self) -> Job:
        shop_id = self.shop_id

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> Rotation:
            return steps.start_rotation(inv, vault, shop_id)

        return self._run(work, lambda _: self.reload(), self.tr("Starting the rotation…"))

    def generate_key(self) -> Job:
        """Magento 1: draft a freshly generated key at once, so the key the
        merchant copies into Magento is the one the keychain holds."""
        shop_id = self.shop_id
        user = self.user_edit.text().strip() or next_name(self.view.old.api_user
                                                          if self.view.old else "")

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> None:
            steps.draft_generated_key(inv, vault, shop_id, user)

        self.key_edit.clear()
        return self._run(work, lambda _: self.reload(), self.tr("Generating a new key…"))

    def show_key(self, shown: bool) -> None:
        self.key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.key_show.setText(self.tr("Hide") if shown else self.tr("Show"))
        if shown:
            self._log(Activity.REVEALED, "api_key (new, rotation)")

    def copy_new_key(self) -> None:
        if self.key_edit.text():
            self.guard.copy(Secret(self.key_edit.text()), self.tr("API key"))
            self._log(Activity.COPIED, message("activity.new_key_copied"))

    def copy_field(self, f: ConnectionField) -> None:
        self.guard.copy(Secret(f.copy_text()), f.label)
        if f.secret:
            self._log(Activity.COPIED, message("activity.new_value_copied", field=f.id))

    def _log(self, action: Activity, detail: Message | str) -> None:
        cred = self.view.new
        shop_id = self.shop_id

        def work(inv: Inventory, vault: Vault) -> None:
            inv.log_activity(action, detail, shop_id=shop_id,
                             credential_id=cred.id if cred else None)

        self.store.run(work)

    def paste_tokens(self) -> None:
        from cobby_desktop.magento2 import split_tokens_panel

        found = split_tokens_panel(QGuiApplication.clipboard().text())
        for name, value in found.items():
            if self.token_edits[name].isVisible():
                self.token_edits[name].setText(value)
        if not found:
            self.create_problem.setText(self.tr(
                "The clipboard holds no integration values. In Magento, select the four "
                "values with their labels, copy them, and try again."
            ))
            self.create_problem.show()

    def _create_problems(self) -> tuple[list[str], dict[str, Secret] | None]:
        """Problems in the typed values, and the values to draft (None: keep the draft)."""
        view = self.view
        user = self.user_edit.text()
        if view.m1:
            from cobby_desktop.magento1 import validate_api_user, validate_m1_key

            problems = [i18n.explain(p) for p in validate_api_user(user)]
            problems += [i18n.explain(p) for p in validate_m1_key(self.key_edit.text())]
            unchanged = (
                view.new is not None and view.new.api_user == user
                and view.new_key is not None and view.new_key.reveal() == self.key_edit.text()
            )
            return problems, None if unchanged else {"api_key": Secret(self.key_edit.text())}
        from cobby_desktop.magento2 import validate_m2_tokens, validate_token

        names = [n for n, e in self.token_edits.items() if e.isVisible()]
        typed = {n: self.token_edits[n].text() for n in names}
        if view.new is not None and not any(typed.values()):
            return ([] if user.strip() else [self.tr("Please enter the integration's name.")],
                    None)
        if self.m2_reauth.isChecked():
            problems = [i18n.explain(p) for n in names for p in validate_token(n, typed[n])]
        else:
            problems = [i18n.explain(p) for p in validate_m2_tokens(typed)]
        if not user.strip():
            problems.insert(0, self.tr("Please enter the integration's name."))
        return problems, {n: Secret(v) for n, v in typed.items()}

    def test_new(self) -> Job | None:
        problems, values = self._create_problems()
        self.create_problem.setText("\n".join(problems))
        self.create_problem.setVisible(bool(problems))
        if problems:
            return None
        shop_id, user, policy = self.shop_id, self.user_edit.text().strip(), self.policy
        store = self.store

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> CredentialProbe:
            prober = steps.make_prober(vault, policy or store.context.policy, ctx.cancel)
            return steps.test_new_access(
                inv, vault, shop_id, user, values, prober, lambda: ctx.progress("test")
            )

        def done(probe: CredentialProbe) -> None:
            for edit in self.token_edits.values():
                edit.clear()
            if probe.outcome is ProbeAnswer.OK:
                self.say(self.tr("The new access works."), MessageKind.OK)
            else:
                self.say(pages.test_advice(probe, m1=self.view.m1), MessageKind.ERROR)
            self.reload()

        return self._run(work, done, self.tr("Testing the new access with your shop…"))

    def confirm_portal(self) -> Job:
        shop_id = self.shop_id

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> Rotation:
            return steps.confirm_portal_updated(inv, vault, shop_id)

        return self._run(
            work, lambda _: self.reload(after=self.prove_new), self.tr("Saving…")
        )

    def prove_new(self) -> Job:
        """Poll the shop with the NEW credential until cobby's connection shows."""
        shop_id, policy, timeout = self.shop_id, self.policy, self.proof_timeout
        attempts, store = [0], self.store

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> steps.NewAccessProof:
            return steps.prove_new_access(
                inv, vault, shop_id, policy or store.context.policy,
                timeout=timeout, cancel=ctx.cancel,
                on_progress=lambda p: ctx.progress(i18n.explain(p)),
            )  # fmt: skip

        def progress(message: str) -> None:
            attempts[0] += 1
            text = self.tr("Check %1: %2").replace("%1", str(attempts[0])).replace("%2", message)
            self.proof_status.setText(text)
            self.strip.set_text(text)

        def done(proof: steps.NewAccessProof) -> None:
            result = proof.result
            if result is None:
                self.say(texts.verdict_text("no_workspace_key"), MessageKind.ERROR)
                return
            if proof.proven:
                self.say(self.tr("cobby is connected with the new access."), MessageKind.OK)
                self.reload()
                return
            advice = " ".join(i18n.render(line) for line in result.advice)
            said = " ".join(i18n.render(m) for m in result.said)
            self.proof_status.setText(said)
            self.say((said + " " + advice).strip(), MessageKind.ERROR)

        self.proof_status.setText("")
        return self._run(
            work, done,
            self.tr("Waiting for cobby to connect with the new access…"), progress,
        )

    def confirm_old_deleted(self) -> Job:
        shop_id = self.shop_id

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> Rotation:
            return steps.confirm_old_deleted(inv, vault, shop_id)

        return self._run(
            work, lambda _: self.reload(after=self.prove_old_rejected), self.tr("Saving…")
        )

    def prove_old_rejected(self) -> Job:
        shop_id, policy, store = self.shop_id, self.policy, self.store

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> CredentialProbe:
            prober = steps.make_prober(vault, policy or store.context.policy, ctx.cancel)
            return steps.prove_old_rejected(inv, vault, shop_id, prober)

        def done(probe: CredentialProbe) -> None:
            old = self.view.old.api_user if self.view.old else ""
            refused = probe.outcome is ProbeAnswer.REJECTED
            kind = MessageKind.OK if refused else MessageKind.ERROR
            self.say(pages.old_check_said(probe, old), kind)
            if refused:
                self.reload()

        return self._run(work, done, self.tr("Logging in with the old access…"))

    def finish(self) -> Job:
        shop_id = self.shop_id

        def work(inv: Inventory, vault: Vault, ctx: JobContext) -> Rotation:
            return steps.finish_rotation(inv, vault, shop_id)

        def done(rotation: Rotation) -> None:
            self._finished_id = rotation.id
            self.say("", MessageKind.INFO)
            self.reload(after=lambda: self.rotation_finished.emit(shop_id))

        return self._run(work, done, self.tr("Finishing…"))

    # -- closing ----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_all()
        super().closeEvent(event)

    def reject(self) -> None:  # Escape
        self._stop_all()
        super().reject()

    def _stop_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()
        self._jobs.clear()
        self.key_edit.clear()
        for edit in self.token_edits.values():
            edit.clear()
        self.guard.clear_now()
