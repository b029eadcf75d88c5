"""Review of the v2 deadline engine against docs/rules.md: cases the other tables do not cover,
each date counted by hand on a calendar (`python3 -c "import calendar; ..."`)."""

from __future__ import annotations

from datetime import date

import pytest

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.deadlines import deadlines_for
from permit_tracker.domain.kinds import KINDS
from permit_tracker.domain.model import (
    Absence,
    Application,
    Card,
    Document,
    Move,
    Passport,
    Person,
    Visa,
)
from permit_tracker.rules.ruleset import Ruleset

RULES = Ruleset.default()
TODAY = date(2026, 12, 1)
D = date


def of(who: Person, kind: Kind, today: date = TODAY) -> list[Deadline]:
    return [d for d in deadlines_for(who, RULES, today) if d.kind is kind]


def one(who: Person, kind: Kind, today: date = TODAY) -> Deadline:
    found = of(who, kind, today)
    assert len(found) == 1, found
    return found[0]


# --- cards ---------------------------------------------------------------------------------


def test_a_card_without_valid_from_still_gets_its_window() -> None:
    # 31 Mar 2027 - 40 days = 19 Feb 2027 (Mar 31 -> Mar 1 is 30 days, 10 more: Feb 19);
    # - 30 days = 1 Mar 2027.
    who = Person("Ana", reason="work", cards=(Card("B", None, D(2027, 3, 31)),))
    assert one(who, Kind.CARD_RENEWAL_OPENS).date == D(2027, 2, 19)
    assert one(who, Kind.CARD_RENEWAL_CLOSES).date == D(2027, 3, 1)
    assert one(who, Kind.CARD_EXPIRY).date == D(2027, 3, 31)


def test_overlapping_cards_the_later_start_replaces_the_earlier() -> None:
    older = Card("A", D(2025, 5, 10), D(2027, 5, 9), "work")
    newer = Card("B", D(2026, 11, 1), D(2031, 10, 31))
    who = Person("Ana", reason="work", cards=(older, newer))
    expiry = {r.subject: r for r in of(who, Kind.CARD_EXPIRY)}
    assert expiry["card-1"].status is Status.DONE
    assert expiry["card-2"].status is Status.UPCOMING


def test_renewal_requested_closes_the_window_a_later_card_closes_the_expiry_too() -> None:
    asked = Card("A", D(2026, 1, 1), D(2026, 12, 31), "work", renewal_requested=D(2026, 11, 25))
    who = Person("Ana", reason="work", cards=(asked,))
    assert one(who, Kind.CARD_RENEWAL_CLOSES).status is Status.DONE
    assert one(who, Kind.EMPLOYER_RENEWAL_CLOSES).status is Status.DONE
    assert one(who, Kind.CARD_EXPIRY).status is Status.DUE_SOON  # 30 days left
    later = Card("A", D(2027, 1, 1), D(2027, 12, 31), "work")
    who = Person("Ana", reason="work", cards=(asked, later))
    assert [r.status for r in of(who, Kind.CARD_EXPIRY)] == [Status.DONE, Status.UPCOMING]


def test_employer_window_for_an_h_card_held_for_blue_card() -> None:
    # H card until 30 Apr 2027: closes 2 months before, "30 Feb" -> 28 Feb 2027 (a due date
    # rounds earlier).
    who = Person(
        "Ana", reason="work", cards=(Card("H", D(2026, 5, 1), D(2027, 4, 30), "blue_card"),)
    )
    assert one(who, Kind.EMPLOYER_RENEWAL_CLOSES).date == D(2027, 2, 28)
    assert one(who, Kind.EMPLOYER_RENEWAL_OPENS).date == D(2027, 1, 30)


def test_no_employer_window_for_a_study_card_of_a_person_who_works() -> None:
    who = Person("Ana", reason="work", cards=(Card("A", D(2026, 1, 1), D(2027, 4, 30), "study"),))
    assert of(who, Kind.EMPLOYER_RENEWAL_OPENS) == []
    assert of(who, Kind.EMPLOYER_RENEWAL_CLOSES) == []
    # ...and a card without its own reason takes the person's.
    who = Person("Ana", reason="work", cards=(Card("A", D(2026, 1, 1), D(2027, 4, 30)),))
    assert len(of(who, Kind.EMPLOYER_RENEWAL_CLOSES)) == 1


