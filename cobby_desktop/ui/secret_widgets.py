"""Showing and copying secrets without leaving them lying around.

- Copy puts a secret on the clipboard and clears it after a timeout (60 s by
  default, long enough to switch windows and paste twice; File > Preferences),
  but only if the clipboard still holds that value: whatever the merchant
  copied meanwhile is left alone. A notice counts down meanwhile.
- Reveal needs an explicit click and hides again as soon as the window loses
  focus, the selection changes or the panel is hidden.
- Secrets are fetched from the vault on demand, in a background job that also
  logs the copy or reveal in the activity log (the field name, never the value).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop.domain.model import Activity, Credential, Workspace
from cobby_desktop.messages import message
from cobby_desktop.secret import Secret
from cobby_desktop.ui import settings as app_settings
from cobby_desktop.ui.common import clear_layout, gui_app
from cobby_desktop.ui.store_access import StoreAccess
from cobby_desktop.ui.texts import secret_field_label

CLEAR_AFTER_MS = 60_000  # the default; File > Preferences changes it (60 s at least)
MASK_TEXT = "•" * 16
LICENSE_FIELD = "license_key"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class CopyTip(QObject):
    """The Copy buttons' tooltip (a QObject for its translation context)."""

    def text(self, seconds: int) -> str:
        return self.tr("Copies it; the clipboard is cleared again after %n seconds.", "", seconds)


def clear_tip() -> str:
    """The Copy buttons' tooltip, with the time set in Preferences."""
    return CopyTip().text(app_settings.clipboard_clear_seconds())


class ClipboardGuard(QObject):
    """Copies one secret at a time and takes it back off the clipboard later."""

    copied = Signal(str)  # what was copied, e.g. "API key"
    tick = Signal(int)  # seconds left before clearing
    expired = Signal(bool)  # True: cleared it; False: the merchant had copied something else

    def __init__(
        self,
        timeout_ms: int | None = None,
        parent: QObject | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        """timeout_ms None: the time set in Preferences, read at every copy."""
        super().__init__(parent)
        self._fixed_ms = timeout_ms
        self._settings = settings
        # Only a digest is kept, so this object never holds the secret itself.
        self._digest: str | None = None
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._on_deadline)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._on_tick)
        self._left = 0
        self.clipboard.dataChanged.connect(self._on_clipboard_changed)

    @property
    def timeout_ms(self) -> int:
        if self._fixed_ms is not None:
            return self._fixed_ms
        return app_settings.clipboard_clear_seconds(self._settings) * 1000

    @timeout_ms.setter
    def timeout_ms(self, value: int) -> None:
        self._fixed_ms = value

    @property
    def clipboard(self) -> QClipboard:
        return QGuiApplication.clipboard()

    @property
    def active(self) -> bool:
        return self._digest is not None

    def copy(self, value: Secret, what: str) -> None:
        mime = QMimeData()
        mime.setText(value.reveal())
        # Ask clipboard managers and histories not to keep it (KDE, Windows).
        mime.setData("x-kde-passwordManagerHint", b"secret")
        mime.setData(
            'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"',
            b"\x01\x00\x00\x00",
        )
        self._digest = _digest(value.reveal())
        self.clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        timeout = self.timeout_ms
        self._left = max(1, round(timeout / 1000))
        self._deadline.start(timeout)
        self._ticker.start()
        self.copied.emit(what)
        self.tick.emit(self._left)

    def holds_our_value(self) -> bool:
        return self._digest is not None and _digest(self.clipboard.text()) == self._digest

    def clear_now(self) -> bool:
        """Clear at once if the clipboard still holds our value (also used at quit)."""
        cleared = self.holds_our_value()
        was_active = self._digest is not None
        self._digest = None  # before clearing: clear() re-enters _on_clipboard_changed
        if cleared:
            self.clipboard.clear(QClipboard.Mode.Clipboard)
        self._deadline.stop()
        self._ticker.stop()
        if was_active:
            self.expired.emit(cleared)
        return cleared

    def _on_deadline(self) -> None:
        self.clear_now()

    def _on_tick(self) -> None:
        self._left = max(0, self._left - 1)
        self.tick.emit(self._left)

    def _on_clipboard_changed(self) -> None:
        if self._digest is not None and not self.holds_our_value():
            self._stop(False)  # replaced by the merchant: nothing left to clear

    def _stop(self, cleared: bool) -> None:
        was_active = self._digest is not None
        self._digest = None
        self._deadline.stop()
        self._ticker.stop()
        if was_active:
            self.expired.emit(cleared)


