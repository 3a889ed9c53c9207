"""Run in a subprocess at a given scale (QT_SCALE_FACTOR) on an offscreen
screen of a given size: show every wizard page of both paths (a long failed
test, the portal step) at the wizard's own start size, and every dialog, and
print as JSON what a merchant could not reach without scrolling:

- a wizard page's actions (Test again, Check the connection, Open the portal,
  every Copy button of the values needed now) outside the visible area;
- a dialog larger than the screen, or a button of it outside its window.

`python -m tests.gui.layout_probe [de|en]` prints {"problems": [...], "sizes": {...}}.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QScrollArea,
    QWidget,
)


def _in_a_list(widget: QWidget) -> bool:
    """A button in a table row: lists scroll, their rows' buttons with them."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _visible_in_window(widget: QWidget) -> bool:
    """Inside its window and, if in a scroll area, inside the visible viewport."""
    window = widget.window()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    if not window.rect().contains(QRect(top_left, widget.size())):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            viewport = parent.viewport()
            corner = widget.mapTo(viewport, widget.rect().topLeft())
            return viewport.rect().contains(QRect(corner, widget.size()))
        parent = parent.parentWidget()
    return True


def _settle(app: QApplication) -> None:
    from cobby_desktop.ui.workers import wait_for_jobs

    for _ in range(6):
        app.processEvents()
        wait_for_jobs(10)


def _states():  # noqa: ANN202
    from cobby_desktop.secret import Secret
    from cobby_desktop.services.setup_state import WizardState

    key = Secret("Zq8rT4wX2mN7vB1kL9pD3sF6hJ0gY5cA")
    tokens = {
        "consumer_key": "k3x9d0q2m7c1v8b4n6z5l0p9a2s7d4f1",
        "consumer_secret": "q8w2e5r7t1y3u6i9o0p4a7s2d5f8g1h3",
        "access_token": "z1x4c7v0b3n6m9l2k5j8h1g4f7d0s3a6",
        "access_token_secret": "m5n8b1v4c7x0z3l6k9j2h5g8f1d4s7a0",
    }
    m1 = WizardState(
        new_workspace_name="Möbel Schmidt", license_key=Secret("MS24X7QK9PLD3RT8WZ5N"),
        url="https://www.moebel-schmidt.example/",
        admin_url="https://www.moebel-schmidt.example/index.php/admin/", magento=1,
        api_user="cobby_api", secrets={"api_key": key}, generated_key=key, saved_active=True,
    )
    m2 = WizardState(
        new_workspace_name="Kaffeehaus Berg", license_key=Secret("KB55M2ZX81QW7RT3YH6D"),
        url="https://shop.kaffeehaus-berg.example/",
        admin_url="https://shop.kaffeehaus-berg.example/admin/", magento=2, api_user="cobby",
        secrets={k: Secret(v) for k, v in tokens.items()}, saved_active=True,
    )
    return m1, m2


def _long_failure(major: int):  # noqa: ANN202
    from cobby_desktop.domain.diagnosis import DiagnosisReport
    from cobby_desktop.domain.findings import detail, make_finding

    # A long detail, as a pinned certificate's description makes one.
    _detail = detail("certificate", subject="CN=shop.example", issuer="CN=Example CA",
                     until="2027-01-31 12:00", sha256=":".join(["AB"] * 32))
    codes = ("m1.cobby_permission_missing", "credential.whitespace", "clock.skew",
             "cobby.license_mismatch") if major == 1 else (
             "m2.cobby_permission_missing", "m2.auth_header_stripped", "clock.skew",
             "cobby.license_mismatch")
    return DiagnosisReport(
        url_given="http://shop.example/", url_used="http://shop.example/", magento_major=major,
        magento_version=None, magento_edition=None,
        findings=tuple(make_finding(c, major, notes=(_detail,)) for c in codes),
        cobby=None, m1=None, m2=None, certificate=None, requests=5, seconds=1.0,
    )


def _page_actions(wizard, page_id: int) -> dict[str, QWidget]:  # noqa: ANN001
    from cobby_desktop.ui.wizard import wizard as wz

    if page_id == wz.TEST:
        page = wizard.test_page
        return {"test again": page.again_button, "cancel the test": page.cancel_button}
    if page_id == wz.PORTAL:
        page = wizard.portal_page
        found = {f"copy {name}": row.button for name, row in page.rows.items()}
        found["open the portal"] = page.portal_button
        found["check the connection"] = page.proof.start_button
        return found
    if page_id == wz.M1_USER:
        page = wizard.m1_user_page
        return {"copy the key": page.key.copy_button, "generate": page.generate}
    if page_id == wz.SHOP:
        return {"check the shop again": wizard.shop_page.detect_button}
    return {}


