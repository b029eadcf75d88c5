"""Issue 14 item 1: reminders planned before a deadline existed were never missed.

Entering on 1 Dec an arrival of 20 Nov gives one "overdue" reminder (not a "While you were
away" list), the why panel does not list 15–28 Nov as sent, and the banner leaves once the
registration is entered."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reminder_helpers import Clock
from shiboken6 import isValid

from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.model import Person
from permit_tracker.reminders import first_seen
from permit_tracker.reminders.autostart import XdgAutostart
from permit_tracker.reminders.service import ReminderService
from permit_tracker.storage.store import Store
from permit_tracker.ui.reminders.banner import ReminderStrip
from permit_tracker.ui.reminders.deadline_reminders import DeadlineReminders
from permit_tracker.ui.reminders.reminders_wiring import Reminders
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.desktop_app import DesktopApp
from permit_tracker.ui.shell.main_window import MainWindow

NEW = Person(
    name="Ana Silva", id="0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11", arrival=date(2026, 11, 20)
)
REGISTRATION = f"{NEW.id}/registration/"


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 12, 1, 13, 0, tzinfo=UTC))


@pytest.fixture
def window(qapp: QApplication, store: Store, qtbot: QtBot) -> Iterator[MainWindow]:
    controller = Controller(store)
    controller.set_clock(lambda: date(2026, 12, 1))
    made = MainWindow(controller)
    qtbot.addWidget(made)
    made.show()
    yield made
    for banner in made.banners():
        if isValid(banner):
            banner.deleteLater()
    settle()


@pytest.fixture
def reminders(
    window: MainWindow, data_dir: Path, clock: Clock, tmp_path: Path
) -> Iterator[Reminders]:
    made = DesktopApp(window, data_dir, False).add_reminders(
        clock=clock, tray_available=lambda: False, use_dbus=False,
        autostart=XdgAutostart(tmp_path / "config"),
    )  # fmt: skip
    made.service.tz = UTC
    yield made
    made.shutdown()


def rows(window: MainWindow) -> list:
    settle()
    strips = [b for b in window.banners() if isValid(b) and isinstance(b, ReminderStrip)]
    return strips[0].rows() if strips else []


def test_an_arrival_typed_late_gives_one_overdue_reminder_that_leaves_when_done(
    window: MainWindow, reminders: Reminders, clock: Clock, qtbot: QtBot
) -> None:
    controller = window.controller
    assert reminders.start() == []  # the app runs on the empty store first
    clock.advance(minutes=5)
    assert controller.add_person(NEW) == []
    qtbot.waitUntil(lambda: bool(rows(window)), timeout=3000)
    (row,) = rows(window)
    assert not row.notification.missed  # nothing was missed: it did not exist
    assert row.notification.deadline_key == REGISTRATION
    assert row.notification.body.startswith("Overdue")
    # The why panel lists the one reminder sent when it was entered, not 15–28 Nov.
    panel = DeadlineReminders(controller, window, tz=UTC)
    registration = next(d for d in controller.deadlines(NEW) if d.kind is Kind.REGISTRATION)
    panel.set_deadline(registration)
    lines = panel.planned_lines()
    assert lines[-1].endswith("already due when entered · sent"), lines
    earlier = [line for line in lines if "Nov" in line]
    assert earlier and all(line.endswith("· not sent: entered later") for line in earlier)
    # `remind` (same store, same plan) has nothing more to send.
    clock.advance(minutes=5)
    assert not ReminderService(controller.store, tz=UTC).due(clock.now)
    # Registering makes the banner go.
    assert controller.update_person(replace(NEW, registered=date(2026, 12, 1)), "register") == []
    qtbot.waitUntil(lambda: rows(window) == [], timeout=3000)


def test_a_new_deadline_keeps_the_reminders_still_to_come(store: Store) -> None:
    """Entered 10 days before its date: the 30-day reminder was never due; 7 and 1 come."""
    service = ReminderService(store, tz=UTC)
    now = datetime(2026, 12, 1, 13, 0, tzinfo=UTC)
    assert service.reminders(date(2026, 12, 1), now) == []  # the store is observed
    store.save_person(replace(NEW, arrival=date(2026, 12, 1)))
    leads = {r.deadline.key: r.lead for r in service.reminders(date(2026, 12, 1), now)}
    assert REGISTRATION in leads and not any(
        r.entered_late for r in service.reminders(date(2026, 12, 1), now)
    )
    assert not service.due(now)


def test_a_store_never_observed_keeps_what_was_missed(store: Store) -> None:
    """Filled before this record existed: a real "while you were away" is not lost."""
    store.save_person(NEW)
    record = first_seen.read(store.setting(first_seen.FIRST_SEEN_KEY, None))
    assert record is None
    service = ReminderService(store, tz=UTC)
    due = service.due(datetime(2026, 11, 27, 10, 0, tzinfo=UTC))
    assert [d.reminder.deadline.key for d in due.fire] == [REGISTRATION]
    assert not due.fire[0].reminder.entered_late
