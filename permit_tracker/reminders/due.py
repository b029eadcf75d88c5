"""Which reminders are due at an instant, and the state changes that follow. Pure: the
caller passes `now` (aware) and the stored states; nothing here reads a clock or a database.

States: pending (no record, or a record for an earlier occasion), fired, snoozed (until an
instant), dismissed, done. A reminder is due when its instant (or its snooze end) has passed
and it has not been fired, dismissed or marked done for this occasion. The state names are
the store's (`storage.records`), re-exported here as `due.FIRED` etc.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Final

from permit_tracker.reminders.plan import Reminder, deadline_key_of
from permit_tracker.storage.records import DISMISSED as DISMISSED
from permit_tracker.storage.records import DONE as DONE
from permit_tracker.storage.records import FIRED as FIRED
from permit_tracker.storage.records import PENDING as PENDING
from permit_tracker.storage.records import SNOOZED as SNOOZED
from permit_tracker.storage.store import ReminderState

SNOOZE: Final = timedelta(days=1)
# A stored state belongs to the current occasion of a deadline unless the deadline now lies
# further from the day the state was recorded than the deadline's largest lead plus this
# slack. A correction of a few days or weeks is the same occasion (nothing is repeated); a
# renewed passport or a re-issued certificate, months or years later, is a new one.
SAME_OCCASION_SLACK_DAYS: Final = 30
# Reminders missed for a deadline that passed longer ago than this are not shown any more
# (a record typed in long after the fact should not raise a flood of stale alarms).
STALE_AFTER_DAYS: Final = 30

# What each action may follow; anything else is ignored (a late click on an old notification
# must not resurrect a reminder marked done elsewhere).
_ALLOWED: Final[Mapping[str, frozenset[str]]] = {
    PENDING: frozenset({FIRED, SNOOZED, DISMISSED, DONE}),
    FIRED: frozenset({SNOOZED, DISMISSED, DONE}),
    SNOOZED: frozenset({FIRED, SNOOZED, DISMISSED, DONE}),
    DISMISSED: frozenset({DONE}),
    DONE: frozenset(),
}


def as_utc(instant: datetime) -> datetime:
    """Stored instants are UTC; a naive one is read as UTC."""
    if instant.tzinfo is None:
        return instant.replace(tzinfo=UTC)
    return instant.astimezone(UTC)


def local_date(instant: datetime, tz: tzinfo | None = None) -> date:
    return as_utc(instant).astimezone(tz).date()


def state_applies(reminder: Reminder, state: ReminderState, tz: tzinfo | None = None) -> bool:
    """Whether `state` was recorded for the deadline's current occasion (see the constant)."""
    assert reminder.deadline.date is not None  # reminders exist only for dated deadlines
    recorded = local_date(state.updated_at, tz)  # when it was fired, snoozed, dismissed...
    distance = (reminder.deadline.date - recorded).days
    return distance <= reminder.horizon + SAME_OCCASION_SLACK_DAYS


def effective_state(
    reminder: Reminder, state: ReminderState | None, tz: tzinfo | None = None
) -> str:
    if state is None or not state_applies(reminder, state, tz):
        return PENDING
    return state.state


def due_at(
    reminder: Reminder, state: ReminderState | None, tz: tzinfo | None = None
) -> datetime | None:
    """When `reminder` is (or was) due for notification; None when it never will be."""
    current = effective_state(reminder, state, tz)
    if current == PENDING:
        return reminder.at
    if current == SNOOZED and state is not None:
        return as_utc(state.snoozed_until) if state.snoozed_until else reminder.at
    return None


def is_stale(reminder: Reminder, today: date) -> bool:
    assert reminder.deadline.date is not None
    return reminder.deadline.date < today - timedelta(days=STALE_AFTER_DAYS)


@dataclass(frozen=True, slots=True)
class Due:
    reminder: Reminder
    at: datetime  # when it came due (its instant, or the end of its snooze)


