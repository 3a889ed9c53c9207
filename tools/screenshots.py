"""Render the main window, every wizard page of both paths, a failed and a
passed test, the "Test connection" dialog, the security audit, the activity
log, the rotation's first page, the shop editor and the vault setup dialogs to
PNG files, offscreen, with sample data in a temporary data folder and an
in-memory keychain. Results that would come from a shop are made up: no
network is used.

    python tools/screenshots.py DIR [--lang de] [--scale 1.5]

A developer tool: it lives in the checkout, never in the installed package or
the frozen app (the sample data and the in-memory keychain are in tests/support).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python tools/screenshots.py` from the checkout
    sys.path.insert(0, str(ROOT))

from cobby_desktop.paths import HOME_ENV  # noqa: E402


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python tools/screenshots.py", description=__doc__.splitlines()[0]
    )
    parser.add_argument("directory", type=Path, help="folder for the PNG files (created)")
    parser.add_argument("--lang", choices=("de", "en"), help="language shown (default: LANG)")
    parser.add_argument("--scale", help="render at this scale, e.g. 1.25 or 1.5")
    parser.add_argument("--dark", action="store_true", help="render in a dark colour scheme")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out: Path = args.directory
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"screenshots: cannot create {out}: {exc.strerror}", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    from cobby_desktop import i18n

    # --lang, else the environment's language (LC_ALL, LC_MESSAGES, LANG).
    i18n.install(i18n.choose(args.lang))
    from tests.support.memory_keyring import memory_keychain

    saved_home = os.environ.get(HOME_ENV)
    try:
        # Never the real keychain, whatever code asks.
        with (
            memory_keychain() as backend,
            tempfile.TemporaryDirectory(prefix="cobby-shots-") as home,
        ):
            os.environ[HOME_ENV] = home
            # Read once, when the application starts; the file goes with `home`.
            os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_full_hd_screen(Path(home))}"
            written = _render(out, backend, Path(home), dark=bool(getattr(args, "dark", False)))
    finally:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never a path that is gone
        if saved_home is None:
            os.environ.pop(HOME_ENV, None)
        else:
            os.environ[HOME_ENV] = saved_home
    for path in written:
        print(path)
    return 0


def _full_hd_screen(home: Path) -> Path:
    """An offscreen screen like a merchant's (1920 x 1080 less a taskbar), so
    windows open at the size they would there, at any --scale."""
    import json

    path = home / "screen.json"
    screen = {"name": "hd", "x": 0, "y": 0, "width": 1920, "height": 1020,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    path.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen]}))
    return path


def _made_up_report(
    url: str,
    major: int,
    findings: tuple,
    *,
    version: str | None = None,
    edition: str | None = None,
    connected_cobby: bool = False,
    requests: int,
    seconds: float,
):  # noqa: ANN202
    """A check result for a picture: no request is ever sent for it."""
    from cobby_desktop.domain.diagnosis import DiagnosisReport
    from cobby_desktop.results import CobbyInfo
    from cobby_desktop.secret import Secret

    cobby = None
    if connected_cobby:
        cobby = CobbyInfo(
            cobby_version="3.2.1",
            magento_version=version,
            cobby_active=True,
            license_key=Secret("cobby license key"),
        )
    return DiagnosisReport(
        url_given=url,
        url_used=url,
        magento_major=major,
        magento_version=version,
        magento_edition=edition,
        findings=findings,
        cobby=cobby,
        m1=None,
        m2=None,
        certificate=None,
        requests=requests,
        seconds=seconds,
    )


def _settle(app, rounds: int = 20) -> None:  # noqa: ANN001
    from cobby_desktop.ui.workers import wait_for_jobs

    for _ in range(rounds):
        app.processEvents()
        wait_for_jobs(10)
    app.processEvents()


def _render(out: Path, backend, home: Path, *, dark: bool = False) -> list[Path]:  # noqa: ANN001
    from PySide6.QtCore import QSettings

    from cobby_desktop import i18n
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault
    from cobby_desktop.ui import workers
    from cobby_desktop.ui.application import create_application
    from tests.support import sample

    app = create_application([])
    if dark:
        from cobby_desktop.ui import theme

        app.setStyle("Fusion")
        app.setPalette(theme.dark_palette())
    # The language main() chose (--lang, else the environment).
    i18n.install(i18n.current_language(), app)
    vault = Vault(backend)
    with Inventory.open() as inventory:
        sample.populate(inventory, vault)
    written: list[Path] = []
    try:
        written.append(
            _main_window(
                app, out, vault, QSettings(str(home / "layout.ini"), QSettings.Format.IniFormat)
            )
        )
        written.extend(_wizard_pages(app, out, vault))
        written.append(_workspaces_dialog(app, out, vault))
        written.extend(_portal_proof(app, out, vault))
        written.extend(_check_dialogs(app, out, vault))
        written.extend(_inventory_dialogs(app, out, vault, home))
        written.extend(_vault_dialogs(app, out))
        written.extend(_help_dialogs(app, out))
        written.extend(_kdbx_dialogs(app, out, vault))
    finally:
        workers.shutdown()
    return written


def _main_window(app, out: Path, vault, settings) -> Path:  # noqa: ANN001
    from cobby_desktop.ui.main_window import MainWindow
    from cobby_desktop.ui.store_access import StoreAccess

    window = MainWindow(StoreAccess(vault=vault), settings=settings)
    window.resize(1280, 800)
    loaded: list[int] = []
    window.rows_loaded.connect(loaded.append)
    window.show()
    for _ in range(500):
        if loaded:
            break
        _settle(app, 1)
    _settle(app)
    path = out / "01-main-window.png"
    window.grab().save(str(path))
    window.close()
    _settle(app)
    return path


M1_URL, M2_URL = "https://www.moebel-schmidt.example/", "https://shop.kaffeehaus-berg.example/"
M2_TOKENS = {
    "consumer_key": "k3x9d0q2m7c1v8b4n6z5l0p9a2s7d4f1",
    "consumer_secret": "q8w2e5r7t1y3u6i9o0p4a7s2d5f8g1h3",
    "access_token": "z1x4c7v0b3n6m9l2k5j8h1g4f7d0s3a6",
    "access_token_secret": "m5n8b1v4c7x0z3l6k9j2h5g8f1d4s7a0",
}


def detected(major: int):  # noqa: ANN201 - a DetectResult for a picture
    """What the shop page shows after its (made-up) detection."""
    from cobby_desktop.domain.diagnosis import DetectResult
    from cobby_desktop.domain.urls import normalize_shop_url

    url = M1_URL if major == 1 else M2_URL
    return DetectResult(
        url_used=normalize_shop_url(url).url,
        magento_major=major,
        cobby_connector=True,
        findings=(),
    )


def _wizard_pages(app, out: Path, vault) -> list[Path]:  # noqa: ANN001
    from cobby_desktop.domain.diagnosis import DiagnosisReport
    from cobby_desktop.domain.findings import make_finding
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.urls import normalize_shop_url
    from cobby_desktop.magento1.keys import generate_key
    from cobby_desktop.secret import Secret
    from cobby_desktop.services import setup
    from cobby_desktop.services.setup_state import WizardState
    from cobby_desktop.ui.wizard import wizard as wz

    choices = setup.load_choices(Inventory.open, vault, None)
    m1_url, m2_url = M1_URL, M2_URL
    m1_key = generate_key()

    def m1_state(**kw) -> WizardState:
        return replace(WizardState(
            new_workspace_name="Möbel Schmidt",
            license_key=Secret("MS24X7QK9PLD3RT8WZ5N"),
            url=m1_url,
            admin_url="https://www.moebel-schmidt.example/index.php/admin/",
            magento=1,
            api_user="cobby_api",
            secrets={"api_key": m1_key},
            generated_key=m1_key,
        ), **kw)

    def m2_state(**kw) -> WizardState:
        return replace(WizardState(
            new_workspace_name="Kaffeehaus Berg",
            license_key=Secret("KB55M2ZX81QW7RT3YH6D"),
            url=m2_url,
            admin_url="https://shop.kaffeehaus-berg.example/admin/",
            magento=2,
            api_user="cobby",
            secrets={k: Secret(v) for k, v in M2_TOKENS.items()},
        ), **kw)

    failed = _made_up_report(
        m1_url, 1,
        (make_finding("m1.cobby_permission_missing", 1),),
        version="1.9.4.5", requests=4, seconds=1.2,
    )
    passed = _made_up_report(
        m2_url, 2, (make_finding("cobby.not_connected", 2),),
        version="2.4.7-p3", edition="Community", connected_cobby=True, requests=6, seconds=1.8,
    )

    shots = [
        ("02-wizard-workspace", wz.WORKSPACE, m1_state(), None),
        ("03-wizard-shop-m1", wz.SHOP, m1_state(), "detect1"),
        ("04-wizard-m1-role", wz.M1_ROLE, m1_state(), None),
        ("05-wizard-m1-user", wz.M1_USER, m1_state(), None),
        (
            "06-wizard-m1-existing-credentials",
            wz.M1_USER,
            m1_state(
                have_credentials=True,
                api_user="admin",
                secrets={"api_key": Secret("shop2024")},
                generated_key=None,
            ),
            None,
        ),
        ("07-wizard-test-failed-m1", wz.TEST, m1_state(), failed),
        ("08-wizard-portal-m1", wz.PORTAL, m1_state(saved_active=True), None),
        ("09-wizard-shop-m2", wz.SHOP, m2_state(), "detect2"),
        ("10-wizard-m2-integration", wz.M2_INTEGRATION, m2_state(), None),
        ("11-wizard-m2-tokens", wz.M2_TOKENS, m2_state(), "typo"),
        ("12-wizard-test-passed-m2", wz.TEST, m2_state(saved_active=True), passed),
        ("13-wizard-portal-m2", wz.PORTAL, m2_state(saved_active=True), None),
    ]
    written = []
    for name, page_id, state, extra in shots:
        wizard = wz.SetupWizard(open_inventory=Inventory.open, vault=vault, load=False)
        wizard.state = state
        wizard.set_choices(choices)
        wizard.test_page.autostart = False
        if page_id == wz.SHOP:  # show a detection result without asking the network
            wizard.shop_page._detected_for = normalize_shop_url(state.url).url or ""
        wizard.setStartId(page_id)
        wizard.show()
        _settle(app, 3)
        if isinstance(extra, DiagnosisReport):
            if not extra.ok:  # as if the run had stopped at the credentials
                wizard.test_page._mark("credentials")
            wizard.test_page.show_report(extra)
        elif extra in ("detect1", "detect2"):
            major = 1 if extra == "detect1" else 2
            wizard.shop_page._detected(wizard.shop_page.normalised_url() or "", detected(major))
        elif extra == "typo":  # one value pasted with a character missing
            wizard.m2_tokens_page.fields["access_token"].setText(M2_TOKENS["access_token"][:-1])
        _settle(app, 3)
        path = out / f"{name}.png"
        wizard.grab().save(str(path))
        written.append(path)
        wizard.state.saved_active = True  # closing a screenshot must not save a draft
        wizard.close()
        wizard.deleteLater()
        _settle(app, 2)
    return written


def _workspaces_dialog(app, out: Path, vault) -> Path:  # noqa: ANN001
    from cobby_desktop.ui.store_access import StoreAccess
    from cobby_desktop.ui.workspaces_dialog import WorkspacesDialog

    dialog = WorkspacesDialog(StoreAccess(vault=vault))
    loaded: list[bool] = []
    dialog.loaded.connect(lambda: loaded.append(True))
    dialog.show()
    for _ in range(500):
        if loaded:
            break
        _settle(app, 1)
    dialog.select_workspace(dialog.snapshot.workspaces[2].id or 0)
    _settle(app, 3)
    path = out / "14-workspaces.png"
    dialog.grab().save(str(path))
    dialog.close()
    dialog.deleteLater()
    _settle(app, 2)
    return path


def _portal_proof(app, out: Path, vault) -> list[Path]:  # noqa: ANN001
    """The portal step's connection proof while it waits and once connected
    (scripted answers: no shop is asked)."""
    from PySide6.QtWidgets import QScrollArea

    from cobby_desktop.domain.proof import ProofProgress, ProofResult, ProofState
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.secret import Secret
    from cobby_desktop.services.setup_state import WizardState
    from cobby_desktop.ui.wizard import wizard as wz

    def waiting(cancel, on_progress):  # noqa: ANN001, ANN202
        on_progress(ProofProgress(3, 14.2, ProofState.NOT_REACHED, next_check_in=5.0))
        cancel.wait(60)
        return ProofResult(ProofState.CANCELLED, 3, 15.0)

    def connected(cancel, on_progress):  # noqa: ANN001, ANN202
        return ProofResult(
            ProofState.CONNECTED, 4, 73.0, ProofState.CONNECTED, cobby_version="2.4.1.1"
        )

    state = WizardState(
        new_workspace_name="Möbel Schmidt",
        license_key=Secret("MS24X7QK9PLD3RT8WZ5N"),
        url="https://www.moebel-schmidt.example/",
        magento=1,
        api_user="cobby_api",
        secrets={"api_key": Secret("m7Qx2LpV9sK4dR8wT3nY")},
        saved_active=True,
    )
    written = []
    for name, prove in (
        ("15-wizard-portal-proof-waiting", waiting),
        ("16-wizard-portal-proof-connected", connected),
    ):
        wizard = wz.SetupWizard(open_inventory=Inventory.open, vault=vault, load=False)
        wizard.state = state
        wizard.setStartId(wz.PORTAL)
        wizard.show()
        _settle(app, 3)
        page = wizard.portal_page
        page.proof.start(prove)
        for _ in range(300):  # until the scripted answer is on screen
            if page.proof.attempts:
                break
            _settle(app, 1)
        scroll = page.findChild(QScrollArea)
        if scroll is not None:  # the proof is at the bottom of the page
            scroll.ensureWidgetVisible(page.proof)
        _settle(app, 3)
        path = out / f"{name}.png"
        wizard.grab().save(str(path))
        written.append(path)
        wizard.close()
        wizard.deleteLater()
        _settle(app, 2)
    return written


def _shoot(app, widget, path: Path, ready=None) -> Path:  # noqa: ANN001
    """Show `widget`, wait (bounded) until `ready()`, save it, close it."""
    widget.show()
    for _ in range(500):
        if ready is None or ready():
            break
        _settle(app, 1)
    _settle(app, 3)
    widget.grab().save(str(path))
    widget.close()
    widget.deleteLater()
    _settle(app, 2)
    return path


def _check_dialogs(app, out: Path, vault) -> list[Path]:  # noqa: ANN001
    """The "Test connection" dialog: a shop behind a password prompt, and a
    passing shop where the proof then finds cobby connected (made-up answers)."""
    from PySide6.QtWidgets import QScrollArea

    from cobby_desktop.domain.findings import make_finding
    from cobby_desktop.domain.model import MagentoMajor, Shop
    from cobby_desktop.domain.proof import ProofResult, ProofState
    from cobby_desktop.ui.check_dialog import CheckDialog, CheckOutcome
    from cobby_desktop.ui.store_access import StoreAccess

    staging = "https://staging.musikhaus-keller.example/"
    garden = "https://www.gartenwelt-mueller.example/"
    # Magento 1: there the app can get in with the password (on Magento 2 it cannot).
    blocked = _made_up_report(
        staging, 1,
        (make_finding("http.basic_auth", 1, params={"url": staging, "scope": "shop"},
                      variant="shop"),),
        requests=1, seconds=0.4,
    )
    passed = _made_up_report(
        garden, 2, (make_finding("cobby.not_connected", 2),),
        version="2.4.7-p3", edition="Community", connected_cobby=True, requests=6, seconds=1.8,
    )

    def connected(cancel, on_progress):  # noqa: ANN001, ANN202
        return ProofResult(
            ProofState.CONNECTED, 5, 94.0, ProofState.CONNECTED, cobby_version="3.2.1"
        )

    written = []
    cases = (
        ("17-check-basic-auth", Shop(staging, MagentoMajor.M1, label="Musikhaus Keller (Staging)",
                                     basic_auth_user="staging"), blocked),
        ("18-check-passed-connected", Shop(garden, MagentoMajor.M2, label="Gartenwelt Müller"),
         passed),
    )
    for name, shop, report in cases:
        dialog = CheckDialog(StoreAccess(vault=vault), 0, autostart=False)
        dialog.resize(700, 600)
        dialog.show()
        _settle(app, 2)
        if not report.ok:  # as if the run had stopped at the web server
            dialog.stages.mark("http")
        dialog._checked(CheckOutcome(shop, None, report, has_license_key=True))
        if report.ok:
            dialog.proof_box.setVisible(True)
            dialog.proof.start(connected)
        _settle(app, 3)
        scroll = dialog.findChild(QScrollArea)
        target = dialog.findings.basic_auth_form if not report.ok else dialog.proof_box
        if scroll is not None and target is not None:
            scroll.ensureWidgetVisible(target)
        written.append(
            _shoot(app, dialog, out / f"{name}.png", lambda d=dialog: not d.proof.running)
        )
    return written


def _inventory_dialogs(app, out: Path, vault, home: Path) -> list[Path]:  # noqa: ANN001
    """The audit, the activity log, the rotation's first page and the shop
    editor over the sample inventory."""
    from PySide6.QtCore import QSettings

    from cobby_desktop.domain.model import CredentialState
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.ui.activity_view import ActivityDialog
    from cobby_desktop.ui.audit_view import AuditDialog
    from cobby_desktop.ui.rotation_dialog import RotationDialog
    from cobby_desktop.ui.shop_dialog import ShopDialog
    from cobby_desktop.ui.store_access import StoreAccess

    with Inventory.open() as inventory:
        rows = inventory.rows()
    # A shop with a working credential: what a merchant rotates or edits.
    chosen = next(
        (r for r in rows if r.credential and r.credential.state is CredentialState.ACTIVE),
        rows[0],
    )
    shop_id = chosen.shop.id or 0
    store = StoreAccess(vault=vault)
    written = []

    audit = AuditDialog(store, settings=QSettings(str(home / "audit.ini"),
                                                  QSettings.Format.IniFormat))
    audit.resize(max(audit.width(), 960), 600)  # room for more findings
    audited: list[int] = []
    audit.audited.connect(audited.append)
    written.append(_shoot(app, audit, out / "19-security-audit.png", lambda: bool(audited)))

    activity = ActivityDialog(store)
    activity.resize(max(activity.width(), 900), 600)
    loaded: list[int] = []
    activity.loaded.connect(loaded.append)
    written.append(_shoot(app, activity, out / "20-activity-log.png", lambda: bool(loaded)))

    rotation = RotationDialog(store, shop_id)
    written.append(
        _shoot(app, rotation, out / "21-rotation-intro.png", lambda: rotation.loaded_once)
    )

    editor = ShopDialog(store, shop_id)
    shown: list[bool] = []
    editor.loaded.connect(lambda: shown.append(True))
    written.append(_shoot(app, editor, out / "22-shop-editor.png", lambda: bool(shown)))
    return written


def _vault_dialogs(app, out: Path) -> list[Path]:  # noqa: ANN001
    """No keychain on this computer, and creating the encrypted local vault."""
    from keyring.backends.fail import Keyring as NoKeyring

    from cobby_desktop.domain import local_vault
    from cobby_desktop.domain.vault import Vault
    from cobby_desktop.domain.vault_choice import StartupState
    from cobby_desktop.ui.vault_setup import CreateVaultDialog, KeychainDialog

    health = Vault(NoKeyring()).health()  # the real "no keychain" answer and advice
    state = StartupState(health, False, False, local_vault.default_path())
    written = [_shoot(app, KeychainDialog(state), out / "23-vault-no-keychain.png")]
    create = CreateVaultDialog()
    for field in (create.password, create.confirm):
        field.setText("Wald-Kaffee-Tinte-Regen-42")  # made up: shows the strength hint
    written.append(_shoot(app, create, out / "24-vault-create.png"))
    return written


def _kdbx_dialogs(app, out: Path, vault) -> list[Path]:  # noqa: ANN001
    """File > Export… filled in, and File > Import…'s preview of a made-up file
    (the sample's own entries, two of them new and one changed on both sides)."""
    import dataclasses
    import uuid

    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.services import kdbx_record as rec
    from cobby_desktop.services.kdbx_export import Selection, collect
    from cobby_desktop.services.kdbx_import import plan_import
    from cobby_desktop.services.kdbx_read import KdbxDocument
    from cobby_desktop.ui.kdbx_export_dialog import ExportDialog
    from cobby_desktop.ui.kdbx_import_dialog import ImportDialog
    from cobby_desktop.ui.store_access import StoreAccess

    store = StoreAccess(vault=vault)
    export = ExportDialog(store, (1, "Acme Fashion (live)"))
    export.file.edit.setText(str(Path.home() / "cobby-shops.kdbx"))
    for field in (export.passphrase, export.again):
        field.setText("Wald-Kaffee-Tinte-Regen-42")  # made up
    written = [_shoot(app, export, out / "25-kdbx-export.png", lambda: export.what.count() > 2)]

    with Inventory.open() as inventory:
        records = [r for r in collect(inventory, vault, Selection()) if r.mark == rec.SHOP]
        edited = []
        for n, record in enumerate(records[:3]):
            fields = dict(record.fields)
            if n < 2:  # shops the file has and this inventory not
                fields[rec.ID] = uuid.uuid4().hex
                fields[rec.URL] = f"https://new-shop-{n + 1}.example"
                fields[rec.TITLE] = f"New shop {n + 1}"
            else:
                fields[rec.VERSION] = "2.4.8"
            edited.append(dataclasses.replace(record, fields=fields))
        document = KdbxDocument((*edited, *records[3:]), ignored=3)
        plan = plan_import(inventory, vault, document)
    preview = ImportDialog(store)
    preview.show_plan(document, plan)
    preview.resize(780, 520)
    written.append(_shoot(app, preview, out / "26-kdbx-import-preview.png"))
    return written


def _help_dialogs(app, out: Path) -> list[Path]:  # noqa: ANN001
    """The guide at the portal step, Contact cobby support and About."""
    from cobby_desktop.ui.help import GuideDialog, SupportDialog, show_about, support_report

    guide = GuideDialog()
    guide.show()
    guide.show_at("portal")
    written = [_shoot(app, guide, out / "27-guide.png")]
    report = support_report(["Shop: Kaffeehaus Berg <https://shop.kaffeehaus-berg.example/>"])
    written.append(_shoot(app, SupportDialog(report), out / "28-contact-support.png"))
    written.append(_shoot(app, show_about(None), out / "29-about.png"))
    return written


if __name__ == "__main__":
    raise SystemExit(main())
