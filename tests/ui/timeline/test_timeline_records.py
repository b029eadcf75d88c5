"""The timeline draws what is known: a visa with only its end, waiting
documents on their own lane, and moves as markers with their declaration."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from ui_travel_helpers import TODAY, controller_with, dark_palette

from permit_tracker.domain.model import Application, Move, Person, Provisional, Visa
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.ui.timeline.timeline import TimelineTab
from permit_tracker.ui.timeline.timeline_data import build_journey
from permit_tracker.ui.timeline.timeline_view import TimelineView
from permit_tracker.ui.travel.trip_text import format_date

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

NEWCOMER = Person(name="Ana", arrival=date(2026, 11, 20), visa=Visa(None, None, date(2027, 2, 19)))


def test_a_visa_with_only_its_end_is_drawn_open_ended() -> None:
    journey = build_journey(NEWCOMER, [], Ruleset.default(), TODAY)
    [visa] = [s for s in journey.spans if s.lane == "visa"]
    assert visa.open_start and not visa.open_end
    assert (visa.start, visa.end) == (journey.start, date(2027, 2, 19))
    assert visa.tooltip == f"Visa: valid until {format_date(date(2027, 2, 19))} (start not entered)"
    # Only the start known: the bar runs to the right edge.
    started = replace(NEWCOMER, visa=Visa("D", date(2026, 11, 1), None))
    [visa] = [s for s in build_journey(started, [], Ruleset.default(), TODAY).spans
              if s.lane == "visa"]  # fmt: skip
    assert visa.open_end and not visa.open_start and visa.start == date(2026, 11, 1)
    # A backwards range is not drawn (validation refuses it anyway).
    backwards = replace(NEWCOMER, visa=Visa("D", date(2027, 3, 1), date(2027, 2, 1)))
    assert not [s for s in build_journey(backwards, [], Ruleset.default(), TODAY).spans
                if s.lane == "visa"]  # fmt: skip


def test_an_eu_citizen_has_no_visa_lane_unless_a_visa_is_recorded() -> None:
    eu = replace(NEWCOMER, citizenship="eu", visa=None)
    assert "visa" not in build_journey(eu, [], Ruleset.default(), TODAY).lanes()
    assert "visa" in build_journey(NEWCOMER, [], Ruleset.default(), TODAY).lanes()
    with_visa = replace(eu, visa=Visa("C", date(2026, 11, 1), date(2027, 1, 30)))
    assert "visa" in build_journey(with_visa, [], Ruleset.default(), TODAY).lanes()


def test_waiting_documents_get_their_own_lane_only_when_there_are_some() -> None:
    assert "waiting" not in build_journey(NEWCOMER, [], Ruleset.default(), TODAY).lanes()
    person = replace(
        NEWCOMER,
        provisional=(
            Provisional("annex_15", date(2026, 11, 24), date(2027, 3, 23)),
            Provisional("orange_card", date(2026, 12, 1), None),
        ),
    )
    journey = build_journey(person, [], Ruleset.default(), TODAY)
    assert journey.lanes() == ("residence", "visa", "waiting", "cards", "trips")
    waiting = [(s.label, s.start, s.open_end) for s in journey.spans if s.lane == "waiting"]
    assert waiting == [
        ("Annex 15", date(2026, 11, 24), False),
        ("Orange card", date(2026, 12, 1), True),
    ]


def test_moves_are_markers_that_say_whether_they_were_declared() -> None:
    person = replace(
        NEWCOMER,
        moves=(Move(date(2026, 11, 25), date(2026, 11, 27)), Move(date(2026, 12, 10))),
    )
    journey = build_journey(person, [], Ruleset.default(), TODAY)
    assert [(m.day, m.style) for m in journey.markers] == [
        (date(2026, 11, 25), "move"),
        (date(2026, 12, 10), "move_undeclared"),
    ]
    assert "declared at the commune on" in journey.markers[0].tooltip
    assert "Moved on" in journey.description()
    assert journey.end is not None and journey.end > date(2026, 12, 10)


def test_key_dates_name_applications_and_the_expected_decision(qtbot, data_dir: Path) -> None:
    person = replace(NEWCOMER, applications=(Application("long_term", date(2026, 10, 1)),))
    with controller_with(data_dir, [person]) as controller:
        tab = TimelineTab(controller)
        qtbot.addWidget(tab)
        tab.set_person(controller.person(person.id))
        text = tab.key_dates.text()
        assert "Applied: Long-term resident status" in text
        expected = next(
            d for d in controller.deadlines(person) if d.kind.value == "decision_expected"
        )
        assert expected.date is not None and format_date(expected.date) in text


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_open_bars_markers_and_waiting_lane_paint_with_tooltips(qtbot, dark: bool) -> None:
    person = replace(
        NEWCOMER,
        provisional=(Provisional("annex_15", date(2026, 11, 24), date(2027, 3, 23)),),
        moves=(Move(date(2027, 1, 15)),),
    )
    view = TimelineView()
    qtbot.addWidget(view)
    if dark:
        view.setPalette(dark_palette())
    view.set_journey(build_journey(person, [], Ruleset.default(), TODAY))
    view.resize(900, view.heightForWidth(900))
    assert not view.grab().toImage().isNull()  # paints, which records what lies where
    tip = view.tooltip_at(view.position_of(date(2027, 1, 1), "visa"))
    assert tip is not None and "valid until" in tip
    tip = view.tooltip_at(view.position_of(date(2027, 2, 1), "waiting"))
    assert tip is not None and tip.startswith("Annex 15")
    tip = view.tooltip_at(view.position_of(date(2027, 1, 15), "residence"))
    assert tip is not None and tip.startswith(f"Moved on {format_date(date(2027, 1, 15))}")
