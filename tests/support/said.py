"""What tests compare instead of sentences: a catalogue message's code and
parameters, with a nested message (a field's name, a character's kind) by its
own code, so an assertion holds in every language."""

from __future__ import annotations

import re

from cobby_desktop.messages import CATALOGUE, Message, ParamValue, message, placeholders


def said(msg: Message | None) -> tuple[str, dict[str, object]] | None:
    """(code, params) of a message; a parameter that is a message becomes its
    code, or its own (code, params) when it has parameters."""
    if msg is None:
        return None
    params = {
        name: (value.code if not value.params else said(value))
        if isinstance(value, Message) else value
        for name, value in msg.params.items()
    }
    return msg.code, params


def saids(problems) -> list[tuple[str, dict[str, object]] | None]:
    """The messages of field problems (or anything with `said`), in order."""
    return [said(p.said) for p in problems]


def shown(code: str, **params: ParamValue) -> str:
    """The catalogue message as the program shows it in the language the test
    runs in: a test compares output with this, not with an English sentence."""
    from cobby_desktop import i18n

    return i18n.render(message(code, **params))


def shown_pattern(code: str, **params: ParamValue) -> re.Pattern[str]:
    """A regex for the shown message where the parameters not given may be
    anything (a count for plural forms must be given)."""
    from cobby_desktop import i18n

    marks = {
        name: f"\x00{name}\x00"
        for name in placeholders(CATALOGUE[code].source.text) if name not in params
    }
    text = re.escape(i18n.render(message(code, **{**marks, **params})))
    for mark in marks.values():
        text = text.replace(re.escape(mark), ".+?")
    return re.compile(text, re.S)


def keychain_code(kind: str) -> str:
    """This platform's variant of a keychain message ("vault.missing.linux")."""
    import sys

    return f"vault.{kind}.{ {'win32': 'windows', 'darwin': 'mac'}.get(sys.platform, 'linux') }"
