"""Magento 1 key hygiene and the key generator (no network)."""

from __future__ import annotations

import string

import pytest

from cobby_desktop.magento1 import (
    generate_key,
    is_weak_key,
    key_strength,
    validate_api_user,
    validate_m1_key,
)
from cobby_desktop.magento1.keys import KEY_ALPHABET
from cobby_desktop.secret import Secret


def messages(problems) -> list[str]:
    return [p.message for p in problems]


def test_a_good_key_has_no_problems():
    assert validate_m1_key("cobby12345key") == ()


@pytest.mark.parametrize(
    ("value", "code", "message"),
    [
        ("abc12345 ", "whitespace", "The API key ends with a space."),
        (" abc12345", "whitespace", "The API key starts with a space."),
        ("abc12345\n", "whitespace", "The API key ends with a line break."),
        ("abc12345\t", "whitespace", "The API key ends with a tab."),
        (
            "abc1234567\u00a0xyz",
            "invisible",
            "The API key contains a non-breaking space at position 11.",
        ),
        ("abc12\u200b345", "invisible", "The API key contains a zero-width space at position 6."),
        (
            "\ufeffabc12345",
            "invisible",
            "The API key starts with a byte order mark (zero-width no-break space).",
        ),
        ("abc12\r\n345", "whitespace", "The API key contains a line break at position 6."),
        ("abc 12345", "whitespace", "The API key contains a space at position 4."),
    ],
)
def test_pasted_characters_are_named_with_their_position(value, code, message):
    problems = validate_m1_key(value)
    assert message in messages(problems)
    assert code in {p.code for p in problems}


def test_non_breaking_space_at_position_12():
    problems = validate_m1_key("abcdefgh123\u00a0xyz")
    assert messages(problems) == ["The API key contains a non-breaking space at position 12."]


def test_length_rules():
    short = validate_m1_key("ab12")
    assert [p.code for p in short] == ["length"]
    assert short[0].message == (
        "The API key is too short: it has 4 characters and Magento needs at least 7."
    )
    assert validate_m1_key("abc1234") == ()
    assert [p.code for p in validate_m1_key("abc1234", min_length=8)] == ["length"]
    too_long = validate_m1_key("a1" * 129)
    assert messages(too_long) == [
        "The API key is too long: Magento rejects keys over 256 characters."
    ]
    assert validate_m1_key("a1" * 128) == ()


def test_letters_and_digits_are_both_required():
    assert messages(validate_m1_key("abcdefghij")) == [
        "The API key has no digit: Magento needs letters and digits."
    ]
    assert messages(validate_m1_key("1234567890")) == [
        "The API key has no letter: Magento needs letters and digits."
    ]
    # Magento counts ASCII letters only.
    assert "format" in {p.code for p in validate_m1_key("äöüäöü12345")}


def test_empty_key_and_custom_field_name():
    assert messages(validate_m1_key("")) == ["The API key is empty. Please enter it."]
    problems = validate_m1_key("abc12345 ", field="new API key")
    assert messages(problems) == ["The new API key ends with a space."]
    assert problems[0].field == "new API key"


def test_messages_never_repeat_the_value():
    value = "Secr3tValue\u00a0 "
    for problem in validate_m1_key(value):
        assert "Secr3tValue" not in problem.message


def test_api_user_name():
    assert validate_api_user("cobby_api") == ()
    assert messages(validate_api_user("")) == ["The API user name is empty. Please enter it."]
    assert messages(validate_api_user("cobby_api ")) == ["The API user name ends with a space."]
    assert messages(validate_api_user("cobby\u200b_api")) == [
        "The API user name contains a zero-width space at position 6."
    ]


def test_generated_keys_meet_every_rule():
    keys = [generate_key() for _ in range(200)]
    assert len({k.reveal() for k in keys}) == 200
    for key in keys:
        assert isinstance(key, Secret)
        value = key.reveal()
        assert len(value) == 32
        assert set(value) <= set(KEY_ALPHABET)
        assert not set(value) & set("0O1lIo")
        assert validate_m1_key(value) == ()
        assert any(c in string.ascii_letters for c in value)
        assert any(c in string.digits for c in value)
        assert key_strength(value) == "strong"
        assert value not in repr(key)
    assert len(generate_key(64).reveal()) == 64


def test_generator_refuses_short_or_overlong_keys():
    with pytest.raises(ValueError):
        generate_key(31)
    with pytest.raises(ValueError):
        generate_key(257)


def test_alphabet_is_paste_safe():
    assert set(KEY_ALPHABET) <= set(string.ascii_letters + string.digits)
    assert not set(KEY_ALPHABET) & set("0O1lI")


@pytest.mark.parametrize(
    ("value", "weak"),
    [
        ("abc1234", True),  # short
        ("aaaaaaaaaaaaaaa1bbbb", True),  # little variety
        ("Hq8rT3vW7xY2pK5m", False),
        ("qwXz9abcdefgK7Lm", True),  # a run of six consecutive letters
        ("Zq8rT3vW7xY2pK5mN4", False),
        ("zqrtvwxypkmnbcdfgh", True),  # no digit
    ],
)
def test_weak_keys(value, weak):
    assert is_weak_key(value) is weak
    assert key_strength(Secret(value)) == ("weak" if weak else "strong")
