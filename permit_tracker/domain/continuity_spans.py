"""Residence continuity, the common part: a person's absences as merged spans, when one of
them interrupts residence, where the current uninterrupted period begins, and the earliest
day whose look-back window holds few enough absence days.

The rules built on it: `continuity_eligibility` (long-term residence, nationality),
`continuity_permanent` (permanent residence), `continuity_travel` (the absence budget and
what a planned trip would do); the day weights of long-term status are
`continuity_weights`. The rules and their sources: docs/rules.md.

Readings chosen where the rules are silent (always the strictest one):

* Residence starts on `registered`, or on `arrival` when registration is not recorded.
  Absence days count inclusive of the day of leaving and of returning.
* Rounding: "start + 5 years" rounds later (29 Feb 2024 + 5 years = 1 Mar 2029); the
  look-back bounds "D - 5 years" and "d - 12 months" are relativedelta's, which round
  earlier (a wider window); "left + 6 months" is relativedelta's too, so 31 Aug -> 28 Feb
  already interrupts.
* Trips that overlap or touch (one returns on day X, the next leaves on X + 1) are one
  absence: the person spent no day in Belgium in between, so their lengths add up for the
  6-month (and 12-month) test; overlapping days are counted once.
* An absence interrupts whenever it ends on or after the start of residence, even when it
  began before it. Absences that end before the start are irrelevant.
* Days before the current period's start (including the return day of an interrupting
  absence) never count in a window; with D >= start + 5 years they cannot anyway.
* "The current uninterrupted period" is the one after the last interrupting absence on
  record, planned ones included: an interrupting trip planned after a date that would
  otherwise qualify moves eligibility to 5 years after its return (the application must
  be preceded by 5 uninterrupted years and the app cannot know it will be filed before
  leaving), and a date that qualified before a past interruption is gone. The same holds
  for permanent residence.
* Trips without a leaving or a return date, or returning before they leave, are ignored,
  and the reason says how many were.

Speed: trips are merged once, in one pass, into sorted blocks with prefix sums (O(n log n));
counting the absence days of any window is two binary searches. Between two absences the
count can only fall as D moves on (no new absence enters, old ones roll out), so each gap is
checked at its end and bisected only when it holds the answer: O(n log n) in the number of
trips overall.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, TypeAlias

from dateutil.relativedelta import relativedelta

from permit_tracker.domain.model import Absence

Day: TypeAlias = date  # fields named `date` would shadow the type inside class bodies
ONE_DAY: Final = timedelta(days=1)


def add_eligibility(day: date, *, years: int = 0, months: int = 0) -> date:
    """`day` + `years`/`months`, rounded later: when that day of the month does not exist
    in the target month, the first day of the next month (29 Feb 2024 + 5 years =
    1 Mar 2029), the eligibility rounding of docs/rules.md.

    It is also the earliest date X with X - (years, months) >= `day` under relativedelta's
    clamping subtraction: the day on which `day` has left a look-back window.
    """
    result = day + relativedelta(years=years, months=months)
    return result + ONE_DAY if result.day != day.day else result


def interrupts(left: date, returned: date, months: int) -> bool:
    """An absence of `months` months or more: returned >= left + months (relativedelta,
    which clamps 31 Aug + 6 months to 28 Feb, the strict reading)."""
    span = (returned - left).days
    if span < 28 * months or span >= 31 * months:  # decided without calendar arithmetic
        return span >= 31 * months
    return returned >= left + relativedelta(months=months)


@dataclass(frozen=True, slots=True)
class Block:
    """Consecutive days of absence: one trip, or trips that overlap or touch."""

    left: date
    returned: date
    trips: tuple[Absence, ...]

    @property
    def days(self) -> int:
        return (self.returned - self.left).days + 1

    @property
    def important(self) -> bool:
        """Flagged for an important reason when any of its trips is (permanent residence)."""
        return any(t.important_reason for t in self.trips)

    def as_absence(self) -> Absence:
        """The trip itself, or one absence standing for back-to-back trips."""
        if len(self.trips) == 1:
            return self.trips[0]
        return Absence(
            self.left,
            self.returned,
            f"{len(self.trips)} back-to-back trips",
            important_reason=self.important,
        )


class Timeline:
    """A person's absences as sorted, merged blocks with prefix sums of their days."""

    __slots__ = ("_lefts", "_prefix", "_rights", "blocks", "ignored")

    def __init__(self, absences: Iterable[Absence]) -> None:
        dated: list[tuple[date, date, Absence]] = []
        self.ignored = 0
        for trip in absences:
            if trip.left is None or trip.returned is None or trip.returned < trip.left:
                self.ignored += 1
            else:
                dated.append((trip.left, trip.returned, trip))
        dated.sort(key=lambda t: (t[0], t[1]))
        # Merge in one pass: each group's trips go into a list, turned into a tuple once
        # (copying a growing tuple per trip made back-to-back histories quadratic).
        spans: list[list[date]] = []
        groups: list[list[Absence]] = []
        for left, returned, trip in dated:
            if spans and left <= spans[-1][1] + ONE_DAY:
                if returned > spans[-1][1]:
                    spans[-1][1] = returned
                groups[-1].append(trip)
            else:
                spans.append([left, returned])
                groups.append([trip])
        blocks = [Block(a, b, tuple(g)) for (a, b), g in zip(spans, groups, strict=True)]
        self.blocks: tuple[Block, ...] = tuple(blocks)
        self._lefts = [b.left.toordinal() for b in blocks]
        self._rights = [b.returned.toordinal() for b in blocks]
        self._prefix = [0]
        for b in blocks:
            self._prefix.append(self._prefix[-1] + b.days)

    def _through(self, x: int) -> int:
        """Absence days on or before ordinal `x`."""
        j = bisect_right(self._lefts, x)
        if j == 0:
            return 0
        return self._prefix[j] - max(0, self._rights[j - 1] - x)

    def absent_days(self, after: date, through: date) -> int:
        """Absence days d with after < d <= through."""
        if through <= after:
            return 0
        return self._through(through.toordinal()) - self._through(after.toordinal())

    def block_at(self, day: date) -> Block | None:
        """The absence that `day` is part of, if any."""
        x = day.toordinal()
        j = bisect_right(self._lefts, x) - 1
        return self.blocks[j] if j >= 0 and self._rights[j] >= x else None

    def first_absent_after(self, after: date) -> date | None:
        """The earliest day of absence later than `after`."""
        x = after.toordinal()
        j = bisect_right(self._lefts, x) - 1
        if j >= 0 and self._rights[j] > x:
            return after + ONE_DAY
        return self.blocks[j + 1].left if j + 1 < len(self.blocks) else None


