"""Trips in words: dates in the user's locale, why a trip cannot be saved, and what a trip
does to long-term eligibility (domain.continuity.trip_effect, phrased for people).

Shared by the Travel tab, its form, the trips table and the timeline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from permit_tracker.domain.continuity import eligibility_date, trip_effect
from permit_tracker.domain.model import Absence, Person
from permit_tracker.domain.validation import MAX_DATE, MIN_DATE, Problem
from permit_tracker.rules.ruleset import Ruleset


def _tr(text: str) -> str:
    return QCoreApplication.translate("Trips", text)


def _date_format(long: bool) -> str:
    """The locale's long date format without the weekday ("d MMMM yyyy" in en_GB)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    fmt = re.sub(r"d{4}[,.]?\s*", "", fmt).strip(" ,")
    return fmt if long else fmt.replace("MMMM", "MMM")


def format_date(day: date | None, long: bool = True) -> str:
    """A date in the user's locale: "3 March 2030" (long) or "3 Mar 2030"."""
    if day is None:
        return "—"
    return QLocale().toString(QDate(day.year, day.month, day.day), _date_format(long))


def to_date(value: Any) -> date | None:
    """A QDate, date or ISO string from an editor, or None when empty or invalid."""
    if isinstance(value, QDate):
        if not value.isValid():
            return None
        return date(value.year(), value.month(), value.day())
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def trip_range(trip: Absence) -> str:
    return f"{format_date(trip.left, False)} – {format_date(trip.returned, False)}"


def trip_problem(absences: Sequence[Absence], index: int | None, trip: Absence) -> str | None:
    """Why `trip` cannot replace absences[index] (or be added when index is None), in words.

    Checked here, before the controller, so the message can name the other trip in the
    user's locale; the controller validates again with domain.validation before saving.
    """
    for name, day in ((_tr("departure"), trip.left), (_tr("return"), trip.returned)):
        if day is not None and not MIN_DATE <= day <= MAX_DATE:
            return _tr("The {name} date must be between {lo} and {hi}.").format(
                name=name, lo=MIN_DATE.year, hi=MAX_DATE.year
            )
    if trip.left is None or trip.returned is None:
        return None
    if trip.returned < trip.left:
        return _tr("The return date is before the departure date.")
    for i, other in enumerate(absences):
        if i == index or other.left is None or other.returned is None:
            continue
        if trip.left <= other.returned and other.left <= trip.returned:
            return _tr("This trip overlaps your trip of {range}.").format(range=trip_range(other))
    return None


def problems_text(problems: Sequence[Problem]) -> str:
    return "\n".join(str(p) for p in problems)


@dataclass(frozen=True, slots=True)
class EffectText:
    short: str  # for the table: "+18 days", "interrupts", "no change"
    long: str  # a sentence: "This trip moves your long-term eligibility from ... to ..."
    shift_days: int
    interrupts: bool


def _shift_text(days: int) -> str:
    return _tr("+1 day") if days == 1 else _tr("+{n} days").format(n=days)


def describe_effect(person: Person, trip: Absence, rules: Ruleset) -> EffectText | None:
    """What `trip` (not part of `person.absences`) does to long-term eligibility."""
    if trip.left is None or trip.returned is None or trip.returned < trip.left:
        return None
    effect = trip_effect(person, trip, rules)
    before, after, shift = effect.before, effect.after, effect.shift_days or 0
    if before is None or after is None:
        return EffectText(
            "—",
            _tr("Record your arrival or registration date to see what this trip changes."),
            0,
            effect.interrupts,
        )
    if effect.interrupts and shift:
        restart = eligibility_date(replace(person, absences=(*person.absences, trip)), rules)
        return EffectText(
            _tr("interrupts"),
            _tr(
                "This trip would interrupt your residence: counting restarts on {day}, "
                "and long-term eligibility moves from {before} to {after}."
            ).format(
                day=format_date(restart.period_start),
                before=format_date(before),
                after=format_date(after),
            ),
            shift,
            True,
        )
    if effect.interrupts:
        return EffectText(
            # The engine counts from the last interruption on record, so this only happens
            # when other absences already keep eligibility past the restarted count.
            _tr("interrupts"),
            _tr(
                "This trip would interrupt your residence (counting restarts on your return), "
                "though your long-term eligibility date stays {day}."
            ).format(day=format_date(before)),
            0,
            True,
        )
    if shift == 0:
        return EffectText(
            _tr("no change"),
            _tr("This trip does not change your long-term eligibility ({day}).").format(
                day=format_date(before)
            ),
            0,
            False,
        )
    return EffectText(
        _shift_text(shift),
        _tr(
            "This trip moves your long-term eligibility from {before} to {after} ({shift})."
        ).format(before=format_date(before), after=format_date(after), shift=_shift_text(shift)),
        shift,
        False,
    )


def without(person: Person, index: int) -> Person:
    return replace(person, absences=person.absences[:index] + person.absences[index + 1 :])
