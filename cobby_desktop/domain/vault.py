"""The vault: secrets live in the operating system's keychain, nowhere else.

This is the only module that imports `keyring`. It is lazy: constructing a
Vault touches nothing; the keychain is found and asked only when a secret is
read or written, so showing the inventory never prompts the merchant.

Every keychain failure becomes a VaultError whose kind says which situation
the merchant is in ("missing", "locked", "denied", "too_large", "failed") and
whose message says what to do. Secrets are never written in plain text: the
plaintext backends of `keyrings.alt` are refused, and the only alternative to
an OS keychain is the app's own encrypted local vault, which the merchant has
to choose explicitly (see `domain.local_vault`).
"""

from __future__ import annotations

import enum
import secrets as _random
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend

from cobby_desktop.domain.local_vault import EncryptedFileVault, EntryNotFound
from cobby_desktop.domain.model import Credential
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, english, entry, message
from cobby_desktop.secret import Secret

_T = TypeVar("_T")

SERVICE = "cobby-desktop"
# Windows Credential Manager refuses a secret blob above 2,560 bytes
# (CRED_MAX_CREDENTIAL_BLOB_SIZE, 5 * 512) with error 1783. Every platform is
# held to it, so an inventory moves between computers; see stored_size().
MAX_SECRET_BYTES = 2560
_ERROR_RPC_X_BAD_STUB_DATA = 1783  # what CredWrite says to a blob that is too large
TOO_LARGE = "vault.too_large"  # its catalogue entry is with the other vault texts

_OWNERS = ("workspace", "credential", "shop")
_WORDS_OF_REFUSAL = ("denied", "dismissed", "cancel", "not allowed", "-128", "authfailed")


@dataclass(frozen=True)
class SecretRef:
    """Where one secret lives: keychain service SERVICE, user name `username`.

    Names carry ids no other inventory can produce: a credential's own random
    `vault_key`, or the inventory's random `space` with a shop's or workspace's
    row id. Row ids alone restart at 1 in every inventory, so two data folders
    on one keychain would overwrite each other's secrets (`legacy` names).
    """

    owner: str
    owner_id: int | str
    field: str

    def __post_init__(self) -> None:
        if self.owner not in _OWNERS:
            raise ValueError(f"unknown secret owner {self.owner!r}")
        if not self.field or ":" in self.field:
            raise ValueError(f"bad secret field name {self.field!r}")
        if ":" in str(self.owner_id):
            raise ValueError("bad secret owner id")

    @classmethod
    def license_key(cls, ws_id: int, space: str | None) -> SecretRef:
        return cls("workspace", f"{_space(space)}.{int(ws_id)}", "license_key")

    @classmethod
    def credential(cls, vault_key: str | None, field: str) -> SecretRef:
        if not isinstance(vault_key, str) or len(vault_key) < 16:
            raise ValueError("save the credential in the inventory first")
        return cls("credential", vault_key, field)

    @classmethod
    def basic_auth_password(cls, shop_id: int, space: str | None) -> SecretRef:
        return cls("shop", f"{_space(space)}.{int(shop_id)}", "basic_auth_password")

    @classmethod
    def legacy(cls, owner: str, row_id: int, field: str) -> SecretRef:
        """The name before version 3 of the inventory: the row id alone."""
        return cls(owner, int(row_id), field)

    @property
    def username(self) -> str:
        return f"{self.owner}:{self.owner_id}:{self.field}"


def _space(space: str | None) -> str:
    if not isinstance(space, str) or len(space) < 16 or "." in space or ":" in space:
        raise ValueError("an inventory's keychain space is needed")
    return space


class VaultProblem(enum.StrEnum):
    """Which way the keychain (or the local vault) refused."""

    MISSING = "missing"  # no keychain, or the chosen local vault is not unlocked
    LOCKED = "locked"
    DENIED = "denied"  # the merchant refused access in the keychain's own window
    FAILED = "failed"
    TOO_LARGE = "too_large"
    TIMEOUT = "timeout"  # the keychain did not answer in time (command line)
    UNREADABLE = "unreadable"


