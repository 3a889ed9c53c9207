"""Render the main window with sample data to a PNG (offscreen), for reviews.

QT_QPA_PLATFORM=offscreen python -m tests.support.screenshot_main out.png [scale]
"""

from __future__ import annotations

import os
import sys
import tempfile


def main(argv: list[str]) -> int:
    out = argv[0] if argv else "main-window.png"
    scale = argv[1] if len(argv) > 1 else "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = scale
    os.environ["COBBY_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="cobby-shot-")

    import keyring

    from tests.support.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault
    from cobby_desktop.ui import workers
    from cobby_desktop.ui.application import create_application
    from cobby_desktop.ui.main_window import MainWindow
    from cobby_desktop.ui.store_access import StoreAccess
    from tests.support.sample_data import populate

    app = create_application([])
    vault = Vault(keyring.get_keyring())
    with Inventory.open() as inventory:
        populate(inventory, vault, count=int(os.environ.get("SHOPS", "20")))
    window = MainWindow(StoreAccess(vault=vault))
    width, height = (int(v) for v in os.environ.get("SIZE", "1280x800").split("x"))
    window.resize(width, height)  # the offscreen screen is only 800x600
    window.splitter.setSizes([int(width * 0.64), int(width * 0.36)])
    window.show()
    loaded = []
    window.rows_loaded.connect(loaded.append)
    while not loaded:
        app.processEvents()
    for _ in range(50):  # let the detail pane's check history arrive
        app.processEvents()
        workers.wait_for_jobs(20)
    app.processEvents()
    window.grab().save(out)
    window.close()
    workers.shutdown()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
