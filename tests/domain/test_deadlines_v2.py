"""The v2 deadline kinds (docs/rules.md), hand-worked: every date below was counted on a
calendar."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from permit_tracker.domain.continuity_eligibility import eligibility_date
from permit_tracker.domain.continuity_permanent import permanent_residence_date
from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.deadlines import deadlines_for
from permit_tracker.domain.holidays import add_working_days
from permit_tracker.domain.kinds import KINDS
from permit_tracker.domain.model import (
    Absence,
    Application,
    Card,
    Document,
    Move,
    Passport,
    Person,
    Provisional,
    Visa,
)
from permit_tracker.rules.ruleset import DEFAULT_RULES, Ruleset

RULES = Ruleset.default()
TODAY = date(2026, 1, 15)
D = date


def rows(who: Person, today: date = TODAY, rules: Ruleset = RULES) -> list[Deadline]:
    return deadlines_for(who, rules, today)


def of(who: Person, kind: Kind, today: date = TODAY, rules: Ruleset = RULES) -> list[Deadline]:
    return [d for d in rows(who, today, rules) if d.kind is kind]


def only(who: Person, kind: Kind, subject: str = "", today: date = TODAY) -> Deadline:
    found = [d for d in of(who, kind, today) if d.subject == subject]
    assert len(found) == 1, found
    return found[0]


# --- a record with every kind ------------------------------------------------------------

FULL = Person(
    "Ana",
    reason="work",
    arrival=D(2025, 3, 3),
    registered=D(2025, 3, 7),
    visa=Visa("D", D(2025, 2, 20), D(2025, 4, 30)),
    passport=Passport(D(2031, 5, 1)),
    cards=(
        Card("A", D(2025, 5, 10), D(2026, 5, 9), "work"),
        Card("F", D(2026, 5, 10), D(2031, 5, 9), "family"),
    ),
    absences=(
        Absence(D(2025, 5, 2), D(2025, 5, 5)),  # between visa and card: on the annex 15
        Absence(D(2026, 6, 1), D(2027, 7, 1)),  # 13 months away
        Absence(D(2031, 1, 1), D(2031, 8, 1)),  # the F card ends while away
    ),
    moves=(Move(D(2025, 9, 1)),),
    provisional=(Provisional("annex_15", D(2025, 3, 7), D(2025, 7, 6)),),
    applications=(Application("family_reunification", D(2025, 6, 1)),),
    documents=(Document("police_clearance", "obtained", D(2025, 1, 10)),),
)


def test_every_kind_for_a_full_record() -> None:
    assert {d.kind for d in rows(FULL)} == set(Kind)


def test_every_row_has_its_kinds_parts() -> None:
    for row in rows(FULL):
        info = KINDS[row.kind]
        assert row.rule in info.rules
        assert row.source == DEFAULT_RULES[row.rule].citation
        assert row.explanation.endswith(row.source)
        assert row.title and "{" not in row.title
        prefix = info.subject
        if prefix == "":
            assert row.subject == ""
        elif prefix == "document":
            assert row.subject.startswith("police_clearance-")
        else:
            assert row.subject.startswith(f"{prefix}-")
        assert row.fact("rule_value") == DEFAULT_RULES[row.rule].value


# --- registration -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arrival", "due"),
    [
        (D(2025, 3, 3), D(2025, 6, 3)),
        (D(2025, 11, 30), D(2026, 2, 28)),  # no 30 February: a due date rounds earlier
        (D(2023, 11, 29), D(2024, 2, 29)),  # leap year
        (D(2025, 10, 31), D(2026, 1, 31)),
    ],
)
def test_eu_citizens_register_within_3_months(arrival: date, due: date) -> None:
    row = only(Person("Eve", citizenship="eu", arrival=arrival), Kind.REGISTRATION)
    assert row.date == due
    assert row.rule == "registration_eu_months"
    assert "annex 19" in row.explanation


def test_eu_citizens_get_no_visa_and_no_long_term_row() -> None:
    eve = Person(
        "Eve", citizenship="eu", arrival=D(2025, 3, 3), visa=Visa("D", None, D(2025, 9, 1))
    )
    got = {d.kind for d in rows(eve)}
    assert Kind.VISA_EXPIRY not in got and Kind.LONG_TERM_ELIGIBLE not in got
    assert Kind.PERMANENT_RESIDENCE_ELIGIBLE in got and Kind.NATIONALITY_ELIGIBLE in got


# --- passport -----------------------------------------------------------------------------


def test_passport_without_an_application_in_sight_is_information_not_overdue() -> None:
    # Rui's case (an EU citizen of the demo family): expiry - 12 months has passed, no
    # application is known
    rui = Person("Rui", passport=Passport(D(2026, 6, 1)))
    row = only(rui, Kind.PASSPORT_VALIDITY)
    assert row.date == D(2025, 6, 1)
    assert row.status is Status.INFO
    assert "No application is in sight" in row.explanation


def test_passport_tied_to_the_next_application_it_does_not_cover() -> None:
    card = Card("A", D(2025, 5, 10), D(2026, 5, 9))  # renewal opens 30 March 2026
    ana = Person("Ana", registered=D(2025, 3, 7), cards=(card,), passport=Passport(D(2027, 1, 1)))
    row = only(ana, Kind.PASSPORT_VALIDITY)
    assert row.date == D(2026, 3, 30) and row.status is Status.UPCOMING
    assert row.fact("application_kind") == "card_renewal_opens"
    assert "renew it before then" in row.explanation


def test_passport_covering_every_application_is_done() -> None:
    card = Card("A", D(2025, 5, 10), D(2026, 5, 9))
    ana = Person("Ana", registered=D(2025, 3, 7), cards=(card,), passport=Passport(D(2036, 1, 1)))
    row = only(ana, Kind.PASSPORT_VALIDITY)
    assert row.status is Status.DONE and row.date == D(2026, 3, 30)


def test_passport_skips_a_covered_application_for_a_later_uncovered_one() -> None:
    card = Card("A", D(2025, 5, 10), D(2026, 5, 9))  # renewal 30 March 2026, covered
    ana = Person("Ana", registered=D(2025, 3, 7), cards=(card,), passport=Passport(D(2029, 1, 1)))
    row = only(ana, Kind.PASSPORT_VALIDITY)  # long-term on 7 March 2030 is not covered
    assert row.date == D(2030, 3, 7) and row.status is Status.UPCOMING


# --- card windows -------------------------------------------------------------------------


def test_renewal_requested_closes_the_window_but_not_the_expiry() -> None:
    card = Card("A", D(2025, 5, 10), D(2026, 5, 9), renewal_requested=D(2026, 4, 1))
    got = {d.kind: d for d in rows(Person("Ana", cards=(card,)))}
    assert got[Kind.CARD_RENEWAL_OPENS].status is Status.DONE
    assert got[Kind.CARD_RENEWAL_CLOSES].status is Status.DONE
    assert got[Kind.CARD_EXPIRY].status is Status.UPCOMING
    assert "renewal asked for on 1 April 2026" in got[Kind.CARD_RENEWAL_CLOSES].explanation


def test_f_card_renewal_is_the_f_plus_application() -> None:
    card = Card("F", D(2021, 6, 1), D(2026, 5, 31))
    spouse = Person("Sam", reason="family", registered=D(2021, 5, 20), cards=(card,))
    closes = only(spouse, Kind.CARD_RENEWAL_CLOSES, "card-1")
    assert closes.date == D(2026, 5, 1)
    assert "apply for the F+ card (permanent residence" in closes.explanation
    assert closes.title == "Last day to ask for the renewal of your F card"
    permanent = only(spouse, Kind.PERMANENT_RESIDENCE_ELIGIBLE)
    assert permanent.date == D(2026, 5, 20) and permanent.status is Status.INFO
    assert "F+" in permanent.explanation
    assert only(spouse, Kind.LONG_TERM_ELIGIBLE).date == D(2026, 5, 20)  # non-EU: both


@pytest.mark.parametrize(
    ("card", "person_reason", "expected"),
    [
        # The opening rounds later (no 31 Feb: 1 Mar), the closing earlier (review reading).
        (Card("A", D(2025, 6, 1), D(2026, 5, 31), "work"), None, (D(2026, 3, 1), D(2026, 3, 31))),
        (Card("H", D(2025, 1, 1), D(2026, 8, 31), "blue_card"), None,
         (D(2026, 5, 31), D(2026, 6, 30))),
        (Card("A", D(2025, 1, 1), D(2026, 12, 31)), "work", (D(2026, 10, 1), D(2026, 10, 31))),
        (Card("A", D(2025, 1, 1), D(2026, 12, 31), "study"), "work", None),
        (Card("B", D(2025, 1, 1), D(2030, 12, 31), "work"), "work", None),
        (Card("A", D(2025, 1, 1), D(2026, 12, 31)), "research", None),
    ],
)  # fmt: skip
def test_employer_window(
    card: Card, person_reason: str | None, expected: tuple[date, date] | None
) -> None:
    who = Person("Ana", reason=person_reason, cards=(card,))  # type: ignore[arg-type]
    opens, closes = of(who, Kind.EMPLOYER_RENEWAL_OPENS), of(who, Kind.EMPLOYER_RENEWAL_CLOSES)
    if expected is None:
        assert opens == closes == []
        return
    assert (opens[0].date, closes[0].date) == expected
    assert opens[0].status is Status.INFO  # a window's opening is a milestone
    assert opens[0].rule == "employer_renewal_opens_months"
    assert "employer" in closes[0].explanation and "Region" in closes[0].explanation


# --- trips --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "returned", "long"),
    [
        (D(2026, 3, 10), D(2026, 6, 10), False),  # exactly 3 months
        (D(2026, 3, 10), D(2026, 6, 11), True),  # 3 months + 1 day
        (D(2025, 11, 30), D(2026, 2, 28), False),  # 3 months, clamped to the month end
        (D(2025, 11, 30), D(2026, 3, 1), True),
    ],
)
def test_departure_declaration_and_return_report(left: date, returned: date, long: bool) -> None:
    who = Person("Ana", absences=(Absence(left, returned),))
    declaration = of(who, Kind.DEPARTURE_DECLARATION)
    report = of(who, Kind.RETURN_REPORT)
    if not long:
        assert declaration == report == []
        return
    assert declaration[0].date == left - timedelta(days=1)
    assert declaration[0].subject == "absence-1" and "annex 18" in declaration[0].explanation
    assert report[0].date == returned + timedelta(days=15)


def test_declared_and_reported_back_are_done() -> None:
    trip = Absence(
        D(2026, 3, 10), D(2026, 7, 1), declared=D(2026, 3, 1), reported_back=D(2026, 7, 3)
    )
    who = Person("Ana", absences=(trip,))
    assert only(who, Kind.DEPARTURE_DECLARATION, "absence-1").status is Status.DONE
    assert only(who, Kind.RETURN_REPORT, "absence-1").date == D(2026, 7, 16)
    assert only(who, Kind.RETURN_REPORT, "absence-1").status is Status.DONE


CARD = Card("A", D(2025, 5, 10), D(2026, 5, 9))


@pytest.mark.parametrize(
    ("trip", "cards", "row"),
    [
        (Absence(D(2026, 3, 1), D(2026, 7, 1)), (CARD,), True),  # expires while away
        # back on its last day: that day is a day of absence, the card lapses abroad
        (Absence(D(2026, 1, 20), D(2026, 5, 9)), (CARD,), True),
        (Absence(D(2026, 1, 20), D(2026, 5, 8)), (CARD,), False),  # back the day before
        (Absence(D(2026, 3, 1), D(2026, 5, 30)), (CARD,), False),  # not over 3 months
        (Absence(D(2026, 3, 1), D(2026, 7, 1)),
         (CARD, Card("A", D(2026, 5, 1), D(2027, 4, 30))), False),
        (Absence(D(2026, 3, 1), D(2026, 7, 1)), (Card("B", D(2025, 5, 10), None),), False),
    ],
)  # fmt: skip
def test_a_trip_that_spans_a_cards_expiry(
    trip: Absence, cards: tuple[Card, ...], row: bool
) -> None:
    got = of(Person("Ana", cards=cards, absences=(trip,)), Kind.RENEW_BEFORE_LEAVING)
    if not row:
        assert got == []
        return
    assert trip.left is not None
    assert len(got) == 1 and got[0].date == trip.left - timedelta(days=1)  # 28 Feb, 19 Jan
    assert "expires on 9 May 2026, while you are away" in got[0].explanation


@pytest.mark.parametrize(
    ("left", "returned", "holder", "limit"),
    [
        (D(2026, 1, 10), D(2027, 1, 10), False, None),  # exactly 12 months: kept
        (D(2026, 1, 10), D(2027, 1, 11), False, D(2027, 1, 10)),
        (D(2024, 2, 29), D(2025, 3, 1), False, D(2025, 2, 28)),  # rounds earlier
        (D(2026, 1, 10), D(2027, 6, 1), True, None),  # EU+ holder: 24 months
        (D(2026, 1, 10), D(2028, 1, 11), True, D(2028, 1, 10)),
    ],
)
def test_return_by(left: date, returned: date, holder: bool, limit: date | None) -> None:
    cards = (Card("EU+", D(2020, 1, 1), None),) if holder else ()
    got = of(Person("Eve", cards=cards, absences=(Absence(left, returned),)), Kind.RETURN_BY)
    if limit is None:
        assert got == []
        return
    assert got[0].date == limit
    key = "right_of_return_permanent_months" if holder else "right_of_return_months"
    assert got[0].rule == key


VISA = Visa("D", D(2025, 2, 20), D(2025, 8, 19))
ANNEX_15 = Provisional("annex_15", D(2025, 3, 7), D(2025, 7, 6))


def test_a_trip_on_an_annex_15_warns_and_one_on_a_valid_visa_does_not() -> None:
    on_annex = Absence(D(2025, 8, 25), D(2025, 8, 30))  # visa over, card not yet
    on_visa = Absence(D(2025, 6, 1), D(2025, 6, 10))
    who = Person(
        "Ana",
        arrival=D(2025, 3, 3),
        visa=VISA,
        provisional=(replace(ANNEX_15, valid_until=D(2025, 9, 30)),),
        cards=(Card("A", D(2025, 9, 15), D(2026, 9, 14)),),
        absences=(on_visa, on_annex),
    )
    got = of(who, Kind.TRAVEL_WARNING)
    assert [(d.subject, d.date) for d in got] == [("absence-2", D(2025, 8, 25))]
    assert "only Annex 15" in got[0].explanation
    assert got[0].rule == "travel_on_provisional_days"


def test_no_travel_warning_for_eu_citizens_or_trips_before_arrival() -> None:
    trip = Absence(D(2025, 8, 25), D(2025, 8, 30))
    assert (
        of(
            Person("Eve", citizenship="eu", arrival=D(2025, 3, 3), absences=(trip,)),
            Kind.TRAVEL_WARNING,
        )
        == []
    )
    assert of(Person("Ana", arrival=D(2025, 9, 1), absences=(trip,)), Kind.TRAVEL_WARNING) == []


# --- moves, waiting documents, applications -----------------------------------------------


@pytest.mark.parametrize(
    ("moved", "due"),
    [
        (D(2026, 4, 30), D(2026, 5, 11)),  # 1 May (Friday) and Sundays 3 and 10 May skipped
        (D(2025, 12, 24), D(2026, 1, 5)),  # Christmas, New Year's Day and two Sundays
        (D(2026, 3, 2), D(2026, 3, 11)),  # one Sunday only
    ],
)
def test_address_declaration_in_working_days(moved: date, due: date) -> None:
    row = only(Person("Ana", moves=(Move(moved),)), Kind.ADDRESS_DECLARATION, "move-1")
    assert row.date == due == add_working_days(moved, 8)
    assert row.rule == "move_declaration_working_days"
    assert "8 working days" in row.explanation


def test_moves_are_numbered_by_date_and_done_when_declared() -> None:
    moves = (Move(D(2026, 2, 1), D(2026, 2, 5)), Move(D(2025, 6, 1)))
    got = {d.subject: d for d in of(Person("Ana", moves=moves), Kind.ADDRESS_DECLARATION)}
    assert got["move-1"].fact("moved") == D(2025, 6, 1)
    assert got["move-2"].status is Status.DONE


def test_provisional_expiry_done_once_a_card_starts_by_then() -> None:
    waiting = Person("Ana", provisional=(ANNEX_15,))
    assert (
        only(waiting, Kind.PROVISIONAL_EXPIRY, "provisional-1", today=D(2025, 7, 1)).status
        is Status.DUE_SOON
    )
    carded = replace(waiting, cards=(Card("A", D(2025, 7, 6), D(2026, 7, 5)),))
    assert only(carded, Kind.PROVISIONAL_EXPIRY, "provisional-1").status is Status.DONE
    late = replace(waiting, cards=(Card("A", D(2025, 7, 7), D(2026, 7, 5)),))
    assert only(late, Kind.PROVISIONAL_EXPIRY, "provisional-1").status is Status.OVERDUE


@pytest.mark.parametrize(
    ("kind", "filed", "expected", "rule"),
    [
        ("long_term", D(2030, 3, 10), D(2030, 8, 10), "decision_months_long_term"),
        # Month ends round later (review reading: the period's end is when the person may
        # rely on it): no 30 / 31 Feb, so 1 Mar.
        ("permanent_residence", D(2030, 9, 30), D(2031, 3, 1),
         "decision_months_permanent_residence"),
        ("family_reunification", D(2025, 8, 31), D(2026, 3, 1),
         "decision_months_family_reunification"),
        ("nationality", D(2031, 1, 15), D(2031, 5, 15), "decision_months_nationality"),
    ],
)  # fmt: skip
def test_decision_expected(kind: str, filed: date, expected: date, rule: str) -> None:
    who = Person("Ana", applications=(Application(kind, filed),))  # type: ignore[arg-type]
    row = only(who, Kind.DECISION_EXPECTED, "application-1")
    assert (row.date, row.rule, row.status) == (expected, rule, Status.INFO)
    decided = Person("Ana", applications=(Application(kind, filed, filed),))  # type: ignore[arg-type]
    assert only(decided, Kind.DECISION_EXPECTED, "application-1").status is Status.DONE


def test_applications_without_a_decision_period_get_no_row() -> None:
    apps = (Application("card_renewal", D(2026, 1, 1)), Application("other", D(2026, 1, 2)))
    assert of(Person("Ana", applications=apps), Kind.DECISION_EXPECTED) == []


# --- long-term with weights ---------------------------------------------------------------


def test_two_study_years_count_as_one() -> None:
    who = Person(
        "Li",
        reason="work",
        registered=D(2020, 1, 1),
        cards=(
            Card("A", D(2020, 1, 1), D(2021, 12, 31), "study"),  # 731 days
            Card("A", D(2022, 1, 1), D(2030, 12, 31), "work"),
        ),
    )
    # 1,827 days are needed (2020-01-01 .. 2024-12-31); 731 study days count 365.5, so
    # 1,461.5 -> 1,462 more full days from 1 January 2022: 2 January 2026.
    result = eligibility_date(who, RULES)
    assert result.date == D(2026, 1, 2)
    assert result.weighting is not None and result.weighting.study_days == 731
    assert "Your 2 years as a student count as 1 year (50 %)" in result.reason
    row = only(who, Kind.LONG_TERM_ELIGIBLE)
    assert row.date == D(2026, 1, 2) and row.fact("study_days") == 731


def test_a_study_card_straddling_the_5_year_date() -> None:
    who = Person(
        "Li",
        reason="work",
        registered=D(2020, 1, 1),
        cards=(
            Card("A", D(2020, 1, 1), D(2023, 12, 31), "work"),  # 1,461 full days
            Card("A", D(2024, 1, 1), D(2026, 6, 30), "study"),
        ),
    )
    # 366 full days are missing: 732 study days from 1 January 2024 reach them on
    # 2 January 2026, but that day is a student's: the first day after is 1 July 2026.
    result = eligibility_date(who, RULES)
    assert result.weighting is not None and result.weighting.reached == D(2026, 1, 2)
    assert result.student_on == D(2026, 1, 2)
    assert result.date == D(2026, 7, 1)
    assert "no application for long-term status while a student" in result.reason


def test_a_student_on_every_day_ahead_gets_a_condition_without_date() -> None:
    who = Person("Li", reason="study", registered=D(2022, 9, 1))
    row = only(who, Kind.LONG_TERM_ELIGIBLE)
    assert row.date is None and row.status is Status.INFO
    assert row.fact("blocked") == "student"
    # 1 September 2022 .. 15 January 2026: 1,233 days at 50 % = 616
    assert row.fact("counted_days") == 616
    assert "So far 616 days count of the 5 years needed" in row.explanation


def test_au_pair_days_do_not_count() -> None:
    who = Person("Jo", reason="au_pair", registered=D(2022, 9, 1))
    result = eligibility_date(who, RULES)
    assert result.date is None and result.blocked == "never_counted"
    after = replace(who, cards=(Card("A", D(2023, 9, 1), None, "work"),))  # 1 year as au pair
    # 1,826 full days are needed from 1 September 2023 (two 29 Februaries on the way)
    assert eligibility_date(after, RULES).date == D(2028, 8, 31)


def test_nationality_counts_study_in_full_and_accepts_every_listed_card() -> None:
    who = Person(
        "Li",
        reason="study",
        registered=D(2020, 1, 1),
        cards=(Card("M", D(2021, 1, 1), None),),
    )
    assert only(who, Kind.NATIONALITY_ELIGIBLE).date == D(2025, 1, 1)
    for card_type in ("EU", "F", "M", "B", "K", "L", "EU+", "F+"):
        other = replace(who, cards=(Card(card_type, D(2021, 1, 1), None),))  # type: ignore[arg-type]
        assert only(other, Kind.NATIONALITY_ELIGIBLE).date == D(2025, 1, 1), card_type
    assert (
        only(replace(who, cards=(Card("A", D(2021, 1, 1), None),)), Kind.NATIONALITY_ELIGIBLE).date
        is None
    )


# --- permanent residence ------------------------------------------------------------------


def eu(registered: date, *trips: Absence) -> Person:
    return Person("Eve", citizenship="eu", registered=registered, absences=trips)


def test_permanent_residence_29_february() -> None:
    assert permanent_residence_date(eu(D(2024, 2, 29)), RULES).date == D(2029, 3, 1)


@pytest.mark.parametrize(
    ("trip", "expected"),
    [
        # 11 months for an important reason: the one allowed absence
        (Absence(D(2026, 1, 1), D(2026, 11, 30), important_reason=True), D(2030, 1, 1)),
        # 12 months for an important reason: too long, counting restarts on the return
        (Absence(D(2026, 1, 1), D(2027, 1, 1), important_reason=True), D(2032, 1, 1)),
        # one day short of 12 months: still allowed
        (Absence(D(2026, 1, 1), D(2026, 12, 31), important_reason=True), D(2030, 1, 1)),
        # 11 months without a reason: more than 182 days in 12 months
        (Absence(D(2026, 1, 1), D(2026, 11, 30)), D(2031, 11, 30)),
    ],
)
def test_an_eu_citizen_travelling_for_11_and_12_months(trip: Absence, expected: date) -> None:
    result = permanent_residence_date(eu(D(2025, 1, 1), trip), RULES)
    assert result.date == expected


def test_only_the_first_important_absence_is_left_out() -> None:
    first = Absence(D(2026, 1, 1), D(2026, 3, 31), important_reason=True)  # 90 days, left out
    second = Absence(D(2026, 6, 1), D(2026, 12, 31), important_reason=True)  # 214 days: counts
    result = permanent_residence_date(eu(D(2025, 1, 1), first, second), RULES)
    assert result.interrupted_by is not None and result.interrupted_by.left == D(2026, 6, 1)
    assert result.date == D(2031, 12, 31)


@pytest.mark.parametrize(
    ("second_return", "breaks"),
    [
        (D(2025, 10, 1), False),  # 92 + 90 = 182 days in 12 months: allowed
        (D(2025, 10, 2), True),  # 183 days: continuity breaks on 2 October 2025
    ],
)
def test_the_182_day_boundary(second_return: date, breaks: bool) -> None:
    trips = (Absence(D(2025, 2, 1), D(2025, 5, 3)), Absence(D(2025, 7, 4), second_return))
    assert trips[0].days() == 92
    result = permanent_residence_date(eu(D(2025, 1, 1), *trips), RULES)
    assert result.date == (D(2030, 10, 2) if breaks else D(2030, 1, 1))


@pytest.mark.parametrize(
    ("second_return", "breaks"),
    [
        (D(2025, 11, 30), True),  # 1 December 2024 is inside (30 Nov 2024, 30 Nov 2025]
        (D(2025, 12, 1), False),  # it has just left the 12 months: 182 at most
    ],
)
def test_the_12_month_boundary(second_return: date, breaks: bool) -> None:
    first = Absence(D(2024, 12, 1), D(2024, 12, 1))
    second = Absence(second_return - timedelta(days=181), second_return)  # 182 days
    result = permanent_residence_date(eu(D(2024, 11, 1), first, second), RULES)
    assert (result.interrupted_by is not None) is breaks
    assert result.date == (D(2030, 11, 30) if breaks else D(2029, 11, 1))


def test_permanent_residence_usage_counts_the_last_12_months() -> None:
    from permit_tracker.domain.continuity_permanent import permanent_residence_usage

    trips = (Absence(D(2025, 2, 1), D(2025, 5, 3)), Absence(D(2025, 7, 4), D(2025, 8, 1)))
    usage = permanent_residence_usage(eu(D(2025, 1, 1), *trips), RULES, D(2025, 8, 15))
    assert (usage.used_days, usage.left_days, usage.limit_days) == (92 + 29, 182 - 121, 182)
    later = permanent_residence_usage(eu(D(2025, 1, 1), *trips), RULES, D(2026, 3, 1))
    assert later.used_days == 63 + 29  # 2 March .. 3 May 2025 and the July trip are inside
    ongoing = permanent_residence_usage(eu(D(2025, 1, 1), *trips), RULES, D(2025, 7, 10))
    assert ongoing.used_days == 92 + 7  # the trip so far


def test_trip_deadlines_say_what_a_planned_trip_triggers() -> None:
    from permit_tracker.domain.deadlines import trip_deadlines

    who = Person(
        "Ana",
        arrival=D(2025, 3, 3),
        cards=(CARD,),
        absences=(Absence(D(2025, 7, 1), D(2025, 7, 20)),),
    )
    long = trip_deadlines(who, Absence(D(2026, 3, 1), D(2027, 4, 1)), RULES, TODAY)
    assert [d.kind for d in long] == [
        Kind.DEPARTURE_DECLARATION,
        Kind.RENEW_BEFORE_LEAVING,
        Kind.RETURN_BY,
        Kind.RETURN_REPORT,
    ]
    assert {d.subject for d in long} == {"absence-2"}
    assert trip_deadlines(who, Absence(D(2026, 3, 1), D(2026, 3, 20)), RULES, TODAY) == []
    on_annex = replace(who, provisional=(ANNEX_15,), cards=())
    (warning,) = trip_deadlines(on_annex, Absence(D(2025, 4, 1), D(2025, 4, 5)), RULES, TODAY)
    assert warning.kind is Kind.TRAVEL_WARNING and warning.subject == "absence-1"
