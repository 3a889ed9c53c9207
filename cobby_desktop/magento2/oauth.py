"""OAuth 1.0a request signing for Magento 2 integrations (oauthlib, HMAC-SHA256).

Magento 2.4.4+ accepts only HMAC-SHA256 and reads the OAuth parameters only from
the Authorization header. The signature covers the URL exactly as sent, query
included, so the URL is normalised once here and that very string is sent.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit, urlunsplit

from oauthlib.oauth1 import SIGNATURE_HMAC_SHA256, SIGNATURE_TYPE_AUTH_HEADER, Client

from cobby_desktop.magento2.tokens import M2Tokens
from cobby_desktop.secret import Secret


def _drop_record(record: logging.LogRecord) -> bool:
    return False


# oauthlib logs the consumer key and access token at DEBUG while signing. A filter
# on its own loggers drops those records whatever level the app's logging is set to.
for _name in ("oauthlib.oauth1.rfc5849", "oauthlib.oauth1.rfc5849.signature"):
    logging.getLogger(_name).addFilter(_drop_record)

# Signs the deliberately mis-signed request that tells a stripped Authorization
# header apart from a missing permission. Any value other than the real secret works.
_WRONG_SECRET = Secret("cobby-desktop-deliberately-wrong-secret")

# Characters oauthlib refuses in a query; Magento decodes them back before signing.
_QUERY_ESCAPES = {"[": "%5B", "]": "%5D", " ": "%20", '"': "%22", "|": "%7C"}


def signable_url(url: str) -> str:
    """The URL with `[`, `]` and similar characters percent-encoded in the query."""
    parts = urlsplit(url)
    if not parts.query:
        return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "", ""))
    query = "".join(_QUERY_ESCAPES.get(c, c) for c in parts.query)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))


def oauth_headers(
    method: str,
    url: str,
    tokens: M2Tokens,
    *,
    timestamp: int | None = None,
    nonce: str | None = None,
    mis_sign: bool = False,
) -> tuple[str, dict[str, str]]:
    """(URL to send, headers) for one signed request. Each call makes a new nonce
    unless one is given, because Magento burns a nonce even on a failed request."""
    client = Client(
        tokens.consumer_key.reveal(),
        client_secret=(_WRONG_SECRET if mis_sign else tokens.consumer_secret).reveal(),
        resource_owner_key=tokens.access_token.reveal(),
        resource_owner_secret=tokens.access_token_secret.reveal(),
        signature_method=SIGNATURE_HMAC_SHA256,
        signature_type=SIGNATURE_TYPE_AUTH_HEADER,
        timestamp=str(timestamp) if timestamp is not None else None,
        nonce=nonce,
    )
    target = signable_url(url)
    signed_url, headers, _ = client.sign(target, http_method=method.upper())
    return signed_url, {"Authorization": headers["Authorization"]}
