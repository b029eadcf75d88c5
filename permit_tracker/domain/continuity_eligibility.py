"""When long-term residence or nationality becomes possible, and why.

Long-term rule (`eligibility_date`, `long_term_years`). One absence lasting 6 months or
more (`returned >= left + 6 months`) interrupts: counting restarts on its return date. Days
are weighted by the reason of stay (`continuity_weights`). D is the earliest date such that

* the weighted days in [start, D) reach the days in [start, start + 5 years) (so without
  study D >= start + 5 years),
* the absence days d with D - 5 years < d <= D total at most 300,
* D is not a day of absence (you apply in person), and
* D's reason is not `study` or `search_year` (no application while a student).

Nationality (`eligibility_date(..., "nationality_years")`) is the same rule with every day
at 100 % and no student condition, plus `not_before` (the first card that allows the
declaration). The window spans the years of the rule used (`long_term_years` or
`nationality_years`). Planned (future) trips count like past ones, which answers "what if I
travel". The numbers come from the ruleset; the readings shared with the other rules are in
`continuity_spans`.

When D would fall on a student's day, the search resumes on the first later day with
another reason; when there is none, or no day ahead weighs anything, there is no date
(`Eligibility.blocked` says which).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from permit_tracker.domain.continuity_spans import (
    ONE_DAY,
    Day,
    Restart,
    Timeline,
    Window,
    add_eligibility,
    earliest_allowed,
    restart,
)
from permit_tracker.domain.continuity_weights import (
    STUDENT_REASONS,
    ReasonSteps,
    Weighting,
    weigh,
    years_text,
)
from permit_tracker.domain.explain import amount, human_date, human_range, plural
from permit_tracker.domain.model import Absence, Person
from permit_tracker.rules.ruleset import Ruleset


@dataclass(frozen=True, slots=True)
class Eligibility:
    """When a continuity rule is first met, and why (fields the UI may show or test)."""

    date: Day | None  # None: no residence start, or never met (see `blocked`)
    period_start: Day | None  # start of the current uninterrupted period
    reason: str  # readable: the start, interruptions, trips that moved the date
    interrupted_by: Absence | None = None  # the absence that restarted counting, if any
    earliest: Day | None = None  # period_start + years, rounded later (before trips)
    window_days: int | None = None  # absence days counted in the window ending on `date`
    limit_days: int = 0  # absence_total_max_days (eu_absence_year_max_days: 12 months)
    years: int = 0  # the years of the rule used
    ignored_trips: int = 0  # trips without both dates, left out
    # Long-term only: the day weights (None for nationality and permanent residence).
    weighting: Weighting | None = None
    student_on: Day | None = None  # a day that qualified but fell while a student
    # "no_start", "never_counted" (weights 0 ahead), "student" (a student on every day ahead)
    blocked: str | None = None
    exempt_absence: Absence | None = None  # permanent residence: the important absence left out


def eligibility_date(
    person: Person,
    rules: Ruleset,
    years_key: str = "long_term_years",
    *,
    not_before: date | None = None,
    not_before_label: str = "",
    weighted: bool | None = None,
) -> Eligibility:
    """The earliest date the continuity rule is met with `years_key`'s years.

    `weighted` (default: for `long_term_years`) applies the long-term day weights (docs/rules.md)
    and its student condition; nationality uses the plain rule (every day 100 %).
    `not_before` adds a condition (nationality: the first card that allows a declaration):
    the result is the earliest date on or after it that meets the whole rule.
    `not_before_label` names it in the reason.
    """
    if weighted is None:
        weighted = years_key == "long_term_years"
    years = rules.value(years_key)
    months = rules.value("absence_single_max_months")
    limit = rules.value("absence_total_max_days")
    timeline = Timeline(person.absences)
    start = person.residence_start
    if start is None:
        return Eligibility(
            None,
            None,
            "No arrival or registration date is recorded, so residence has no start yet.",
            limit_days=limit,
            years=years,
            ignored_trips=timeline.ignored,
            blocked="no_start",
        )
    period = restart(start, timeline, months)
    earliest = add_eligibility(period.start, years=years)
    steps = ReasonSteps(person) if weighted else None
    weighting = weigh(steps, rules, period.start, years) if steps is not None else None
    window = Window(timeline, years, period.start)
    base = Eligibility(
        date=None,
        period_start=period.start,
        reason="",
        interrupted_by=period.interrupted_by.as_absence() if period.interrupted_by else None,
        earliest=earliest,
        limit_days=limit,
        years=years,
        ignored_trips=timeline.ignored,
        weighting=weighting,
    )
    first = earliest
    if weighting is not None:
        if weighting.reached is None:
            text = _start_text(person, period, rules) + (
                " Days as an au pair or seasonal worker do not count towards long-term "
                "status, and no day ahead counts: no date can be given."
            )
            return replace(base, reason=with_ignored_note(text, timeline), blocked="never_counted")
        first = max(first, weighting.reached)
    if not_before is not None:
        first = max(first, not_before)
    found: date | None = earliest_allowed(timeline, years, limit, period.start, first)
    student_on = None
    while steps is not None and found is not None and steps.at(found) in STUDENT_REASONS:
        student_on = student_on or found
        nxt = steps.next_non_student(found)
        found = earliest_allowed(timeline, years, limit, period.start, nxt) if nxt else None
    if found is None:
        assert student_on is not None and weighting is not None
        percent = rules.value("study_weight_percent")
        text = (
            f"{_start_text(person, period, rules)} Days as a student count {percent} % "
            f"towards long-term status, and no application is possible while a student or "
            f"in a search year. You are recorded as one on every day from "
            f"{human_date(student_on)} on, when the residence condition would be met, so no "
            f"date can be given yet: record the card or reason that follows your studies."
        )
        return replace(
            base, reason=with_ignored_note(text, timeline), student_on=student_on, blocked="student"
        )
    reason = _reason(
        person, rules, period, earliest, found, window, timeline, not_before, not_before_label,
        weighting, student_on,
    )  # fmt: skip
    return replace(
        base, date=found, reason=reason, window_days=window.used(found), student_on=student_on
    )


def _start_text(person: Person, period: Restart, rules: Ruleset) -> str:
    by = period.interrupted_by
    if by is None:
        origin = "registration" if person.registered is not None else "arrival"
        return f"Residence counts from your {origin} on {human_date(period.start)}."
    longest = amount(rules["absence_single_max_months"])
    return (
        f"Your absence {human_range(by.left, by.returned)} ({plural(by.days, 'day')}) "
        f"lasted {longest} or more and interrupted residence: counting restarted on your "
        f"return on {human_date(by.returned)}."
    )


def _weights_text(weighting: Weighting, rules: Ruleset) -> str:
    parts = []
    if weighting.study_days:
        percent = rules.value("study_weight_percent")
        parts.append(
            f"Your {years_text(weighting.study_days)} as a student count as "
            f"{years_text(weighting.study_days * percent // 100)} ({percent} %)."
        )
    if weighting.uncounted_days:
        parts.append(
            f"Your {years_text(weighting.uncounted_days)} as an au pair or seasonal worker "
            f"do not count."
        )
    return " ".join(parts)


def with_ignored_note(text: str, timeline: Timeline) -> str:
    if timeline.ignored:
        text += f" {plural(timeline.ignored, 'trip')} without both dates ignored."
    return text


def _reason(
    person: Person,
    rules: Ruleset,
    period: Restart,
    earliest: date,
    found: date,
    window: Window,
    timeline: Timeline,
    not_before: date | None,
    not_before_label: str,
    weighting: Weighting | None = None,
    student_on: date | None = None,
) -> str:
    limit = window_limit = rules.value("absence_total_max_days")
    years = window.years
    span = plural(years, "year")
    parts: list[str] = [_start_text(person, period, rules)]
    rounded = " (rounded to the next day: the date does not exist that year)"
    parts.append(
        f"{span.capitalize()} later is {human_date(earliest)}"
        f"{rounded if earliest.day != period.start.day else ''}."
    )
    first = earliest
    if weighting is not None and weighting.reached is not None and weighting.reached > earliest:
        parts.append(
            f"{_weights_text(weighting, rules)} So {span} of residence count in full on "
            f"{human_date(weighting.reached)}."
        )
        first = weighting.reached
    if not_before is not None and not_before > first:
        label = not_before_label or "the extra condition"
        parts.append(f"Not before {label} on {human_date(not_before)}.")
        first = not_before
    if student_on is not None:
        parts.append(
            f"On {human_date(student_on)} you are a student (or in a search year): no "
            f"application for long-term status while a student."
        )
    elif found > first:
        block = timeline.block_at(first)
        if block is not None:
            parts.append(
                f"On {human_date(first)} you are abroad ({human_range(block.left, block.returned)})"
                f" and you must apply in person."
            )
            first = block.returned + ONE_DAY
        if found > first:
            parts.append(
                f"On {human_date(first)} the {span} before it hold "
                f"{plural(window.used(first), 'day')} of absence, more than {limit}; "
                f"{human_date(found)} is the first day in Belgium with the window within it."
            )
    parts.append(
        f"On {human_date(found)}: {plural(window.used(found), 'day')} of absence in the "
        f"{span} before (at most {window_limit})."
    )
    return with_ignored_note(" ".join(parts), timeline)
