"""The trip form says what a typed trip triggers (the engine's rows about that trip), offers
the commune ticks for a trip over 3 months and saves them; the Travel tab's newcomer text."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from ui_travel_helpers import TODAY, controller_with

from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.model import Absence, Card, Person, Provisional, Visa
from permit_tracker.ui.travel.travel_tab import TravelTab
from permit_tracker.ui.travel.trip_text import format_date
from permit_tracker.ui.travel.trips_model import TripsModel
from permit_tracker.ui.widgets.date_field import DateField
from permit_tracker.ui.widgets.formatting import date_text
from permit_tracker.ui.widgets.messages import message_color

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

CARD_ENDS = date(2027, 3, 1)


def worker() -> Person:
    """A non-EU worker whose A card ends on 1 March 2027 (TODAY is 28 Nov 2026)."""
    return Person(
        name="Ana Silva",
        citizenship="non_eu",
        reason="work",
        arrival=date(2024, 3, 1),
        registered=date(2024, 3, 4),
        visa=Visa("D", date(2024, 2, 1), date(2024, 8, 1)),
        cards=(Card("A", date(2024, 4, 1), CARD_ENDS, reason="work"),),
    )


def make_tab(qtbot, controller, person_id: str) -> TravelTab:
    tab = TravelTab(controller)
    qtbot.addWidget(tab)
    tab.set_person(controller.person(person_id))
    tab.resize(1000, 760)
    tab.show()
    return tab


def type_trip(qtbot, tab: TravelTab, left: str, returned: str) -> None:
    for field, text in ((tab.form.left_field, left), (tab.form.returned_field, returned)):
        assert isinstance(field, DateField)
        field.edit.clear()
        qtbot.keyClicks(field.edit, text)


def kinds(tab: TravelTab) -> set[Kind]:
    return {row.kind for row in tab.form.consequences}


def test_a_long_trip_shows_declaration_and_report_and_saves_the_ticks(
    qtbot, data_dir: Path
) -> None:
    person = worker()
    with controller_with(data_dir, [person]) as controller:
        tab = make_tab(qtbot, controller, person.id)
        form = tab.form
        # Two weeks: nothing to declare, no ticks.
        type_trip(qtbot, tab, "2027-01-10", "2027-01-24")
        assert not {Kind.DEPARTURE_DECLARATION, Kind.RETURN_REPORT} & kinds(tab)
        assert not form.declared_check.isVisibleTo(tab)
        # Exactly 3 months is not "more than 3 months"; one day more is.
        type_trip(qtbot, tab, "2026-12-05", "2027-03-05")
        assert Kind.DEPARTURE_DECLARATION not in kinds(tab)
        type_trip(qtbot, tab, "2026-12-05", "2027-03-06")
        assert {Kind.DEPARTURE_DECLARATION, Kind.RETURN_REPORT} <= kinds(tab)
        text = form.consequences_label.text()
        assert date_text(date(2026, 12, 4)) in text  # declare by the day before leaving
        assert date_text(date(2027, 3, 21)) in text  # report within 15 days of returning
        assert form.declared_check.isVisibleTo(tab) and form.reported_check.isVisibleTo(tab)
        assert controller.store.person(person.id).absences == ()  # typing saves nothing

        form.declared_check.setChecked(True)  # proposes today: declared before leaving
        assert form.declared_field.date() == TODAY
        declaration = next(r for r in form.consequences if r.kind is Kind.DEPARTURE_DECLARATION)
        assert declaration.status.value == "done"
        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
        saved = controller.store.person(person.id).absences
        assert saved == (Absence(date(2026, 12, 5), date(2027, 3, 6), None, declared=TODAY),)
        # The table offers the ticks for that trip; ticking "reported back" saves a date.
        tab._fill_table()
        assert not tab.table.isColumnHidden(TripsModel.DECLARED)
        index = tab.model.index(0, TripsModel.REPORTED)
        assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
        assert tab.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        assert controller.store.person(person.id).absences[0].reported_back == date(2027, 3, 6)
        # The date of a tick is edited in place (double-click: a date editor).
        declared = tab.model.index(0, TripsModel.DECLARED)
        assert tab.model.setData(declared, QDate(2026, 12, 1), Qt.ItemDataRole.EditRole)
        assert controller.store.person(person.id).absences[0].declared == date(2026, 12, 1)
        controller.undo()
        assert controller.store.person(person.id).absences[0].declared == TODAY
        controller.undo()
        assert controller.store.person(person.id).absences[0].reported_back is None
        controller.undo()
        assert controller.store.person(person.id).absences == ()


def test_a_trip_over_the_cards_expiry_says_renew_before_leaving(qtbot, data_dir: Path) -> None:
    person = worker()
    with controller_with(data_dir, [person]) as controller:
        tab = make_tab(qtbot, controller, person.id)
        type_trip(qtbot, tab, "2027-01-10", "2027-05-20")  # the card ends on 1 March
        assert Kind.RENEW_BEFORE_LEAVING in kinds(tab)
        renew = next(r for r in tab.form.consequences if r.kind is Kind.RENEW_BEFORE_LEAVING)
        assert renew.date == date(2027, 1, 9)
        assert renew.title in tab.form.consequences_label.text()
        type_trip(qtbot, tab, "2027-01-10", "2027-02-20")  # back before it ends
        assert Kind.RENEW_BEFORE_LEAVING not in kinds(tab)


def test_the_important_reason_tick_is_for_eu_citizens(qtbot, data_dir: Path) -> None:
    citizen = Person(
        name="Jan Peeters",
        citizenship="eu",
        reason="work",
        arrival=date(2024, 3, 1),
        registered=date(2024, 3, 20),
        cards=(Card("EU", date(2024, 5, 1), date(2029, 4, 30)),),
    )
    with controller_with(data_dir, [citizen, worker()]) as controller:
        tab = make_tab(qtbot, controller, citizen.id)
        type_trip(qtbot, tab, "2027-01-10", "2027-02-20")
        assert tab.form.important_check.isVisibleTo(tab)
        tab.form.important_check.setChecked(True)
        tab.form.request_add()
        assert controller.store.person(citizen.id).absences[0].important_reason
        other = next(p for p in controller.people() if p.name == "Ana Silva")
        tab.set_person(other)
        assert not tab.form.important_check.isVisibleTo(tab)


def test_newcomer_sees_days_so_far_not_a_past_window(qtbot, data_dir: Path) -> None:
    arrived = TODAY - timedelta(days=11)
    newcomer = Person(name="Inês Costa", reason="work", arrival=arrived)
    with controller_with(data_dir, [newcomer]) as controller:
        tab = make_tab(qtbot, controller, newcomer.id)
        text = tab.usage_label.text()
        assert "11 days of residence so far" in text
        assert format_date(arrived, False) in text
        window_end = date(2031, 11, 16)  # 17 Nov 2026 + 5 years - 1 day
        assert f"{format_date(arrived, False)} – {format_date(window_end, False)}" in text
        # Not a window reaching back before she came.
        assert "2021" not in text


def test_a_students_trip_does_not_ask_for_an_arrival_date(qtbot, data_dir: Path) -> None:
    """A student has no long-term date (no application while a student): the form says
    so instead of asking for an arrival that is recorded."""
    student = Person(
        name="Inês Costa",
        reason="study",
        arrival=date(2026, 9, 1),
        registered=date(2026, 9, 3),
        cards=(Card("A", date(2026, 10, 1), date(2027, 10, 31), reason="study"),),
    )
    with controller_with(data_dir, [student]) as controller:
        tab = make_tab(qtbot, controller, student.id)
        type_trip(qtbot, tab, "2027-01-10", "2027-01-24")
        text = tab.form.effect_label.text()
        assert "no date yet" in text
        assert "Record your arrival" not in text


def test_an_eu_citizens_travel_tab_counts_the_last_12_months(qtbot, data_dir: Path) -> None:
    citizen = Person(
        name="Jan Peeters",
        citizenship="eu",
        reason="work",
        arrival=date(2024, 3, 1),
        registered=date(2024, 3, 20),
        absences=(Absence(date(2026, 6, 1), date(2026, 6, 20)),),
    )
    with controller_with(data_dir, [citizen]) as controller:
        tab = make_tab(qtbot, controller, citizen.id)
        assert "20 absence days counted in the last 12 months" in tab.usage_label.text()
        assert "at most 182" in tab.usage_label.text()
        assert tab.usage_bar.value() == 20 and tab.usage_bar.maximum() == 182
        permanent = next(
            d
            for d in controller.deadlines(controller.person(citizen.id))
            if d.kind.value == "permanent_residence_eligible"
        )
        assert "Permanent residence possible from" in tab.eligibility_label.text()
        assert format_date(permanent.date) in tab.eligibility_label.text()
        # A trip says what it does to permanent residence, not to long-term status.
        type_trip(qtbot, tab, "2027-01-10", "2027-01-24")
        assert "permanent residence" in tab.form.effect_label.text()


def test_a_trip_on_a_waiting_document_or_too_long_says_so_in_red(qtbot, data_dir: Path) -> None:
    """A trip on an annex 15 alone (no card, the visa over) may mean no way back in; a
    trip over 12 months loses the right of return. Both are the engine's rows, in red."""
    waiting = Person(
        name="Inês Costa",
        reason="study",
        arrival=date(2026, 6, 1),
        registered=date(2026, 6, 5),
        visa=Visa("D", date(2026, 5, 20), date(2026, 9, 30)),
        provisional=(Provisional("annex_15", date(2026, 6, 5), date(2027, 1, 5)),),
    )
    with controller_with(data_dir, [waiting]) as controller:
        tab = make_tab(qtbot, controller, waiting.id)
        type_trip(qtbot, tab, "2026-12-20", "2027-01-03")
        assert Kind.TRAVEL_WARNING in kinds(tab)
        warning = next(r for r in tab.form.consequences if r.kind is Kind.TRAVEL_WARNING)
        text = tab.form.consequences_label.text()
        assert warning.title in text
        assert message_color(tab.form, "error") in text  # the hard ones in the error colour
        type_trip(qtbot, tab, "2027-02-01", "2028-03-01")  # 13 months away
        assert Kind.RETURN_BY in kinds(tab)
