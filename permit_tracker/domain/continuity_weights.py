"""The reason of stay of each day and how much it counts towards long-term status.

Each day takes the reason of the card valid that day (the card's `reason`, else the
person's; days no card covers take the person's); a `study` day weighs
`study_weight_percent`, an `au_pair` or `seasonal` day 0, every other day 100 %.

Readings chosen where the rules are silent: where cards overlap, the one that started last
gives the reason (a new card replaces the old); a card without a start gives none; an
unknown reason weighs 100 %. The weighted count runs from the current period's start,
absence days included (they are days of residence that did not interrupt it). Weights are
in percent of a day and the target is reached on the first day the sum is at least 100 x
the days needed, so half days round later.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Final

from permit_tracker.domain.continuity_spans import ONE_DAY, Timeline, add_eligibility, restart
from permit_tracker.domain.explain import days, years
from permit_tracker.domain.model import Person, Reason
from permit_tracker.domain.phrase import Phrase, render
from permit_tracker.rules.ruleset import Ruleset

STUDENT_REASONS: Final[frozenset[str]] = frozenset({"study", "search_year"})
UNCOUNTED_REASONS: Final[frozenset[str]] = frozenset({"au_pair", "seasonal"})


def reason_weight(reason: str | None, rules: Ruleset) -> int:
    """How much a day counts towards long-term status, in percent: study
    `study_weight_percent`, au pair and seasonal 0, every other reason (and unknown) 100."""
    if reason == "study":
        return rules.value("study_weight_percent")
    if reason in UNCOUNTED_REASONS:
        return 0
    return 100


class ReasonSteps:
    """The reason of stay of every day, as a step function: the reason of the card valid that
    day (its own `reason`, else the person's); days no card covers take the person's.

    Where cards overlap, the one that started last decides (a new card replaces the old).
    A card needs a start; without an end it runs on. Cards ending before they start are
    ignored."""

    __slots__ = ("reasons", "starts")

    def __init__(self, person: Person) -> None:
        cards = [
            (c.valid_from.toordinal(), c.valid_until.toordinal() if c.valid_until else None, i, c)
            for i, c in enumerate(person.cards)
            if c.valid_from is not None and (c.valid_until is None or c.valid_until >= c.valid_from)
        ]
        bounds = sorted(
            {date.min.toordinal()}
            | {a for a, _, _, _ in cards}
            | {b + 1 for _, b, _, _ in cards if b is not None}
        )
        self.starts: list[int] = []
        self.reasons: list[Reason | None] = []
        for x in bounds:
            covering = [(a, i, c) for a, b, i, c in cards if a <= x and (b is None or b >= x)]
            reason = person.reason
            if covering:
                card = max(covering, key=lambda t: (t[0], t[1]))[2]
                reason = card.reason or person.reason
            if self.reasons and self.reasons[-1] == reason:
                continue
            self.starts.append(x)
            self.reasons.append(reason)

    def at(self, day: date) -> Reason | None:
        return self.reasons[bisect_right(self.starts, day.toordinal()) - 1]

    def segments(self, first: date) -> Iterator[tuple[int, int | None, Reason | None]]:
        """(from, to-exclusive or None, reason) ordinals from `first` on."""
        x = first.toordinal()
        j = bisect_right(self.starts, x) - 1
        while j < len(self.starts):
            end = self.starts[j + 1] if j + 1 < len(self.starts) else None
            yield max(x, self.starts[j]), end, self.reasons[j]
            j += 1

    def next_non_student(self, after: date) -> date | None:
        """The first day after `after` whose reason is not study or search_year."""
        for a, _, reason in self.segments(after + ONE_DAY):
            if reason not in STUDENT_REASONS:
                return date.fromordinal(a)
        return None


@dataclass(frozen=True, slots=True)
class Weighting:
    """How the days of [period start, D) count (percent-days: 100 = one full day)."""

    needed: int  # days in [start, start + years): what full-weight residence needs
    reached: date | None  # the first D whose weighted days reach `needed`; None: never
    study_days: int = 0  # days in [start, reached) held as a student (or up to today)
    uncounted_days: int = 0  # au pair / seasonal days, weight 0
    counted: int = 0  # weighted days in [start, reached), whole days (rounded down)


def weigh(steps: ReasonSteps, rules: Ruleset, start: date, years: int) -> Weighting:
    needed = (add_eligibility(start, years=years) - start).days
    target, acc = 100 * needed, 0
    study = uncounted = 0
    for a, b, reason in steps.segments(start):
        weight = reason_weight(reason, rules)
        if weight > 0 and (b is None or acc + weight * (b - a) >= target):
            days = -(-(target - acc) // weight)  # ceil: the first day the target is reached
            acc += weight * days
            study += days if reason == "study" else 0
            return Weighting(needed, date.fromordinal(a + days), study, uncounted, acc // 100)
        if b is None:  # weight 0 for ever after
            return Weighting(needed, None, study, uncounted, acc // 100)
        acc += weight * (b - a)
        study += (b - a) if reason == "study" else 0
        uncounted += (b - a) if weight == 0 else 0
    raise AssertionError("the last segment is open-ended")  # pragma: no cover


def counted_days(person: Person, rules: Ruleset, through: date) -> tuple[int, int]:
    """(weighted days of residence counted in [period start, through], days needed) for
    long-term status: what counts so far, e.g. for a student whose date is not known yet."""
    start = person.residence_start
    years = rules.value("long_term_years")
    if start is None:
        return 0, 0
    period = restart(start, Timeline(person.absences), rules.value("absence_single_max_months"))
    needed = (add_eligibility(period.start, years=years) - period.start).days
    acc, end = 0, through.toordinal() + 1
    for a, b, reason in ReasonSteps(person).segments(period.start):
        if a >= end:
            break
        acc += reason_weight(reason, rules) * (min(b if b is not None else end, end) - a)
    return acc // 100, needed


def years_phrase(count: int) -> Phrase:
    """ "2 years" when `count` days are within two days of whole years, else "400 days"."""
    whole = round(count / 365.25)
    if whole >= 1 and abs(count - whole * 365.25) <= 2:
        return years(whole)
    return days(count)


def years_text(count: int) -> str:
    """`years_phrase` in English."""
    return render(years_phrase(count))
