"""The one message catalogue: stable codes -> English source text.

Below the UI (domain, adapters, CLI) the program says things as a `Message`:
a stable code and its parameters, never prose. Text is made only where it is
shown (`cobby_desktop.i18n.render`), in the merchant's language, from the
entries registered here and in the modules that own the codes.

How to add a message (see DEVELOPERS.md):

1. register it next to the code that produces it, with a literal context and
   English sentence: ``entry("vault.locked", QT_TRANSLATE_NOOP("Vault", "..."))``;
   named placeholders in braces (``{host}``); a count with plural forms is
   written ``%n`` and marked by a trailing ``None, 1`` so pyside6-lupdate
   extracts it with plural forms: ``QT_TRANSLATE_NOOP("Vault", "%n keys", None, 1)``
   plus ``count="keys"`` naming the parameter that holds the number;
2. run ``python tools/translations.py`` and translate the new entries in
   ``resources/i18n/cobby_desktop_de.ts`` (Qt Linguist or any editor), then run
   it again to build the ``.qm`` files. The tests fail until every entry has
   its German text.

This module imports no Qt: the domain and the CLI use it headless.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """An English source text and the translation context lupdate files it under."""

    context: str
    text: str
    plural: bool = False


def QT_TRANSLATE_NOOP(  # noqa: N802 (the name pyside6-lupdate looks for)
    context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> Source:
    """Marks `text` for extraction under `context`; `n` >= 0 marks plural forms."""
    return Source(context, text, plural=n >= 0)


@dataclass(frozen=True)
class Entry:
    code: str
    source: Source
    count: str | None = None  # the parameter whose number picks the plural form


@dataclass(frozen=True)
class Message:
    """What the program wants to say: a catalogue code and its parameters."""

    code: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        params = {k: v.as_dict() if isinstance(v, Message) else v for k, v in self.params.items()}
        return {"code": self.code, "params": params}

    def __hash__(self) -> int:  # params is a mapping: hash its items
        return hash((self.code, tuple(sorted(self.params.items(), key=lambda kv: kv[0]))))


# A parameter may itself be a Message (e.g. the keychain's own refusal inside
# "nothing was imported. {detail}"): it is rendered in the same language.
ParamValue = str | int | float | Message


CATALOGUE: dict[str, Entry] = {}

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def placeholders(text: str) -> set[str]:
    """The named placeholders in a text: '{host} on {port}' -> {'host', 'port'}."""
    return set(_PLACEHOLDER.findall(text))


def entry(code: str, source: Source, *, count: str | None = None) -> Source:
    """Register `code`; a code is registered once, its plural marker and count agree."""
    if code in CATALOGUE:
        raise ValueError(f"message code registered twice: {code}")
    if source.plural != (count is not None):
        raise ValueError(f"{code}: a plural text needs count=..., and only a plural text")
    CATALOGUE[code] = Entry(code, source, count)
    return source


def message(code: str, **params: ParamValue) -> Message:
    """A Message for a registered code (an unknown code is a programming error)."""
    if code not in CATALOGUE:
        raise KeyError(f"no catalogue entry for message code {code!r}")
    return Message(code, params)


def _plain(value: ParamValue) -> str:
    return format(value, "g") if isinstance(value, float) else str(value)


def fill(text: str, params: Mapping[str, ParamValue]) -> str:
    """Put the parameters into their {name} places; an unknown name stays visible."""
    return _PLACEHOLDER.sub(
        lambda m: _plain(params[m.group(1)]) if m.group(1) in params else m.group(0), text
    )


def english(msg: Message) -> str:
    """The English source sentence, for logs and anything without Qt."""
    item = CATALOGUE[msg.code]
    text = item.source.text
    if item.count is not None:
        text = text.replace("%n", str(msg.params.get(item.count, "")))
    params = {k: english(v) if isinstance(v, Message) else v for k, v in msg.params.items()}
    return fill(text, params)