class VaultError(Exception):
    """The keychain could not do what was asked. `message` never holds a secret."""

    def __init__(
        self, kind: VaultProblem | str, message: str | Message, detail: str = ""
    ) -> None:
        said = message if isinstance(message, Message) else None
        text = english(said) if said else str(message)
        super().__init__(text)
        self.kind = VaultProblem(kind)
        self.said = said  # the code and parameters, rendered where shown
        self.message = text  # English, for logs
        self.detail = detail  # the backend's error type, for support reports

    @property
    def params(self) -> dict[str, object]:
        """The message's parameters, e.g. too_large: {"size": ..., "limit": ...}."""
        return dict(self.said.params) if self.said is not None else {}


@dataclass(frozen=True)
class VaultHealth:
    ok: bool
    backend: str
    kind: VaultProblem | None  # None when it is ok
    message: str  # English, for logs
    said: Message | None = None  # the refusal's code and parameters, rendered where shown


# --- which platform are we talking to (for wording) ----------------------------


def _platform() -> str:
    if sys.platform == "win32":
        return "windows"
    return "mac" if sys.platform == "darwin" else "linux"


def _keychain_name() -> str:
    """The keychain's own (product) name, a parameter of the messages below."""
    return {
        "windows": "Windows Credential Manager",
        "mac": "macOS Keychain",
        "linux": "Secret Service",
    }[_platform()]


entry("vault.missing.windows", QT_TRANSLATE_NOOP(
    "Vault", "Windows Credential Manager is not available to cobby Desktop. Sign in with your "
    "normal Windows account (not a restricted or temporary profile) and try again. cobby "
    "Desktop will not store secrets in plain text. If this computer has no keychain at all, "
    "start the cobby Desktop app: it offers an encrypted local vault with a master password "
    "instead (the weaker choice)."))
entry("vault.missing.mac", QT_TRANSLATE_NOOP(
    "Vault", "The macOS Keychain is not available to cobby Desktop. Sign in to your Mac "
    "normally and make sure your login keychain exists (Keychain Access), then try again. "
    "cobby Desktop will not store secrets in plain text. If this computer has no keychain at "
    "all, start the cobby Desktop app: it offers an encrypted local vault with a master "
    "password instead (the weaker choice)."))
entry("vault.missing.linux", QT_TRANSLATE_NOOP(
    "Vault", "No keychain was found on this computer. Install and start a Secret Service "
    "keychain such as GNOME Keyring or KWallet, sign in to your desktop session, and try "
    "again. cobby Desktop will not store secrets in plain text. If this computer has no "
    "keychain at all, start the cobby Desktop app: it offers an encrypted local vault with a "
    "master password instead (the weaker choice)."))
entry("vault.locked.mac", QT_TRANSLATE_NOOP(
    "Vault", "The macOS Keychain is locked or you declined access for cobby Desktop. Unlock "
    "your login keychain in Keychain Access, choose Allow when it asks, and try again."))
entry("vault.locked.windows", QT_TRANSLATE_NOOP(
    "Vault", "Windows Credential Manager is locked. Sign in to Windows again (unlock your "
    "session) and try again."))
entry("vault.locked.item", QT_TRANSLATE_NOOP(
    "Vault", "This entry in your keychain is locked. Unlock it when your keychain asks (for "
    "example in the Passwords and Keys app), then try again."))
entry("vault.locked.collection", QT_TRANSLATE_NOOP(
    "Vault", "Your keychain is locked. Unlock your login keychain (it usually unlocks when you "
    "sign in to the desktop, or in the Passwords and Keys app), then try again."))
entry("vault.denied", QT_TRANSLATE_NOOP(
    "Vault", "Access to the keychain ({keychain}) was refused, or its prompt was closed without "
    "allowing it. Try again and choose Allow (or enter your keychain password) when it asks."))