@dataclass(frozen=True, slots=True)
class DueSet:
    # One per deadline: the most urgent of its due reminders (the smallest lead).
    fire: tuple[Due, ...]
    # Older due reminders of the same deadlines: recorded as fired with it, never shown, so a
    # three-day suspend or a week away yields one notification per deadline, not three.
    superseded: tuple[Due, ...]

    def __bool__(self) -> bool:
        return bool(self.fire or self.superseded)

    def all(self) -> tuple[Due, ...]:
        return self.fire + self.superseded


def due_reminders(
    reminders: Iterable[Reminder],
    states: Mapping[str, ReminderState],
    now: datetime,
    tz: tzinfo | None = None,
) -> DueSet:
    """Reminders to notify at `now`."""
    now = as_utc(now)
    today = local_date(now, tz)
    by_deadline: dict[str, list[Due]] = {}
    for reminder in reminders:
        at = due_at(reminder, states.get(reminder.key), tz)
        if at is None or at > now or is_stale(reminder, today):
            continue
        by_deadline.setdefault(reminder.deadline.key, []).append(Due(reminder, at))
    fire: list[Due] = []
    superseded: list[Due] = []
    for dues in by_deadline.values():
        dues.sort(key=lambda d: d.reminder.lead)
        fire.append(dues[0])
        superseded.extend(dues[1:])
    fire.sort(key=lambda d: (d.at, d.reminder.deadline.key))
    return DueSet(tuple(fire), tuple(superseded))


def next_due(
    reminders: Iterable[Reminder],
    states: Mapping[str, ReminderState],
    now: datetime,
    tz: tzinfo | None = None,
) -> datetime | None:
    """The earliest instant after `now` at which something comes due, or None."""
    now = as_utc(now)
    upcoming = [
        at
        for reminder in reminders
        if (at := due_at(reminder, states.get(reminder.key), tz)) is not None and at > now
    ]
    return min(upcoming, default=None)


# --- transitions: each returns the new records to store -------------------------------------


def _current(key: str, states: Mapping[str, ReminderState]) -> str:
    state = states.get(key)
    return state.state if state is not None else PENDING


def fire(dues: Iterable[Due], now: datetime) -> list[ReminderState]:
    """Records for reminders just notified (or superseded by a more urgent one)."""
    now = as_utc(now)
    return [
        ReminderState(key=d.reminder.key, state=FIRED, updated_at=now, fired_at=now) for d in dues
    ]


def snooze(
    key: str,
    states: Mapping[str, ReminderState],
    now: datetime,
    duration: timedelta = SNOOZE,
) -> ReminderState | None:
    """Notify again after `duration`; None when the reminder is already dismissed or done."""
    if SNOOZED not in _ALLOWED[_current(key, states)]:
        return None
    now = as_utc(now)
    previous = states.get(key)
    fired_at = previous.fired_at if previous is not None else None
    return ReminderState(
        key=key,
        state=SNOOZED,
        updated_at=now,
        fired_at=fired_at or now,
        snoozed_until=now + duration,
    )


def dismiss(key: str, states: Mapping[str, ReminderState], now: datetime) -> ReminderState | None:
    """Stop this one reminder; the deadline's later reminders still come."""
    if DISMISSED not in _ALLOWED[_current(key, states)]:
        return None
    now = as_utc(now)
    previous = states.get(key)
    fired_at = previous.fired_at if previous is not None else None
    return ReminderState(key=key, state=DISMISSED, updated_at=now, fired_at=fired_at or now)


def mark_done(
    key: str,
    reminders: Iterable[Reminder],
    states: Mapping[str, ReminderState],
    now: datetime,
) -> list[ReminderState]:
    """The person has dealt with the deadline: this reminder and every other one planned for
    the same deadline are done (they stay done unless the deadline becomes a new occasion)."""
    now = as_utc(now)
    deadline_key = deadline_key_of(key)
    keys = {key} | {r.key for r in reminders if r.deadline.key == deadline_key}
    records = []
    for k in sorted(keys):
        previous = states.get(k)
        fired_at = previous.fired_at if previous is not None else None
        records.append(ReminderState(key=k, state=DONE, updated_at=now, fired_at=fired_at))
    return records
