"""Setting up a shop: loading the wizard's choices, checking what was typed,
and saving drafts and the checked shop with its secrets. The one way a shop is
saved, for the setup wizard and for `cobby-desktop check --save`: plain
functions (no Qt) that run inside background jobs.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from cobby_desktop.domain import keychain_names, proof
from cobby_desktop.domain.admin_url import clean_admin_url
from cobby_desktop.domain.diagnosis import CheckInput, DiagnosisReport, check_record, diagnose
from cobby_desktop.domain.model import (
    Activity,
    Credential,
    CredentialState,
    MagentoMajor,
    Shop,
    Workspace,
    stored,
)
from cobby_desktop.domain.proof import ProofResult
from cobby_desktop.domain.store import Inventory, InventoryError
from cobby_desktop.domain.vault import SecretRef, Vault, VaultError
from cobby_desktop.domain.workspaces import (
    WorkspaceError,
    WorkspaceProblem,
    create_workspace,
    workspace_license_key,
)
from cobby_desktop.messages import Message, english, message
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.secret import Secret
from cobby_desktop.services.setup_state import WizardState, suggested_shop_name

InventoryOpener = Callable[[], Inventory]


class SavedFrom(StrEnum):
    """Where a new shop was saved from, for its activity log entry."""

    WIZARD = "wizard"
    COMMAND_LINE = "command_line"


# The activity log's entry for a new shop, by where it was saved from.
CREATED_MESSAGE = {
    SavedFrom.WIZARD: "activity.shop_added_in_setup",
    SavedFrom.COMMAND_LINE: "activity.saved_from_cli",
}


class SaveRefusedError(Exception):
    """What the wizard must not store, in the merchant's words."""

    def __init__(self, said: Message) -> None:
        self.said = said  # the catalogue code, rendered where shown
        self.message = english(said)  # English, for logs
        super().__init__(self.message)


@dataclass(frozen=True)
class Choices:
    """What the workspace page offers, and a resumed draft if one was asked for."""

    workspaces: list[Workspace] = field(default_factory=list)
    taken: dict[int, str] = field(default_factory=dict)  # workspace id -> its shop's name
    draft: WizardState | None = None
    error: str = ""  # English, for logs and tests
    said: Message | None = None  # the same as a catalogue message, shown translated

    @property
    def message(self) -> str:  # what i18n.explain falls back to
        return self.error


@dataclass(frozen=True)
class SaveOutcome:
    state: WizardState
    error: str = ""  # English, for logs and tests; the UI shows i18n.explain(outcome)
    # A draft whose keychain write failed: the rest (workspace, addresses, user
    # name, Magento version) was still kept, without any secret.
    secrets_dropped: bool = False
    said: Message | None = None  # the error as a catalogue message

    @property
    def message(self) -> str:  # what i18n.explain falls back to
        return self.error


class JournalVault(Vault):
    """The vault a save writes through. It remembers what each entry it touches
    held before, so `undo()` puts the keychain back when the save's transaction
    aborts (the inventory rolls back; the keychain has no transaction)."""

    def __init__(self, inner: Vault) -> None:
        super().__init__()
        self.inner = inner
        self._before: dict[str, tuple[SecretRef, Secret | None]] = {}

    @property
    def touched(self) -> list[SecretRef]:
        return [ref for ref, _ in self._before.values()]

    def _remember(self, ref: SecretRef) -> None:
        if ref.username not in self._before:
            self._before[ref.username] = (ref, self.inner.get(ref))

    def get(self, ref: SecretRef) -> Secret | None:
        return self.inner.get(ref)

    def put(self, ref: SecretRef, value: Secret) -> None:
        self._remember(ref)
        self.inner.put(ref, value)

    def delete(self, ref: SecretRef) -> bool:
        self._remember(ref)
        return self.inner.delete(ref)

    def undo(self) -> None:
        """Best effort, newest first: a failing keychain may refuse this too."""
        for ref, old in reversed(list(self._before.values())):
            try:
                if old is None:
                    self.inner.delete(ref)
                else:
                    self.inner.put(ref, old)
            except VaultError:
                pass
        self._before.clear()


