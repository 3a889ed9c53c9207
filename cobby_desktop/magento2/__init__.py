"""Magento 2 connector: integration tokens, OAuth 1.0a signing, the cobby probe."""

from cobby_desktop.magento2.check import check_m2, probe_cobby
from cobby_desktop.magento2.client import (
    M2Answer,
    M2Client,
    fetch_magento_version,
    normalise_shop_url,
    rest_bases,
)
from cobby_desktop.magento2.oauth import oauth_headers, signable_url
from cobby_desktop.magento2.tokens import (
    FIELD_LABELS,
    FIELDS,
    M2Tokens,
    split_tokens_panel,
    validate_m2_tokens,
    validate_token,
)

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "M2Answer",
    "M2Client",
    "M2Tokens",
    "check_m2",
    "fetch_magento_version",
    "normalise_shop_url",
    "oauth_headers",
    "probe_cobby",
    "rest_bases",
    "signable_url",
    "split_tokens_panel",
    "validate_m2_tokens",
    "validate_token",
]
