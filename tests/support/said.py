"""What tests compare instead of sentences: a catalogue message's code and
parameters, with a nested message (a field's name, a character's kind) by its
own code, so an assertion holds in every language."""

from __future__ import annotations

from cobby_desktop.messages import Message


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
