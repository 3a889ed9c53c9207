"""Key rotation as a step-by-step dialog over `domain.lifecycle`.

The dialog keeps no state of its own that matters: every step is stored by the
lifecycle (inventory + keychain) before the dialog moves on, and opening the
dialog reads the stored step and shows that page. So closing it at any point
is safe. Every store, keychain and network call runs as a background job with
a visible progress line and a Cancel button.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop.domain.lifecycle import ABANDONABLE
from cobby_desktop.domain.model import (
    Activity,
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Rotation,
    RotationStep,
    Shop,
)
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.secret import Secret
from cobby_desktop.ui.secret_widgets import ClipboardGuard, CopyNotice
from cobby_desktop.ui.store_access import StoreAccess
from cobby_desktop.ui.wizard.widgets import HideWhenAway
from cobby_desktop.ui.workers import Job, JobContext

# -- shared by the lifecycle views ---------------------------------------------------


@dataclass(frozen=True)
class StepFailure:
    """A known problem of a background step, with the domain's own sentence."""

    message: str


def run_guarded(
    store: StoreAccess,
    fn: Callable[[Any, Any, JobContext], Any],
    on_result: Callable[[Any], None],
    on_failure: Callable[[str], None],
    on_progress: Callable[[str], None] | None = None,
) -> Job:
    """Run `fn(inventory, vault, ctx)` on its own inventory connection (steps
    may wait minutes on a shop); lifecycle, inventory and keychain errors come
    back as `StepFailure`, so the view can show what to do."""

    def work(inventory: Any, vault: Any, ctx: JobContext) -> Any:
        from cobby_desktop.domain.lifecycle import LifecycleError
        from cobby_desktop.domain.store import InventoryError
        from cobby_desktop.domain.vault import VaultError

        try:
            return fn(inventory, vault, ctx)
        except LifecycleError as exc:
            return StepFailure(str(exc))
        except (InventoryError, VaultError) as exc:
            return StepFailure(exc.message)

    def deliver(value: Any) -> None:
        if isinstance(value, StepFailure):
            on_failure(value.message)
        else:
            on_result(value)

    return store.run_separately(work, deliver, on_failure, on_progress)


