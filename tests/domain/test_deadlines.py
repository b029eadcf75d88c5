"""Every deadline kind of docs/rules.md: dates, done rules, statuses, subjects, sources."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.deadlines import (
    RULE_OF_KIND,
    all_deadlines,
    card_subjects,
    deadlines_for,
    next_deadline,
    status_for,
)
from permit_tracker.domain.model import Absence, Card, Document, Passport, Person, Visa
from permit_tracker.rules.ruleset import Ruleset

RULES = Ruleset.default()
TODAY = date(2026, 1, 15)
D = date


def rows(who: Person, today: date = TODAY, rules: Ruleset = RULES) -> list[Deadline]:
    return deadlines_for(who, rules, today)


def only(
    who: Person, kind: Kind, subject: str = "", today: date = TODAY, rules: Ruleset = RULES
) -> Deadline:
    found = [d for d in rows(who, today, rules) if d.kind is kind and d.subject == subject]
    assert len(found) == 1, found
    return found[0]


def kinds(who: Person) -> set[Kind]:
    return {d.kind for d in rows(who)}


# --- registration -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arrival", "due"),
    [
        (D(2025, 3, 3), D(2025, 3, 11)),
        (D(2025, 1, 28), D(2025, 2, 5)),  # across a month end
        (D(2024, 2, 25), D(2024, 3, 4)),  # across 29 February
        (D(2025, 12, 28), D(2026, 1, 5)),  # across a year end
    ],
)
def test_registration_is_arrival_plus_8_calendar_days(arrival: date, due: date) -> None:
    row = only(Person("Ana", arrival=arrival), Kind.REGISTRATION)
    assert row.date == due
    assert row.rule == "registration_days"
    assert row.days_left == (due - TODAY).days


def test_registration_done_once_registered() -> None:
    who = Person("Ana", arrival=D(2026, 1, 10), registered=D(2026, 1, 20))
    row = only(who, Kind.REGISTRATION)
    assert row.status is Status.DONE and row.date == D(2026, 1, 18)
    assert "registered on 20 January 2026" in row.explanation


def test_registration_explanation_names_rule_and_source() -> None:
    row = only(Person("Ana", arrival=D(2025, 3, 3)), Kind.REGISTRATION)
    assert row.explanation.startswith("8 days after your arrival on 3 March 2025")
    assert row.source == RULES["registration_days"].citation
    assert row.source in row.explanation
    assert row.title == RULES["registration_days"].title


def test_registration_uses_the_rule_override() -> None:
    rules = Ruleset.with_overrides({"registration_days": 15})
    row = only(Person("Ana", arrival=D(2025, 3, 3)), Kind.REGISTRATION, rules=rules)
    assert row.date == D(2025, 3, 18)
    assert "15 days after" in row.explanation


@pytest.mark.parametrize(
    ("arrival", "flag"),
    [
        (D(2025, 3, 1), "falls on a Sunday"),  # due 9 March 2025
        (D(2025, 4, 13), "falls on Easter Monday"),  # due 21 April 2025
        (D(2025, 3, 2), None),
    ],
)
def test_due_date_on_a_closed_day_is_flagged(arrival: date, flag: str | None) -> None:
    assert only(Person("Ana", arrival=arrival), Kind.REGISTRATION).flag == flag


def test_nothing_without_dates() -> None:
    assert rows(Person("Ana")) == []
    # registered without a recorded arrival: no registration row, but residence starts
    assert Kind.REGISTRATION not in kinds(Person("Ana", registered=D(2025, 3, 7)))


# --- visa ---------------------------------------------------------------------------------

VISA = Visa("D", D(2025, 2, 20), D(2025, 8, 19))


@pytest.mark.parametrize(
    ("cards", "done"),
    [
        ((), False),
        ((Card("A", D(2025, 5, 10), D(2026, 5, 9)),), True),
        ((Card("A", D(2025, 8, 19), D(2026, 8, 18)),), True),  # starts on the visa's last day
        ((Card("A", D(2025, 8, 20), D(2026, 8, 19)),), False),  # a day too late
        ((Card("A", None, D(2026, 8, 19)),), False),  # start unknown
    ],
)
def test_visa_expiry_done_once_a_card_starts_by_then(cards: tuple[Card, ...], done: bool) -> None:
    row = only(Person("Ana", visa=VISA, cards=cards), Kind.VISA_EXPIRY, today=D(2025, 8, 1))
    assert row.date == D(2025, 8, 19)
    assert row.status is (Status.DONE if done else Status.DUE_SOON)
    # v2: the visa row cites a rule of its own (it used to cite the registration rule)
    assert row.rule == RULE_OF_KIND[Kind.VISA_EXPIRY] == "visa_card_start_days"
    assert "within 8 days" not in row.explanation


def test_visa_without_end_date_gives_no_row() -> None:
    assert Kind.VISA_EXPIRY not in kinds(Person("Ana", visa=Visa("D", D(2025, 2, 20), None)))


# --- passport -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expires", "qualifies"),
    [
        (D(2031, 5, 1), D(2030, 5, 1)),
        (D(2028, 2, 29), D(2027, 2, 28)),  # no 29 Feb 2027: rounds earlier
        (D(2027, 2, 28), D(2026, 2, 28)),
        (D(2026, 12, 31), D(2025, 12, 31)),
    ],
)
def test_passport_rows(expires: date, qualifies: date) -> None:
    who = Person("Ana", passport=Passport(expires))
    validity = only(who, Kind.PASSPORT_VALIDITY)
    expiry = only(who, Kind.PASSPORT_EXPIRY)
    assert validity.date == qualifies and expiry.date == expires
    assert validity.rule == expiry.rule == "passport_min_validity_months"
    assert Status.DONE not in (validity.status, expiry.status)


def test_passport_flag_names_the_holiday() -> None:
    row = only(Person("Ana", passport=Passport(D(2031, 5, 1))), Kind.PASSPORT_EXPIRY)
    assert row.flag == "falls on Labour Day"


def test_passport_overdue_is_never_done() -> None:
    row = only(Person("Ana", passport=Passport(D(2025, 5, 1))), Kind.PASSPORT_EXPIRY)
    assert row.status is Status.OVERDUE and row.days_left == -259


# --- cards --------------------------------------------------------------------------------


def card_rows(who: Person, subject: str, today: date = TODAY) -> dict[Kind, Deadline]:
    return {d.kind: d for d in rows(who, today) if d.subject == subject}


@pytest.mark.parametrize(
    ("until", "opens", "closes"),
    [
        # v2: the window opens on the 40th day (Royal Decree 8 Oct 1981 art. 33), not the 45th
        (D(2026, 5, 9), D(2026, 3, 30), D(2026, 4, 9)),
        (D(2026, 3, 31), D(2026, 2, 19), D(2026, 3, 1)),
        (D(2028, 3, 31), D(2028, 2, 20), D(2028, 3, 1)),  # leap year: 29 Feb in between
    ],
)
def test_card_window_and_expiry(until: date, opens: date, closes: date) -> None:
    got = card_rows(Person("Ana", cards=(Card("A", D(2025, 5, 10), until),)), "card-1")
    assert got[Kind.CARD_RENEWAL_OPENS].date == opens
    assert got[Kind.CARD_RENEWAL_CLOSES].date == closes
    assert got[Kind.CARD_EXPIRY].date == until
    assert got[Kind.CARD_RENEWAL_OPENS].status is Status.INFO  # a milestone
    assert got[Kind.CARD_RENEWAL_OPENS].rule == "card_renewal_opens_days"
    assert got[Kind.CARD_RENEWAL_CLOSES].rule == "card_renewal_closes_days"
    assert got[Kind.CARD_EXPIRY].rule == "card_renewal_closes_days"


def test_cards_replacing_each_other() -> None:
    old = Card("A", D(2025, 5, 10), D(2026, 5, 9))
    new = Card("A", D(2026, 5, 1), D(2027, 4, 30))
    for cards in ((old, new), (new, old)):  # subjects follow valid_from, not input order
        who = Person("Ana", cards=cards)
        first, second = card_rows(who, "card-1"), card_rows(who, "card-2")
        assert first[Kind.CARD_EXPIRY].date == D(2026, 5, 9)
        assert {d.status for d in first.values()} == {Status.DONE}
        assert "replaced by the card from 1 May 2026" in first[Kind.CARD_EXPIRY].explanation
        assert second[Kind.CARD_EXPIRY].date == D(2027, 4, 30)
        assert second[Kind.CARD_RENEWAL_OPENS].status is Status.INFO
        assert second[Kind.CARD_RENEWAL_CLOSES].status is Status.UPCOMING


def test_card_with_the_same_start_is_not_later() -> None:
    cards = (Card("A", D(2025, 5, 10), D(2026, 5, 9)), Card("A", D(2025, 5, 10), D(2026, 6, 9)))
    assert Status.DONE not in {d.status for d in rows(Person("Ana", cards=cards))}


def test_card_without_start_replaced_by_a_longer_one() -> None:
    cards = (Card("A", None, D(2026, 5, 9)), Card("B", D(2026, 4, 1), D(2031, 3, 31)))
    got = card_rows(Person("Ana", cards=cards), "card-2")  # unknown start sorts last
    assert got[Kind.CARD_EXPIRY].date == D(2026, 5, 9)
    assert got[Kind.CARD_EXPIRY].status is Status.DONE


def test_expired_card_is_overdue_until_replaced() -> None:
    card = Card("A", D(2024, 5, 10), D(2025, 5, 9))
    got = card_rows(Person("Ana", cards=(card,)), "card-1")
    assert got[Kind.CARD_EXPIRY].status is Status.OVERDUE
    assert got[Kind.CARD_RENEWAL_CLOSES].status is Status.OVERDUE
    assert got[Kind.CARD_RENEWAL_OPENS].status is Status.INFO


def test_card_subjects_count_every_card() -> None:
    cards = (
        Card("A", D(2026, 5, 1), None),
        Card("other", None, None),
        Card("A", D(2025, 5, 10), D(2026, 5, 9)),
        Card("B", D(2026, 5, 1), D(2031, 4, 30)),
    )
    assert card_subjects(cards) == ["card-2", "card-4", "card-1", "card-3"]
    subjects = {d.subject for d in rows(Person("Ana", cards=cards)) if d.subject}
    assert subjects == {"card-1", "card-3"}  # cards without valid_until make no rows


def test_subjects_are_stable_when_dates_change() -> None:
    def keys(until: date) -> set[str]:
        who = Person("Ana", id="p1", cards=(Card("A", D(2025, 5, 10), until),))
        return {d.key for d in rows(who)}

    assert keys(D(2026, 5, 9)) == keys(D(2026, 7, 1))
    assert "p1/card_expiry/card-1" in keys(D(2026, 5, 9))


# --- documents ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("issued", "until"),
    [
        (D(2025, 1, 10), D(2025, 7, 10)),
        (D(2025, 8, 31), D(2026, 2, 28)),  # no 31 February: rounds earlier
        (D(2023, 8, 31), D(2024, 2, 29)),
        (D(2025, 12, 31), D(2026, 6, 30)),
    ],
)
def test_document_usable_until(issued: date, until: date) -> None:
    who = Person("Ana", documents=(Document("police_clearance", "obtained", issued),))
    row = only(who, Kind.DOCUMENT_USABLE_UNTIL, "police_clearance-1")
    assert row.date == until
    assert row.rule == "document_max_age_months"


def test_documents_numbered_per_kind_and_done_when_submitted() -> None:
    docs = (
        Document("medical_certificate", "obtained", D(2025, 11, 1)),
        Document("police_clearance", "requested", None),
        Document("passport", "obtained", D(2025, 1, 1)),
        Document("police_clearance", "submitted", D(2025, 12, 1)),
        Document("medical_certificate", "submitted", D(2025, 12, 20)),
    )
    got = {d.subject: d for d in rows(Person("Ana", documents=docs))}
    # v2: numbered in order of the issue date (undated last), not in input order
    assert set(got) == {"medical_certificate-1", "police_clearance-1", "medical_certificate-2"}
    assert got["medical_certificate-1"].status is Status.UPCOMING
    assert got["police_clearance-1"].status is Status.DONE
    assert got["medical_certificate-2"].status is Status.DONE


# --- eligibility --------------------------------------------------------------------------


def test_long_term_row_is_an_info_milestone() -> None:
    who = Person(
        "Ana", registered=D(2025, 3, 7), absences=(Absence(D(2025, 7, 1), D(2025, 7, 20)),)
    )
    row = only(who, Kind.LONG_TERM_ELIGIBLE)
    assert row.date == D(2030, 3, 7) and row.status is Status.INFO
    assert row.rule == "long_term_years"
    assert "20 days of absence" in row.explanation
    past = only(who, Kind.LONG_TERM_ELIGIBLE, today=D(2031, 1, 1))
    assert past.status is Status.INFO and past.days_left is not None and past.days_left < 0


def test_nationality_needs_an_unlimited_card() -> None:
    who = Person("Ana", registered=D(2025, 3, 7), cards=(Card("A", D(2025, 5, 10), D(2026, 5, 9)),))
    row = only(who, Kind.NATIONALITY_ELIGIBLE)
    assert row.date is None and row.days_left is None
    assert row.status is Status.INFO
    # v2: the cards that allow the declaration (Royal Decree of 14 Jan 2013 art. 3)
    assert "A card that allows the declaration (B, EU, EU+, F, F+, K, L, M)" in row.explanation
    assert "7 March 2030" in row.explanation
    assert row.rule == "nationality_years"
    assert rows(who)[-1] == row  # undated rows come last


@pytest.mark.parametrize(
    ("card", "expected"),
    [
        (Card("B", D(2027, 1, 1), D(2032, 1, 1)), D(2030, 3, 7)),  # continuity is later
        (Card("K", D(2031, 2, 1), D(2041, 2, 1)), D(2031, 2, 1)),  # the card is later
        (Card("EU+", D(2031, 2, 1), None), D(2031, 2, 1)),
        (Card("F+", D(2029, 2, 1), None), D(2030, 3, 7)),
    ],
)
def test_nationality_not_before_the_first_unlimited_card(card: Card, expected: date) -> None:
    cards = (Card("A", D(2025, 5, 10), D(2026, 5, 9)), card)
    row = only(Person("Ana", registered=D(2025, 3, 7), cards=cards), Kind.NATIONALITY_ELIGIBLE)
    assert row.date == expected and row.status is Status.INFO


def test_nationality_card_start_inside_a_trip() -> None:
    who = Person(
        "Ana",
        registered=D(2025, 3, 7),
        cards=(Card("L", D(2031, 2, 1), None),),
        absences=(Absence(D(2031, 1, 25), D(2031, 2, 3)),),
    )
    assert only(who, Kind.NATIONALITY_ELIGIBLE).date == D(2031, 2, 4)


def test_unlimited_card_without_start_does_not_count() -> None:
    who = Person("Ana", registered=D(2025, 3, 7), cards=(Card("B", None, D(2030, 1, 1)),))
    assert only(who, Kind.NATIONALITY_ELIGIBLE).date is None


def test_nationality_years_override() -> None:
    rules = Ruleset.with_overrides({"nationality_years": 10})
    who = Person("Ana", registered=D(2025, 3, 7), cards=(Card("B", D(2027, 1, 1), None),))
    assert only(who, Kind.NATIONALITY_ELIGIBLE, rules=rules).date == D(2035, 3, 7)
    assert only(who, Kind.LONG_TERM_ELIGIBLE, rules=rules).date == D(2030, 3, 7)


# --- statuses, order, next ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_left", "status"),
    [(-1, Status.OVERDUE), (0, Status.DUE_SOON), (30, Status.DUE_SOON), (31, Status.UPCOMING)],
)
def test_status_boundaries(days_left: int, status: Status) -> None:
    assert status_for(TODAY + timedelta(days=days_left), False, TODAY, False) is status


def test_status_done_info_and_undated() -> None:
    past = TODAY - timedelta(days=5)
    assert status_for(past, True, TODAY, False) is Status.DONE
    assert status_for(past, True, TODAY, True) is Status.DONE
    assert status_for(past, False, TODAY, True) is Status.INFO
    assert status_for(None, False, TODAY, False) is Status.INFO


def test_due_soon_boundary_through_the_engine() -> None:
    card = Card("A", D(2025, 5, 10), TODAY + timedelta(days=60))  # closes 30 days from today
    got = card_rows(Person("Ana", cards=(card,)), "card-1")
    assert got[Kind.CARD_RENEWAL_CLOSES].status is Status.DUE_SOON
    assert got[Kind.CARD_RENEWAL_CLOSES].days_left == 30
    later = card_rows(Person("Ana", cards=(card,)), "card-1", TODAY - timedelta(days=1))
    assert later[Kind.CARD_RENEWAL_CLOSES].status is Status.UPCOMING


ANA = Person(
    "Ana Silva",
    reason="work",
    arrival=D(2025, 3, 3),
    registered=D(2025, 3, 7),
    visa=VISA,
    passport=Passport(D(2031, 5, 1)),
    cards=(Card("A", D(2025, 5, 10), D(2026, 5, 9)),),
    absences=(Absence(D(2025, 7, 1), D(2025, 7, 20), "holiday"),),
    documents=(
        Document("police_clearance", "obtained", D(2025, 1, 10)),
        Document("medical_certificate", "obtained", D(2025, 6, 1)),
    ),
)


def test_every_kind_of_a_work_record() -> None:
    # v2 added kinds this record does not trigger (trips over 3 months, moves, waiting
    # documents, applications, permanent residence); test_deadlines_v2 has one with all.
    assert kinds(ANA) == {
        Kind.REGISTRATION,
        Kind.VISA_EXPIRY,
        Kind.PASSPORT_VALIDITY,
        Kind.PASSPORT_EXPIRY,
        Kind.CARD_RENEWAL_OPENS,
        Kind.CARD_RENEWAL_CLOSES,
        Kind.CARD_EXPIRY,
        Kind.EMPLOYER_RENEWAL_OPENS,  # v2: an A card held for work
        Kind.EMPLOYER_RENEWAL_CLOSES,
        Kind.DOCUMENT_USABLE_UNTIL,
        Kind.LONG_TERM_ELIGIBLE,
        Kind.NATIONALITY_ELIGIBLE,
    }


def test_order_overdue_first_then_by_date_undated_last() -> None:
    got = rows(ANA)
    statuses = [d.status for d in got]
    overdue = statuses.count(Status.OVERDUE)
    assert overdue == 2 and set(statuses[:overdue]) == {Status.OVERDUE}
    dated = [d.date for d in got[overdue:] if d.date is not None]
    assert dated == sorted(dated)
    assert got[-1].date is None
    assert [d.kind for d in got[:overdue]] == [Kind.DOCUMENT_USABLE_UNTIL] * 2
    assert got[0].date == D(2025, 7, 10)  # the oldest overdue first


def test_every_row_cites_a_ruleset_rule() -> None:
    keys = {rule.key for rule in RULES}
    for row in rows(ANA):
        assert row.rule in keys
        assert row.rule == RULE_OF_KIND[row.kind]
        assert row.source == RULES[row.rule].citation
        assert row.explanation.endswith(row.source)
        assert row.title and row.person == "Ana Silva" and row.person_id == ANA.id


def test_next_deadline_is_the_oldest_overdue() -> None:
    chosen = next_deadline(rows(ANA))
    assert chosen is not None
    assert (chosen.kind, chosen.subject) == (Kind.DOCUMENT_USABLE_UNTIL, "police_clearance-1")


def test_next_deadline_skips_done_and_info() -> None:
    who = Person("Ana", arrival=D(2025, 3, 3), registered=D(2025, 3, 5))  # done + info rows
    assert next_deadline(rows(who)) is None
    card = Card("A", D(2025, 5, 10), D(2026, 5, 9))
    soon = next_deadline(rows(Person("Ana", registered=D(2025, 3, 5), cards=(card,))))
    assert soon is not None and soon.kind is Kind.CARD_RENEWAL_CLOSES  # opens is info
    assert next_deadline([]) is None


def test_all_deadlines_merges_people_in_order() -> None:
    ben = Person("Ben", arrival=D(2026, 1, 2))  # registration was due 10 January
    merged = all_deadlines([ANA, ben], RULES, TODAY)
    assert len(merged) == len(rows(ANA)) + len(rows(ben))
    ben_row = next(d for d in merged if d.person == "Ben" and d.kind is Kind.REGISTRATION)
    assert ben_row.status is Status.OVERDUE
    assert merged.index(ben_row) < 3
    assert [d.status for d in merged[:3]] == [Status.OVERDUE] * 3
