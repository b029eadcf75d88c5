"""Notifications reach a real freedesktop server (dunst on a private bus and display), with
the right title and body, their buttons come back, and `permit-tracker remind` sends once."""

from __future__ import annotations

import select
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from dunst_server import Dunst, running_dunst
from pytestqt.qtbot import QtBot
from reminder_helpers import BRUSSELS, Clock, deadline, local

from permit_tracker import APP_NAME
from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.deadlines import all_deadlines
from permit_tracker.domain.model import Card, Person
from permit_tracker.reminders.dbus_notifier import DBusNotifier, icon_file
from permit_tracker.reminders.notifier import Action, notification_for
from permit_tracker.reminders.plan import ReminderPlan, reminders_for
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.storage.store import Store
from permit_tracker.ui.reminders.reminders_wiring import Reminders
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.desktop_app import DesktopApp
from permit_tracker.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.dbus


@pytest.fixture(scope="module")
def dunst(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dunst]:
    with running_dunst(tmp_path_factory.mktemp("dunst")) as server:
        yield server


def wait_for(notifier: DBusNotifier, condition: object, timeout: float = 5.0) -> None:
    deadline_at = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline_at:  # type: ignore[operator]
        select.select([notifier.fileno()], [], [], 0.2)
        notifier.process_events()


def test_notification_arrives_with_title_and_body(dunst: Dunst) -> None:
    dunst.clear()
    reminder = reminders_for([deadline()], ReminderPlan(), BRUSSELS)[1]  # 30 days before
    notification = notification_for(reminder, date(2026, 5, 31))
    notifier = DBusNotifier(address=dunst.address)
    try:
        assert notifier.supports_actions  # dunst advertises "actions"
        assert notifier.notify(notification)
    finally:
        notifier.close()
    history = dunst.history()
    assert len(history) == 1
    assert history[0]["summary"] == "Ana Silva: Residence card expires"
    assert history[0]["body"] == "In 30 days: Tuesday 30 June 2026."
    assert history[0]["appname"] == APP_NAME


def test_buttons_come_back_as_actions_and_closing_is_noticed(dunst: Dunst) -> None:
    dunst.clear()
    reminder = reminders_for([deadline()], ReminderPlan(), BRUSSELS)[0]
    notifier = DBusNotifier(address=dunst.address)
    pressed: list[tuple[str, Action]] = []
    notifier.on_action = lambda key, action: pressed.append((key, action))
    try:
        notifier.notify(notification_for(reminder, date(2026, 5, 1)))
        dunst.press("Snooze 1 day")
        wait_for(notifier, lambda: pressed)
        assert pressed == [(reminder.key, Action.SNOOZE)]
        assert notifier.shown_keys == [reminder.key]
        dunst.ctl("close-all")
        wait_for(notifier, lambda: not notifier.shown_keys)
        assert notifier.shown_keys == []
    finally:
        notifier.close()


