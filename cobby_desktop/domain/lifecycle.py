"""Key lifecycle: rotate without downtime, revoke for real.

Rotation is a resumable workflow. Its step lives in the inventory (table
`rotations`), the secrets in the keychain; every transition is one store
transaction that only moves forward from the step it expects, so quitting or
crashing at any point resumes at that point. The old secret leaves the
keychain only after the new credential was proven by cobby AND the shop was
seen rejecting the old one.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from cobby_desktop.domain.model import (
    Activity,
    Credential,
    CredentialKind,
    CredentialState,
    Rotation,
    RotationStep,
    Shop,
    stored,
)
from cobby_desktop.messages import QT_TRANSLATE_NOOP, ParamValue, english, entry, message
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.results import CobbyInfo, M1Verdict, M2Verdict
from cobby_desktop.secret import Secret

if TYPE_CHECKING:
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.domain.vault import Vault

# Until the new credential is proven, a rotation can still be called off.
ABANDONABLE = frozenset(
    {RotationStep.DRAFT_NEW, RotationStep.NEW_TESTED, RotationStep.PORTAL_UPDATED}
)


entry("lifecycle.shop_gone", QT_TRANSLATE_NOOP(
    "Lifecycle", "This shop is no longer in the inventory."))
entry("lifecycle.credential_gone", QT_TRANSLATE_NOOP(
    "Lifecycle", "This credential is no longer in the inventory."))
entry("lifecycle.rotation_over", QT_TRANSLATE_NOOP(
    "Lifecycle", "This rotation is over. Reload to see where it stands."))
entry("lifecycle.wrong_step", QT_TRANSLATE_NOOP(
    "Lifecycle", "The rotation is at another step than this one. Continue from where it "
    "stopped."))
entry("lifecycle.secrets_gone", QT_TRANSLATE_NOOP(
    "Lifecycle",
    "The keychain no longer holds this credential's secrets, so it cannot be tested."))
entry("lifecycle.not_active", QT_TRANSLATE_NOOP(
    "Lifecycle", "Only an active credential can be rotated. Test it first."))
entry("lifecycle.values_missing", QT_TRANSLATE_NOOP(
    "Lifecycle", "Please enter every value of the new credential."))
entry("lifecycle.not_revoked", QT_TRANSLATE_NOOP(
    "Lifecycle", "This credential is not revoked."))
entry("lifecycle.not_revoked_secrets", QT_TRANSLATE_NOOP(
    "Lifecycle", "Only a revoked credential's secrets can be removed."))
entry("lifecycle.no_rotation", QT_TRANSLATE_NOOP(
    "Lifecycle", "This shop has no rotation in progress. Start it again."))


class LifecycleError(Exception):
    """A step that cannot run now; `said` says why and what to do (catalogue
    code "lifecycle.<reason>"); the English text is for logs."""

    def __init__(self, reason: str, **params: ParamValue) -> None:
        self.said = message(f"lifecycle.{reason}", **params)
        self.message = english(self.said)
        super().__init__(self.message)


class ProbeAnswer(enum.StrEnum):
    OK = "ok"
    REJECTED = "rejected"  # the shop refuses the credential
    ERROR = "error"  # cannot tell (the shop was not reached, or answered oddly)


@dataclass(frozen=True)
class CredentialProbe:
    """What the shop said about one credential, reduced to what the lifecycle needs."""

    outcome: ProbeAnswer
    summary: str  # the check's verdict, e.g. "credentials_rejected"
    cobby: CobbyInfo | None = None


Prober = Callable[[Shop, Credential, dict[str, Secret]], CredentialProbe]


def probe_credential(
    shop: Shop,
    cred: Credential,
    secrets: dict[str, Secret],
    *,
    policy: HttpPolicy | None = None,
    cancel: threading.Event | None = None,
) -> CredentialProbe:
    """Run the version-specific check and say: works, rejected, or cannot tell."""
    if cred.kind is CredentialKind.M1_API_KEY:
        from cobby_desktop.magento1 import check_m1

        r1 = check_m1(
            shop.base_url, cred.api_user, secrets.get("api_key", Secret("")),
            policy=policy, cancel=cancel,
        )
        if r1.verdict is M1Verdict.OK:
            return CredentialProbe(ProbeAnswer.OK, r1.verdict.value, r1.cobby)
        if r1.verdict is M1Verdict.CREDENTIALS_REJECTED:
            return CredentialProbe(ProbeAnswer.REJECTED, r1.verdict.value)
        return CredentialProbe(ProbeAnswer.ERROR, r1.verdict.value)

    from cobby_desktop.magento2 import M2Tokens, check_m2

    r2 = check_m2(
        shop.base_url, M2Tokens.from_mapping(secrets), store_code=shop.store_code,
        policy=policy, cancel=cancel,
    )
    if r2.verdict is M2Verdict.OK:
        return CredentialProbe(ProbeAnswer.OK, r2.verdict.value, r2.cobby)
    if r2.verdict in M2_REJECTED:
        return CredentialProbe(ProbeAnswer.REJECTED, r2.verdict.value)
    return CredentialProbe(ProbeAnswer.ERROR, r2.verdict.value)


# A deleted integration or a replaced access token: the shop no longer knows it
# ("Specified token does not exist", "A consumer having the specified key does not
# exist"), or it answers with an invalid signature.
M2_REJECTED = frozenset(
    {M2Verdict.SIGNATURE_INVALID, M2Verdict.TOKEN_UNKNOWN, M2Verdict.CONSUMER_UNKNOWN}
)


def _now() -> datetime:
    return datetime.now(UTC)


class Lifecycle:
    """Rotation and revocation over one inventory and vault."""

    def __init__(
        self, inventory: Inventory, vault: Vault, prober: Prober | None = None
    ) -> None:
        self.inventory = inventory
        self.vault = vault
        self.prober: Prober = prober or probe_credential

    # -- helpers ---------------------------------------------------------
    def _shop(self, shop_id: int) -> Shop:
        shop = self.inventory.shop(shop_id)
        if shop is None:
            raise LifecycleError("shop_gone")
        return shop

    def _cred(self, credential_id: int | None) -> Credential:
        cred = self.inventory.credential(credential_id) if credential_id else None
        if cred is None:
            raise LifecycleError("credential_gone")
        return cred

    def _expect(self, rotation: Rotation, *steps: RotationStep) -> Rotation:
        """The rotation as stored now, at one of `steps`. (A Rotation is a value:
        the one a caller holds may be a step behind the inventory.)"""
        fresh = self.inventory.open_rotation(rotation.shop_id)
        if fresh is None or fresh.id != rotation.id:
            raise LifecycleError("rotation_over")
        rotation = fresh
        if rotation.step not in steps:
            raise LifecycleError("wrong_step", step=rotation.step.value,
                                 expected=", ".join(s.value for s in steps))
        return rotation

    def _advance(self, rotation: Rotation, step: RotationStep) -> Rotation:
        return self.inventory.update_rotation(replace(rotation, step=step, updated_at=_now()))

    def _probe(self, cred: Credential) -> CredentialProbe:
        shop = self._shop(cred.shop_id)
        secrets = self.vault.credential_secrets(cred)
        missing = [f for f in cred.kind.secret_fields if f not in secrets]
        if missing:
            raise LifecycleError("secrets_gone")
        return self.prober(shop, cred, secrets)

    # -- rotation --------------------------------------------------------
    def start_rotation(self, shop_id: int) -> Rotation:
        """Begin, or resume, the rotation of the shop's current credential."""
        existing = self.inventory.open_rotation(shop_id)
        if existing is not None:
            return existing
        old = self.inventory.current_credential(shop_id)
        if old is None or old.state is not CredentialState.ACTIVE:
            raise LifecycleError("not_active")
        with self.inventory.transaction():
            old = replace(old, state=CredentialState.ROTATING)
            self.inventory.update_credential(old)
            rotation = self.inventory.add_rotation(
                Rotation(shop_id=shop_id, old_credential_id=stored(old.id), started_at=_now(),
                         updated_at=_now())
            )
        return rotation

    def draft_new(
        self, rotation: Rotation, api_user: str, secrets: dict[str, Secret]
    ) -> Credential:
        """Store the new credential (a draft) beside the old one.

        For a Magento 2 Reauthorize pass only the new access token and secret:
        the consumer key and secret are taken over from the old credential.
        """
        rotation = self._expect(rotation, RotationStep.DRAFT_NEW)
        old = self._cred(rotation.old_credential_id)
        values = dict(secrets)
        if old.kind is CredentialKind.M2_INTEGRATION and set(values) == {
            "access_token",
            "access_token_secret",
        }:
            kept = self.vault.credential_secrets(old)
            values["consumer_key"] = kept["consumer_key"]
            values["consumer_secret"] = kept["consumer_secret"]
        missing = [f for f in old.kind.secret_fields if not values.get(f)]
        if missing:
            raise LifecycleError("values_missing")
        if rotation.new_credential_id:  # a second draft replaces the first one
            previous = self._cred(rotation.new_credential_id)
            self.vault.delete_credential(previous)
            self.inventory.delete_credential(stored(previous.id))
        new = self.inventory.add_credential(
            Credential(shop_id=old.shop_id, kind=old.kind, api_user=api_user,
                       state=CredentialState.DRAFT, replaces_id=old.id)
        )
        self.vault.put_credential(new, values)
        self._advance(replace(rotation, new_credential_id=new.id), RotationStep.DRAFT_NEW)
        self.inventory.log_activity(
            Activity.CREATED, message("activity.rotation_drafted"),
            shop_id=old.shop_id, credential_id=new.id,
        )
        return new

    def test_new(self, rotation: Rotation) -> CredentialProbe:
        rotation = self._expect(rotation, RotationStep.DRAFT_NEW, RotationStep.NEW_TESTED)
        new = self._cred(rotation.new_credential_id)
        probe = self._probe(new)
        self.inventory.log_activity(
            Activity.TESTED, message("activity.rotation_tested", summary=probe.summary),
            shop_id=new.shop_id, credential_id=new.id,
        )
        if probe.outcome is ProbeAnswer.OK and rotation.step is RotationStep.DRAFT_NEW:
            self._advance(rotation, RotationStep.NEW_TESTED)
        return probe

    def confirm_portal_updated(self, rotation: Rotation) -> Rotation:
        rotation = self._expect(rotation, RotationStep.NEW_TESTED)
        return self._advance(rotation, RotationStep.PORTAL_UPDATED)

    def record_new_proven(
        self, rotation: Rotation, cobby: CobbyInfo, workspace_key: Secret
    ) -> bool:
        """Called with what the connection proof saw using the NEW credential."""
        rotation = self._expect(rotation, RotationStep.PORTAL_UPDATED)
        if not (cobby.license_matches(workspace_key) and cobby.cobby_active):
            return False
        new = self._cred(rotation.new_credential_id)
        with self.inventory.transaction():
            self.inventory.update_credential(replace(new, state=CredentialState.ACTIVE))
            self._advance(rotation, RotationStep.NEW_PROVEN_BY_COBBY)
        return True

    def prove_new(self, rotation: Rotation, workspace_key: Secret) -> CredentialProbe:
        """One look, with the NEW credential, at whether cobby has connected with it
        (the GUI repeats this with back-off through `domain.proof`)."""
        rotation = self._expect(rotation, RotationStep.PORTAL_UPDATED)
        probe = self._probe(self._cred(rotation.new_credential_id))
        if probe.outcome is ProbeAnswer.OK and probe.cobby is not None:
            self.record_new_proven(rotation, probe.cobby, workspace_key)
        return probe

    def confirm_old_deleted(self, rotation: Rotation) -> Rotation:
        rotation = self._expect(rotation, RotationStep.NEW_PROVEN_BY_COBBY)
        return self._advance(rotation, RotationStep.OLD_DELETED_IN_SHOP)

    def prove_old_rejected(self, rotation: Rotation) -> CredentialProbe:
        rotation = self._expect(rotation, RotationStep.OLD_DELETED_IN_SHOP)
        old = self._cred(rotation.old_credential_id)
        probe = self._probe(old)
        if probe.outcome is ProbeAnswer.REJECTED:
            self._advance(rotation, RotationStep.OLD_REJECTED)
        return probe

    def finish_rotation(self, rotation: Rotation) -> Rotation:
        rotation = self._expect(rotation, RotationStep.OLD_REJECTED)
        old = self._cred(rotation.old_credential_id)
        new = self._cred(rotation.new_credential_id)
        now = _now()
        with self.inventory.transaction():
            old = replace(
                old, state=CredentialState.REVOKED, revoked_at=now, revoked_verified=True
            )
            self.inventory.update_credential(old)
            self.inventory.update_credential(replace(new, rotated_at=now))
            rotation = self._advance(rotation, RotationStep.DONE)
            self.inventory.log_activity(
                Activity.ROTATED, message("activity.rotation_replaced", credential=new.id or 0),
                shop_id=old.shop_id, credential_id=old.id,
            )
        # Only now, with the rotation recorded as done, does the old secret go;
        # a crash right here leaves an orphan the audit reports (secret.orphaned).
        self.vault.delete_credential(old)
        return rotation

    def abandon_rotation(self, rotation: Rotation) -> Rotation:
        """Call the rotation off before the new credential is proven: the old one
        is active again, the drafted one and its secrets are removed. (A user or
        integration already created for it in Magento should be deleted there.)"""
        rotation = self._expect(rotation, *ABANDONABLE)
        old = self._cred(rotation.old_credential_id)
        new = self.inventory.credential(rotation.new_credential_id) if (
            rotation.new_credential_id
        ) else None
        with self.inventory.transaction():
            self.inventory.update_credential(replace(old, state=CredentialState.ACTIVE))
            rotation = self._advance(
                replace(rotation, new_credential_id=None), RotationStep.ABANDONED
            )
            if new is not None:
                self.inventory.delete_credential(stored(new.id))
            self.inventory.log_activity(
                Activity.UPDATED, message("activity.rotation_stopped"),
                shop_id=old.shop_id, credential_id=old.id,
            )
        if new is not None:  # after the commit: never lose a secret the inventory names
            self.vault.delete_credential(new)
        return rotation

    # -- revocation ------------------------------------------------------
    def revoke(self, credential_id: int) -> CredentialProbe:
        """After the merchant deleted the user/integration in Magento: prove the
        shop rejects the credential, then mark it revoked and drop its secrets."""
        cred = self._cred(credential_id)
        probe = self._probe(cred)
        if probe.outcome is not ProbeAnswer.REJECTED:
            return probe
        self._mark_revoked(cred, verified=True)
        return probe

    def revoke_offline(self, credential_id: int) -> Credential:
        """Revoked without asking the shop: unverified until a later check. The
        secrets stay in the keychain until that check proves the revocation."""
        cred = replace(
            self._cred(credential_id),
            state=CredentialState.REVOKED,
            revoked_at=_now(),
            revoked_verified=False,
        )
        with self.inventory.transaction():
            self.inventory.update_credential(cred)
            self.inventory.log_activity(
                Activity.REVOKED, message("activity.revoked_unverified"),
                shop_id=cred.shop_id, credential_id=cred.id,
            )
        return cred

    def verify_revocation(self, credential_id: int) -> CredentialProbe:
        cred = self._cred(credential_id)
        if cred.state is not CredentialState.REVOKED:
            raise LifecycleError("not_revoked")
        probe = self._probe(cred)
        if probe.outcome is ProbeAnswer.REJECTED:
            self._mark_revoked(cred, verified=True)
        return probe

    def _mark_revoked(self, cred: Credential, *, verified: bool) -> None:
        cred = replace(cred, state=CredentialState.REVOKED,
                       revoked_at=cred.revoked_at or _now(), revoked_verified=verified)
        with self.inventory.transaction():
            self.inventory.update_credential(cred)
            self.inventory.log_activity(
                Activity.REVOKED,
                message("activity.revoked_verified" if verified else "activity.revoked"),
                shop_id=cred.shop_id, credential_id=cred.id,
            )
        self.vault.delete_credential(cred)

    def remove_orphaned_secrets(self, credential_id: int) -> None:
        cred = self._cred(credential_id)
        if cred.state is not CredentialState.REVOKED:
            raise LifecycleError("not_revoked_secrets")
        self.vault.delete_credential(cred)
