"""Startup: which vault holds the merchant's secrets this session.

- The OS keychain is there: nothing is shown.
- There is none at all: a dialog says which keychain is missing and what to
  do, and offers the encrypted local vault (the weaker choice, with a master
  password) or to continue without saving secrets (read-only).
- The keychain is locked or refuses: the dialog says which and what to do;
  the local vault is never offered as a way around it.
- The merchant opted in earlier: ask for the master password to unlock.

Keychain look-ups and every vault file operation run in background jobs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.domain import vault_choice
from cobby_desktop.domain.local_vault import (
    MIN_PASSWORD_CHARS,
    WEAKER_CHOICE_NOTE,
    LocalVaultError,
)
from cobby_desktop.domain.vault import Vault, VaultProblem
from cobby_desktop.domain.vault_choice import Need, StartupState
from cobby_desktop.messages import message
from cobby_desktop.secret import Secret
from cobby_desktop.ui import theme
from cobby_desktop.ui.workers import Job, JobContext, start_job

log = logging.getLogger(__name__)

STYLE = """
#vaultTitle { font-size: 15px; font-weight: 600; }
#hint { color: palette(placeholder-text); }
#weakerNote, #noticePanel { background: @wait.bg; border: 1px solid @wait.border;
              border-radius: 6px; padding: 8px; color: @wait.fg; }
#problemPanel { background: @bad.bg; border: 1px solid @bad.border; border-radius: 6px;
                padding: 8px; color: @bad.fg; }
#strength[level="0"] { color: @bad.text; }
#strength[level="1"] { color: @bad.text; }
#strength[level="2"] { color: @wait.text; }
#strength[level="3"] { color: @good.text; }
"""

# Custom results of KeychainDialog.
CREATE, CONTINUE, RETRY = 2, 3, 4


def password_strength(text: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: a hint, not a guarantee."""
    if len(text) < MIN_PASSWORD_CHARS:
        return 0
    classes = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        )
    )
    if len(set(text)) <= 3:
        return 1  # "aaaaaaaaaaaa"
    if len(text) >= 20 or (len(text) >= 14 and classes >= 3):
        return 3
    if len(text) >= 12 or classes >= 3:
        return 2
    return 1


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    if name == "vaultTitle":
        label.setWordWrap(False)  # a wrapping title gets stray space above it
    return label


def _fit(dialog: QDialog, width: int | None = None) -> None:
    """Size to the wrapped text at this width (sizeHint guesses a narrower one);
    called again when a message appears, so nothing is squeezed."""
    if width is not None:
        dialog.setMinimumWidth(width)
    else:
        width = max(dialog.width(), dialog.minimumWidth())
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    height = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
    dialog.resize(width, max(height, layout.minimumSize().height()))


