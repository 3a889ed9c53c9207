"""Key rotation and revocation, step by step, as plain functions over
`domain.lifecycle` for the rotation and revoke dialogs (and any other caller).

Each function runs one step inside a background job: it reads what it needs
from the inventory and the vault, asks the shop where the step needs proof,
and stores the step before it returns. The read model (`RotationView`) says
what the dialog shows; problems are codes, the dialog words them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from cobby_desktop.domain.lifecycle import (
    CredentialProbe,
    Lifecycle,
    LifecycleError,
    Prober,
    probe_credential,
)
from cobby_desktop.domain.model import (
    Credential,
    CredentialKind,
    CredentialState,
    Rotation,
    RotationStep,
    Shop,
)
from cobby_desktop.domain.proof import (
    Probe,
    ProbeOutcome,
    ProofProgress,
    ProofResult,
    make_m1_probe,
    make_m2_probe,
    prove_connection,
    shop_policy,
)
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.portal.connection_fields import (
    ConnectionField,
    ShopUrlError,
    connection_fields,
)
from cobby_desktop.secret import Secret


class RotationProblem(StrEnum):
    """Why no rotation can start (or go on)."""

    SHOP_GONE = "shop_gone"
    NO_ACTIVE_CREDENTIAL = "no_active_credential"


@dataclass(frozen=True)
class RotationView:
    """What one load of the store found; secrets only as `Secret`."""

    shop: Shop | None = None
    old: Credential | None = None
    rotation: Rotation | None = None
    new: Credential | None = None
    new_key: Secret | None = None  # Magento 1: the drafted key, to show and copy
    reauthorized: bool = False  # Magento 2: the new values keep the old consumer
    fields: tuple[ConnectionField, ...] = ()  # the portal's values for the new credential
    problem: RotationProblem | None = None  # why no rotation can start

    @property
    def step(self) -> RotationStep | None:
        return self.rotation.step if self.rotation else None

    @property
    def m1(self) -> bool:
        return self.old is not None and self.old.kind is CredentialKind.M1_API_KEY


def read_rotation(
    inventory: Inventory, vault: Vault, shop_id: int, finished_id: int | None
) -> RotationView:
    """The shop's rotation (or what a new one would rotate); `finished_id`
    keeps showing a rotation that has just finished."""
    shop = inventory.shop(shop_id)
    if shop is None:
        return RotationView(problem=RotationProblem.SHOP_GONE)
    rotation = inventory.open_rotation(shop_id)
    if rotation is None and finished_id is not None:
        rotation = next((r for r in inventory.rotations() if r.id == finished_id), None)
    if rotation is None:
        old = inventory.current_credential(shop_id)
        problem = (
            RotationProblem.NO_ACTIVE_CREDENTIAL
            if old is None or old.state is not CredentialState.ACTIVE
            else None
        )
        return RotationView(shop=shop, old=old, problem=problem)
    view = RotationView(
        shop=shop,
        rotation=rotation,
        old=inventory.credential(rotation.old_credential_id),
        new=inventory.credential(rotation.new_credential_id)
        if rotation.new_credential_id
        else None,
    )
    if view.new is not None and rotation.step is not RotationStep.DONE:
        return _read_new_access(view, vault, shop, view.new)
    return view


def _read_new_access(
    view: RotationView, vault: Vault, shop: Shop, new: Credential
) -> RotationView:
    secrets = vault.credential_secrets(new)
    if view.m1:
        view = replace(view, new_key=secrets.get("api_key"))
    else:
        old_secrets = vault.credential_secrets(view.old) if view.old else {}
        ck_new, ck_old = secrets.get("consumer_key"), old_secrets.get("consumer_key")
        view = replace(view, reauthorized=ck_new is not None and ck_new == ck_old)
    if set(new.kind.secret_fields) <= set(secrets):
        try:
            fields = connection_fields(
                shop.magento_major, shop.base_url, api_user=new.api_user, secrets=secrets
            )
        except (KeyError, ShopUrlError):
            fields = ()
        view = replace(view, fields=fields)
    return view


def next_name(name: str, *, separator: str = "_") -> str:
    """cobby_api -> cobby_api_2 -> cobby_api_3 (a new user beside the old one)."""
    match = re.fullmatch(r"(.*?)[ _](\d+)", name.strip())
    if match:
        return f"{match.group(1)}{separator}{int(match.group(2)) + 1}"
    return f"{name.strip() or 'cobby_api'}{separator}2"


def open_rotation(inventory: Inventory, shop_id: int) -> Rotation:
    rotation = inventory.open_rotation(shop_id)
    if rotation is None:
        raise LifecycleError("no_rotation")  # finished or stopped elsewhere
    return rotation


# -- asking the shop ------------------------------------------------------------------


def make_prober(vault: Vault, policy: HttpPolicy | None, cancel: threading.Event) -> Prober:
    """The lifecycle's prober with the shop's basic auth, pinned certificate,
    the caller's timeouts and its cancel flag."""

    def prober(shop: Shop, cred: Credential, secrets: dict[str, Secret]) -> CredentialProbe:
        return probe_credential(
            shop, cred, secrets, policy=shop_policy(vault, shop, policy), cancel=cancel
        )

    return prober


def cobby_probe(
    vault: Vault, shop: Shop, cred: Credential, policy: HttpPolicy | None, cancel: threading.Event
) -> Probe:
    """The connection proof's probe with `cred`'s secrets from the vault."""
    secrets = vault.credential_secrets(cred)
    http = shop_policy(vault, shop, policy)
    if cred.kind is CredentialKind.M1_API_KEY:
        key = secrets.get("api_key", Secret(""))
        return make_m1_probe(shop.base_url, cred.api_user, key, http, cancel=cancel)
    from cobby_desktop.magento2 import M2Tokens

    tokens = M2Tokens.from_mapping(secrets)
    return make_m2_probe(shop.base_url, tokens, shop.store_code, http, cancel=cancel)


