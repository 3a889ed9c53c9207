"""Vault against an in-memory keychain and against backends that fail the way
real ones do."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import InitError, KeyringLocked, PasswordSetError
from secretstorage.exceptions import LockedException, PromptDismissedException

from cobby_desktop.domain.model import Credential, CredentialKind
from cobby_desktop.domain.vault import (
    MAX_SECRET_BYTES,
    SERVICE,
    SecretRef,
    Vault,
    VaultError,
)
from cobby_desktop.secret import Secret
from tests.support.memory_keyring import TEST_SPACE, MemoryKeyring

M2_VALUES = {
    "consumer_key": Secret("ck-" + "a" * 29),
    "consumer_secret": Secret("cs-" + "b" * 29),
    "access_token": Secret("at-" + "c" * 29),
    "access_token_secret": Secret("ats-" + "d" * 28),
}


def m2_cred(cred_id: int = 12) -> Credential:
    return Credential(shop_id=1, kind=CredentialKind.M2_INTEGRATION, api_user="cobby", id=cred_id,
                      vault_key=f"{cred_id:032x}")


class ExplodingKeyring(KeyringBackend):
    """Raises a chosen error on every call (and after `ok_writes` good writes)."""

    priority = 0.1  # type: ignore[assignment]

    def __init__(self, error: Exception, ok_writes: int = 0) -> None:
        super().__init__()
        self.error = error
        self.ok_writes = ok_writes
        self.entries: dict[tuple[str, str], str] = {}
        self.calls = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.calls += 1
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls += 1
        if self.ok_writes > 0:
            self.ok_writes -= 1
            self.entries[(service, username)] = password
            return
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        self.calls += 1
        self.entries.pop((service, username), None)


class CountingKeyring(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def get_password(self, service, username):
        self.calls += 1
        return super().get_password(service, username)

    def set_password(self, service, username, password):
        self.calls += 1
        super().set_password(service, username, password)


# Looks like keyrings.alt's plaintext file backend (which is not installed here).
PlaintextKeyring = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})


def test_ref_usernames():
    key = "ab" * 16
    assert SecretRef.credential(key, "consumer_key").username == f"credential:{key}:consumer_key"
    assert SecretRef.license_key(3, TEST_SPACE).username == f"workspace:{TEST_SPACE}.3:license_key"
    assert (SecretRef.basic_auth_password(7, TEST_SPACE).username
            == f"shop:{TEST_SPACE}.7:basic_auth_password")
    with pytest.raises(ValueError):
        SecretRef("someone", 1, "x")
    with pytest.raises(ValueError):  # a row id alone is what two inventories share
        SecretRef.credential(12, "consumer_key")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        SecretRef.license_key(3, None)  # type: ignore[arg-type]


def test_round_trip_in_memory(memory_keyring):
    vault = Vault()
    ref = SecretRef.license_key(1, TEST_SPACE)
    assert vault.get(ref) is None and not vault.has(ref)
    vault.put(ref, Secret("lic-123"))
    assert memory_keyring.entries[(SERVICE, f"workspace:{TEST_SPACE}.1:license_key")] == "lic-123"
    got = vault.get(ref)
    assert isinstance(got, Secret) and got.reveal() == "lic-123"
    assert vault.has(ref)
    assert vault.delete(ref) is True
    assert vault.delete(ref) is False
    assert vault.get(ref) is None


def test_construction_is_lazy(monkeypatch):
    def boom():
        raise AssertionError("keychain touched while constructing")

    monkeypatch.setattr(keyring, "get_keyring", boom)
    Vault()  # must not call get_keyring
    counting = CountingKeyring()
    Vault(counting)
    assert counting.calls == 0


def test_m2_stored_as_four_entries(memory_keyring):
    vault = Vault()
    cred = m2_cred()
    vault.put_credential(cred, M2_VALUES)
    names = sorted(u for s, u in memory_keyring.entries if s == SERVICE)
    assert names == [
        f"credential:{cred.vault_key}:{f}"
        for f in sorted(CredentialKind.M2_INTEGRATION.secret_fields)
    ]
    assert vault.credential_secrets(cred) == M2_VALUES
    vault.delete_credential(cred)
    assert memory_keyring.entries == {}
    assert vault.credential_secrets(cred) == {}


def test_put_credential_requires_exact_fields(memory_keyring):
    vault = Vault()
    partial = dict(M2_VALUES)
    partial.pop("access_token")
    with pytest.raises(ValueError):
        vault.put_credential(m2_cred(), partial)
    assert memory_keyring.entries == {}


def test_too_large_refused_before_backend():
    counting = CountingKeyring()
    vault = Vault(counting)
    big = Secret("x" * (MAX_SECRET_BYTES // 2 + 1))  # UTF-16: 2 bytes a character
    with pytest.raises(VaultError) as err:
        vault.put(SecretRef.license_key(1, TEST_SPACE), big)
    assert err.value.kind == "too_large"
    assert counting.calls == 0
    assert "x" * 20 not in err.value.message
    at_limit = Secret("x" * (MAX_SECRET_BYTES // 2))
    vault.put(SecretRef.license_key(1, TEST_SPACE), at_limit)


def test_too_large_in_credential_writes_nothing(memory_keyring):
    values = dict(M2_VALUES, access_token_secret=Secret("y" * 2000))
    with pytest.raises(VaultError) as err:
        Vault().put_credential(m2_cred(), values)
    assert err.value.kind == "too_large"
    assert memory_keyring.entries == {}


def test_put_credential_rolls_back_on_failure():
    backend = ExplodingKeyring(PasswordSetError("disk full"), ok_writes=2)
    vault = Vault(backend)
    with pytest.raises(VaultError) as err:
        vault.put_credential(m2_cred(), M2_VALUES)
    assert err.value.kind == "failed"
    assert backend.entries == {}  # the two written entries were removed again


def test_put_credential_restores_previous_values(memory_keyring):
    vault = Vault()
    cred = m2_cred()
    vault.put_credential(cred, M2_VALUES)
    before = dict(memory_keyring.entries)

    class FailThird(MemoryKeyring):
        def __init__(self, entries):
            super().__init__()
            self.entries = entries
            self.writes = 0

        def set_password(self, service, username, password):
            self.writes += 1
            if self.writes == 3:
                raise KeyringLocked("Failed to unlock the item!")
            super().set_password(service, username, password)

    flaky = FailThird(dict(before))
    new_values = {k: Secret(v.reveal() + "-new") for k, v in M2_VALUES.items()}
    with pytest.raises(VaultError) as err:
        Vault(flaky).put_credential(cred, new_values)
    assert err.value.kind == "locked"
    assert flaky.entries == before


def test_fail_backend_is_missing():
    vault = Vault(keyring.backends.fail.Keyring())
    with pytest.raises(VaultError) as err:
        vault.get(SecretRef.license_key(1, TEST_SPACE))
    assert err.value.kind == "missing"
    assert err.value.said.code.startswith("vault.missing.")
    health = vault.health(round_trip=True)
    assert not health.ok and health.kind == "missing"
    assert health.backend == "keyring.backends.fail.Keyring"


def test_fail_backend_as_default_is_missing():
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(VaultError) as err:
        Vault().put(SecretRef.license_key(1, TEST_SPACE), Secret("abc"))
    assert err.value.kind == "missing"


def test_plaintext_keyrings_alt_refused():
    backend = PlaintextKeyring()
    vault = Vault(backend)
    with pytest.raises(VaultError) as err:
        vault.put(SecretRef.license_key(1, TEST_SPACE), Secret("never-on-disk"))
    assert err.value.kind == "missing"
    assert backend.entries == {}


def test_chainer_skips_plaintext(monkeypatch):
    from keyring.backends.chainer import ChainerBackend

    plain, good = PlaintextKeyring(), MemoryKeyring()
    monkeypatch.setattr(ChainerBackend, "backends", [plain, good])
    vault = Vault(ChainerBackend())
    vault.put(SecretRef.license_key(1, TEST_SPACE), Secret("v"))
    assert plain.entries == {} and good.entries


@pytest.mark.parametrize(
    ("error", "kind", "phrase"),
    [
        (KeyringLocked("Failed to unlock the collection!"), "locked", "keychain is locked"),
        (KeyringLocked("Failed to unlock the item!"), "locked", "entry in your keychain"),
        (LockedException("Item is locked!"), "locked", "entry in your keychain"),
        (PromptDismissedException("Prompt dismissed."), "denied", "Allow"),
        (InitError("Failed to create the collection: Prompt dismissed."), "denied", "Allow"),
        (PasswordSetError("Access is denied."), "denied", "refused"),
        (keyring.errors.NoKeyringError("No recommended backend"), "missing", "No keychain"),
        (RuntimeError("something odd"), "failed", "Nothing was stored in plain text"),
    ],
)
def test_errors_are_classified(error, kind, phrase, monkeypatch):
    monkeypatch.setattr("sys.platform", "linux")
    secret = "s3cr3t-value-xyz"
    vault = Vault(ExplodingKeyring(error))
    with pytest.raises(VaultError) as err:
        vault.put(SecretRef.license_key(1, TEST_SPACE), Secret(secret))
    assert err.value.kind == kind
    assert phrase in err.value.message
    assert secret not in err.value.message and secret not in err.value.detail
    assert secret not in repr(err.value)


def test_error_text_containing_secret_is_dropped():
    secret = "leaky-secret-123"
    vault = Vault(ExplodingKeyring(RuntimeError(f"could not store {secret}")))
    with pytest.raises(VaultError) as err:
        vault.put(SecretRef.license_key(1, TEST_SPACE), Secret(secret))
    assert secret not in str(err.value) and secret not in err.value.detail
    assert err.value.__cause__ is None and err.value.__suppress_context__


def test_platform_wording(monkeypatch):
    vault = Vault(keyring.backends.fail.Keyring())
    for platform, name in (("win32", "Windows"), ("darwin", "macOS"), ("linux", "Secret Service")):
        monkeypatch.setattr("sys.platform", platform)
        assert name in vault.health().message


def test_health_round_trip_leaves_nothing(memory_keyring):
    health = Vault().health(round_trip=True)
    assert health.ok and health.kind is None
    assert "MemoryKeyring" in health.backend
    assert memory_keyring.entries == {}


def test_health_detects_broken_read_back():
    class Forgetful(MemoryKeyring):
        def get_password(self, service, username):
            return "something else"

    health = Vault(Forgetful()).health(round_trip=True)
    assert not health.ok and health.kind == "failed"


def test_a_keychain_that_does_not_answer_is_not_called_missing():
    from cobby_desktop.domain.vault import _classify

    class DBusError(Exception):
        pass

    timeout = DBusError("org.freedesktop.DBus.Error.NoReply: Did not receive a reply")
    assert _classify(timeout)[0] == "failed"
    absent = DBusError("org.freedesktop.DBus.Error.ServiceUnknown: The name is not activatable")
    assert _classify(absent)[0] == "missing"
