"""When permanent residence becomes possible (EU citizens, F-card family members): the
absence days of the last 12 months, the one important absence, a break when the count
passes 182 or an absence lasts 12 months (`permanent_residence_date`), and the count on one
day (`permanent_residence_usage`, for the Travel tab).

Readings chosen where the rules are silent: the "earliest absence flagged important" of a
period is the first one (by leaving date) whose return is after the period's start; if it
lasts 12 months or more it breaks continuity itself, and the next period has its own
earliest one. The count on a day covers the days after the period's start only. The
readings shared with the other rules are in `continuity_spans`.

Speed: the scan looks at each absence once, and day by day only inside absences whose days
could push the 12-month count over its limit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from dateutil.relativedelta import relativedelta

from permit_tracker.domain.continuity_eligibility import (
    Eligibility,
    abroad,
    counts_from,
    later_is,
    no_start,
    with_ignored_note,
)
from permit_tracker.domain.continuity_spans import (
    ONE_DAY,
    Block,
    Day,
    Timeline,
    add_eligibility,
    interrupts,
)
from permit_tracker.domain.explain import amount, date_range, days
from permit_tracker.domain.model import Absence, Person
from permit_tracker.domain.phrase import Arg, joined, phrase, render
from permit_tracker.rules.ruleset import Ruleset

_YEAR_MONTHS: Final = 12  # "any 12 months" of the permanent-residence rule


def permanent_residence_date(person: Person, rules: Ruleset) -> Eligibility:
    """The permanent-residence rule (docs/rules.md): the earliest day on or after the current
    period's start + `permanent_residence_years` that is not a day of absence.

    Absence days of the last 12 months (d - 12 months, d] are counted day by day; the
    earliest absence of the period flagged `important_reason` is left out while it lasts
    less than `eu_important_absence_max_months`; continuity breaks when the count passes
    `eu_absence_year_max_days` or an absence lasts that many months or more, and counting
    restarts on that absence's return (earlier absences are forgotten).
    """
    years = rules.value("permanent_residence_years")
    limit = rules.value("eu_absence_year_max_days")
    important_months = rules.value("eu_important_absence_max_months")
    timeline = Timeline(person.absences)
    start = person.residence_start
    if start is None:
        return no_start(limit, years, timeline)
    state = _PermanentScan(timeline, start, limit, important_months)
    period_start, broke_by, exempt = state.run()
    earliest = add_eligibility(period_start, years=years)
    block = timeline.block_at(earliest)
    found = block.returned + ONE_DAY if block is not None else earliest
    parts: list[Arg] = []
    if broke_by is None:
        parts.append(counts_from(person, period_start))
    else:
        why = (
            phrase(
                "lasted {amount} or more", amount=amount(rules["eu_important_absence_max_months"])
            )
            if interrupts(broke_by.left, broke_by.returned, important_months)
            else phrase("brought your absences above {limit} days in 12 months", limit=limit)
        )
        parts.append(
            phrase(
                "Your absence {range} ({days}) {why} and broke continuity: counting restarted "
                "on your return on {returned}.",
                range=date_range(broke_by.left, broke_by.returned),
                days=days(broke_by.days),
                why=why,
                returned=broke_by.returned,
            )
        )
    if exempt is not None:
        parts.append(
            phrase(
                "Your absence {range} for an important reason is left out of the count (one "
                "such absence, under {amount}).",
                range=date_range(exempt.left, exempt.returned),
                amount=amount(rules["eu_important_absence_max_months"]),
            )
        )
    parts.append(later_is(years, earliest))
    if block is not None:
        parts.append(abroad(earliest, block.left, block.returned))
    used = state.count(found) if found >= period_start else 0
    parts.append(
        phrase(
            "On {found}: {used} of absence in the 12 months before (at most {limit} in any 12 "
            "months).",
            found=found,
            used=days(used),
            limit=limit,
        )
    )
    why_all = with_ignored_note(joined(parts), timeline)
    return Eligibility(
        date=found,
        period_start=period_start,
        reason=render(why_all),
        interrupted_by=broke_by.as_absence() if broke_by else None,
        earliest=earliest,
        window_days=used,
        limit_days=limit,
        years=years,
        ignored_trips=timeline.ignored,
        exempt_absence=exempt.as_absence() if exempt else None,
        why=why_all,
    )


@dataclass(frozen=True, slots=True)
class PermanentUsage:
    """The permanent-residence absence count on one day: the counted absence days of the
    12 months ending on `on` (after the current period's start, the exempt important
    absence left out), against `eu_absence_year_max_days`."""

    on: Day
    used_days: int
    left_days: int  # limit - used, never below 0
    limit_days: int
    period_start: Day | None  # None: residence has no start
    exempt_absence: Absence | None = None


def permanent_residence_usage(person: Person, rules: Ruleset, on: date) -> PermanentUsage:
    """How much of the 182 days in 12 months the absences up to `on` use (for the Travel
    tab of an EU citizen or an F-card holder). Only absences that ended by `on` can have
    broken continuity; days after `on` are not counted."""
    limit = rules.value("eu_absence_year_max_days")
    start = person.residence_start
    if start is None:
        return PermanentUsage(on, 0, limit, limit, None)
    past = [a for a in person.absences if a.left is not None and a.left <= on]
    clipped = [
        replace(a, returned=min(a.returned, on)) if a.returned is not None else a for a in past
    ]
    state = _PermanentScan(
        Timeline(clipped), start, limit, rules.value("eu_important_absence_max_months")
    )
    period_start, _, exempt = state.run()
    used = state.count(on) if on > period_start else 0
    return PermanentUsage(
        on,
        used,
        max(0, limit - used),
        limit,
        period_start,
        exempt.as_absence() if exempt else None,
    )


class _PermanentScan:
    """The day-by-day scan of the permanent-residence rule, done block by block."""

    def __init__(self, timeline: Timeline, start: date, limit: int, important: int) -> None:
        self.timeline, self.limit, self.important = timeline, limit, important
        self.period_start = start
        self.exempt: Block | None = None
        self.exempt_decided = False

    def count(self, day: date) -> int:
        """Counted absence days in (day - 12 months, day], after the period start."""
        low = max(day - relativedelta(months=_YEAR_MONTHS), self.period_start)
        used = self.timeline.absent_days(low, day)
        e = self.exempt
        if e is not None:
            first, last = max(e.left, low + ONE_DAY), min(e.returned, day)
            used -= max(0, (last - first).days + 1)
        return used

    def run(self) -> tuple[date, Block | None, Block | None]:
        broke_by: Block | None = None
        for block in self.timeline.blocks:
            if block.returned <= self.period_start:
                continue  # over by the period's start: forgotten
            if self._breaks(block):
                self.period_start, broke_by = block.returned, block
                self.exempt, self.exempt_decided = None, False
        return self.period_start, broke_by, self.exempt

    def _breaks(self, block: Block) -> bool:
        long = interrupts(block.left, block.returned, self.important)
        if block.important and not self.exempt_decided:
            self.exempt_decided = True
            if not long:
                self.exempt = block
                return False
        if long:
            return True
        first = max(block.left, self.period_start + ONE_DAY)
        # The count on any day of the block is at most its own days so far plus what the
        # window held the day before it began: skip the day scan when that cannot pass.
        if (block.returned - first).days + 1 + self.count(first - ONE_DAY) <= self.limit:
            return False
        day = first
        while day <= block.returned:
            if self.count(day) > self.limit:
                return True
            day += ONE_DAY
        return False
