"""What travel does to residence continuity: the absence-day budget of the long-term window
on one day (`absence_usage`) and the effect of a proposed trip on an eligibility date
(`trip_effect`). Planned trips count like past ones.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from dateutil.relativedelta import relativedelta

from permit_tracker.domain.continuity_eligibility import Eligibility, eligibility_date
from permit_tracker.domain.continuity_permanent import permanent_residence_date
from permit_tracker.domain.continuity_spans import (
    ONE_DAY,
    Day,
    Timeline,
    add_eligibility,
    interrupts,
    restart,
)
from permit_tracker.domain.explain import amount, date_range, days
from permit_tracker.domain.model import Absence, Person
from permit_tracker.domain.phrase import Arg, Phrase, phrase, render
from permit_tracker.rules.ruleset import Ruleset


@dataclass(frozen=True, slots=True)
class AbsenceUsage:
    """The absence-day budget on one day.

    The window is the `long_term_years` years ending on `on`: the days d with
    on - 5 years < d <= on. `window_start` is its first day. Only days after the current
    period's start count (after an interruption counting restarts; before residence began
    nobody was absent from it). Planned trips count once their days are inside the window.
    """

    on: Day
    window_start: Day  # first day of the window (on - 5 years + 1 day)
    used_days: int  # absence days counted in the window
    left_days: int  # limit - used, never below 0
    next_rollout: Day | None  # when the oldest counted day leaves the window
    limit_days: int = 0  # absence_total_max_days
    period_start: Day | None = None  # start of the current uninterrupted period


def absence_usage(person: Person, rules: Ruleset, on: date) -> AbsenceUsage:
    """How many absence days the window ending on `on` holds, how many are left, and when
    the oldest of them rolls out (from that day on, days start coming back)."""
    years = rules.value("long_term_years")
    limit = rules.value("absence_total_max_days")
    timeline = Timeline(person.absences)
    window_bound = on - relativedelta(years=years)
    start = person.residence_start
    period_start: date | None = None
    bound = window_bound
    if start is not None:
        months = rules.value("absence_single_max_months")
        period_start = restart(start, timeline, months, on).start
        bound = max(bound, period_start)
    used = timeline.absent_days(bound, on)
    oldest = timeline.first_absent_after(bound)
    rollout = add_eligibility(oldest, years=years) if oldest is not None and oldest <= on else None
    return AbsenceUsage(
        on=on,
        window_start=window_bound + ONE_DAY,
        used_days=used,
        left_days=max(0, limit - used),
        next_rollout=rollout,
        limit_days=limit,
        period_start=period_start,
    )


@dataclass(frozen=True, slots=True)
class TripEffect:
    """What a proposed trip would do to the eligibility date."""

    interrupts: bool  # it would be (part of) an absence of 6 months or more
    before: Day | None  # eligibility without the trip
    after: Day | None  # eligibility with it
    shift_days: int | None  # after - before, in days; None when either is unknown
    message: str  # English
    why: Arg = ""  # `message` as data, for the renderer of each language


def trip_effect(
    person: Person, trip: Absence, rules: Ruleset, years_key: str = "long_term_years"
) -> TripEffect:
    """The effect of adding `trip` to `person`'s absences (planned trips count), on the
    date of `years_key`'s rule: long_term_years (weighted), nationality_years or
    permanent_residence_years.

    `interrupts` is judged on the absence the trip would be part of (a short trip that
    touches a long one makes one longer absence), and only when that absence ends on or
    after the start of residence.
    """
    before = _eligibility_for(person, rules, years_key).date
    if trip.left is None or trip.returned is None or trip.returned < trip.left:
        needs = phrase("A trip needs a leaving date and a return date.")
        return TripEffect(False, before, before, None, render(needs), needs)
    with_trip = replace(person, absences=(*person.absences, trip))
    with_result = _eligibility_for(with_trip, rules, years_key)
    after = with_result.date
    block = Timeline(with_trip.absences).block_at(trip.left)
    months = rules.value("absence_single_max_months")
    start = person.residence_start
    if years_key == "permanent_residence_years":  # breaks: the period would restart later
        without = permanent_residence_date(person, rules).period_start
        cut = with_result.period_start != without and block is not None
    else:
        cut = (
            block is not None
            and interrupts(block.left, block.returned, months)
            and (start is None or block.returned >= start)  # over before residence: harmless
        )
    shift = (after - before).days if after is not None and before is not None else None
    what = phrase(
        "This trip ({range}, {days})",
        range=date_range(trip.left, trip.returned),
        days=days(trip.days()),
    )
    message: Phrase
    if before is None or after is None:
        message = phrase(
            "{trip}: record your arrival or registration date to see its effect.", trip=what
        )
    elif cut:
        longest = (
            phrase("more than the permanent-residence rule allows")
            if years_key == "permanent_residence_years"
            else phrase("{amount} or more", amount=amount(rules["absence_single_max_months"]))
        )
        outcome = (
            phrase(
                "moving eligibility from {before} to {after} ({days} later)",
                before=before,
                after=after,
                days=days(shift),
            )
            if shift
            else phrase("though your eligibility date stays {before}", before=before)
        )
        message = phrase(
            "{trip} would make an absence of {longest}, which interrupts residence: counting "
            "would restart on your return, {outcome}.",
            trip=what,
            longest=longest,
            outcome=outcome,
        )
    elif shift:
        message = phrase(
            "{trip} would move eligibility from {before} to {after} ({days} later).",
            trip=what,
            before=before,
            after=after,
            days=days(shift),
        )
    else:
        message = phrase(
            "{trip} would not change your eligibility date, {before}.", trip=what, before=before
        )
    return TripEffect(cut, before, after, shift, render(message), message)


def _eligibility_for(person: Person, rules: Ruleset, years_key: str) -> Eligibility:
    if years_key == "permanent_residence_years":
        return permanent_residence_date(person, rules)
    return eligibility_date(person, rules, years_key)
