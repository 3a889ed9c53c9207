"""What the merchant enters in the cobby portal's shop connection settings.

The portal step of setup shows these values one by one, each with a copy
button, in the order of the portal's form. The steps name the portal's own
path (cobby's help centre, 2025-26): Settings > Manage shop, the card "Shop
credentials" unlocked with its lock button, Save; the card "Shop" then shows
the State Active and has its own Check button.

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
from typing import TypedDict

from cobby_desktop.domain.model import CredentialKind, MagentoMajor
from cobby_desktop.domain.urls import normalize_shop_url
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, english, entry, message
from cobby_desktop.secret import Secret

PORTAL_URL = "https://app.cobby.io"


class ShopUrlError(ValueError):
    """The URL cannot be turned into a shop URL for cobby; `said` says why
    (`message` is its English, for logs)."""

    def __init__(self, said: Message) -> None:
        self.said = said
        self.message = english(said)
        super().__init__(self.message)


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
        raise ShopUrlError(result.said or message("url.empty"))
    return result.url.rstrip("/") + "/"


@dataclass(frozen=True)
class ConnectionField:
    """One value to enter in the portal, with a stable id for the UI."""

    id: str
    label: str
    value: Secret | str = field(repr=False)
    secret: bool
    hint: str = ""  # English, for logs; the page shows `hint_message`
    hint_message: Message | None = None
    label_message: Message | None = None  # the label in the portal's words, translated

    def copy_text(self) -> str:
        """The exact text the copy button puts on the clipboard."""
        return self.value.reveal() if isinstance(self.value, Secret) else self.value

    def display_text(self) -> str:
        """What the page shows before the merchant asks to reveal a secret."""
        if self.secret:
            return "•" * 8
        return self.copy_text()


# The labels are the portal's own field names (it shows them in English); the
# hints and the steps are catalogue messages in the merchant's language.
entry("portal.hint.shop_url", QT_TRANSLATE_NOOP(
    "Portal", "The address of your shop's storefront, exactly as shown, ending with a slash."))
entry("portal.hint.api_user", QT_TRANSLATE_NOOP(
    "Portal", "The user name of the API user you created for cobby in the shop."))
entry("portal.hint.api_key", QT_TRANSLATE_NOOP(
    "Portal", "The key of that API user. Paste it without spaces before or after it."))
entry("portal.hint.m2_value", QT_TRANSLATE_NOOP(
    "Portal", "The {label} that the shop shows for the cobby integration."))
entry("portal.step.open", QT_TRANSLATE_NOOP(
    "Portal", "Open the cobby portal at {url} and sign in."))
# The portal's own path and labels (cobby's help centre, 2025-26), no hedging.
entry("portal.step.settings", QT_TRANSLATE_NOOP(
    "Portal", "In the menu on the left open Settings, then Manage shop."))
entry("portal.step.unlock", QT_TRANSLATE_NOOP(
    "Portal", "In the card Shop credentials click the lock button to unlock the fields."))
entry("portal.step.enter_m1", QT_TRANSLATE_NOOP(
    "Portal", "Enter Shop URL, user name and API key as shown here, in this order; "
    "the copy buttons put each value on the clipboard."))
entry("portal.step.enter_m2", QT_TRANSLATE_NOOP(
    "Portal", "Enter Shop URL, Consumer Key, Consumer Secret, Access Token and Access "
    "Token Secret as shown here, in this order; the copy buttons put each value on the "
    "clipboard."))
entry("portal.step.save", QT_TRANSLATE_NOOP(
    "Portal", "Click Save at the bottom. The card Shop shows the State Active once cobby "
    "has connected; its Check button tests the connection from cobby's side."))
entry("portal.step.back", QT_TRANSLATE_NOOP(
    "Portal", "Then come back here: cobby Desktop checks from your shop that cobby has "
    "connected."))


class _Hint(TypedDict):
    hint: str
    hint_message: Message


def _hint(code: str, **params: str) -> _Hint:
    said = message(code, **params)
    return {"hint": english(said), "hint_message": said}


SHOP_URL_HINT = english(message("portal.hint.shop_url"))

# The labels of the portal's Magento 1 form ("Shop URL, user name, API key");
# the German ones are those of the German portal and the portal steps' text.
entry("portal.field.shop_url", QT_TRANSLATE_NOOP("Portal", "Shop URL"))
entry("portal.field.api_user", QT_TRANSLATE_NOOP("Portal", "User name"))
entry("portal.field.api_key", QT_TRANSLATE_NOOP("Portal", "API key"))


class _Label(TypedDict):
    label: str
    label_message: Message


def _label(field_id: str) -> _Label:
    said = message(f"portal.field.{field_id}")
    return {"label": english(said), "label_message": said}

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
            "shop_url", value=cobby_shop_url(shop_url, admin_path=admin_path), secret=False,
            **_label("shop_url"), **_hint("portal.hint.shop_url"),
        ),
        ConnectionField(
            "api_user", value=api_user.strip(), secret=False,
            **_label("api_user"), **_hint("portal.hint.api_user"),
        ),
        ConnectionField(
            "api_key", value=_secret(api_key), secret=True,
            **_label("api_key"), **_hint("portal.hint.api_key"),
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
            "shop_url", value=cobby_shop_url(shop_url, admin_path=admin_path), secret=False,
            **_label("shop_url"), **_hint("portal.hint.shop_url"),
        )
    ]
    for name in CredentialKind.M2_INTEGRATION.secret_fields:
        value = tokens.get(name) if isinstance(tokens, Mapping) else getattr(tokens, name, None)
        if value is None:
            raise KeyError(f"the integration value {name} is missing")
        fields.append(
            ConnectionField(
                name, M2_FIELD_LABELS[name], _secret(value), True,
                **_hint("portal.hint.m2_value", label=M2_FIELD_LABELS[name]),
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


def portal_steps(magento: MagentoMajor) -> tuple[Message, ...]:
    """The portal step's instructions, one sentence each, in order."""
    fields = "portal.step.enter_m1" if magento is MagentoMajor.M1 else "portal.step.enter_m2"
    return (
        message("portal.step.open", url=PORTAL_URL),
        message("portal.step.settings"),
        message("portal.step.unlock"),
        message(fields),
        message("portal.step.save"),
        message("portal.step.back"),
    )


def payload(fields: Sequence[ConnectionField]) -> dict[str, str]:
    """The JSON body for the portal API's shop connection (reveals secrets:
    only the HTTP client calls this, right before sending)."""
    return {f.id: f.copy_text() for f in fields}
