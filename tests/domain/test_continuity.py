"""The continuity rule of docs/rules.md on hand-worked cases (default ruleset: 5 years, one
absence of 6 months or more interrupts, at most 300 absence days in the 5 years)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from permit_tracker.domain.continuity_eligibility import eligibility_date
from permit_tracker.domain.continuity_spans import Timeline, add_eligibility, interrupts
from permit_tracker.domain.continuity_travel import absence_usage, trip_effect
from permit_tracker.domain.model import Absence, Person
from permit_tracker.rules.ruleset import Ruleset

RULES = Ruleset.default()
D = date


def trip(left: str | None, returned: str | None) -> Absence:
    return Absence(
        D.fromisoformat(left) if left else None,
        D.fromisoformat(returned) if returned else None,
    )


def person(registered: str | None, *trips: Absence, arrival: str | None = None) -> Person:
    return Person(
        "Ana",
        arrival=D.fromisoformat(arrival) if arrival else None,
        registered=D.fromisoformat(registered) if registered else None,
        absences=trips,
    )


@dataclass(frozen=True)
class Case:
    name: str
    who: Person
    expected: date
    period_start: date


CASES = [
    Case("no trips", person("2025-03-07"), D(2030, 3, 7), D(2025, 3, 7)),
    Case("29 Feb start rounds later", person("2024-02-29"), D(2029, 3, 1), D(2024, 2, 29)),
    Case(
        "arrival when registration is not recorded",
        person(None, arrival="2025-03-03"),
        D(2030, 3, 3),
        D(2025, 3, 3),
    ),
    Case(
        "registration wins over arrival",
        person("2025-03-12", arrival="2025-03-03"),
        D(2030, 3, 12),
        D(2025, 3, 12),
    ),
    Case(
        "one day short of 6 months does not interrupt",
        person("2025-01-10", trip("2026-01-01", "2026-06-30")),
        D(2030, 1, 10),
        D(2025, 1, 10),
    ),
    Case(
        "exactly 6 months interrupts: restart on the return date",
        person("2025-01-10", trip("2026-01-01", "2026-07-01")),
        D(2031, 7, 1),
        D(2026, 7, 1),
    ),
    Case(
        "month end: 31 Aug + 6 months is 28 Feb, so returning then interrupts",
        person("2025-01-10", trip("2026-08-31", "2027-02-28")),
        D(2032, 2, 28),
        D(2027, 2, 28),
    ),
    Case(
        "month end: returning 27 Feb does not interrupt",
        person("2025-01-10", trip("2026-08-31", "2027-02-27")),
        D(2030, 1, 10),
        D(2025, 1, 10),
    ),
    Case(
        "interruption ending on 29 Feb: 5 years later rounds to 1 March",
        person("2025-01-10", trip("2027-08-15", "2028-02-29")),
        D(2033, 3, 1),
        D(2028, 2, 29),
    ),
    Case(
        "exactly 300 absence days are allowed",
        person("2025-01-01", trip("2026-01-01", "2026-05-30"), trip("2027-01-01", "2027-05-30")),
        D(2030, 1, 1),
        D(2025, 1, 1),
    ),
    Case(
        "301 days: wait until one day leaves the window",
        person("2025-01-01", trip("2026-01-01", "2026-05-30"), trip("2027-01-01", "2027-05-31")),
        D(2031, 1, 1),
        D(2025, 1, 1),
    ),
    Case(
        "trip straddling the window's edge counts only its days inside",
        # 22 + 151 + 148 = 321 days: 21 of the first trip's days must roll out.
        person(
            "2025-01-01",
            trip("2025-12-20", "2026-01-10"),
            trip("2027-01-01", "2027-05-31"),
            trip("2028-01-01", "2028-05-27"),
        ),
        D(2031, 1, 9),
        D(2025, 1, 1),
    ),
    Case(
        "5-year day inside a trip: the day after returning",
        person("2025-01-01", trip("2029-12-20", "2030-01-05")),
        D(2030, 1, 6),
        D(2025, 1, 1),
    ),
    Case(
        "trip returning on the 5-year day: the day after",
        person("2025-01-01", trip("2029-12-20", "2030-01-01")),
        D(2030, 1, 2),
        D(2025, 1, 1),
    ),
    Case(
        "trip leaving the day after the 5-year day does not matter",
        person("2025-01-01", trip("2030-01-02", "2030-01-20")),
        D(2030, 1, 1),
        D(2025, 1, 1),
    ),
    Case(
        "a planned long trip after the date restarts counting (strict reading)",
        person("2025-01-01", trip("2030-06-01", "2031-01-01")),
        D(2036, 1, 1),
        D(2031, 1, 1),
    ),
    Case(
        "long absence straddling the start restarts on its return",
        person(None, trip("2024-10-01", "2025-04-01"), arrival="2025-01-01"),
        D(2030, 4, 1),
        D(2025, 4, 1),
    ),
    Case(
        "long absence before residence began is irrelevant",
        person("2025-01-01", trip("2024-01-01", "2024-12-01")),
        D(2030, 1, 1),
        D(2025, 1, 1),
    ),
    Case(
        "back-to-back trips are one absence of 6 months",
        person("2025-01-01", trip("2026-01-01", "2026-03-31"), trip("2026-04-01", "2026-07-01")),
        D(2031, 7, 1),
        D(2026, 7, 1),
    ),
    Case(
        "one day at home between trips keeps them apart",
        person("2025-01-01", trip("2026-01-01", "2026-03-31"), trip("2026-04-02", "2026-07-01")),
        D(2030, 1, 1),
        D(2025, 1, 1),
    ),
    Case(
        "two interruptions: counting restarts after the last",
        person("2020-01-01", trip("2021-01-01", "2021-08-01"), trip("2023-01-01", "2023-07-15")),
        D(2028, 7, 15),
        D(2023, 7, 15),
    ),
    Case(
        "overlapping trips count their days once",
        person(
            "2025-01-01",
            trip("2026-01-01", "2026-05-30"),
            trip("2026-03-01", "2026-05-30"),
            trip("2027-01-01", "2027-05-30"),
        ),
        D(2030, 1, 1),
        D(2025, 1, 1),
    ),
    Case(
        "trips without both dates are ignored",
        person("2025-01-01", trip("2026-01-01", None), trip(None, "2026-02-01")),
        D(2030, 1, 1),
        D(2025, 1, 1),
    ),
]


def who_of(name: str) -> Person:
    return next(c.who for c in CASES if c.name == name)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_long_term_eligibility(case: Case) -> None:
    result = eligibility_date(case.who, RULES)
    assert result.date == case.expected
    assert result.period_start == case.period_start
    assert result.window_days is not None and result.window_days <= 300
    assert result.limit_days == 300 and result.years == 5


def test_interruption_is_reported() -> None:
    long_trip = trip("2026-01-01", "2026-07-01")
    result = eligibility_date(
        person("2025-01-10", trip("2025-05-01", "2025-05-03"), long_trip), RULES
    )
    assert result.interrupted_by == long_trip
    assert "interrupted" in result.reason and "1 July 2026" in result.reason
    assert result.earliest == D(2031, 7, 1)


def test_back_to_back_trips_are_reported_as_one_absence() -> None:
    result = eligibility_date(who_of("back-to-back trips are one absence of 6 months"), RULES)
    assert result.interrupted_by == Absence(D(2026, 1, 1), D(2026, 7, 1), "2 back-to-back trips")


def test_reason_explains_a_date_inside_a_trip_and_the_window() -> None:
    inside = eligibility_date(person("2025-01-01", trip("2029-12-20", "2030-01-05")), RULES)
    assert "abroad" in inside.reason and "20 December 2029 – 5 January 2030" in inside.reason
    full = eligibility_date(who_of("301 days: wait until one day leaves the window"), RULES)
    assert "301 days of absence, more than 300" in full.reason
    assert full.interrupted_by is None


def test_reason_says_29_february_was_rounded() -> None:
    result = eligibility_date(person("2024-02-29"), RULES)
    assert "rounded to the next day" in result.reason
    assert "rounded" not in eligibility_date(person("2024-02-28"), RULES).reason


def test_ignored_trips_are_counted_and_said() -> None:
    result = eligibility_date(who_of("trips without both dates are ignored"), RULES)
    assert result.ignored_trips == 2
    assert "2 trips without both dates ignored" in result.reason


def test_no_residence_start_gives_no_date() -> None:
    result = eligibility_date(person(None, trip("2026-01-01", "2026-01-05")), RULES)
    assert result.date is None and result.period_start is None
    assert "arrival" in result.reason


def test_years_key_and_overrides_are_used() -> None:
    rules = Ruleset.with_overrides({"nationality_years": 7, "absence_total_max_days": 0})
    who = person("2025-01-01", trip("2031-12-30", "2032-01-02"))
    # 7 years: 1 Jan 2032 is abroad; with a limit of 0 every absence day must leave first.
    assert eligibility_date(who, rules, "nationality_years").date == D(2039, 1, 2)
    assert eligibility_date(who, rules).date == D(2030, 1, 1)


def test_single_absence_months_override() -> None:
    rules = Ruleset.with_overrides({"absence_single_max_months": 1})
    who = person("2025-01-01", trip("2026-01-31", "2026-02-28"))  # 31 Jan + 1 month = 28 Feb
    assert eligibility_date(who, rules).date == D(2031, 2, 28)
    assert eligibility_date(who, RULES).date == D(2030, 1, 1)


class TestNotBefore:
    """Nationality: not before the first unlimited card starts, the whole rule still holds."""

    def test_later_condition_wins(self) -> None:
        result = eligibility_date(
            person("2025-01-01"), RULES, "nationality_years", not_before=D(2031, 3, 1),
            not_before_label="your B card",
        )  # fmt: skip
        assert result.date == D(2031, 3, 1)
        assert "Not before your B card on 1 March 2031" in result.reason

    def test_earlier_condition_changes_nothing(self) -> None:
        result = eligibility_date(person("2025-01-01"), RULES, not_before=D(2027, 3, 1))
        assert result.date == D(2030, 1, 1)

    def test_condition_inside_a_trip(self) -> None:
        who = person("2025-01-01", trip("2031-02-20", "2031-03-04"))
        assert eligibility_date(who, RULES, not_before=D(2031, 3, 1)).date == D(2031, 3, 5)

    def test_window_must_hold_on_the_later_day(self) -> None:
        who = person(
            "2025-01-01",
            trip("2029-01-01", "2029-05-30"),  # 150 days
            trip("2030-01-01", "2030-05-30"),  # 150 days
            trip("2031-01-01", "2031-01-10"),  # 10 days
        )
        assert eligibility_date(who, RULES).date == D(2030, 5, 31)
        # On 15 Jan 2031 the window holds 310 days; 10 days of 2029 must roll out first.
        assert eligibility_date(who, RULES, not_before=D(2031, 1, 15)).date == D(2034, 1, 10)


class TestAbsenceUsage:
    def test_straddling_trip_and_rollout(self) -> None:
        usage = absence_usage(
            who_of("trip straddling the window's edge counts only its days inside"),
            RULES,
            D(2031, 1, 9),
        )
        assert (usage.used_days, usage.left_days) == (300, 0)
        assert usage.window_start == D(2026, 1, 10)
        assert usage.next_rollout == D(2031, 1, 10)

    def test_early_in_residence(self) -> None:
        who = person(
            "2025-01-01", trip("2025-12-20", "2026-01-10"), trip("2026-03-01", "2026-03-10")
        )
        usage = absence_usage(who, RULES, D(2026, 6, 1))
        assert (usage.used_days, usage.left_days, usage.limit_days) == (32, 268, 300)
        assert usage.window_start == D(2021, 6, 2)
        assert usage.next_rollout == D(2030, 12, 20)
        assert usage.period_start == D(2025, 1, 1)

    def test_on_a_day_abroad_counts_up_to_that_day(self) -> None:
        who = person("2025-01-01", trip("2026-03-01", "2026-03-10"))
        assert absence_usage(who, RULES, D(2026, 3, 5)).used_days == 5

    def test_future_trips_are_not_yet_in_the_window(self) -> None:
        who = person("2025-01-01", trip("2027-02-01", "2027-02-05"))
        usage = absence_usage(who, RULES, D(2027, 1, 1))
        assert (usage.used_days, usage.left_days, usage.next_rollout) == (0, 300, None)

    def test_counting_restarts_after_an_interruption(self) -> None:
        who = person(
            "2025-01-01", trip("2026-01-01", "2026-07-01"), trip("2026-09-01", "2026-09-10")
        )
        usage = absence_usage(who, RULES, D(2027, 1, 1))
        assert usage.period_start == D(2026, 7, 1)
        assert usage.used_days == 10
        assert usage.next_rollout == D(2031, 9, 1)

    def test_29_february_rolls_out_on_1_march(self) -> None:
        who = person("2024-01-01", trip("2024-02-29", "2024-03-02"))
        usage = absence_usage(who, RULES, D(2024, 6, 1))
        assert usage.used_days == 3
        assert usage.next_rollout == D(2029, 3, 1)

    def test_over_the_limit_leaves_zero(self) -> None:
        usage = absence_usage(
            who_of("301 days: wait until one day leaves the window"), RULES, D(2030, 6, 1)
        )
        assert (usage.used_days, usage.left_days) == (301, 0)


class TestTripEffect:
    base = person("2025-01-01", trip("2026-01-01", "2026-05-30"), trip("2027-01-01", "2027-05-20"))

    def test_short_trip_with_room_changes_nothing(self) -> None:
        effect = trip_effect(person("2025-01-01"), trip("2026-01-01", "2026-01-10"), RULES)
        assert not effect.interrupts
        assert effect.before == effect.after == D(2030, 1, 1)
        assert effect.shift_days == 0
        assert "would not change" in effect.message

    def test_trip_over_the_total_moves_the_date(self) -> None:
        # 290 days used; 20 more make 310, so 10 days of 2026 must roll out.
        effect = trip_effect(self.base, trip("2028-01-01", "2028-01-20"), RULES)
        assert (effect.before, effect.after) == (D(2030, 1, 1), D(2031, 1, 10))
        assert effect.shift_days == (D(2031, 1, 10) - D(2030, 1, 1)).days
        assert not effect.interrupts
        assert "1 January 2030 to 10 January 2031" in effect.message

    def test_long_trip_interrupts(self) -> None:
        effect = trip_effect(person("2025-01-01"), trip("2027-01-01", "2027-07-01"), RULES)
        assert effect.interrupts
        assert effect.after == D(2032, 7, 1)
        assert "interrupts residence" in effect.message

    def test_short_trip_touching_a_long_one_interrupts(self) -> None:
        who = person("2025-01-01", trip("2026-01-01", "2026-05-31"))
        effect = trip_effect(who, trip("2026-06-01", "2026-07-01"), RULES)
        assert effect.interrupts and effect.after == D(2031, 7, 1)

    def test_trip_without_return_date(self) -> None:
        effect = trip_effect(self.base, trip("2028-01-01", None), RULES)
        assert not effect.interrupts and effect.shift_days is None
        assert effect.after == effect.before


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        (D(2024, 2, 29), 5, D(2029, 3, 1)),
        (D(2024, 2, 29), 4, D(2028, 2, 29)),
        (D(2024, 2, 28), 5, D(2029, 2, 28)),
        (D(2025, 12, 31), 5, D(2030, 12, 31)),
    ],
)
def test_add_eligibility_rounds_later(start: date, years: int, expected: date) -> None:
    assert add_eligibility(start, years=years) == expected


def test_add_eligibility_months_round_later() -> None:
    assert add_eligibility(D(2025, 1, 31), months=1) == D(2025, 3, 1)
    assert add_eligibility(D(2025, 1, 30), months=1) == D(2025, 3, 1)
    assert add_eligibility(D(2025, 1, 28), months=1) == D(2025, 2, 28)


@pytest.mark.parametrize(
    ("left", "returned", "expected"),
    [
        (D(2026, 1, 1), D(2026, 6, 30), False),
        (D(2026, 1, 1), D(2026, 7, 1), True),
        (D(2026, 8, 31), D(2027, 2, 27), False),
        (D(2026, 8, 31), D(2027, 2, 28), True),
        (D(2027, 8, 31), D(2028, 2, 29), True),
        (D(2027, 8, 31), D(2028, 2, 28), False),
    ],
)
def test_six_month_boundary(left: date, returned: date, expected: bool) -> None:
    assert interrupts(left, returned, 6) is expected


def test_timeline_merges_and_counts() -> None:
    line = Timeline(
        [trip("2026-01-10", "2026-01-12"), trip("2026-01-01", "2026-01-05"),
         trip("2026-01-06", "2026-01-07"), trip(None, "2026-02-01")]
    )  # fmt: skip
    assert [(b.left, b.returned) for b in line.blocks] == [
        (D(2026, 1, 1), D(2026, 1, 7)),
        (D(2026, 1, 10), D(2026, 1, 12)),
    ]
    assert line.ignored == 1
    assert line.absent_days(D(2025, 12, 31), D(2026, 1, 31)) == 10
    assert line.absent_days(D(2026, 1, 3), D(2026, 1, 10)) == 5
    assert line.block_at(D(2026, 1, 8)) is None
    assert line.first_absent_after(D(2026, 1, 8)) == D(2026, 1, 10)
    assert line.first_absent_after(D(2026, 1, 12)) is None


def test_long_trip_before_residence_does_not_interrupt() -> None:
    effect = trip_effect(person("2025-01-01"), trip("2024-01-01", "2024-12-01"), RULES)
    assert not effect.interrupts and effect.shift_days == 0
