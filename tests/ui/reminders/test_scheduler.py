"""The GUI scheduler with a controlled wall clock: due exactly once, snooze, dismiss, a
three-day suspend, a date edit, a restart, a pause, and a bounded timer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from reminder_helpers import BRUSSELS, Clock, local

from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.model import Card, Person
from permit_tracker.reminders.notifier import Action, Notification, Notifier
from permit_tracker.reminders.service import ReminderService
from permit_tracker.setting_keys import ENABLED_KEY, LEAD_DAYS_KEY
from permit_tracker.storage.store import Store
from permit_tracker.ui.reminders.scheduler import MAX_WAIT_MS, ReminderScheduler

ANA = Person(
    name="Ana Silva",
    id="0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11",
    arrival=date(2025, 3, 3),
    registered=date(2025, 3, 7),
    cards=(Card("A", date(2025, 5, 10), date(2026, 6, 30)),),  # leads 60, 30, 14, 7, 1
)
CARD = f"{ANA.id}/card_expiry/card-1"


class Recorder(Notifier):
    name = "recorder"

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Notification] = []
        self.withdrawn: list[str] = []

    def notify(self, notification: Notification) -> bool:
        self.shown.append(notification)
        return True

    def withdraw(self, key: str) -> None:
        self.withdrawn.append(key)

    def keys(self) -> list[str]:
        return [n.key for n in self.shown]


@pytest.fixture
def ana_store(store: Store) -> Store:
    """Ana, with only her card's expiry reminded (the renewal window has reminders of its
    own, which would only crowd these tests)."""
    store.save_person(ANA)
    store.set_setting(LEAD_DAYS_KEY, {k.value: [] for k in Kind if k is not Kind.CARD_EXPIRY})
    return store


@pytest.fixture
def clock() -> Clock:
    return Clock(local(2026, 5, 1, 8, 58))  # two minutes before the 60-day reminder


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def make(store: Store, clock: Clock, notifier: Notifier) -> ReminderScheduler:
    return ReminderScheduler(ReminderService(store, tz=BRUSSELS), notifier, clock=clock)


@pytest.fixture
def scheduler(
    qapp: object, ana_store: Store, clock: Clock, recorder: Recorder
) -> Iterator[ReminderScheduler]:
    made = make(ana_store, clock, recorder)
    yield made
    made.stop()


def wake_at(scheduler: ReminderScheduler, clock: Clock, when: datetime) -> None:
    """What the timer does when it fires (after a suspend it fires late: same code)."""
    clock.set(when)
    scheduler._wake()


def test_due_exactly_once_within_the_bounded_wait(
    scheduler: ReminderScheduler, clock: Clock, recorder: Recorder
) -> None:
    assert scheduler.start() == []
    assert scheduler.next_due() == local(2026, 5, 1, 9, 0)
    assert scheduler.interval_ms() == MAX_WAIT_MS  # two minutes away: wake after one
    wake_at(scheduler, clock, local(2026, 5, 1, 8, 59))
    assert scheduler.interval_ms() == 60_000 and recorder.shown == []
    wake_at(scheduler, clock, local(2026, 5, 1, 9, 0))
    assert recorder.keys() == [f"{CARD}@60"]
    assert recorder.shown[0].body == "In 60 days: Tuesday 30 June 2026."
    assert not recorder.shown[0].missed
    for minutes in (1, 2, 60, 600):
        wake_at(scheduler, clock, local(2026, 5, 1, 9, 0) + timedelta(minutes=minutes))
    assert len(recorder.shown) == 1


def test_timer_waits_for_the_due_time_when_it_is_close(
    scheduler: ReminderScheduler, clock: Clock
) -> None:
    clock.set(local(2026, 5, 1, 8, 59) + timedelta(seconds=30))
    scheduler.start()
    assert scheduler.interval_ms() == 30_000


def test_a_fired_reminder_is_not_repeated_after_a_restart(
    qapp: object, ana_store: Store, clock: Clock, scheduler: ReminderScheduler,
    recorder: Recorder,
) -> None:  # fmt: skip
    scheduler.start()
    wake_at(scheduler, clock, local(2026, 5, 1, 9, 0))
    scheduler.stop()
    again = Recorder()
    clock.set(local(2026, 5, 1, 9, 30))
    restarted = make(ana_store, clock, again)
    assert restarted.start() == []
    assert again.shown == []
    restarted.stop()


def test_what_came_due_while_closed_is_shown_at_start_as_missed(
    scheduler: ReminderScheduler, clock: Clock, recorder: Recorder
) -> None:
    clock.set(local(2026, 5, 3, 18, 0))
    shown = scheduler.start()
    # Shown at start; not "while you were away" (nothing was missed): the card is still 58
    # days ahead.
    assert [n.key for n in shown] == [f"{CARD}@60"] and not shown[0].missed
    assert shown[0].body == "In 58 days: Tuesday 30 June 2026."
    # Closed again past the card's date: its last reminder is caught up as missed.
    restarted = make(scheduler.service.store, clock, recorder)
    clock.set(local(2026, 7, 2, 10, 0))
    later = restarted.start()
    assert [n.key for n in later] == [f"{CARD}@1"] and later[0].missed
    restarted.stop()


def test_snooze_brings_it_back_a_day_later_once(
    scheduler: ReminderScheduler, clock: Clock, recorder: Recorder
) -> None:
    scheduler.start()
    wake_at(scheduler, clock, local(2026, 5, 1, 9, 0))
    clock.set(local(2026, 5, 1, 9, 5))
    scheduler.act(f"{CARD}@60", Action.SNOOZE)
    assert recorder.withdrawn == [f"{CARD}@60"]
    wake_at(scheduler, clock, local(2026, 5, 2, 9, 4))
    assert len(recorder.shown) == 1
    wake_at(scheduler, clock, local(2026, 5, 2, 9, 5))
    assert recorder.keys() == [f"{CARD}@60", f"{CARD}@60"]
    wake_at(scheduler, clock, local(2026, 5, 3, 9, 5))
    assert len(recorder.shown) == 2


def test_dismiss_and_done(scheduler: ReminderScheduler, clock: Clock, recorder: Recorder) -> None:
    scheduler.start()
    wake_at(scheduler, clock, local(2026, 5, 1, 9, 0))
    scheduler.act(f"{CARD}@60", Action.DISMISS)
    wake_at(scheduler, clock, local(2026, 5, 2, 9, 0))
    assert scheduler.next_due() == local(2026, 5, 31, 9, 0)  # later ones still come
    wake_at(scheduler, clock, local(2026, 5, 31, 9, 0))
    assert recorder.keys() == [f"{CARD}@60", f"{CARD}@30"]
    scheduler.act(f"{CARD}@30", Action.DONE)
    wake_at(scheduler, clock, local(2026, 6, 1, 9, 0))
    assert scheduler.next_due() is None
    for day in (16, 23, 29, 30):
        wake_at(scheduler, clock, local(2026, 6, day, 9, 0))
    assert len(recorder.shown) == 2


def test_a_three_day_suspend_fires_what_was_missed_once(
    scheduler: ReminderScheduler, clock: Clock, recorder: Recorder
) -> None:
    clock.set(local(2026, 5, 30, 23, 0))
    scheduler.start()  # the 60-day reminder, missed while closed
    assert recorder.keys() == [f"{CARD}@60"]
    # Suspended at 23:00 for three days: the 30-day reminder (31 May) came due meanwhile.
    wake_at(scheduler, clock, local(2026, 6, 2, 23, 0))
    assert recorder.keys() == [f"{CARD}@60", f"{CARD}@30"]
    assert not recorder.shown[1].missed  # the app was running: a plain reminder
    assert recorder.shown[1].body == "In 28 days: Tuesday 30 June 2026."
    wake_at(scheduler, clock, local(2026, 6, 2, 23, 1))
    wake_at(scheduler, clock, local(2026, 6, 3, 9, 0))
    assert len(recorder.shown) == 2
    # A longer suspend across two reminders gives one notification, the most urgent.
    wake_at(scheduler, clock, local(2026, 6, 24, 8, 0))
    assert recorder.keys()[2:] == [f"{CARD}@7"]
    wake_at(scheduler, clock, local(2026, 6, 28, 8, 0))
    assert len(recorder.shown) == 3


def test_a_date_edit_moves_pending_reminders(
    scheduler: ReminderScheduler, ana_store: Store, clock: Clock, recorder: Recorder
) -> None:
    scheduler.start()
    wake_at(scheduler, clock, local(2026, 5, 1, 9, 0))
    card = replace(ANA.cards[0], valid_until=date(2026, 7, 14))
    ana_store.save_person(replace(ANA, cards=(card,)))
    scheduler.invalidate()
    wake_at(scheduler, clock, local(2026, 5, 1, 9, 1))
    assert scheduler.next_due() == local(2026, 6, 14, 9, 0)  # was 31 May
    for when in (local(2026, 5, 15, 9, 0), local(2026, 5, 31, 9, 0)):
        wake_at(scheduler, clock, when)
    assert len(recorder.shown) == 1  # the fired 60-day one is not repeated for the new date
    wake_at(scheduler, clock, local(2026, 6, 14, 9, 0))
    assert recorder.keys() == [f"{CARD}@60", f"{CARD}@30"]
    assert recorder.shown[1].body == "In 30 days: Tuesday 14 July 2026."


def test_pause_holds_reminders_until_it_ends_then_delivers_once(
    scheduler: ReminderScheduler, clock: Clock, recorder: Recorder
) -> None:
    clock.set(local(2026, 5, 1, 8, 0))
    scheduler.start()
    until = scheduler.pause()
    assert until == local(2026, 5, 2, 8, 0)
    assert scheduler.paused_until() == until
    wake_at(scheduler, clock, local(2026, 5, 1, 9, 0))
    assert recorder.shown == [] and scheduler.next_due() == until
    wake_at(scheduler, clock, local(2026, 5, 2, 8, 0))
    assert recorder.keys() == [f"{CARD}@60"]
    wake_at(scheduler, clock, local(2026, 5, 2, 8, 1))
    assert len(recorder.shown) == 1


def test_disabled_reminders_stay_silent(
    scheduler: ReminderScheduler, ana_store: Store, clock: Clock, recorder: Recorder
) -> None:
    ana_store.set_setting(ENABLED_KEY, False)
    scheduler.start()
    wake_at(scheduler, clock, local(2026, 5, 1, 9, 0))
    assert recorder.shown == [] and scheduler.next_due() is None
    assert scheduler.interval_ms() == MAX_WAIT_MS  # still wakes to notice a re-enable


def test_open_asks_for_the_deadline(scheduler: ReminderScheduler, qtbot: QtBot) -> None:
    with qtbot.waitSignal(scheduler.open_requested) as blocker:
        scheduler.act(f"{CARD}@60", Action.OPEN)
    assert blocker.args == [ANA.id, CARD]


def test_the_real_timer_fires_at_the_due_time(
    qapp: object, ana_store: Store, recorder: Recorder, qtbot: QtBot
) -> None:
    # A wall clock that runs in real time, 300 ms before the reminder.
    offset = local(2026, 5, 1, 9, 0) - timedelta(milliseconds=300) - datetime.now(UTC)
    scheduler = make(ana_store, Clock(datetime.now(UTC)), recorder)
    scheduler.set_clock(lambda: datetime.now(UTC) + offset)
    try:
        with qtbot.waitSignal(scheduler.fired, timeout=5000) as blocker:
            scheduler.start()
        assert blocker.args[0].key == f"{CARD}@60"
        assert recorder.keys() == [f"{CARD}@60"]
    finally:
        scheduler.stop()