def wizard_problems(app: QApplication, vault) -> tuple[list[str], list[int]]:  # noqa: ANN001
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.ui.wizard import wizard as wz

    m1, m2 = _states()
    shots = [(m1, p) for p in (wz.WORKSPACE, wz.SHOP, wz.M1_ROLE, wz.M1_USER, wz.TEST, wz.PORTAL)]
    shots += [(m2, p) for p in (wz.SHOP, wz.M2_INTEGRATION, wz.M2_TOKENS, wz.TEST, wz.PORTAL)]
    problems: list[str] = []
    size: list[int] = []
    for state, page_id in shots:
        wizard = wz.SetupWizard(open_inventory=Inventory.open, vault=vault, load=False)
        wizard.state = state
        wizard.test_page.autostart = False
        wizard.setStartId(page_id)
        wizard.show()
        _settle(app)
        if page_id == wz.TEST:
            wizard.test_page.show_report(_long_failure(state.magento or 1))
            _settle(app)
        size = [wizard.width(), wizard.height()]
        for name, button in _page_actions(wizard, page_id).items():
            if button.isVisible() and not _visible_in_window(button):
                problems.append(f"wizard m{state.magento} {wz.PAGE_NAMES[page_id]}: {name}")
        wizard.state.saved_active = True
        wizard.close()
        wizard.deleteLater()
        _settle(app)
    return problems, size


def _dialogs(vault) -> Iterator[tuple[str, Callable[[], QWidget]]]:  # noqa: ANN001
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.ui.activity_view import ActivityDialog
    from cobby_desktop.ui.audit_view import AuditDialog
    from cobby_desktop.ui.check_dialog import CheckDialog
    from cobby_desktop.ui.help import GuideDialog, SupportDialog, support_report
    from cobby_desktop.ui.preferences_dialog import PreferencesDialog
    from cobby_desktop.ui.rotation_dialog import RotationDialog
    from cobby_desktop.ui.shop_dialog import ShopDialog
    from cobby_desktop.ui.store_access import StoreAccess
    from cobby_desktop.ui.workspaces_dialog import WorkspacesDialog

    store = StoreAccess(vault=vault)
    with Inventory.open() as inv:
        shop_id = inv.shops()[0].id or 0
    yield "check", lambda: CheckDialog(store, shop_id, autostart=False)
    yield "rotation", lambda: RotationDialog(store, shop_id)
    yield "audit", lambda: AuditDialog(store)
    yield "activity", lambda: ActivityDialog(store)
    yield "workspaces", lambda: WorkspacesDialog(store)
    yield "shop", lambda: ShopDialog(store, shop_id)
    yield "preferences", lambda: PreferencesDialog()
    yield "guide", lambda: GuideDialog()
    yield "support", lambda: SupportDialog(support_report(["Shop: example"]))
    yield from _more_dialogs(store)


def _more_dialogs(store) -> Iterator[tuple[str, Callable[[], QWidget]]]:  # noqa: ANN001
    from keyring.backends.fail import Keyring as NoKeyring

    from cobby_desktop.domain import local_vault
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault
    from cobby_desktop.domain.vault_choice import StartupState
    from cobby_desktop.ui.revoke_dialog import RevokeDialog
    from cobby_desktop.ui.vault_setup import CreateVaultDialog, KeychainDialog

    with Inventory.open() as inv:
        credential_id = inv.credentials()[0].id or 0
    yield "revoke", lambda: RevokeDialog(store, credential_id)
    state = StartupState(Vault(NoKeyring()).health(), False, False, local_vault.default_path())
    yield "no keychain", lambda: KeychainDialog(state)
    yield "create vault", lambda: CreateVaultDialog()


def dialog_problems(app: QApplication, vault) -> list[str]:  # noqa: ANN001
    screen = app.primaryScreen().availableGeometry()
    problems: list[str] = []
    for name, build in _dialogs(vault):
        dialog = build()
        dialog.show()
        _settle(app)
        if dialog.width() > screen.width() or dialog.height() > screen.height():
            problems.append(f"{name}: {dialog.width()}x{dialog.height()} is larger than the screen")
        for button in dialog.findChildren(QAbstractButton):
            if button.isVisible() and not _in_a_list(button) and not _visible_in_window(button):
                problems.append(f"{name}: {button.text() or button.accessibleName()}")
            if button.isVisible() and button.width() < button.sizeHint().width():
                problems.append(f"{name}: {button.text()} is clipped")
        dialog.close()
        dialog.deleteLater()
        _settle(app)
    return problems


@contextmanager
def _sample_home() -> Iterator[object]:
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault
    from tests.support import sample
    from tests.support.memory_keyring import memory_keychain

    with memory_keychain() as backend, tempfile.TemporaryDirectory() as home:
        os.environ["COBBY_DESKTOP_HOME"] = home
        vault = Vault(backend)
        with Inventory.open() as inv:
            sample.populate(inv, vault)
        yield vault


def main() -> int:
    app = QApplication(sys.argv[:1])
    from cobby_desktop import i18n
    from cobby_desktop.ui import workers

    # German runs about 30 % longer than English: the probe runs in both.
    i18n.install(sys.argv[1] if len(sys.argv) > 1 else i18n.ENGLISH, app)

    with _sample_home() as vault:
        try:
            problems, size = wizard_problems(app, vault)
            problems += dialog_problems(app, vault)
        finally:
            workers.shutdown()
    print(json.dumps({"problems": problems, "wizard_size": size}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
