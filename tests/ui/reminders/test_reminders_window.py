"""Reminders inside the window: a banner per reminder with working buttons, one "While you
were away" list at start, and "Start at login" in Preferences."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QGroupBox
from pytestqt.qtbot import QtBot
from reminder_helpers import Clock, local
from shiboken6 import isValid

from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.model import Card, Person
from permit_tracker.reminders.autostart import XdgAutostart
from permit_tracker.reminders.notifier import Action
from permit_tracker.setting_keys import AUTOSTART_KEY, LEAD_DAYS_KEY
from permit_tracker.storage.store import Store
from permit_tracker.ui.reminders.banner import ReminderRow, ReminderStrip
from permit_tracker.ui.reminders.reminders_wiring import Reminders, StartAtLoginSection
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.desktop_app import DesktopApp
from permit_tracker.ui.shell.main_window import MainWindow

ANA = Person(
    name="Ana Silva",
    id="0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11",
    arrival=date(2025, 3, 3),
    registered=date(2025, 3, 7),
    cards=(Card("A", date(2025, 5, 10), date(2026, 6, 30)),),
)
CARD = f"{ANA.id}/card_expiry/card-1"


@pytest.fixture
def window(qapp: QApplication, store: Store, qtbot: QtBot) -> Iterator[MainWindow]:
    store.save_person(ANA)
    controller = Controller(store)
    controller.set_clock(lambda: date(2026, 5, 1))
    made = MainWindow(controller)
    qtbot.addWidget(made)
    made.show()
    yield made
    for banner in made.banners():  # banners leave before their window
        if isValid(banner):
            banner.deleteLater()
    settle()


@pytest.fixture
def clock() -> Clock:
    return Clock(local(2026, 5, 1, 8, 0))


@pytest.fixture
def reminders(
    window: MainWindow, data_dir: Path, clock: Clock, tmp_path: Path
) -> Iterator[Reminders]:
    made = DesktopApp(window, data_dir, False).add_reminders(
        clock=clock, tray_available=lambda: False, use_dbus=False,
        autostart=XdgAutostart(tmp_path / "config"),
    )  # fmt: skip
    made.service.tz = None  # the test clock gives UTC instants; local zone of the machine
    yield made
    made.shutdown()


def settle() -> None:
    """Run pending deletions (a deleted banner's holder in the window goes one step later)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def reminder_banners(window: MainWindow) -> list[ReminderRow]:
    """The reminders listed in the window (one strip holds them all: banners must not eat the
    window)."""
    settle()
    # isValid: the window may list a deleted banner until its holder goes (the banner slot
    # keeps it that long); only live banners count.
    strips = [b for b in window.banners() if isValid(b) and isinstance(b, ReminderStrip)]
    assert len(strips) <= 1  # one strip, never one banner per reminder
    return strips[0].rows() if strips else []


def test_a_due_reminder_shows_a_banner_whose_buttons_work(
    window: MainWindow, reminders: Reminders, clock: Clock, store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    store.set_setting(LEAD_DAYS_KEY, {k.value: [] for k in Kind if k is not Kind.CARD_EXPIRY})
    reminders.start()
    assert reminder_banners(window) == []
    clock.set(datetime(2026, 5, 1, 22, 0, tzinfo=UTC))  # past 09:00 local in any zone
    reminders.scheduler._wake()
    (row,) = reminder_banners(window)
    assert row.title.text() == "<b>Ana Silva: A card expires</b>"
    assert row.body.text() == "In 60 days: Tuesday 30 June 2026."

    opened: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_deadline", lambda p, k: opened.append((p, k)) or True)
    row.buttons[Action.OPEN].click()
    assert opened == [(ANA.id, CARD)]

    row.buttons[Action.SNOOZE].click()
    assert store.reminder_states()[f"{CARD}@60"].state == "snoozed"
    assert reminder_banners(window) == []  # withdrawn


def test_mark_done_from_the_banner_silences_the_deadline(
    window: MainWindow, reminders: Reminders, clock: Clock, store: Store, qtbot: QtBot
) -> None:
    store.set_setting(LEAD_DAYS_KEY, {k.value: [] for k in Kind if k is not Kind.CARD_EXPIRY})
    reminders.start()
    clock.set(datetime(2026, 5, 1, 22, 0, tzinfo=UTC))
    reminders.scheduler._wake()
    (row,) = reminder_banners(window)
    row.buttons[Action.DONE].click()
    states = store.reminder_states()
    assert {k: s.state for k, s in states.items()} == {
        f"{CARD}@{lead}": "done" for lead in (60, 30, 14, 7, 1)
    }
    qtbot.waitUntil(lambda: reminders.scheduler.next_due() is None)


def test_what_came_due_while_closed_is_listed_once_at_start(
    window: MainWindow, reminders: Reminders, clock: Clock
) -> None:
    # The 60-day reminder and the window's opening (40 days before, docs/rules.md: 21 May).
    clock.set(datetime(2026, 5, 22, 12, 0, tzinfo=UTC))
    shown = reminders.start()
    (strip,) = [b for b in window.banners() if isinstance(b, ReminderStrip)]
    assert sorted(r.notification.key for r in strip.rows()) == sorted(n.key for n in shown)
    assert {n.deadline_key for n in shown} == {CARD, f"{ANA.id}/card_renewal_opens/card-1"}
    # Issue 14: "While you were away" is for what passed meanwhile (the window opened on
    # 21 May), not for the card that expires in 39 days.
    assert [r.notification.deadline_key for r in strip.away_rows()] == [
        f"{ANA.id}/card_renewal_opens/card-1"
    ]
    assert not strip.expanded()  # one line with the count, expanding on demand
    reminders.scheduler._wake()
    assert len(strip.rows()) == 2  # nothing repeated


def test_start_at_login_in_preferences_writes_and_removes_the_entry(
    window: MainWindow, reminders: Reminders, tmp_path: Path, store: Store, data_dir: Path
) -> None:
    dialog = window.findChild(DesktopApp).preferences_dialog()  # as Edit ▸ Preferences… does
    try:
        boxes = [b for b in dialog.findChildren(QGroupBox) if b.title() == "Start at login"]
        assert len(boxes) == 1
        (section,) = boxes[0].findChildren(StartAtLoginSection)
        entry = tmp_path / "config" / "autostart" / "be.permittracker.PermitTracker.desktop"
        assert not section.checkbox.isChecked()
        section.checkbox.setChecked(True)
        assert entry.exists()
        assert f"--data-dir {data_dir.resolve()}" in entry.read_text()
        assert store.setting(AUTOSTART_KEY) is True
        assert str(entry) in section.note.text()
        section.checkbox.setChecked(False)
        assert not entry.exists() and store.setting(AUTOSTART_KEY) is False
    finally:
        dialog.deleteLater()


def test_start_at_login_failure_is_said_and_unticked(
    window: MainWindow, reminders: Reminders, tmp_path: Path
) -> None:
    (tmp_path / "config").write_text("not a directory")
    section = StartAtLoginSection(reminders)
    try:
        section.checkbox.setChecked(True)
        assert not section.checkbox.isChecked()
        assert "cannot write" in section.note.text()
    finally:
        section.deleteLater()


def test_the_sample_family_reminds_in_the_window_only(
    window: MainWindow, data_dir: Path, clock: Clock, tmp_path: Path
) -> None:
    made = DesktopApp(window, data_dir, True).add_reminders(
        clock=clock, tray_available=lambda: True, autostart=XdgAutostart(tmp_path / "config")
    )
    try:
        clock.set(datetime(2026, 5, 20, 12, 0, tzinfo=UTC))
        shown = made.start()
        assert shown and made.tray is None
        assert made.chain._factories[0]() is None  # no desktop notifications: banners only
        section = StartAtLoginSection(made)
        assert not section.checkbox.isEnabled()
        section.deleteLater()
    finally:
        made.shutdown()


def test_a_window_gone_without_shutdown_leaves_preferences_working(
    qapp: QApplication, store: Store, data_dir: Path, tmp_path: Path
) -> None:
    from permit_tracker.ui.preferences.preferences_dialog import PreferencesDialog

    controller = Controller(store)
    doomed = MainWindow(controller)
    DesktopApp(doomed, data_dir, False).add_reminders(
        tray_available=lambda: False, use_dbus=False, autostart=XdgAutostart(tmp_path / "config")
    )
    doomed.deleteLater()
    settle()
    dialog = PreferencesDialog(controller)  # nothing of the gone window's reminders in it
    try:
        assert not [b for b in dialog.findChildren(QGroupBox) if b.title() == "Start at login"]
    finally:
        dialog.deleteLater()
