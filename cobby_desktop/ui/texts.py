"""Small pieces of user-visible wording shared by the views: ages, states, outcomes.

Everything goes through Qt's translator (context "Texts"); plural forms come
from the catalogues (`%n`), dates and numbers from the current QLocale.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone
from PySide6.QtGui import QColor

from cobby_desktop import i18n
from cobby_desktop.domain.model import CredentialState, TestOutcome
from cobby_desktop.messages import QT_TRANSLATE_NOOP
from cobby_desktop.ui import theme
from cobby_desktop.ui.theme import Tone

# The trailing "None, 1" tells pyside6-lupdate that these have plural forms.
_MINUTES = QT_TRANSLATE_NOOP("Texts", "%n minutes ago", None, 1)
_HOURS = QT_TRANSLATE_NOOP("Texts", "%n hours ago", None, 1)
_DAYS = QT_TRANSLATE_NOOP("Texts", "%n days ago", None, 1)
_MONTHS = QT_TRANSLATE_NOOP("Texts", "%n months ago", None, 1)
_YEARS = QT_TRANSLATE_NOOP("Texts", "%n years ago", None, 1)


def as_utc(moment: datetime) -> datetime:
    """The store keeps UTC; a naive value is taken as UTC too."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def now_utc() -> datetime:
    return datetime.now(UTC)


def relative_age(moment: datetime | None, now: datetime | None = None) -> str:
    """'just now', '5 minutes ago', 'yesterday', '3 days ago', ... ; 'never' for None."""
    if moment is None:
        return QCoreApplication.translate("Texts", "never")
    seconds = int((as_utc(now or now_utc()) - as_utc(moment)).total_seconds())
    # Clock skew between machines: never "in 3 minutes".
    minutes, hours, days = max(seconds, 0) // 60, max(seconds, 0) // 3600, max(seconds, 0) // 86400
    if minutes < 1:
        return QCoreApplication.translate("Texts", "just now")
    if hours < 1:
        return i18n.text(_MINUTES, minutes)
    if days < 1:
        return i18n.text(_HOURS, hours)
    if days == 1:
        return QCoreApplication.translate("Texts", "yesterday")
    if days < 31:
        return i18n.text(_DAYS, days)
    if days < 365:
        return i18n.text(_MONTHS, max(days // 30, 1))
    return i18n.text(_YEARS, days // 365)


def local_time(moment: datetime | None) -> str:
    """A full local date and time for details and tooltips, as the merchant's
    language writes it (05.12.2026 23:38 / 12/5/2026 11:38 PM)."""
    if moment is None:
        return QCoreApplication.translate("Texts", "never")
    utc = as_utc(moment)
    when = QDateTime.fromSecsSinceEpoch(int(utc.timestamp()), QTimeZone.systemTimeZone())
    locale = QLocale()
    date_format = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date_format:  # a four-digit year: "26" is ambiguous in an audit
        date_format = date_format.replace("yy", "yyyy")
    return locale.toString(
        when, f"{date_format} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"
    )


def state_label(state: CredentialState | None) -> str:
    return {
        None: QCoreApplication.translate("Texts", "No credential"),
        CredentialState.DRAFT: QCoreApplication.translate("Texts", "Draft"),
        CredentialState.ACTIVE: QCoreApplication.translate("Texts", "Active"),
        CredentialState.ROTATING: QCoreApplication.translate("Texts", "Rotating"),
        CredentialState.REVOKED: QCoreApplication.translate("Texts", "Revoked"),
    }[state]


def outcome_label(outcome: TestOutcome | None, short: bool = False) -> str:
    if short and outcome is TestOutcome.NOTICE:
        return QCoreApplication.translate("Texts", "Notice")
    return {
        None: QCoreApplication.translate("Texts", "Not tested"),
        TestOutcome.OK: QCoreApplication.translate("Texts", "Passed"),
        TestOutcome.NOTICE: QCoreApplication.translate("Texts", "Passed with notice"),
        TestOutcome.FAILED: QCoreApplication.translate("Texts", "Failed"),
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
        "api_key": QCoreApplication.translate("Texts", "API key"),
        "consumer_key": QCoreApplication.translate("Texts", "Consumer key"),
        "consumer_secret": QCoreApplication.translate("Texts", "Consumer secret"),
        "access_token": QCoreApplication.translate("Texts", "Access token"),
        "access_token_secret": QCoreApplication.translate("Texts", "Access token secret"),
        "license_key": QCoreApplication.translate("Texts", "License key"),
    }.get(field, field)


def verdict_text(verdict: str | None, fallback: str = "") -> str:
    """A Magento check's verdict ("credentials_rejected") as the connection
    proof words it, in the merchant's language; `fallback` for any other."""
    from cobby_desktop.domain.proof import verdict_said  # not needed before first paint

    said = verdict_said(verdict)
    return i18n.render(said) if said is not None else fallback
