"""Property-based tests (hypothesis): every address the normaliser accepts is
usable by httpx and stays the same when normalised again; no secret survives
the redactor in any encoding; the key validators never raise and never repeat
the value they judge."""

from __future__ import annotations

import base64
import json
import string
from urllib.parse import quote, quote_plus

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cobby_desktop.domain.redact import redact_text, secret_values
from cobby_desktop.domain.urls import normalize_shop_url
from cobby_desktop.magento1.keys import validate_api_user, validate_m1_key
from cobby_desktop.magento2.tokens import validate_token
from cobby_desktop.secret import Secret

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_URLISH = st.text(
    alphabet=st.sampled_from(
        list(string.ascii_letters + string.digits + ":/.?#@[]%-_~ \t\n\x00\x1b")
        + ["ü", "ß", "\u202e", "\u200b", "\xa0", "é", "中"]
    ),
    max_size=60,
)
_HOSTS = st.from_regex(r"\A(https?://)?[a-z0-9ü-]{1,12}(\.[a-z]{2,6}){1,2}(:[0-9]{1,6})?(/[a-z0-9._-]{0,8}){0,3}\Z")


@FAST
@given(st.one_of(_URLISH, _HOSTS, st.text(max_size=80)))
def test_every_accepted_address_is_usable_by_httpx(raw: str) -> None:
    result = normalize_shop_url(raw)
    if result.url is None:
        assert result.said is not None
        return
    httpx.URL(result.url)  # raises if the HTTP stack could not use it
    assert normalize_shop_url(result.url).url == result.url


_SECRET_CHARS = st.characters(blacklist_characters="•", blacklist_categories=("Cs",))
_SECRETS = st.text(alphabet=_SECRET_CHARS, min_size=4, max_size=40).filter(
    lambda s: len(s.strip()) >= 4
)


def _encodings(secret: str, user: str) -> list[str]:
    raw = secret.encode()
    return [secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1],
            base64.b64encode(raw).decode(),
            base64.b64encode(f"{user}:{secret}".encode()).decode()]


@FAST
@given(_SECRETS, st.text(max_size=40), st.text(max_size=40), st.integers(0, 5))
def test_no_secret_survives_the_redactor(secret: str, before: str, after: str, which: int) -> None:
    form = _encodings(secret, "staff")[which]
    text = f"{before}{form}{after}"
    out = redact_text(text, secret_values([Secret(secret)], basic_user="staff"))
    assert form not in out


@FAST
@given(st.text(max_size=80))
def test_credential_headers_never_survive(value: str) -> None:
    value = value.replace("\r", " ").replace("\n", " ").replace('"', " ").strip()
    if len(value) < 3 or set(value) <= {"•", " "}:
        return  # only the mask itself: it is what the output must show
    out = redact_text(f"Authorization: {value}\nCookie: {value}")
    assert value not in out


_KEYS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@FAST
@given(_KEYS)
def test_m1_key_validator_never_raises_and_never_repeats_the_key(key: str) -> None:
    problems = validate_m1_key(key)
    secretish = len(key) >= 10 and any(c.isdigit() for c in key)
    for p in problems:
        assert p.code and p.said
        if secretish:
            assert key not in p.message
    if not problems:
        assert key == key.strip() and any(c in string.digits for c in key)
        assert any(c in string.ascii_letters for c in key)
    if key and key != key.strip():
        assert problems


@FAST
@given(_KEYS)
def test_m2_token_and_user_validators_never_raise(value: str) -> None:
    for field in ("consumer_key", "consumer_secret", "access_token", "access_token_secret"):
        for p in validate_token(field, value):
            assert p.code and p.said
            if len(value) >= 10 and any(c.isdigit() for c in value):
                assert value not in p.message
    validate_api_user(value)
