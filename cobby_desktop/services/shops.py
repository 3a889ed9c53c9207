"""Changes to a stored shop that the check dialog offers after a finding:
storing the password of the prompt in front of the shop (HTTP basic auth) and
trusting exactly one certificate (pinning). Plain functions that run inside a
background job; the dialog only asks and shows."""

from __future__ import annotations

from dataclasses import replace

from cobby_desktop.domain.model import Activity, Shop
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import SecretRef, Vault
from cobby_desktop.messages import message
from cobby_desktop.net.http import CertInfo
from cobby_desktop.secret import Secret


def store_basic_auth(
    inventory: Inventory, vault: Vault, shop_id: int, user: str, password: Secret
) -> Shop | None:
    """Keep the basic-auth user with the shop and the password in the vault
    (vault first: a refusing keychain leaves the shop unchanged). None when the
    shop is gone."""
    shop = inventory.shop(shop_id)
    if shop is None:
        return None
    vault.put(SecretRef.basic_auth_password(shop_id, shop.vault_space), password)
    shop = inventory.update_shop(replace(shop, basic_auth_user=user))
    inventory.log_activity(
        Activity.UPDATED, message("activity.basic_auth_stored"), shop_id=shop_id
    )
    return shop


def pin_certificate(inventory: Inventory, shop_id: int, cert: CertInfo) -> Shop | None:
    """Trust exactly this certificate for the shop from now on. None when the
    shop is gone."""
    shop = inventory.shop(shop_id)
    if shop is None:
        return None
    shop = inventory.update_shop(
        replace(shop, pinned_cert_pem=cert.pem, pinned_cert_sha256=cert.sha256)
    )
    inventory.log_activity(
        Activity.UPDATED,
        message("activity.certificate_trusted", sha256=cert.sha256, subject=cert.subject,
                until=f"{cert.not_after:%Y-%m-%d}"),
        shop_id=shop_id,
    )
    return shop
