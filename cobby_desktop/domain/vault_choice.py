"""Which vault the app uses: the OS keychain, or the encrypted local vault the
merchant explicitly chose where no keychain exists.

The choice is a small non-secret marker file in the data folder (never the
password). The app's Vault is built from it: the OS keychain unless the
merchant opted in; the local vault only once it was unlocked with the master
password in this session; otherwise a Vault that refuses every call with a
clear "missing" message. Nothing here ever falls back to the local vault, or
to plain text, on its own.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from keyring.backend import KeyringBackend

from cobby_desktop import paths
from cobby_desktop.domain import local_vault
from cobby_desktop.domain.local_vault import (
    EncryptedFileVault,
    LocalVaultError,
    LocalVaultProblem,
)
from cobby_desktop.domain.vault import Vault, VaultError, VaultHealth, VaultProblem
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, entry, message
from cobby_desktop.secret import Secret

CHOICE_FILE = "vault-choice.json"


class Choice(StrEnum):
    KEYCHAIN = "keychain"
    LOCAL = "local"


def choice_path() -> Path:
    return paths.data_dir() / CHOICE_FILE


def load_choice() -> Choice | None:
    """The merchant's recorded choice; None when never chosen or unreadable."""
    try:
        doc = json.loads(choice_path().read_text("utf-8"))
        return Choice(doc["vault"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_choice(choice: Choice) -> None:
    path = choice_path()
    doc = {"vault": choice.value, "chosen_at": datetime.now(UTC).isoformat(timespec="seconds")}
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(doc), "utf-8")
    os.replace(tmp, path)


def forget_choice() -> None:
    choice_path().unlink(missing_ok=True)


def opted_in() -> bool:
    """Whether the merchant explicitly chose the encrypted local vault."""
    return load_choice() is Choice.LOCAL


# --- what to ask at startup ----------------------------------------------------


class Need(StrEnum):
    NOTHING = "nothing"  # the OS keychain is there; use it
    UNLOCK = "unlock"  # opted in: ask for the master password
    SETUP = "setup"  # no keychain at all: explain, offer the local vault
    PROBLEM = "problem"  # keychain locked or refusing: explain, no local vault offer


@dataclass(frozen=True)
class StartupState:
    keychain: VaultHealth
    local_chosen: bool
    local_exists: bool
    local_path: Path

    @property
    def local_lost(self) -> bool:
        """The merchant chose the local vault, but its file is gone."""
        return self.local_chosen and not self.local_exists

    @property
    def need(self) -> Need:
        if self.local_chosen and self.local_exists:
            return Need.UNLOCK
        if self.keychain.ok:
            return Need.NOTHING
        if self.keychain.kind is VaultProblem.MISSING:
            return Need.SETUP
        return Need.PROBLEM


def startup_state(keychain: Vault | None = None) -> StartupState:
    """Looks for the keychain without reading or writing any entry (no prompt).
    Slow on some systems (D-Bus): call it from a background job."""
    health = (keychain or Vault()).health()
    path = local_vault.default_path()
    return StartupState(health, opted_in(), local_vault.exists(path), path)


# --- the local vault -------------------------------------------------------------


def create_local_vault(password: Secret, path: Path | None = None) -> EncryptedFileVault:
    """Create the encrypted local vault and record the merchant's choice.
    Raises LocalVaultError (weak_password, exists, unwritable)."""
    store = EncryptedFileVault.create(password, path)
    save_choice(Choice.LOCAL)
    return store


def unlock_local_vault(password: Secret, path: Path | None = None) -> EncryptedFileVault:
    """Raises LocalVaultError (wrong_password, damaged, absent)."""
    return EncryptedFileVault.open(password, path)


def set_aside_local_vault(path: Path | None = None) -> Path | None:
    """After a forgotten master password: rename the vault file (kept, in case
    the password comes back) and forget the choice, so a new one can be made.
    Returns where the old file went, or None when there was none."""
    path = Path(path or local_vault.default_path())
    if not path.exists():
        forget_choice()
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.forgotten-{stamp}")
    try:
        os.replace(path, target)
    except OSError as exc:
        raise LocalVaultError(
            LocalVaultProblem.UNWRITABLE,
            message("vault.local.not_moved", path=str(path), error=str(exc.strerror)),
        ) from None
    forget_choice()
    return target


entry("vault.local.locked", QT_TRANSLATE_NOOP(
    "Vault",
    "Your keys are in the encrypted local vault on this computer, which is not unlocked. "
    "cobby Desktop can show your shops but cannot read or save keys. Restart cobby "
    "Desktop and enter your master password to use them."))
entry("vault.local.lost", QT_TRANSLATE_NOOP(
    "Vault",
    "The encrypted local vault you chose earlier was not found at {path}. If you moved "
    "it, put it back and restart cobby Desktop. Otherwise the keys it held are lost: "
    "connect your shops again, or create new keys in Magento and revoke the old ones."))


def locked_local_message() -> Message:
    return message("vault.local.locked")


def lost_local_message(path: Path) -> Message:
    return message("vault.local.lost", path=str(path))


class _UnavailableVault(Vault):
    """Every secret call fails with kind "missing" and a message saying why."""

    def __init__(self, said: Message, name: str) -> None:
        super().__init__()
        self._message = said
        self._unavailable_name = name

    def _resolve(self) -> KeyringBackend | None:  # Vault's own hook
        self._name = self._unavailable_name
        return None

    def _ready(self) -> KeyringBackend:
        raise VaultError("missing", self._message, self._unavailable_name)


def build_vault(
    local: EncryptedFileVault | None = None,
    keychain: Vault | None = None,
    *,
    unlock: Callable[[], EncryptedFileVault] | None = None,
) -> Vault:
    """The app's Vault for this session.

    - opted in and unlocked (`local` given): the encrypted local vault;
    - opted in, `unlock` given: the local vault, unlocked by it at first use;
    - opted in, not unlocked: refuses every call ("missing", says to unlock);
    - not opted in: the OS keychain, which itself refuses with "missing" where
      there is none (the fail backend, or a plaintext keyrings.alt one).
    """
    if opted_in():
        if local is not None:
            return Vault.local(local)
        if local_vault.exists() and unlock is not None:
            return Vault.local_on_first_use(unlock)
        if local_vault.exists():
            return _UnavailableVault(locked_local_message(), "encrypted local vault (locked)")
        return _UnavailableVault(
            lost_local_message(local_vault.default_path()), "encrypted local vault (not found)"
        )
    if local is not None:
        raise ValueError("the encrypted local vault is used only after the merchant chose it")
    return keychain if keychain is not None else Vault()
