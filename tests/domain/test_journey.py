"""The Journey steps (domain.journey): path, order, states and dates, without Qt."""

from __future__ import annotations

from datetime import date

from permit_tracker.domain.deadlines import deadlines_for
from permit_tracker.domain.journey import journey, path_of
from permit_tracker.domain.model import Application, Card, Person, Procedure, Visa
from permit_tracker.rules.ruleset import Ruleset

TODAY = date(2026, 12, 1)


def steps_of(person: Person) -> list:
    return journey(person, deadlines_for(person, Ruleset.default(), TODAY), TODAY)


def states(person: Person) -> dict[str, str]:
    return {s.key: s.state for s in steps_of(person)}


def test_non_eu_worker_who_just_arrived_must_register_next() -> None:
    worker = Person(
        name="Ana",
        citizenship="non_eu",
        reason="work",
        arrival=date(2026, 11, 28),
        visa=Visa("D", date(2026, 11, 1), date(2027, 4, 30)),
    )
    steps = steps_of(worker)
    keys = [s.key for s in steps]
    assert keys[:6] == [
        "visa",
        "arrival",
        "registration",
        "police_check",
        "card_application",
        "card_collected",
    ]
    assert keys[-2:] == ["long_term", "nationality"]
    by_key = {s.key: s for s in steps}
    assert by_key["visa"].state == by_key["arrival"].state == "done"
    registration = by_key["registration"]
    assert registration.state == "current"
    assert registration.title == "Register at the commune (annex 15)"
    assert registration.date == date(2026, 12, 6)  # arrival + 8 days, from the engine
    assert registration.checklist  # the file is handed in: the whole document checklist
    assert not by_key["arrival"].checklist
    assert all(s.state == "ahead" for s in steps[3:])
    assert all(s.source.startswith("https://") for s in steps)


def test_eu_citizen_has_no_visa_step_and_registers_with_annex_19() -> None:
    citizen = Person(name="Jan", citizenship="eu", reason="work", arrival=date(2026, 10, 1))
    steps = steps_of(citizen)
    assert path_of(citizen) == "eu"
    assert steps[0].key == "arrival"
    assert steps[1].title == "Register at the commune (annex 19)"
    assert steps[1].state == "current"


def test_procedure_dates_mark_steps_done_and_a_card_implies_the_chain() -> None:
    base = Person(name="Ana", arrival=date(2026, 9, 1), registered=date(2026, 9, 4), reason="study")
    checked = Person(
        name="Ana",
        arrival=base.arrival,
        registered=base.registered,
        reason="study",
        procedure=Procedure(police_check=date(2026, 9, 20)),
    )
    assert states(base)["police_check"] == "current"
    by_key = {s.key: s for s in steps_of(checked)}
    assert by_key["police_check"].state == "done"
    assert by_key["police_check"].date == date(2026, 9, 20)
    assert by_key["card_application"].state == "current"
    carded = Person(
        name="Ana",
        arrival=base.arrival,
        registered=base.registered,
        cards=(Card("A", date(2026, 10, 15), date(2027, 10, 14)),),
    )
    by_key = {s.key: s for s in steps_of(carded)}
    assert [by_key[k].state for k in ("police_check", "card_application", "card_collected")] == [
        "done"
    ] * 3
    assert by_key["card_collected"].date == date(2026, 10, 15)
    assert by_key["renewal-card-1"].state == "current"


def test_an_overdue_registration_is_late() -> None:
    late = Person(name="Ana", arrival=date(2026, 11, 1))
    registration = next(s for s in steps_of(late) if s.key == "registration")
    assert registration.state == "current" and registration.late


def test_a_procedure_date_ahead_is_an_appointment_not_done() -> None:
    booked = Person(
        name="Ana",
        arrival=date(2026, 11, 1),
        registered=date(2026, 11, 3),
        procedure=Procedure(police_check=date(2026, 11, 20), card_application=date(2026, 12, 8)),
    )
    by_key = {s.key: s for s in steps_of(booked)}
    assert by_key["police_check"].state == "done"
    application = by_key["card_application"]
    assert application.state == "current" and application.date == date(2026, 12, 8)


def test_eu_citizens_and_f_card_holders_head_for_permanent_residence() -> None:
    citizen = Person(
        name="Jan", citizenship="eu", arrival=date(2025, 3, 1), registered=date(2025, 3, 20)
    )
    spouse = Person(
        name="Rui",
        citizenship="non_eu",
        reason="family",
        arrival=date(2025, 3, 1),
        registered=date(2025, 3, 5),
        cards=(Card("F", date(2025, 5, 1), date(2030, 4, 30)),),
    )
    for person, card, annex in ((citizen, "EU+", "annex 19"), (spouse, "F+", "annex 19ter")):
        steps = steps_of(person)
        keys = [s.key for s in steps]
        assert keys[-1] == "nationality" and "permanent_residence" in keys
        assert "long_term" not in keys
        permanent = steps[keys.index("permanent_residence")]
        assert card in permanent.title
        assert permanent.deadline is not None and permanent.date == permanent.deadline.date
        assert f"({annex})" in next(s.title for s in steps if s.key == "registration")
    # The F card's renewal is the application for F+ (docs/rules.md).
    assert any(s.title.startswith("Apply for the F+ card") for s in steps_of(spouse))


def test_a_filed_application_marks_its_status_done_on_the_filing_date() -> None:
    citizen = Person(
        name="Rui",
        citizenship="eu",
        arrival=date(2021, 8, 28),
        registered=date(2021, 9, 27),
        applications=(Application("permanent_residence", date(2026, 11, 8)),),
    )
    by_key = {s.key: s for s in steps_of(citizen)}
    assert by_key["permanent_residence"].state == "done"
    assert by_key["permanent_residence"].date == date(2026, 11, 8)
    assert by_key["nationality"].state == "current"


def test_after_the_card_steps_come_in_date_order() -> None:
    spouse = Person(
        name="Marta",
        reason="family",
        arrival=date(2026, 2, 26),
        registered=date(2026, 3, 4),
        cards=(Card("F", date(2026, 5, 7), date(2031, 5, 6)),),
    )
    steps = steps_of(spouse)
    tail = steps[[s.key for s in steps].index("card_collected") + 1 : -1]
    dates = [s.date for s in tail]
    assert None not in dates and dates == sorted(dates)  # type: ignore[type-var]