# -- the steps --------------------------------------------------------------------------


def start_rotation(inventory: Inventory, vault: Vault, shop_id: int) -> Rotation:
    return Lifecycle(inventory, vault).start_rotation(shop_id)


def stop_rotation(inventory: Inventory, vault: Vault, shop_id: int) -> Rotation:
    """The old access stays active; the drafted one and its secrets go."""
    return Lifecycle(inventory, vault).abandon_rotation(open_rotation(inventory, shop_id))


def draft_generated_key(inventory: Inventory, vault: Vault, shop_id: int, user: str) -> None:
    """Magento 1: draft a freshly generated key at once, so the key the
    merchant copies into Magento is the one the vault holds."""
    from cobby_desktop.magento1 import generate_key

    rotation = open_rotation(inventory, shop_id)
    Lifecycle(inventory, vault).draft_new(rotation, user, {"api_key": generate_key()})


def test_new_access(
    inventory: Inventory,
    vault: Vault,
    shop_id: int,
    user: str,
    values: Mapping[str, Secret] | None,
    prober: Prober,
    on_testing: Callable[[], None] | None = None,
) -> CredentialProbe:
    """Draft the typed values (None: keep the stored draft) and test them."""
    life = Lifecycle(inventory, vault, prober=prober)
    rotation = open_rotation(inventory, shop_id)
    if values is not None:
        life.draft_new(rotation, user, dict(values))
    if on_testing is not None:
        on_testing()
    return life.test_new(rotation)


def confirm_portal_updated(inventory: Inventory, vault: Vault, shop_id: int) -> Rotation:
    return Lifecycle(inventory, vault).confirm_portal_updated(open_rotation(inventory, shop_id))


@dataclass(frozen=True)
class NewAccessProof:
    result: ProofResult | None  # None when there was no workspace key to prove with
    proven: bool = False  # the rotation moved on: cobby is connected with the new access


def prove_new_access(
    inventory: Inventory,
    vault: Vault,
    shop_id: int,
    policy: HttpPolicy | None,
    *,
    timeout: float,
    cancel: threading.Event,
    on_progress: Callable[[ProofProgress], None],
) -> NewAccessProof:
    """Poll the shop with the NEW credential until cobby's connection shows
    (the workspace's license key and an active cobby), then record it."""
    rotation = open_rotation(inventory, shop_id)
    shop = inventory.shop(shop_id)
    if shop is None:
        raise LifecycleError("shop_gone")
    key = (
        vault.get(SecretRef.license_key(shop.workspace_id, shop.vault_space))
        if shop.workspace_id else None
    )
    if key is None or not key.reveal().strip():
        return NewAccessProof(None)
    new = inventory.credential(rotation.new_credential_id or 0)
    if new is None:
        raise LifecycleError("credential_gone")
    probe = cobby_probe(vault, shop, new, policy, cancel)
    seen: list[ProbeOutcome] = []

    def capturing() -> ProbeOutcome:
        seen.append(outcome := probe())
        return outcome

    result = prove_connection(
        capturing, key, timeout=timeout, cancel=cancel,
        on_progress=on_progress,
    )  # fmt: skip
    cobby = seen[-1].cobby if seen else None
    proven = False
    if result.ok and cobby is not None:
        proven = Lifecycle(inventory, vault).record_new_proven(rotation, cobby, key)
    return NewAccessProof(result, proven)


def confirm_old_deleted(inventory: Inventory, vault: Vault, shop_id: int) -> Rotation:
    return Lifecycle(inventory, vault).confirm_old_deleted(open_rotation(inventory, shop_id))


def prove_old_rejected(
    inventory: Inventory, vault: Vault, shop_id: int, prober: Prober
) -> CredentialProbe:
    """Log in with the OLD access: the rotation moves on once the shop refuses it."""
    life = Lifecycle(inventory, vault, prober=prober)
    return life.prove_old_rejected(open_rotation(inventory, shop_id))


def finish_rotation(inventory: Inventory, vault: Vault, shop_id: int) -> Rotation:
    """The old access is revoked and its secrets leave the vault."""
    return Lifecycle(inventory, vault).finish_rotation(open_rotation(inventory, shop_id))


# -- revocation -------------------------------------------------------------------------


def read_credential(
    inventory: Inventory, credential_id: int
) -> tuple[Shop | None, Credential | None]:
    cred = inventory.credential(credential_id)
    return (inventory.shop(cred.shop_id) if cred else None), cred


def revoke_checked(
    inventory: Inventory, vault: Vault, credential_id: int, prober: Prober
) -> CredentialProbe:
    """Revoke once the shop refuses the access (a credential revoked without
    checking is verified instead); its secrets then leave the vault."""
    life = Lifecycle(inventory, vault, prober=prober)
    cred = inventory.credential(credential_id)
    if cred is not None and cred.state is CredentialState.REVOKED:
        return life.verify_revocation(credential_id)
    return life.revoke(credential_id)


def revoke_unchecked(inventory: Inventory, vault: Vault, credential_id: int) -> Credential:
    """Marked revoked but unverified: the secrets stay until a later check."""
    return Lifecycle(inventory, vault).revoke_offline(credential_id)


def verify_revocation(
    inventory: Inventory, vault: Vault, credential_id: int, prober: Prober
) -> CredentialProbe:
    return Lifecycle(inventory, vault, prober=prober).verify_revocation(credential_id)


def remove_orphaned_secrets(inventory: Inventory, vault: Vault, credential_id: int) -> None:
    Lifecycle(inventory, vault).remove_orphaned_secrets(credential_id)
