"""The encrypted local vault: an opt-in fallback where no OS keychain exists.

All entries live in one file in the data folder, encrypted as a whole with
AES-256-GCM under a key derived from the merchant's master password with
scrypt (memory-hard), with a random salt per file and a fresh nonce per
write. The header (format and KDF parameters) is authenticated too, so a
tampered file or a wrong password fails cleanly instead of yielding garbage.

It is never selected automatically: the merchant chooses it, knowing it is
weaker than the operating system's keychain (see WEAKER_CHOICE_NOTE). It has
keyring's method names (get_password / set_password / delete_password);
`domain.vault` adapts it, since only the vault module imports keyring.
"""

from __future__ import annotations

import base64
import enum
import json
import os
import threading
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from cobby_desktop import paths
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, english, entry, message
from cobby_desktop.secret import Secret

# Shown wherever the vault can be chosen (a catalogue entry: see cobby_desktop.messages).
WEAKER_CHOICE_NOTE = "vault.local.weaker_choice"
entry(
    WEAKER_CHOICE_NOTE,
    QT_TRANSLATE_NOOP(
        "LocalVault",
        "The encrypted local vault is the weaker choice: your secrets are only as safe as your "
        "master password and this computer, while the operating system's keychain is protected "
        "by your login. Use it only where this computer has no keychain.",
    ),
)

FORMAT = "cobby-local-vault"
FORMAT_VERSION = 1
FILE_NAME = "secrets.cobbyvault"
MIN_SCRYPT_N = 2**15  # about 32 MiB with r=8: memory-hard enough, still quick to open
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSWORD_CHARS = 10


class LocalVaultProblem(enum.StrEnum):
    """Why the encrypted local vault refused."""

    WRONG_PASSWORD = "wrong_password"
    DAMAGED = "damaged"
    WEAK_PASSWORD = "weak_password"
    EXISTS = "exists"
    ABSENT = "absent"
    UNWRITABLE = "unwritable"


entry("vault.local.exists", QT_TRANSLATE_NOOP(
    "LocalVault", "An encrypted local vault already exists at {path}. Open it with its master "
    "password instead, or move it aside to start a new one."))
entry("vault.local.weak_password", QT_TRANSLATE_NOOP(
    "LocalVault", "Please choose a master password of at least {minimum} characters; a longer "
    "passphrase of several words is better."))
entry("vault.local.absent", QT_TRANSLATE_NOOP(
    "LocalVault", "There is no encrypted local vault at {path} yet."))
entry("vault.local.wrong_password", QT_TRANSLATE_NOOP(
    "LocalVault", "The master password is not correct (or the vault file was changed). Nothing "
    "was unlocked. Type the master password again, paying attention to Caps Lock."))
entry("vault.local.unwritable", QT_TRANSLATE_NOOP(
    "LocalVault", "The encrypted local vault at {path} could not be saved ({error}). Nothing was "
    "changed. Check that the data folder is writable and has free space."))
entry("vault.local.not_moved", QT_TRANSLATE_NOOP(
    "LocalVault", "The encrypted local vault at {path} could not be moved aside ({error}). Check "
    "that the data folder is writable, then try again."))
entry("vault.local.damaged", QT_TRANSLATE_NOOP(
    "LocalVault", "The encrypted local vault at {path} is damaged or not a cobby Desktop vault. "
    "It was not changed. Restore it from a backup, or move it aside and enter your secrets "
    "again."))


class LocalVaultError(Exception):
    """`said` is the catalogue message shown with `i18n.explain`; `message` its
    English, for logs."""

    def __init__(self, kind: LocalVaultProblem | str, said: Message) -> None:
        self.said = said
        self.message = english(said)
        super().__init__(self.message)
        self.kind = LocalVaultProblem(kind)


class EntryNotFound(LookupError):  # noqa: N818 - keyring's PasswordDeleteError counterpart
    """delete_password of an entry that is not there."""


def default_path() -> Path:
    return paths.data_dir() / FILE_NAME


def exists(path: Path | None = None) -> bool:
    """Whether the merchant has chosen (created) a local vault here."""
    return (path or default_path()).is_file()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(password: Secret, salt: bytes, n: int, r: int, p: int) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=n, r=r, p=p)
    return kdf.derive(password.reveal().encode("utf-8"))