entry("vault.failed.store", QT_TRANSLATE_NOOP(
    "Vault", "The keychain ({keychain}) could not store a secret ({detail}). Nothing was stored "
    "in plain text. Try again; if it keeps failing, sign out and in again or restart the "
    "computer."))
entry("vault.failed.read", QT_TRANSLATE_NOOP(
    "Vault", "The keychain ({keychain}) could not read a secret ({detail}). Nothing was stored "
    "in plain text. Try again; if it keeps failing, sign out and in again or restart the "
    "computer."))
entry("vault.failed.delete", QT_TRANSLATE_NOOP(
    "Vault", "The keychain ({keychain}) could not delete a secret ({detail}). Nothing was "
    "stored in plain text. Try again; if it keeps failing, sign out and in again or restart "
    "the computer."))
entry("vault.failed.read_back", QT_TRANSLATE_NOOP(
    "Vault", "The keychain ({keychain}) gave back a different value than the one written. "
    "Nothing was stored in plain text. Try again; if it keeps failing, sign out and in again "
    "or restart the computer."))
entry("vault.failed.left_behind", QT_TRANSLATE_NOOP(
    "Vault", "The keychain ({keychain}) did not delete its test entry. Nothing was stored in "
    "plain text. Try again; if it keeps failing, sign out and in again or restart the "
    "computer."))
entry("vault.too_large", QT_TRANSLATE_NOOP(
    "Vault", "This secret is too long for the keychain ({size} bytes; the limit is {limit}). "
    "Check that you pasted only the value itself, then try again."))


def _missing_message() -> Message:
    return message(f"vault.missing.{_platform()}")


def _locked_message(what: str) -> Message:
    where = _platform()
    return message(f"vault.locked.{where if where != 'linux' else what}")


def _denied_message() -> Message:
    return message("vault.denied", keychain=_keychain_name())


def _failed_message(action: str, detail: str) -> Message:
    """action: store, read, delete (with the backend's error type), read_back, left_behind."""
    return message(f"vault.failed.{action}", keychain=_keychain_name(), detail=detail)


entry("vault.timeout", QT_TRANSLATE_NOOP(
    "Vault", "The keychain ({keychain}) did not answer within {seconds} seconds. It may be "
    "waiting for you to unlock it or to allow access in a window of its own. Answer it, then "
    "try again."))


def _timeout_message(seconds: float) -> Message:
    return message("vault.timeout", keychain=_keychain_name(), seconds=float(seconds))


entry("vault.backend_setting.env", QT_TRANSLATE_NOOP(
    "Vault", "The environment variable PYTHON_KEYRING_BACKEND names a keychain backend that "
    "cannot be loaded ({name}: {error}). Remove the variable, or set it to an installed "
    "backend, then try again."))
entry("vault.backend_setting.file", QT_TRANSLATE_NOOP(
    "Vault", "The keychain library's configuration (keyringrc.cfg) names a backend that "
    "cannot be loaded ({error}). Fix or remove that setting, then try again."))


def _backend_setting_message(error: str) -> Message:
    import os

    name = os.environ.get("PYTHON_KEYRING_BACKEND", "")
    if name:
        return message("vault.backend_setting.env", name=name[:100], error=error)
    return message("vault.backend_setting.file", error=error)


# Seconds a keychain call may take in the CLI and the self-test.
CLI_KEYCHAIN_DEADLINE = 30.0


def stored_size(value: str) -> int:
    """The bytes Windows Credential Manager stores for `value`. keyring's Windows
    backend passes the str to pywin32-ctypes' CredWrite, which copies it into a
    wchar_t buffer and sends it without the closing NUL: UTF-16, two bytes a
    code unit, four for a character beyond U+FFFF."""
    return len(value.encode("utf-16-le"))


