"""The frozen Linux app built from installer.spec: it starts, ships what the
spec promises, and its self-test passes offscreen against the real Secret
Service keychain (tests/run.sh runs pytest inside a D-Bus session with an
unlocked gnome-keyring). The build runs once per module (~20-60 s)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cobby_desktop
from tests.support.strict import must_not_skip

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer.spec"
BUILD_TIMEOUT = 600

pytestmark = [pytest.mark.real_keyring, pytest.mark.timeout(BUILD_TIMEOUT + 120)]


def _not_runnable_reason() -> str | None:
    if not sys.platform.startswith("linux"):
        return "the frozen-build test builds the Linux one-folder app and runs only on Linux"
    if importlib.util.find_spec("PyInstaller") is None:
        return "PyInstaller is missing; install the test extra: pip install -e '.[test]'"
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session with an unlocked Secret Service; run it through tests/run.sh"
    return None


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reason = _not_runnable_reason()
    if reason:
        if must_not_skip():
            pytest.fail(f"CI must run the frozen-build test, but {reason}")
        pytest.skip(reason)
    out = tmp_path_factory.mktemp("frozen")
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False,
    )
    assert proc.returncode == 0, f"PyInstaller failed:\n{proc.stderr[-4000:]}"
    return out


@pytest.fixture(scope="module")
def app_dir(build_dir: Path) -> Path:
    return build_dir / "dist" / "cobby-desktop"


def _run(app_dir: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHON_KEYRING_BACKEND", "PYTHONPATH", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", COBBY_DESKTOP_HOME=str(home))
    return subprocess.run(
        [str(app_dir / "cobby-desktop-cli"), *args],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )


def test_both_executables_start_and_report_the_package_version(app_dir: Path, tmp_path: Path):
    expected = f"cobby-desktop {cobby_desktop.__version__}"
    assert _run(app_dir, tmp_path, "--version").stdout.strip() == expected
    gui = subprocess.run([str(app_dir / "cobby-desktop"), "--version"], capture_output=True,
                         text=True, timeout=60, check=False)
    assert gui.returncode == 0 and gui.stdout.strip() == expected


def test_self_test_passes_with_a_secret_service_round_trip(app_dir: Path, tmp_path: Path):
    result = _run(app_dir, tmp_path / "home", "self-test")
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"self-test failed in the frozen app:\n{output}"
    # self-test prints "ok   <check>: <detail>" or "FAIL <check>: ..." per check.
    keychain = [line for line in output.splitlines() if line[4:].lstrip().startswith("keychain:")]
    assert len(keychain) == 1, f"no keychain line in:\n{output}"
    assert keychain[0].startswith("ok"), keychain[0]
    assert "SecretService" in keychain[0], f"not the Secret Service backend: {keychain[0]}"
    assert "round trip" in keychain[0], keychain[0]
    qt_line = [line for line in output.splitlines() if line[4:].lstrip().startswith("qt:")]
    assert qt_line and "offscreen" in qt_line[0], output


def test_keepass_import_and_export_work_in_the_frozen_app(app_dir: Path, tmp_path: Path):
    """pykeepass, its Argon2 and its blank-database template are in the folder:
    a file made here imports into the real keychain and exports again."""
    from pykeepass import PyKeePass

    from cobby_desktop.domain.model import Credential, CredentialKind, MagentoMajor, Shop
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault
    from cobby_desktop.secret import Secret
    from cobby_desktop.services.kdbx_export import export_kdbx
    from tests.support.memory_keyring import MemoryKeyring

    passphrase, key = "frozen test passphrase", "frozen-m1-key-123456"
    vault = Vault(MemoryKeyring())
    with Inventory.open(tmp_path / "made" / "inventory.sqlite3") as inv:
        shop = inv.add_shop(Shop("https://frozen.test", MagentoMajor.M1, "Frozen"))
        cred = inv.add_credential(Credential(shop.id, CredentialKind.M1_API_KEY, "cobby_api"))
        vault.put_credential(cred, {"api_key": Secret(key)})
        export_kdbx(inv, vault, tmp_path / "in.kdbx", Secret(passphrase))
    os.environ["COBBY_KDBX_PASSPHRASE"] = passphrase
    try:
        home = tmp_path / "home"
        imported = _run(app_dir, home, "import", str(tmp_path / "in.kdbx"))
        assert imported.returncode == 0, imported.stdout + imported.stderr
        exported = _run(app_dir, home, "export", str(tmp_path / "out.kdbx"))
        assert exported.returncode == 0, exported.stdout + exported.stderr
    finally:
        del os.environ["COBBY_KDBX_PASSPHRASE"]
        _run(app_dir, tmp_path / "home", "purge", "--yes")  # the real keychain's entries
    entry = PyKeePass(str(tmp_path / "out.kdbx"), password=passphrase).entries[0]
    assert (entry.title, entry.password) == ("Frozen", key)


def test_frozen_folder_ships_keyring_resources_and_no_unused_qt(app_dir: Path, build_dir: Path):
    internal = app_dir / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    # keyring finds its backends through its entry points: metadata must ship.
    assert any(n.startswith("keyring-") and n.endswith("entry_points.txt") for n in names)
    assert any(n.startswith("lxml/etree") for n in names)
    assert "certifi/cacert.pem" in names
    assert "cobby_desktop/resources/cobby-desktop.png" in names
    for res in (ROOT / "resources").iterdir():
        if res.suffix in (".xsd", ".png", ".svg", ".json", ".txt"):
            assert f"cobby_desktop/resources/{res.name}" in names, res.name
    pure = (build_dir / "work" / "installer" / "PYZ-00.toc").read_text()
    for module in ("'zeep'", "'truststore'", "'keyring.backends.SecretService'",
                   "'secretstorage'", "'jeepney.io.blocking'"):
        assert module in pure, module
    # Only the product: no benchmark, screenshots, sample data or test support.
    for module in ("'cobby_desktop.bench'", "'cobby_desktop.cli.screenshots'",
                   "'cobby_desktop.ui.sample'", "'tests.support", "'tools."):
        assert module not in pure, module
    # Left out: Qt modules the app does not use, and their plugins and translations.
    joined = "\n".join(names)
    for unused in ("QtNetwork", "QtQml", "QtQuick", "libQt6Network", "libQt6Pdf",
                   "plugins/sqldrivers", "plugins/tls", "libqgtk3", "libgtk-3"):
        assert unused not in joined, unused
    translations = {n.rsplit("/", 1)[-1] for n in names if n.endswith(".qm")}
    assert translations <= {
        "qt_de.qm", "qt_en.qm", "qtbase_de.qm", "qtbase_en.qm",
        "cobby_desktop_de.qm", "cobby_desktop_en.qm",
    }, translations
    # The app's own German and English, and Qt's German for the standard buttons.
    for shipped in ("cobby_desktop_de.qm", "cobby_desktop_en.qm"):
        assert f"cobby_desktop/resources/i18n/{shipped}" in names, shipped
    assert "qtbase_de.qm" in translations
    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, dangling


def test_the_ci_check_passes_under_a_user_name_with_umlauts(app_dir: Path, tmp_path: Path):
    """build/verify_frozen.py is what every CI platform runs after its build:
    version, self-test with the keychain round trip, and the windowed
    executable ending every CLI path as the console one does."""
    home = tmp_path / "Jürgen Müller" / ".local" / "share" / "cobby Desktop"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHON_KEYRING_BACKEND", "PYTHONPATH")}
    env.update(QT_QPA_PLATFORM="offscreen", COBBY_DESKTOP_HOME=str(home))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "build" / "verify_frozen.py"), str(app_dir),
         "--keychain", "secret-service"],
        env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    verdicts = {line.split(":")[0] for line in proc.stdout.splitlines() if ":" in line}
    assert {"ok   version", "ok   self-test", "ok   windowed"} <= verdicts, proc.stdout
    assert (home / "inventory.sqlite3").is_file()