def load_choices(
    open_inventory: InventoryOpener, vault: Vault, draft_shop_id: int | None
) -> Choices:
    try:
        with open_inventory() as inv:
            keychain_names.ensure(inv, vault)
            taken = {
                shop.workspace_id: shop.display_name
                for shop in inv.shops()
                if shop.workspace_id is not None and shop.id != draft_shop_id
            }
            draft = _load_draft(inv, vault, draft_shop_id) if draft_shop_id is not None else None
            return Choices(workspaces=inv.workspaces(), taken=taken, draft=draft)
    except (InventoryError, VaultError) as exc:
        return Choices(error=exc.message, said=exc.said)


def _load_draft(inv: Inventory, vault: Vault, shop_id: int) -> WizardState | None:
    shop = inv.shop(shop_id)
    if shop is None:
        return None
    state = WizardState(
        workspace_id=shop.workspace_id,
        url=shop.base_url,
        shop_name=shop.label,
        # An older version stored it as typed: never bring a login back.
        admin_url=clean_admin_url(shop.admin_url or "").url,
        magento=int(shop.magento_major),
        shop_id=shop.id,
        basic_auth_user=shop.basic_auth_user or "",
        pinned_cert_pem=shop.pinned_cert_pem,
        pinned_cert_sha256=shop.pinned_cert_sha256,
    )
    if shop.basic_auth_user:
        state.basic_auth_password = vault.get(
            SecretRef.basic_auth_password(shop_id, inv.vault_space)
        )
    cred = inv.current_credential(shop_id)
    if cred is None:
        creds = inv.credentials(shop_id)
        cred = creds[-1] if creds else None
    if cred is not None:
        state.credential_id = cred.id
        state.api_user = cred.api_user
        state.secrets = dict(vault.credential_secrets(cred))
        # A resumed draft already has its values: skip the creation pages.
        state.have_credentials = bool(state.secrets)
    return state


def log_entries(
    open_inventory: InventoryOpener,
    state: WizardState,
    entries: Sequence[tuple[Activity, str]],
) -> bool:
    """Log secrets copied or shown in the wizard (field names, never values)
    against the saved shop (or, with only a workspace saved, the workspace).
    Returns whether they were written."""
    if (state.shop_id is None and state.workspace_id is None) or not entries:
        return False
    try:
        with open_inventory() as inv, inv.transaction():
            if state.shop_id is not None and inv.shop(state.shop_id) is None:
                return False
            for action, field_name in entries:
                inv.log_activity(
                    action,
                    message("activity.secret_in_setup", field=field_name),
                    shop_id=state.shop_id,
                    credential_id=state.credential_id,
                    workspace_id=state.workspace_id,
                )
        return True
    except InventoryError:
        return False  # the log is a courtesy: the copy itself has happened


def stored_license_key(
    open_inventory: InventoryOpener, vault: Vault, workspace_id: int
) -> Secret | None:
    """The workspace's license key from the vault (its inventory names the
    entry). Raises WorkspaceError when the inventory or the vault refuses."""
    try:
        with open_inventory() as inv:
            space = inv.vault_space
    except InventoryError as exc:
        raise WorkspaceError(WorkspaceProblem.INVENTORY, exc.said or exc.message) from None
    return workspace_license_key(vault, workspace_id, space)


def run_check(
    state: WizardState,
    vault: Vault,
    policy: HttpPolicy | None,
    progress: Callable[[str], None],
    cancel: threading.Event,
    open_inventory: InventoryOpener | None = None,
) -> DiagnosisReport:
    """The diagnosis with what the merchant typed (run on a worker)."""
    license_key = state.license_key
    if license_key is None and state.workspace_id is not None and open_inventory is not None:
        try:
            with open_inventory() as inv:
                ref = SecretRef.license_key(state.workspace_id, inv.vault_space)
            license_key = vault.get(ref)
        except (VaultError, InventoryError):
            license_key = None  # the test still works; only the license match is skipped
    check = CheckInput(
        url=state.url,
        magento=state.magento,
        api_user=state.api_user,
        secrets=state.wanted_secrets(),
        workspace_license_key=license_key,
        basic_auth=state.basic_auth,
        pinned_cert_pem=state.pinned_cert_pem,
        policy=policy,
    )
    return diagnose(check, progress=progress, cancel=cancel)


