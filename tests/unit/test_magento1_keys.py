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
from tests.support.said import saids


def test_a_good_key_has_no_problems():
    assert validate_m1_key("cobby12345key") == ()


def _edge(code: str, field: str, char: str) -> tuple[str, dict[str, object]]:
    return code, {"field": f"field.{field}", "char": f"char.{char}"}


def _at(char: str, position: int, field: str = "api_key") -> tuple[str, dict[str, object]]:
    return "m1.field.contains_at", {
        "field": f"field.{field}", "char": f"char.{char}", "position": position,
    }


@pytest.mark.parametrize(
    ("value", "code", "said_"),
    [
        ("abc12345 ", "whitespace", _edge("m1.field.ends_with", "api_key", "space")),
        (" abc12345", "whitespace", _edge("m1.field.starts_with", "api_key", "space")),
        ("abc12345\n", "whitespace", _edge("m1.field.ends_with", "api_key", "line_break")),
        ("abc12345\t", "whitespace", _edge("m1.field.ends_with", "api_key", "tab")),
        ("abc1234567\u00a0xyz", "invisible", _at("nbsp", 11)),
        ("abc12\u200b345", "invisible", _at("zero_width_space", 6)),
        (
            "\ufeffabc12345",
            "invisible",
            _edge("m1.field.starts_with", "api_key", "byte_order_mark"),
        ),
        ("abc12\r\n345", "whitespace", _at("line_break", 6)),
        ("abc 12345", "whitespace", _at("space", 4)),
    ],
)
def test_pasted_characters_are_named_with_their_position(value, code, said_):
    problems = validate_m1_key(value)
    assert said_ in saids(problems)
    assert code in {p.code for p in problems}


def test_non_breaking_space_at_position_12():
    problems = validate_m1_key("abcdefgh123\u00a0xyz")
    assert saids(problems) == [_at("nbsp", 12)]


def test_more_than_five_such_characters_are_summed_up():
    problems = validate_m1_key("a1" + " x" * 7)
    assert [s[0] for s in saids(problems)] == ["m1.field.contains_at"] * 5 + ["m1.field.more"]


def test_length_rules():
    short = validate_m1_key("ab12")
    assert [p.code for p in short] == ["length"]
    assert saids(short) == [
        ("m1.field.too_short", {"field": "field.api_key", "length": 4, "minimum": 7})
    ]
    assert validate_m1_key("abc1234") == ()
    assert [p.code for p in validate_m1_key("abc1234", min_length=8)] == ["length"]
    too_long = validate_m1_key("a1" * 129)
    assert saids(too_long) == [("m1.field.too_long", {"field": "field.api_key", "maximum": 256})]
    assert validate_m1_key("a1" * 128) == ()


def test_letters_and_digits_are_both_required():
    assert saids(validate_m1_key("abcdefghij")) == [
        ("m1.field.no_digit", {"field": "field.api_key"})
    ]
    assert saids(validate_m1_key("1234567890")) == [
        ("m1.field.no_letter", {"field": "field.api_key"})
    ]
    # Magento counts ASCII letters only.
    assert "format" in {p.code for p in validate_m1_key("äöüäöü12345")}


def test_empty_key_and_the_field_it_names():
    assert saids(validate_m1_key("")) == [("m1.field.empty", {"field": "field.api_key"})]
    problems = validate_api_user("cobby ", field="api_user")
    assert saids(problems) == [_edge("m1.field.ends_with", "api_user", "space")]
    assert problems[0].field == "api_user"


def test_messages_never_repeat_the_value():
    value = "Secr3tValue\u00a0 "
    for problem in validate_m1_key(value):
        assert "Secr3tValue" not in problem.message
        assert "Secr3tValue" not in repr(problem.said.as_dict())


def test_api_user_name():
    assert validate_api_user("cobby_api") == ()
    assert saids(validate_api_user("")) == [("m1.field.empty", {"field": "field.api_user"})]
    assert saids(validate_api_user("cobby_api ")) == [
        _edge("m1.field.ends_with", "api_user", "space")
    ]
    assert saids(validate_api_user("cobby\u200b_api")) == [
        _at("zero_width_space", 6, "api_user")
    ]


@pytest.mark.english  # German, then the English catalogue text
def test_a_field_problem_reads_as_whole_sentences_in_both_languages():
    from cobby_desktop import i18n

    [problem] = validate_m1_key("abcdefgh123\u00a0xyz")
    try:
        i18n.install("de")
        german = i18n.explain(problem)
        assert "API-Schlüssel" in german and "12" in german and "geschütztes Leerzeichen" in german
        short = i18n.explain(validate_m1_key("ab1")[0])
        assert "3 Zeichen" in short and "7" in short
    finally:
        i18n.install("en")
    assert i18n.explain(problem) == "The API key contains a non-breaking space at position 12."
    assert i18n.explain(validate_m1_key("a")[0]).startswith(
        "The API key is too short: it has 1 character and"
    )  # the English catalogue's singular form


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


def test_every_character_kind_and_field_has_a_catalogue_name():
    from cobby_desktop.magento1 import keys
    from cobby_desktop.magento2 import tokens
    from cobby_desktop.results import CHARACTER_NAMES, FIELD_NAMES

    kinds = set(keys._INVISIBLE.values()) | set(keys._WHITESPACE.values())
    kinds |= {tokens._describe_char(c) for c in " \t\n\u00a0\u200b\u3000"}
    kinds |= {"other_space", "control"}
    assert kinds <= set(CHARACTER_NAMES)
    assert {"api_user", "api_key", "license_key", *tokens.FIELDS} <= set(FIELD_NAMES)
    # Every control character and every Unicode space is named, none raises.
    for code in [*range(0x20), 0x7F, 0x85, 0x2000, 0x2028, 0x3000]:
        problems = validate_m1_key(f"ab{chr(code)}12cd")
        assert problems and all(p.said.params.get("char") for p in problems if p.code != "format")
