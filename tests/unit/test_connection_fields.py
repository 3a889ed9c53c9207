"""The values shown on the portal step, and the shop URL form cobby needs."""

from __future__ import annotations

import pytest

from cobby_desktop.domain.model import MagentoMajor
from cobby_desktop.messages import english
from cobby_desktop.portal.connection_fields import (
    PORTAL_URL,
    ShopUrlError,
    cobby_shop_url,
    connection_fields,
    m1_connection_fields,
    m2_connection_fields,
    payload,
    portal_steps,
)
from cobby_desktop.secret import Secret

API_KEY = "k3yWith5Digits"
TOKENS = {
    "consumer_key": "a" * 32,
    "consumer_secret": "b" * 32,
    "access_token": "c" * 32,
    "access_token_secret": "d" * 32,
}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://www.shop.example", "https://www.shop.example/"),
        ("https://www.shop.example/", "https://www.shop.example/"),
        ("  https://WWW.Shop.Example/  ", "https://www.shop.example/"),
        ("www.shop.example", "https://www.shop.example/"),
        ("http://www.shop.example/", "http://www.shop.example/"),
        ("https://www.shop.example/index.php/admin/dashboard/", "https://www.shop.example/"),
        ("https://www.shop.example/index.php", "https://www.shop.example/"),
        ("https://www.shop.example/admin", "https://www.shop.example/"),
        ("https://www.shop.example/api/cobby/json", "https://www.shop.example/"),
        ("https://www.shop.example/rest/V1/cobby/setup", "https://www.shop.example/"),
        ("https://www.shop.example/store/", "https://www.shop.example/store/"),
        ("https://www.shop.example/store/index.php/admin/", "https://www.shop.example/store/"),
        ("https://www.shop.example:443/", "https://www.shop.example/"),
        ("https://www.shop.example:8443/de", "https://www.shop.example:8443/de/"),
        ("https://www.shop.example/?SID=abc#top", "https://www.shop.example/"),
        ("https://www.shop.example//store//", "https://www.shop.example/store/"),
    ],
)
def test_shop_url_form(given: str, expected: str):
    assert cobby_shop_url(given) == expected


def test_a_custom_admin_path_is_cut_off():
    url = "https://www.shop.example/backend_x7/catalog/product/"
    assert cobby_shop_url(url, admin_path="/backend_x7/") == "https://www.shop.example/"
    assert cobby_shop_url("shop.example/Backend_X7", admin_path="backend_x7") == (
        "https://shop.example/"
    )
    # without knowing it, a custom admin path looks like a shop folder
    assert cobby_shop_url(url).startswith("https://www.shop.example/backend_x7/")


@pytest.mark.parametrize(
    "bad", ["", "   ", "ftp://shop.example/", "https://", "https://shop .example/",
            "https://shop.example:99999/"]
)
def test_unusable_addresses_are_explained(bad: str):
    with pytest.raises(ShopUrlError) as err:
        cobby_shop_url(bad)
    assert err.value.message.endswith(".")


def test_magento1_fields():
    fields = m1_connection_fields(
        "https://www.shop.example/index.php/admin", " cobby_api ", Secret(API_KEY)
    )
    assert [f.id for f in fields] == ["shop_url", "api_user", "api_key"]
    assert [f.secret for f in fields] == [False, False, True]
    assert [f.label for f in fields] == ["Shop URL", "User name", "API key"]
    assert [f.label_message.code for f in fields] == [
        "portal.field.shop_url", "portal.field.api_user", "portal.field.api_key"]
    assert fields[0].copy_text() == "https://www.shop.example/"
    assert fields[1].copy_text() == "cobby_api"
    assert fields[2].copy_text() == API_KEY
    assert API_KEY not in fields[2].display_text()
    assert all(f.hint for f in fields)


def test_magento2_fields_from_the_vault_mapping_or_an_object():
    secrets = {k: Secret(v) for k, v in TOKENS.items()}
    fields = m2_connection_fields("shop.example/", secrets)
    assert [f.id for f in fields] == [
        "shop_url", "consumer_key", "consumer_secret", "access_token", "access_token_secret"
    ]
    assert [f.label for f in fields[1:]] == [
        "Consumer Key", "Consumer Secret", "Access Token", "Access Token Secret"
    ]
    assert all(f.secret for f in fields[1:]) and not fields[0].secret
    assert payload(fields) == {"shop_url": "https://shop.example/", **TOKENS}

    class Tokens:
        consumer_key = Secret(TOKENS["consumer_key"])
        consumer_secret = Secret(TOKENS["consumer_secret"])
        access_token = Secret(TOKENS["access_token"])
        access_token_secret = Secret(TOKENS["access_token_secret"])

    assert payload(m2_connection_fields("https://shop.example", Tokens())) == payload(fields)


def test_missing_values_are_refused():
    with pytest.raises(KeyError):
        m2_connection_fields("https://shop.example/", {"consumer_key": Secret("a" * 32)})
    with pytest.raises(KeyError):
        connection_fields(MagentoMajor.M1, "https://shop.example/", api_user="u", secrets={})


def test_connection_fields_per_version():
    m1 = connection_fields(
        MagentoMajor.M1, "https://shop.example/", api_user="cobby_api",
        secrets={"api_key": Secret(API_KEY)},
    )
    assert [f.id for f in m1] == ["shop_url", "api_user", "api_key"]
    m2 = connection_fields(
        MagentoMajor.M2, "https://shop.example/", secrets={k: Secret(v) for k, v in TOKENS.items()}
    )
    assert len(m2) == 5


def test_secrets_never_show_in_reprs():
    fields = m1_connection_fields("https://shop.example/", "cobby_api", Secret(API_KEY))
    secrets = {k: Secret(v) for k, v in TOKENS.items()}
    fields += m2_connection_fields("https://shop.example/", secrets)
    text = repr(fields) + str(fields) + " ".join(f.display_text() for f in fields)
    assert API_KEY not in text
    for value in TOKENS.values():
        assert value not in text


@pytest.mark.parametrize("magento", [MagentoMajor.M1, MagentoMajor.M2])
def test_portal_steps_name_the_portals_own_path(magento: MagentoMajor):
    steps = portal_steps(magento)
    fields = "portal.step.enter_m1" if magento is MagentoMajor.M1 else "portal.step.enter_m2"
    assert [s.code for s in steps] == [
        "portal.step.open", "portal.step.settings", "portal.step.unlock", fields,
        "portal.step.save", "portal.step.back",
    ]
    assert steps[0].params == {"url": PORTAL_URL}
    # No hedging between portal versions; the form's fields in the portal's order.
    text = " ".join(english(s) for s in steps)
    assert "depending on" not in text and "License Profile" not in text
    order = ("Shop URL", "user name", "API key") if magento is MagentoMajor.M1 else (
        "Shop URL", "Consumer Key", "Consumer Secret", "Access Token and", "Access Token Secret")
    positions = [text.index(label) for label in order]
    assert positions == sorted(positions)
