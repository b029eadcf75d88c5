"""Which reminders are due at an instant, and how states move: pure, with explicit instants."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from reminder_helpers import BRUSSELS, deadline, local, moved

from permit_tracker.domain.deadline import Deadline, Kind
from permit_tracker.reminders import due
from permit_tracker.reminders.plan import Reminder, ReminderPlan, reminders_for
from permit_tracker.storage.store import ReminderState

CARD = deadline(Kind.CARD_EXPIRY, date(2026, 6, 30))  # leads 60, 30, 14, 7, 1


def plan(*deadlines: Deadline) -> list[Reminder]:
    return reminders_for(deadlines, ReminderPlan(), BRUSSELS)


def store(states: dict[str, ReminderState], records: Iterable[ReminderState]) -> None:
    for record in records:
        states[record.key] = record


def fired_keys(result: due.DueSet) -> list[str]:
    return [d.reminder.key for d in result.fire]


def test_due_at_its_instant_and_never_twice() -> None:
    reminders = plan(CARD)
    states: dict[str, ReminderState] = {}
    assert not due.due_reminders(reminders, states, local(2026, 5, 1, 8, 59), BRUSSELS)
    result = due.due_reminders(reminders, states, local(2026, 5, 1, 9, 0), BRUSSELS)
    assert fired_keys(result) == [f"{CARD.key}@60"]
    store(states, due.fire(result.all(), local(2026, 5, 1, 9, 0)))
    assert not due.due_reminders(reminders, states, local(2026, 5, 1, 9, 1), BRUSSELS)
    assert due.next_due(reminders, states, local(2026, 5, 1, 9, 1), BRUSSELS) == local(
        2026, 5, 31, 9
    )


def test_many_missed_reminders_of_one_deadline_give_one_notification() -> None:
    reminders = plan(CARD)
    states: dict[str, ReminderState] = {}
    now = local(2026, 6, 17, 10)  # 60, 30 and 14 days before have all passed
    result = due.due_reminders(reminders, states, now, BRUSSELS)
    assert fired_keys(result) == [f"{CARD.key}@14"]
    assert sorted(d.reminder.lead for d in result.superseded) == [30, 60]
    store(states, due.fire(result.all(), now))
    assert not due.due_reminders(reminders, states, now + timedelta(days=5), BRUSSELS)
    assert fired_keys(due.due_reminders(reminders, states, local(2026, 6, 23, 9), BRUSSELS)) == [
        f"{CARD.key}@7"
    ]


def test_snooze_brings_it_back_a_day_later_once() -> None:
    reminders = plan(CARD)
    states: dict[str, ReminderState] = {}
    fired_at = local(2026, 5, 31, 9)
    result = due.due_reminders(reminders, states, fired_at, BRUSSELS)
    store(states, due.fire(result.all(), fired_at))
    key = f"{CARD.key}@30"
    snoozed = due.snooze(key, states, fired_at + timedelta(minutes=5))
    assert snoozed is not None and snoozed.state == due.SNOOZED
    store(states, [snoozed])
    assert not due.due_reminders(reminders, states, local(2026, 6, 1, 9, 4), BRUSSELS)
    assert due.next_due(reminders, states, local(2026, 6, 1, 9), BRUSSELS) == local(
        2026, 6, 1, 9, 5
    )
    again = due.due_reminders(reminders, states, local(2026, 6, 1, 9, 5), BRUSSELS)
    assert fired_keys(again) == [key]
    store(states, due.fire(again.all(), local(2026, 6, 1, 9, 5)))
    assert not due.due_reminders(reminders, states, local(2026, 6, 2, 9), BRUSSELS)


def test_dismiss_drops_one_reminder_and_later_ones_still_come() -> None:
    reminders = plan(CARD)
    states: dict[str, ReminderState] = {}
    now = local(2026, 5, 1, 9)
    store(states, due.fire(due.due_reminders(reminders, states, now, BRUSSELS).all(), now))
    record = due.dismiss(f"{CARD.key}@60", states, now)
    assert record is not None
    store(states, [record])
    assert due.next_due(reminders, states, now, BRUSSELS) == local(2026, 5, 31, 9)


def test_done_silences_every_reminder_of_the_deadline() -> None:
    reminders = plan(CARD)
    states: dict[str, ReminderState] = {}
    now = local(2026, 5, 1, 9)
    store(states, due.fire(due.due_reminders(reminders, states, now, BRUSSELS).all(), now))
    store(states, due.mark_done(f"{CARD.key}@60", reminders, states, now))
    assert {s.state for s in states.values()} == {due.DONE}
    assert len(states) == 5
    assert due.next_due(reminders, states, now, BRUSSELS) is None
    assert not due.due_reminders(reminders, states, local(2026, 6, 30, 9), BRUSSELS)
    # A late click on an old notification does not bring it back.
    assert due.snooze(f"{CARD.key}@60", states, now) is None
    assert due.dismiss(f"{CARD.key}@60", states, now) is None


def test_a_date_edit_moves_pending_reminders_and_does_not_repeat_fired_ones() -> None:
    states: dict[str, ReminderState] = {}
    now = local(2026, 5, 1, 9)
    store(states, due.fire(due.due_reminders(plan(CARD), states, now, BRUSSELS).all(), now))
    later = plan(moved(CARD, date(2026, 7, 14)))  # the card actually ends two weeks later
    # The 60-day reminder already fired: not repeated for the new date.
    assert not due.due_reminders(later, states, local(2026, 5, 15, 9), BRUSSELS)
    # The 30-day one moved from 31 May to 14 June.
    assert due.next_due(later, states, now, BRUSSELS) == local(2026, 6, 14, 9)
    assert not due.due_reminders(later, states, local(2026, 5, 31, 9), BRUSSELS)
    moved_due = due.due_reminders(later, states, local(2026, 6, 14, 9), BRUSSELS)
    assert fired_keys(moved_due) == [f"{CARD.key}@30"]


def test_a_date_moved_earlier_comes_due_at_once() -> None:
    states: dict[str, ReminderState] = {}
    earlier = plan(moved(CARD, date(2026, 5, 20)))
    now = local(2026, 5, 2, 12)  # 18 days left: the 30- and 60-day reminders are overdue
    result = due.due_reminders(earlier, states, now, BRUSSELS)
    assert fired_keys(result) == [f"{CARD.key}@30"]


def test_a_renewed_passport_is_a_new_occasion_and_is_reminded_again() -> None:
    passport = deadline(Kind.PASSPORT_EXPIRY, date(2026, 6, 30), subject="")  # 90, 30, 7
    states: dict[str, ReminderState] = {}
    now = local(2026, 6, 23, 9)
    result = due.due_reminders(plan(passport), states, now, BRUSSELS)
    store(states, due.fire(result.all(), now))
    renewed = plan(moved(passport, date(2036, 6, 1)))
    assert due.next_due(renewed, states, now, BRUSSELS) == local(2036, 3, 3, 9)
    assert fired_keys(due.due_reminders(renewed, states, local(2036, 3, 3, 9), BRUSSELS)) == [
        f"{passport.key}@90"
    ]


def test_long_passed_deadlines_are_not_reminded() -> None:
    reminders = plan(CARD)
    assert not due.due_reminders(reminders, {}, local(2026, 8, 1, 9), BRUSSELS)
    late_but_recent = due.due_reminders(reminders, {}, local(2026, 7, 20, 9), BRUSSELS)
    assert fired_keys(late_but_recent) == [f"{CARD.key}@1"]


def test_one_notification_per_deadline_across_people() -> None:
    other = deadline(Kind.CARD_EXPIRY, date(2026, 6, 30), person_id="p2", person="Rui Silva")
    result = due.due_reminders(plan(CARD, other), {}, local(2026, 5, 1, 9), BRUSSELS)
    assert sorted(fired_keys(result)) == sorted([f"{CARD.key}@60", f"{other.key}@60"])


def test_naive_stored_instants_are_read_as_utc() -> None:
    aware = local(2026, 5, 1, 9)
    assert due.as_utc(aware.replace(tzinfo=None)) == aware
