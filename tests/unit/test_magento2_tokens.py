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

CK = "k3m9x2q7w8e4r5t6y1u0i9o8p7a6s5d4"
CS = "s9d8f7g6h5j4k3l2z1x0c9v8b7n6m5q4"
AT = "t1o2k3e4n5a6b7c8d9e0f1g2h3i4j5k6"
ATS = "z0y9x8w7v6u5t4s3r2q1p0o9n8m7l6k5"
GOOD = {"consumer_key": CK, "consumer_secret": CS, "access_token": AT, "access_token_secret": ATS}


def codes_and_messages(field: str, value: str) -> list[tuple[str, str]]:
    return [(p.code, p.message) for p in validate_token(field, value)]


def test_good_values_have_no_problems():
    assert validate_m2_tokens(GOOD) == ()
    assert validate_m2_tokens({k: Secret(v) for k, v in GOOD.items()}) == ()


@pytest.mark.parametrize(
    ("value", "code", "message"),
    [
        (ATS + " ", "whitespace", "The Access Token Secret ends with a space. Remove it."),
        (" " + ATS, "whitespace", "The Access Token Secret starts with a space. Remove it."),
        ("\t" + ATS, "whitespace", "The Access Token Secret starts with a tab. Remove it."),
        (ATS + "\r\n", "whitespace", "The Access Token Secret ends with a line break. Remove it."),
        (
            ATS + "\u00a0",
            "whitespace",
            "The Access Token Secret ends with a non-breaking space. Remove it.",
        ),
        (
            "\u200b" + ATS,
            "invisible",
            "The Access Token Secret starts with an invisible zero-width character. Remove it.",
        ),
        (
            ATS[:16] + "\u200b" + ATS[16:],
            "invisible",
            "The Access Token Secret contains an invisible zero-width character in the middle."
            " Remove it.",
        ),
        (
            ATS[:16] + "\n" + ATS[16:],
            "whitespace",
            "The Access Token Secret contains a line break in the middle. Remove it.",
        ),
        (
            ATS[:-1],
            "length",
            "The Access Token Secret has 31 characters; it must have exactly 32. "
            "Copy the whole value again from the Magento admin.",
        ),
        ("", "empty", "The Access Token Secret is empty. Copy it from the integration in the "
         "Magento admin."),
    ],
)
def test_each_problem_is_named_precisely(value, code, message):
    assert codes_and_messages("access_token_secret", value) == [(code, message)]


def test_capital_letters_and_foreign_characters():
    [(code, message)] = codes_and_messages("consumer_key", CK.upper())
    assert code == "format" and "capital letters" in message and message.startswith(
        "The Consumer Key"
    )
    [(code, message)] = codes_and_messages("consumer_key", CK[:-1] + "-")
    assert code == "format" and "other than lower-case letters and digits" in message


def test_label_of_another_field_is_wrong_field():
    problems = validate_token("access_token_secret", "Consumer Key: " + CK)
    assert [(p.field, p.code) for p in problems] == [("Access Token Secret", "wrong_field")]
    assert "\u201cConsumer Key\u201d" in problems[0].message
    # "Access Token" inside the secret's field is not mistaken for its own label.
    problems = validate_token("access_token_secret", "Access Token " + AT)
    assert [p.code for p in problems] == ["wrong_field"]
    assert "\u201cAccess Token\u201d" in problems[0].message


def test_own_label_pasted_in_is_a_format_problem():
    problems = validate_token("consumer_secret", "Consumer Secret\t" + CS)
    assert [p.code for p in problems] == ["format"]
    assert "contains its label" in problems[0].message


def test_same_value_in_two_fields_is_wrong_field():
    problems = validate_m2_tokens(dict(GOOD, access_token=CK))
    assert [(p.field, p.code) for p in problems] == [("Access Token", "wrong_field")]
    assert "same as the Consumer Key" in problems[0].message


def test_missing_field_is_empty():
    values = dict(GOOD)
    del values["consumer_secret"]
    assert [(p.field, p.code) for p in validate_m2_tokens(values)] == [
        ("Consumer Secret", "empty")
    ]


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
