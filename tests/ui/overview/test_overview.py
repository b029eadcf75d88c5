"""Overview: soonest first, countdowns, the why panel with rule and source, the headline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from permit_tracker.domain.deadline import Kind, Status
from permit_tracker.domain.deadlines import deadlines_for
from permit_tracker.domain.model import Card, Document, Move, Passport, Person, Visa
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.ui.overview.deadlines_model import DeadlinesModel
from permit_tracker.ui.overview.headline import headline_for
from permit_tracker.ui.overview.overview_tab import OverviewTab
from permit_tracker.ui.people.person_view import PersonView
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.formatting import countdown_text

ANA = Person(
    name="Ana Silva",
    reason="work",
    arrival=date(2025, 3, 3),  # today is Wed 5 March 2025: register by Tue 11 March
    visa=Visa("D", date(2025, 2, 20), date(2025, 8, 19)),
    passport=Passport(date(2031, 5, 1)),
)


pytestmark = pytest.mark.usefixtures("en_gb")


@pytest.fixture
def ana(controller: Controller) -> Person:
    assert controller.add_person(ANA) == []
    return controller.person(ANA.id)


def test_headline_for_the_issue_example(controller: Controller, ana: Person) -> None:
    headline = headline_for(controller.deadlines(ana), controller.today())
    assert headline.text == "Register at your commune by Tue, 11 March — 6 days left"
    assert headline.status is Status.DUE_SOON
    assert headline.deadline is not None and headline.deadline.kind is Kind.REGISTRATION


def test_headline_when_late_and_when_nothing_is_due(controller: Controller, ana: Person) -> None:
    controller.set_clock(lambda: date(2025, 3, 14))
    late = headline_for(controller.deadlines(ana), controller.today())
    assert late.text == "Register at your commune by Tue, 11 March — 3 days late"
    assert late.status is Status.OVERDUE
    assert late.detail.startswith("1 overdue")

    settled = Person(
        name="Rui",
        arrival=date(2020, 1, 1),
        registered=date(2020, 1, 3),
        cards=(Card("B", date(2020, 3, 1), None),),  # unlimited stay, no end recorded
    )

    def on(day: date, person: Person) -> list:
        return deadlines_for(person, Ruleset.default(), day)

    calm = headline_for(on(date(2024, 3, 14), settled), date(2024, 3, 14))
    assert calm.text == "Nothing to do now"
    assert calm.detail.startswith("Next milestone: Long-term residence (L card) possible on")
    reached = headline_for(on(date(2025, 3, 14), settled), date(2025, 3, 14))
    assert reached.detail.startswith("Long-term residence (L card) possible since Fri, 3 Jan")

    far = Person(name="Lu", passport=Passport(date(2031, 5, 1)))
    later = headline_for(on(date(2025, 3, 14), far), date(2025, 3, 14))
    # v2: with no application in sight passport validity is information, so the passport's
    # expiry is what the headline shows
    assert later.text.endswith("— in about 6 years")  # not "2239 days left"


def test_headline_without_dates_asks_for_arrival(controller: Controller) -> None:
    empty = headline_for([], controller.today())
    assert empty.status is None
    assert "arrival" in empty.text


def test_countdown_words() -> None:
    assert countdown_text(0) == "today"
    assert countdown_text(1) == "tomorrow"
    assert countdown_text(6) == "in 6 days"
    assert countdown_text(-1) == "1 day late"
    assert countdown_text(-3) == "3 days late"
    assert countdown_text(400) == "in about 13 months"
    assert countdown_text(1500) == "in about 4 years"


def test_overview_lists_soonest_first_and_hides_done(
    qtbot, controller: Controller, ana: Person
) -> None:
    tab = OverviewTab(controller)
    qtbot.addWidget(tab)
    tab.set_person(ana)
    model = tab.model
    kinds = [model.deadline(r).kind for r in range(model.rowCount())]
    assert kinds[0] is Kind.REGISTRATION
    dates = [model.deadline(r).date for r in range(model.rowCount())]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated)
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[DeadlinesModel.DATE] == "Tue, 11 Mar 2025"
    assert first[DeadlinesModel.WHEN] == "in 6 days"

    # Registering makes the row done: it leaves the list unless "Show done" is ticked.
    from dataclasses import replace

    assert controller.update_person(replace(ana, registered=date(2025, 3, 5)), "register") == []
    shown = {tab.model.deadline(r).kind for r in range(tab.model.rowCount())}
    assert Kind.REGISTRATION not in shown
    # v2: the passport now covers the next application (long-term), so that row is done too
    assert tab.show_done.text() == "Show done (2)"
    tab.show_done.setChecked(True)
    done_rows = [tab.model.deadline(r) for r in range(tab.model.rowCount())][-2:]  # done last
    assert {(d.kind, d.status) for d in done_rows} == {
        (Kind.REGISTRATION, Status.DONE),
        (Kind.PASSPORT_VALIDITY, Status.DONE),
    }


def test_why_panel_shows_rule_numbers_and_source(
    qtbot, controller: Controller, ana: Person
) -> None:
    tab = OverviewTab(controller)
    qtbot.addWidget(tab)
    tab.set_person(ana)
    text = tab.why.label.text()  # the first row is selected on showing a person
    assert "Register at the commune: 8 days" in text
    assert "href='https://www.commissioner.brussels/'" in text
    assert "not legal advice" in text
    assert "3 March 2025" in text  # the arrival the date was computed from

    visa_row = tab.model.row_of(f"{ana.id}/visa_expiry/")
    tab.table.selectRow(visa_row)
    assert "visa" in tab.why.label.text().lower()
    tooltip = tab.model.index(visa_row, DeadlinesModel.WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert "19 August 2025" in tooltip


def test_a_changed_rule_shows_in_dates_and_why_panel(
    qtbot, controller: Controller, ana: Person
) -> None:
    tab = OverviewTab(controller)
    qtbot.addWidget(tab)
    tab.set_person(ana)
    controller.set_rule_overrides({"registration_days": 15})
    assert tab.model.deadline(0).date == date(2025, 3, 18)
    assert "15 days (your setting; the default is 8 days)" in tab.why.label.text()
    controller.undo()
    assert tab.model.deadline(0).date == date(2025, 3, 11)


def test_show_deadline_focuses_the_row_even_when_done(
    qtbot, controller: Controller, ana: Person
) -> None:
    from dataclasses import replace

    controller.update_person(replace(ana, registered=date(2025, 3, 4)), "register")
    view = PersonView(controller)
    qtbot.addWidget(view)
    view.set_person(controller.person(ana.id))
    view.tabs.setCurrentIndex(PersonView.DATES)
    key = f"{ana.id}/registration/"
    assert view.show_deadline(key)
    assert view.tabs.currentIndex() == PersonView.OVERVIEW
    assert view.overview.show_done.isChecked()
    current = view.overview.table.currentIndex()
    assert view.overview.model.deadline(current.row()).key == key
    assert not view.show_deadline(f"{ana.id}/card_expiry/card-9")


def test_overview_follows_the_clock(qtbot, controller: Controller, ana: Person) -> None:
    view = PersonView(controller)
    qtbot.addWidget(view)
    view.set_person(ana)
    assert "6 days left" in view.headline.text.text()
    controller.set_clock(lambda: date(2025, 3, 5) + timedelta(days=1))  # a new day
    assert "5 days left" in view.headline.text.text()
    assert view.overview.model.index(0, DeadlinesModel.WHEN).data() == "in 5 days"


def test_headline_warns_when_the_day_falls_on_a_sunday(controller: Controller) -> None:
    sunday_due = Person(name="Lu", arrival=date(2025, 3, 8))  # + 8 days = Sun 16 March
    headline = headline_for(controller.deadlines(sunday_due), controller.today())
    assert headline.text == "Register at your commune by Sun, 16 March — 11 days left"
    assert headline.detail.startswith("⚠ falls on a Sunday: the commune may be closed, go earlier")


def test_headline_names_the_card_and_the_document_once() -> None:
    """The headline words its own sentence from the record's name (a fact of the row), never
    by cutting the engine's title: "Your EU card expires expires on …" came from that."""
    today = date(2026, 12, 1)
    rui = Person(
        name="Rui",
        citizenship="eu",
        arrival=date(2022, 1, 10),
        registered=date(2022, 1, 12),
        cards=(Card("EU", date(2022, 2, 1), date(2026, 12, 20), renewal_requested=today),),
    )
    headline = headline_for(deadlines_for(rui, Ruleset.default(), today), today)
    assert headline.text.startswith("Your EU card expires on "), headline.text
    assert "expires expires" not in headline.text


def test_headline_names_a_document_in_lower_case() -> None:
    today = date(2026, 12, 1)
    ines = Person(
        name="Inês",
        arrival=date(2026, 11, 1),
        registered=date(2026, 11, 3),
        documents=(Document("police_clearance", "obtained", date(2026, 6, 10)),),
    )
    headline = headline_for(deadlines_for(ines, Ruleset.default(), today), today)
    assert headline.text.startswith("Submit your police clearance by "), headline.text


def test_why_panel_says_a_unit_in_words(qtbot, controller: Controller) -> None:
    """ "8 working days", never the rule's unit code ("8 working_days")."""
    moved = controller.today() - timedelta(days=2)
    person = Person(name="Marta", arrival=date(2024, 1, 8), moves=(Move(moved),))
    assert controller.add_person(person) == []
    tab = OverviewTab(controller)
    qtbot.addWidget(tab)
    tab.set_person(controller.person(person.id))
    tab.table.selectRow(tab.model.row_of(f"{person.id}/address_declaration/move-1"))
    text = tab.why.label.text()
    assert "Declare a change of address: 8 working days" in text, text
    assert "working_days" not in text