def _header_bytes(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


class EncryptedFileVault:
    """Entries (service, username) -> value in one AES-GCM encrypted file."""

    def __init__(
        self, path: Path, key: bytes, header: dict[str, Any], entries: dict[str, str]
    ) -> None:
        self.path = path
        self._key = key
        self._header = header
        self._entries = entries
        self._lock = threading.Lock()

    # -- opening --

    @classmethod
    def create(cls, password: Secret, path: Path | None = None) -> EncryptedFileVault:
        path = Path(path or default_path())
        if path.exists():
            raise LocalVaultError(
                LocalVaultProblem.EXISTS, message("vault.local.exists", path=str(path))
            )
        if len(password) < MIN_PASSWORD_CHARS:
            raise LocalVaultError(
                LocalVaultProblem.WEAK_PASSWORD,
                message("vault.local.weak_password", minimum=MIN_PASSWORD_CHARS),
            )
        salt = os.urandom(16)
        header = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "kdf": {"name": "scrypt", "n": MIN_SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
            "salt": _b64(salt),
        }
        key = _derive(password, salt, MIN_SCRYPT_N, SCRYPT_R, SCRYPT_P)
        vault = cls(path, key, header, {})
        vault._save()
        return vault

    @classmethod
    def open(cls, password: Secret, path: Path | None = None) -> EncryptedFileVault:
        path = Path(path or default_path())
        try:
            doc = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise LocalVaultError(
                LocalVaultProblem.ABSENT, message("vault.local.absent", path=str(path))
            ) from None
        except (OSError, ValueError):
            raise _damaged(path) from None
        try:
            header = doc["header"]
            kdf = header["kdf"]
            if header.get("format") != FORMAT or header.get("version") != FORMAT_VERSION:
                raise _damaged(path)
            n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
            if kdf.get("name") != "scrypt" or n < MIN_SCRYPT_N or r < SCRYPT_R or p < 1:
                raise _damaged(path)  # refuse weakened parameters
            salt, nonce = _unb64(header["salt"]), _unb64(doc["nonce"])
            ciphertext = _unb64(doc["ciphertext"])
        except (KeyError, TypeError, ValueError):
            raise _damaged(path) from None
        key = _derive(password, salt, n, r, p)
        try:
            plain = AESGCM(key).decrypt(nonce, ciphertext, _header_bytes(header))
        except InvalidTag:
            # A wrong password and a tampered file look the same to AES-GCM.
            raise LocalVaultError(
                LocalVaultProblem.WRONG_PASSWORD, message("vault.local.wrong_password")
            ) from None
        entries = json.loads(plain.decode("utf-8"))
        return cls(path, key, header, entries)

    # -- keyring-style access --

    @staticmethod
    def _name(service: str, username: str) -> str:
        return f"{service}\x00{username}"

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._entries.get(self._name(service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            entries = dict(self._entries)
            entries[self._name(service, username)] = password
            self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            name = self._name(service, username)
            if name not in self._entries:
                raise EntryNotFound("no such entry")
            entries = dict(self._entries)
            del entries[name]
            self._save(entries)

    # -- storage --

    def _save(self, entries: dict[str, str] | None = None) -> None:
        """Encrypt and replace the file atomically; memory changes only on success."""
        entries = self._entries if entries is None else entries
        nonce = os.urandom(12)
        plain = json.dumps(entries, sort_keys=True).encode("utf-8")
        ciphertext = AESGCM(self._key).encrypt(nonce, plain, _header_bytes(self._header))
        doc = {"header": self._header, "nonce": _b64(nonce), "ciphertext": _b64(ciphertext)}
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(doc, fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise LocalVaultError(
                LocalVaultProblem.UNWRITABLE,
                message("vault.local.unwritable", path=str(self.path), error=str(exc.strerror)),
            ) from None
        self._entries = entries


def _damaged(path: Path) -> LocalVaultError:
    return LocalVaultError(
        LocalVaultProblem.DAMAGED, message("vault.local.damaged", path=str(path))
    )
