"""Shared helpers for the reminder tests: deadlines built by hand and a controllable clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.model import Card, Person
from permit_tracker.reminders.notifier import Notification, Notifier

BRUSSELS = ZoneInfo("Europe/Brussels")
PERSON_ID = "0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11"


def deadline(
    kind: Kind = Kind.CARD_EXPIRY,
    when: date | None = date(2026, 6, 30),
    subject: str = "card-1",
    status: Status = Status.UPCOMING,
    person_id: str = PERSON_ID,
    person: str = "Ana Silva",
    title: str = "Residence card expires",
) -> Deadline:
    return Deadline(
        person_id=person_id,
        person=person,
        kind=kind,
        subject=subject,
        date=when,
        status=status,
        days_left=None,
        title=title,
        rule="card_renewal_closes_days",
        source="test",
        explanation="test",
    )


def moved(d: Deadline, when: date) -> Deadline:
    return replace(d, date=when)


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A Brussels wall-clock time as an aware UTC instant."""
    return datetime(year, month, day, hour, minute, tzinfo=BRUSSELS).astimezone(UTC)


class Clock:
    """A wall clock the test moves by hand (a suspend is a jump forward)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now

    def set(self, now: datetime) -> datetime:
        self.now = now
        return now


# A person and a moment shared by the `remind` command tests.
ANA = Person(
    name="Ana Silva",
    id="0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11",
    arrival=date(2025, 3, 3),
    registered=date(2025, 3, 7),
    cards=(Card("A", date(2025, 5, 10), date(2026, 6, 30)),),
)
# 09:30 local on 1 May 2026: the card's 60-day reminder is due (and nothing else).
NOW = "2026-05-01T09:30"


class Recorder(Notifier):
    name = "recorder"

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Notification] = []

    def notify(self, notification: Notification) -> bool:
        self.shown.append(notification)
        return True
