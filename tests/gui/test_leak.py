"""The leak test: store known secrets through the Vault and the Inventory,
drive the app (open, select, copy, reveal, search, test, crash), then search
every file in the data folder (database, WAL, settings, logs, crash reports)
and everything captured (stdout, stderr, log records) for them."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from cobby_desktop import i18n, paths
from cobby_desktop.domain.model import (
    Activity,
    CheckRecord,
    Credential,
    CredentialKind,
    CredentialState,
    MagentoMajor,
    Shop,
    Workspace,
)
from cobby_desktop.domain.model import TestOutcome as Outcome
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.secret import Secret
from cobby_desktop.ui import application
from cobby_desktop.ui.secret_widgets import MASK_TEXT
from cobby_desktop.ui.store_access import StoreAccess
from cobby_desktop.ui.workers import shutdown
from tests.gui.window_support import open_window

M1_KEY = "Kp7wQx2LmZ9rTb4Vn8Hs"  # 20 characters, letters and digits
M1_SHORT_KEY = "sunflower"  # a weak merchant-chosen key: no pattern can spot it
M2 = {
    "consumer_key": "q8v1c5m2k7x0z3n6b9p4t1r8w2y5u7e0",
    "consumer_secret": "a3s6d9f2g5h8j1k4l7z0x3c6v9b2n5m8",
    "access_token": "m4n7b0v3c6x9z2l5k8j1h4g7f0d3s6a9",
    "access_token_secret": "p1o4i7u0y3t6r9e2w5q8a1s4d7f0g3h6",
}
LICENSE = "CBY7Q-2KX9P-LM4TR-88ZQW"
ALL_SECRETS = [M1_KEY, M1_SHORT_KEY, LICENSE, *M2.values()]


def _encodings(secret: str) -> list[bytes]:
    return [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]


def scan_files(root: Path, secrets: list[str]) -> list[str]:
    hits = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            for secret in secrets:
                if any(form in data for form in _encodings(secret)):
                    hits.append(f"{path.relative_to(root)}: {secret[:3]}…")
    return hits


def scan_text(text: str, secrets: list[str]) -> list[str]:
    return [s[:3] + "…" for s in secrets if s in text]


def _store_known_secrets(vault: Vault) -> dict[str, int]:
    with Inventory.open() as inventory:
        ws1 = inventory.add_workspace(Workspace(name="Produktion", has_license_key=True))
        vault.put(SecretRef.license_key(ws1.id, ws1.vault_space), Secret(LICENSE))
        m1 = inventory.add_shop(
            Shop(
                "https://kaffee.test",
                MagentoMajor.M1,
                "Kaffee Braun",
                workspace_id=ws1.id,
                magento_version="1.9.4.5",
            )
        )
        c1 = inventory.add_credential(
            Credential(m1.id, CredentialKind.M1_API_KEY, "cobby_api", CredentialState.ACTIVE)
        )
        vault.put_credential(c1, {"api_key": Secret(M1_KEY)})
        weak = inventory.add_shop(Shop("https://blumen.test", MagentoMajor.M1, "Blumen Hof"))
        c3 = inventory.add_credential(
            Credential(weak.id, CredentialKind.M1_API_KEY, "cobby", CredentialState.ACTIVE)
        )
        vault.put_credential(c3, {"api_key": Secret(M1_SHORT_KEY)})
        m2 = inventory.add_shop(
            Shop("https://nordlicht.test", MagentoMajor.M2, "Nordlicht", magento_version="2.4.7")
        )
        c2 = inventory.add_credential(
            Credential(m2.id, CredentialKind.M2_INTEGRATION, "cobby", CredentialState.ACTIVE)
        )
        vault.put_credential(c2, {k: Secret(v) for k, v in M2.items()})
        inventory.record_check(
            CheckRecord(m2.id, datetime.now(UTC), Outcome.OK, c2.id, summary="All checks passed.")
        )
    return {"m1": m1.id, "m2": m2.id, "weak": weak.id}


def _careless_tester(inventory, vault, row, ctx):
    """Stands for buggy code deep in a connection test: it puts secret values
    into log lines and an exception message."""
    secrets = vault.credential_secrets(row.credential)
    plain = {name: value.reveal() for name, value in secrets.items()}
    logging.getLogger("careless").info("testing with %s", secrets)  # Secret objects: masked
    logging.getLogger("careless").debug("raw token %s", plain.get("access_token", ""))
    raise RuntimeError(f"login failed for key {plain}")


def test_no_secret_reaches_disk_logs_or_output(qtbot, memory_keyring, app_logging, capfd, caplog):
    caplog.set_level(logging.DEBUG)
    vault = Vault(memory_keyring)
    ids = _store_known_secrets(vault)
    # The values really are in the (in-memory) keychain, so finding none elsewhere means something.
    stored = set(memory_keyring.entries.values())
    assert set(ALL_SECRETS) <= stored

    store = StoreAccess(vault=vault)
    window = open_window(qtbot, vault, store=store, clipboard_clear_ms=200,
                         tester=_careless_tester)
    secrets = window.detail.secrets
    clipboard = QGuiApplication.clipboard()

    for shop, fields in (
        ("m1", ["api_key", "license_key"]),
        ("weak", ["api_key"]),
        ("m2", list(M2)),
    ):
        window.select_shop(ids[shop])
        for name in fields:
            with qtbot.waitSignal(window.guard.copied, timeout=3000):
                secrets.copy(name)
            assert clipboard.text() in ALL_SECRETS
        with qtbot.waitSignal(window.guard.expired, timeout=3000):
            pass
        secrets.reveal_button.click()
        qtbot.waitUntil(lambda n=fields[0]: secrets.field_text(n) != MASK_TEXT, timeout=3000)
        QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
        assert secrets.field_text(fields[0]) == MASK_TEXT

    qtbot.keyClicks(window.search, "nord")
    assert window.proxy.rowCount() == 1
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)

    # A connection test whose code misbehaves with the secrets.
    window.select_shop(ids["m2"])
    job = window.test_row(window.selected_row())
    with qtbot.waitSignal(job.failed, timeout=5000):
        pass

    # An unexpected error with a secret in its message reaches the crash hook.
    def crash(key: Secret, token: str) -> None:
        raise ValueError(f"could not use {key.reveal()} / {token} / {LICENSE}")

    try:
        crash(Secret(M1_SHORT_KEY), M2["consumer_secret"])
    except ValueError as exc:
        report = application.handle_exception(type(exc), exc, exc.__traceback__, show_dialog=False)
    assert "ValueError" in report and "could not use" in report

    window.close()
    store.close()
    shutdown(3000)
    for handler in logging.getLogger().handlers:
        handler.flush()

    with Inventory.open() as inventory:
        actions = {e.action for e in inventory.activity()}
    assert {Activity.COPIED, Activity.REVEALED} <= actions

    data = paths.data_dir()
    names = {p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file()}
    assert {"inventory.sqlite3", "settings.ini", "logs/cobby-desktop.log"} <= names
    assert any(n.startswith("logs/crash-") for n in names)
    log_text = (data / "logs/cobby-desktop.log").read_text(encoding="utf-8")
    assert "background job failed" in log_text and "login failed for key" in log_text

    assert scan_files(data, ALL_SECRETS) == []
    out, err = capfd.readouterr()
    assert scan_text(out + err, ALL_SECRETS) == []
    assert scan_text(caplog.text, ALL_SECRETS) == []
    for record in caplog.records:
        assert scan_text(record.getMessage() + (record.exc_text or ""), ALL_SECRETS) == []


def test_scanner_finds_planted_secrets(tmp_path):
    """The scan itself works: a secret written as UTF-8 or UTF-16 is found."""
    (tmp_path / "a.log").write_text(f"x {M1_KEY} y", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.ini").write_bytes(LICENSE.encode("utf-16-le"))
    assert len(scan_files(tmp_path, ALL_SECRETS)) == 2


def test_redact_masks_secrets_and_token_shapes():
    text = (
        f"key={M1_KEY} token {M2['access_token']} license {LICENSE} weak {M1_SHORT_KEY} "
        "path /tmp/pytest-of-root/test_0/cobby-home/logs and function handle_exception"
    )
    masked = application.redact(text, [Secret(M1_SHORT_KEY)])
    assert scan_text(masked, ALL_SECRETS) == []
    assert "handle_exception" in masked and "/tmp/pytest-of-root/" in masked


def test_crash_dialog_shows_and_copies_a_redacted_report(qtbot, app_logging):
    def fail(token: Secret) -> None:
        raise KeyError(f"no shop for {token.reveal()}")

    try:
        fail(Secret(M1_SHORT_KEY))
    except KeyError as exc:
        application.handle_exception(type(exc), exc, exc.__traceback__)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog")
    qtbot.addWidget(dialog)
    report = dialog.text.toPlainText()
    assert "KeyError" in report and "Python" in report and "OS " in report
    assert scan_text(report, ALL_SECRETS) == []
    copy_text = i18n.translate("CrashDialog", "&Copy report")
    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == copy_text)
    copy.click()
    assert QGuiApplication.clipboard().text() == report
    saved = list((paths.log_dir()).glob("crash-*.txt"))
    assert saved and saved[0].read_text(encoding="utf-8") == report
