"""French and German run about a third longer than English. Under a translator that makes
every text of the window 40 % longer, with German dates, the Dates & permits, Documents and
Travel pages of every demo person still fit an 800×600 window: no page is wider than the
room it has (a wider page grows a horizontal scroll bar on Dates & permits and is cut on the
right on Travel, whose horizontal scroll bar is off)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from permit_tracker.demo import demo_people
from permit_tracker.domain.continuity_eligibility import eligibility_date
from permit_tracker.domain.model import Person
from permit_tracker.storage.store import Store
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.main_window import MainWindow
from permit_tracker.ui.widgets.date_field import format_for_edit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DAY = date(2026, 11, 28)  # the screenshots' day: every status shows in the demo family
# Placeholders, plural and argument markers, tags, entities and mnemonics stay as they are.
_KEPT = re.compile(r"(\{[^}]*\}|%L?n|%\d|<[^>]+>|&[a-z]+;|&(?=\w))")


def longer(text: str) -> str:
    """Each word 40 % longer (rounded up), accented: "Valid until" -> "Vâlîdxx ûntîlxx"."""
    parts = _KEPT.split(text)
    for i in range(0, len(parts), 2):
        parts[i] = re.sub(
            r"[A-Za-z]+",
            lambda m: (
                m.group(0).translate(str.maketrans("aeiouAEIOU", "âéîõûÂÉÎÕÛ"))
                + "x" * math.ceil(len(m.group(0)) * 0.4)
            ),
            parts[i],
        )
    return "".join(parts)


class Longer(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return longer(source)

    def isEmpty(self) -> bool:
        return False


def test_the_stretch_keeps_what_code_fills_in() -> None:
    assert longer("Add &move") == "Âddxx &mõvéxx"
    assert longer("Valid until {day} (%n)") == "Vâlîdxx ûntîlxx {day} (%n)"
    assert longer("<b>{used} days</b>") == "<b>{used} dâysxx</b>"


@pytest.fixture
def longer_window(qtbot: QtBot, store: Store) -> Iterator[tuple[MainWindow, Controller]]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = Longer()
    app.installTranslator(translator)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Belgium))
    try:
        store.save_people(demo_people(DAY))
        controller = Controller(store)
        controller.set_clock(lambda: DAY)
        window = MainWindow(controller)
        qtbot.addWidget(window)
        window.resize(800, 600)
        window.show()
        qtbot.waitExposed(window)
        yield window, controller
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(previous)


def _type_a_long_trip(window: MainWindow, controller: Controller, person: Person) -> None:
    """Fill the trip form (nothing saved) with a trip long enough for the commune ticks."""
    eligible = eligibility_date(person, controller.ruleset()).date or DAY + timedelta(days=400)
    form = window.person_view.travel.form
    form.left_field.edit.setText(format_for_edit(eligible - timedelta(days=30)))
    form.returned_field.edit.setText(format_for_edit(eligible + timedelta(days=90)))
    form.note_edit.setText("Four months in Brazil")
    form.update_effect()


def _overflow(page: QWidget) -> int:
    """How many pixels the page asks beyond the room it has (0 when it fits)."""
    scroll = page.findChild(QScrollArea)
    if scroll is not None:
        content = scroll.widget()
        assert content is not None
        return max(0, content.minimumSizeHint().width() - scroll.viewport().width())
    return max(0, page.minimumSizeHint().width() - page.width())


def test_dates_documents_and_travel_fit_800_pixels_in_a_longer_language(
    qtbot: QtBot, longer_window: tuple[MainWindow, Controller]
) -> None:
    window, controller = longer_window
    view = window.person_view
    assert view.tabs.tabText(view.DATES).endswith("xx")  # the translator is in use
    too_wide = []
    for person in controller.people():
        controller.select(person.id)
        for name in ("dates", "documents", "travel"):
            page = getattr(view, name)
            view.tabs.setCurrentWidget(page)
            if name == "travel":
                _type_a_long_trip(window, controller, person)
            qtbot.wait(10)
            if (extra := _overflow(page)) > 0:
                too_wide.append(f"{person.name} {name}: {extra} px too wide")
    assert too_wide == []
