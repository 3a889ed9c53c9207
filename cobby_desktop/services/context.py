"""The one context a session works with, built once at start and handed to the
GUI and to every command: the vault the merchant chose (the operating
system's keychain, or the opt-in encrypted local vault), the inventory, and the
network policy.

On the command line the local vault is unlocked at its first use, with the
master password from COBBY_MASTER_PASSWORD or typed at the terminal prompt;
never from an argument, where it would land in shell history and process lists.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from cobby_desktop.domain import vault_choice
from cobby_desktop.domain.local_vault import EncryptedFileVault, LocalVaultError
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault, VaultError, cli_vault
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.secret import Secret

InventoryOpener = Callable[[], Inventory]
PasswordPrompt = Callable[[], Secret | None]

MASTER_PASSWORD_ENV = "COBBY_MASTER_PASSWORD"


def no_master_password_message() -> str:
    return (
        "Your keys are in the encrypted local vault on this computer. Enter its master "
        f"password when asked, or set {MASTER_PASSWORD_ENV} for commands run without a "
        "terminal."
    )


@dataclass(frozen=True)
class AppContext:
    """What every window and command works with."""

    vault: Vault
    open_inventory: InventoryOpener = Inventory.open
    policy: HttpPolicy = field(default_factory=HttpPolicy)
    # The merchant chose the encrypted local vault: its keys go with its file.
    local_vault: bool = False


def gui_context(vault: Vault, open_inventory: InventoryOpener = Inventory.open) -> AppContext:
    """The windows' context around the vault chosen at start-up (the keychain,
    or the unlocked local vault)."""
    return AppContext(
        vault=vault, open_inventory=open_inventory, local_vault=vault_choice.opted_in()
    )


def terminal_prompt() -> Secret | None:
    """The master password typed at the terminal (not echoed); None without one."""
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    try:
        typed = getpass.getpass("Master password of the encrypted local vault: ")
    except (EOFError, KeyboardInterrupt):
        return None
    return Secret(typed) if typed else None


def master_password(
    environ: Mapping[str, str] | None = None, prompt: PasswordPrompt | None = None
) -> Secret | None:
    """From COBBY_MASTER_PASSWORD, else asked at the terminal."""
    value = (os.environ if environ is None else environ).get(MASTER_PASSWORD_ENV)
    if value:
        return Secret(value)
    return (prompt or terminal_prompt)()


def cli_context(
    *,
    environ: Mapping[str, str] | None = None,
    prompt: PasswordPrompt | None = None,
    open_inventory: InventoryOpener = Inventory.open,
) -> AppContext:
    """The command line's context. The local vault, when chosen, asks for its
    password only once a command first needs a key (listing never does)."""

    def unlock() -> EncryptedFileVault:
        password = master_password(environ, prompt)
        if password is None:
            raise VaultError("locked", no_master_password_message(), "encrypted local vault")
        try:
            return vault_choice.unlock_local_vault(password)
        except LocalVaultError as exc:
            raise VaultError("locked", exc.said, "encrypted local vault") from None

    return AppContext(
        # The keychain with a deadline: a command has no window to stay responsive in.
        vault=vault_choice.build_vault(keychain=cli_vault(), unlock=unlock),
        open_inventory=open_inventory,
        local_vault=vault_choice.opted_in(),
    )
