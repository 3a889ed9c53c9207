"""Magento 1 API key hygiene and a generator of keys that always pass it.

Checks run before anything is sent: a key pasted with a trailing space or a
non-breaking space only ever earns "Access denied." from the shop, which
cannot say why. Messages name the problem and its position, never the value.
"""

from __future__ import annotations

import secrets
import string

from cobby_desktop.messages import QT_TRANSLATE_NOOP, ParamValue, entry, message
from cobby_desktop.results import FieldProblem, character_name, field_name
from cobby_desktop.secret import Secret

MIN_KEY_LENGTH = 7  # the admin form's minimum (a shop may configure more)
MAX_KEY_LENGTH = 256  # longer keys are always rejected at login
MIN_GENERATED_LENGTH = 32

# Look-alikes (0/O/o, 1/l/I) are left out so a key can be read aloud or typed
# from a printout; only letters and digits, so URLs and spreadsheets keep it whole.
KEY_ALPHABET = "".join(c for c in string.ascii_letters + string.digits if c not in "0Oo1lI")

# Characters that look like nothing (or like a plain space) in a text field,
# by the kind results.CHARACTER_NAMES names them.
_INVISIBLE = {
    "\u00a0": "nbsp",
    "\u202f": "narrow_nbsp",
    "\u2007": "figure_space",
    "\u200b": "zero_width_space",
    "\u200c": "zero_width_non_joiner",
    "\u200d": "zero_width_joiner",
    "\u2060": "word_joiner",
    "\ufeff": "byte_order_mark",
    "\u00ad": "soft_hyphen",
}
_WHITESPACE = {
    " ": "space",
    "\t": "tab",
    "\n": "line_break",
    "\r": "line_break",
    "\u2028": "line_break",
    "\u2029": "line_break",
}
_MAX_POSITION_REPORTS = 5

entry("m1.field.starts_with", QT_TRANSLATE_NOOP("KeyCheck", "The {field} starts with {char}."))
entry("m1.field.ends_with", QT_TRANSLATE_NOOP("KeyCheck", "The {field} ends with {char}."))
entry("m1.field.contains_at", QT_TRANSLATE_NOOP(
    "KeyCheck", "The {field} contains {char} at position {position}."))
entry("m1.field.more", QT_TRANSLATE_NOOP(
    "KeyCheck", "The {field} contains more such characters."))
entry("m1.field.empty", QT_TRANSLATE_NOOP("KeyCheck", "The {field} is empty. Please enter it."))
entry("m1.field.too_short", QT_TRANSLATE_NOOP(
    "KeyCheck", "The {field} is too short: it has %n characters and Magento needs at least "
    "{minimum}.", None, 1), count="length")
entry("m1.field.too_long", QT_TRANSLATE_NOOP(
    "KeyCheck", "The {field} is too long: Magento rejects keys over {maximum} characters."))
entry("m1.field.no_letter", QT_TRANSLATE_NOOP(
    "KeyCheck", "The {field} has no letter: Magento needs letters and digits."))
entry("m1.field.no_digit", QT_TRANSLATE_NOOP(
    "KeyCheck", "The {field} has no digit: Magento needs letters and digits."))
entry("m1.field.admin_like", QT_TRANSLATE_NOOP(
    "KeyCheck", "This looks like an admin account. Give cobby its own API user, for example "
    "{user}, so you can revoke it without locking anyone out."))
entry("m1.field.weak", QT_TRANSLATE_NOOP(
    "KeyCheck", "This key is easy to guess. A generated key is safer: click Generate a new key "
    "and use that one in the shop."))


def _problem(field: str, code: str, said: str, **params: ParamValue) -> FieldProblem:
    return FieldProblem(field, code, message(said, field=field_name(field), **params))


def _describe(char: str) -> tuple[str, str] | None:
    """(problem code, character kind) for a character that does not belong in a key."""
    if char in _WHITESPACE:
        return "whitespace", _WHITESPACE[char]
    if char in _INVISIBLE:
        return "invisible", _INVISIBLE[char]
    if char.isspace():
        return "whitespace", "other_space"
    if ord(char) < 32 or ord(char) == 127:
        return "invisible", "control"
    return None


