"""A calendar file that stays current: rewritten after every change.

The user picks a path once (File → Export to calendar…, "keep this file up to date"); a
calendar app subscribes to that file and always shows today's deadlines. This module needs
no store: it takes the people, the ruleset and today, and returns the sequence map for the
caller to keep (see `actions.refresh_live_calendar` for the store-backed call).
`plan` is the user's reminder plan (reminders.plan.ReminderPlan), so alarms match reminders.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from permit_tracker.calendar.content import DEFAULT_PLAN, AlarmPlan
from permit_tracker.calendar.notes import notes_by_deadline
from permit_tracker.calendar.options import ExportOptions
from permit_tracker.domain.deadline import Deadline
from permit_tracker.domain.deadlines import all_deadlines
from permit_tracker.domain.model import Person
from permit_tracker.rules.ruleset import Ruleset

_DTSTAMP = re.compile(r"^DTSTAMP:[0-9TZ]+\r$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class LiveResult:
    path: Path
    written: bool  # False when the file already said the same (apart from DTSTAMP)
    sequences: dict[str, list[Any]]  # to keep in the setting "calendar.sequences"


def render_people(
    people: Iterable[Person],
    ruleset: Ruleset,
    today: date,
    options: ExportOptions,
    stamp: datetime,
    sequences: Mapping[str, Any] | None,
    plan: AlarmPlan = DEFAULT_PLAN,
) -> tuple[str, dict[str, list[Any]]]:
    """The calendar for these people under this ruleset: engine, notes, then the writer."""
    from permit_tracker.calendar.export import render_calendar  # loads ics only when used

    deadlines, notes = deadlines_and_notes(people, ruleset, today, options)
    return render_calendar(deadlines, options, stamp, sequences, notes, plan)


def deadlines_and_notes(
    people: Iterable[Person], ruleset: Ruleset, today: date, options: ExportOptions
) -> tuple[list[Deadline], dict[str, list[str]] | None]:
    """What the writer takes: every deadline, and the trip notes when the options want them."""
    people = list(people)
    deadlines = all_deadlines(people, ruleset, today)
    notes = notes_by_deadline(people, deadlines) if options.include_notes else None
    return deadlines, notes


def _unchanged(path: Path, text: str) -> bool:
    """True when the file holds `text` but for DTSTAMP, which moves with every export."""
    try:
        old = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return _DTSTAMP.sub("", old) == _DTSTAMP.sub("", text)


def write_live_calendar(
    path: str | os.PathLike[str],
    people: Iterable[Person],
    ruleset: Ruleset,
    today: date,
    options: ExportOptions,
    sequences: Mapping[str, Any] | None,
    plan: AlarmPlan = DEFAULT_PLAN,
    stamp: datetime | None = None,
    *,
    data_dir: Path | None = None,
) -> LiveResult:
    """Rewrite the live file (atomically) unless it is already current.

    Skipping an unchanged file spares sync tools and subscribed apps a reload for nothing.
    Raises `files.CalendarWriteError` when the path cannot be written.
    """
    from permit_tracker.calendar.files import write_calendar

    text, updated = render_people(
        people, ruleset, today, options, stamp or datetime.now(UTC), sequences, plan
    )
    target = Path(path).expanduser()
    if _unchanged(target, text):
        return LiveResult(target, False, updated)
    return LiveResult(write_calendar(target, text, data_dir=data_dir), True, updated)
