"""The opt-in encrypted local vault."""

from __future__ import annotations

import json

import keyring
import pytest

from cobby_desktop.domain import local_vault
from cobby_desktop.domain.local_vault import (
    MIN_SCRYPT_N,
    WEAKER_CHOICE_NOTE,
    EncryptedFileVault,
    LocalVaultError,
)
from cobby_desktop.domain.model import Credential, CredentialKind
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.secret import Secret
from tests.support.memory_keyring import TEST_SPACE

PASSWORD = Secret("correct horse battery staple")
VALUES = {
    "consumer_key": Secret("ck-local-0123456789abcdef"),
    "consumer_secret": Secret("cs-local-0123456789abcdef"),
    "access_token": Secret("at-local-0123456789abcdef"),
    "access_token_secret": Secret("ats-local-0123456789abcdef"),
}


@pytest.fixture
def vault_path(tmp_path):
    return tmp_path / "secrets.cobbyvault"


def test_round_trip_and_reopen(vault_path):
    store = EncryptedFileVault.create(PASSWORD, vault_path)
    vault = Vault.local(store)
    cred = Credential(1, CredentialKind.M2_INTEGRATION, "cobby", id=7, vault_key="k7" * 8)
    vault.put_credential(cred, VALUES)
    assert "local_vault" in vault.backend_name
    assert vault.health(round_trip=True).ok

    reopened = Vault.local(EncryptedFileVault.open(PASSWORD, vault_path))
    assert reopened.credential_secrets(cred) == VALUES
    assert reopened.delete(SecretRef.credential("k7" * 8, "access_token")) is True
    assert reopened.delete(SecretRef.credential("k7" * 8, "access_token")) is False
    again = EncryptedFileVault.open(PASSWORD, vault_path)
    assert again.get_password("cobby-desktop", "credential:7:access_token") is None


def test_file_holds_no_plaintext(vault_path):
    store = EncryptedFileVault.create(PASSWORD, vault_path)
    Vault.local(store).put(SecretRef.license_key(1, TEST_SPACE), Secret("LICENSE-PLAIN-123"))
    raw = vault_path.read_bytes()
    assert b"LICENSE-PLAIN-123" not in raw
    assert b"workspace:1:license_key" not in raw  # even the entry names are hidden
    assert PASSWORD.reveal().encode() not in raw
    doc = json.loads(raw)
    assert doc["header"]["kdf"] == {"name": "scrypt", "n": MIN_SCRYPT_N, "r": 8, "p": 1}
    assert MIN_SCRYPT_N >= 2**15
    assert oct(vault_path.stat().st_mode & 0o777) == oct(0o600)


def test_each_file_has_its_own_salt(tmp_path):
    EncryptedFileVault.create(PASSWORD, tmp_path / "a")
    EncryptedFileVault.create(PASSWORD, tmp_path / "b")
    salt_a = json.loads((tmp_path / "a").read_text())["header"]["salt"]
    salt_b = json.loads((tmp_path / "b").read_text())["header"]["salt"]
    assert salt_a != salt_b


def test_wrong_password(vault_path):
    EncryptedFileVault.create(PASSWORD, vault_path).set_password("s", "u", "v")
    with pytest.raises(LocalVaultError) as err:
        EncryptedFileVault.open(Secret("not the password"), vault_path)
    assert err.value.kind == "wrong_password"
    assert err.value.said.code == "vault.local.wrong_password"
    assert "not the password" not in err.value.message


def test_tampered_file_is_refused(vault_path):
    EncryptedFileVault.create(PASSWORD, vault_path).set_password("s", "u", "value")
    doc = json.loads(vault_path.read_text())
    doc["header"]["kdf"]["n"] = MIN_SCRYPT_N * 2  # authenticated: changing it breaks the tag
    vault_path.write_text(json.dumps(doc))
    with pytest.raises(LocalVaultError) as err:
        EncryptedFileVault.open(PASSWORD, vault_path)
    assert err.value.kind == "wrong_password"
    doc["header"]["kdf"]["n"] = 2**10  # weakened parameters are refused outright
    vault_path.write_text(json.dumps(doc))
    with pytest.raises(LocalVaultError) as err:
        EncryptedFileVault.open(PASSWORD, vault_path)
    assert err.value.kind == "damaged"
    vault_path.write_text("garbage")
    with pytest.raises(LocalVaultError) as err:
        EncryptedFileVault.open(PASSWORD, vault_path)
    assert err.value.kind == "damaged"


def test_create_rules(vault_path):
    with pytest.raises(LocalVaultError) as err:
        EncryptedFileVault.create(Secret("short"), vault_path)
    assert err.value.kind == "weak_password"
    assert not vault_path.exists()
    EncryptedFileVault.create(PASSWORD, vault_path)
    with pytest.raises(LocalVaultError) as err:
        EncryptedFileVault.create(PASSWORD, vault_path)
    assert err.value.kind == "exists"
    with pytest.raises(LocalVaultError) as err:
        EncryptedFileVault.open(PASSWORD, vault_path.with_name("other"))
    assert err.value.kind == "absent"


def test_never_selected_automatically(vault_path):
    EncryptedFileVault.create(PASSWORD, vault_path)
    assert not local_vault.exists(None)  # default path in the private test home
    assert local_vault.exists(vault_path)
    viable = {type(b).__module__ for b in keyring.backend.get_all_keyring()}
    assert not any("cobby_desktop" in m for m in viable)


def test_weaker_choice_is_labelled():
    from cobby_desktop.messages import CATALOGUE

    assert WEAKER_CHOICE_NOTE in CATALOGUE
