"""What the merchant enters in the cobby portal's shop connection settings.

The portal step of setup shows these values one by one, each with a copy
button. The texts never name one portal menu entry: depending on the portal
page and release the settings are called "Shop", "Manage shop" or "License
Profile", so the instructions describe the page instead.

Shop URL form (decided here, used everywhere the app hands a URL to cobby):
the shop's base URL with its scheme, host, optional port and the folder the
shop lives in, without `index.php`, without the admin path or any API path,
without query or fragment, and always ending in exactly one `/`. That is the
same form as Magento's own Base URL setting, which always ends in a slash, so
the merchant can compare the two.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cobby_desktop.domain.model import CredentialKind, MagentoMajor
from cobby_desktop.domain.urls import normalize_shop_url
from cobby_desktop.secret import Secret

PORTAL_URL = "https://app.cobby.io"


class ShopUrlError(ValueError):
    """The URL cannot be turned into a shop URL for cobby; `message` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def cobby_shop_url(url: str, *, admin_path: str | None = None) -> str:
    """The shop URL in the form cobby needs (see the module text).

    The app's one URL normaliser (`domain.urls`) does the cleaning, so the
    portal gets the same address the checks used; this adds the trailing
    slash. `admin_path` is the shop's custom admin front name (e.g.
    "backend_x7"), if known, so a pasted admin address loses it too.
    """
    text = (url or "").strip()
    name = (admin_path or "").strip("/").lower()
    if name:
        scheme, sep, rest = text.rpartition("://")
        host, _, path = rest.partition("/")
        segments = path.split("/")
        lowered = [seg.lower() for seg in segments]
        if name in lowered:
            path = "/".join(segments[: lowered.index(name)])
            text = f"{scheme}{sep}{host}/{path}"
    result = normalize_shop_url(text)
    if result.url is None:
        raise ShopUrlError(result.problem or "Enter the address of your shop.")
    return result.url.rstrip("/") + "/"


@dataclass(frozen=True)
class ConnectionField:
    """One value to enter in the portal, with a stable id for the UI."""

    id: str
    label: str
    value: Secret | str = field(repr=False)
    secret: bool
    hint: str = ""

    def copy_text(self) -> str:
        """The exact text the copy button puts on the clipboard."""
        return self.value.reveal() if isinstance(self.value, Secret) else self.value

    def display_text(self) -> str:
        """What the page shows before the merchant asks to reveal a secret."""
        if self.secret:
            return "•" * 8
        return self.copy_text()


SHOP_URL_HINT = (
    "The address of your shop's storefront, exactly as shown, ending with a slash."
)

M2_FIELD_LABELS: dict[str, str] = {
    "consumer_key": "Consumer Key",
    "consumer_secret": "Consumer Secret",
    "access_token": "Access Token",
    "access_token_secret": "Access Token Secret",
}


def _secret(value: Secret | str) -> Secret:
    return value if isinstance(value, Secret) else Secret(value)


def m1_connection_fields(
    shop_url: str, api_user: str, api_key: Secret, *, admin_path: str | None = None
) -> tuple[ConnectionField, ...]:
    """Shop URL, API user name and API key for a Magento 1 / OpenMage shop."""
    return (
        ConnectionField(
            "shop_url", "Shop URL", cobby_shop_url(shop_url, admin_path=admin_path), False,
            SHOP_URL_HINT,
        ),
        ConnectionField(
            "api_user", "API user name", api_user.strip(), False,
            "The user name of the API user you created for cobby in the shop.",
        ),
        ConnectionField(
            "api_key", "API key", _secret(api_key), True,
            "The key of that API user. Paste it without spaces before or after it.",
        ),
    )


def m2_connection_fields(
    shop_url: str,
    tokens: Mapping[str, Secret] | object,
    *,
    admin_path: str | None = None,
) -> tuple[ConnectionField, ...]:
    """Shop URL and the four values of the cobby integration for Magento 2.

    `tokens` is either the vault's mapping (field name -> Secret) or an object
    with the same attribute names (e.g. `magento2.M2Tokens`).
    """
    fields = [
        ConnectionField(
            "shop_url", "Shop URL", cobby_shop_url(shop_url, admin_path=admin_path), False,
            SHOP_URL_HINT,
        )
    ]
    for name in CredentialKind.M2_INTEGRATION.secret_fields:
        value = tokens.get(name) if isinstance(tokens, Mapping) else getattr(tokens, name, None)
        if value is None:
            raise KeyError(f"the integration value {name} is missing")
        fields.append(
            ConnectionField(
                name, M2_FIELD_LABELS[name], _secret(value), True,
                f"The {M2_FIELD_LABELS[name]} that the shop shows for the cobby integration.",
            )
        )
    return tuple(fields)


def connection_fields(
    magento: MagentoMajor,
    shop_url: str,
    *,
    api_user: str = "",
    secrets: Mapping[str, Secret],
    admin_path: str | None = None,
) -> tuple[ConnectionField, ...]:
    """The fields for either Magento version, from the vault's secrets of the
    shop's current credential (`Vault.credential_secrets`)."""
    if magento is MagentoMajor.M1:
        if "api_key" not in secrets:
            raise KeyError("the API key is missing")
        return m1_connection_fields(shop_url, api_user, secrets["api_key"], admin_path=admin_path)
    return m2_connection_fields(shop_url, secrets, admin_path=admin_path)


def portal_steps(magento: MagentoMajor) -> tuple[str, ...]:
    """The portal step's instructions, one sentence each, in order."""
    values = (
        "the shop URL, the API user name and the API key"
        if magento is MagentoMajor.M1
        else "the shop URL and the four values of the cobby integration"
    )
    return (
        f"Open the cobby portal at {PORTAL_URL} and sign in.",
        "Select this shop's workspace and open its shop connection settings: the page "
        "where the portal asks for the shop URL and the API access (depending on the portal "
        "version it is called Shop, Manage shop or License Profile).",
        f"Enter {values} exactly as shown here, using the copy buttons.",
        "Save, then come back here: the app checks from your shop that cobby has connected.",
    )


def payload(fields: Sequence[ConnectionField]) -> dict[str, str]:
    """The JSON body for the portal API's shop connection (reveals secrets:
    only the HTTP client calls this, right before sending)."""
    return {f.id: f.copy_text() for f in fields}