def save(
    open_inventory: InventoryOpener,
    vault: Vault,
    state: WizardState,
    *,
    report: DiagnosisReport | None = None,
    saved_from: SavedFrom = SavedFrom.WIZARD,
) -> SaveOutcome:
    """Save what is there. With a passing `report` the credential becomes ACTIVE
    and the check is recorded; otherwise everything stays a DRAFT. All or
    nothing: a failure rolls back the inventory and puts back every keychain
    entry this save wrote. A draft (no report) whose keychain write fails is
    saved again without its secrets, so only those are lost."""
    try:
        return SaveOutcome(
            _save_once(open_inventory, vault, state, report, keychain=True, saved_from=saved_from)
        )
    except (InventoryError, VaultError, WorkspaceError, SaveRefusedError) as exc:
        if report is not None or not _keychain_failed(exc):
            return SaveOutcome(state, exc.message, said=getattr(exc, "said", None))
        error, said = exc.message, getattr(exc, "said", None)
    try:
        kept = _save_once(
            open_inventory, vault, state, None, keychain=False, saved_from=saved_from
        )
    except (InventoryError, VaultError, WorkspaceError):
        return SaveOutcome(state, error, said=said)
    return SaveOutcome(kept, error, secrets_dropped=True, said=said)


def _keychain_failed(exc: Exception) -> bool:
    return isinstance(exc, VaultError) or (
        isinstance(exc, WorkspaceError) and exc.kind is WorkspaceProblem.VAULT
    )


def _save_once(
    open_inventory: InventoryOpener,
    vault: Vault,
    state: WizardState,
    report: DiagnosisReport | None,
    *,
    keychain: bool,
    saved_from: SavedFrom,
) -> WizardState:
    """One attempt on a copy of `state`, so a rolled-back attempt leaves no ids
    behind; on success `state` takes the saved ids and is returned."""
    work = dataclasses.replace(state, secrets=dict(state.secrets))
    journal = JournalVault(vault)
    try:
        with open_inventory() as inv, inv.transaction():
            keychain_names.ensure(inv, vault)  # entries named per inventory first
            _save(inv, journal, work, report, keychain=keychain, saved_from=saved_from)
    except BaseException:
        journal.undo()
        raise
    for f in dataclasses.fields(state):
        setattr(state, f.name, getattr(work, f.name))
    return state


def _label_for(state: WizardState) -> str:
    return state.shop_name.strip() or suggested_shop_name(state.url)


def _save(
    inv: Inventory,
    vault: Vault,
    state: WizardState,
    report: DiagnosisReport | None,
    *,
    keychain: bool = True,
    saved_from: SavedFrom = SavedFrom.WIZARD,
) -> None:
    """keychain=False: the keychain failed, keep everything but the secrets
    (and leave the keychain alone)."""
    if state.workspace_id is None and state.new_workspace_name.strip():
        key = state.license_key if keychain else None
        ws = create_workspace(inv, vault, state.new_workspace_name, key)
        state.workspace_id = ws.id
        state.new_workspace_name = ""
    if not state.url or state.kind is None:
        return  # nothing shop-shaped yet: the workspace alone is kept
    shop = _save_shop(inv, vault, state, report, keychain=keychain, saved_from=saved_from)
    _save_credential(inv, vault, state, shop, report, keychain=keychain)


