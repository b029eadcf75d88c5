"""Dates, numbers and "today / tomorrow / in N days" for everything outside the window
(the CLI, notifications, calendar files), in the language in use.

English keeps the formats the app has always printed ("3 March 2025", "Tuesday 11 March
2025"), independent of the system locale; French, Dutch and German follow Babel's Belgian
locales (fr_BE, nl_BE, de_BE). Babel is imported on first use only: the English command
line does not pay for it.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from permit_tracker.domain.phrase import english_date
from permit_tracker.i18n import current, ngettext
from permit_tracker.i18n import gettext as _
from permit_tracker.i18n.language import LOCALES

_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _babel(day: date, pattern: str, lang: str) -> str:
    from babel.dates import format_date

    return format_date(day, pattern, locale=LOCALES[lang])


def long_date(day: date, lang: str | None = None) -> str:
    """ "3 March 2025", "3 mars 2025", "3 maart 2025", "3. März 2025"."""
    lang = lang or current()
    return english_date(day) if lang == "en" else _babel(day, "long", lang)


def weekday_date(day: date, lang: str | None = None) -> str:
    """ "Tuesday 11 March 2025", "mardi 11 mars 2025", "dinsdag 11 maart 2025",
    "Dienstag, 11. März 2025"."""
    lang = lang or current()
    if lang == "en":
        return f"{_WEEKDAYS[day.weekday()]} {english_date(day)}"
    return _babel(day, "full", lang)


def month_year(day: date, lang: str | None = None) -> str:
    """ "February 2026", "février 2026", "februari 2026", "Februar 2026"."""
    lang = lang or current()
    if lang == "en":
        return f"{english_date(day).split(' ', 1)[1]}"
    return _babel(day, "LLLL y", lang)


def short_month_year(day: date, lang: str | None = None) -> str:
    """ "May 2026", "mai 2026", "mei 2026", "Mai 2026" (the month abbreviated where the
    language does)."""
    lang = lang or current()
    if lang == "en":
        return f"{english_date(day).split(' ')[1][:3]} {day.year}"
    return _babel(day, "LLL y", lang)


def number(value: int, lang: str | None = None) -> str:
    """An integer as the language writes it ("1 826" in French); plain digits in English."""
    lang = lang or current()
    if lang == "en" or abs(value) < 1000:
        return str(value)
    from babel.numbers import format_decimal

    return format_decimal(value, locale=LOCALES[lang])


def when_phrase(days_left: int) -> str:
    """The one "today / tomorrow / in N days" of the non-GUI side (notifications, calendar
    alarms): "today", "tomorrow", "yesterday", "in 5 days", "3 days ago"."""
    if days_left == 0:
        return _("today")
    if days_left == 1:
        return _("tomorrow")
    if days_left == -1:
        return _("yesterday")
    if days_left > 1:
        return ngettext("in {count} day", "in {count} days", days_left).format(
            count=number(days_left)
        )
    return ngettext("{count} day ago", "{count} days ago", -days_left).format(
        count=number(-days_left)
    )
