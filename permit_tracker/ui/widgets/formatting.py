"""How dates, countdowns and statuses read on screen: the window's one home for them. Dates
follow QLocale's default, which is the chosen language's (ui/shell/translation.py); the words
are translated (context Formatting)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QDate, QLocale, QObject

from permit_tracker.domain.deadline import Deadline, Kind, Status

if TYPE_CHECKING:
    from permit_tracker.ui.widgets.class_tr import ClassTr


class Formatting(QObject):
    """The translation context of this module's words, called as `Formatting.tr(...)`:
    lupdate marks a message as having plural forms only on a tr() call, never on
    QCoreApplication.translate, and "in %n days" needs them."""

    if TYPE_CHECKING:  # called on the class too: see ui/widgets/class_tr.py
        tr: ClassVar[ClassTr]


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _medium_format(locale: QLocale) -> str:
    """The locale's long date format with abbreviated day and month names."""
    fmt = locale.dateFormat(QLocale.FormatType.LongFormat)
    return fmt.replace("dddd", "ddd").replace("MMMM", "MMM")


def _without_trailing_year(fmt: str) -> str:
    """Drop a year that ends the format ("ddd, d MMM yyyy" → "ddd, d MMM"); keep it otherwise."""
    stripped = re.sub(r"[\s,./-]*(?:'[^']*'[\s,./-]*)?y+[\s.]*$", "", fmt)  # also " 'de' yyyy"
    return stripped if stripped != fmt and "y" not in stripped else fmt


def date_text(
    value: date | None, *, today: date | None = None, locale: QLocale | None = None
) -> str:
    """A date as people read it in their locale ("Tue, 11 Mar 2025").

    With `today`, a date in the current year leaves the year out ("Tue, 11 Mar").
    """
    if value is None:
        return "—"
    loc = locale or QLocale()
    fmt = _medium_format(loc)
    if today is not None and value.year == today.year:
        fmt = _without_trailing_year(fmt)
    return loc.toString(qdate(value), fmt)


def long_date_text(
    value: date,
    *,
    today: date | None = None,
    locale: QLocale | None = None,
    weekday: bool = True,
) -> str:
    """A date with full month name, for headlines ("Tue 11 March"); without the weekday for
    dates that are not deadlines ("1 November 2026")."""
    loc = locale or QLocale()
    fmt = loc.dateFormat(QLocale.FormatType.LongFormat)
    fmt = fmt.replace("dddd", "ddd") if weekday else re.sub(r"dddd[,.]?\s*|\s*dddd", "", fmt)
    if today is not None and value.year == today.year:
        fmt = _without_trailing_year(fmt)
    return loc.toString(qdate(value), fmt)


def format_date(value: date | None, long: bool = True) -> str:
    """A date without the weekday: "3 March 2030" (long) or "3 Mar 2030" in en_GB, for
    periods, sources and key dates."""
    if value is None:
        return "—"
    loc = QLocale()
    fmt = loc.dateFormat(QLocale.FormatType.LongFormat)
    fmt = re.sub(r"d{4}[,.]?\s*", "", fmt).strip(" ,")
    return loc.toString(qdate(value), fmt if long else fmt.replace("MMMM", "MMM"))


def countdown_text(days_left: int | None) -> str:
    """ "in 6 days", "today", "3 days late" — in whole calendar days."""
    if days_left is None:
        return ""
    if days_left == 0:
        return Formatting.tr("today")
    if days_left == 1:
        return Formatting.tr("tomorrow")
    if days_left == -1:
        return Formatting.tr("1 day late")
    if days_left < 0:
        return Formatting.tr("%n days late", "", -days_left)
    if days_left > 90:
        months = round(days_left / 30.44)
        if months >= 24:
            return Formatting.tr("in about %n years", "", round(days_left / 365.25))
        return Formatting.tr("in about %n months", "", months)
    return Formatting.tr("in %n days", "", days_left)


def days_left_text(days_left: int) -> str:
    """For the headline: "6 days left", "due today", "3 days late"."""
    if days_left == 0:
        return Formatting.tr("due today")
    if days_left == 1:
        return Formatting.tr("1 day left")
    if days_left < 0 or days_left > 60:
        return countdown_text(days_left)  # "in about 5 years" reads better than 1874 days
    return Formatting.tr("%n days left", "", days_left)


def status_text(status: Status) -> str:
    return {
        Status.OVERDUE: Formatting.tr("Overdue"),
        Status.DUE_SOON: Formatting.tr("Due soon"),
        Status.UPCOMING: Formatting.tr("Upcoming"),
        Status.DONE: Formatting.tr("Done"),
        Status.INFO: Formatting.tr("Milestone"),
    }[status]


def deadline_when_text(deadline: Deadline) -> str:
    """The countdown column: a done row says so; a passed milestone is not "late"."""
    if deadline.status is Status.DONE:
        return Formatting.tr("done")
    days = deadline.days_left
    if deadline.status is Status.INFO and days is not None and days < 0:
        return Formatting.tr("yesterday") if days == -1 else Formatting.tr("%n days ago", "", -days)
    return countdown_text(days)


def kind_names() -> dict[Kind, str]:
    """A short name for each kind of deadline, for lists where the user picks kinds (from the
    kind registry, named by the shared vocabulary: i18n.vocabulary)."""
    from permit_tracker.i18n.vocabulary import kind_names as names

    return names()


def unit_text(unit: str, value: int) -> str:
    """A rule's unit in words for `value`: "days", "1 working day", "%"."""
    if unit == "percent":
        return "%"
    one = value == 1  # English's rule; each form is its own message for the translators
    return {
        "days": Formatting.tr("day") if one else Formatting.tr("days"),
        "working_days": Formatting.tr("working day") if one else Formatting.tr("working days"),
        "months": Formatting.tr("month") if one else Formatting.tr("months"),
        "years": Formatting.tr("year") if one else Formatting.tr("years"),
    }[unit]
