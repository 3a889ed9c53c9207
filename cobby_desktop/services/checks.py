"""Checking stored shops with their secrets from the vault: one shop for the
"Test connection" dialog, many at a time for `cobby-desktop check --all`.
Every check is recorded in the shop's history (domain.diagnosis.diagnose_stored)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass

from cobby_desktop.domain.diagnosis import DiagnosisReport, diagnose_stored
from cobby_desktop.domain.model import Credential, Shop
from cobby_desktop.domain.store import Inventory, InventoryError
from cobby_desktop.domain.vault import SecretRef, Vault, VaultError
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, english, entry, message
from cobby_desktop.net.http import HttpPolicy

entry("cli.check.shop_failed", QT_TRANSLATE_NOOP(
    "Cli", "This shop could not be checked ({error}). Try again."))


@dataclass(frozen=True)
class NotChecked:
    """Why a stored shop was not checked: the catalogue message (`said`, shown
    translated with i18n.explain) and its English text."""

    message: str
    said: Message | None = None

    @classmethod
    def of(cls, exc: Exception) -> NotChecked:
        said = getattr(exc, "said", None)
        return cls(getattr(exc, "message", str(exc)), said if isinstance(said, Message) else None)


# One shop's result: its report, or why it was not checked.
ShopResult = DiagnosisReport | NotChecked


@dataclass(frozen=True)
class CheckOutcome:
    shop: Shop | None
    credential: Credential | None
    report: DiagnosisReport | None
    has_license_key: bool = False
    problem: NotChecked | None = None  # the inventory's or keychain's own words


def check_stored_shop(
    inventory: Inventory,
    vault: Vault,
    shop_id: int,
    policy: HttpPolicy | None,
    progress: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
) -> CheckOutcome:
    """Check one stored shop; a missing shop is an empty outcome."""
    try:
        shop = inventory.shop(shop_id)
        if shop is None:
            return CheckOutcome(None, None, None)
        cred = inventory.current_credential(shop_id)
        has_key = shop.workspace_id is not None and vault.has(
            SecretRef.license_key(shop.workspace_id, shop.vault_space)
        )
        report = diagnose_stored(
            inventory, vault, shop, cred, progress=progress, cancel=cancel, policy=policy
        )
    except (InventoryError, VaultError) as exc:
        return CheckOutcome(None, None, None, problem=NotChecked.of(exc))
    return CheckOutcome(shop, cred, report, has_key)


def check_stored_shops(
    inventory: Inventory,
    vault: Vault,
    shops: Sequence[Shop],
    policy: HttpPolicy | None,
    jobs: int,
    on_done: Callable[[int, int, ShopResult], None] | None = None,
) -> list[ShopResult]:
    """Check shops `jobs` at a time, results in the order of `shops`. A shop
    whose secrets cannot be read gets the vault's sentence and the others go
    on. `on_done(finished, index, result)` is called as each one ends."""

    def one(shop: Shop) -> ShopResult:
        cred = inventory.current_credential(shop.id) if shop.id is not None else None
        try:
            return diagnose_stored(inventory, vault, shop, cred, policy=policy)
        except VaultError as exc:
            return NotChecked.of(exc)
        except Exception as exc:  # one shop's failure never loses the others' results
            said = message("cli.check.shop_failed", error=type(exc).__name__)
            return NotChecked(english(said), said)

    results: list[ShopResult] = [NotChecked("")] * len(shops)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {pool.submit(one, shop): i for i, shop in enumerate(shops)}
        for finished, future in enumerate(as_completed(futures), start=1):
            index = futures[future]
            results[index] = future.result()
            if on_done is not None:
                on_done(finished, index, results[index])
    return results
