"""Integration token checks before any request, and splitting a pasted tokens panel."""

from __future__ import annotations

import pytest

from cobby_desktop.magento2 import (
    FIELD_LABELS,
    M2Tokens,
    split_tokens_panel,
    validate_m2_tokens,
    validate_token,
)
from cobby_desktop.secret import Secret
from tests.support.said import said, saids

CK = "k3m9x2q7w8e4r5t6y1u0i9o8p7a6s5d4"
CS = "s9d8f7g6h5j4k3l2z1x0c9v8b7n6m5q4"
AT = "t1o2k3e4n5a6b7c8d9e0f1g2h3i4j5k6"
ATS = "z0y9x8w7v6u5t4s3r2q1p0o9n8m7l6k5"
GOOD = {"consumer_key": CK, "consumer_secret": CS, "access_token": AT, "access_token_secret": ATS}


def codes_and_saids(field: str, value: str) -> list[tuple[str, object]]:
    return [(p.code, said(p.said)) for p in validate_token(field, value)]


def test_good_values_have_no_problems():
    assert validate_m2_tokens(GOOD) == ()
    assert validate_m2_tokens({k: Secret(v) for k, v in GOOD.items()}) == ()


def _char(code: str, char: str) -> tuple[str, dict[str, object]]:
    return code, {"field": "field.access_token_secret", "char": f"char.{char}"}


@pytest.mark.parametrize(
    ("value", "code", "said_"),
    [
        (ATS + " ", "whitespace", _char("m2.field.ends_with", "space")),
        (" " + ATS, "whitespace", _char("m2.field.starts_with", "space")),
        ("\t" + ATS, "whitespace", _char("m2.field.starts_with", "tab")),
        (ATS + "\r\n", "whitespace", _char("m2.field.ends_with", "line_break")),
        (ATS + "\u00a0", "whitespace", _char("m2.field.ends_with", "nbsp")),
        ("\u200b" + ATS, "invisible", _char("m2.field.starts_with", "zero_width")),
        (ATS[:16] + "\u200b" + ATS[16:], "invisible", _char("m2.field.inside", "zero_width")),
        (ATS[:16] + "\n" + ATS[16:], "whitespace", _char("m2.field.inside", "line_break")),
        (
            ATS[:-1],
            "length",
            ("m2.field.length", {"field": "field.access_token_secret", "count": 31, "length": 32}),
        ),
        ("", "empty", ("m2.field.empty", {"field": "field.access_token_secret"})),
    ],
)
def test_each_problem_is_named_precisely(value, code, said_):
    assert codes_and_saids("access_token_secret", value) == [(code, said_)]


def test_capital_letters_and_foreign_characters():
    assert codes_and_saids("consumer_key", CK.upper()) == [
        ("format", ("m2.field.capitals", {"field": "field.consumer_key"}))
    ]
    assert codes_and_saids("consumer_key", CK[:-1] + "-") == [
        ("format", ("m2.field.other_characters", {"field": "field.consumer_key"}))
    ]


def test_label_of_another_field_is_wrong_field():
    problems = validate_token("access_token_secret", "Consumer Key: " + CK)
    assert [(p.field, p.code) for p in problems] == [("access_token_secret", "wrong_field")]
    assert saids(problems) == [("m2.field.other_label", {
        "field": "field.access_token_secret", "other": "field.consumer_key",
    })]
    # "Access Token" inside the secret's field is not mistaken for its own label.
    problems = validate_token("access_token_secret", "Access Token " + AT)
    assert [p.code for p in problems] == ["wrong_field"]
    assert said(problems[0].said)[1]["other"] == "field.access_token"


def test_own_label_pasted_in_is_a_format_problem():
    problems = validate_token("consumer_secret", "Consumer Secret\t" + CS)
    assert [p.code for p in problems] == ["format"]
    assert saids(problems) == [
        ("m2.field.own_label", {"field": "field.consumer_secret", "length": 32})
    ]


def test_same_value_in_two_fields_is_wrong_field():
    problems = validate_m2_tokens(dict(GOOD, access_token=CK))
    assert [(p.field, p.code) for p in problems] == [("access_token", "wrong_field")]
    assert saids(problems) == [
        ("m2.field.same_value", {"field": "field.access_token", "first": "field.consumer_key"})
    ]


def test_missing_field_is_empty():
    values = dict(GOOD)
    del values["consumer_secret"]
    assert [(p.field, p.code) for p in validate_m2_tokens(values)] == [
        ("consumer_secret", "empty")
    ]


@pytest.mark.english  # German, then the English catalogue text
def test_a_token_problem_names_the_field_in_german():
    from cobby_desktop import i18n

    [problem] = validate_token("access_token_secret", ATS[:-1])
    try:
        i18n.install("de")
        german = i18n.explain(problem)
    finally:
        i18n.install("en")
    assert "„Access Token Secret“" in german and "31 Zeichen" in german and "32" in german
    assert i18n.explain(problem).startswith("The Access Token Secret has 31 characters;")


def test_messages_never_repeat_the_value():
    bad = {
        "consumer_key": " " + CK,
        "consumer_secret": CS.upper(),
        "access_token": CK,
        "access_token_secret": ATS[:-3] + "\u200b",
    }
    problems = validate_m2_tokens(bad)
    assert len(problems) >= 4
    for problem in problems:
        for value in (CK, CS, CS.upper(), AT, ATS[:-3]):
            assert value not in problem.message
            assert value not in repr(problem.said.as_dict())


def test_tokens_repr_is_masked():
    tokens = M2Tokens.from_mapping(GOOD)
    text = repr(tokens) + str(tokens)
    for value in GOOD.values():
        assert value not in text
    assert tokens.access_token.reveal() == AT


def test_field_labels():
    assert FIELD_LABELS == {
        "consumer_key": "Consumer Key",
        "consumer_secret": "Consumer Secret",
        "access_token": "Access Token",
        "access_token_secret": "Access Token Secret",
    }


def test_split_panel_as_the_admin_shows_it():
    panel = (
        "Integration Tokens for Extensions\n"
        f"Consumer Key\t{CK}\nConsumer Secret\t{CS}\n"
        f"Access Token\t{AT}\nAccess Token Secret\t{ATS}\nDone\n"
    )
    assert split_tokens_panel(panel) == GOOD


def test_split_panel_values_on_next_line_with_colons_in_any_order():
    panel = (
        f"Access Token Secret:\n  {ATS}\n\nConsumer Key: {CK}\n"
        f"access token\n{AT}\u00a0\nConsumer Secret\u00a0:\u00a0{CS}"
    )
    assert split_tokens_panel(panel) == GOOD


def test_split_four_bare_values_in_panel_order():
    assert split_tokens_panel(f"{CK}\n{CS}\r\n {AT}\t{ATS}\n") == GOOD


def test_split_returns_only_what_it_recognised():
    assert split_tokens_panel(f"Consumer Key\nConsumer Secret\n{CS}") == {"consumer_secret": CS}
    assert split_tokens_panel(f"{CK}\n{CS}") == {}
    assert split_tokens_panel("nothing useful here") == {}


def test_split_then_validate_finds_a_short_value():
    found = split_tokens_panel(f"Consumer Key {CK[:-2]}\nConsumer Secret {CS}")
    assert found == {"consumer_key": CK[:-2], "consumer_secret": CS}
    assert [p.code for p in validate_token("consumer_key", found["consumer_key"])] == ["length"]