def _too_large_message(size: int) -> Message:
    return message(TOO_LARGE, size=size, limit=MAX_SECRET_BYTES)


def _too_large(size: int) -> VaultError:
    return VaultError("too_large", _too_large_message(size))


def _refuse_if_too_large(raw: str) -> None:
    size = stored_size(raw)
    if size > MAX_SECRET_BYTES:
        raise _too_large(size)


# --- backend classification --------------------------------------------------


def _module(backend: object) -> str:
    return type(backend).__module__


def _is_plaintext(backend: object) -> bool:
    """keyrings.alt file/SQL backends keep secrets readable on disk."""
    return _module(backend).split(".")[0] == "keyrings"


def _is_missing(backend: object) -> bool:
    refusing = (keyring.backends.fail.Keyring, keyring.backends.null.Keyring)
    return isinstance(backend, refusing) or _is_plaintext(backend)


class _NeverError(Exception):
    """Stands in for SecretStorage's errors where it is not installed."""


def _secretstorage_errors() -> tuple[type[Exception], type[Exception], type[Exception]]:
    try:
        from secretstorage import exceptions as ss
    except ImportError:  # Windows and macOS
        return _NeverError, _NeverError, _NeverError
    return ss.SecretServiceNotAvailableException, ss.LockedException, ss.PromptDismissedException


def _classify(exc: BaseException) -> tuple[str, Message | None]:
    """(kind, message) for a backend failure."""
    text = str(exc).lower()
    if getattr(exc, "winerror", None) == _ERROR_RPC_X_BAD_STUB_DATA:
        return "too_large", None  # the message needs the size
    unavailable, locked, dismissed = _secretstorage_errors()
    if isinstance(exc, keyring.errors.NoKeyringError | unavailable):
        return "missing", _missing_message()
    if isinstance(exc, dismissed) or any(w in text for w in _WORDS_OF_REFUSAL):
        return "denied", _denied_message()
    if isinstance(exc, keyring.errors.KeyringLocked | locked):
        return "locked", _locked_message("item" if "item" in text else "collection")
    # Only "nobody provides the service" means there is no keychain; a D-Bus
    # timeout or NoReply is a keychain that did not answer: try again.
    if "unable to initialize secretservice" in text or any(
        name in text
        for name in (
            "org.freedesktop.dbus.error.serviceunknown",
            "org.freedesktop.dbus.error.namehasnoowner",
        )
    ):
        return "missing", _missing_message()
    if "locked" in text:
        return "locked", _locked_message("item" if "item" in text else "collection")
    return "failed", None  # message needs the action


