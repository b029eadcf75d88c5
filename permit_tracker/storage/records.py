"""Stored rows → domain values, surviving any bad value inside (see `damage.py`).

The store and `damage_scan.scan` share these readers, so the damage a restore refuses is exactly
the damage the app would have met. They take a `fetch(sql, params)` that returns rows as
mappings of raw SQLite values (str, bytes, int, float, None): the store passes its session's
connection, `scan` a read-only sqlite3 connection. A table or column the file lacks (an
older schema) reads as absent.

A bad value reads as unknown: None for a date, a choice or a text, false for a flag, the
default for a setting; a reminder state that cannot be read is left out (the reminder is
then pending again, which repeats a notification at worst). A name that is not text is
decoded with replacement characters, since every person needs one.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, cast

from permit_tracker.domain.model import (
    APPLICATION_KINDS,
    CARD_TYPES,
    CITIZENSHIPS,
    DOCUMENT_KINDS,
    DOCUMENT_STATUSES,
    PROVISIONAL_KINDS,
    REASONS,
    Absence,
    Application,
    Card,
    Document,
    Move,
    Passport,
    Person,
    Procedure,
    Provisional,
    Visa,
)
from permit_tracker.domain.validation import MAX_NAME_LENGTH, name_problem
from permit_tracker.storage.damage import (
    Collector,
    Damage,
    as_choice,
    as_date,
    as_flag,
    as_instant,
    as_json,
    as_text,
    person_label,
    shown,
)

Row = Mapping[str, Any]
Fetch = Callable[[str, Sequence[Any]], list[Row]]

# Where a reminder stands (reminders/due.py says how one state leads to the next).
PENDING: Final = "pending"
FIRED: Final = "fired"
SNOOZED: Final = "snoozed"
DISMISSED: Final = "dismissed"
DONE: Final = "done"
REMINDER_STATES: Final = (PENDING, FIRED, SNOOZED, DISMISSED, DONE)


@dataclass(frozen=True, slots=True, kw_only=True)
class ReminderState:
    """Where one reminder stands; `key` is the reminder's stable identity string.

    Instants are timezone-aware; the store keeps them in UTC and returns them in UTC.
    """

    key: str
    state: str  # one of REMINDER_STATES
    updated_at: datetime
    fired_at: datetime | None = None
    snoozed_until: datetime | None = None

    def __post_init__(self) -> None:
        if self.state not in REMINDER_STATES:
            raise ValueError(f"reminder state {self.state!r} is not one of {REMINDER_STATES}")
        for name in ("updated_at", "fired_at", "snoozed_until"):
            value = getattr(self, name)
            if value is not None and value.utcoffset() is None:
                raise ValueError(f"ReminderState.{name} must be timezone-aware, got {value!r}")


def _grouped(fetch: Fetch, table: str, person_id: str | None) -> dict[str, list[Row]]:
    where, params = ("WHERE person_id = ?", (person_id,)) if person_id is not None else ("", ())
    order = "" if table in ("visa", "passport", "procedure") else "ORDER BY person_id, position"
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in fetch(f'SELECT * FROM "{table}" {where} {order}', params):
        grouped[str(row["person_id"])].append(row)
    return grouped


def person_name(raw: Any, person_id: str) -> str:
    """A stored name as text, also when it cannot be read (then with replacement marks)."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bytes):
        return raw.decode("utf-8", "replace")
    return f"(unreadable name, id {person_id})"


def _usable_name(raw: Any) -> tuple[Any, str | None]:
    """A name saved before today's checks (an older version, another tool) that they refuse."""
    if len(raw) > MAX_NAME_LENGTH:
        return raw, f"is longer than {MAX_NAME_LENGTH} characters (rename the person)"
    problem = name_problem(raw) if raw.strip() else "is blank"
    return raw, None if problem is None else f"{problem} (rename the person)"


def _usable_id(raw: Any) -> tuple[Any, str | None]:
    try:
        ok = isinstance(raw, str) and str(uuid.UUID(raw)) == raw
    except ValueError:
        ok = False
    return raw, None if ok else "is not a UUID (the person cannot be saved again)"


def load_people(fetch: Fetch, person_id: str | None, found: list[Damage] | None) -> list[Person]:
    """The people stored (one when `person_id` is given), unsorted; each unreadable value is
    read as unknown and appended to `found`."""
    where, params = ("WHERE id = ?", (person_id,)) if person_id is not None else ("", ())
    rows = fetch(f"SELECT * FROM people {where}", params)
    if not rows:
        return []
    children = {
        table: _grouped(fetch, table, person_id)
        for table in ("visa", "passport", "cards", "absences", "moves", "provisional",
                      "applications", "documents", "procedure")
    }  # fmt: skip
    return [_person(row, children, found) for row in rows]


