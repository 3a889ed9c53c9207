"""Windows Credential Manager refuses a secret blob above 2,560 bytes (error
1783, RPC_X_BAD_STUB_DATA). keyring's Windows backend hands the str to
pywin32-ctypes, which copies it into a wchar_t buffer: UTF-16, two bytes a code
unit, four for a character beyond U+FFFF. The vault holds every platform to that
limit and refuses before anything is written, with the code "too_large" and the
size and limit as parameters."""

from __future__ import annotations

import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from cobby_desktop.domain import local_vault
from cobby_desktop.domain.model import Credential, CredentialKind
from cobby_desktop.domain.vault import (
    MAX_SECRET_BYTES,
    TOO_LARGE,
    SecretRef,
    Vault,
    VaultError,
    stored_size,
)
from cobby_desktop.messages import Message
from cobby_desktop.secret import Secret
from tests.support.memory_keyring import MemoryKeyring

REF = SecretRef.license_key(7, "0123456789abcdef0123456789abcdef")
EMOJI = "\N{KEY}"  # U+1F511: one character, a surrogate pair in UTF-16


class RecordingKeyring(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes += 1
        super().set_password(service, username, password)


def test_the_limit_counts_utf16_bytes_as_windows_stores_them():
    assert MAX_SECRET_BYTES == 2560  # CRED_MAX_CREDENTIAL_BLOB_SIZE = 5 * 512
    assert stored_size("a" * 1280) == 2560
    assert stored_size("ä" * 1280) == 2560  # one UTF-16 unit, like ASCII
    assert stored_size(EMOJI * 640) == 2560  # two units each


@pytest.mark.parametrize(
    "value",
    ["a" * 1280, "ä" * 1280, EMOJI * 640, "x" * 1276 + EMOJI + "ü" * 2],
    ids=["ascii", "umlauts", "beyond-bmp", "mixed"],
)
def test_a_secret_at_the_limit_is_stored_and_read_back(value):
    backend = RecordingKeyring()
    vault = Vault(backend)
    vault.put(REF, Secret(value))
    assert vault.get(REF) == Secret(value)


@pytest.mark.parametrize(
    ("value", "size"),
    [("a" * 1281, 2562), (EMOJI * 641, 2564), ("a" * 1279 + EMOJI, 2562)],
    ids=["ascii", "beyond-bmp", "last-character"],
)
def test_above_the_limit_is_refused_before_writing(value, size):
    backend = RecordingKeyring()
    vault = Vault(backend)
    with pytest.raises(VaultError) as err:
        vault.put(REF, Secret(value))
    assert err.value.kind == "too_large"
    assert err.value.said is not None and err.value.said.code == TOO_LARGE
    assert err.value.params == {"size": size, "limit": MAX_SECRET_BYTES}
    assert backend.writes == 0 and backend.entries == {}
    assert value[:16] not in str(err.value) and value[:16] not in err.value.detail


def test_utf8_would_be_the_wrong_measure():
    # 1,281 ASCII characters are 1,281 bytes in UTF-8 but 2,562 in UTF-16.
    value = "k" * 1281
    assert len(value.encode("utf-8")) < MAX_SECRET_BYTES < stored_size(value)
    with pytest.raises(VaultError) as err:
        Vault(RecordingKeyring()).put(REF, Secret(value))
    assert err.value.params["size"] == 2562


def test_a_credential_with_one_field_too_large_writes_no_field():
    backend = RecordingKeyring()
    cred = Credential(shop_id=1, kind=CredentialKind.M2_INTEGRATION, api_user="cobby", id=3,
                      vault_key="3" * 32)
    values = {name: Secret("v" * 32) for name in cred.kind.secret_fields}
    values["access_token_secret"] = Secret("v" * 1281)
    with pytest.raises(VaultError) as err:
        Vault(backend).put_credential(cred, values)
    assert err.value.kind == "too_large"
    assert backend.writes == 0


def test_the_encrypted_local_vault_holds_the_same_limit(tmp_path):
    path = tmp_path / "v.cobbyvault"
    store = local_vault.EncryptedFileVault.create(Secret("master pw 1234"), path)
    before = (tmp_path / "v.cobbyvault").read_bytes()
    vault = Vault.local(store)
    with pytest.raises(VaultError) as err:
        vault.put(REF, Secret("z" * 1281))
    assert err.value.kind == "too_large"
    assert (tmp_path / "v.cobbyvault").read_bytes() == before
    vault.put(REF, Secret("z" * 1280))
    assert vault.get(REF) == Secret("z" * 1280)


class CredWriteError(Exception):
    """What pywin32-ctypes raises when CredWrite refuses a blob (pywintypes.error
    carries winerror, funcname and strerror)."""

    winerror = 1783
    funcname = "CredWrite"
    strerror = "The stub received bad data."


class RefusingBackend(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise CredWriteError(1783, "CredWrite", "The stub received bad data.")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("none")


def test_windows_error_1783_is_reported_as_too_large_not_as_a_failure():
    with pytest.raises(VaultError) as err:
        Vault(RefusingBackend()).put(REF, Secret("short"))
    assert err.value.kind == "too_large" and err.value.said.code == TOO_LARGE
    assert err.value.params == {"size": 10, "limit": MAX_SECRET_BYTES}


def test_the_message_is_in_the_catalogue_with_german(monkeypatch):
    from cobby_desktop import i18n
    from cobby_desktop.messages import message

    said = message(TOO_LARGE, size=2562, limit=MAX_SECRET_BYTES)
    i18n.install("de")
    try:
        german = i18n.render(said)
    finally:
        i18n.install("en")
    assert "2562" in german and "2560" in german
    assert german != i18n.render(said)  # a German sentence, not the English source


@pytest.mark.english  # the English rendering equals the English log text
def test_the_app_and_the_cli_show_it_in_the_merchants_language():
    from cobby_desktop import i18n

    with pytest.raises(VaultError) as err:
        Vault(RecordingKeyring()).put(REF, Secret("a" * 1281))
    english = i18n.explain(err.value)
    i18n.install("de")
    try:
        german = i18n.explain(err.value)
    finally:
        i18n.install("en")
    assert english == err.value.message and "2562" in german and german != english


def test_a_keepass_import_with_a_secret_above_the_limit_imports_nothing(tmp_path):
    """The import writes through the same vault: a pasted-in 3,000-character key
    in a KeePass entry is refused, and nothing of the file is imported."""
    from pykeepass import PyKeePass

    from cobby_desktop.domain.model import CredentialState, MagentoMajor, Shop
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.services.kdbx_errors import KdbxCode, KdbxError
    from cobby_desktop.services.kdbx_export import export_kdbx
    from cobby_desktop.services.kdbx_import import apply_import
    from cobby_desktop.services.kdbx_read import read_kdbx

    passphrase = Secret("correct horse battery staple")
    path = tmp_path / "shops.kdbx"
    source_vault = Vault(MemoryKeyring())
    with Inventory.open(tmp_path / "source" / "inventory.sqlite3") as inv:
        shop = inv.add_shop(Shop("https://big.test", MagentoMajor.M1, "Big"))
        cred = inv.add_credential(
            Credential(shop.id, CredentialKind.M1_API_KEY, "cobby", CredentialState.ACTIVE)
        )
        source_vault.put_credential(cred, {"api_key": Secret("k" * 32)})
        export_kdbx(inv, source_vault, path, passphrase)
    kp = PyKeePass(str(path), password=passphrase.reveal())
    kp.find_entries(title="Big", first=True).password = "k" * 1500  # 3,000 bytes in UTF-16
    kp.save()

    keychain = RecordingKeyring()
    with Inventory.open(tmp_path / "target" / "inventory.sqlite3") as inv:
        with pytest.raises(KdbxError) as err:
            apply_import(inv, Vault(keychain), read_kdbx(path, passphrase))
        assert inv.shops() == [] and inv.credentials() == []
    assert err.value.code == KdbxCode.KEYCHAIN and err.value.params["detail"] == Message(
        "vault.too_large", {"size": 3000, "limit": 2560})
    assert keychain.writes == 0 and keychain.entries == {}
