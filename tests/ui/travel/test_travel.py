"""The Travel tab with the real controller: add, live effect, undo, refusals, in-place edits."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDateEdit
from ui_travel_helpers import controller_with, many_trips, resident

from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.model import Absence
from permit_tracker.ui.travel.travel_tab import TravelTab
from permit_tracker.ui.travel.trip_text import format_date
from permit_tracker.ui.travel.trips_model import TripsModel
from permit_tracker.ui.widgets.date_field import DateField

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    # The offscreen platform says so whenever a window is shown; nothing is wrong.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

PAST = Absence(date(2024, 7, 1), date(2024, 7, 20), "holiday")


def long_term(controller, person_id: str) -> date | None:
    person = controller.person(person_id)
    return next(d.date for d in controller.deadlines(person) if d.kind is Kind.LONG_TERM_ELIGIBLE)


def make_tab(qtbot, controller, person_id: str) -> TravelTab:
    tab = TravelTab(controller)
    qtbot.addWidget(tab)
    tab.set_person(controller.person(person_id))
    tab.resize(1000, 700)
    tab.show()
    return tab


def type_date(qtbot, field: DateField, text: str) -> None:
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)


def test_summary_shows_days_used_left_and_rollout(qtbot, data_dir: Path) -> None:
    person = resident(trips=(PAST,))
    with controller_with(data_dir, [person]) as controller:
        tab = make_tab(qtbot, controller, person.id)
        assert "20 absence days used, 280 left" in tab.usage_label.text()
        assert tab.usage_bar.value() == 20
        assert tab.usage_bar.maximum() == 300
        # The first day of that trip leaves the 5-year window on 1 July 2029.
        assert format_date(date(2029, 7, 1)) in tab.rollout_label.text()
        assert format_date(date(2027, 1, 10)) in tab.eligibility_label.text()


def test_planned_trip_moves_eligibility_live_then_add_and_undo(qtbot, data_dir: Path) -> None:
    person = resident()
    with controller_with(data_dir, [person]) as controller:
        tab = make_tab(qtbot, controller, person.id)
        assert long_term(controller, person.id) == date(2027, 1, 10)
        form = tab.form
        type_date(qtbot, form.left_field, "2027-01-05")
        type_date(qtbot, form.returned_field, "2027-01-1")  # the 1st: before she leaves
        assert "before the departure" in form.problem_label.text()
        assert not form.effect_label.isVisibleTo(tab)
        qtbot.keyClicks(form.returned_field.edit, "1")  # the 11th: abroad on the 10th
        assert not form.problem_label.isVisibleTo(tab)
        assert form.effect_label.isVisibleTo(tab)
        assert "(+2 days)" in form.effect_label.text()
        qtbot.keyClick(form.returned_field.edit, Qt.Key.Key_Backspace)
        qtbot.keyClicks(form.returned_field.edit, "5")  # the 15th
        expected = (
            f"from {format_date(date(2027, 1, 10))} to {format_date(date(2027, 1, 16))} (+6 days)"
        )
        assert expected in form.effect_label.text()
        assert controller.store.person(person.id).absences == ()  # typing saves nothing

        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
        assert controller.store.person(person.id).absences == (
            Absence(date(2027, 1, 5), date(2027, 1, 15)),
        )
        assert long_term(controller, person.id) == date(2027, 1, 16)
        assert tab.model.rowCount() == 1
        assert format_date(date(2027, 1, 16)) in tab.eligibility_label.text()

        controller.undo()
        assert long_term(controller, person.id) == date(2027, 1, 10)
        assert tab.model.rowCount() == 0
        assert format_date(date(2027, 1, 10)) in tab.eligibility_label.text()
        controller.redo()
        assert long_term(controller, person.id) == date(2027, 1, 16)


def test_interrupting_trip_says_counting_restarts(qtbot, data_dir: Path) -> None:
    person = resident()
    with controller_with(data_dir, [person]) as controller:
        tab = make_tab(qtbot, controller, person.id)
        type_date(qtbot, tab.form.left_field, "2023-01-01")
        type_date(qtbot, tab.form.returned_field, "2023-08-01")
        text = tab.form.effect_label.text()
        assert "interrupt your residence" in text
        assert f"counting restarts on {format_date(date(2023, 8, 1))}" in text
        assert format_date(date(2028, 8, 1)) in text  # five years after the return


def test_return_before_departure_is_shown_and_nothing_saved(qtbot, data_dir: Path) -> None:
    person = resident(trips=(PAST,))
    with controller_with(data_dir, [person]) as controller:
        tab = make_tab(qtbot, controller, person.id)
        type_date(qtbot, tab.form.left_field, "2027-02-10")
        type_date(qtbot, tab.form.returned_field, "2027-02-01")
        assert tab.form.problem_label.isVisibleTo(tab)
        assert "before the departure" in tab.form.problem_label.text()
        assert not tab.form.add_button.isEnabled()
        assert not tab.form.effect_label.isVisibleTo(tab)
        qtbot.keyClick(tab.form.note_edit, Qt.Key.Key_Return)  # Enter in the note: refused too
        assert controller.store.person(person.id) == person
        assert controller.undo_stack.count() == 0


def test_overlapping_trip_is_refused_with_the_other_trip_named(qtbot, data_dir: Path) -> None:
    person = resident(trips=(PAST,))
    with controller_with(data_dir, [person]) as controller:
        tab = make_tab(qtbot, controller, person.id)
        type_date(qtbot, tab.form.left_field, "2024-07-15")
        type_date(qtbot, tab.form.returned_field, "2024-08-02")
        text = tab.form.problem_label.text()
        assert "overlaps" in text and format_date(date(2024, 7, 1), False) in text
        tab.form.request_add()
        assert controller.store.person(person.id) == person


def test_impossible_year_is_refused_next_to_the_field(qtbot, data_dir: Path) -> None:
    person = resident()
    with controller_with(data_dir, [person]) as controller:
        tab = make_tab(qtbot, controller, person.id)
        type_date(qtbot, tab.form.returned_field, "20025-01-01")
        tab.form.request_add()
        assert tab.form.returned_field.has_error()
        assert "20025" in tab.form.returned_field.error_text()
        assert controller.store.person(person.id) == person


def _open_editor(qtbot, tab: TravelTab, row: int, column: int) -> QDateEdit:
    index = tab.model.index(row, column)
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.indexWidget(index)
    assert isinstance(editor, QDateEdit)
    return editor


def test_edit_in_place_shows_effect_live_and_saves(qtbot, data_dir: Path) -> None:
    person = resident(trips=(PAST, Absence(date(2026, 12, 20), date(2027, 1, 2), "away")))
    with controller_with(data_dir, [person]) as controller:
        tab = make_tab(qtbot, controller, person.id)
        editor = _open_editor(qtbot, tab, 1, TripsModel.RETURNED)
        editor.setDate(editor.date().addDays(10))  # 12 January: over the 10th
        assert "(+3 days)" in tab.table_message.text()
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop
        qtbot.waitUntil(lambda: controller.undo_stack.count() == 1)
        assert controller.store.person(person.id).absences[1].returned == date(2027, 1, 12)
        assert long_term(controller, person.id) == date(2027, 1, 13)
        assert not tab.table_message.isVisibleTo(tab)


def test_edit_in_place_refused_keeps_the_reason(qtbot, data_dir: Path) -> None:
    person = resident(trips=(PAST, Absence(date(2026, 12, 20), date(2027, 1, 2), "away")))
    with controller_with(data_dir, [person]) as controller:
        tab = make_tab(qtbot, controller, person.id)
        editor = _open_editor(qtbot, tab, 1, TripsModel.LEFT)
        editor.setDate(editor.date().addYears(-2).addDays(-160))  # into the July 2024 trip
        assert "overlaps" in tab.table_message.text()
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: tab.table.indexWidget(tab.model.index(1, TripsModel.LEFT)) is None)
        assert tab.table_message.isVisibleTo(tab)
        assert "overlaps" in tab.table_message.text()
        assert controller.store.person(person.id) == person
        assert controller.undo_stack.count() == 0


def test_delete_key_removes_selected_trip_and_undo_restores(qtbot, data_dir: Path) -> None:
    person = resident(trips=(PAST, Absence(date(2026, 12, 20), date(2027, 1, 2), "away")))
    with controller_with(data_dir, [person]) as controller:
        tab = make_tab(qtbot, controller, person.id)
        assert not tab.delete_button.isEnabled()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        rows = QItemSelectionModel.SelectionFlag.Rows
        tab.table.selectionModel().select(tab.model.index(0, 0), flags | rows)
        assert tab.delete_button.isEnabled()
        tab.table.setFocus()
        qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
        assert controller.store.person(person.id).absences == (person.absences[1],)
        controller.undo()
        assert controller.store.person(person.id).absences == person.absences


@pytest.mark.parametrize("size", [(1280, 800), (800, 600), (400, 600)])
def test_fifty_trips_and_a_long_name_render(qtbot, data_dir: Path, size: tuple[int, int]) -> None:
    person = resident(
        name="Maria da Conceição Albuquerque de Vasconcelos e Sá Pereira dos Santos",
        registered=date(2018, 6, 1),
        trips=many_trips(50),
    )
    with controller_with(data_dir, [person]) as controller:
        tab = make_tab(qtbot, controller, person.id)
        tab.resize(*size)
        image = tab.grab().toImage()
        assert not image.isNull()
        assert tab.model.rowCount() == 50


def test_no_person_disables_editing(qtbot, data_dir: Path) -> None:
    with controller_with(data_dir, []) as controller:
        tab = TravelTab(controller)
        qtbot.addWidget(tab)
        tab.set_person(None)
        assert not tab.form.isEnabled()
        assert tab.model.rowCount() == 0
        assert "Select a person" in tab.usage_label.text()