def test_employer_window_opening_rounds_later_at_a_month_end() -> None:
    # A card until 31 May 2027. "3 months before" has no 31 Feb: 28 Feb + 3 months is 28 May,
    # more than 3 months before the end, so the window opens on 1 Mar 2027 (the strict
    # reading of an opening, like an eligibility date); it closes 31 Mar 2027.
    who = Person("Ana", reason="work", cards=(Card("A", D(2026, 6, 1), D(2027, 5, 31), "work"),))
    assert one(who, Kind.EMPLOYER_RENEWAL_OPENS).date == D(2027, 3, 1)
    assert one(who, Kind.EMPLOYER_RENEWAL_CLOSES).date == D(2027, 3, 31)


# --- registration, documents, decisions ----------------------------------------------------


@pytest.mark.parametrize(
    ("arrival", "due"),
    [
        (D(2026, 8, 31), D(2026, 11, 30)),  # no 31 Nov: rounds earlier
        (D(2026, 11, 30), D(2027, 2, 28)),
        (D(2027, 11, 29), D(2028, 2, 29)),  # leap year
    ],
)
def test_eu_registration_at_month_ends(arrival: date, due: date) -> None:
    who = Person("Jan", citizenship="eu", arrival=arrival)
    assert one(who, Kind.REGISTRATION).date == due


def test_document_usable_until_a_month_end() -> None:
    who = Person("Ana", documents=(Document("medical_certificate", "obtained", D(2026, 8, 31)),))
    row = one(who, Kind.DOCUMENT_USABLE_UNTIL)
    assert row.date == D(2027, 2, 28)
    assert row.subject == "medical_certificate-1"


@pytest.mark.parametrize(
    ("kind", "filed", "expected"),
    [
        # The end of the authority's period rounds later, like an eligibility date.
        ("long_term", D(2026, 8, 31), D(2027, 1, 31)),
        ("permanent_residence", D(2026, 9, 30), D(2027, 3, 1)),
        ("family_reunification", D(2026, 8, 31), D(2027, 3, 1)),
        ("nationality", D(2026, 10, 31), D(2027, 3, 1)),
        ("nationality", D(2027, 10, 29), D(2028, 2, 29)),  # leap year: the day exists
    ],
)
def test_decision_expected_for_each_kind_at_month_ends(
    kind: str, filed: date, expected: date
) -> None:
    who = Person("Ana", applications=(Application(kind, filed),))  # type: ignore[arg-type]
    row = one(who, Kind.DECISION_EXPECTED)
    assert (row.date, row.status, row.subject) == (expected, Status.INFO, "application-1")


# --- moves ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moved", "due"),
    [
        # Tue 22 Dec 2026: 23(1) 24(2) [25 Christmas] 26 Sat(3) [27 Sun] 28(4) 29(5) 30(6)
        # 31(7) [1 Jan New Year] 2 Jan Sat(8).
        (D(2026, 12, 22), D(2027, 1, 2)),
        # Fri 26 Mar 2027: 27 Sat(1) [28 Easter Sun] [29 Easter Mon] 30(2) 31(3) 1 Apr(4)
        # 2(5) 3 Sat(6) [4 Sun] 5(7) 6(8).
        (D(2027, 3, 26), D(2027, 4, 6)),
    ],
)
def test_address_declaration_over_holidays(moved: date, due: date) -> None:
    row = one(Person("Ana", moves=(Move(moved),)), Kind.ADDRESS_DECLARATION)
    assert row.date == due


# --- trips ---------------------------------------------------------------------------------


def test_renew_before_leaving_when_the_card_ends_on_the_day_of_return() -> None:
    # The day of return is a day of absence (docs/rules.md: both travel days count), so a card
    # whose last day is that day expires while away: renew before leaving (28 Feb 2027).
    card = Card("A", D(2026, 7, 1), D(2027, 6, 30), "work")
    trip = Absence(D(2027, 3, 1), D(2027, 6, 30))  # 1 Mar + 3 months = 1 Jun < 30 Jun
    who = Person("Ana", reason="work", registered=D(2026, 6, 1), cards=(card,), absences=(trip,))
    row = one(who, Kind.RENEW_BEFORE_LEAVING)
    assert (row.date, row.subject) == (D(2027, 2, 28), "absence-1")
    # One day later the card is still valid on the day of return: nothing to renew.
    card = Card("A", D(2026, 7, 1), D(2027, 7, 1), "work")
    assert (
        of(
            Person("Ana", registered=D(2026, 6, 1), cards=(card,), absences=(trip,)),
            Kind.RENEW_BEFORE_LEAVING,
        )
        == []
    )


