"""The calendar operations the CLI and the GUI share, on an open store.

calendar/ may not import storage, so the store is whatever has `people()`, `ruleset()`,
`setting(key, default)` and `set_setting(key, value)` (storage.Store does). The settings:

- "calendar.sequences": the SEQUENCE map (see revisions.py), updated after each write;
- "calendar.live_path": the file kept up to date, or None;
- "calendar.live_options": the ExportOptions for that file, as JSON.

calendar/ may not import reminders/ either: callers pass the user's reminder plan
(`reminders.plan.plan_from_settings(store.setting)`) so alarms ring with the app's reminders.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

from permit_tracker.calendar.content import DEFAULT_PLAN, AlarmPlan
from permit_tracker.calendar.live import LiveResult, render_people, write_live_calendar
from permit_tracker.calendar.options import ExportOptions, ExportOptionsError
from permit_tracker.domain.model import Person
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.setting_keys import LIVE_OPTIONS_SETTING, LIVE_PATH_SETTING, SEQUENCES_SETTING


@dataclass(frozen=True, slots=True)
class Exported:
    path: Path
    events: int


class CalendarStore(Protocol):
    def people(self) -> Iterable[Person]: ...
    def ruleset(self) -> Ruleset: ...
    def setting(self, key: str, default: Any = None) -> Any: ...
    def set_setting(self, key: str, value: Any) -> None: ...


def sequences(store: CalendarStore) -> dict[str, Any]:
    value = store.setting(SEQUENCES_SETTING, {})
    return value if isinstance(value, dict) else {}  # a damaged map restarts the counts


def export_to_file(
    store: CalendarStore,
    path: str | os.PathLike[str],
    options: ExportOptions,
    today: date,
    plan: AlarmPlan = DEFAULT_PLAN,
    stamp: datetime | None = None,
) -> Exported:
    """Render the chosen deadlines, write `path` atomically, remember the sequences.

    Raises `files.CalendarWriteError` (nothing written, nothing remembered) on failure.
    """
    from permit_tracker.calendar.files import write_calendar

    stamp = stamp or datetime.now(UTC)
    people = store.people()
    text, updated = render_people(
        people, store.ruleset(), today, options, stamp, sequences(store), plan
    )
    written = write_calendar(path, text, data_dir=getattr(store, "data_dir", None))
    store.set_setting(SEQUENCES_SETTING, updated)
    return Exported(written, text.count("\r\nBEGIN:VEVENT\r\n"))


def live_path(store: CalendarStore) -> Path | None:
    value = store.setting(LIVE_PATH_SETTING, None)
    return Path(value) if isinstance(value, str) and value else None


def live_options(store: CalendarStore) -> ExportOptions:
    """The live file's options; the defaults when none (or unreadable ones) are stored."""
    try:
        return ExportOptions.from_json(store.setting(LIVE_OPTIONS_SETTING, {}) or {})
    except ExportOptionsError:
        return ExportOptions()


def set_live(store: CalendarStore, path: Path | None, options: ExportOptions) -> None:
    """Keep `path` up to date with `options` from now on; None stops it."""
    store.set_setting(LIVE_PATH_SETTING, str(path) if path else None)
    store.set_setting(LIVE_OPTIONS_SETTING, options.to_json() if path else None)


def refresh_live_calendar(
    store: CalendarStore,
    today: date,
    plan: AlarmPlan = DEFAULT_PLAN,
    stamp: datetime | None = None,
) -> LiveResult | None:
    """Rewrite the live file if the user chose one; None when there is none.

    Call after every change to people, rules or settings, at start-up, and when the date
    changes. Raises `files.CalendarWriteError` when the file cannot be written.
    """
    path = live_path(store)
    if path is None:
        return None
    known = sequences(store)
    result = write_live_calendar(
        path,
        store.people(),
        store.ruleset(),
        today,
        live_options(store),
        known,
        plan,
        stamp,
        data_dir=getattr(store, "data_dir", None),
    )
    if result.sequences != known:
        store.set_setting(SEQUENCES_SETTING, result.sequences)
    return result
