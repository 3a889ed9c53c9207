"""Light and dark: every colour comes from the palette or a checked pair, and
the pairs stay readable (WCAG AA, 4.5:1) in both colour schemes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

import cobby_desktop
from cobby_desktop.domain.model import CredentialState, TestOutcome
from cobby_desktop.ui import texts, theme
from cobby_desktop.ui.theme import DARK, DARK_WINDOW, LIGHT, LIGHT_WINDOW, Tone

UI = Path(cobby_desktop.__file__).parent / "ui"
# Files allowed to name a colour: the theme itself, and the drawn app icon.
ALLOWED = {"theme.py", "application.py"}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, DARK_WINDOW),
        (QPalette.ColorRole.Base, "#252526"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark(qapp):
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(before)


@pytest.mark.parametrize(("scheme", "window"), [(LIGHT, LIGHT_WINDOW), (DARK, DARK_WINDOW)])
@pytest.mark.parametrize("tone", list(Tone))
def test_every_pair_is_readable(scheme, window, tone):
    p = scheme[tone]
    assert theme.contrast(p.fg, p.bg) >= 4.5, ("badge", tone)
    assert theme.contrast(p.text, window) >= 4.5, ("text on the window", tone)
    assert theme.contrast(p.text, p.bg) >= 3.0, ("text on its own panel", tone)


def test_no_colour_is_hard_coded_in_the_ui():
    pattern = re.compile(r"#[0-9a-fA-F]{6}\b")
    offenders = []
    for path in UI.rglob("*.py"):
        if path.name in ALLOWED or path.name == "portal_api.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{path.name}:{number}")
    assert offenders == []


def test_colours_follow_the_palette_being_drawn(qapp, dark):
    assert theme.is_dark()
    fg, bg = texts.outcome_colours(TestOutcome.FAILED)
    assert (fg.name(), bg.name()) == (DARK[Tone.BAD].fg, DARK[Tone.BAD].bg)
    fg, _ = texts.state_colours(CredentialState.ACTIVE)
    assert fg.name() == DARK[Tone.GOOD].fg
    assert theme.css("#x { color: @wait.text; }") == f"#x {{ color: {DARK[Tone.WAIT].text}; }}"


def test_light_is_the_default(qapp):
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() >= 128
    assert not theme.is_dark()
    fg, _ = texts.outcome_colours(TestOutcome.OK)
    assert fg.name() == LIGHT[Tone.GOOD].fg