def _edge_and_inner_problems(
    value: str, field: str, *, allow_inner_spaces: bool
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    first, last = _describe(value[0]), _describe(value[-1])
    if first:
        problems.append(
            _problem(field, first[0], "m1.field.starts_with", char=character_name(first[1]))
        )
    if last and len(value) > 1:
        problems.append(
            _problem(field, last[0], "m1.field.ends_with", char=character_name(last[1]))
        )
    reported = 0
    for index, char in enumerate(value[1:-1], start=2):
        found = _describe(char)
        if not found or (allow_inner_spaces and char == " "):
            continue
        if reported == _MAX_POSITION_REPORTS:
            problems.append(_problem(field, found[0], "m1.field.more"))
            break
        reported += 1
        problems.append(_problem(
            field, found[0], "m1.field.contains_at",
            char=character_name(found[1]), position=index,
        ))
    return problems


def validate_m1_key(
    value: str | Secret | None, *, field: str = "api_key", min_length: int = MIN_KEY_LENGTH
) -> tuple[FieldProblem, ...]:
    """Every rule of Magento 1's API key form, plus paste accidents."""
    if isinstance(value, Secret):
        value = value.reveal()
    if not value:
        return (_problem(field, "empty", "m1.field.empty"),)
    problems = _edge_and_inner_problems(value, field, allow_inner_spaces=False)
    if len(value) < min_length:
        problems.append(_problem(
            field, "length", "m1.field.too_short", length=len(value), minimum=min_length
        ))
    elif len(value) > MAX_KEY_LENGTH:
        problems.append(_problem(field, "length", "m1.field.too_long", maximum=MAX_KEY_LENGTH))
    # Magento's own test: an ASCII letter and an ASCII digit somewhere.
    if not any(c in string.ascii_letters for c in value):
        problems.append(_problem(field, "format", "m1.field.no_letter"))
    if not any(c in string.digits for c in value):
        problems.append(_problem(field, "format", "m1.field.no_digit"))
    return tuple(problems)


def validate_api_user(value: str, *, field: str = "api_user") -> tuple[FieldProblem, ...]:
    """The user name is compared exactly, so stray spaces make login fail."""
    if not value:
        return (_problem(field, "empty", "m1.field.empty"),)
    return tuple(_edge_and_inner_problems(value, field, allow_inner_spaces=True))


def admin_like_user(suggested: str) -> FieldProblem:
    """A warning: the API user looks like an admin's own login."""
    return FieldProblem("api_user", "admin_like", message("m1.field.admin_like", user=suggested))


def weak_key() -> FieldProblem:
    """A warning: a typed key that passes Magento's rules but is easy to guess."""
    return FieldProblem("api_key", "weak", message("m1.field.weak"))


def generate_key(length: int = MIN_GENERATED_LENGTH) -> Secret:
    """A random key that meets Magento's rules and survives copy and paste."""
    if not MIN_GENERATED_LENGTH <= length <= MAX_KEY_LENGTH:
        raise ValueError(f"key length must be between {MIN_GENERATED_LENGTH} and {MAX_KEY_LENGTH}")
    while True:
        value = "".join(secrets.choice(KEY_ALPHABET) for _ in range(length))
        # Rejection keeps the distribution uniform over keys that pass the rules.
        if not validate_m1_key(value) and not is_weak_key(value):
            return Secret(value)


def _longest_run(value: str) -> int:
    """Longest stretch of repeated or consecutive characters (aaaa, abcd, 4321)."""
    best = run = 1
    step = 0
    for prev, cur in zip(value, value[1:], strict=False):
        diff = ord(cur) - ord(prev)
        if diff in (-1, 0, 1) and (run == 1 or diff == step):
            run, step = run + 1, diff
        else:
            run, step = (2, diff) if diff in (-1, 0, 1) else (1, 0)
        best = max(best, run)
    return best if value else 0


def is_weak_key(value: str | Secret) -> bool:
    """Short, or too little variety to resist guessing (for the security audit)."""
    if isinstance(value, Secret):
        value = value.reveal()
    if len(value) < 16:
        return True
    if len(set(value)) < 10:
        return True
    if not (any(c.isalpha() for c in value) and any(c.isdigit() for c in value)):
        return True
    return _longest_run(value) >= 6


def key_strength(value: str | Secret) -> str:
    return "weak" if is_weak_key(value) else "strong"
