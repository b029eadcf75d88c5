"""Residence continuity: when long-term residence (or nationality) becomes possible.

The rule (DESIGN.md): residence starts on `registered`, or on `arrival` when registration
is not recorded. Absence days count inclusive of the day of leaving and of returning. One
absence lasting 6 months or more (`returned >= left + 6 months`) interrupts: counting
restarts on its return date. D is the earliest date such that

* D >= start of the current uninterrupted period + 5 years,
* the absence days d with D - 5 years < d <= D total at most 300, and
* D is not a day of absence (you apply in person).

Planned (future) trips count like past ones, which answers "what if I travel". The numbers
(5 years, 6 months, 300 days) come from the ruleset.

Readings chosen where DESIGN.md is silent (always the strictest one):

* Rounding: "start + 5 years" rounds later (29 Feb 2024 + 5 years = 1 Mar 2029); the
  look-back bound "D - 5 years" is relativedelta's, which rounds earlier (a wider window);
  "left + 6 months" is relativedelta's too, so 31 Aug -> 28 Feb already interrupts.
* Trips that overlap or touch (one returns on day X, the next leaves on X + 1) are one
  absence: the person spent no day in Belgium in between, so their lengths add up for the
  6-month test; overlapping days are counted once.
* An absence interrupts whenever it ends on or after the start of residence, even when it
  began before it. Absences that end before the start are irrelevant.
* Days before the current period's start (including the return day of an interrupting
  absence) never count in the window; with D >= start + 5 years they cannot anyway.
* The window spans the years of the rule used (`long_term_years` or `nationality_years`).
* "The current uninterrupted period" is the one after the last interrupting absence on
  record, planned ones included: an interrupting trip planned after a date that would
  otherwise qualify moves eligibility to 5 years after its return (the application must
  be preceded by 5 uninterrupted years and the app cannot know it will be filed before
  leaving), and a date that qualified before a past interruption is gone.
* Trips without a leaving or a return date, or returning before they leave, are ignored,
  and the reason says how many were.

Speed: trips are merged once into sorted blocks with prefix sums (O(n log n)); counting the
absence days of any window is two binary searches. Between two absences the count can only
fall as D moves on (no new absence enters, old ones roll out), so each gap is checked at its
end and bisected only when it holds the answer: O(n log n) in the number of trips overall.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final, TypeAlias

from dateutil.relativedelta import relativedelta

from permit_tracker.domain.explain import amount, human_date, human_range, plural
from permit_tracker.domain.model import Absence, Person
from permit_tracker.rules.ruleset import Ruleset

Day: TypeAlias = date  # fields named `date` would shadow the type inside class bodies
ONE_DAY: Final = timedelta(days=1)


def add_eligibility(day: date, *, years: int = 0, months: int = 0) -> date:
    """`day` + `years`/`months`, rounded later: when that day of the month does not exist
    in the target month, the first day of the next month (29 Feb 2024 + 5 years =
    1 Mar 2029), the eligibility rounding of DESIGN.md.

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

    def as_absence(self) -> Absence:
        """The trip itself, or one absence standing for back-to-back trips."""
        if len(self.trips) == 1:
            return self.trips[0]
        return Absence(self.left, self.returned, f"{len(self.trips)} back-to-back trips")


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
        blocks: list[Block] = []
        for left, returned, trip in dated:
            last = blocks[-1] if blocks else None
            if last is not None and left <= last.returned + ONE_DAY:
                blocks[-1] = Block(last.left, max(last.returned, returned), (*last.trips, trip))
            else:
                blocks.append(Block(left, returned, (trip,)))
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
class _Restart:
    start: date
    interrupted_by: Block | None  # the absence after which counting restarted


def _restart(start: date, timeline: Timeline, months: int, on: date | None = None) -> _Restart:
    """Where the uninterrupted period begins: the return of the last absence of `months`
    months or more that ends on or after `start` (and, given `on`, on or before it)."""
    current, by = start, None
    for block in timeline.blocks:
        if on is not None and block.returned > on:
            break
        if block.returned >= current and interrupts(block.left, block.returned, months):
            current, by = block.returned, block
    return _Restart(current, by)


class _Window:
    """Absence days in the look-back window ending on a day, clipped at a period start."""

    __slots__ = ("period_start", "timeline", "years")

    def __init__(self, timeline: Timeline, years: int, period_start: date) -> None:
        self.timeline, self.years, self.period_start = timeline, years, period_start

    def bound(self, day: date) -> date:
        """Days after this bound (and after the period start) count on `day`."""
        return max(day - relativedelta(years=self.years), self.period_start)

    def used(self, day: date) -> int:
        return self.timeline.absent_days(self.bound(day), day)


def _earliest(timeline: Timeline, years: int, limit: int, period_start: date, first: date) -> date:
    """The earliest day from `first` on that is not a day of absence and whose window holds
    at most `limit` absence days (`first` >= period_start + years)."""
    window = _Window(timeline, years, period_start)
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


