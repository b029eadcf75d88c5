"""Notifications reach a real freedesktop server (dunst on a private bus and display), with
the right title and body, their buttons come back, and `permit-tracker remind` sends once."""

from __future__ import annotations

import select
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from dunst_server import Dunst, running_dunst
from reminder_helpers import BRUSSELS, deadline

from permit_tracker import APP_NAME
from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.deadlines import all_deadlines
from permit_tracker.domain.model import Card, Person
from permit_tracker.reminders.dbus_notifier import DBusNotifier
from permit_tracker.reminders.notifier import Action, notification_for
from permit_tracker.reminders.plan import ReminderPlan, reminders_for
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.storage.store import Store

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
    env = {**dunst.env, "TZ": "Europe/Brussels"}
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