def _person(
    row: Row, children: Mapping[str, Mapping[str, list[Row]]], found: list[Damage] | None
) -> Person:
    pid = str(row["id"])
    c = Collector(found, person_label(row.get("name"), pid), pid)
    if not isinstance(row.get("name"), str):
        c.take(row, "name", "name", as_text)
    else:  # kept as stored, but named: an export of it would be refused on import
        c.take(row, "name", "name", _usable_name, unreadable=False)
    c.take(row, "id", "id", _usable_id, unreadable=False)  # kept: the key of everything else
    mine = {table: grouped.get(pid, []) for table, grouped in children.items()}

    def one(table: str, build: Callable[[Row, str], Any]) -> Any:
        found_rows = mine[table]
        return build(found_rows[0], table) if found_rows else None

    def many(table: str, build: Callable[[Row, str], Any]) -> tuple[Any, ...]:
        return tuple(build(r, f"{table}[{i}]") for i, r in enumerate(mine[table]))

    def date_of(r: Row, path: str, column: str) -> Any:
        return c.take(r, column, f"{path}.{column}", as_date)

    def choice(r: Row, path: str, column: str, allowed: Sequence[str]) -> Any:
        return c.take(r, column, f"{path}.{column}", lambda v: as_choice(v, allowed))

    return Person(
        id=pid,
        name=person_name(row.get("name"), pid),
        citizenship=c.take(row, "citizenship", "citizenship",
                           lambda v: as_choice(v, CITIZENSHIPS)),
        reason=c.take(row, "reason", "reason", lambda v: as_choice(v, REASONS)),
        arrival=c.take(row, "arrival", "arrival", as_date),
        registered=c.take(row, "registered", "registered", as_date),
        visa=one("visa", lambda r, p: Visa(
            type=c.take(r, "type", f"{p}.type", as_text),
            valid_from=date_of(r, p, "valid_from"),
            valid_until=date_of(r, p, "valid_until"),
        )),
        passport=one("passport", lambda r, p: Passport(expires=date_of(r, p, "expires"))),
        cards=many("cards", lambda r, p: Card(
            type=choice(r, p, "type", CARD_TYPES),
            valid_from=date_of(r, p, "valid_from"),
            valid_until=date_of(r, p, "valid_until"),
            reason=choice(r, p, "reason", REASONS),
            renewal_requested=date_of(r, p, "renewal_requested"),
        )),
        absences=many("absences", lambda r, p: Absence(
            left=date_of(r, p, "left"),
            returned=date_of(r, p, "returned"),
            note=c.take(r, "note", f"{p}.note", as_text),
            declared=date_of(r, p, "declared"),
            reported_back=date_of(r, p, "reported_back"),
            important_reason=c.take(r, "important_reason", f"{p}.important_reason", as_flag),
        )),
        moves=many("moves", lambda r, p: Move(
            date=date_of(r, p, "date"), declared=date_of(r, p, "declared")
        )),
        provisional=many("provisional", lambda r, p: Provisional(
            kind=choice(r, p, "kind", PROVISIONAL_KINDS),
            issued=date_of(r, p, "issued"),
            valid_until=date_of(r, p, "valid_until"),
        )),
        applications=many("applications", lambda r, p: Application(
            kind=choice(r, p, "kind", APPLICATION_KINDS),
            filed=date_of(r, p, "filed"),
            decided=date_of(r, p, "decided"),
        )),
        documents=many("documents", lambda r, p: Document(
            kind=choice(r, p, "kind", DOCUMENT_KINDS),
            status=choice(r, p, "status", DOCUMENT_STATUSES),
            issued=date_of(r, p, "issued"),
        )),
        procedure=one("procedure", lambda r, p: Procedure(
            police_check=date_of(r, p, "police_check"),
            card_application=date_of(r, p, "card_application"),
            card_collected=date_of(r, p, "card_collected"),
        )),
    )  # fmt: skip


def read_settings(fetch: Fetch, found: list[Damage] | None) -> dict[str, Any]:
    """Every setting whose key and JSON value can be read."""
    settings: dict[str, Any] = {}
    for row in fetch('SELECT "key", value FROM settings', ()):
        key = row.get("key")
        c = Collector(found, f"setting {shown(key)}")
        value, problem = as_json(row.get("value"))
        if not isinstance(key, str):
            c.take(row, "key", "key", as_text)
        elif problem is not None:
            c.take(row, "value", "value", as_json)
        else:
            settings[key] = value
    return settings


def read_setting(fetch: Fetch, key: str, found: list[Damage] | None) -> tuple[bool, Any]:
    """(True, value) for a stored, readable setting; (False, None) otherwise."""
    rows = fetch('SELECT "key", value FROM settings WHERE "key" = ?', (key,))
    if not rows:
        return False, None
    value, problem = as_json(rows[0].get("value"))
    if problem is not None:
        Collector(found, f"setting {shown(key)}").take(rows[0], "value", "value", as_json)
        return False, None
    return True, value


def read_reminder_states(fetch: Fetch, found: list[Damage] | None) -> dict[str, ReminderState]:
    """Every reminder state that can be read whole (instants in UTC); the others are left out."""
    states: dict[str, ReminderState] = {}
    for row in fetch("SELECT * FROM reminder_states", ()):
        key = row.get("key")
        errors: list[Damage] = []
        c = Collector(errors, f"reminder state {shown(key)}")
        if not isinstance(key, str):
            c.take(row, "key", "key", as_text)
        state = c.take(row, "state", "state", lambda v: as_choice(v, REMINDER_STATES))
        updated = c.take(row, "updated_at", "updated_at", as_instant)
        fired = c.take(row, "fired_at", "fired_at", as_instant)
        snoozed = c.take(row, "snoozed_until", "snoozed_until", as_instant)
        if not errors and (state is None or updated is None):  # NOT NULL columns
            errors.append(Damage(c.where, "state", "null", "is missing"))
        if found is not None:
            found.extend(errors)
        if errors:
            continue
        states[cast(str, key)] = ReminderState(
            key=cast(str, key), state=state, updated_at=updated.astimezone(UTC),
            fired_at=_utc(fired), snoozed_until=_utc(snoozed),
        )  # fmt: skip
    return states


def _utc(value: datetime | None) -> datetime | None:
    return None if value is None else value.astimezone(UTC)
