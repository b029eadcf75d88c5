"""Properties of the continuity engine, checked against a slow day-by-day reference.

The references below are written from the rules' wording (docs/rules.md), without the
engine's code: a set of absent days, runs of consecutive absent days for the 6-month test,
calendar arithmetic with `date.replace` instead of relativedelta, and a plain scan over days.
Small random rulesets (1-5 years, 1-6 months, 0-300 days) keep histories short and reach
every branch.
v2 adds the long-term day weights with the student condition (the reason of each day looked
up card by card) and the permanent-residence rule (the 12-month count taken day by day).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from permit_tracker.domain.continuity_eligibility import eligibility_date
from permit_tracker.domain.continuity_permanent import permanent_residence_date
from permit_tracker.domain.continuity_spans import interrupts
from permit_tracker.domain.continuity_travel import absence_usage, trip_effect
from permit_tracker.domain.model import Absence, Card, Person
from permit_tracker.rules.ruleset import Ruleset

ONE = timedelta(days=1)
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def years_later_rounded_up(day: date, years: int) -> date:
    """docs/rules.md: an eligibility date rounds later, 29 Feb + 5 years = 1 Mar."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def years_earlier_clamped(day: date, years: int) -> date:
    """D - 5 years with relativedelta's month-end clamping: 29 Feb -> 28 Feb."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return date(day.year - years, 2, 28)


def months_later_clamped(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass
class Reference:
    """The continuity rule, one day at a time."""

    absent: set[date]
    start: date
    years: int
    months: int
    limit: int

    @classmethod
    def of(cls, person: Person, rules: Ruleset, years_key: str = "long_term_years") -> Reference:
        absent: set[date] = set()
        for trip in person.absences:
            if trip.left is not None and trip.returned is not None:
                day = trip.left
                while day <= trip.returned:
                    absent.add(day)
                    day += ONE
        assert person.residence_start is not None
        return cls(
            absent,
            person.residence_start,
            rules.value(years_key),
            rules.value("absence_single_max_months"),
            rules.value("absence_total_max_days"),
        )

    def runs(self) -> list[tuple[date, date]]:
        """Maximal runs of consecutive absent days."""
        found: list[tuple[date, date]] = []
        for day in sorted(self.absent):
            if found and found[-1][1] + ONE == day:
                found[-1] = (found[-1][0], day)
            else:
                found.append((day, day))
        return found

    def period_start(self, through: date | None = None) -> date:
        """Residence start, or the return from the last absence of `months` or more."""
        start = self.start
        for left, returned in self.runs():
            long = returned >= months_later_clamped(left, self.months)
            if long and (through is None or returned <= through):
                start = max(start, returned)
        return start

    def used(self, day: date, period_start: date) -> int:
        low = max(years_earlier_clamped(day, self.years), period_start)
        return sum(1 for d in self.absent if low < d <= day)

    def qualifies(self, day: date) -> bool:
        start = self.period_start()
        return (
            day >= years_later_rounded_up(start, self.years)
            and day not in self.absent
            and self.used(day, start) <= self.limit
        )

    def earliest(self, not_before: date | None = None) -> date:
        day = years_later_rounded_up(self.period_start(), self.years)
        if not_before is not None:
            day = max(day, not_before)
        while not self.qualifies(day):
            day += ONE
        return day


def _ruleset(years: int, months: int, limit: int) -> Ruleset:
    return Ruleset.with_overrides(
        {
            "long_term_years": years,
            "absence_single_max_months": months,
            "absence_total_max_days": limit,
        }
    )


rulesets = st.builds(
    _ruleset,
    st.sampled_from([1, 2, 5]),
    st.sampled_from([1, 2, 6]),
    st.sampled_from([0, 10, 45, 300]),
)
starts = st.one_of(
    st.sampled_from([date(2020, 2, 29), date(2020, 2, 28), date(2020, 3, 1)]),
    st.dates(date(2019, 6, 1), date(2021, 6, 1)),
)


@st.composite
def trips(draw: st.DrawFn, around: date) -> Absence:
    left = draw(st.dates(around - timedelta(days=400), around + timedelta(days=8 * 365)))
    length = draw(st.one_of(st.integers(1, 20), st.integers(20, 240)))
    return Absence(left, left + timedelta(days=length - 1))


@st.composite
def people(draw: st.DrawFn) -> Person:
    start = draw(starts)
    arrival = start - timedelta(days=draw(st.integers(0, 20)))
    registered = draw(st.one_of(st.none(), st.just(start)))
    absences = draw(st.lists(trips(start), max_size=7))
    if draw(st.booleans()):  # trips without dates must be ignored
        absences.append(Absence(start, None))
    return Person("P", arrival=arrival, registered=registered, absences=tuple(absences))


@FAST
@given(people(), rulesets)
def test_engine_matches_the_day_by_day_reference(person: Person, rules: Ruleset) -> None:
    result = eligibility_date(person, rules)
    ref = Reference.of(person, rules)
    assert result.date == ref.earliest()
    assert result.period_start == ref.period_start()
    assert result.window_days == ref.used(result.date, ref.period_start())


@FAST
@given(people(), rulesets)
def test_result_satisfies_the_rule_and_the_day_before_does_not(
    person: Person, rules: Ruleset
) -> None:
    found = eligibility_date(person, rules).date
    assert found is not None
    ref = Reference.of(person, rules)
    assert ref.qualifies(found)
    assert not ref.qualifies(found - ONE)
    assert found not in ref.absent  # never a day of absence


@FAST
@given(people(), rulesets, st.data())
def test_adding_a_trip_never_makes_eligibility_earlier(
    person: Person, rules: Ruleset, data: st.DataObject
) -> None:
    assert person.residence_start is not None
    extra = data.draw(trips(person.residence_start))
    before = eligibility_date(person, rules).date
    after = eligibility_date(replace(person, absences=(*person.absences, extra)), rules).date
    assert before is not None and after is not None
    assert after >= before
    effect = trip_effect(person, extra, rules)
    assert (effect.before, effect.after) == (before, after)
    assert effect.shift_days == (after - before).days


@settings(max_examples=200, deadline=None)
@given(starts, st.sampled_from([1, 2, 5, 7]))
def test_without_trips_it_is_start_plus_years_rounded_later(start: date, years: int) -> None:
    rules = Ruleset.with_overrides({"long_term_years": years})
    result = eligibility_date(Person("P", registered=start), rules)
    assert result.date == years_later_rounded_up(start, years)
    assert result.window_days == 0


@FAST
@given(people(), rulesets, st.dates(date(2020, 1, 1), date(2030, 12, 31)))
def test_not_before_gives_the_first_qualifying_day_from_then(
    person: Person, rules: Ruleset, not_before: date
) -> None:
    found = eligibility_date(person, rules, not_before=not_before).date
    ref = Reference.of(person, rules)
    assert found == ref.earliest(not_before)
    assert found is not None and found >= not_before


@FAST
@given(people(), rulesets, st.dates(date(2019, 1, 1), date(2032, 12, 31)))
def test_absence_usage_matches_a_count(person: Person, rules: Ruleset, on: date) -> None:
    usage = absence_usage(person, rules, on)
    ref = Reference.of(person, rules)
    period_start = ref.period_start(through=on)
    assert usage.period_start == period_start
    assert usage.used_days == ref.used(on, period_start)
    assert usage.left_days == max(0, ref.limit - usage.used_days)
    assert usage.window_start == years_earlier_clamped(on, ref.years) + ONE
    counted = sorted(
        d for d in ref.absent if max(years_earlier_clamped(on, ref.years), period_start) < d <= on
    )
    if not counted:
        assert usage.next_rollout is None
    else:  # the first day on which the oldest counted day is outside the window
        rollout = usage.next_rollout
        assert rollout is not None
        assert years_earlier_clamped(rollout, ref.years) >= counted[0]
        assert years_earlier_clamped(rollout - ONE, ref.years) < counted[0]


@settings(max_examples=300, deadline=None)
@given(st.dates(date(2019, 1, 1), date(2031, 12, 31)), st.integers(0, 800), st.integers(1, 24))
def test_interrupts_matches_calendar_months(left: date, span: int, months: int) -> None:
    returned = left + timedelta(days=span)
    assert interrupts(left, returned, months) == (returned >= months_later_clamped(left, months))


# --- v2: long-term with day weights and the student condition ------------------------------

STUDENT = {"study", "search_year"}


def reason_on(person: Person, day: date) -> str | None:
    """docs/rules.md: the reason of the card valid that day (its own, else the person's); where
    cards overlap, the one that started last; days no card covers take the person's."""
    best: tuple[date, int, Card] | None = None
    for index, card in enumerate(person.cards):
        if card.valid_from is None or card.valid_from > day:
            continue
        if card.valid_until is not None and card.valid_until < day:
            continue
        if best is None or (card.valid_from, index) > (best[0], best[1]):
            best = (card.valid_from, index, card)
    if best is None:
        return person.reason
    return best[2].reason or person.reason


def weight_of(reason: str | None, study: int) -> int:
    if reason == "study":
        return study
    return 0 if reason in ("au_pair", "seasonal") else 100


def weighted_reference(person: Person, rules: Ruleset) -> date | None:
    """The weighted long-term rule, one day at a time, from the wording of docs/rules.md."""
    ref = Reference.of(person, rules)
    start = ref.period_start()
    study = rules.value("study_weight_percent")
    needed = (years_later_rounded_up(start, ref.years) - start).days
    horizon = start + timedelta(days=60 * 366)
    day, total = start, 0
    while total < 100 * needed:  # weighted days in [start, day)
        total += weight_of(reason_on(person, day), study)
        day += ONE
        if day > horizon:
            return None
    while day <= horizon:
        if reason_on(person, day) not in STUDENT and ref.qualifies(day):
            return day
        day += ONE
    return None


REASON_CHOICES = st.sampled_from([None, "work", "study", "search_year", "au_pair", "family"])


@st.composite
def cards_around(draw: st.DrawFn, start: date) -> tuple[Card, ...]:
    found = []
    for _ in range(draw(st.integers(0, 3))):
        begin = start + timedelta(days=draw(st.integers(-200, 3000)))
        length = draw(st.none() | st.integers(0, 2500))
        end = None if length is None else begin + timedelta(days=length)
        found.append(Card("A", begin, end, draw(REASON_CHOICES)))
    return tuple(found)


@st.composite
def people_with_reasons(draw: st.DrawFn) -> Person:
    person = draw(people())
    assert person.residence_start is not None
    return replace(
        person,
        reason=draw(REASON_CHOICES),
        cards=draw(cards_around(person.residence_start)),
    )


def _weighted_rules(years: int, months: int, limit: int, study: int) -> Ruleset:
    return Ruleset.with_overrides(
        {
            "long_term_years": years,
            "absence_single_max_months": months,
            "absence_total_max_days": limit,
            "study_weight_percent": study,
        }
    )


weighted_rulesets = st.builds(
    _weighted_rules,
    st.sampled_from([1, 2, 5]),
    st.sampled_from([1, 2, 6]),
    st.sampled_from([0, 10, 45, 300]),
    st.sampled_from([0, 33, 50, 100]),
)


@FAST
@given(people_with_reasons(), weighted_rulesets)
def test_weighted_long_term_matches_the_day_by_day_reference(
    person: Person, rules: Ruleset
) -> None:
    result = eligibility_date(person, rules)
    assert result.date == weighted_reference(person, rules)
    assert (result.date is None) == (result.blocked is not None)
    if result.date is not None:
        assert reason_on(person, result.date) not in STUDENT


@FAST
@given(people_with_reasons(), weighted_rulesets)
def test_nationality_ignores_reasons(person: Person, rules: Ruleset) -> None:
    plain = replace(person, reason=None, cards=())
    assert (
        eligibility_date(person, rules, "long_term_years", weighted=False).date
        == eligibility_date(plain, rules).date
    )


# --- v2: permanent residence -----------------------------------------------------------------


def months_earlier_clamped(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 - months, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def permanent_reference(person: Person, rules: Ruleset) -> tuple[date, date]:
    """The permanent-residence rule of docs/rules.md, one day at a time: (period start, D)."""
    limit = rules.value("eu_absence_year_max_days")
    important = rules.value("eu_important_absence_max_months")
    years = rules.value("permanent_residence_years")
    ref = Reference.of(person, rules)
    flagged: set[date] = set()  # absent days of trips flagged for an important reason
    for trip in person.absences:
        if trip.important_reason and trip.left is not None and trip.returned is not None:
            day = trip.left
            while day <= trip.returned:
                flagged.add(day)
                day += ONE
    runs = ref.runs()  # touching trips are one absence
    start = ref.start
    assert person.residence_start == start
    for left, returned in runs:
        if returned <= start:
            continue  # forgotten: over by the start of the current period
        # the earliest flagged absence of the current period, when under `important` months
        exempt = next(
            ((a, b) for a, b in runs if b > start and any(a <= d <= b for d in flagged)),
            None,
        )
        if exempt is not None and exempt[1] >= months_later_clamped(exempt[0], important):
            exempt = None
        if (left, returned) == exempt:
            continue
        if returned >= months_later_clamped(left, important):
            start = returned
            continue
        counted = sorted(
            d
            for d in ref.absent
            if d > start and not (exempt is not None and exempt[0] <= d <= exempt[1])
        )
        day = max(left, start + ONE)
        while day <= returned:
            low = months_earlier_clamped(day, 12)
            if sum(1 for d in counted if low < d <= day) > limit:
                start = returned
                break
            day += ONE
    found = years_later_rounded_up(start, years)
    while found in ref.absent:
        found += ONE
    return start, found


@st.composite
def flagged_people(draw: st.DrawFn) -> Person:
    person = draw(people())
    trips = tuple(replace(t, important_reason=draw(st.booleans())) for t in person.absences)
    return replace(person, citizenship="eu", absences=trips)


def _permanent_rules(years: int, limit: int, important: int) -> Ruleset:
    return Ruleset.with_overrides(
        {
            "permanent_residence_years": years,
            "eu_absence_year_max_days": limit,
            "eu_important_absence_max_months": important,
        }
    )


permanent_rulesets = st.builds(
    _permanent_rules,
    st.sampled_from([1, 2, 5]),
    st.sampled_from([0, 10, 45, 182]),
    st.sampled_from([1, 3, 12]),
)


@FAST
@given(flagged_people(), permanent_rulesets)
def test_permanent_residence_matches_the_day_by_day_reference(
    person: Person, rules: Ruleset
) -> None:
    result = permanent_residence_date(person, rules)
    period_start, found = permanent_reference(person, rules)
    assert (result.period_start, result.date) == (period_start, found)
    assert result.window_days is not None
    assert result.window_days <= rules.value("eu_absence_year_max_days")