@dataclass(frozen=True, slots=True)
class Restart:
    start: date
    interrupted_by: Block | None  # the absence after which counting restarted


def restart(start: date, timeline: Timeline, months: int, on: date | None = None) -> Restart:
    """Where the uninterrupted period begins: the return of the last absence of `months`
    months or more that ends on or after `start` (and, given `on`, on or before it)."""
    current, by = start, None
    for block in timeline.blocks:
        if on is not None and block.returned > on:
            break
        if block.returned >= current and interrupts(block.left, block.returned, months):
            current, by = block.returned, block
    return Restart(current, by)


class Window:
    """Absence days in the look-back window ending on a day, clipped at a period start."""

    __slots__ = ("period_start", "timeline", "years")

    def __init__(self, timeline: Timeline, years: int, period_start: date) -> None:
        self.timeline, self.years, self.period_start = timeline, years, period_start

    def bound(self, day: date) -> date:
        """Days after this bound (and after the period start) count on `day`."""
        return max(day - relativedelta(years=self.years), self.period_start)

    def used(self, day: date) -> int:
        return self.timeline.absent_days(self.bound(day), day)


def earliest_allowed(
    timeline: Timeline, years: int, limit: int, period_start: date, first: date
) -> date:
    """The earliest day from `first` on that is not a day of absence and whose window holds
    at most `limit` absence days (`first` >= period_start + years)."""
    window = Window(timeline, years, period_start)
    lefts, rights, n = timeline._lefts, timeline._rights, len(timeline.blocks)
    # Walk the gaps between absences from `first` on: [a, b] holds no day of absence.
    x = first.toordinal()
    j = bisect_right(lefts, x) - 1
    a, nxt = (rights[j] + 1, j + 1) if j >= 0 and rights[j] >= x else (x, j + 1)
    while True:
        if nxt < n:
            b = lefts[nxt] - 1
        elif n:  # after the last absence: once it has left the window, nothing counts
            b = max(a, add_eligibility(timeline.blocks[-1].returned, years=years).toordinal())
        else:
            b = a
        if window.used(date.fromordinal(b)) <= limit:
            lo, hi = a, b  # the count only falls across a gap: bisect its first good day
            while lo < hi:
                mid = (lo + hi) // 2
                if window.used(date.fromordinal(mid)) <= limit:
                    hi = mid
                else:
                    lo = mid + 1
            return date.fromordinal(lo)
        if nxt >= n:  # pragma: no cover - the last gap ends with an empty window
            raise AssertionError("absences never leave the window")
        a, nxt = rights[nxt] + 1, nxt + 1
