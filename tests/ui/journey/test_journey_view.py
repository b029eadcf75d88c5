"""The Journey tab: a person's steps (done, current, ahead) and the procedure dates set from
it, saved through the controller and undoable."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_travel_helpers import TODAY, controller_with

from permit_tracker.domain.model import Person, Procedure, Visa
from permit_tracker.ui.journey.journey_view import JourneyView
from permit_tracker.ui.people.person_view import PersonView
from permit_tracker.ui.widgets.formatting import date_text

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def make_view(qtbot, controller, person_id: str) -> JourneyView:
    view = JourneyView(controller)
    qtbot.addWidget(view)
    view.set_person(controller.person(person_id))
    view.resize(800, 560)
    view.show()
    return view


def states(view: JourneyView) -> dict[str, str]:
    return {row.step.key: row.step.state for row in view.rows}


def test_a_newly_arrived_non_eu_worker_must_register_next(qtbot, data_dir: Path) -> None:
    arrived = TODAY - timedelta(days=3)
    worker = Person(
        name="Ana Silva",
        citizenship="non_eu",
        reason="work",
        arrival=arrived,
        visa=Visa("D", arrived - timedelta(days=20), arrived + timedelta(days=160)),
    )
    with controller_with(data_dir, [worker]) as controller:
        view = make_view(qtbot, controller, worker.id)
        keys = [row.step.key for row in view.rows]
        assert keys[:6] == [
            "visa",
            "arrival",
            "registration",
            "police_check",
            "card_application",
            "card_collected",
        ]
        assert keys[-2:] == ["long_term", "nationality"]
        assert states(view)["visa"] == states(view)["arrival"] == "done"
        assert states(view)["registration"] == "current"
        assert all(states(view)[k] == "ahead" for k in keys[3:])
        registration = view.row("registration")
        assert registration.is_open() and registration.details.isVisibleTo(view)
        assert not view.row("police_check").details.isVisibleTo(view)
        # Where they stand, in one line: the step, its deadline (arrival + 8 days).
        summary = view.summary.text()
        assert "Step 3 of" in summary and "annex 15" in summary
        assert date_text(arrived + timedelta(days=8)) in summary
        # The Documents tab's checklist for the reason, with where each document stands.
        assert registration.bring is not None
        bring = registration.bring.text()
        assert "Work permit" in bring
        assert "Visa ✓" in bring  # entered on Dates & permits
        assert "Police clearance certificate (missing)" in bring
        assert "https://" in registration.source.text()
        # A click opens another step.
        qtbot.mouseClick(view.row("police_check").title, Qt.MouseButton.LeftButton)
        assert view.row("police_check").details.isVisibleTo(view)


def test_an_eu_citizen_has_no_visa_and_registers_with_annex_19(qtbot, data_dir: Path) -> None:
    citizen = Person(
        name="Jan Peeters", citizenship="eu", reason="work", arrival=TODAY - timedelta(days=20)
    )
    with controller_with(data_dir, [citizen]) as controller:
        view = make_view(qtbot, controller, citizen.id)
        assert view.rows[0].step.key == "arrival"
        registration = view.row("registration")
        assert "annex 19" in registration.step.title
        assert registration.step.state == "current"
        assert registration.bring is not None
        assert "Visa" not in registration.bring.text()  # EU citizens need none


def test_setting_a_procedure_date_saves_and_undo_restores(qtbot, data_dir: Path) -> None:
    person = Person(
        name="Ana Silva",
        reason="study",
        arrival=TODAY - timedelta(days=30),
        registered=TODAY - timedelta(days=27),
    )
    with controller_with(data_dir, [person]) as controller:
        view = make_view(qtbot, controller, person.id)
        assert states(view)["police_check"] == "current"
        row = view.row("police_check")
        assert row.editor is not None
        checked = TODAY - timedelta(days=5)
        row.editor.edit.clear()
        qtbot.keyClicks(row.editor.edit, checked.isoformat())
        qtbot.mouseClick(row.save, Qt.MouseButton.LeftButton)
        assert controller.store.person(person.id).procedure == Procedure(police_check=checked)
        assert states(view)["police_check"] == "done"
        assert states(view)["card_application"] == "current"
        assert date_text(checked) in view.row("police_check").when.text()
        controller.undo()
        assert controller.store.person(person.id).procedure is None
        assert states(view)["police_check"] == "current"
        controller.redo()
        assert states(view)["police_check"] == "done"


def test_the_journey_is_a_tab_of_the_person_view(qtbot, data_dir: Path) -> None:
    person = Person(name="Ana Silva", arrival=TODAY - timedelta(days=3))
    with controller_with(data_dir, [person]) as controller:
        view = PersonView(controller)
        qtbot.addWidget(view)
        view.set_person(controller.person(person.id))
        assert view.tabs.widget(view.JOURNEY) is view.journey
        assert view.journey.person() is not None
        assert "Register at the commune" in view.journey.summary.text()


def test_dates_read_in_any_year(qtbot, data_dir: Path) -> None:
    """A date years ahead keeps its year (the countdown says how far)."""
    person = Person(name="Ana Silva", arrival=date(2026, 1, 5), registered=date(2026, 1, 7))
    with controller_with(data_dir, [person]) as controller:
        view = make_view(qtbot, controller, person.id)
        assert "2031" in view.row("long_term").when.text()


def test_a_milestone_already_reached_reads_possible_since_not_late(qtbot, data_dir: Path) -> None:
    resident = Person(name="Ana Silva", arrival=date(2020, 1, 5), registered=date(2020, 1, 7))
    with controller_with(data_dir, [resident]) as controller:
        view = make_view(qtbot, controller, resident.id)
        long_term = view.row("long_term")
        assert long_term.step.date is not None and long_term.step.date < TODAY
        assert long_term.when.text().startswith("Possible since")
        assert "late" not in long_term.when.text()
