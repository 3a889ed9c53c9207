"""Colours that stay readable in light and dark: every colour the app sets
comes from here (or from the palette), as checked pairs per colour scheme.

Which set applies follows what is drawn: a dark window colour in the palette
means the dark set. Qt 6.5+ gives the palette the operating system's colour
scheme; `follow_system_scheme` makes sure it does where the default Windows
style would stay light, and `on_scheme_change` lets static style sheets be
re-applied when the merchant switches scheme while the app runs.
"""

from __future__ import annotations

import enum
import re
import sys
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Tone(enum.StrEnum):
    GOOD = "good"  # works, passed, connected
    BAD = "bad"  # failed, an error to fix
    WAIT = "wait"  # a warning, waiting, needs attention
    INFO = "info"  # a notice, something to know
    NEUTRAL = "neutral"  # not tested, revoked


class Pair(NamedTuple):  # NamedTuple: dataclasses costs the app's start-up time
    """Text on its own background (badges, panels) with a border, and the text
    colour for plain labels on the window's background."""

    fg: str
    bg: str
    border: str
    text: str


# Each fg/bg and text/window pair keeps at least 4.5:1 contrast (WCAG AA);
# tests/gui/test_theme.py checks every one.
LIGHT: dict[Tone, Pair] = {
    Tone.GOOD: Pair("#1e6b34", "#e3f4e8", "#a9d8b6", "#1e6b34"),
    Tone.BAD: Pair("#7d1a20", "#fbe4e5", "#efb8bb", "#b00020"),
    Tone.WAIT: Pair("#6b4700", "#fff3d6", "#ecd49a", "#8a5a00"),
    Tone.INFO: Pair("#1f4f8f", "#e2ecf9", "#b9cde9", "#1f4f8f"),
    Tone.NEUTRAL: Pair("#545b64", "#eceef1", "#c9ced5", "#545b64"),
}
DARK: dict[Tone, Pair] = {
    Tone.GOOD: Pair("#a3e9b8", "#153d24", "#2d6b43", "#7ddc98"),
    Tone.BAD: Pair("#ffb3ad", "#4d1519", "#7a2a30", "#ff8a80"),
    Tone.WAIT: Pair("#ffd88a", "#3f2e00", "#6b5200", "#f5c060"),
    Tone.INFO: Pair("#b5ccff", "#1a2d4d", "#34507f", "#9cbcff"),
    Tone.NEUTRAL: Pair("#d0d4da", "#33373d", "#50555c", "#c4c7cc"),
}
# The window backgrounds the plain text colours are checked against.
LIGHT_WINDOW, DARK_WINDOW = "#ffffff", "#1e1e1e"


def is_dark() -> bool:
    """Whether the palette being drawn is dark (the truth for our colours)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def pair(tone: Tone) -> Pair:
    return (DARK if is_dark() else LIGHT)[tone]


def text_colour(tone: Tone) -> str:
    return pair(tone).text


def text_style(tone: Tone, *, bold: bool = False) -> str:
    """A label's style sheet: the tone's text colour for the current scheme."""
    weight = " font-weight: 600;" if bold else ""
    return f"color: {text_colour(tone)};{weight}"


def panel_style(tone: Tone) -> str:
    p = pair(tone)
    return f"color: {p.fg}; background: {p.bg}; border: 1px solid {p.border}; border-radius: 6px;"


def colours(tone: Tone) -> tuple[QColor, QColor]:
    """(text, background) for painted badges."""
    p = pair(tone)
    return QColor(p.fg), QColor(p.bg)


_TOKEN = re.compile(r"@(good|bad|wait|info|neutral)\.(fg|bg|border|text)\b")


def css(template: str) -> str:
    """A style sheet with `@tone.part` tokens (e.g. `@bad.text`, `@info.bg`)
    filled in for the colour scheme being drawn."""
    return _TOKEN.sub(lambda m: str(getattr(pair(Tone(m.group(1))), m.group(2))), template)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(name: str) -> float:
        c = QColor(name)
        channels = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        r, g, b_ = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def follow_system_scheme(app: QGuiApplication) -> None:
    """On Windows the classic style draws light whatever the system says: use
    Fusion there when the system is dark, so the palette follows it."""
    if sys.platform != "win32":
        return
    from PySide6.QtWidgets import QApplication

    dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    style = QApplication.style()
    if dark and style is not None and style.name().lower() == "windowsvista":
        QApplication.setStyle("Fusion")


def on_scheme_change(slot: Callable[..., None]) -> None:
    """Call `slot` (a bound method of a QObject, so it goes with its object)
    when the colour scheme, and so the palette, changes."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.styleHints().colorSchemeChanged.connect(slot)


def dark_palette() -> QPalette:
    """A dark palette for the screenshots and tests (the system gives its own)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: DARK_WINDOW,
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#252526",
        QPalette.ColorRole.AlternateBase: "#2d2d30",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#333337",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3a6ea5",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#9cbcff",
        QPalette.ColorRole.PlaceholderText: "#a0a4aa",
        QPalette.ColorRole.ToolTipBase: "#333337",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#80848a"))
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#80848a")
    )
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#80848a")
    )
    return palette
