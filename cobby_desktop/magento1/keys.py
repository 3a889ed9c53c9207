"""Magento 1 API key hygiene and a generator of keys that always pass it.

Checks run before anything is sent: a key pasted with a trailing space or a
non-breaking space only ever earns "Access denied." from the shop, which
cannot say why. Messages name the problem and its position, never the value.
"""

from __future__ import annotations

import secrets
import string

from cobby_desktop.results import FieldProblem, characters
from cobby_desktop.secret import Secret

MIN_KEY_LENGTH = 7  # the admin form's minimum (a shop may configure more)
MAX_KEY_LENGTH = 256  # longer keys are always rejected at login
MIN_GENERATED_LENGTH = 32

# Look-alikes (0/O/o, 1/l/I) are left out so a key can be read aloud or typed
# from a printout; only letters and digits, so URLs and spreadsheets keep it whole.
KEY_ALPHABET = "".join(c for c in string.ascii_letters + string.digits if c not in "0Oo1lI")

# Characters that look like nothing (or like a plain space) in a text field.
_INVISIBLE = {
    "\u00a0": "a non-breaking space",
    "\u202f": "a narrow non-breaking space",
    "\u2007": "a figure space",
    "\u200b": "a zero-width space",
    "\u200c": "a zero-width non-joiner",
    "\u200d": "a zero-width joiner",
    "\u2060": "a word joiner",
    "\ufeff": "a byte order mark (zero-width no-break space)",
    "\u00ad": "a soft hyphen",
}
_WHITESPACE = {
    " ": "a space",
    "\t": "a tab",
    "\n": "a line break",
    "\r": "a line break",
    "\u2028": "a line break",
    "\u2029": "a line break",
}
_MAX_POSITION_REPORTS = 5


def _describe(char: str) -> tuple[str, str] | None:
    """(code, description) for a character that does not belong in a key."""
    if char in _WHITESPACE:
        return "whitespace", _WHITESPACE[char]
    if char in _INVISIBLE:
        return "invisible", _INVISIBLE[char]
    if char.isspace():
        return "whitespace", "a space character"
    if ord(char) < 32 or ord(char) == 127:
        return "invisible", "a control character"
    return None


def _edge_and_inner_problems(
    value: str, field: str, *, allow_inner_spaces: bool
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    first, last = _describe(value[0]), _describe(value[-1])
    if first:
        problems.append(FieldProblem(field, first[0], f"The {field} starts with {first[1]}."))
    if last and len(value) > 1:
        problems.append(FieldProblem(field, last[0], f"The {field} ends with {last[1]}."))
    reported = 0
    for index, char in enumerate(value[1:-1], start=2):
        found = _describe(char)
        if not found or (allow_inner_spaces and char == " "):
            continue
        if reported == _MAX_POSITION_REPORTS:
            problems.append(
                FieldProblem(field, found[0], f"The {field} contains more such characters.")
            )
            break
        reported += 1
        problems.append(
            FieldProblem(field, found[0], f"The {field} contains {found[1]} at position {index}.")
        )
    return problems


def validate_m1_key(
    value: str | Secret | None, *, field: str = "API key", min_length: int = MIN_KEY_LENGTH
) -> tuple[FieldProblem, ...]:
    """Every rule of Magento 1's API key form, plus paste accidents."""
    if isinstance(value, Secret):
        value = value.reveal()
    if not value:
        return (FieldProblem(field, "empty", f"The {field} is empty. Please enter it."),)
    problems = _edge_and_inner_problems(value, field, allow_inner_spaces=False)
    if len(value) < min_length:
        problems.append(
            FieldProblem(
                field,
                "length",
                f"The {field} is too short: it has {characters(len(value))} and Magento "
                f"needs at least {min_length}.",
            )
        )
    elif len(value) > MAX_KEY_LENGTH:
        problems.append(
            FieldProblem(
                field,
                "length",
                f"The {field} is too long: Magento rejects keys over {MAX_KEY_LENGTH} characters.",
            )
        )
    # Magento's own test: an ASCII letter and an ASCII digit somewhere.
    if not any(c in string.ascii_letters for c in value):
        problems.append(
            FieldProblem(
                field, "format", f"The {field} has no letter: Magento needs letters and digits."
            )
        )
    if not any(c in string.digits for c in value):
        problems.append(
            FieldProblem(
                field, "format", f"The {field} has no digit: Magento needs letters and digits."
            )
        )
    return tuple(problems)


def validate_api_user(value: str, *, field: str = "API user name") -> tuple[FieldProblem, ...]:
    """The user name is compared exactly, so stray spaces make login fail."""
    if not value:
        return (FieldProblem(field, "empty", f"The {field} is empty. Please enter it."),)
    return tuple(_edge_and_inner_problems(value, field, allow_inner_spaces=True))


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