def test_renew_before_leaving_for_a_card_without_a_start() -> None:
    # A card whose start is unknown but whose end falls inside the trip: warn (strict).
    card = Card("A", None, D(2027, 5, 15), "work")
    trip = Absence(D(2027, 3, 1), D(2027, 6, 30))
    who = Person("Ana", reason="work", registered=D(2026, 6, 1), cards=(card,), absences=(trip,))
    assert one(who, Kind.RENEW_BEFORE_LEAVING).date == D(2027, 2, 28)


@pytest.mark.parametrize(
    ("card_type", "rule", "limit"),
    [
        ("EU+", "right_of_return_permanent_months", D(2028, 3, 1)),
        ("EU", "right_of_return_months", D(2027, 3, 1)),
    ],
)
def test_return_by_for_an_eu_plus_holder_and_an_eu_card_holder(
    card_type: str, rule: str, limit: date
) -> None:
    card = Card(card_type, D(2025, 1, 1), None)  # type: ignore[arg-type]
    trip = Absence(D(2026, 3, 1), D(2028, 3, 5))
    who = Person(
        "Jan", citizenship="eu", registered=D(2020, 1, 10), cards=(card,), absences=(trip,)
    )
    row = one(who, Kind.RETURN_BY)
    assert (row.date, row.rule) == (limit, rule)


def test_travel_warning_with_a_visa_without_a_start() -> None:
    visa = Visa("D", None, D(2025, 8, 19))
    covered = Absence(D(2025, 4, 1), D(2025, 4, 10))  # after arrival, visa still valid
    after = Absence(D(2025, 9, 1), D(2025, 9, 10))  # visa over, no card
    who = Person("Ana", arrival=D(2025, 3, 3), visa=visa, absences=(covered, after))
    rows = of(who, Kind.TRAVEL_WARNING)
    assert [(r.subject, r.date) for r in rows] == [("absence-2", D(2025, 9, 1))]


# --- passport validity ---------------------------------------------------------------------


def test_passport_validity_counts_a_renewal_window_open_today() -> None:
    # Card until 5 Jan 2027: the window opened 26 Nov 2026 and closes 6 Dec 2026; on 1 Dec
    # the renewal application is due now, and the passport (until 1 Jun 2027) would be valid
    # less than 12 months: renew the passport before it, i.e. today.
    card = Card("B", D(2022, 1, 6), D(2027, 1, 5))
    who = Person("Ana", reason="work", passport=Passport(D(2027, 6, 1)), cards=(card,))
    row = one(who, Kind.PASSPORT_VALIDITY)
    assert row.date == TODAY
    assert row.status is Status.DUE_SOON


def test_passport_validity_on_an_eligibility_date() -> None:
    # Registered 29 Feb 2024: long-term eligible 1 Mar 2029 (rounds later). The passport
    # until 28 Feb 2030 covers applications up to 28 Feb 2029 only.
    who = Person("Ana", reason="work", registered=D(2024, 2, 29), passport=Passport(D(2030, 2, 28)))
    row = one(who, Kind.PASSPORT_VALIDITY)
    assert (row.date, row.status) == (D(2029, 3, 1), Status.UPCOMING)


# --- eligibility ---------------------------------------------------------------------------


def test_nationality_waits_for_the_first_card_that_allows_it() -> None:
    # 5 years from 1 Mar 2020 = 1 Mar 2025, but the first B card starts 5 Mar 2026.
    who = Person(
        "Ana",
        reason="work",
        registered=D(2020, 3, 1),
        cards=(Card("A", D(2020, 3, 5), D(2026, 3, 4), "work"), Card("B", D(2026, 3, 5), None)),
    )
    assert one(who, Kind.NATIONALITY_ELIGIBLE).date == D(2026, 3, 5)


def test_permanent_residence_with_two_important_absences() -> None:
    # The first (273 days) is left out; the second (1 Mar - 30 Sep 2022, 214 days) counts and
    # passes 182 days in 12 months on 30 Aug 2022: counting restarts on 30 Sep 2022.
    trips = (
        Absence(D(2021, 1, 1), D(2021, 9, 30), important_reason=True),
        Absence(D(2022, 3, 1), D(2022, 9, 30), important_reason=True),
    )
    who = Person("Jan", citizenship="eu", registered=D(2020, 1, 10), absences=trips)
    assert one(who, Kind.PERMANENT_RESIDENCE_ELIGIBLE).date == D(2027, 9, 30)