def _password_edit(parent: QWidget, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    edit.setMinimumWidth(280)
    return edit


def _local_vault_job(
    open_local: Callable[[Secret], Any], password: Secret, parent: QObject
) -> Job:
    """Create or unlock the local vault in the background; the job's result is
    the session's Vault, or the LocalVaultError itself for the dialog to show."""

    def work(ctx: JobContext) -> Any:
        try:
            store = open_local(password)
        except LocalVaultError as exc:
            return exc
        return vault_choice.build_vault(local=store)

    return start_job(work, parent)


def _keychain_name() -> str:
    import sys

    if sys.platform == "win32":
        return QApplication.translate("VaultSetup", "Windows Credential Manager")
    if sys.platform == "darwin":
        return QApplication.translate("VaultSetup", "the macOS Keychain")
    return QApplication.translate(
        "VaultSetup", "a Secret Service keychain (GNOME Keyring or KWallet)"
    )


class KeychainDialog(QDialog):
    """No usable keychain: say which situation it is and what to do."""

    def __init__(self, state: StartupState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        missing = state.need is Need.SETUP
        self.setObjectName("keychainDialog")
        self.setStyleSheet(theme.css(STYLE))
        kind = state.keychain.kind or VaultProblem.FAILED
        titles = {
            VaultProblem.MISSING: self.tr("No keychain found"),
            VaultProblem.LOCKED: self.tr("The keychain is locked"),
            VaultProblem.DENIED: self.tr("Access to the keychain was refused"),
        }
        title = titles.get(kind, self.tr("The keychain did not answer"))
        self.setWindowTitle(title)
        heading = _label(title, self, "vaultTitle")
        intro = _label(
            self.tr(
                "cobby Desktop keeps your API keys and license keys only in a keychain "
                "protected by your login, here %1. It never stores them in plain text."
            ).replace("%1", _keychain_name()),
            self,
        )
        self.message = _label(i18n.explain(state.keychain), self, "problemPanel")
        self.message.setAccessibleName(self.tr("What is wrong and what to do"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        if state.local_lost:
            lost = _label(
                i18n.render(vault_choice.lost_local_message(state.local_path)), self,
                "noticePanel",
            )
            layout.addWidget(lost)
        layout.addWidget(self.message)

        self.retry_button = QCommandLinkButton(
            self.tr("Check again"),
            self.tr("After installing, starting or unlocking the keychain."),
            self,
        )
        self.retry_button.clicked.connect(lambda: self.done(RETRY))
        layout.addWidget(self.retry_button)
        self.create_button: QCommandLinkButton | None = None
        if missing:
            self.create_button = QCommandLinkButton(
                self.tr("Use an encrypted vault on this computer (weaker)…"),
                self.tr(
                    "Protected by a master password you type at every start. Only for "
                    "computers without a keychain."
                ),
                self,
            )
            self.create_button.clicked.connect(lambda: self.done(CREATE))
            layout.addWidget(self.create_button)
        if missing:
            go_on = (
                self.tr("Continue without saving secrets"),
                self.tr("You can see your shops, but cannot copy, test or save keys."),
            )
        else:
            go_on = (
                self.tr("Continue"),
                self.tr("Until the keychain works, copying, testing and saving keys will fail."),
            )
        self.continue_button = QCommandLinkButton(*go_on, self)
        self.continue_button.clicked.connect(lambda: self.done(CONTINUE))
        layout.addWidget(self.continue_button)
        layout.addStretch(1)
        _fit(self, 540)
        self.retry_button.setFocus()

    def reject(self) -> None:  # Escape or the close box: read-only, like Continue
        self.done(CONTINUE)


class CreateVaultDialog(QDialog):
    """Choose a master password and create the encrypted local vault."""

    created = Signal(object)  # the session's Vault

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: Job | None = None
        self.setObjectName("createVaultDialog")
        self.setWindowTitle(self.tr("Create an encrypted vault"))
        self.setStyleSheet(theme.css(STYLE))
        heading = _label(self.tr("Create an encrypted vault on this computer"), self, "vaultTitle")
        note = _label(i18n.render(message(WEAKER_CHOICE_NOTE)), self, "weakerNote")
        note.setAccessibleName(self.tr("Why this is the weaker choice"))
        explain = _label(
            self.tr(
                "Choose a master password. You will type it each time cobby Desktop starts. "
                "It cannot be recovered: if you forget it, the keys in the vault are lost "
                "and must be entered again."
            ),
            self,
        )
        self.password = _password_edit(self, self.tr("Master password"))
        self.confirm = _password_edit(self, self.tr("Repeat the master password"))
        self.strength = QLabel(self)  # one line: a wrapping label in a form row grows tall
        self.strength.setObjectName("strength")
        self.strength.setAccessibleName(self.tr("Password strength"))
        form = QFormLayout()
        form.addRow(self.tr("&Master password:"), self.password)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Repeat it:"), self.confirm)
        self.error = _label("", self, "problemPanel")
        self.error.hide()
        self.create_button = QPushButton(self.tr("&Create vault"), self)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        _fit(self, 540)
        self.password.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text, again = self.password.text(), self.confirm.text()
        level = password_strength(text)
        if not text:
            hint = self.tr("At least %1 characters; a passphrase of several words is best.")
        elif level == 0:
            hint = self.tr("Too short: use at least %1 characters.")
        else:
            hint = (
                self.tr("Weak: add more words, digits or symbols."),
                self.tr("Fair: a few more words would make it strong."),
                self.tr("Strong."),
            )[level - 1]
        self.strength.setText(hint.replace("%1", str(MIN_PASSWORD_CHARS)))
        self.strength.setProperty("level", str(level if text else 2))
        self.strength.style().unpolish(self.strength)
        self.strength.style().polish(self.strength)
        mismatch = bool(again) and again != text
        self.confirm.setToolTip(self.tr("The two passwords differ.") if mismatch else "")
        ready = level > 0 and again == text and self.job is None
        self.create_button.setEnabled(ready)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        _fit(self)

    def create(self) -> None:  # type: ignore[override]  # the button's slot, not QWidget.create
        if not self.create_button.isEnabled():
            return
        self._busy(True)
        self.job = _local_vault_job(
            vault_choice.create_local_vault, Secret(self.password.text()), self
        )
        self.job.finished.connect(self._created)
        self.job.failed.connect(self._failed)

    def _busy(self, busy: bool) -> None:
        for widget in (self.password, self.confirm, self.back_button):
            widget.setEnabled(not busy)
        self.create_button.setText(self.tr("Creating…") if busy else self.tr("&Create vault"))
        self.create_button.setEnabled(not busy)

    def _created(self, outcome: object) -> None:
        self.job = None
        self._busy(False)
        if isinstance(outcome, LocalVaultError):
            self._show_error(i18n.explain(outcome))
            self._update()
            return
        self.password.clear()
        self.confirm.clear()
        self.created.emit(outcome)
        self.accept()

    def _failed(self, message: str) -> None:
        self.job = None
        self._busy(False)
        self._show_error(message)
        self._update()

    def reject(self) -> None:
        if self.job is not None:
            return  # the file is being written: wait for it
        self.password.clear()
        self.confirm.clear()
        super().reject()


class UnlockVaultDialog(QDialog):
    """Ask for the master password of the encrypted local vault."""

    unlocked = Signal(object)  # the session's Vault
    continue_without = Signal()
    start_over = Signal()  # forgotten password: the old vault was set aside

    def __init__(self, state: StartupState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.job: Job | None = None
        self.attempts = 0
        self.forgot_box: QMessageBox | None = None
        self.setObjectName("unlockVaultDialog")
        self.setWindowTitle(self.tr("Unlock your encrypted vault"))
        self.setStyleSheet(theme.css(STYLE))
        heading = _label(self.tr("Unlock your encrypted vault"), self, "vaultTitle")
        explain = _label(
            self.tr(
                "Your keys are in the encrypted vault on this computer. Enter your master "
                "password to use them."
            ),
            self,
        )
        where = _label(str(state.local_path), self, "hint")
        where.setAccessibleName(self.tr("Where the vault is"))
        self.password = _password_edit(self, self.tr("Master password"))
        form = QFormLayout()
        form.addRow(self.tr("&Master password:"), self.password)
        self.error = _label("", self, "problemPanel")
        self.error.setAccessibleName(self.tr("Why the vault did not open"))
        self.error.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.forgot_button = QPushButton(self.tr("&Forgot password?"), self)
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.forgot)
        self.continue_button = QPushButton(self.tr("Continue &without secrets"), self)
        self.continue_button.setAutoDefault(False)
        self.continue_button.setToolTip(
            self.tr("You can see your shops, but cannot copy, test or save keys.")
        )
        self.continue_button.clicked.connect(self._continue)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        _fit(self, 520)
        self.password.textChanged.connect(
            lambda text: self.unlock_button.setEnabled(bool(text) and self.job is None)
        )
        self.unlock_button.setEnabled(False)
        self.password.setFocus()

    def unlock(self) -> None:
        if not self.password.text() or self.job is not None:
            return
        self._busy(True)
        self.job = _local_vault_job(
            vault_choice.unlock_local_vault, Secret(self.password.text()), self
        )
        self.job.finished.connect(self._done)
        self.job.failed.connect(lambda message: self._show(message))

    def _busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.forgot_button.setEnabled(not busy)
        self.continue_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("&Unlock"))
        self.unlock_button.setEnabled(not busy and bool(self.password.text()))

    def _show(self, message: str) -> None:
        self.job = None
        self._busy(False)
        self.error.setText(message)
        self.error.show()
        _fit(self)
        self.password.selectAll()
        self.password.setFocus()

    def _done(self, outcome: object) -> None:
        if isinstance(outcome, LocalVaultError):
            self.attempts += 1
            self._show(i18n.explain(outcome))
            return
        self.job = None
        self.password.clear()
        self.unlocked.emit(outcome)
        self.accept()

    def _continue(self) -> None:
        self.password.clear()
        self.continue_without.emit()
        self.accept()

    def reject(self) -> None:  # Escape or the close box: read-only
        if self.job is None:
            self._continue()

    def forgot(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Forgot the master password?"), "", parent=self
        )
        box.setObjectName("forgotBox")
        box.setText(self.tr("The master password cannot be recovered."))
        box.setInformativeText(
            self.tr(
                "The vault is encrypted with it and neither cobby Desktop nor cobby keeps a "
                "copy, so the keys in the vault cannot be read without it.\n\nIf you cannot "
                "remember it: start a new vault, then enter your keys again. For safety, "
                "create new API keys in Magento (and revoke the old ones) and enter the "
                "workspace license keys again. The old vault file is kept beside the new one, "
                "in case you remember the password later."
            )
        )
        box.addButton(self.tr("Start a &new vault…"), QMessageBox.ButtonRole.DestructiveRole)
        again = box.addButton(self.tr("&Try again"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(again)  # the safe answer
        box.buttonClicked.connect(self._forgot_answer)
        self.forgot_box = box
        box.open()

    def _forgot_answer(self, button: QPushButton) -> None:
        box = self.forgot_box
        if box is None or box.buttonRole(button) != QMessageBox.ButtonRole.DestructiveRole:
            return

        def work(ctx: JobContext) -> Any:
            try:
                return vault_choice.set_aside_local_vault()
            except LocalVaultError as exc:
                return exc

        self._busy(True)
        self.job = start_job(work, self)
        self.job.finished.connect(self._set_aside)
        self.job.failed.connect(lambda message: self._show(message))

    def _set_aside(self, outcome: object) -> None:
        if isinstance(outcome, LocalVaultError):
            self._show(i18n.explain(outcome))
            return
        self.job = None
        self.password.clear()
        self.start_over.emit()
        self.accept()


class VaultSetup(QObject):
    """Decides the session's Vault, showing dialogs as needed.
    `finished(vault)` is emitted exactly once."""

    finished = Signal(object)
    dialog_shown = Signal(object)  # each dialog as it opens (for tests and screenshots)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QDialog | None = None
        self.vault: Vault | None = None
        self.state: StartupState | None = None

    def start(self) -> None:
        self._run(lambda ctx: vault_choice.startup_state(), self._on_state)

    def _run(self, fn: Any, then: Any) -> None:
        job = start_job(fn, self)
        job.finished.connect(then)
        job.failed.connect(self._job_failed)

    def _job_failed(self, message: str) -> None:
        log.warning("vault setup job failed")
        self._finish_default()

    def _finish_default(self) -> None:
        self._run(lambda ctx: vault_choice.build_vault(), self._finish)

    def _finish(self, vault: Vault) -> None:
        if self.vault is not None:
            return
        self.vault = vault
        self.dialog = None
        log.info("vault for this session: %s", vault.backend_name)
        self.finished.emit(vault)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog_shown.emit(dialog)

    def _on_state(self, state: StartupState) -> None:
        self.state = state
        need = state.need
        if need is Need.UNLOCK:
            dialog = UnlockVaultDialog(state)
            dialog.unlocked.connect(self._finish)
            dialog.continue_without.connect(self._finish_default)
            dialog.start_over.connect(self._create)
            self._show(dialog)
        elif need is Need.NOTHING:
            if state.local_lost:  # keychain works again; the lost choice no longer applies
                self._lost_notice(state)
            else:
                self._finish_default()
        else:
            keychain = KeychainDialog(state)
            keychain.finished.connect(self._on_keychain_answer)
            self._show(keychain)

    def _lost_notice(self, state: StartupState) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QApplication.translate("VaultSetup", "Encrypted vault not found"),
            i18n.render(vault_choice.lost_local_message(state.local_path)),
        )
        box.setObjectName("lostVaultBox")

        def forget(ctx: JobContext) -> Vault:
            vault_choice.forget_choice()
            return vault_choice.build_vault()

        box.finished.connect(lambda *_: self._run(forget, self._finish))
        self._show(box)

    def _on_keychain_answer(self, result: int) -> None:
        if result == CREATE:
            self._create()
        elif result == RETRY:
            self.start()
        else:
            self._finish_default()

    def _create(self) -> None:
        dialog = CreateVaultDialog()
        dialog.created.connect(self._finish)
        dialog.rejected.connect(self._back)
        self._show(dialog)

    def _back(self) -> None:
        if self.state is not None and self.state.need is Need.UNLOCK and self.vault is None:
            # Came from "Forgot": the old vault is set aside; ask afresh.
            self.start()
        elif self.state is not None:
            keychain = KeychainDialog(self.state)
            keychain.finished.connect(self._on_keychain_answer)
            self._show(keychain)
