"""Small pieces of user-visible wording shared by the views: ages, states, outcomes.

Everything goes through Qt's translator (context "Texts") so a catalogue can
replace it later; the English plural is chosen here because no English
catalogue ships yet.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cobby_desktop.domain.model import CredentialState, TestOutcome
from cobby_desktop.ui import theme
from cobby_desktop.ui.theme import Tone


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Texts", text, None, n)


def _plural(one: str, many: str, n: int) -> str:
    return _tr(one if n == 1 else many, n)


def as_utc(moment: datetime) -> datetime:
    """The store keeps UTC; a naive value is taken as UTC too."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def now_utc() -> datetime:
    return datetime.now(UTC)


def relative_age(moment: datetime | None, now: datetime | None = None) -> str:
    """'just now', '5 minutes ago', '3 days ago', ... ; 'never' for None."""
    if moment is None:
        return _tr("never")
    seconds = int((as_utc(now or now_utc()) - as_utc(moment)).total_seconds())
    if seconds < 0:  # clock skew between machines: do not show "in 3 minutes"
        seconds = 0
    if seconds < 60:
        return _tr("just now")
    minutes = seconds // 60
    if minutes < 60:
        return _plural("1 minute ago", "%n minutes ago", minutes)
    hours = minutes // 60
    if hours < 24:
        return _plural("1 hour ago", "%n hours ago", hours)
    days = hours // 24
    if days < 31:
        return _plural("yesterday", "%n days ago", days)
    months = days // 30
    if months < 12:
        return _plural("1 month ago", "%n months ago", months)
    years = days // 365
    return _plural("1 year ago", "%n years ago", years)


def local_time(moment: datetime | None) -> str:
    """A full local date and time for details and tooltips."""
    if moment is None:
        return _tr("never")
    return as_utc(moment).astimezone().strftime("%Y-%m-%d %H:%M")


def state_label(state: CredentialState | None) -> str:
    return {
        None: _tr("No credential"),
        CredentialState.DRAFT: _tr("Draft"),
        CredentialState.ACTIVE: _tr("Active"),
        CredentialState.ROTATING: _tr("Rotating"),
        CredentialState.REVOKED: _tr("Revoked"),
    }[state]


def outcome_label(outcome: TestOutcome | None, short: bool = False) -> str:
    if short and outcome is TestOutcome.NOTICE:
        return _tr("Notice")
    return {
        None: _tr("Not tested"),
        TestOutcome.OK: _tr("Passed"),
        TestOutcome.NOTICE: _tr("Passed with notice"),
        TestOutcome.FAILED: _tr("Failed"),
    }[outcome]


# Badge colours: (text, background) from the theme's checked pairs, for the
# colour scheme being drawn.
_GREEN, _AMBER, _RED = Tone.GOOD, Tone.WAIT, Tone.BAD
_BLUE, _GREY = Tone.INFO, Tone.NEUTRAL


def state_colours(state: CredentialState | None) -> tuple[QColor, QColor]:
    pair = {
        None: _GREY,
        CredentialState.DRAFT: _BLUE,
        CredentialState.ACTIVE: _GREEN,
        CredentialState.ROTATING: _AMBER,
        CredentialState.REVOKED: _GREY,
    }[state]
    return theme.colours(pair)


def outcome_colours(outcome: TestOutcome | None) -> tuple[QColor, QColor]:
    pair = {
        None: _GREY,
        TestOutcome.OK: _GREEN,
        TestOutcome.NOTICE: _AMBER,
        TestOutcome.FAILED: _RED,
    }[outcome]
    return theme.colours(pair)


def secret_field_label(field: str) -> str:
    return {
        "api_key": _tr("API key"),
        "consumer_key": _tr("Consumer key"),
        "consumer_secret": _tr("Consumer secret"),
        "access_token": _tr("Access token"),
        "access_token_secret": _tr("Access token secret"),
        "license_key": _tr("License key"),
    }.get(field, field)