class JobStrip(QFrame):
    """A busy bar, what is happening, the time it has taken, and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobStrip")
        self.job: Job | None = None
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        self.bar.setAccessibleName(self.tr("Working"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.elapsed_label = QLabel(self)
        self.elapsed_label.setObjectName("hint")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the running step"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar)
        row.addWidget(self.label, 1)
        row.addWidget(self.elapsed_label)
        row.addWidget(self.cancel_button)
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self.hide()

    @property
    def running(self) -> bool:
        return self.job is not None and not self.job.done

    def start(self, text: str, job: Job) -> None:
        self.job = job
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self._clock.start()
        self._tick()
        self._ticker.start()
        self.cancel_button.setEnabled(True)
        self.show()
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(lambda *_: self._over(job))

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)

    def elapsed_seconds(self) -> int:
        return int(self._clock.elapsed() / 1000) if self._clock.isValid() else 0

    def _tick(self) -> None:
        seconds = self.elapsed_seconds()
        self.elapsed_label.setText(
            self.tr("%1:%2 elapsed")
            .replace("%1", str(seconds // 60))
            .replace("%2", f"{seconds % 60:02d}")
        )

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _over(self, job: Job) -> None:
        if job is self.job:
            self._ticker.stop()
            self.hide()


MESSAGE_NAMES = {"ok": "messageOk", "error": "messageError", "info": "messageInfo"}


def show_message(label: QLabel, text: str, kind: str = "info") -> None:
    """A dialog's one-line outcome ("ok", "error" or "info" colours from STYLE);
    an empty text hides it."""
    label.setObjectName(MESSAGE_NAMES.get(kind, "messageInfo"))
    label.setStyleSheet("")  # re-polish for the new object name
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))


def setup_list_table(
    table: QTableWidget, stretch: int, widths: tuple[tuple[int, int], ...], char_width: int
) -> None:
    """A read-only table of whole rows (the audit's findings, the activity log):
    `stretch` takes the spare width, `widths` are (column, characters)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths:
        table.setColumnWidth(column, width * char_width)


def lay_out_table_dialog(
    dialog: QDialog,
    top: QHBoxLayout,
    table: QTableWidget,
    message: QLabel,
    strip: JobStrip,
    close_button: QPushButton,
) -> None:
    """The audit's and the activity log's frame: their summary row on top, the
    table taking the height, then the outcome line, the job strip and Close."""
    bottom = QHBoxLayout()
    bottom.addStretch(1)
    bottom.addWidget(close_button)
    layout = QVBoxLayout(dialog)
    layout.addLayout(top)
    layout.addWidget(table, 1)
    layout.addWidget(message)
    layout.addWidget(strip)
    layout.addLayout(bottom)


# -- what the dialog shows ------------------------------------------------------------

INTRO, CREATE, PORTAL, PROOF, DELETE_OLD, OLD_CHECK, FINISH, DONE = range(8)

PAGE_OF_STEP = {
    None: INTRO,
    RotationStep.DRAFT_NEW: CREATE,
    RotationStep.NEW_TESTED: PORTAL,
    RotationStep.PORTAL_UPDATED: PROOF,
    RotationStep.NEW_PROVEN_BY_COBBY: DELETE_OLD,
    RotationStep.OLD_DELETED_IN_SHOP: OLD_CHECK,
    RotationStep.OLD_REJECTED: FINISH,
    RotationStep.DONE: DONE,
    RotationStep.ABANDONED: INTRO,
}


@dataclass
class RotationView:
    """What one load of the store found; secrets only as `Secret`."""

    shop: Shop | None = None
    old: Credential | None = None
    rotation: Rotation | None = None
    new: Credential | None = None
    new_key: Secret | None = None  # Magento 1: the drafted key, to show and copy
    reauthorized: bool = False  # Magento 2: the new values keep the old consumer
    fields: tuple = ()  # the portal's connection fields for the new credential
    problem: str = ""  # why no rotation can start
    steps_done: list[RotationStep] = field(default_factory=list)

    @property
    def step(self) -> RotationStep | None:
        return self.rotation.step if self.rotation else None

    @property
    def m1(self) -> bool:
        return self.old is not None and self.old.kind is CredentialKind.M1_API_KEY


def load_view(inventory: Any, vault: Any, shop_id: int, finished_id: int | None) -> RotationView:
    """Read the shop's rotation (or what a new one would rotate)."""
    from cobby_desktop.portal.connection_fields import ShopUrlError, connection_fields

    view = RotationView(shop=inventory.shop(shop_id))
    if view.shop is None:
        # Module-level job code has no self.tr: the dialog's context, so lupdate finds it.
        view.problem = QCoreApplication.translate(
            "RotationDialog", "This shop is no longer in the inventory."
        )
        return view
    rotation = inventory.open_rotation(shop_id)
    if rotation is None and finished_id is not None:
        rotation = next((r for r in inventory.rotations() if r.id == finished_id), None)
    view.rotation = rotation
    if rotation is None:
        view.old = inventory.current_credential(shop_id)
        if view.old is None or view.old.state is not CredentialState.ACTIVE:
            view.problem = QCoreApplication.translate(
                "RotationDialog",
                "This shop has no active credential to rotate. Test its connection first; "
                "a credential becomes active when the test passes.",
            )
        return view
    view.old = inventory.credential(rotation.old_credential_id)
    if rotation.new_credential_id:
        view.new = inventory.credential(rotation.new_credential_id)
    if view.new is not None and rotation.step is not RotationStep.DONE:
        secrets = vault.credential_secrets(view.new)
        if view.m1:
            view.new_key = secrets.get("api_key")
        else:
            old_secrets = vault.credential_secrets(view.old) if view.old else {}
            ck_new, ck_old = secrets.get("consumer_key"), old_secrets.get("consumer_key")
            view.reauthorized = ck_new is not None and ck_new == ck_old
        if set(view.new.kind.secret_fields) <= set(secrets):
            try:
                view.fields = connection_fields(
                    view.shop.magento_major, view.shop.base_url,
                    api_user=view.new.api_user, secrets=secrets,
                )
            except (KeyError, ShopUrlError):
                view.fields = ()
    return view


def next_name(name: str, *, separator: str = "_") -> str:
    """cobby_api -> cobby_api_2 -> cobby_api_3 (a new user beside the old one)."""
    match = re.fullmatch(r"(.*?)[ _](\d+)", name.strip())
    if match:
        return f"{match.group(1)}{separator}{int(match.group(2)) + 1}"
    return f"{name.strip() or 'cobby_api'}{separator}2"


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _text(parent: QWidget, rich: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setOpenExternalLinks(True)
    return label


def _esc(text: str) -> str:
    import html

    return html.escape(text, quote=False)


def _ol(items: list[str]) -> str:
    return "<ol style='margin-left:0'>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>"


STYLE = """
#hint { color: palette(placeholder-text); }
#stepList { padding: 4px 12px 4px 4px; }
#messageOk { color: #1e6b34; }
#messageError { color: #a1232b; }
#messageInfo { color: palette(text); }
#copyNotice { background: #e2ecf9; border: 1px solid #b9cde9; border-radius: 6px; }
#copyNotice QLabel { color: #1f4f8f; }
"""


class RotationDialog(QDialog):
    """Rotate the current credential of one shop, resuming at the stored step."""

    step_changed = Signal(object)  # RotationStep | None, after every load
    rotation_finished = Signal(int)  # shop id, when the rotation is done

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
        self.policy = policy if policy is not None else store.context.policy
        self.proof_timeout = proof_timeout
        self.guard = guard if guard is not None else ClipboardGuard(parent=self)
        self.view = RotationView()
        self.loaded_once = False
        self._finished_id: int | None = None
        self._jobs: list[Job] = []
        self.setObjectName("rotationDialog")
        self.setWindowTitle(self.tr("Rotate the API key"))
        self.setStyleSheet(STYLE)
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
        self._build_intro()
        self._build_create()
        self._build_portal()
        self._build_proof()
        self._build_delete_old()
        self._build_old_check()
        self._build_finish()
        self._build_done()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.pages)

        self.message = _text(self, rich=False)
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

    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout, QLabel, QLabel]:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 4, 12, 4)
        heading = _title(title, page)
        body = _text(page)
        layout.addWidget(heading)
        layout.addWidget(body)
        self.pages.addWidget(page)
        return page, layout, heading, body

    def _button(self, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _row(self, layout: QVBoxLayout, *widgets: QWidget) -> None:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)

    def _build_intro(self) -> None:
        _, layout, self.intro_title, self.intro_text = self._page(self.tr("Rotate the API key"))
        self.start_button = self._button(
            self.tr("&Start the rotation"), self.tr("Start the rotation"), self.start_rotation
        )
        self._row(layout, self.start_button)
        layout.addStretch(1)

    def _build_create(self) -> None:
        _, layout, self.create_title, self.create_text = self._page(
            self.tr("Create the new access in Magento")
        )
        # Magento 2: a new integration or Reauthorize.
        self.m2_choice = QWidget(self)
        choice = QVBoxLayout(self.m2_choice)
        choice.setContentsMargins(0, 0, 0, 0)
        self.m2_new = QRadioButton(self.tr("Add a &new integration"), self)
        self.m2_new.setAccessibleDescription(self.tr("cobby keeps working until you switch."))
        self.m2_reauth = QRadioButton(self.tr("&Reauthorize the existing integration"), self)
        self.m2_reauth.setAccessibleDescription(
            self.tr("Quicker, but cobby's access stops until you update the portal.")
        )
        self.m2_new.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.m2_new)
        group.addButton(self.m2_reauth)
        self.m2_new.toggled.connect(lambda _: self._fill_create())
        for radio in (self.m2_new, self.m2_reauth):
            hint = _text(self, rich=False)
            hint.setObjectName("hint")
            hint.setText(radio.accessibleDescription())
            hint.setContentsMargins(24, 0, 0, 4)
            choice.addWidget(radio)
            choice.addWidget(hint)
        self.m2_choice.hide()
        layout.addWidget(self.m2_choice)

        self.create_form = QGridLayout()
        self.user_label = QLabel(self)
        self.user_edit = QLineEdit(self)
        self.user_label.setBuddy(self.user_edit)
        self.create_form.addWidget(self.user_label, 0, 0)
        self.create_form.addWidget(self.user_edit, 0, 1, 1, 3)
        # Magento 1: the generated key, masked, with Show, Copy and a new one.
        self.key_label = QLabel(self.tr("New API &key:"), self)
        self.key_edit = QLineEdit(self)
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName(self.tr("New API key"))
        self.key_label.setBuddy(self.key_edit)
        self.key_show = QToolButton(self)
        self.key_show.setText(self.tr("Show"))
        self.key_show.setCheckable(True)
        self.key_show.setAccessibleName(self.tr("Show the new API key"))
        self.key_show.toggled.connect(self._show_key)
        # Like the wizard's Show: hidden again when another window takes the focus.
        self.key_away = HideWhenAway(self.key_show)
        self.key_copy = QToolButton(self)
        self.key_copy.setText(self.tr("Copy"))
        self.key_copy.setAccessibleName(self.tr("Copy the new API key"))
        self.key_copy.setToolTip(self.tr("The clipboard is cleared again after 30 seconds."))
        self.key_copy.clicked.connect(self.copy_new_key)
        self.key_new = QToolButton(self)
        self.key_new.setText(self.tr("New key"))
        self.key_new.setAccessibleName(self.tr("Generate another API key"))
        self.key_new.clicked.connect(self.generate_key)
        self.create_form.addWidget(self.key_label, 1, 0)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.key_show)
        key_row.addWidget(self.key_copy)
        key_row.addWidget(self.key_new)
        self.create_form.addLayout(key_row, 1, 1, 1, 3)
        # Magento 2: the values Magento shows, one masked field each.
        from cobby_desktop.magento2 import FIELD_LABELS, FIELDS

        self.token_edits: dict[str, QLineEdit] = {}
        self.token_labels: dict[str, QLabel] = {}
        for row, name in enumerate(FIELDS, start=2):
            label = QLabel(self.tr("%1:").replace("%1", FIELD_LABELS[name]), self)
            edit = QLineEdit(self)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(FIELD_LABELS[name])
            label.setBuddy(edit)
            self.create_form.addWidget(label, row, 0)
            self.create_form.addWidget(edit, row, 1, 1, 3)
            self.token_edits[name] = edit
            self.token_labels[name] = label
        self.paste_button = self._button(
            self.tr("&Paste all values"),
            self.tr("Paste all values copied from Magento's integration tokens panel"),
            self.paste_tokens,
        )
        self.create_form.addWidget(self.paste_button, len(FIELDS) + 2, 1, 1, 1)
        layout.addLayout(self.create_form)
        self.create_problem = _text(self, rich=False)
        self.create_problem.setObjectName("messageError")
        self.create_problem.hide()
        layout.addWidget(self.create_problem)
        self.test_button = self._button(
            self.tr("&Test the new access"), self.tr("Test the new access"), self.test_new
        )
        self._row(layout, self.test_button)
        layout.addStretch(1)

    def _build_portal(self) -> None:
        _, layout, _, self.portal_text = self._page(self.tr("Update the cobby portal"))
        self.portal_grid = QGridLayout()
        layout.addLayout(self.portal_grid)
        self.portal_copy_buttons: dict[str, QPushButton] = {}
        from cobby_desktop.portal.connection_fields import PORTAL_URL

        self.open_portal = self._button(
            self.tr("Open cobby's p&ortal"),
            self.tr("Open cobby's portal in the browser"),
            lambda: _open_url(PORTAL_URL),
        )
        self.open_portal.setAutoDefault(False)
        self.portal_done = self._button(
            self.tr("I have &updated the portal"),
            self.tr("I have updated the portal"),
            self.confirm_portal,
        )
        self._row(layout, self.open_portal, self.portal_done)
        layout.addStretch(1)

    def _build_proof(self) -> None:
        _, layout, _, self.proof_text = self._page(self.tr("Wait for cobby to connect"))
        self.proof_status = _text(self, rich=False)
        layout.addWidget(self.proof_status)
        self.proof_button = self._button(
            self.tr("&Check the connection"),
            self.tr("Check that cobby connects with the new access"),
            self.prove_new,
        )
        self._row(layout, self.proof_button)
        layout.addStretch(1)

    def _build_delete_old(self) -> None:
        _, layout, _, self.delete_text = self._page(self.tr("Delete the old access in Magento"))
        self.deleted_button = self._button(
            self.tr("I have &deleted it"),
            self.tr("I have deleted the old access; check that the shop rejects it"),
            self.confirm_old_deleted,
        )
        self._row(layout, self.deleted_button)
        layout.addStretch(1)

    def _build_old_check(self) -> None:
        _, layout, _, self.old_check_text = self._page(
            self.tr("Check that the shop rejects the old access")
        )
        self.old_check_button = self._button(
            self.tr("&Check now"),
            self.tr("Check that the shop rejects the old access"),
            self.prove_old_rejected,
        )
        self._row(layout, self.old_check_button)
        layout.addStretch(1)

    def _build_finish(self) -> None:
        _, layout, _, self.finish_text = self._page(self.tr("Finish the rotation"))
        self.finish_button = self._button(
            self.tr("&Finish"),
            self.tr("Finish the rotation and remove the old key from the keychain"),
            self.finish,
        )
        self._row(layout, self.finish_button)
        layout.addStretch(1)

    def _build_done(self) -> None:
        _, layout, _, self.done_text = self._page(self.tr("The rotation is complete"))
        layout.addStretch(1)

    # -- loading ----------------------------------------------------------------------
    def reload(self, after: Callable[[], None] | None = None) -> Job:
        shop_id, finished = self.shop_id, self._finished_id

        def loaded(view: RotationView) -> None:
            self.view = view
            self.loaded_once = True
            self._show_view()
            if after is not None:
                after()
            self.step_changed.emit(view.step)

        return self._run(
            lambda inv, vault, ctx: load_view(inv, vault, shop_id, finished),
            loaded,
            self.tr("Reading the rotation…"),
        )

    def _run(
        self,
        fn: Callable[[Any, Any, JobContext], Any],
        on_result: Callable[[Any], None],
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
        self.say(self.tr("Cancelled. Nothing was lost: continue whenever you like."), "info")

    def _on_failure(self, message: str) -> None:
        self.say(message, "error")

    def say(self, text: str, kind: str = "info") -> None:
        show_message(self.message, text, kind)

    @property
    def busy(self) -> bool:
        return any(not j.done for j in self._jobs)

    # -- showing ----------------------------------------------------------------------
    def current_page(self) -> int:
        return self.pages.currentIndex()

    def _show_view(self) -> None:
        view = self.view
        page = PAGE_OF_STEP[view.step]
        self._fill_steps(page)
        self.stop_button.setVisible(view.step in ABANDONABLE)
        shop = _esc(view.shop.display_name) if view.shop else ""
        if view.shop is not None:
            self.setWindowTitle(
                self.tr("Rotate the API key of %1").replace("%1", view.shop.display_name)
            )
        if page == INTRO:
            self._fill_intro(shop)
        elif page == CREATE:
            self._fill_create()
        elif page == PORTAL:
            self._fill_portal()
        elif page == PROOF:
            self.proof_text.setText(self.tr(
                "After you save the new values in the portal, cobby connects to %1 with them. "
                "The app asks your shop, with the new access, whether it works and is "
                "connected to your workspace. This can take a few minutes; you can close this "
                "window and come back later. (Your shop cannot tell which access cobby's "
                "service used; deleting the old access next is what proves it.)"
            ).replace("%1", shop))
        elif page == DELETE_OLD:
            self._fill_delete_old()
        elif page == OLD_CHECK:
            self.old_check_text.setText(self.tr(
                "The app now logs in with the old access. The rotation can only finish when "
                "your shop refuses it."
            ))
        elif page == FINISH:
            self.finish_text.setText(self.tr(
                "Your shop refuses the old access and accepts the new one. Check in the cobby "
                "portal that the shop connection is still active: then cobby is using the new "
                "access. Finish to mark the old access as revoked and remove its key from "
                "this computer's keychain."
            ))
        elif page == DONE:
            self.done_text.setText(self.tr(
                "cobby now uses the new access for %1. The old access is revoked, and its key "
                "is removed from this computer's keychain."
            ).replace("%1", shop))
        self.pages.setCurrentIndex(page)
        primary = {
            INTRO: self.start_button, CREATE: self.test_button, PORTAL: self.portal_done,
            PROOF: self.proof_button, DELETE_OLD: self.deleted_button,
            OLD_CHECK: self.old_check_button, FINISH: self.finish_button,
            DONE: self.close_button,
        }[page]
        primary.setDefault(True)
        primary.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_steps(self, page: int) -> None:
        names = [
            self.tr("Create the new access"),
            self.tr("Update the cobby portal"),
            self.tr("The shop accepts the new"),
            self.tr("Delete the old access"),
            self.tr("Shop refuses the old one"),
            self.tr("Finish"),
        ]
        current = {INTRO: -1, CREATE: 0, PORTAL: 1, PROOF: 2, DELETE_OLD: 3, OLD_CHECK: 4,
                   FINISH: 5, DONE: 6}[page]
        lines = []
        for number, name in enumerate(names):
            if number < current:
                lines.append(f"<p style='color:#1e6b34'>✓ {_esc(name)}</p>")
            elif number == current:
                lines.append(f"<p><b>{number + 1}. {_esc(name)}</b></p>")
            else:
                lines.append(f"<p style='color:palette(placeholder-text)'>{number + 1}. "
                             f"{_esc(name)}</p>")
        self.step_list.setText("".join(lines))
        total = len(names)
        self.step_list.setAccessibleDescription(
            self.tr("Step %1 of %2").replace("%1", str(min(current + 1, total)))
            .replace("%2", str(total))
        )

    def _fill_intro(self, shop: str) -> None:
        view = self.view
        if view.problem:
            self.intro_text.setText(_esc(view.problem))
            self.start_button.setVisible(False)
            return
        self.start_button.setVisible(True)
        old = _esc(view.old.api_user) if view.old else ""
        # Whole sentences per Magento version: a translation cannot glue "the
        # API user" / "the integration" into a sentence with the right article.
        if view.m1:
            intro = self.tr("Replace the API user <b>%1</b> of %2 without interrupting cobby:")
            create = self.tr("You create a new API user in Magento and the app tests it.")
            delete = self.tr("You delete the old API user in Magento; the app checks that "
                             "your shop refuses it.")
        else:
            intro = self.tr(
                "Replace the integration <b>%1</b> of %2 without interrupting cobby:")
            create = self.tr("You create a new integration in Magento and the app tests it.")
            delete = self.tr("You delete the old integration in Magento; the app checks that "
                             "your shop refuses it.")
        self.intro_text.setText(
            intro.replace("%1", old).replace("%2", shop)
            + _ol([
                create,
                self.tr("You enter the new values in the cobby portal."),
                self.tr("The app checks that your shop accepts the new values and holds your "
                        "workspace's key."),
                delete,
                self.tr("The old key leaves this computer's keychain."),
            ])
            + self.tr("The old access keeps working until the new one is proven. You can "
                      "close this window at any step and continue later.")
        )

    def _fill_create(self) -> None:
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
            name = _esc(self.user_edit.text())
            self.create_text.setText(
                self.tr("Create a second API user beside the old one "
                        "<b>%1</b>, which keeps working meanwhile.").replace("%1", _esc(old_name))
                + _ol([
                    self.tr("In the Magento admin, open <b>System &gt; Web Services &gt; "
                            "SOAP/XML-RPC - Users</b> and click <b>Add New User</b>."),
                    self.tr("User Name: <b>%1</b>. First name, last name and email: any "
                            "values, e.g. your own.").replace("%1", name),
                    self.tr("API Key and API Key Confirmation: the key below. Use "
                            "<b>Copy</b> and paste it into both fields."),
                    self.tr("Open the <b>User Role</b> tab, choose the <b>cobby</b> role, "
                            "and click <b>Save User</b>."),
                    self.tr("Come back here and click <b>Test the new access</b>."),
                ])
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
        name = _esc(self.user_edit.text())
        if reauth:
            steps = [
                self.tr("In the Magento admin, open <b>System &gt; Extensions &gt; "
                        "Integrations</b>."),
                self.tr("On the line of <b>%1</b>, click <b>Reauthorize</b>, then "
                        "<b>Reauthorize</b> and <b>Done</b>.").replace("%1", _esc(old_name)),
                self.tr("Magento shows the integration's values. Consumer Key and Consumer "
                        "Secret stay the same; copy the new <b>Access Token</b> and "
                        "<b>Access Token Secret</b> into the fields below."),
            ]
            intro = self.tr("Reauthorize replaces the access token at once: cobby cannot reach "
                            "your shop until you have updated the portal in the next step.")
        else:
            steps = [
                self.tr("In the Magento admin, open <b>System &gt; Extensions &gt; "
                        "Integrations</b> and click <b>Add New Integration</b>."),
                self.tr("Name: <b>%1</b>. Email: yours. Your Password: your admin "
                        "password.").replace("%1", name),
                self.tr("Open the <b>API</b> tab, set Resource Access to <b>Custom</b>, tick "
                        "<b>cobby</b>, and click <b>Save</b>."),
                self.tr("Click <b>Activate</b> on the new line, then <b>Allow</b>. Copy the "
                        "four values Magento shows into the fields below, or copy them all and "
                        "use <b>Paste all values</b>."),
            ]
            intro = self.tr("Create a second integration beside the old one <b>%1</b>, which "
                            "keeps working meanwhile.").replace("%1", _esc(old_name))
        if view.new is not None:
            intro += " " + self.tr("The values you entered before are stored: test them again, "
                                   "or enter new ones.")
        self.create_text.setText(intro + _ol(steps))

    def _fill_portal(self) -> None:
        view = self.view
        from cobby_desktop.portal.connection_fields import portal_steps

        major = view.shop.magento_major if view.shop else MagentoMajor.M1
        self.portal_text.setText(
            self.tr("The new access works. Now give it to cobby:")
            + _ol([_esc(s) for s in portal_steps(major)])
        )
        while self.portal_grid.count():
            item = self.portal_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
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

    def _fill_delete_old(self) -> None:
        view = self.view
        old = _esc(view.old.api_user) if view.old else ""
        new = _esc(view.new.api_user) if view.new else ""
        if view.m1:
            text = self.tr("Your shop accepts the new API user <b>%1</b>. Now remove the old "
                           "one:").replace("%1", new) + _ol([
                self.tr("In the Magento admin, open <b>System &gt; Web Services &gt; "
                        "SOAP/XML-RPC - Users</b>."),
                self.tr("Open the user <b>%1</b> and click <b>Delete User</b>. Keep "
                        "<b>%2</b>.").replace("%1", old).replace("%2", new),
            ])
        elif view.reauthorized:
            text = self.tr("Your shop accepts the reauthorized integration. Reauthorize already "
                           "made the old access token invalid, so there is nothing to delete: "
                           "click the button so the app checks that your shop refuses it.")
        else:
            text = self.tr("Your shop accepts the new integration <b>%1</b>. Now remove the old "
                           "one:").replace("%1", new) + _ol([
                self.tr("In the Magento admin, open <b>System &gt; Extensions &gt; "
                        "Integrations</b>."),
                self.tr("On the line of <b>%1</b>, click the delete icon and confirm. Keep "
                        "<b>%2</b>.").replace("%1", old).replace("%2", new),
            ])
        self.delete_text.setText(text)

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

        def work(inv: Any, vault: Any, ctx: JobContext) -> None:
            from cobby_desktop.domain.lifecycle import Lifecycle

            Lifecycle(inv, vault).abandon_rotation(_open(inv, shop_id))

        def done(_: object) -> None:
            self.reload()
            self.say(self.tr("The rotation is stopped. The old access stays active."), "info")

        return self._run(work, done, self.tr("Stopping the rotation…"))

    def start_rotation(self) -> Job:
        shop_id = self.shop_id

        def work(inv: Any, vault: Any, ctx: JobContext) -> None:
            from cobby_desktop.domain.lifecycle import Lifecycle

            Lifecycle(inv, vault).start_rotation(shop_id)

        return self._run(work, lambda _: self.reload(), self.tr("Starting the rotation…"))

    def generate_key(self) -> Job:
        """Magento 1: draft a freshly generated key at once, so the key the
        merchant copies into Magento is the one the keychain holds."""
        shop_id = self.shop_id
        user = self.user_edit.text().strip() or next_name(self.view.old.api_user
                                                          if self.view.old else "")

        def work(inv: Any, vault: Any, ctx: JobContext) -> None:
            from cobby_desktop.domain.lifecycle import Lifecycle
            from cobby_desktop.magento1 import generate_key

            life = Lifecycle(inv, vault)
            life.draft_new(_open(inv, shop_id), user, {"api_key": generate_key()})

        self.key_edit.clear()
        return self._run(work, lambda _: self.reload(), self.tr("Generating a new key…"))

    def _show_key(self, shown: bool) -> None:
        self.key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.key_show.setText(self.tr("Hide") if shown else self.tr("Show"))
        if shown:
            self._log(Activity.REVEALED, "api_key (new, rotation)")

    def copy_new_key(self) -> None:
        if self.key_edit.text():
            self.guard.copy(Secret(self.key_edit.text()), self.tr("API key"))
            self._log(Activity.COPIED, "api_key (new, rotation)")

    def copy_field(self, f: Any) -> None:
        self.guard.copy(Secret(f.copy_text()), f.label)
        if f.secret:
            self._log(Activity.COPIED, f"{f.id} (new, for the portal)")

    def _log(self, action: Activity, detail: str) -> None:
        cred = self.view.new
        shop_id = self.shop_id

        def work(inv: Any, vault: Any) -> None:
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

            problems = [p.message for p in validate_api_user(user)]
            problems += [p.message for p in validate_m1_key(self.key_edit.text())]
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
            problems = [p.message for n in names for p in validate_token(n, typed[n])]
        else:
            problems = [p.message for p in validate_m2_tokens(typed)]
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

        def work(inv: Any, vault: Any, ctx: JobContext) -> Any:
            from cobby_desktop.domain.lifecycle import Lifecycle

            life = Lifecycle(inv, vault, prober=_prober(vault, policy, ctx))
            rotation = _open(inv, shop_id)
            if values is not None:
                life.draft_new(rotation, user, values)
            ctx.progress("test")
            return life.test_new(rotation)

        def done(probe: Any) -> None:
            for edit in self.token_edits.values():
                edit.clear()
            if probe.outcome == "ok":
                self.say(self.tr("The new access works."), "ok")
            else:
                self.say(self._test_advice(probe.outcome, probe.summary), "error")
            self.reload()

        return self._run(work, done, self.tr("Testing the new access with your shop…"))

    def _test_advice(self, outcome: str, summary: str) -> str:
        from cobby_desktop.domain.proof import VERDICT_MESSAGES

        said = VERDICT_MESSAGES.get(summary, summary)
        if outcome == "rejected":
            fix = (
                self.tr("Check the user name, that the key is in both key fields, and that "
                        "the user has the cobby role; then test again.")
                if self.view.m1
                else self.tr("Check that the integration is activated and that you copied "
                             "its current values; then test again.")
            )
        else:
            fix = self.tr("Test again when the shop answers.")
        return self.tr("The shop does not accept the new access yet.") + " " + said + " " + fix

    def confirm_portal(self) -> Job:
        shop_id = self.shop_id

        def work(inv: Any, vault: Any, ctx: JobContext) -> None:
            from cobby_desktop.domain.lifecycle import Lifecycle

            Lifecycle(inv, vault).confirm_portal_updated(_open(inv, shop_id))

        return self._run(
            work, lambda _: self.reload(after=self.prove_new), self.tr("Saving…")
        )

    def prove_new(self) -> Job:
        """Poll the shop with the NEW credential until cobby's connection shows."""
        shop_id, policy, timeout = self.shop_id, self.policy, self.proof_timeout
        attempts = [0]

        def work(inv: Any, vault: Any, ctx: JobContext) -> Any:
            from cobby_desktop.domain.lifecycle import Lifecycle
            from cobby_desktop.domain.proof import prove_connection
            from cobby_desktop.domain.vault import SecretRef

            rotation = _open(inv, shop_id)
            shop = inv.shop(shop_id)
            new = inv.credential(rotation.new_credential_id)
            key = vault.get(SecretRef.license_key(shop.workspace_id)) if shop.workspace_id else None
            if key is None or not key.reveal().strip():
                from cobby_desktop.domain.proof import VERDICT_MESSAGES

                return StepFailure(VERDICT_MESSAGES["no_workspace_key"])
            probe = _probe_for(vault, shop, new, policy, ctx)
            seen: dict[str, Any] = {}

            def capturing() -> Any:
                seen["last"] = outcome = probe()
                return outcome

            result = prove_connection(
                capturing, key, timeout=timeout, cancel=ctx.cancel,
                on_progress=lambda p: ctx.progress(p.message),
            )
            proven = False
            last = seen.get("last")
            if result.ok and last is not None and last.cobby is not None:
                proven = Lifecycle(inv, vault).record_new_proven(rotation, last.cobby, key)
            return result, proven

        def progress(message: str) -> None:
            attempts[0] += 1
            text = self.tr("Check %1: %2").replace("%1", str(attempts[0])).replace("%2", message)
            self.proof_status.setText(text)
            self.strip.set_text(text)

        def done(value: Any) -> None:
            if isinstance(value, StepFailure):
                self.say(value.message, "error")
                return
            result, proven = value
            if proven:
                self.say(self.tr("cobby is connected with the new access."), "ok")
                self.reload()
                return
            advice = " ".join(result.advice)
            self.proof_status.setText(result.message)
            self.say((result.message + " " + advice).strip(), "error")

        self.proof_status.setText("")
        return self._run(
            work, done,
            self.tr("Waiting for cobby to connect with the new access…"), progress,
        )

    def confirm_old_deleted(self) -> Job:
        shop_id = self.shop_id

        def work(inv: Any, vault: Any, ctx: JobContext) -> None:
            from cobby_desktop.domain.lifecycle import Lifecycle

            Lifecycle(inv, vault).confirm_old_deleted(_open(inv, shop_id))

        return self._run(
            work, lambda _: self.reload(after=self.prove_old_rejected), self.tr("Saving…")
        )

    def prove_old_rejected(self) -> Job:
        shop_id, policy = self.shop_id, self.policy

        def work(inv: Any, vault: Any, ctx: JobContext) -> Any:
            from cobby_desktop.domain.lifecycle import Lifecycle

            life = Lifecycle(inv, vault, prober=_prober(vault, policy, ctx))
            return life.prove_old_rejected(_open(inv, shop_id))

        def done(probe: Any) -> None:
            old = self.view.old.api_user if self.view.old else ""
            if probe.outcome == "rejected":
                self.say(self.tr("Your shop refuses the old access."), "ok")
                self.reload()
            elif probe.outcome == "ok":
                self.say(self.tr(
                    "Your shop still accepts the old access %1. Delete it in the Magento admin "
                    "as described above, then check again."
                ).replace("%1", old), "error")
            else:
                from cobby_desktop.domain.proof import VERDICT_MESSAGES

                self.say(self.tr("The app could not tell whether the shop refuses the old "
                                 "access.") + " " + VERDICT_MESSAGES.get(probe.summary, "")
                         + " " + self.tr("Check again later."), "error")

        return self._run(work, done, self.tr("Logging in with the old access…"))

    def finish(self) -> Job:
        shop_id = self.shop_id

        def work(inv: Any, vault: Any, ctx: JobContext) -> Rotation:
            from cobby_desktop.domain.lifecycle import Lifecycle

            return Lifecycle(inv, vault).finish_rotation(_open(inv, shop_id))

        def done(rotation: Rotation) -> None:
            self._finished_id = rotation.id
            self.say("", "info")
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


# -- helpers for the jobs ---------------------------------------------------------------


def _open(inventory: Any, shop_id: int) -> Rotation:
    from cobby_desktop.domain.lifecycle import LifecycleError

    rotation = inventory.open_rotation(shop_id)
    if rotation is None:
        raise LifecycleError(
            QCoreApplication.translate(
                "RotationDialog", "This shop has no rotation in progress. Start it again."
            )
        )
    return rotation


def _probe_for(vault: Any, shop: Shop, cred: Credential, policy: HttpPolicy | None,
               ctx: JobContext) -> Callable[[], Any]:
    from cobby_desktop.domain.proof import make_m1_probe, make_m2_probe, shop_policy

    secrets = vault.credential_secrets(cred)
    http = shop_policy(vault, shop, policy)
    if cred.kind is CredentialKind.M1_API_KEY:
        return make_m1_probe(shop.base_url, cred.api_user, secrets.get("api_key", Secret("")),
                             http, cancel=ctx.cancel)
    from cobby_desktop.magento2 import M2Tokens

    return make_m2_probe(shop.base_url, M2Tokens.from_mapping(secrets), shop.store_code, http,
                         cancel=ctx.cancel)


def _prober(vault: Any, policy: HttpPolicy | None, ctx: JobContext) -> Callable[..., Any]:
    """The lifecycle's prober with the shop's basic auth, pinned certificate,
    the dialog's timeouts and the job's cancel flag."""
    from cobby_desktop.domain.lifecycle import probe_credential
    from cobby_desktop.domain.proof import shop_policy

    def prober(shop: Shop, cred: Credential, secrets: dict[str, Secret]) -> Any:
        return probe_credential(shop, cred, secrets, policy=shop_policy(vault, shop, policy),
                                cancel=ctx.cancel)

    return prober


def _open_url(url: str) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl(url))
