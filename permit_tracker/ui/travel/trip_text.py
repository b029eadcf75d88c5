"""Trips in words: dates in the user's locale, why a trip cannot be saved, what a trip
triggers (the engine's rows about it: declare before leaving, renew before leaving, report
back, right of return, travel warning) and what it does to long-term or permanent residence
(the engine's eligibility rows with and without the trip, phrased for people).

No rule is computed here: `trip_consequences` runs `deadlines_for` on the person with the
candidate trip and keeps the rows whose subject is that trip ("absence-<n>", n counting
from 1 in order of leaving, docs/exchange-format.md).

Shared by the Travel tab, its form, the trips table and the timeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QObject

from permit_tracker.domain.continuity_eligibility import eligibility_date
from permit_tracker.domain.continuity_travel import trip_effect
from permit_tracker.domain.deadline import Deadline, Kind
from permit_tracker.domain.deadlines import deadlines_for, subjects_by_first_date
from permit_tracker.domain.model import Absence, Person
from permit_tracker.domain.validation import MAX_DATE, MIN_DATE, Problem
from permit_tracker.rules.ruleset import Ruleset

# The window's one formatter of dates without a weekday; re-exported for the callers that
# knew it here.
from permit_tracker.ui.widgets.formatting import format_date as format_date


def to_date(value: object) -> date | None:
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
    years = {"lo": MIN_DATE.year, "hi": MAX_DATE.year}
    if trip.left is not None and not MIN_DATE <= trip.left <= MAX_DATE:
        return QCoreApplication.translate(
            "TripText", "The departure date must be between {lo} and {hi}."
        ).format(**years)
    if trip.returned is not None and not MIN_DATE <= trip.returned <= MAX_DATE:
        return QCoreApplication.translate(
            "TripText", "The return date must be between {lo} and {hi}."
        ).format(**years)
    if trip.left is None or trip.returned is None:
        return None
    if trip.returned < trip.left:
        return QCoreApplication.translate(
            "TripText", "The return date is before the departure date."
        )
    for i, other in enumerate(absences):
        if i == index or other.left is None or other.returned is None:
            continue
        if trip.left <= other.returned and other.left <= trip.returned:
            return QCoreApplication.translate(
                "TripText", "This trip overlaps your trip of {range}."
            ).format(range=trip_range(other))
    return None


def problems_text(problems: Sequence[Problem]) -> str:
    return "\n".join(str(p) for p in problems)


@dataclass(frozen=True, slots=True)
class EffectText:
    short: str  # for the table: "+18 days", "interrupts", "no change"
    long: str  # a sentence: "This trip moves your long-term eligibility from ... to ..."
    shift_days: int
    interrupts: bool


class TripText(QObject):
    """The context of these texts; a QObject because lupdate marks a message as plural
    (one form per number in each language) only in a `self.tr` call."""

    def shift(self, days: int) -> str:
        # The singular apart: English has no translation file to pick "day" for 1.
        return self.tr("+1 day") if days == 1 else self.tr("+%n days", "", days)


def _shift_text(days: int) -> str:
    return TripText().shift(days)


# What a trip can trigger, in display order; the hard ones first.
TRIP_KINDS: tuple[Kind, ...] = (
    Kind.TRAVEL_WARNING,
    Kind.RETURN_BY,
    Kind.RENEW_BEFORE_LEAVING,
    Kind.DEPARTURE_DECLARATION,
    Kind.RETURN_REPORT,
)
# How loudly each is shown: "error" for a lost right of return or no re-entry.
SEVERITY: dict[Kind, str] = {
    Kind.TRAVEL_WARNING: "error",
    Kind.RETURN_BY: "error",
    Kind.RENEW_BEFORE_LEAVING: "warning",
    Kind.DEPARTURE_DECLARATION: "warning",
    Kind.RETURN_REPORT: "warning",
}


def absence_subjects(absences: Sequence[Absence]) -> list[str]:
    """Each absence's subject, numbered as the engine numbers them (from 1 in
    order of leaving, undated last, then input order)."""
    return subjects_by_first_date("absence", absences, lambda a: a.left)


def with_trip(person: Person, trip: Absence, index: int | None = None) -> Person:
    """`person` with `trip` added, or in place of absences[index]."""
    others = person.absences if index is None else without(person, index).absences
    return replace(person, absences=(*others, trip))


def trip_consequences(
    person: Person, trip: Absence, rules: Ruleset, today: date, index: int | None = None
) -> list[Deadline]:
    """The engine's rows about `trip` (added, or replacing absences[index]): what it
    triggers, hard ones first."""
    if trip.left is None or trip.returned is None or trip.returned < trip.left:
        return []
    candidate = with_trip(person, trip, index)
    subject = absence_subjects(candidate.absences)[-1]  # the trip is the last record
    rows = [
        d
        for d in deadlines_for(candidate, rules, today)
        if d.subject == subject and d.kind in TRIP_KINDS
    ]
    return sorted(rows, key=lambda d: TRIP_KINDS.index(d.kind))


def is_long_absence(rows: Sequence[Deadline]) -> bool:
    """The engine asks for a declaration or a report: the trip is over 3 months."""
    return any(d.kind in (Kind.DEPARTURE_DECLARATION, Kind.RETURN_REPORT) for d in rows)


def eligibility_kind(person: Person, rules: Ruleset, today: date) -> Kind:
    """The status the Travel tab talks about: permanent residence when the engine gives
    that row (EU citizens, F-card holders), else long-term residence."""
    rows = deadlines_for(person, rules, today)
    if any(d.kind is Kind.PERMANENT_RESIDENCE_ELIGIBLE for d in rows):
        return Kind.PERMANENT_RESIDENCE_ELIGIBLE
    return Kind.LONG_TERM_ELIGIBLE


def _eligible_on(person: Person, rules: Ruleset, today: date, kind: Kind) -> Deadline | None:
    return next((d for d in deadlines_for(person, rules, today) if d.kind is kind), None)


def describe_permanent_effect(
    person: Person, trip: Absence, rules: Ruleset, today: date
) -> EffectText | None:
    """What `trip` does to the permanent-residence date (the engine's rows with and
    without it)."""
    if trip.left is None or trip.returned is None or trip.returned < trip.left:
        return None
    kind = Kind.PERMANENT_RESIDENCE_ELIGIBLE
    before_row = _eligible_on(person, rules, today, kind)
    after_row = _eligible_on(with_trip(person, trip), rules, today, kind)
    before = before_row.date if before_row else None
    after = after_row.date if after_row else None
    if before is None or after is None:
        if person.residence_start is None:
            text = QCoreApplication.translate(
                "TripText",
                "Record your arrival or registration date to see what this trip changes.",
            )
        else:
            text = QCoreApplication.translate(
                "TripText",
                "Permanent residence has no date yet (see above), so this trip cannot move it.",
            )
        return EffectText("—", text, 0, False)
    shift = (after - before).days
    if shift == 0:
        return EffectText(
            QCoreApplication.translate("TripText", "no change"),
            QCoreApplication.translate(
                "TripText", "This trip does not change your permanent residence ({day})."
            ).format(day=format_date(before)),
            0,
            False,
        )
    # A move of more than the trip's own length means counting restarted.
    restarts = shift > trip.days()
    text = (
        QCoreApplication.translate(
            "TripText",
            "This trip would break the continuity of your residence: permanent residence "
            "moves from {before} to {after} ({shift}).",
        )
        if restarts
        else QCoreApplication.translate(
            "TripText",
            "This trip moves your permanent residence from {before} to {after} ({shift}).",
        )
    )
    return EffectText(
        QCoreApplication.translate("TripText", "interrupts") if restarts else _shift_text(shift),
        text.format(before=format_date(before), after=format_date(after), shift=_shift_text(shift)),
        shift,
        restarts,
    )


def describe_effect(person: Person, trip: Absence, rules: Ruleset) -> EffectText | None:
    """What `trip` (not part of `person.absences`) does to long-term eligibility."""
    if trip.left is None or trip.returned is None or trip.returned < trip.left:
        return None
    effect = trip_effect(person, trip, rules)
    before, after, shift = effect.before, effect.after, effect.shift_days or 0
    if before is None or after is None:
        if person.residence_start is None:
            text = QCoreApplication.translate(
                "TripText",
                "Record your arrival or registration date to see what this trip changes.",
            )
        else:  # no date yet (a student on every day ahead): nothing to move
            text = QCoreApplication.translate(
                "TripText",
                "Long-term residence has no date yet (see above), so this trip cannot move "
                "it; its days still count as days abroad.",
            )
        return EffectText("—", text, 0, effect.interrupts)
    if effect.interrupts and shift:
        restart = eligibility_date(replace(person, absences=(*person.absences, trip)), rules)
        return EffectText(
            QCoreApplication.translate("TripText", "interrupts"),
            QCoreApplication.translate(
                "TripText",
                "This trip would interrupt your residence: counting restarts on {day}, "
                "and long-term eligibility moves from {before} to {after}.",
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
            QCoreApplication.translate("TripText", "interrupts"),
            QCoreApplication.translate(
                "TripText",
                "This trip would interrupt your residence (counting restarts on your return), "
                "though your long-term eligibility date stays {day}.",
            ).format(day=format_date(before)),
            0,
            True,
        )
    if shift == 0:
        return EffectText(
            QCoreApplication.translate("TripText", "no change"),
            QCoreApplication.translate(
                "TripText", "This trip does not change your long-term eligibility ({day})."
            ).format(day=format_date(before)),
            0,
            False,
        )
    return EffectText(
        _shift_text(shift),
        QCoreApplication.translate(
            "TripText",
            "This trip moves your long-term eligibility from {before} to {after} ({shift}).",
        ).format(before=format_date(before), after=format_date(after), shift=_shift_text(shift)),
        shift,
        False,
    )


def without(person: Person, index: int) -> Person:
    return replace(person, absences=person.absences[:index] + person.absences[index + 1 :])