def test_remind_command_sends_each_reminder_once(dunst: Dunst, tmp_path: Path) -> None:
    dunst.clear()
    data_dir = tmp_path / "data"
    ana = Person(
        name="Ana Silva",
        arrival=date(2025, 3, 3),
        registered=date(2025, 3, 7),
        cards=(Card("A", date(2025, 5, 10), date(2026, 6, 30)),),
    )
    with Store.open(data_dir) as store:
        store.save_person(ana)
    repo = Path(__file__).resolve().parents[2]  # importable even without an installed package
    env = {**dunst.env, "TZ": "Europe/Brussels", "PYTHONPATH": str(repo)}
    command = [sys.executable, "-m", "permit_tracker", "remind", "--data-dir", str(data_dir)]
    for now in ("2026-05-01T09:00", "2026-05-01T09:15", "2026-05-02T09:00"):
        done = subprocess.run(
            [*command, "--now", now], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
    history = dunst.history()
    (card,) = [
        d
        for d in all_deadlines([ana], Ruleset.with_overrides({}), date(2026, 5, 1))
        if d.kind is Kind.CARD_EXPIRY
    ]
    assert [(h["summary"], h["body"]) for h in history] == [
        (f"Ana Silva: {card.title}", "In 60 days: Tuesday 30 June 2026.")
    ]
    with Store.open(data_dir) as store:
        states = store.reminder_states()
    assert {k: s.state for k, s in states.items()} == {f"{ana.id}/card_expiry/card-1@60": "fired"}


# -- the desktop app on a real server ---------------------------------------------------------


@pytest.mark.qt_log_ignore(r"No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_the_app_notifies_once_and_nothing_is_lost_or_repeated_over_a_suspend(
    dunst: Dunst, qapp: object, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's "done when": with the app in the tray and a reminder due in two minutes,
    the notification reaches the server once; a suspend loses and repeats nothing."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", dunst.address)
    dunst.clear()
    store = Store.open(tmp_path / "data")
    ana = Person(
        name="Ana Silva",
        arrival=date(2025, 3, 3),
        registered=date(2025, 3, 7),
        cards=(Card("A", date(2025, 5, 10), date(2026, 6, 30)),),
    )
    store.save_person(ana)
    controller = Controller(store)
    controller.set_clock(lambda: date(2026, 5, 1))
    window = MainWindow(controller)
    qtbot.addWidget(window)
    clock = Clock(local(2026, 5, 1, 8, 58))  # the card's 60-day reminder is two minutes away

    def launch() -> Reminders:
        app = DesktopApp(window, tmp_path / "data", False).add_reminders(
            clock=clock, tray_available=lambda: True
        )
        app.service.tz = BRUSSELS
        app.start()
        return app

    def wake(at: datetime) -> None:
        clock.set(at)
        running.scheduler._wake()

    running = launch()
    try:
        assert running.tray is not None
        assert dunst.history() == []
        wake(local(2026, 5, 1, 8, 59))
        assert dunst.history() == []
        wake(local(2026, 5, 1, 9, 0))
        card_title = f"Ana Silva: {running.service.reminders(date(2026, 5, 1))[0].deadline.title}"
        assert [(h["summary"], h["body"]) for h in dunst.history()] == [
            (card_title, "In 60 days: Tuesday 30 June 2026.")
        ]
        for minute in (1, 2, 30):
            wake(local(2026, 5, 1, 9, minute))
        assert len(dunst.history()) == 1

        # Suspended from 1 May 09:30 to 22 May 09:30: the renewal window opened on the 21st
        # (40 days before the card's end, docs/rules.md).
        wake(local(2026, 5, 22, 9, 30))
        opens_key = f"{ana.id}/card_renewal_opens/card-1@0"
        assert store.reminder_states()[opens_key].state == "fired"
        dunst.press("Snooze 1 day")  # pressed on the real server, back over D-Bus
        qtbot.waitUntil(lambda: store.reminder_states()[opens_key].state == "snoozed")
        history = dunst.history()
        assert len(history) == 2
        assert history[0]["body"] == "Yesterday: Thursday 21 May 2026."
        wake(local(2026, 5, 22, 9, 31))
        assert len(dunst.history()) == 2
    finally:
        running.shutdown()

    running = launch()  # a restart on the same store repeats nothing
    try:
        clock.set(local(2026, 5, 22, 9, 32))
        assert len(dunst.history()) == 2
        wake(local(2026, 5, 23, 9, 31))  # the snooze ends: it comes back, once
        history = dunst.history()
        assert len(history) == 3 and history[0]["body"] == "2 days ago: Thursday 21 May 2026."
        wake(local(2026, 5, 23, 9, 40))
        assert len(dunst.history()) == 3
    finally:
        running.shutdown()
        store.close()


# -- what a desktop notification shows: icon, buttons, summary, clean titles -----------------


def test_the_icon_image_is_sent_and_open_is_not_repeated_as_a_button(dunst: Dunst) -> None:
    dunst.clear()
    reminder = reminders_for([deadline()], ReminderPlan(), BRUSSELS)[1]
    notifier = DBusNotifier(address=dunst.address)
    try:
        notification = notification_for(reminder, date(2026, 5, 31))
        actions = notifier._actions(notification)
        labels = actions[1::2]
        assert actions[0] == "default" and labels.count("Open") == 1, actions
        assert labels == ["Open", "Snooze 1 day", "Mark done"]
        assert notifier.notify(notification)
    finally:
        notifier.close()
    (shown,) = dunst.history()
    icon = icon_file()
    assert icon is not None and icon.is_file()
    assert shown["icon_path"] == str(icon)  # the image, found without any icon theme


def test_a_tab_or_newline_in_a_name_never_reaches_the_title(dunst: Dunst) -> None:
    dunst.clear()
    reminder = reminders_for([deadline(person="Ana\tMaria\nSilva ")], ReminderPlan(), BRUSSELS)[1]
    notifier = DBusNotifier(address=dunst.address)
    try:
        notifier.notify(notification_for(reminder, date(2026, 5, 31)))
    finally:
        notifier.close()
    assert dunst.history()[0]["summary"] == "Ana Maria Silva: Residence card expires"


def test_more_than_three_due_at_once_is_one_summary(dunst: Dunst, tmp_path: Path) -> None:
    dunst.clear()
    data_dir = tmp_path / "data"
    people = [
        Person(
            name=f"Person {n}",
            arrival=date(2025, 3, 3),
            registered=date(2025, 3, 7),
            cards=(Card("A", date(2025, 5, 10), date(2026, 6, 30)),),
        )
        for n in range(5)
    ]
    with Store.open(data_dir) as store:
        for person in people:
            store.save_person(person)
    repo = Path(__file__).resolve().parents[2]
    env = {**dunst.env, "TZ": "Europe/Brussels", "PYTHONPATH": str(repo)}
    command = [sys.executable, "-m", "permit_tracker", "remind", "--data-dir", str(data_dir)]
    done = subprocess.run(
        [*command, "--now", "2026-05-01T09:00"], env=env, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (summary,) = dunst.history()
    assert summary["summary"] == "5 deadlines need attention"
    assert "Person 0: " in summary["body"] and "Open Permit Tracker" in summary["body"]
    # What was sent is said, one line each (cron mails it; a terminal shows it).
    assert done.stdout.startswith("Sent 5 reminders (as one summary notification):")
    assert done.stdout.count("In 60 days") == 5
    with Store.open(data_dir) as store:
        assert len(store.reminder_states()) == 5  # each recorded: none sent twice
