"""Steps shared by the wizard tests: drive the real pages like a merchant would."""

from __future__ import annotations

from pathlib import Path

from cobby_desktop import paths
from cobby_desktop.domain.store import Inventory
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.ui.wizard.wizard import SHOP, TEST, WORKSPACE, SetupWizard

LICENSE = "LicenseKey0123456789abcdef"
POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=2.0)


def make_wizard(qtbot, draft_shop_id: int | None = None) -> SetupWizard:
    wizard = SetupWizard(policy=POLICY, draft_shop_id=draft_shop_id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.is_loaded, timeout=5000)
    return wizard


def new_workspace(wizard: SetupWizard, name: str = "Demo shop", key: str = LICENSE) -> None:
    assert wizard.currentId() == WORKSPACE
    page = wizard.workspace_page
    page.create_new.setChecked(True)
    page.name.setText(name)
    page.license.setText(key)
    assert page.isComplete()
    wizard.next()
    assert wizard.currentId() == SHOP


def enter_shop(qtbot, wizard: SetupWizard, url: str, *, existing: bool = False) -> None:
    page = wizard.shop_page
    page.url.setText(url)
    page.start_detection()
    qtbot.waitUntil(lambda: page.detection is not None and page._detect_job is None, timeout=8000)
    (page.existing if existing else page.guided).setChecked(True)
    assert page.isComplete()
    wizard.next()


def wait_for_test(qtbot, wizard: SetupWizard) -> None:
    page = wizard.test_page
    assert wizard.currentId() == TEST
    qtbot.waitUntil(lambda: page.job is None and page.report is not None, timeout=15000)


def run_again(qtbot, wizard: SetupWizard) -> None:
    page = wizard.test_page
    page.again_button.click()
    assert page.report is None
    wait_for_test(qtbot, wizard)


def stored_files_text() -> bytes:
    """Everything the app wrote to its data folder (database, WAL, backups)."""
    blob = b""
    for path in Path(paths.data_dir()).rglob("*"):
        if path.is_file():
            blob += path.read_bytes()
    return blob


def inventory() -> Inventory:
    return Inventory.open()
