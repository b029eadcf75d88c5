"""Residence continuity: when long-term residence, permanent residence or nationality
becomes possible (DESIGN.md v2).

Long-term rule (`eligibility_date`, `long_term_years`). Residence starts on `registered`, or
on `arrival` when registration is not recorded. Absence days count inclusive of the day of
leaving and of returning. One absence lasting 6 months or more (`returned >= left + 6
months`) interrupts: counting restarts on its return date. Each day takes the reason of the
card valid that day (the card's `reason`, else the person's; days no card covers take the
person's); a `study` day weighs `study_weight_percent`, an `au_pair` or `seasonal` day 0,
every other day 100 %. D is the earliest date such that

* the weighted days in [start, D) reach the days in [start, start + 5 years) (so without
  study D >= start + 5 years),
* the absence days d with D - 5 years < d <= D total at most 300,
* D is not a day of absence (you apply in person), and
* D's reason is not `study` or `search_year` (no application while a student).

Nationality (`eligibility_date(..., "nationality_years")`) is the same rule with every day
at 100 % and no student condition, plus `not_before` (the first card that allows the
declaration). Permanent residence (`permanent_residence_date`) has its own scan: the
absence days of the last 12 months, the one important absence, a break when the count
passes 182 or an absence lasts 12 months. Planned (future) trips count like past ones, which
answers "what if I travel". The numbers come from the ruleset.

Readings chosen where DESIGN.md is silent (always the strictest one):

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
* The window spans the years of the rule used (`long_term_years` or `nationality_years`).
* "The current uninterrupted period" is the one after the last interrupting absence on
  record, planned ones included: an interrupting trip planned after a date that would
  otherwise qualify moves eligibility to 5 years after its return (the application must
  be preceded by 5 uninterrupted years and the app cannot know it will be filed before
  leaving), and a date that qualified before a past interruption is gone. The same holds
  for permanent residence.
* Trips without a leaving or a return date, or returning before they leave, are ignored,
  and the reason says how many were.
* Day weights: where cards overlap, the one that started last gives the reason (a new card
  replaces the old); a card without a start gives none; an unknown reason weighs 100 %.
  The weighted count runs from the current period's start, absence days included (they are
  days of residence that did not interrupt it). Weights are in percent of a day and the
  target is reached on the first day the sum is at least 100 x the days needed, so half days
  round later. When D would fall on a student's day, the search resumes on the first later
  day with another reason; when there is none, or no day ahead weighs anything, there is no
  date (`Eligibility.blocked` says which).
* Permanent residence: the "earliest absence flagged important" of a period is the first
  one (by leaving date) whose return is after the period's start; if it lasts 12 months or
  more it breaks continuity itself, and the next period has its own earliest one. The count
  on a day covers the days after the period's start only.

Speed: trips are merged once, in one pass, into sorted blocks with prefix sums (O(n log n));
counting the absence days of any window is two binary searches. Between two absences the
count can only fall as D moves on (no new absence enters, old ones roll out), so each gap is
checked at its end and bisected only when it holds the answer: O(n log n) in the number of
trips overall. The permanent-residence scan looks at each absence once, and day by day only
inside absences whose days could push the 12-month count over its limit.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final, TypeAlias

from dateutil.relativedelta import relativedelta

from permit_tracker.domain.explain import amount, date_range, days, trips, years
from permit_tracker.domain.model import Absence, Person, Reason
from permit_tracker.domain.phrase import Arg, Joined, Phrase, joined, phrase, plural_phrase, render
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


# --- reasons of stay and day weights -----------------------------------------------------

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


def _weighting(steps: ReasonSteps, rules: Ruleset, start: date, years: int) -> Weighting:
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
    period = _restart(start, Timeline(person.absences), rules.value("absence_single_max_months"))
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


def _with_why(result: Eligibility, why: Arg) -> Eligibility:
    return replace(result, reason=render(why), why=why)


_NO_START: Final = phrase(
    "No arrival or registration date is recorded, so residence has no start yet."
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

    `weighted` (default: for `long_term_years`) applies DESIGN.md's long-term day weights
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
            render(_NO_START),
            limit_days=limit,
            years=years,
            ignored_trips=timeline.ignored,
            blocked="no_start",
            why=_NO_START,
        )
    period = _restart(start, timeline, months)
    earliest = add_eligibility(period.start, years=years)
    steps = ReasonSteps(person) if weighted else None
    weighting = _weighting(steps, rules, period.start, years) if steps is not None else None
    window = _Window(timeline, years, period.start)
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
            return _with_why(replace(base, blocked="never_counted"), _source_note(why, timeline))
        first = max(first, weighting.reached)
    if not_before is not None:
        first = max(first, not_before)
    found: date | None = _earliest(timeline, years, limit, period.start, first)
    student_on = None
    while steps is not None and found is not None and steps.at(found) in STUDENT_REASONS:
        student_on = student_on or found
        nxt = steps.next_non_student(found)
        found = _earliest(timeline, years, limit, period.start, nxt) if nxt else None
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
        return _with_why(
            replace(base, student_on=student_on, blocked="student"), _source_note(why, timeline)
        )
    reason = _reason(
        person, rules, period, earliest, found, window, timeline, not_before, not_before_label,
        weighting, student_on,
    )  # fmt: skip
    return _with_why(
        replace(base, date=found, window_days=window.used(found), student_on=student_on), reason
    )


def _counts_from(person: Person, start: date) -> Phrase:
    if person.registered is not None:
        return phrase("Residence counts from your registration on {start}.", start=start)
    return phrase("Residence counts from your arrival on {start}.", start=start)


def _start_text(person: Person, period: _Restart, rules: Ruleset) -> Phrase:
    by = period.interrupted_by
    if by is None:
        return _counts_from(person, period.start)
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


def _source_note(text: Arg, timeline: Timeline) -> Arg:
    if timeline.ignored:
        return joined(
            [text, phrase("{trips} without both dates ignored.", trips=trips(timeline.ignored))]
        )
    return text


def _later_is(count: int, earliest: date, rounded: bool = False) -> Phrase:
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


def _abroad(day: date, left: date, returned: date) -> Phrase:
    return phrase(
        "On {day} you are abroad ({range}) and you must apply in person.",
        day=day,
        range=date_range(left, returned),
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
    not_before_label: Arg,
    weighting: Weighting | None = None,
    student_on: date | None = None,
) -> Arg:
    limit = rules.value("absence_total_max_days")
    span = years(window.years)
    parts: list[Arg] = [_start_text(person, period, rules)]
    parts.append(_later_is(window.years, earliest, earliest.day != period.start.day))
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
            parts.append(_abroad(first, block.left, block.returned))
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
    return _source_note(joined(parts), timeline)


# --- permanent residence (EU citizens, F-card family members) ----------------------------

_YEAR_MONTHS: Final = 12  # "any 12 months" of the permanent-residence rule


def permanent_residence_date(person: Person, rules: Ruleset) -> Eligibility:
    """DESIGN.md's permanent-residence rule: the earliest day on or after the current
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
        return Eligibility(
            None,
            None,
            render(_NO_START),
            limit_days=limit,
            years=years,
            ignored_trips=timeline.ignored,
            blocked="no_start",
            why=_NO_START,
        )
    state = _PermanentScan(timeline, start, limit, important_months)
    period_start, broke_by, exempt = state.run()
    earliest = add_eligibility(period_start, years=years)
    block = timeline.block_at(earliest)
    found = block.returned + ONE_DAY if block is not None else earliest
    parts: list[Arg] = []
    if broke_by is None:
        parts.append(_counts_from(person, period_start))
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
    parts.append(_later_is(years, earliest))
    if block is not None:
        parts.append(_abroad(earliest, block.left, block.returned))
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
    why_all = _source_note(joined(parts), timeline)
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
