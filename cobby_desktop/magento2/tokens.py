"""The four values of a Magento 2 integration: checks before any request, and
splitting one paste of the admin's tokens panel into its fields.

Magento generates every value as 32 characters of [0-9a-z]. Anything else is a
copy-and-paste accident, so each problem is named precisely, and messages never
repeat the value itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, ParamValue, entry, message
from cobby_desktop.results import FieldProblem, character_name, field_name
from cobby_desktop.secret import Secret, reveal

TOKEN_LENGTH = 32
FIELDS = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")
FIELD_LABELS = {
    "consumer_key": "Consumer Key",
    "consumer_secret": "Consumer Secret",
    "access_token": "Access Token",
    "access_token_secret": "Access Token Secret",
}

# Characters that look like nothing on screen but break a value.
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_NBSP = {"\u00a0", "\u202f", "\u2007"}
_LINE_BREAKS = {"\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"}
# Longest labels first so "Access Token Secret" is not read as "Access Token".
_LABEL_RE = re.compile(
    r"(access[\s\u00a0_-]*token[\s\u00a0_-]*secret|access[\s\u00a0_-]*token"
    r"|consumer[\s\u00a0_-]*secret|consumer[\s\u00a0_-]*key)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class M2Tokens:
    """The integration's four values, each a `Secret` (repr shows masks only)."""

    consumer_key: Secret
    consumer_secret: Secret
    access_token: Secret
    access_token_secret: Secret

    @classmethod
    def from_mapping(cls, values: Mapping[str, Secret | str]) -> M2Tokens:
        return cls(**{name: Secret(reveal(values[name])) for name in FIELDS})

    def as_mapping(self) -> dict[str, Secret]:
        return {name: getattr(self, name) for name in FIELDS}


def _describe_char(ch: str) -> str:
    """The character's kind as results.CHARACTER_NAMES names it."""
    if ch == " ":
        return "space"
    if ch == "\t":
        return "tab"
    if ch in _LINE_BREAKS:
        return "line_break"
    if ch in _NBSP:
        return "nbsp"
    if ch in _ZERO_WIDTH:
        return "zero_width"
    return "other_space"


def _is_blank(ch: str) -> bool:
    return ch.isspace() or ch in _ZERO_WIDTH or ch in _NBSP


def _label_of(text: str) -> str | None:
    match = _LABEL_RE.search(text)
    if not match:
        return None
    words = re.sub(r"[\s\u00a0_-]+", " ", match.group(1).lower())
    for name, label in FIELD_LABELS.items():
        if label.lower() == words:
            return name
    return None


entry("m2.field.empty", QT_TRANSLATE_NOOP(
    "TokenCheck", "The {field} is empty. Copy it from the integration in the Magento admin."))
entry("m2.field.other_label", QT_TRANSLATE_NOOP(
    "TokenCheck", "The {field} field contains the label \u201c{other}\u201d: it looks like the "
    "{other} was pasted here. Paste only the {field} value."))
entry("m2.field.own_label", QT_TRANSLATE_NOOP(
    "TokenCheck", "The {field} field contains its label as well. Paste only the "
    "{length}-character value."))
entry("m2.field.starts_with", QT_TRANSLATE_NOOP(
    "TokenCheck", "The {field} starts with {char}. Remove it."))
entry("m2.field.ends_with", QT_TRANSLATE_NOOP(
    "TokenCheck", "The {field} ends with {char}. Remove it."))
entry("m2.field.inside", QT_TRANSLATE_NOOP(
    "TokenCheck", "The {field} contains {char} in the middle. Remove it."))
entry("m2.field.capitals", QT_TRANSLATE_NOOP(
    "TokenCheck", "The {field} contains capital letters; Magento's values use only lower-case "
    "letters and digits. Copy it again from the Magento admin."))
entry("m2.field.other_characters", QT_TRANSLATE_NOOP(
    "TokenCheck", "The {field} contains characters other than lower-case letters and digits. "
    "Copy it again from the Magento admin."))
entry("m2.field.length", QT_TRANSLATE_NOOP(
    "TokenCheck", "The {field} has %n characters; it must have exactly {length}. Copy the "
    "whole value again from the Magento admin.", None, 1), count="count")
entry("m2.field.same_value", QT_TRANSLATE_NOOP(
    "TokenCheck", "The {field} is the same as the {first}; all four values differ. Copy the "
    "{field} again from the Magento admin."))


def _char(ch: str) -> Message:
    return character_name(_describe_char(ch))


