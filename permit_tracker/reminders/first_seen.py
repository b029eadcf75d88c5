"""When each deadline (with its current date) first existed for the reminders, and what that
means: a reminder whose instant fell before it was never missed, so it is never reported as
missed.

Typing on 1 Dec an arrival of 20 Nov must not produce "While you were away" for the
reminders of 15, 20, 25 and 28 Nov, nor list them as sent: they never could have been sent.
A deadline already overdue (or due today) when it appears gets one reminder at that moment,
flagged `entered_late` ("overdue"), instead of a list of missed ones.

Record. The setting "reminders.first_seen" maps a deadline's stable key to
[ISO date of the deadline, ISO instant first seen with that date]. A new date (a corrected
arrival, a renewed card) starts again from the moment it is seen. Keys of deadlines that no
longer exist (a deleted person) are dropped. Kept in a setting, not in the schema.

Readings chosen (the strictest that loses nothing):
- A store on which reminders have never run (the setting is absent: a store filled before
  this record existed, or by the CLI before any `remind`) counts its current deadlines as
  always known, so a real "while you were away" after an upgrade is not lost.
- A reminder that already has a state (sent, snoozed, done...) stays listed whatever its
  instant: it really happened.
- "Seen" is the first time the scheduler or `remind` computes reminders after the edit: in
  the app that is within the same event-loop turn as the save.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime, tzinfo
from typing import Any, Final

from permit_tracker.domain.deadline import Deadline
from permit_tracker.reminders import due as due_mod
from permit_tracker.reminders.plan import Reminder
from permit_tracker.setting_keys import FIRST_SEEN_KEY
from permit_tracker.storage.store import ReminderState

log = logging.getLogger(__name__)

ALWAYS: Final = datetime(1970, 1, 1, tzinfo=UTC)  # "known before this record existed"

Record = dict[str, tuple[date, datetime]]


def read(raw: Any) -> Record | None:
    """The stored record; None when it was never written. Damaged entries are skipped (the
    deadline is then seen anew: at worst an old reminder is not listed as missed)."""
    if raw is None:
        return None
    record: Record = {}
    if not isinstance(raw, dict):
        log.warning("ignoring %s: not a mapping", FIRST_SEEN_KEY)
        return record
    for key, value in raw.items():
        try:
            day, seen = value
            seen_at = due_mod.as_utc(datetime.fromisoformat(seen))
            record[str(key)] = (date.fromisoformat(day), seen_at)
        except (TypeError, ValueError):
            log.warning("ignoring %s[%r]=%r", FIRST_SEEN_KEY, key, value)
    return record


def dump(record: Record) -> dict[str, list[str]]:
    return {key: [day.isoformat(), seen.isoformat()] for key, (day, seen) in sorted(record.items())}


def observe(previous: Record | None, deadlines: Iterable[Deadline], now: datetime) -> Record:
    """The record after looking at `deadlines` at `now`: new deadlines and new dates are
    seen now; on a store never observed, everything present is known "always"."""
    now = due_mod.as_utc(now)
    new_seen = ALWAYS if previous is None else now
    previous = previous or {}
    record: Record = {}
    for deadline in deadlines:
        if deadline.date is None:
            continue
        old = previous.get(deadline.key)
        if old is not None and old[0] == deadline.date:
            record[deadline.key] = old
        else:
            record[deadline.key] = (deadline.date, new_seen)
    return record


def births(record: Record) -> dict[str, datetime]:
    return {key: seen for key, (_, seen) in record.items()}


def since_known(
    reminders: Iterable[Reminder],
    born: Mapping[str, datetime],
    states: Mapping[str, ReminderState],
    tz: tzinfo | None = None,
) -> list[Reminder]:
    """The reminders that can be due: those planned before the deadline (with its date)
    existed are dropped unless something already happened to them; a deadline that was
    already due or overdue when it appeared gets one `entered_late` reminder at that moment."""
    by_deadline: dict[str, list[Reminder]] = {}
    for reminder in reminders:
        by_deadline.setdefault(reminder.deadline.key, []).append(reminder)
    result: list[Reminder] = []
    for key, items in by_deadline.items():
        seen = born.get(key, ALWAYS)
        before = [r for r in items if r.at < seen]
        after = [r for r in items if r.at >= seen]
        deadline = items[0].deadline
        assert deadline.date is not None
        late: list[Reminder] = []
        if before and not after and deadline.date <= due_mod.local_date(seen, tz):
            # Overdue (or today) when entered: one reminder, then, not a list of missed ones.
            last = min(before, key=lambda r: r.lead)
            late = [replace(last, at=seen, day=due_mod.local_date(seen, tz), entered_late=True)]
            before.remove(last)
        happened = [
            r
            for r in before
            if due_mod.effective_state(r, states.get(r.key), tz) != due_mod.PENDING
        ]
        kept = happened + after + late
        result.extend(kept)
    result.sort(key=lambda r: (r.at, r.deadline.key, -r.lead))
    return result
