"""The SQLite store: people, settings and reminder state, one transaction per user edit.

`Store.open(data_dir)` is the only way in. It creates the data dir (0700) and the file (0600),
checks the file read-only first (refusing, untouched, a file from a newer version, not
SQLite, not ours or damaged), then upgrades it with the ladder in `migrations.py`.

Transactions follow SQLAlchemy's recipe for pysqlite: the driver's own transaction handling
is switched off (`isolation_level = None`) and SQLAlchemy emits BEGIN itself, so that DDL in
a migration rolls back and reads see one snapshot. Writes use BEGIN IMMEDIATE: the write
lock is taken up front, where the busy timeout applies, instead of failing halfway through.
Every check that guards a write (a name or an id already taken) reads the store inside that
same transaction (`write_people`), so two processes cannot both pass it.

Reading survives a bad value inside the file: people, settings and reminder
states are read through `records.py`, which reads such a value as unknown; `damage()` lists
every one, naming the person (or setting) and the field.

Names are unique up to Unicode normalisation: "Chloé" typed precomposed (NFC) and decomposed
(NFD) are the same name; the store keeps the name as given, and compares NFC forms.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, Final

from sqlalchemy import Connection, Engine, create_engine, delete, event, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from permit_tracker import paths
from permit_tracker.domain.model import (
    APPLICATION_KINDS,
    CARD_TYPES,
    CITIZENSHIPS,
    DOCUMENT_KINDS,
    DOCUMENT_STATUSES,
    PROVISIONAL_KINDS,
    REASONS,
    Person,
)
from permit_tracker.domain.validation import Problem, person_problems
from permit_tracker.rules.ruleset import Ruleset, RulesetError
from permit_tracker.setting_keys import RULE_OVERRIDES_KEY
from permit_tracker.storage import (
    migrations,  # its constants only; the ladder is light
    records,
)
from permit_tracker.storage.damage import Damage, decode_text
from permit_tracker.storage.errors import (
    CorruptDatabaseError,
    DuplicateNameError,
    MigrationError,
    NewerSchemaError,
    PersonNotFound,
    StoreError,
    StoreLockedError,
    StoreWriteError,
    ValidationError,
    guarded,
    quoted,
)
from permit_tracker.storage.models import (
    AbsenceRow,
    ApplicationRow,
    CardRow,
    DocumentRow,
    MoveRow,
    PassportRow,
    PersonRow,
    ProcedureRow,
    ProvisionalRow,
    ReminderStateRow,
    SettingRow,
    VisaRow,
)
from permit_tracker.storage.records import REMINDER_STATES, ReminderState
from permit_tracker.storage.sqlite_file import create_database_file, quick_check_text, read_file

__all__ = [
    "REMINDER_STATES",
    "CorruptDatabaseError",
    "Damage",
    "DuplicateNameError",
    "MigrationError",
    "NewerSchemaError",
    "PersonNotFound",
    "ReminderState",
    "Store",
    "StoreError",
    "StoreLockedError",
    "StoreWriteError",
    "StoredPerson",
    "ValidationError",
    "name_key",
]

log = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT: Final = 5.0  # seconds to wait for another writer before giving up
_BEGIN_OPTION: Final = "permit_tracker_begin"


def _make_engine(path: Path, busy_timeout: float, mode: str = "rw") -> Engine:
    # mode=rw: SQLite must never create the file itself (it would not be 0600).
    uri = f"{path.resolve().as_uri()}?mode={mode}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=busy_timeout, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
        # SQLAlchemy's documented pysqlite recipe: stop the driver from issuing BEGIN/COMMIT
        # on its own (it skips BEGIN before DDL), and emit BEGIN in the "begin" event below.
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        # Text that is not UTF-8 reads as bytes (reported as damage), not an error.
        dbapi_connection.text_factory = decode_text

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


@dataclass(frozen=True, slots=True)
class _FileInfo:
    user_version: int
    application_id: int
    objects: int  # rows of sqlite_master
    quick_check: str


def _inspect(path: Path, busy_timeout: float) -> _FileInfo:
    """Look at the file without writing to it, unless a crash left a write half done."""
    return read_file(path, busy_timeout, _read_info)


def _read_info(conn: sqlite3.Connection) -> _FileInfo:
    user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    objects = int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    return _FileInfo(user_version, application_id, objects, quick_check_text(conn))


def _enum_problems(person: Person) -> list[Problem]:
    """What `person_problems` leaves to the type checker: the closed vocabularies and the id."""
    problems: list[Problem] = []

    def check(path: str, value: str | None, allowed: Sequence[str]) -> None:
        if value is not None and value not in allowed:
            problems.append(Problem(path, f"{value!r} is not one of {', '.join(allowed)}"))

    if not _is_uuid(person.id):
        problems.append(Problem("id", f"{person.id!r} is not a UUID"))
    check("citizenship", person.citizenship, CITIZENSHIPS)
    check("reason", person.reason, REASONS)
    for i, card in enumerate(person.cards):
        check(f"cards[{i}].type", card.type, CARD_TYPES)
        check(f"cards[{i}].reason", card.reason, REASONS)
    for i, trip in enumerate(person.absences):
        if not isinstance(trip.important_reason, bool):
            problems.append(Problem(f"absences[{i}].important_reason", "is not true or false"))
    for i, waiting in enumerate(person.provisional):
        check(f"provisional[{i}].kind", waiting.kind, PROVISIONAL_KINDS)
    for i, application in enumerate(person.applications):
        check(f"applications[{i}].kind", application.kind, APPLICATION_KINDS)
    for i, doc in enumerate(person.documents):
        check(f"documents[{i}].kind", doc.kind, DOCUMENT_KINDS)
        check(f"documents[{i}].status", doc.status, DOCUMENT_STATUSES)
    return problems


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def name_key(name: str) -> str:
    """What makes two names the same name: equal once both are NFC-normalised."""
    return unicodedata.normalize("NFC", name)


def _check_people(people: Sequence[Person]) -> None:
    """Every person valid, names and ids unique within `people`."""
    seen_names: dict[str, Person] = {}
    seen_ids: set[str] = set()
    for person in people:
        problems = _enum_problems(person) + person_problems(person)
        if problems:
            raise ValidationError(person.name, problems)
        if name_key(person.name) in seen_names:
            raise DuplicateNameError(f"the name {quoted(person.name)} is used for two people")
        if person.id in seen_ids:
            raise ValidationError(person.name, [Problem("id", "is used for two people")])
        seen_names[name_key(person.name)] = person
        seen_ids.add(person.id)


@dataclass(frozen=True, slots=True)
class StoredPerson:
    """Who is in the store at the start of a write: what a write's checks look at."""

    id: str
    name: str


