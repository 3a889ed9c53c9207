"""Room: the wizard opens at about 900 x 700 (resizable, remembers its size);
at 100 % and 150 % scaling on a full-HD screen with a taskbar, every wizard
page's actions (Test again, Check the connection, Open the portal, the Copy
buttons) are in view without scrolling, and every dialog fits with its
buttons inside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize

from cobby_desktop import paths
from cobby_desktop.domain.vault import Vault
from cobby_desktop.ui.wizard.wizard import DEFAULT_SIZE, SIZE_SETTING, SetupWizard
from tests.gui.window_support import job_draining

_drain_jobs = job_draining(2000)
ROOT = Path(__file__).resolve().parents[2]


def _screen_config(tmp_path: Path) -> Path:
    # 1920 x 1080 minus a taskbar, as a merchant's laptop or office screen.
    config = {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": False,
        "screens": [
            {"name": "hd", "x": 0, "y": 0, "width": 1920, "height": 1020,
             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        ],
    }
    path = tmp_path / "screen.json"
    path.write_text(json.dumps(config))
    return path


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_actions_are_never_below_a_scroll(tmp_path, scale, language):
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_config(tmp_path)}"
    env["QT_SCALE_FACTOR"] = scale
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.layout_probe", language], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["problems"] == []
    width, height = result["wizard_size"]
    assert width >= 880 and height >= 660, "room for the longest page"


def _settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "room.ini"), QSettings.Format.IniFormat)


def test_the_wizard_starts_large_and_remembers_its_size(qtbot):
    settings = _settings()
    wizard = SetupWizard(vault=Vault(), load=False, settings=settings)
    qtbot.addWidget(wizard)
    expected = QSize(*DEFAULT_SIZE).boundedTo(wizard.screen().availableGeometry().size())
    assert wizard.size() == expected
    wizard.show()
    wizard.resize(700, 600)
    wizard.close()
    assert settings.value(SIZE_SETTING) == QSize(700, 600)
    again = SetupWizard(vault=Vault(), load=False, settings=settings)
    qtbot.addWidget(again)
    assert again.size() == QSize(700, 600)
    again.close()


def test_the_clipboard_notice_never_covers_the_page(qtbot):
    from PySide6.QtCore import QRect

    from cobby_desktop.secret import Secret
    from cobby_desktop.services.setup_state import WizardState
    from cobby_desktop.ui.secret_widgets import ClipboardGuard
    from cobby_desktop.ui.wizard.wizard import TEST
    from tests.gui.layout_probe import _long_failure

    guard = ClipboardGuard(timeout_ms=60_000)
    wizard = SetupWizard(vault=Vault(), load=False, settings=_settings(), guard=guard)
    qtbot.addWidget(wizard)
    wizard.state = WizardState(url="https://shop.example/", magento=1, api_user="cobby_api",
                               secrets={"api_key": Secret("Zq8rT4wX2mN7vB1kL9pD3sF6hJ0gY5cA")})
    wizard.test_page.autostart = False
    wizard.setStartId(TEST)
    wizard.show()
    page = wizard.test_page
    page.show_report(_long_failure(1))
    wizard.copy_secret(Secret("Zq8rT4wX2mN7vB1kL9pD3sF6hJ0gY5cA"), "API key", "api_key")
    qtbot.waitUntil(wizard.copy_notice.isVisible, timeout=2000)

    def rect(widget) -> QRect:
        return QRect(widget.mapTo(wizard, widget.rect().topLeft()), widget.size())

    notice = rect(wizard.copy_notice)
    for widget in (page.scroll, page.again_button):
        assert not notice.intersects(rect(widget)), widget
    guard.clear_now()
    wizard.close()
