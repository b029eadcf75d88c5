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
from typing import Final

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
    years_phrase,
)
from permit_tracker.domain.explain import amount, date_range, days, trips, years
from permit_tracker.domain.model import Absence, Person
from permit_tracker.domain.phrase import Arg, Joined, Phrase, joined, phrase, plural_phrase, render
from permit_tracker.rules.ruleset import Ruleset


@dataclass(frozen=True, slots=True)
class Eligibility:
    """When a continuity rule is first met, and why (fields the UI may show or test)."""

    date: Day | None  # None: no residence start, or never met (see `blocked`)
    period_start: Day | None  # start of the current uninterrupted period
    reason: str  # readable: the start, interruptions, trips that moved the date (English)
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
    why: Arg = ""  # `reason` as data, for the renderer of each language


def with_why(result: Eligibility, why: Arg) -> Eligibility:
    """`result` with its reason: the phrase, and its English rendering."""
    return replace(result, reason=render(why), why=why)


NO_START: Final = phrase(
    "No arrival or registration date is recorded, so residence has no start yet."
)


def no_start(limit: int, years: int, timeline: Timeline) -> Eligibility:
    """No date: residence has no start (neither an arrival nor a registration is recorded)."""
    return Eligibility(
        None,
        None,
        render(NO_START),
        limit_days=limit,
        years=years,
        ignored_trips=timeline.ignored,
        blocked="no_start",
        why=NO_START,
    )


def eligibility_date(
    person: Person,
    rules: Ruleset,
    years_key: str = "long_term_years",
    *,
    not_before: date | None = None,
    not_before_label: Arg = "",
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
        return no_start(limit, years, timeline)
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
            why = joined(
                [
                    _start_text(person, period, rules),
                    phrase(
                        "Days as an au pair or seasonal worker do not count towards long-term "
                        "status, and no day ahead counts: no date can be given."
                    ),
                ]
            )
            return with_why(
                replace(base, blocked="never_counted"), with_ignored_note(why, timeline)
            )
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
        why = joined(
            [
                _start_text(person, period, rules),
                phrase(
                    "Days as a student count {percent} % towards long-term status, and no "
                    "application is possible while a student or in a search year. You are "
                    "recorded as one on every day from {student_on} on, when the residence "
                    "condition would be met, so no date can be given yet: record the card or "
                    "reason that follows your studies.",
                    percent=percent,
                    student_on=student_on,
                ),
            ]
        )
        return with_why(
            replace(base, student_on=student_on, blocked="student"),
            with_ignored_note(why, timeline),
        )
    reason = _reason(
        person, rules, period, earliest, found, window, timeline, not_before, not_before_label,
        weighting, student_on,
    )  # fmt: skip
    return with_why(
        replace(base, date=found, window_days=window.used(found), student_on=student_on), reason
    )


def counts_from(person: Person, start: date) -> Phrase:
    if person.registered is not None:
        return phrase("Residence counts from your registration on {start}.", start=start)
    return phrase("Residence counts from your arrival on {start}.", start=start)


def _start_text(person: Person, period: Restart, rules: Ruleset) -> Phrase:
    by = period.interrupted_by
    if by is None:
        return counts_from(person, period.start)
    return phrase(
        "Your absence {range} ({days}) lasted {longest} or more and interrupted residence: "
        "counting restarted on your return on {returned}.",
        range=date_range(by.left, by.returned),
        days=days(by.days),
        longest=amount(rules["absence_single_max_months"]),
        returned=by.returned,
    )


def _weights_text(weighting: Weighting, rules: Ruleset) -> Joined:
    parts: list[Arg] = []
    if weighting.study_days:
        percent = rules.value("study_weight_percent")
        parts.append(
            phrase(
                "Your {studied} as a student count as {counted} ({percent} %).",
                studied=years_phrase(weighting.study_days),
                counted=years_phrase(weighting.study_days * percent // 100),
                percent=percent,
            )
        )
    if weighting.uncounted_days:
        parts.append(
            phrase(
                "Your {uncounted} as an au pair or seasonal worker do not count.",
                uncounted=years_phrase(weighting.uncounted_days),
            )
        )
    return joined(parts)


def with_ignored_note(text: Arg, timeline: Timeline) -> Arg:
    if timeline.ignored:
        return joined(
            [text, phrase("{trips} without both dates ignored.", trips=trips(timeline.ignored))]
        )
    return text


def later_is(count: int, earliest: date, rounded: bool = False) -> Phrase:
    if rounded:
        return plural_phrase(
            "{count} year later is {earliest} (rounded to the next day: the date does not exist "
            "that year).",
            "{count} years later is {earliest} (rounded to the next day: the date does not "
            "exist that year).",
            count,
            earliest=earliest,
        )
    return plural_phrase(
        "{count} year later is {earliest}.", "{count} years later is {earliest}.", count,
        earliest=earliest,
    )  # fmt: skip


def abroad(day: date, left: date, returned: date) -> Phrase:
    return phrase(
        "On {day} you are abroad ({range}) and you must apply in person.",
        day=day,
        range=date_range(left, returned),
    )


def _reason(
    person: Person,
    rules: Ruleset,
    period: Restart,
    earliest: date,
    found: date,
    window: Window,
    timeline: Timeline,
    not_before: date | None,
    not_before_label: Arg,
    weighting: Weighting | None = None,
    student_on: date | None = None,
) -> Arg:
    limit = rules.value("absence_total_max_days")
    span = years(window.years)
    parts: list[Arg] = [_start_text(person, period, rules)]
    parts.append(later_is(window.years, earliest, earliest.day != period.start.day))
    first = earliest
    if weighting is not None and weighting.reached is not None and weighting.reached > earliest:
        parts.append(
            phrase(
                "{weights} So {span} of residence count in full on {reached}.",
                weights=_weights_text(weighting, rules),
                span=span,
                reached=weighting.reached,
            )
        )
        first = weighting.reached
    if not_before is not None and not_before > first:
        label = not_before_label or phrase("the extra condition")
        parts.append(phrase("Not before {label} on {day}.", label=label, day=not_before))
        first = not_before
    if student_on is not None:
        parts.append(
            phrase(
                "On {day} you are a student (or in a search year): no application for "
                "long-term status while a student.",
                day=student_on,
            )
        )
    elif found > first:
        block = timeline.block_at(first)
        if block is not None:
            parts.append(abroad(first, block.left, block.returned))
            first = block.returned + ONE_DAY
        if found > first:
            parts.append(
                phrase(
                    "On {day} the {span} before it hold {used} of absence, more than {limit}; "
                    "{found} is the first day in Belgium with the window within it.",
                    day=first,
                    span=span,
                    used=days(window.used(first)),
                    limit=limit,
                    found=found,
                )
            )
    parts.append(
        phrase(
            "On {found}: {used} of absence in the {span} before (at most {limit}).",
            found=found,
            used=days(window.used(found)),
            span=span,
            limit=limit,
        )
    )
    return with_ignored_note(joined(parts), timeline)
