"""Reminders over a store: the one place where the plan, the stored states and the clock
meet. The GUI scheduler and `permit-tracker remind` both go through it, so they agree on
what is due and record the same states (a reminder sent by one is never sent by the other).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, Final, Protocol

from permit_tracker.domain.deadline import Deadline
from permit_tracker.domain.model import Person
from permit_tracker.reminders import due as due_mod
from permit_tracker.reminders import first_seen
from permit_tracker.reminders.due import Due, DueSet, as_utc, local_date
from permit_tracker.reminders.notifier import Notification, notification_for
from permit_tracker.reminders.plan import (
    Reminder,
    plan_from_settings,
    reminders_for,
)
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.setting_keys import ENABLED_KEY, FIRST_SEEN_KEY, PAUSED_UNTIL_KEY
from permit_tracker.storage.store import ReminderState

log = logging.getLogger(__name__)

PAUSE: Final = timedelta(days=1)


class ReminderStore(Protocol):
    """What reminders need of `storage.Store`."""

    def people(self) -> list[Person]: ...
    def ruleset(self) -> Ruleset: ...
    def setting(self, key: str, default: Any = None) -> Any: ...
    def set_setting(self, key: str, value: Any) -> None: ...
    def reminder_states(self) -> dict[str, ReminderState]: ...
    def put_reminder_states(self, states: Iterable[ReminderState]) -> None: ...


DeadlineSource = Callable[[date], list[Deadline]]


def store_deadlines(store: ReminderStore) -> DeadlineSource:
    """Every person's deadlines from the engine, as of a given day."""

    def source(today: date) -> list[Deadline]:
        from permit_tracker.domain.deadlines import all_deadlines

        return all_deadlines(store.people(), store.ruleset(), today)

    return source


class ReminderService:
    def __init__(
        self,
        store: ReminderStore,
        deadlines: DeadlineSource | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        self.store = store
        self.tz = tz  # None: the system's local zone, read at every call
        self._deadlines = deadlines or store_deadlines(store)

    # -- settings ---------------------------------------------------------------------------

    def enabled(self) -> bool:
        return bool(self.store.setting(ENABLED_KEY, True))

    def paused_until(self, now: datetime) -> datetime | None:
        raw = self.store.setting(PAUSED_UNTIL_KEY, None)
        if not raw:
            return None
        try:
            until = as_utc(datetime.fromisoformat(raw))
        except (TypeError, ValueError):
            log.warning("ignoring %s=%r: not an ISO instant", PAUSED_UNTIL_KEY, raw)
            return None
        return until if until > as_utc(now) else None

    def pause(self, now: datetime, duration: timedelta = PAUSE) -> datetime:
        """Nothing is notified until the returned instant; what comes due meanwhile is
        notified when the pause ends (paused, not lost)."""
        until = as_utc(now) + duration
        self.store.set_setting(PAUSED_UNTIL_KEY, until.isoformat())
        return until

    def resume(self) -> None:
        self.store.set_setting(PAUSED_UNTIL_KEY, None)

    # -- what is due ------------------------------------------------------------------------

    def today(self, now: datetime) -> date:
        return local_date(now, self.tz)

    def reminders(self, today: date, now: datetime | None = None) -> list[Reminder]:
        """The reminders that can come due. With `now`, deadlines (and dates) not seen
        before are recorded as seen at `now`; a reminder planned before its deadline existed
        was never missed (reminders.first_seen)."""
        plan = plan_from_settings(self.store.setting)
        deadlines = self._deadlines(today)
        previous = first_seen.read(self.store.setting(FIRST_SEEN_KEY, None))
        record = first_seen.observe(previous, deadlines, now or datetime.now(UTC))
        if now is not None and record != previous:
            self.store.set_setting(FIRST_SEEN_KEY, first_seen.dump(record))
        planned = reminders_for(deadlines, plan, self.tz)
        return first_seen.since_known(
            planned, first_seen.births(record), self.store.reminder_states(), self.tz
        )

    def due(self, now: datetime, reminders: Sequence[Reminder] | None = None) -> DueSet:
        """What to notify at `now` (nothing while disabled or paused), read from fresh
        states so another process's notifications are not repeated."""
        if not self.enabled() or self.paused_until(now) is not None:
            return DueSet((), ())
        if reminders is None:
            reminders = self.reminders(self.today(now), now)
        return due_mod.due_reminders(reminders, self.store.reminder_states(), now, self.tz)

    def next_due(
        self,
        now: datetime,
        reminders: Sequence[Reminder] | None = None,
        states: dict[str, ReminderState] | None = None,
    ) -> datetime | None:
        """The next instant something comes due (the end of a pause at the earliest)."""
        if not self.enabled():
            return None
        if reminders is None:
            reminders = self.reminders(self.today(now), now)
        if states is None:
            states = self.store.reminder_states()
        paused = self.paused_until(now)
        # What is already due, or comes due during a pause, waits for its end.
        if paused is not None and due_mod.due_reminders(reminders, states, paused, self.tz):
            return paused
        return due_mod.next_due(reminders, states, paused or now, self.tz)

    def notifications(
        self, due: DueSet, now: datetime, started: datetime | None = None
    ) -> list[tuple[Due, Notification]]:
        """The notification of each reminder to fire; `missed` ("While you were away") when
        it came due before `started` (the app was not running) for a deadline whose date has
        passed since: a reminder of a deadline still ahead is a plain reminder, whenever it
        is caught up."""
        today = self.today(now)

        def missed(d: Due) -> bool:
            day = d.reminder.deadline.date
            return started is not None and d.at < started and day is not None and day < today

        return [(d, notification_for(d.reminder, today, missed=missed(d))) for d in due.fire]

    # -- recording --------------------------------------------------------------------------

    def record_fired(self, dues: Iterable[Due], now: datetime) -> None:
        self.store.put_reminder_states(due_mod.fire(dues, now))

    def snooze(self, key: str, now: datetime, duration: timedelta = due_mod.SNOOZE) -> bool:
        record = due_mod.snooze(key, self.store.reminder_states(), now, duration)
        if record is not None:
            self.store.put_reminder_states([record])
        return record is not None

    def dismiss(self, key: str, now: datetime) -> bool:
        record = due_mod.dismiss(key, self.store.reminder_states(), now)
        if record is not None:
            self.store.put_reminder_states([record])
        return record is not None

    def mark_done(self, key: str, now: datetime) -> None:
        records = due_mod.mark_done(
            key, self.reminders(self.today(now), now), self.store.reminder_states(), now
        )
        self.store.put_reminder_states(records)