class CopyNotice(QFrame):
    """'API key copied. The clipboard will be cleared in 25 s.' with Clear now."""

    def __init__(self, guard: ClipboardGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyNotice")
        self.guard = guard
        self._what = ""
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear now"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the clipboard now"))
        self.clear_button.clicked.connect(guard.clear_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        guard.copied.connect(self._on_copied)
        guard.tick.connect(self._on_tick)
        guard.expired.connect(self._on_expired)
        self.hide()

    def _on_copied(self, what: str) -> None:
        self._what = what
        self.show()

    def _on_tick(self, seconds: int) -> None:
        self.label.setText(
            self.tr("%1 copied. The clipboard will be cleared in %2 s.")
            .replace("%1", self._what)
            .replace("%2", str(seconds))
        )

    def _on_expired(self, cleared: bool) -> None:
        self.hide()


@dataclass(frozen=True)
class SecretSubject:
    """Whose secrets the panel shows: a shop's current credential and workspace."""

    shop_id: int
    credential: Credential | None
    workspace: Workspace | None

    def fields(self) -> list[str]:
        names = list(self.credential.kind.secret_fields) if self.credential else []
        if self.workspace is not None and self.workspace.has_license_key:
            names.append(LICENSE_FIELD)
        return names


class SecretsPanel(QWidget):
    """The shop's secrets as masked lines with Copy buttons and one Reveal toggle."""

    status = Signal(str)  # a short line for the status bar

    def __init__(
        self,
        store: StoreAccess,
        guard: ClipboardGuard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.guard = guard
        self.subject: SecretSubject | None = None
        self._generation = 0  # bumps on every change of subject, drops stale results
        self._reveal_generation = 0  # bumps on every hide, drops a late reveal
        self._watched: QWidget | None = None
        self._edits: dict[str, QLineEdit] = {}
        self._copy_buttons: dict[str, QToolButton] = {}

        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.empty_label = QLabel(self.tr("No secrets are stored for this shop."), self)
        self.empty_label.setObjectName("hint")
        self.reveal_button = QPushButton(self.tr("&Reveal"), self)
        self.reveal_button.setCheckable(True)
        self.reveal_button.setAccessibleName(self.tr("Reveal the secrets"))
        self.reveal_button.setToolTip(self.tr("Shows the values until this window loses focus."))
        self.reveal_button.toggled.connect(self._on_reveal_toggled)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.grid)
        outer.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addWidget(self.reveal_button)
        row.addStretch(1)
        outer.addLayout(row)
        gui_app().applicationStateChanged.connect(self._on_app_state)
        self.set_subject(None)

    # -- subject ---------------------------------------------------------
    def set_subject(self, subject: SecretSubject | None) -> None:
        self.hide_values()
        self._generation += 1
        self.subject = subject
        clear_layout(self.grid)
        self._edits.clear()
        self._copy_buttons.clear()
        names = subject.fields() if subject else []
        for row, name in enumerate(names):
            label_text = secret_field_label(name)
            label = QLabel(label_text, self)
            edit = QLineEdit(MASK_TEXT, self)
            edit.setReadOnly(True)
            edit.setEnabled(False)  # masked: nothing to select or read
            edit.setAccessibleName(label_text)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            label.setBuddy(edit)
            copy = QToolButton(self)
            copy.setText(self.tr("Copy"))
            copy.setAccessibleName(self.tr("Copy %1").replace("%1", label_text))
            copy.setToolTip(clear_tip())
            copy.clicked.connect(lambda _=False, n=name: self.copy(n))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(edit, row, 1)
            self.grid.addWidget(copy, row, 2)
            self._edits[name] = edit
            self._copy_buttons[name] = copy
        self.empty_label.setVisible(not names)
        self.reveal_button.setEnabled(bool(names))

    def copy_buttons(self) -> dict[str, QToolButton]:
        return dict(self._copy_buttons)

    def field_text(self, name: str) -> str:
        return self._edits[name].text()

    @property
    def revealed(self) -> bool:
        return self.reveal_button.isChecked()

    # -- reading from the vault (always in a job) --------------------------
    def _fetch(self, names: list[str], action: Activity):
        subject = self.subject
        assert subject is not None

        def work(inventory, vault) -> dict[str, Secret]:
            from cobby_desktop.domain.vault import SecretRef

            values: dict[str, Secret] = {}
            if subject.credential is not None and any(n != LICENSE_FIELD for n in names):
                values.update(vault.credential_secrets(subject.credential))
            if LICENSE_FIELD in names and subject.workspace and subject.workspace.id is not None:
                key = vault.get(
                    SecretRef.license_key(subject.workspace.id, inventory.vault_space)
                )
                if key is not None:
                    values[LICENSE_FIELD] = key
            values = {n: v for n, v in values.items() if n in names}
            inventory.log_activity(
                action,
                message("activity.secret_fields", fields=", ".join(sorted(values))),
                shop_id=subject.shop_id,
                credential_id=subject.credential.id if subject.credential else None,
                workspace_id=subject.workspace.id if subject.workspace else None,
            )
            return values

        return work

    def copy(self, name: str) -> None:
        if self.subject is None or name not in self._edits:
            return
        generation = self._generation
        label = secret_field_label(name)

        def done(values: dict[str, Secret]) -> None:
            if generation != self._generation:
                return
            value = values.get(name)
            if value is None:
                self.status.emit(
                    self.tr(
                        "%1 is not in the keychain. Connect the shop again to store it."
                    ).replace("%1", label)
                )
                return
            self.guard.copy(value, label)

        self.store.run(self._fetch([name], Activity.COPIED), done)

    def _on_reveal_toggled(self, checked: bool) -> None:
        if not checked:
            self.hide_values()
            return
        if self.subject is None:
            self.reveal_button.setChecked(False)
            return
        generation = (self._generation, self._reveal_generation)

        def current() -> bool:
            return generation == (self._generation, self._reveal_generation)

        def done(values: dict[str, Secret]) -> None:
            # The window may have lost focus or the selection changed meanwhile.
            if not current() or not self.reveal_button.isChecked():
                return
            for name, edit in self._edits.items():
                value = values.get(name)
                edit.setEnabled(True)
                edit.setText(value.reveal() if value else self.tr("(not in the keychain)"))

        def problem(_problem: object) -> None:
            if current():
                self.reveal_button.setChecked(False)

        self.store.run(self._fetch(list(self._edits), Activity.REVEALED), done, problem)

    def hide_values(self) -> None:
        self._reveal_generation += 1
        for edit in self._edits.values():
            edit.setText(MASK_TEXT)
            edit.setEnabled(False)
        if self.reveal_button.isChecked():
            self.reveal_button.blockSignals(True)
            self.reveal_button.setChecked(False)
            self.reveal_button.blockSignals(False)

    # -- hiding when the merchant looks away --------------------------------
    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        super().showEvent(event)
        window = self.window()
        if window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window

    def hideEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        self.hide_values()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() in (
            QEvent.Type.WindowDeactivate,
            QEvent.Type.Hide,
            QEvent.Type.WindowStateChange,
        ):
            if event.type() != QEvent.Type.WindowStateChange or self.window().isMinimized():
                self.hide_values()
        return False

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.hide_values()
