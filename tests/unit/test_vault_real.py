"""Vault against a real Secret Service keychain (gnome-keyring in a D-Bus session).

Run: dbus-run-session -- bash tests/with-keyring.sh .venv/bin/python -m pytest \
    tests/unit/test_vault_real.py -q -p no:cacheprovider
Without a reachable Secret Service these tests skip locally and fail in CI.
The locked and refused cases each start their own throw-away keychain, so
locking it cannot disturb the shared one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cobby_desktop.domain.model import Credential, CredentialKind
from cobby_desktop.domain.vault import SERVICE, SecretRef, Vault, VaultError
from cobby_desktop.secret import Secret
from tests.support.memory_keyring import TEST_SPACE
from tests.support.strict import must_not_skip

pytestmark = pytest.mark.real_keyring
ROOT = Path(__file__).resolve().parents[2]


def _secret_service():
    """The real backend, or skip (fail in CI) with the reason."""
    reason = ""
    try:
        from keyring.backends.SecretService import Keyring

        Keyring.priority  # noqa: B018 - raises when no Secret Service is reachable
        return Keyring()
    except Exception as exc:
        reason = f"no Secret Service reachable ({exc})"
    if must_not_skip():
        pytest.fail(f"{reason}; CI must run these inside dbus-run-session + tests/with-keyring.sh")
    pytest.skip(reason)


@pytest.fixture
def backend():
    return _secret_service()


def test_round_trip(backend):
    vault = Vault(backend)
    ref = SecretRef.license_key(90001, TEST_SPACE)
    vault.put(ref, Secret("real-license-value-1"))
    try:
        assert backend.get_password(SERVICE, ref.username) == "real-license-value-1"
        assert vault.get(ref) == Secret("real-license-value-1")
        vault.put(ref, Secret("real-license-value-2"))  # overwrite in place
        assert vault.get(ref).reveal() == "real-license-value-2"
    finally:
        assert vault.delete(ref) is True
    assert vault.get(ref) is None
    assert vault.delete(ref) is False


def test_m2_credential_four_entries(backend):
    vault = Vault(backend)
    cred = Credential(1, CredentialKind.M2_INTEGRATION, "cobby", id=90002,
                      vault_key="real" * 8)
    values = {f: Secret(f"{f}-" + "z" * 32) for f in cred.kind.secret_fields}
    vault.put_credential(cred, values)
    try:
        for field in cred.kind.secret_fields:
            stored = backend.get_password(SERVICE, f"credential:{'real' * 8}:{field}")
            assert stored == values[field].reveal()
        assert vault.credential_secrets(cred) == values
    finally:
        vault.delete_credential(cred)
    assert vault.credential_secrets(cred) == {}


def test_default_backend_is_secret_service(backend):
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        health = Vault().health(round_trip=True)
    finally:
        keyring.set_keyring(previous)
    assert health.ok, health.message
    assert health.backend == "keyring.backends.SecretService.Keyring"


def _isolated(script: str, *, keyrings_folder: bool, password: str) -> str:
    """Run `script` against a fresh gnome-keyring in its own D-Bus session."""
    if not shutil.which("dbus-run-session") or not shutil.which("gnome-keyring-daemon"):
        _secret_service()  # decides skip/fail consistently
        pytest.skip("dbus-run-session or gnome-keyring-daemon not installed")
    folder = 'mkdir -p "$HOME/.local/share/keyrings"' if keyrings_folder else ""
    setup = textwrap.dedent(
        f"""
        set -eu
        export HOME="$(mktemp -d)"
        {folder}
        eval "$(printf '%s' "$KR_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets)"
        exec "$0" -c "$KR_SCRIPT"
        """
    )
    env = dict(os.environ, KR_PASSWORD=password, KR_SCRIPT=textwrap.dedent(script))
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", setup, sys.executable],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


PROBE = """
    import secretstorage
    from keyring.backends.SecretService import Keyring
    from cobby_desktop.domain.vault import SecretRef, Vault, VaultError
    from cobby_desktop.secret import Secret
    {prepare}
    try:
        Vault(Keyring()).put(SecretRef.license_key(1, "5eed" * 8), Secret("probe-secret-value"))
        print("KIND stored")
    except VaultError as exc:
        print("KIND", exc.kind)
        print("MESSAGE", exc.message)
"""


def test_locked_collection(backend):
    prepare = "conn = secretstorage.dbus_init(); secretstorage.get_default_collection(conn).lock()"
    out = _isolated(PROBE.format(prepare=prepare), keyrings_folder=True, password="pw-1234567")
    assert "KIND locked" in out
    assert "keychain is locked" in out and "Unlock" in out
    assert "probe-secret-value" not in out


def test_prompt_dismissed_is_denied(backend):
    # An empty unlock password and no keyrings folder: creating the collection
    # needs a prompt, which a headless session dismisses.
    out = _isolated(PROBE.format(prepare=""), keyrings_folder=False, password="")
    assert "KIND denied" in out, out
    assert "Allow" in out and "probe-secret-value" not in out


def test_errors_carry_no_secret(backend):
    vault = Vault(backend)
    with pytest.raises(VaultError) as err:
        vault.put(SecretRef.license_key(90003, TEST_SPACE), Secret("q" * 3000))
    assert err.value.kind == "too_large"
    assert "q" * 10 not in str(err.value)
