"""The rotation dialog's Show for the new API key hides again when another
window takes the focus or the app goes to the background, like the wizard's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from cobby_desktop import i18n
from cobby_desktop.domain.model import Activity, CredentialKind
from cobby_desktop.domain.store import Inventory
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.ui.rotation_dialog import RotationDialog
from cobby_desktop.ui.store_access import StoreAccess
from tests.gui.window_support import job_draining
from tests.support.sample_data import seed_active_credential

_drain_jobs = job_draining(3000)


def activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def test_the_new_key_hides_when_the_dialog_loses_the_focus(qtbot, vault):
    # The shop is never contacted: starting only drafts a generated key.
    shop_id, _ = seed_active_credential(
        vault, CredentialKind.M1_API_KEY, "https://shop.invalid", "cobby_api",
        {"api_key": "oldKey7abc9defgh2345"}, license_key="ws-license-7f3a9c2e51",
        label="Testshop",
    )
    dialog = RotationDialog(StoreAccess(vault=vault), shop_id, policy=HttpPolicy())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded_once and not dialog.busy, timeout=5000)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: bool(dialog.key_edit.text()) and not dialog.busy, timeout=5000)
    activate(qtbot, dialog)
    dialog.key_show.click()
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Normal

    other = QWidget()  # the merchant switches to the browser, say
    qtbot.addWidget(other)
    other.show()
    activate(qtbot, other)
    qtbot.waitUntil(lambda: not dialog.key_show.isChecked(), timeout=2000)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.key_show.text() == i18n.translate("RotationDialog", "Show")

    # Shown again, then the whole app goes to the background.
    activate(qtbot, dialog)
    dialog.key_show.click()
    assert dialog.key_show.isChecked()
    dialog.key_away._on_app_state(Qt.ApplicationState.ApplicationInactive)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.waitUntil(
        lambda: _count(Activity.REVEALED) == 2, timeout=3000
    )  # both Shows were logged, the hiding is not


def _count(action: Activity) -> int:
    with Inventory.open() as inv:
        return sum(1 for e in inv.activity() if e.action is action)