# Given who is stored, inside the write transaction: the people to write (or raise).
Plan = Callable[[Sequence[StoredPerson]], Sequence[Person]]


def _fetcher(session: Session) -> records.Fetch:
    connection = session.connection()

    def fetch(sql: str, params: Sequence[Any] = ()) -> list[records.Row]:
        return [dict(row) for row in connection.exec_driver_sql(sql, tuple(params)).mappings()]

    return fetch


def _sort_key(person: Person) -> tuple[str, str, str]:
    return (person.name.casefold(), person.name, person.id)


class Store:
    """One open database. Use `Store.open`; close it (or use `with`) when done."""

    def __init__(self, data_dir: Path, path: Path, engine: Engine, schema_version: int) -> None:
        self.data_dir = data_dir
        self.path = path
        self.schema_version = schema_version
        self._engine = engine
        self._write_engine = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        self._backed_up_on: date | None = None  # see _writing

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Store:
        """Open (creating if needed) the store in `data_dir`, upgrading it if it is older.

        Raises NewerSchemaError, CorruptDatabaseError, MigrationError, StoreLockedError or
        StoreWriteError, each with a message fit for the user.
        """
        data_dir = Path(data_dir)
        path = paths.database_path(data_dir)
        with guarded(path):
            paths.ensure_private_dir(data_dir)
            create_database_file(path)
            info = _inspect(path, busy_timeout)
            current = migrations.CURRENT_VERSION
            if info.user_version > current:
                raise NewerSchemaError(
                    f"{path} was saved by a newer version of Permit Tracker (schema version "
                    f"{info.user_version}; this version reads up to {current}); it was not "
                    "changed: update Permit Tracker to open it"
                )
            fresh = info.user_version == 0 and info.application_id == 0 and info.objects == 0
            if not fresh and info.application_id != migrations.APPLICATION_ID:
                raise CorruptDatabaseError(
                    f"{path} is an SQLite file of another program, not a Permit Tracker "
                    "database; move it away and try again"
                )
            if info.quick_check != "ok":
                raise CorruptDatabaseError(
                    f"{path} is damaged ({info.quick_check}); `permit-tracker restore` "
                    f"lists the copies in {paths.backups_dir(data_dir)} and restores one"
                )
            if os.name == "posix" and path.stat().st_mode & 0o077:
                path.chmod(paths.FILE_MODE)  # an older or copied file: make it private again
            engine = _make_engine(path, busy_timeout)
            try:
                version = info.user_version
                if version < current:
                    # Imported here: every open reads CURRENT_VERSION, few run a step, and
                    # the start-up path should not load the backup code for nothing.
                    from permit_tracker.storage.backups import make_backup

                    backups_dir = paths.backups_dir(data_dir)
                    write_engine = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
                    version = migrations.upgrade(
                        write_engine,
                        path,
                        version,
                        lambda reason: make_backup(path, backups_dir, reason),
                    )
            except BaseException:
                engine.dispose()
                raise
        return cls(data_dir, path, engine, version)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, schema_version={self.schema_version})"

    # -- transactions -----------------------------------------------------------------------

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Session]:
        with guarded(self.path), Session(self._engine) as session, session.begin():
            yield session

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Session]:
        """One transaction: everything inside commits together or not at all."""
        if self._backed_up_on != date.today():  # the day's first edit keeps a copy first
            # Imported here: a command that only reads (`deadlines`) never loads backups.
            from permit_tracker.storage.backups import take_daily_backup

            self._backed_up_on = date.today()
            take_daily_backup(self.path, paths.backups_dir(self.data_dir))
        with guarded(self.path), Session(self._write_engine) as session, session.begin():
            yield session

    # -- people -----------------------------------------------------------------------------

    def people(self) -> list[Person]:
        """Everyone, sorted by name (case-insensitively). A value that cannot be read is
        read as unknown; `damage()` names it."""
        with self._reading() as session:
            return sorted(records.load_people(_fetcher(session), None, None), key=_sort_key)

    def person(self, person_id: str) -> Person:
        with self._reading() as session:
            found = records.load_people(_fetcher(session), person_id, None)
        if not found:
            raise PersonNotFound(f"no person with id {person_id} in {self.path}")
        return found[0]

    def damage(self) -> list[Damage]:
        """Every stored value that cannot be read (people first, by name; then settings and
        reminder states), each naming the person or setting and the field; empty when
        everything reads. The CLI and the GUI show these; see `damage.py`."""
        found: list[Damage] = []
        with self._reading() as session:
            fetch = _fetcher(session)
            people = records.load_people(fetch, None, found)
            records.read_settings(fetch, found)
            records.read_reminder_states(fetch, found)
        order = {p.id: i for i, p in enumerate(sorted(people, key=_sort_key))}
        return sorted(found, key=lambda d: order.get(d.person_id or "", len(order)))

    def save_person(self, person: Person) -> None:
        """Insert `person`, or replace the stored person with the same id, whole."""
        self.save_people([person])

    def save_people(self, people: Iterable[Person]) -> None:
        """Insert or replace several people in one transaction (all or none)."""
        batch = list(people)
        _check_people(batch)
        self.write_people(lambda stored: batch)

    def replace_all(self, people: Iterable[Person]) -> None:
        """Make `people` the whole content of the store, in one transaction."""
        batch = list(people)
        _check_people(batch)
        self.write_people(lambda stored: batch, replace=True)

    def write_people(self, plan: Plan, *, replace: bool = False) -> list[Person]:
        """Write the people `plan` returns, in one transaction, and return them.

        `plan` is called inside the write transaction (BEGIN IMMEDIATE) with who is stored at
        that moment, so a check it makes (a name or id already taken, an id matched by name)
        holds for the write: another process cannot write in between. It may raise to write
        nothing. Without `replace` the people are inserted or replace the stored person with
        the same id; a name another stored person has (NFC-equal) is a DuplicateNameError.
        With `replace` they become the whole content of the store.
        """
        with self._writing() as session:
            stored = sorted(
                (
                    StoredPerson(str(r["id"]), records.person_name(r["name"], str(r["id"])))
                    for r in _fetcher(session)("SELECT id, name FROM people", ())
                ),
                key=lambda p: (p.name.casefold(), p.name, p.id),
            )
            batch = list(plan(stored))
            _check_people(batch)
            if replace:
                session.execute(delete(PersonRow))  # children go with ON DELETE CASCADE
                session.flush()
                for person in batch:
                    _write_person(session, person)
                return batch
            ids = {p.id for p in batch}
            taken = {name_key(s.name): s.name for s in stored if s.id not in ids}
            for person in batch:
                # A stored person keeps their name unless this batch renames them too.
                if name_key(person.name) in taken:
                    clash = taken[name_key(person.name)]
                    raise DuplicateNameError(f"there is already a person named {quoted(clash)}")
            for row in session.scalars(select(PersonRow).where(PersonRow.id.in_(ids))):
                # Placeholder names (no real name starts with NUL) let a batch swap names.
                row.name = f"\x00{row.id}"
            session.flush()
            for person in batch:
                _delete_children(session, person.id)
                _write_person(session, person)
            return batch

    def delete_person(self, person_id: str) -> None:
        with self._writing() as session:
            if session.get(PersonRow, person_id) is None:
                raise PersonNotFound(f"no person with id {person_id} in {self.path}")
            # Children go with ON DELETE CASCADE (foreign keys are on for every connection).
            session.execute(delete(PersonRow).where(PersonRow.id == person_id))

    # -- rules and settings -----------------------------------------------------------------

    def rule_overrides(self) -> dict[str, int]:
        value = self.setting(RULE_OVERRIDES_KEY, {})
        if not isinstance(value, dict):
            return {}
        return {str(k): v for k, v in value.items() if isinstance(v, int)}

    def set_rule_overrides(self, overrides: Mapping[str, int]) -> None:
        """Keep the user's rule values; raises RulesetError for an unknown rule or value."""
        Ruleset.with_overrides(overrides)
        self.set_setting(RULE_OVERRIDES_KEY, dict(overrides))

    def ruleset(self) -> Ruleset:
        """The rules in force. A stored override this version cannot use (a rule since
        removed, a value out of range) is skipped with a warning rather than stopping the app."""
        overrides = self.rule_overrides()
        try:
            return Ruleset.with_overrides(overrides)
        except RulesetError as exc:
            log.warning("ignoring some stored rule overrides: %s", exc)
        usable: dict[str, int] = {}
        for key, value in overrides.items():
            with contextlib.suppress(RulesetError):
                Ruleset.with_overrides({**usable, key: value})
                usable[key] = value
        return Ruleset.with_overrides(usable)

    def setting(self, key: str, default: Any = None) -> Any:
        """The stored value, or `default` when there is none or it cannot be read."""
        with self._reading() as session:
            stored, value = records.read_setting(_fetcher(session), key, None)
            return value if stored else default

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value (TypeError/ValueError otherwise)."""
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(f"setting {key!r}: the value holds a lone surrogate") from None
        with self._writing() as session:
            session.merge(SettingRow(key=key, value=text))

    def delete_setting(self, key: str) -> None:
        with self._writing() as session:
            session.execute(delete(SettingRow).where(SettingRow.key == key))

    # -- reminder state ---------------------------------------------------------------------

    def reminder_states(self) -> dict[str, ReminderState]:
        """Every reminder state that can be read (one that cannot is left out: `damage()`)."""
        with self._reading() as session:
            return records.read_reminder_states(_fetcher(session), None)

    def put_reminder_states(self, states: Iterable[ReminderState]) -> None:
        """Insert or update each state (by key), all in one transaction."""
        batch = list(states)
        with self._writing() as session:
            # Replaced, not merged: a merge would keep a stored value that could not be read
            # (loaded as None) when the new one is None too.
            session.execute(
                delete(ReminderStateRow).where(ReminderStateRow.key.in_([s.key for s in batch]))
            )
            for s in batch:
                session.add(
                    ReminderStateRow(
                        key=s.key,
                        state=s.state,
                        fired_at=s.fired_at,
                        snoozed_until=s.snoozed_until,
                        updated_at=s.updated_at,
                    )
                )

    def delete_reminder_states(self, keys: Iterable[str]) -> None:
        batch = list(keys)
        with self._writing() as session:
            session.execute(delete(ReminderStateRow).where(ReminderStateRow.key.in_(batch)))


# -- rows <-> domain ----------------------------------------------------------------------------

_CHILD_MODELS: Final = (
    VisaRow, PassportRow, CardRow, AbsenceRow, MoveRow, ProvisionalRow, ApplicationRow,
    DocumentRow, ProcedureRow,
)  # fmt: skip


def _delete_children(session: Session, person_id: str) -> None:
    for model in _CHILD_MODELS:
        session.execute(delete(model).where(model.person_id == person_id))


_ListRow = CardRow | AbsenceRow | MoveRow | ProvisionalRow | ApplicationRow | DocumentRow


def _insert_rows(
    session: Session, model: type[_ListRow], rows: list[dict[str, Any]], person_id: str
) -> None:
    if rows:
        session.execute(
            insert(model),
            [{"person_id": person_id, "position": i, **row} for i, row in enumerate(rows)],
        )


def _write_person(session: Session, person: Person) -> None:
    """Write `person` and its children; the caller has removed the old children."""
    row = session.get(PersonRow, person.id)
    if row is None:
        row = PersonRow(id=person.id)
        session.add(row)
    row.name = person.name
    row.citizenship = person.citizenship
    row.reason = person.reason
    row.arrival = person.arrival
    row.registered = person.registered
    for column in ("citizenship", "reason", "arrival", "registered"):
        # Written even when "unchanged": a stored value that could not be read was loaded as
        # None, and saving the person must replace it.
        flag_modified(row, column)
    session.flush()  # the parent row exists before its children reference it
    pid = person.id
    if person.visa is not None:
        v = person.visa
        session.add(
            VisaRow(person_id=pid, type=v.type, valid_from=v.valid_from, valid_until=v.valid_until)
        )
    if person.passport is not None:
        session.add(PassportRow(person_id=pid, expires=person.passport.expires))
    # Lists go in as one executemany per table (Core), not row objects: a long travel
    # history is rewritten whole at every edit of the person.
    _insert_rows(
        session,
        CardRow,
        [
            {
                "type": c.type,
                "valid_from": c.valid_from,
                "valid_until": c.valid_until,
                "reason": c.reason,
                "renewal_requested": c.renewal_requested,
            }
            for c in person.cards
        ],
        pid,
    )
    _insert_rows(
        session,
        AbsenceRow,
        [
            {
                "left": a.left,
                "returned": a.returned,
                "note": a.note,
                "declared": a.declared,
                "reported_back": a.reported_back,
                "important_reason": a.important_reason,
            }
            for a in person.absences
        ],
        pid,
    )
    _insert_rows(
        session, MoveRow, [{"date": m.date, "declared": m.declared} for m in person.moves], pid
    )
    _insert_rows(
        session,
        ProvisionalRow,
        [
            {"kind": w.kind, "issued": w.issued, "valid_until": w.valid_until}
            for w in person.provisional
        ],
        pid,
    )
    _insert_rows(
        session,
        ApplicationRow,
        [{"kind": a.kind, "filed": a.filed, "decided": a.decided} for a in person.applications],
        pid,
    )
    _insert_rows(
        session,
        DocumentRow,
        [{"kind": d.kind, "status": d.status, "issued": d.issued} for d in person.documents],
        pid,
    )
    if person.procedure is not None:
        p = person.procedure
        session.add(
            ProcedureRow(person_id=pid, police_check=p.police_check,
                         card_application=p.card_application, card_collected=p.card_collected)
        )  # fmt: skip
    session.flush()