@dataclass(frozen=True, slots=True)
class Eligibility:
    """When the continuity rule is first met, and why."""

    date: Day | None  # None only when residence has no start (no arrival or registration)
    period_start: Day | None  # start of the current uninterrupted period
    reason: str  # readable: the start, interruptions, trips that moved the date
    interrupted_by: Absence | None = None  # the absence that restarted counting, if any
    earliest: Day | None = None  # period_start + years, rounded later (before trips)
    window_days: int | None = None  # absence days counted in the window ending on `date`
    limit_days: int = 0  # absence_total_max_days
    years: int = 0  # the years of the rule used
    ignored_trips: int = 0  # trips without both dates, left out


def eligibility_date(
    person: Person,
    rules: Ruleset,
    years_key: str = "long_term_years",
    *,
    not_before: date | None = None,
    not_before_label: str = "",
) -> Eligibility:
    """The earliest date the continuity rule is met with `years_key`'s years.

    `not_before` adds a condition (nationality: the first unlimited card's start): the
    result is the earliest date on or after it that meets the whole rule, which is
    max(continuity date, not_before) whenever the rule still holds on that day.
    `not_before_label` names it in the reason ("your first unlimited card (B)").
    """
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
        )
    period = _restart(start, timeline, months)
    earliest = add_eligibility(period.start, years=years)
    first = max(earliest, not_before) if not_before is not None else earliest
    found = _earliest(timeline, years, limit, period.start, first)
    window = _Window(timeline, years, period.start)
    reason = _reason(
        person, rules, period, earliest, found, window, timeline, not_before, not_before_label
    )
    return Eligibility(
        date=found,
        period_start=period.start,
        reason=reason,
        interrupted_by=period.interrupted_by.as_absence() if period.interrupted_by else None,
        earliest=earliest,
        window_days=window.used(found),
        limit_days=limit,
        years=years,
        ignored_trips=timeline.ignored,
    )


def _reason(
    person: Person,
    rules: Ruleset,
    period: _Restart,
    earliest: date,
    found: date,
    window: _Window,
    timeline: Timeline,
    not_before: date | None,
    not_before_label: str,
) -> str:
    limit = rules.value("absence_total_max_days")
    longest = amount(rules["absence_single_max_months"])
    years = window.years
    span = plural(years, "year")
    parts: list[str] = []
    by = period.interrupted_by
    if by is None:
        origin = "registration" if person.registered is not None else "arrival"
        parts.append(f"Residence counts from your {origin} on {human_date(period.start)}.")
    else:
        parts.append(
            f"Your absence {human_range(by.left, by.returned)} ({plural(by.days, 'day')}) "
            f"lasted {longest} or more and interrupted residence: counting restarted on your "
            f"return on {human_date(by.returned)}."
        )
    rounded = " (rounded to the next day: the date does not exist that year)"
    parts.append(
        f"{span.capitalize()} later is {human_date(earliest)}"
        f"{rounded if earliest.day != period.start.day else ''}."
    )
    first = earliest
    if not_before is not None and not_before > earliest:
        label = not_before_label or "the extra condition"
        parts.append(f"Not before {label} on {human_date(not_before)}.")
        first = not_before
    if found > first:
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
        f"{span} before (at most {limit})."
    )
    if timeline.ignored:
        parts.append(f"{plural(timeline.ignored, 'trip')} without both dates ignored.")
    return " ".join(parts)


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
        period_start = _restart(start, timeline, months, on).start
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
    message: str


def trip_effect(
    person: Person, trip: Absence, rules: Ruleset, years_key: str = "long_term_years"
) -> TripEffect:
    """The effect of adding `trip` to `person`'s absences (planned trips count).

    `interrupts` is judged on the absence the trip would be part of (a short trip that
    touches a long one makes one longer absence), and only when that absence ends on or
    after the start of residence.
    """
    before = eligibility_date(person, rules, years_key).date
    if trip.left is None or trip.returned is None or trip.returned < trip.left:
        return TripEffect(
            False, before, before, None, "A trip needs a leaving date and a return date."
        )
    with_trip = replace(person, absences=(*person.absences, trip))
    after = eligibility_date(with_trip, rules, years_key).date
    block = Timeline(with_trip.absences).block_at(trip.left)
    months = rules.value("absence_single_max_months")
    start = person.residence_start
    cut = (
        block is not None
        and interrupts(block.left, block.returned, months)
        and (start is None or block.returned >= start)  # over before residence: harmless
    )
    shift = (after - before).days if after is not None and before is not None else None
    what = f"This trip ({human_range(trip.left, trip.returned)}, {plural(trip.days(), 'day')})"
    if before is None or after is None:
        message = f"{what}: record your arrival or registration date to see its effect."
    elif cut:
        longest = amount(rules["absence_single_max_months"])
        outcome = (
            f"moving eligibility from {human_date(before)} to {human_date(after)} "
            f"({plural(shift, 'day')} later)"
            if shift
            else f"though your eligibility date stays {human_date(before)}"
        )
        message = (
            f"{what} would make an absence of {longest} or more, which interrupts residence: "
            f"counting would restart on your return, {outcome}."
        )
    elif shift:
        message = (
            f"{what} would move eligibility from {human_date(before)} to "
            f"{human_date(after)} ({plural(shift, 'day')} later)."
        )
    else:
        message = f"{what} would not change your eligibility date, {human_date(before)}."
    return TripEffect(cut, before, after, shift, message)
