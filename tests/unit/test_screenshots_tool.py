"""`python tools/screenshots.py DIR` renders every picture without touching the
merchant's data folder or keychain."""

from __future__ import annotations

import os
import struct

from PySide6.QtGui import QImage

from tools.screenshots import main as screenshots

EXPECTED = {
    "01-main-window",
    "02-wizard-workspace",
    "03-wizard-shop-m1",
    "04-wizard-m1-role",
    "05-wizard-m1-user",
    "06-wizard-m1-existing-credentials",
    "07-wizard-test-failed-m1",
    "08-wizard-portal-m1",
    "09-wizard-shop-m2",
    "10-wizard-m2-integration",
    "11-wizard-m2-tokens",
    "12-wizard-test-passed-m2",
    "13-wizard-portal-m2",
    "14-workspaces",
    "15-wizard-portal-proof-waiting",
    "16-wizard-portal-proof-connected",
    "17-check-basic-auth",
    "18-check-passed-connected",
    "19-security-audit",
    "20-activity-log",
    "21-rotation-intro",
    "22-shop-editor",
    "23-vault-no-keychain",
    "24-vault-create",
    "25-kdbx-export",
    "26-kdbx-import-preview",
    "27-guide",
    "28-contact-support",
    "29-about",
}
# Dialogs that are small by design; every other picture is a full window.
SMALL = {"22-shop-editor", "23-vault-no-keychain", "24-vault-create", "25-kdbx-export",
         "28-contact-support", "29-about"}


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_screenshots_writes_one_png_per_view(qapp, tmp_path, memory_keyring, capsys):
    home = os.environ["COBBY_DESKTOP_HOME"]
    out = tmp_path / "shots"
    assert screenshots([str(out)]) == 0
    written = {p.stem for p in out.glob("*.png")}
    assert written == EXPECTED
    for path in out.glob("*.png"):
        width, height = _png_size(path.read_bytes())
        least = (360, 200) if path.stem in SMALL else (600, 500)
        assert width >= least[0] and height >= least[1], path.name
        image = QImage(str(path))
        # Not a blank canvas: some pixels differ from the top-left one.
        corner = image.pixel(0, 0)
        samples = {image.pixel(x, y) for x in range(0, width, 11) for y in range(0, height, 13)}
        assert len(samples - {corner}) > 3, path.name
    printed = capsys.readouterr().out.split()
    assert sorted(printed) == sorted(str(p) for p in out.glob("*.png"))
    # The sample data lived elsewhere: the keychain and data folder in use are untouched.
    assert memory_keyring.entries == {}
    assert os.environ["COBBY_DESKTOP_HOME"] == home
    assert "configfile" not in os.environ["QT_QPA_PLATFORM"], "no path to a removed file"
    assert not os.path.exists(os.path.join(home, "inventory.sqlite3"))


def test_screenshots_reports_an_unusable_folder(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert screenshots([str(blocker / "shots")]) == 2
    assert "cannot create" in capsys.readouterr().err
