"""Issue 14 items 7 and 10 at the default window size: the Overview's titles fit, the tabs do
not jump between people, and the reminder editor's field is wide and says what the list
says."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from permit_tracker.demo import demo_people
from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.model import Person
from permit_tracker.reminders import first_seen
from permit_tracker.storage.store import Store
from permit_tracker.ui.overview.deadlines_model import DeadlinesModel
from permit_tracker.ui.reminders.deadline_reminders import parse_lead_text
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("en_gb"),
]
TODAY = date(2026, 12, 1)
DEFAULT_SIZE = (1120, 740)  # MainWindow._restore_geometry without a saved geometry


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def window_on(qtbot: QtBot, store: Store) -> MainWindow:
    controller = Controller(store)
    controller.set_clock(lambda: TODAY)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(*DEFAULT_SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_titles_fit_and_the_tabs_stay_put(qtbot: QtBot, store: Store) -> None:
    store.save_people(demo_people(TODAY))
    window = window_on(qtbot, store)
    controller = window.controller
    tab_tops = set()
    for person in controller.people():
        controller.select(person.id)
        settle()
        bar = window.person_view.tabs.tabBar()
        tab_tops.add(bar.mapTo(window, bar.rect().topLeft()).y())
        table = window.person_view.overview.table
        model = table.model()
        metrics = table.fontMetrics()
        for row in range(model.rowCount()):
            index = model.index(row, DeadlinesModel.WHAT)
            title = str(index.data())
            cell = table.visualRect(index)
            # The title laid out in its cell (wrapped) takes no more room than the cell has.
            bold = metrics  # bold rows are a little wider: allow for it below
            needed = bold.boundingRect(
                QRect(0, 0, cell.width() - 12, 10_000), Qt.TextFlag.TextWordWrap, title
            )
            assert needed.height() <= cell.height(), (person.name, title, cell)
            assert max(metrics.horizontalAdvance(w) for w in title.split()) < cell.width()
    assert len(tab_tops) == 1, tab_tops  # the headline wraps or not: the tabs do not move


def test_the_reminder_editor_is_wide_and_prefilled_like_the_list(
    qtbot: QtBot, store: Store
) -> None:
    # The app has run before on this store; an arrival of 26 Nov is then entered on 1 Dec:
    # the registration's 8-day reminder (26 Nov) was never due, 3 and 0 come.
    store.set_setting(first_seen.FIRST_SEEN_KEY, {})
    window = window_on(qtbot, store)
    from permit_tracker.reminders.service import ReminderService

    person = Person(name="Ana Silva", arrival=date(2026, 11, 26))
    store.save_person(person)
    window.controller.reload()
    ReminderService(store, tz=UTC).reminders(TODAY, datetime(2026, 12, 1, 8, tzinfo=UTC))
    window.controller.select(person.id)
    settle()
    overview = window.person_view.overview
    panel = overview.why.reminders
    assert panel is not None
    rows = [overview.model.deadline(r) for r in range(overview.model.rowCount())]
    target = next(r for r in rows if r.kind is Kind.REGISTRATION)
    overview.select_key(target.key)
    settle()
    panel.open_editor()
    settle()
    field_leads = parse_lead_text(panel.field.text())
    listed = panel.planned_lines()
    assert len(listed) == len(field_leads) == 3, (listed, panel.field.text())
    assert listed[0].endswith("· not sent: entered later")
    assert panel.field.width() >= panel.field.fontMetrics().horizontalAdvance("60, 30, 14, 7, 1")
    assert panel.field.width() >= panel.save_button.width()