class _NeverChosen:
    """A `priority` that raises when keyring reads it from the class."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __get__(self, instance: object, owner: type | None = None) -> float:
        raise RuntimeError(self.reason)


class _LocalVaultBackend(KeyringBackend):
    """Presents the encrypted local vault to keyring's interface. Its priority
    raises, so keyring never considers it viable and never picks it itself."""

    # keyring rates every KeyringBackend subclass it knows by `priority`; one
    # that raises is not viable, so keyring never picks this one itself.
    priority = _NeverChosen("the encrypted local vault is opt-in only")

    def __init__(
        self,
        store: EncryptedFileVault | None,
        unlock: Callable[[], EncryptedFileVault] | None = None,
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._store = store
        self._unlock = unlock
        self._unlocking = threading.Lock()

    @property
    def store(self) -> EncryptedFileVault:
        """The open store; with `unlock`, opened on first use (which raises
        VaultError when it cannot be unlocked)."""
        with self._unlocking:
            if self._store is None:
                assert self._unlock is not None
                self._store = self._unlock()
            return self._store

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store.set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        try:
            self.store.delete_password(service, username)
        except EntryNotFound:
            raise keyring.errors.PasswordDeleteError("no such entry") from None


class Vault:
    """Reads and writes secrets in the keychain. Thread-safe; lazy."""

    @classmethod
    def local(cls, store: EncryptedFileVault) -> Vault:
        """A vault on the encrypted local vault the merchant explicitly chose."""
        return cls(_LocalVaultBackend(store))

    @classmethod
    def local_on_first_use(cls, unlock: Callable[[], EncryptedFileVault]) -> Vault:
        """The encrypted local vault, unlocked by `unlock` when a secret is
        first needed (the command line asks for the master password only then).
        `unlock` raises VaultError when it cannot open the store."""
        return cls(_LocalVaultBackend(None, unlock))

    def __init__(
        self, backend: KeyringBackend | None = None, *, deadline: float | None = None
    ) -> None:
        """deadline: seconds one keychain call may take (the CLI and the self-test,
        which have no window to stay responsive in); a hung keychain is then said
        in one line instead of hanging the command."""
        self._deadline = deadline
        self._unusable: Message | None = None
        self._given = backend
        self._backend: KeyringBackend | None = None
        self._resolved = False
        self._name = ""
        self._lock = threading.RLock()

    # -- backend --

    def _resolve(self) -> KeyringBackend | None:
        """The backend to use, or None when there is no safe one."""
        with self._lock:
            if not self._resolved:
                try:
                    chosen = self._given if self._given is not None else keyring.get_keyring()
                except Exception as exc:  # e.g. PYTHON_KEYRING_BACKEND names a missing module
                    self._unusable = _backend_setting_message(type(exc).__name__)
                    self._name, self._backend, self._resolved = "keyring setting", None, True
                    return None
                if isinstance(chosen, ChainerBackend):
                    # The chainer would fall through to the next backend on a
                    # failure, possibly a plaintext one: pick the best safe one.
                    safe = [b for b in chosen.backends if not _is_missing(b)]
                    chosen = safe[0] if safe else chosen
                self._backend = None if _is_missing(chosen) else chosen
                self._name = _describe(chosen)
                self._resolved = True
            return self._backend

    @property
    def backend_name(self) -> str:
        self._resolve()
        return self._name

    def _ready(self) -> KeyringBackend:
        backend = self._resolve()
        if backend is None:
            raise VaultError("missing", self._unusable or _missing_message(), self._name)
        return backend

    def _call(
        self, action: str, fn: Callable[..., _T], *args: object, secret: str | None = None
    ) -> _T:
        backend = self._ready()
        try:
            return self._within_deadline(action, fn, backend, *args)
        except VaultError:
            raise
        except Exception as exc:
            kind, message = _classify(exc)
            detail = type(exc).__name__
            if secret is None or secret not in str(exc):
                detail = f"{detail}: {exc}"[:200]
            if kind == "too_large":
                raise _too_large(stored_size(secret or "")) from None
            if kind == "failed" or message is None:
                message = _failed_message(action, type(exc).__name__)
            raise VaultError(kind, message, detail) from None

    def _within_deadline(self, action: str, fn: Callable[..., _T], *args: object) -> _T:
        if self._deadline is None:
            return fn(*args)
        outcome: list[_T] = []
        failure: list[BaseException] = []

        def call() -> None:
            try:
                outcome.append(fn(*args))
            except BaseException as exc:  # handed to the waiting caller
                failure.append(exc)

        worker = threading.Thread(target=call, name=f"keychain-{action}", daemon=True)
        worker.start()
        worker.join(self._deadline)
        if worker.is_alive():
            raise VaultError("timeout", _timeout_message(self._deadline), "no answer")
        if failure:
            raise failure[0]
        return outcome[0]

    # -- single secrets --

    def put(self, ref: SecretRef, value: Secret) -> None:
        raw = Secret(value).reveal()
        _refuse_if_too_large(raw)  # before the keychain sees it
        self._call(
            "store",
            lambda b, u: b.set_password(SERVICE, u, raw),
            ref.username,
            secret=raw,
        )

    def get(self, ref: SecretRef) -> Secret | None:
        raw = self._call("read", lambda b, u: b.get_password(SERVICE, u), ref.username)
        return None if raw is None else Secret(raw)

    def delete(self, ref: SecretRef) -> bool:
        def remove(b: KeyringBackend, username: str) -> bool:
            try:
                b.delete_password(SERVICE, username)
            except keyring.errors.PasswordDeleteError:
                return False  # keyring's way of saying "no such entry"
            return True

        return bool(self._call("delete", remove, ref.username))

    def has(self, ref: SecretRef) -> bool:
        return self.get(ref) is not None

    # -- credentials (several entries each) --

    def put_credential(self, cred: Credential, values: dict[str, Secret]) -> None:
        """Store every secret field of `cred`; on any failure none is changed."""
        if cred.id is None or cred.vault_key is None:
            raise ValueError("save the credential in the inventory first")
        fields = cred.kind.secret_fields
        if set(values) != set(fields):
            missing = sorted(set(fields) - set(values))
            extra = sorted(set(values) - set(fields))
            raise ValueError(f"credential fields: missing {missing}, unexpected {extra}")
        for name in fields:  # size first, so nothing is written for a bad paste
            _refuse_if_too_large(Secret(values[name]).reveal())
        with self._lock:
            refs = {name: SecretRef.credential(cred.vault_key, name) for name in fields}
            before = {name: self.get(ref) for name, ref in refs.items()}
            written: list[str] = []
            try:
                for name in fields:
                    self.put(refs[name], values[name])
                    written.append(name)
            except VaultError:
                for name in written:  # best effort: put back what was there
                    try:
                        old = before[name]
                        if old is None:
                            self.delete(refs[name])
                        else:
                            self.put(refs[name], old)
                    except VaultError:
                        pass
                raise

    def credential_secrets(self, cred: Credential) -> dict[str, Secret]:
        if cred.vault_key is None:
            return {}
        found = {}
        for name in cred.kind.secret_fields:
            value = self.get(SecretRef.credential(cred.vault_key, name))
            if value is not None:
                found[name] = value
        return found

    def delete_credential(self, cred: Credential) -> None:
        """Remove every entry of `cred`; absent ones are fine. Tries all, then
        raises the first failure."""
        if cred.vault_key is None:
            return
        first: VaultError | None = None
        for name in cred.kind.secret_fields:
            try:
                self.delete(SecretRef.credential(cred.vault_key, name))
            except VaultError as exc:
                first = first or exc
        if first is not None:
            raise first

    # -- health --

    def health(self, round_trip: bool = False) -> VaultHealth:
        """Is a safe keychain there; with round_trip, does write/read/delete work
        (with a random throw-away value that is never shown)."""
        try:
            self._ready()
            if round_trip:
                self._round_trip()
        except VaultError as exc:
            return VaultHealth(False, self.backend_name, exc.kind, exc.message, exc.said)
        if round_trip:
            message = f"{self.backend_name}: write, read and delete work."
        else:
            message = f"{self.backend_name} is in use."
        return VaultHealth(True, self.backend_name, None, message)

    def _round_trip(self) -> None:
        ref = SecretRef("shop", 0, f"selftest-{_random.token_hex(4)}")
        value = Secret(_random.token_urlsafe(24))
        self.put(ref, value)
        try:
            back = self.get(ref)
        finally:
            removed = self.delete(ref)
        if back != value:
            raise VaultError("failed", _failed_message("read_back", ""))
        if not removed or self.get(ref) is not None:
            raise VaultError("failed", _failed_message("left_behind", ""))


def cli_vault() -> Vault:
    """The keychain for a command-line run: every call has a deadline."""
    return Vault(deadline=CLI_KEYCHAIN_DEADLINE)


def _describe(backend: object) -> str:
    if isinstance(backend, _LocalVaultBackend):
        return "cobby_desktop.domain.local_vault.EncryptedFileVault"
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"
