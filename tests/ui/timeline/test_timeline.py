"""The timeline: what it shows (as values), and that it paints, fits and reads in any theme."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QScrollArea, QToolTip
from ui_travel_helpers import TODAY, contrast, controller_with, dark_palette, many_trips, resident

from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.model import Absence, Card, Person
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.ui.timeline.timeline import TimelineTab
from permit_tracker.ui.timeline.timeline_data import build_journey
from permit_tracker.ui.timeline.timeline_view import HUES, TimelineView
from permit_tracker.ui.travel.trip_text import format_date

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    # The offscreen platform says so when windows and tooltips show; nothing is wrong.
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints", "This plugin does not support raise"
    ),
]

LONG_AWAY = Absence(date(2023, 2, 1), date(2023, 9, 1), "seven months away")  # interrupts
PLANNED = Absence(date(2027, 3, 1), date(2027, 3, 10), "planned")


def test_journey_cuts_residence_at_an_interrupting_absence() -> None:
    person = resident(trips=(Absence(date(2022, 5, 1), date(2022, 5, 9)), LONG_AWAY, PLANNED))
    journey = build_journey(person, [], Ruleset.default(), TODAY)
    residence = [(s.start, s.end, s.style) for s in journey.spans if s.lane == "residence"]
    assert residence == [
        (date(2022, 1, 10), date(2023, 1, 31), "residence"),
        (date(2023, 9, 1), TODAY, "residence"),
        (TODAY + timedelta(days=1), journey.end, "residence_future"),
    ]
    trips = {s.start: s.style for s in journey.spans if s.lane == "trips"}
    assert trips == {
        date(2022, 5, 1): "trip",
        date(2023, 2, 1): "trip_interrupts",
        date(2027, 3, 1): "trip_planned",
    }


def test_overlapping_cards_get_their_own_row() -> None:
    person = Person(
        name="Rui",
        registered=date(2024, 1, 1),
        cards=(
            Card("A", date(2024, 2, 1), date(2025, 1, 31)),
            Card("B", date(2025, 1, 1), date(2030, 1, 1)),  # issued before the A card ended
            Card("K", date(2030, 1, 2), date(2040, 1, 1)),
        ),
    )
    journey = build_journey(person, [], Ruleset.default(), TODAY)
    rows = {s.label: s.row for s in journey.spans if s.lane == "cards"}
    assert rows == {"A card": 0, "B card": 1, "K card": 0}
    assert journey.rows("cards") == 2
    styles = {s.label: s.style for s in journey.spans if s.lane == "cards"}
    assert styles["B card"] == "card_unlimited" and styles["A card"] == "card"


def test_milestones_come_from_the_deadlines(qtbot, data_dir: Path) -> None:
    person = resident(trips=(PLANNED,))
    with controller_with(data_dir, [person]) as controller:
        deadlines = controller.deadlines(controller.person(person.id))
        journey = build_journey(person, deadlines, controller.ruleset(), TODAY)
        by_style = {m.style: m.day for m in journey.milestones}
        long_term = next(d for d in deadlines if d.kind is Kind.LONG_TERM_ELIGIBLE)
        assert by_style["long_term"] == long_term.date == date(2027, 1, 10)
        assert by_style["today"] == TODAY
        assert "nationality" not in by_style  # no unlimited card yet: no date to show
        assert journey.start <= date(2022, 1, 1) and journey.end > date(2027, 3, 10)


def test_nothing_dated_gives_an_empty_picture(qtbot, data_dir: Path) -> None:
    person = Person(name="New")
    assert build_journey(person, [], Ruleset.default(), TODAY).empty
    with controller_with(data_dir, [person]) as controller:
        tab = TimelineTab(controller)
        qtbot.addWidget(tab)
        tab.set_person(controller.person(person.id))
        assert tab.view.journey().empty
        assert not tab.grab().toImage().isNull()
        assert tab.view.accessibleDescription() == "No dates recorded yet."


def _tab(qtbot, controller, person: Person, width: int, height: int = 700) -> TimelineTab:
    tab = TimelineTab(controller)
    qtbot.addWidget(tab)
    tab.set_person(controller.person(person.id))
    tab.resize(width, height)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("width", [400, 800, 1280])
def test_fifty_trips_paint_and_fit_the_width(qtbot, data_dir: Path, width: int, dark: bool) -> None:
    person = resident(
        name="Maria da Conceição Albuquerque de Vasconcelos e Sá Pereira dos Santos",
        registered=date(2018, 6, 1),
        trips=many_trips(50),
    )
    with controller_with(data_dir, [person]) as controller:
        tab = _tab(qtbot, controller, person, width)
        if dark:
            tab.setPalette(dark_palette())
        scroll = tab.findChild(QScrollArea)
        # Once the layout settles, the picture is never wider than what shows of it.
        qtbot.waitUntil(lambda: tab.view.width() <= scroll.viewport().width())
        assert not scroll.horizontalScrollBar().isVisible()
        assert tab.view.height() >= tab.view.heightForWidth(tab.view.width())
        image = tab.grab().toImage()
        assert not image.isNull()
        assert len([s for s in tab.view.journey().spans if s.lane == "trips"]) == 50
        # The picture's background is the palette's base colour (readable in dark mode).
        base = tab.view.palette().color(QPalette.ColorRole.Base)
        pixel = image.pixelColor(tab.view.mapTo(tab, QPoint(tab.view.width() - 3, 3)))
        assert pixel == base


def test_narrow_widths_wrap_the_legend_instead_of_scrolling(qtbot) -> None:
    person = resident(trips=(LONG_AWAY, PLANNED, Absence(date(2022, 5, 1), date(2022, 5, 9))))
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_journey(build_journey(person, [], Ruleset.default(), TODAY))
    assert view.heightForWidth(400) > view.heightForWidth(1280)
    assert view.minimumSizeHint().width() <= 400


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_bar_colours_stand_out_from_the_background(qtbot, palette: str) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    if palette == "dark":
        view.setPalette(dark_palette())
    base = view.palette().color(QPalette.ColorRole.Base)
    for style in HUES:
        if style in ("residence_future", "trip_planned"):
            continue  # pale on purpose, drawn with a dashed outline in the full colour
        assert contrast(view.colour(style), base) >= 3.0, style


def test_tooltip_over_a_trip_names_its_dates(qtbot, data_dir: Path) -> None:
    trip = Absence(date(2024, 3, 1), date(2024, 4, 30), "Spring in Lisbon")
    person = resident(trips=(trip,))
    with controller_with(data_dir, [person]) as controller:
        tab = _tab(qtbot, controller, person, 1000)
        tab.grab()  # paints, which records what lies where
        view = tab.view
        point = view.position_of(date(2024, 4, 1), "trips")
        text = view.tooltip_at(point)
        assert text is not None
        assert format_date(trip.left) in text and "Spring in Lisbon" in text
        event = QHelpEvent(QEvent.Type.ToolTip, point.toPoint(), view.mapToGlobal(point.toPoint()))
        QApplication.sendEvent(view, event)
        assert "Spring in Lisbon" in QToolTip.text()
        QToolTip.hideText()
        milestone = view.tooltip_at(view.position_of(date(2027, 1, 10), "visa"))
        assert milestone is not None and format_date(date(2027, 1, 10)) in milestone


def test_accessible_description_tells_the_story(qtbot, data_dir: Path) -> None:
    person = resident(trips=(LONG_AWAY, PLANNED))
    with controller_with(data_dir, [person]) as controller:
        tab = _tab(qtbot, controller, person, 800)
        text = tab.view.accessibleDescription()
        assert "2 trips abroad, 1 of them planned" in text
        assert format_date(date(2028, 9, 1)) in text  # long-term, after the interruption
        assert tab.view.accessibleName()
        assert format_date(date(2028, 9, 1)) in tab.key_dates.text()


def test_tab_follows_undo(qtbot, data_dir: Path) -> None:
    person = resident()
    with controller_with(data_dir, [person]) as controller:
        tab = _tab(qtbot, controller, person, 800)
        stored = controller.person(person.id)
        controller.update_person(replace(stored, absences=(PLANNED,)), "Add trip")
        assert any(s.lane == "trips" for s in tab.view.journey().spans)
        controller.undo()
        assert not any(s.lane == "trips" for s in tab.view.journey().spans)
