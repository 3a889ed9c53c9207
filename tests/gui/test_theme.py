"""Light and dark: every colour comes from the palette or a checked pair, and
the pairs stay readable (WCAG AA, 4.5:1) in both colour schemes."""

from __future__ import annotations

import io
import re
import tokenize
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


# A colour in code: #rgb, #rrggbb or #aarrggbb, rgb()/rgba(), or a named colour
# after a style sheet's colour property.
COLOUR = re.compile(
    r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b|\brgba?\("
    r"|(?:color|background|border[a-z-]*)\s*:[^;\"']*\b(?:red|green|yellow|orange|white|black)\b",
    re.IGNORECASE,
)
_STRINGS = {tokenize.STRING} | {
    getattr(tokenize, name) for name in ("FSTRING_MIDDLE",) if hasattr(tokenize, name)
}


def hard_coded_colours(source: str) -> list[int]:
    """Lines with a colour inside a string literal (style sheets included); a
    comment may name one."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return [t.start[0] for t in tokens if t.type in _STRINGS and COLOUR.search(t.string)]


def test_the_colour_check_sees_style_sheets_and_skips_comments():
    sheet = '''STYLE = """
#panel { background: #fff4d6; }
"""
'''
    assert hard_coded_colours(sheet) == [1]
    assert hard_coded_colours('x = "color: rgb(1, 2, 3);"\n') == [1]
    assert hard_coded_colours('x = f"border: 1px solid {c}; color: red;"\n') == [1]
    commented = "# the old #fff4d6 is gone\nx = '#findingCard { color: @bad.fg; }'\n"
    assert hard_coded_colours(commented) == []


def test_no_colour_is_hard_coded_in_the_ui():
    offenders = []
    for path in UI.rglob("*.py"):
        if path.name in ALLOWED:
            continue
        lines = hard_coded_colours(path.read_text(encoding="utf-8"))
        offenders += [f"{path.relative_to(UI)}:{number}" for number in lines]
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


def test_the_keepass_panels_follow_the_scheme(qapp, dark):
    from cobby_desktop.ui import kdbx_common

    sheet = kdbx_common.style()
    assert DARK[Tone.WAIT].bg in sheet and DARK[Tone.WAIT].fg in sheet
    assert DARK[Tone.BAD].bg in sheet and LIGHT[Tone.WAIT].bg not in sheet
