"""TripsModel: a well-behaved Qt model whose edits go through the real controller."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from ui_travel_helpers import TODAY, controller_with, many_trips, resident

from permit_tracker.domain.continuity_eligibility import eligibility_date
from permit_tracker.domain.model import Absence
from permit_tracker.ui.travel.trips_model import SORT_ROLE, TripsModel

# Registered 10 Jan 2022: long-term eligibility 10 Jan 2027 without trips.
STRADDLING = Absence(date(2027, 1, 5), date(2027, 1, 15), "New year away")
PAST = Absence(date(2024, 7, 1), date(2024, 7, 20), "holiday")
UNDATED = Absence(date(2025, 3, 1), None, "return date unknown")

pytestmark = pytest.mark.usefixtures("qapp")  # the controller needs a QApplication


def _model(controller, person_id: str) -> TripsModel:
    model = TripsModel()
    model.set_commit(controller.update_person)
    model.set_person(controller.person(person_id), controller.ruleset(), controller.today())
    controller.changed.connect(
        lambda: model.set_person(
            controller.person(person_id), controller.ruleset(), controller.today()
        )
    )
    return model


def test_model_passes_qtmodeltester(qtmodeltester, data_dir: Path) -> None:
    person = resident(trips=(STRADDLING, PAST, UNDATED))
    with controller_with(data_dir, [person]) as controller:
        model = _model(controller, person.id)
        qtmodeltester.check(model)
        model.set_person(None, controller.ruleset(), TODAY)
        qtmodeltester.check(model)


def test_model_with_fifty_trips_passes_qtmodeltester(qtmodeltester, data_dir: Path) -> None:
    person = resident(registered=date(2018, 6, 1), trips=many_trips(50))
    with controller_with(data_dir, [person]) as controller:
        model = _model(controller, person.id)
        assert model.rowCount() == 50
        qtmodeltester.check(model)


def test_rows_sorted_with_days_phase_and_effect(data_dir: Path) -> None:
    person = resident(trips=(STRADDLING, PAST, UNDATED))
    with controller_with(data_dir, [person]) as controller:
        model = _model(controller, person.id)
        lefts = [model.index(r, TripsModel.LEFT).data(SORT_ROLE) for r in range(3)]
        assert lefts == ["2024-07-01", "2025-03-01", "2027-01-05"]
        days = [model.index(r, TripsModel.DAYS).data() for r in range(3)]
        assert days == ["20", "—", "11"]  # both travel days count
        phases = [model.index(r, TripsModel.WHEN).data() for r in range(3)]
        assert phases == ["past", "abroad now", "planned"]
        # On 10 Jan 2027 she is abroad: she may apply on the 16th, the day after she is back.
        assert model.index(2, TripsModel.EFFECT).data() == "+6 days"
        assert model.index(2, TripsModel.EFFECT).data(SORT_ROLE) == 6
        assert "+6 days" in model.index(2, TripsModel.EFFECT).data(Qt.ItemDataRole.ToolTipRole)
        assert model.index(0, TripsModel.EFFECT).data() == "no change"


def test_only_dates_and_note_are_editable(data_dir: Path) -> None:
    person = resident(trips=(PAST,))
    with controller_with(data_dir, [person]) as controller:
        model = _model(controller, person.id)
        editable = {
            c
            for c in range(model.columnCount())
            if model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable
        }
        assert editable == {TripsModel.LEFT, TripsModel.RETURNED, TripsModel.NOTE}


def test_edit_saves_and_undo_restores(data_dir: Path) -> None:
    person = resident(trips=(PAST, STRADDLING))
    with controller_with(data_dir, [person]) as controller:
        model = _model(controller, person.id)
        before = eligibility_date(controller.person(person.id), controller.ruleset()).date
        assert before == date(2027, 1, 16)
        # Come back on 8 January instead: she is home on the 10th again.
        assert model.setData(model.index(1, TripsModel.RETURNED), QDate(2027, 1, 8))
        stored = controller.store.person(person.id)
        assert stored.absences[1] == Absence(date(2027, 1, 5), date(2027, 1, 8), "New year away")
        assert eligibility_date(stored, controller.ruleset()).date == date(2027, 1, 10)
        assert model.index(1, TripsModel.RETURNED).data(SORT_ROLE) == "2027-01-08"
        controller.undo()
        assert controller.store.person(person.id).absences[1] == STRADDLING
        assert model.index(1, TripsModel.RETURNED).data(SORT_ROLE) == "2027-01-15"


def test_note_edit(data_dir: Path) -> None:
    person = resident(trips=(PAST,))
    with controller_with(data_dir, [person]) as controller:
        model = _model(controller, person.id)
        assert model.setData(model.index(0, TripsModel.NOTE), "  Porto  ")
        assert controller.store.person(person.id).absences[0].note == "Porto"


def test_return_before_departure_is_refused_and_nothing_saved(qtbot, data_dir: Path) -> None:
    person = resident(trips=(PAST, STRADDLING))
    with controller_with(data_dir, [person]) as controller:
        model = _model(controller, person.id)
        with qtbot.waitSignal(model.edit_refused) as refused:
            ok = model.setData(model.index(0, TripsModel.RETURNED), QDate(2024, 6, 30))
        assert not ok
        assert "before the departure" in refused.args[0]
        assert controller.store.person(person.id) == person
        assert controller.undo_stack.count() == 0


def test_overlap_is_refused_and_names_the_other_trip(qtbot, data_dir: Path) -> None:
    person = resident(trips=(PAST, STRADDLING))
    with controller_with(data_dir, [person]) as controller:
        model = _model(controller, person.id)
        with qtbot.waitSignal(model.edit_refused) as refused:
            ok = model.setData(model.index(1, TripsModel.LEFT), QDate(2024, 7, 15))
        assert not ok
        assert "overlaps" in refused.args[0]
        assert model.index(0, TripsModel.LEFT).data() in refused.args[0]
        assert controller.store.person(person.id) == person
        assert controller.undo_stack.count() == 0


def test_impossible_year_is_refused(qtbot, data_dir: Path) -> None:
    person = resident(trips=(PAST,))
    with controller_with(data_dir, [person]) as controller:
        model = _model(controller, person.id)
        with qtbot.waitSignal(model.edit_refused) as refused:
            assert not model.setData(model.index(0, TripsModel.RETURNED), date(1025, 1, 1))
        assert "between 1900 and 2200" in refused.args[0]
        assert controller.store.person(person.id) == person


def test_delete_rows_in_one_undoable_step(data_dir: Path) -> None:
    person = resident(trips=(PAST, UNDATED, STRADDLING))
    with controller_with(data_dir, [person]) as controller:
        model = _model(controller, person.id)
        assert model.remove_rows_of([0, 2])
        assert controller.store.person(person.id).absences == (UNDATED,)
        assert model.rowCount() == 1
        assert controller.undo_stack.count() == 1
        controller.undo()
        assert controller.store.person(person.id).absences == (PAST, UNDATED, STRADDLING)
        assert model.rowCount() == 3