def test_titles_are_full_phrases() -> None:
    for info in KINDS.values():
        assert ":" not in info.title, info.title


def test_explanations_read_as_plain_sentences() -> None:
    card = Card("B", D(2022, 1, 6), D(2027, 1, 5))
    who = Person("Ana", reason="work", passport=Passport(D(2027, 6, 1)), cards=(card,))
    text = one(who, Kind.PASSPORT_VALIDITY).explanation
    assert "(asking for the renewal of your B card, whose window is open since 26 November" in text
    trip = Absence(D(2027, 2, 1), D(2027, 2, 10))
    text = one(Person("Ana", absences=(trip,)), Kind.TRAVEL_WARNING).explanation
    assert text.startswith(
        "On 1 February 2027, the day you leave, you hold neither a valid card nor a valid "
        "visa, so you may not be let back into Belgium — "
    )
    for row in deadlines_for(FULL_RECORD, RULES, TODAY):
        assert "_" not in row.explanation.split(" — ")[0], row.explanation  # no codes
        assert "; source: " in row.explanation, row.explanation


FULL_RECORD = Person(
    "Ana",
    reason="study",
    arrival=D(2024, 2, 20),
    registered=D(2024, 2, 29),
    visa=Visa("D", None, D(2024, 5, 31)),
    passport=Passport(D(2027, 6, 1)),
    cards=(
        Card("A", D(2024, 4, 1), D(2025, 12, 31), "study"),
        Card("H", D(2026, 1, 5), D(2027, 1, 5), "blue_card"),
    ),
    absences=(Absence(D(2027, 2, 1), D(2028, 6, 10)),),
    moves=(Move(D(2026, 12, 22)),),
    applications=(Application("nationality", D(2026, 8, 31)),),
    documents=(Document("police_clearance", "obtained", D(2026, 8, 31)),),
)


def test_a_study_card_straddling_the_5_year_date_by_hand() -> None:
    # Study 1 Jan 2020 - 30 Jun 2025: 2008 days, counting 1004. Needed: the 1827 days of
    # [1 Jan 2020, 1 Jan 2025); 823 full days more from 1 Jul 2025: 1 Jul 2025 .. 1 Oct 2027,
    # so D = 2 Oct 2027. Nationality counts study in full: the B card's start, 1 Jul 2025.
    who = Person(
        "Tom",
        reason="work",
        registered=D(2020, 1, 1),
        cards=(Card("A", D(2020, 1, 1), D(2025, 6, 30), "study"), Card("B", D(2025, 7, 1), None)),
    )
    assert one(who, Kind.LONG_TERM_ELIGIBLE).date == D(2027, 10, 2)
    assert one(who, Kind.NATIONALITY_ELIGIBLE).date == D(2025, 7, 1)


def test_no_long_term_application_in_a_search_year() -> None:
    # 5 years from 1 Jan 2020 = 1 Jan 2025, a search-year day (it counts in full, but no
    # application then): the first day after it, 1 Jun 2025.
    who = Person(
        "Sam",
        reason="work",
        registered=D(2020, 1, 1),
        cards=(
            Card("A", D(2020, 1, 1), D(2024, 5, 31), "work"),
            Card("A", D(2024, 6, 1), D(2025, 5, 31), "search_year"),
            Card("A", D(2025, 6, 1), D(2026, 5, 31), "work"),
        ),
    )
    assert one(who, Kind.LONG_TERM_ELIGIBLE).date == D(2025, 6, 1)


def test_return_by_from_29_february_rounds_earlier() -> None:
    # A due date: 29 Feb 2028 + 12 months has no 29 Feb, so 28 Feb 2029.
    trip = Absence(D(2028, 2, 29), D(2029, 3, 10))
    row = one(Person("Ana", registered=D(2026, 1, 5), absences=(trip,)), Kind.RETURN_BY)
    assert (row.date, row.rule) == (D(2029, 2, 28), "right_of_return_months")
    # Back on 28 Feb 2029 is not later than the limit: no row.
    trip = Absence(D(2028, 2, 29), D(2029, 2, 28))
    assert of(Person("Ana", registered=D(2026, 1, 5), absences=(trip,)), Kind.RETURN_BY) == []