def _edge_code(ch: str) -> str:
    return "invisible" if ch in _ZERO_WIDTH else "whitespace"


def validate_token(field: str, value: str | Secret) -> tuple[FieldProblem, ...]:
    """Every problem with one value (`field` is one of FIELDS), each as one
    catalogue message naming the field."""
    text = reveal(value)
    problems: list[FieldProblem] = []

    def add(code: str, said: str, **params: ParamValue) -> None:
        problems.append(FieldProblem(field, code, message(said, field=field_name(field), **params)))

    if not text or all(_is_blank(c) for c in text):
        add("empty", "m2.field.empty")
        return tuple(problems)

    pasted_label = _label_of(text)
    if pasted_label is not None and pasted_label != field:
        add("wrong_field", "m2.field.other_label", other=field_name(pasted_label))
    elif pasted_label == field:
        add("format", "m2.field.own_label", length=TOKEN_LENGTH)

    if _is_blank(text[0]):
        add(_edge_code(text[0]), "m2.field.starts_with", char=_char(text[0]))
    if len(text) > 1 and _is_blank(text[-1]):
        add(_edge_code(text[-1]), "m2.field.ends_with", char=_char(text[-1]))

    start = next(i for i, c in enumerate(text) if not _is_blank(c))
    end = len(text) - next(i for i, c in enumerate(reversed(text)) if not _is_blank(c))
    core = text[start:end]
    # With a label pasted in, the space after it is part of that one problem.
    inner = [] if pasted_label else sorted({_describe_char(c) for c in core if _is_blank(c)})
    for kind in inner:
        code = "invisible" if kind == "zero_width" else "whitespace"
        add(code, "m2.field.inside", char=character_name(kind))

    if pasted_label is None:
        _value_problems("".join(c for c in core if not _is_blank(c)), add)
    return tuple(problems)


def _value_problems(visible: str, add: Callable[..., None]) -> None:
    """The value's own letters and length (Magento's 32 of [0-9a-z])."""
    if any(c.isupper() for c in visible):
        add("format", "m2.field.capitals")
    elif any(not (c.isascii() and (c.isdigit() or c.islower())) for c in visible):
        add("format", "m2.field.other_characters")
    if len(visible) != TOKEN_LENGTH:
        add("length", "m2.field.length", count=len(visible), length=TOKEN_LENGTH)


def validate_m2_tokens(values: Mapping[str, str | Secret]) -> tuple[FieldProblem, ...]:
    """Problems with all four values, including one value pasted into two fields."""
    problems: list[FieldProblem] = []
    seen: dict[str, str] = {}
    for name in FIELDS:
        raw = values.get(name)
        own = validate_token(name, raw if raw is not None else "")
        problems.extend(own)
        text = reveal(raw) if raw is not None else ""
        key = "".join(c for c in text if not _is_blank(c))
        if not key:
            continue
        if key in seen:
            said = message(
                "m2.field.same_value", field=field_name(name), first=field_name(seen[key])
            )
            problems.append(FieldProblem(name, "wrong_field", said))
        else:
            seen[key] = name
    return tuple(problems)


def _clean(value: str) -> str:
    return "".join(c for c in value if not _is_blank(c))


def split_tokens_panel(text: str) -> dict[str, str]:
    """The fields found in one paste of the admin's Integration tokens panel.

    Accepts "Label value" pairs (value on the same line or the next, separated by
    spaces, tabs or a colon, in any order) or the four bare values in the order
    the panel shows them. Returns only what it recognised.
    """
    found: dict[str, str] = {}
    matches = list(_LABEL_RE.finditer(text))
    for i, match in enumerate(matches):
        name = _label_of(match.group(0))
        if name is None or name in found:
            continue
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        rest = text[match.end() : stop]
        rest = re.sub(r"^[\s\u00a0\u200b\ufeff:=]+", "", rest)
        value = re.split(r"[\s\u00a0]+", rest, maxsplit=1)[0] if rest else ""
        value = _clean(value)
        if value:
            found[name] = value
    if found:
        return found
    bare = re.findall(r"(?<![0-9A-Za-z])[0-9a-z]{32}(?![0-9A-Za-z])", _strip_invisible(text))
    if len(bare) == len(FIELDS):
        return dict(zip(FIELDS, bare, strict=True))
    return {}


def _strip_invisible(text: str) -> str:
    return "".join(c for c in text if c not in _ZERO_WIDTH)
