"""Helpers for the Travel, Timeline and Preferences GUI tests: a real store and controller
with a fixed clock, people with trips, and a dark palette."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QColor, QPalette

from permit_tracker.domain.model import Absence, Card, Person, Visa
from permit_tracker.storage.store import Store
from permit_tracker.ui.shell.controller import Controller

TODAY = date(2026, 11, 28)


@contextmanager
def controller_with(
    data_dir: Path, people: Sequence[Person], today: date = TODAY
) -> Iterator[Controller]:
    """The real Controller on a fresh store holding `people`, its clock fixed at `today`."""
    store = Store.open(data_dir)
    try:
        if people:
            store.save_people(people)
        controller = Controller(store)
        controller.set_clock(lambda: today)
        yield controller
    finally:
        store.close()


def resident(
    name: str = "Ana Silva", registered: date = date(2022, 1, 10), trips: Sequence[Absence] = ()
) -> Person:
    """Registered on `registered` (long-term eligibility 5 years later without trips)."""
    return Person(
        name=name,
        reason="work",
        arrival=registered - timedelta(days=3),
        registered=registered,
        visa=Visa("D", registered - timedelta(days=20), registered + timedelta(days=160)),
        cards=(Card("A", registered + timedelta(days=40), registered + timedelta(days=405)),),
        absences=tuple(trips),
    )


def many_trips(count: int, start: date = date(2019, 1, 5), every: int = 45) -> tuple[Absence, ...]:
    trips = []
    for i in range(count):
        left = start + timedelta(days=i * every)
        note = (
            f"Trip {i} to a place with a rather long name, for the layout" if i % 7 == 0 else None
        )
        trips.append(Absence(left, left + timedelta(days=2 + i % 6), note))
    return tuple(trips)


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
