"""Made-up data for tests: the app's own sample inventory
(tests/support/sample.py), and one shop with an active credential to rotate or
revoke."""

from cobby_desktop.domain.model import Credential, CredentialKind, CredentialState, Shop, Workspace
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.secret import Secret
from tests.support.sample import Populated, populate

__all__ = ["Populated", "populate", "seed_active_credential"]


def seed_active_credential(
    vault: Vault,
    kind: CredentialKind,
    url: str,
    user: str,
    secrets: dict[str, str],
    *,
    license_key: str,
    label: str,
) -> tuple[int, int]:
    """A workspace "Main" with its license key stored, one shop in it and its
    active credential with `secrets`; returns (shop id, credential id)."""
    with Inventory.open() as inv:
        ws = inv.add_workspace(Workspace(name="Main", has_license_key=True))
        vault.put(SecretRef.license_key(ws.id, ws.vault_space), Secret(license_key))
        shop = inv.add_shop(
            Shop(base_url=url, magento_major=kind.magento, label=label, workspace_id=ws.id)
        )
        cred = inv.add_credential(
            Credential(shop_id=shop.id, kind=kind, api_user=user, state=CredentialState.ACTIVE)
        )
        vault.put_credential(cred, {k: Secret(v) for k, v in secrets.items()})
        return shop.id, cred.id
