"""The reminder scheduler of the desktop app: one single-shot QTimer, re-armed after each wake.

A QTimer cannot wait more than ~24.8 days and counts monotonic time, which stops during
suspend. So the timer never waits longer than `max_wait_ms` (a minute): each wake re-reads
the wall clock, which catches a resume, a clock or time-zone change, or a new day, and
whatever came due meanwhile is notified then, once (the states are stored before the next
check). A wake with nothing due costs two clock reads and a comparison: no database query,
no recomputation. Reminders are recomputed only after an edit, a new day or a new zone.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from permit_tracker.reminders.notifier import SUMMARY_KEY, Action, Notification, Notifier
from permit_tracker.reminders.plan import Reminder, deadline_key_of
from permit_tracker.reminders.service import ReminderService
from permit_tracker.storage.errors import StoreError

log = logging.getLogger(__name__)

MAX_WAIT_MS = 60_000  # a reminder fires within a minute of its time, even after a suspend

InstantClock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class ReminderScheduler(QObject):
    fired = Signal(object)  # Notification: shown and recorded as fired
    open_requested = Signal(str, str)  # person id, deadline key ("Open" on a notification)
    error = Signal(str)  # the store could not be read or written (retried at the next wake)
    rearmed = Signal()  # states or the plan changed (the tray refreshes its tooltip)

    def __init__(
        self,
        service: ReminderService,
        notifier: Notifier,
        *,
        clock: InstantClock = utc_now,
        max_wait_ms: int = MAX_WAIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.notifier = notifier
        notifier.on_action = self.act
        self._clock = clock
        self._max_wait_ms = max_wait_ms
        self._started: datetime | None = None
        self._reminders: list[Reminder] | None = None
        self._day: tuple[date, timedelta | None] | None = None  # local day and UTC offset
        self._next: datetime | None = None
        self._dirty = True
        self._shown: set[str] = set()  # reminder keys notified by this run, still on screen
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._wake)

    # -- running --------------------------------------------------------------------------
    def start(self) -> list[Notification]:
        """Begin: what came due while the app was not running is notified now ("While you
        were away"), the rest at its time."""
        self._started = self._clock()
        return self.check()

    def stop(self) -> None:
        self._timer.stop()

    def set_clock(self, clock: InstantClock) -> None:
        self._clock = clock

    def invalidate(self) -> None:
        """Data or settings changed: recompute and check soon (coalesced)."""
        self._dirty = True
        if self._started is not None:
            self._timer.setTimerType(Qt.TimerType.PreciseTimer)
            self._timer.start(0)

    def interval_ms(self) -> int | None:
        """How long the timer waits now (None when stopped)."""
        return self._timer.interval() if self._timer.isActive() else None

    def next_due(self) -> datetime | None:
        return self._next

    def _wake(self) -> None:
        now = self._clock()
        if (
            self._dirty
            or self._day != self._local_day(now)
            or (self._next is not None and now >= self._next)
        ):
            self.check()
        else:
            self._arm(now)

    def _local_day(self, now: datetime) -> tuple[date, timedelta | None]:
        local = now.astimezone(self.service.tz)
        return local.date(), local.utcoffset()

    def _current_reminders(self, now: datetime) -> list[Reminder]:
        day = self._local_day(now)
        if self._dirty or self._reminders is None or day != self._day:
            self._reminders = self.service.reminders(day[0], now)
            self._day = day
            self._dirty = False
        return self._reminders

    def check(self) -> list[Notification]:
        """Notify everything due now, record it, and re-arm the timer."""
        now = self._clock()
        shown: list[Notification] = []
        try:
            reminders = self._current_reminders(now)
            self._withdraw_settled(reminders)
            due = self.service.due(now, reminders)
            pairs = self.service.notifications(due, now, self._started)
            if pairs:
                # Shown together (more than a few become one desktop summary), recorded
                # right after: a crash in between repeats them at worst, never loses one.
                self.notifier.notify_all([n for _, n in pairs])
                firing = {item.reminder.deadline.key for item, _ in pairs}
                older = [d for d in due.superseded if d.reminder.deadline.key in firing]
                self.service.record_fired([item for item, _ in pairs] + older, now)
                for _, notification in pairs:
                    shown.append(notification)
                    self._shown.add(notification.key)
                    self.fired.emit(notification)
            self._next = self.service.next_due(now, reminders)
        except StoreError as exc:
            log.warning("reminders: %s", exc)
            self._dirty = True
            self._next = None
            self.error.emit(str(exc))
        self._arm(now)
        self.rearmed.emit()
        return shown

    def _withdraw_settled(self, reminders: list[Reminder]) -> None:
        """A reminder on screen whose deadline is done (or gone) is taken back: a banner
        leaves once what it reports is dealt with, wherever that was done."""
        open_deadlines = {r.deadline.key for r in reminders}
        for key in sorted(self._shown):
            if deadline_key_of(key) not in open_deadlines:
                self._shown.discard(key)
                self.notifier.withdraw(key)

    def _arm(self, now: datetime) -> None:
        wait = self._max_wait_ms
        if self._next is not None:
            wait = min(wait, max(0, math.ceil((self._next - now).total_seconds() * 1000)))
        # A long wait may be coalesced by the OS (power); a due time is kept precisely.
        precise = wait < self._max_wait_ms
        self._timer.setTimerType(
            Qt.TimerType.PreciseTimer if precise else Qt.TimerType.VeryCoarseTimer
        )
        self._timer.start(wait)

    # -- what people do with a reminder -----------------------------------------------------
    def act(self, key: str, action: Action) -> None:
        """A button on a notification, a banner or the tray."""
        if key == SUMMARY_KEY:  # several at once: the app opens, on no one deadline
            if action is Action.OPEN:
                self.open_requested.emit("", "")
            return
        if action is Action.OPEN:
            deadline_key = deadline_key_of(key) or key
            self.open_requested.emit(deadline_key.split("/", 1)[0], deadline_key)
            return
        now = self._clock()
        try:
            if action is Action.SNOOZE:
                self.service.snooze(key, now)
            elif action is Action.DISMISS:
                self.service.dismiss(key, now)
            elif action is Action.DONE:
                self.service.mark_done(key, now)
        except StoreError as exc:
            self.error.emit(str(exc))
            return
        self.notifier.withdraw(key)
        self._shown.discard(key)
        self.invalidate()

    def pause(self, duration: timedelta = timedelta(days=1)) -> datetime | None:
        try:
            until = self.service.pause(self._clock(), duration)
        except StoreError as exc:
            self.error.emit(str(exc))
            return None
        self.invalidate()
        return until

    def resume(self) -> None:
        try:
            self.service.resume()
        except StoreError as exc:
            self.error.emit(str(exc))
            return
        self.invalidate()

    def paused_until(self) -> datetime | None:
        try:
            return self.service.paused_until(self._clock())
        except StoreError:
            return None