def _save_shop(
    inv: Inventory,
    vault: Vault,
    state: WizardState,
    report: DiagnosisReport | None,
    *,
    keychain: bool,
    saved_from: SavedFrom,
) -> Shop:
    """The shop part of a save: created or updated, its basic-auth password in
    the vault, the certificate trusted (logged when it changed)."""
    admin = clean_admin_url(state.admin_url)
    if admin.said is not None:
        raise SaveRefusedError(admin.said)
    state.admin_url = admin.url  # without the secret key, query and fragment
    shop = inv.shop(state.shop_id) if state.shop_id is not None else None
    major = MagentoMajor(state.magento or 2)  # a shop-shaped state has its version
    if shop is None:
        label = _label_for(state)
        # The wizard takes a free variant of its suggestion; the command line's
        # --save label is the merchant's own and stays exactly as given.
        if saved_from is SavedFrom.WIZARD:
            label = inv.free_label(label)
        shop = inv.add_shop(
            Shop(
                base_url=state.url,
                magento_major=major,
                label=label,
                workspace_id=state.workspace_id,
                admin_url=state.admin_url or None,
                store_code=state.store_code,
            )
        )
        inv.log_activity(Activity.CREATED, message(CREATED_MESSAGE[saved_from]), shop_id=shop.id)
    else:
        shop = replace(
            shop,
            base_url=state.url,
            label=_label_for(state),
            magento_major=major,
            workspace_id=state.workspace_id,
            admin_url=state.admin_url or None,
        )
    if state.pinned_cert_pem and state.pinned_cert_pem != shop.pinned_cert_pem:
        inv.log_activity(
            Activity.UPDATED,
            message("activity.certificate_trusted_in_setup", sha256=state.pinned_cert_sha256 or ""),
            shop_id=shop.id,
        )
    shop = replace(
        shop,
        basic_auth_user=state.basic_auth_user or None,
        pinned_cert_pem=state.pinned_cert_pem,
        pinned_cert_sha256=state.pinned_cert_sha256 if state.pinned_cert_pem else None,
    )
    if state.basic_auth and keychain:
        ref = SecretRef.basic_auth_password(stored(shop.id), inv.vault_space)
        vault.put(ref, state.basic_auth[1])
    if report is not None:
        shop = replace(
            shop,
            magento_version=report.magento_version or shop.magento_version,
            magento_edition=report.magento_edition or shop.magento_edition,
        )
    shop = inv.update_shop(shop)
    state.shop_id = shop.id
    return shop


def _save_credential(
    inv: Inventory,
    vault: Vault,
    state: WizardState,
    shop: Shop,
    report: DiagnosisReport | None,
    *,
    keychain: bool,
) -> None:
    """The credential part: DRAFT, or ACTIVE with a passing report (recorded)."""
    kind = state.kind
    assert kind is not None  # _save returned before for a state without a version
    cred = inv.credential(state.credential_id) if state.credential_id is not None else None
    if cred is not None and cred.kind is not kind:
        if not keychain:
            return  # its secrets cannot be removed now: keep it until the next save
        vault.delete_credential(cred)  # the merchant switched Magento version
        inv.delete_credential(stored(cred.id))
        cred = None
    active = report is not None and report.ok
    if cred is None:
        cred = inv.add_credential(
            Credential(shop_id=stored(shop.id), kind=kind, api_user=state.api_user)
        )
    cred = replace(
        cred,
        api_user=state.api_user,
        state=CredentialState.ACTIVE if active else CredentialState.DRAFT,
    )
    inv.update_credential(cred)
    state.credential_id = cred.id

    if keychain:  # else the keychain keeps whatever it held for this credential
        _store_secrets(vault, cred, state)
    if report is not None:
        _record(inv, shop, cred, report)
    if active:
        state.saved_active = True


def _store_secrets(vault: Vault, cred: Credential, state: WizardState) -> None:
    assert state.kind is not None and cred.vault_key is not None
    values = state.wanted_secrets()
    if set(values) == set(state.kind.secret_fields):
        vault.put_credential(cred, values)
        return
    # A draft may be half typed: keep what is there, drop what was cleared.
    for name in state.kind.secret_fields:
        ref = SecretRef.credential(cred.vault_key, name)
        if name in values:
            vault.put(ref, values[name])
        else:
            vault.delete(ref)


def _record(inv: Inventory, shop: Shop, cred: Credential, report: DiagnosisReport) -> None:
    # record_check also logs the test, with its result, in the activity log.
    inv.record_check(check_record(report, stored(shop.id), cred.id))


def record_proof(
    open_inventory: InventoryOpener, shop_id: int, credential_id: int | None, result: ProofResult
) -> bool:
    """The portal step proved cobby connected: write it into the check history
    (run on a worker). False when nothing was written."""
    try:
        with open_inventory() as inv:
            return proof.record_proof(inv, shop_id, credential_id, result)
    except InventoryError:
        return False
