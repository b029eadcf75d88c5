"""The SQLite store: people, settings and reminder state, one transaction per user edit.

`Store.open(data_dir)` is the only way in. It creates the data dir (0700) and the file (0600),
checks the file read-only first (refusing, untouched, a file from a newer version, not
SQLite, not ours or damaged), then upgrades it with the ladder in `migrations.py`.

Transactions follow SQLAlchemy's recipe for pysqlite: the driver's own transaction handling
is switched off (`isolation_level = None`) and SQLAlchemy emits BEGIN itself, so that DDL in
a migration rolls back and reads see one snapshot. Writes use BEGIN IMMEDIATE: the write
lock is taken up front, where the busy timeout applies, instead of failing halfway through.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Final, TypeVar, cast

from sqlalchemy import Connection, Engine, create_engine, delete, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from permit_tracker import paths
from permit_tracker.domain.model import (
    CARD_TYPES,
    DOCUMENT_KINDS,
    DOCUMENT_STATUSES,
    REASONS,
    Absence,
    Card,
    CardType,
    Document,
    DocumentKind,
    DocumentStatus,
    Passport,
    Person,
    Reason,
    Visa,
)
from permit_tracker.domain.validation import Problem, person_problems
from permit_tracker.private_files import create_private
from permit_tracker.rules.ruleset import Ruleset, RulesetError
from permit_tracker.storage import migrations  # its constants only; the ladder is light
from permit_tracker.storage.errors import (
    CorruptDatabaseError,
    DuplicateNameError,
    MigrationError,
    NewerSchemaError,
    PersonNotFound,
    StoreError,
    StoreLockedError,
    StoreWriteError,
    UnsafeLocationError,
    ValidationError,
    describe,
    quoted,
)
from permit_tracker.storage.models import (
    AbsenceRow,
    CardRow,
    DocumentRow,
    PassportRow,
    PersonRow,
    ReminderStateRow,
    SettingRow,
    VisaRow,
)
from permit_tracker.storage.sqlite_file import quick_check_text, read_file

__all__ = [
    "REMINDER_STATES",
    "CorruptDatabaseError",
    "DuplicateNameError",
    "MigrationError",
    "NewerSchemaError",
    "PersonNotFound",
    "ReminderState",
    "Store",
    "StoreError",
    "StoreLockedError",
    "StoreWriteError",
    "ValidationError",
]

log = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT: Final = 5.0  # seconds to wait for another writer before giving up
RULE_OVERRIDES_KEY: Final = "rules.overrides"
REMINDER_STATES: Final = ("pending", "fired", "snoozed", "dismissed", "done")
_BEGIN_OPTION: Final = "permit_tracker_begin"

# SQLite primary result codes (https://www.sqlite.org/rescode.html).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_CONSTRAINT, _SQLITE_NOTADB = 19, 26


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


def _translate(exc: BaseException, path: Path) -> StoreError | None:
    """The user-facing error for a driver error, or None when it is a bug."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = describe(exc)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return StoreLockedError(
            f"the database {path} is busy in another program (is Permit Tracker already "
            "running?); close it and try again"
        )
    if primary == _SQLITE_READONLY or "readonly" in text:
        return StoreWriteError(f"cannot save to {path}: the file or its folder is read-only")
    if primary == _SQLITE_FULL or "disk is full" in text:
        return StoreWriteError(f"the disk is full: could not save to {path}")
    if primary in (_SQLITE_IOERR, _SQLITE_PERM, _SQLITE_CANTOPEN):
        return StoreWriteError(f"cannot read or write {path}: {text}")
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return CorruptDatabaseError(f"{path} is damaged or not a Permit Tracker database ({text})")
    if primary == _SQLITE_CONSTRAINT and "people.name" in text:
        return DuplicateNameError("two people cannot have the same name")
    return None


@contextlib.contextmanager
def _guarded(path: Path) -> Iterator[None]:
    """Turn environment errors (locked, read-only, full, damaged) into StoreError."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        translated = _translate(exc, path)
        if translated is None:
            raise
        raise translated from exc
    except paths.DataDirError as exc:
        raise StoreWriteError(str(exc)) from exc
    except OSError as exc:
        where = exc.filename if exc.filename else path
        raise StoreWriteError(f"cannot read or write {where}: {exc.strerror or exc}") from exc


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


def _create_private_file(path: Path) -> None:
    """An empty 0600 file (private_files); one made first by another process goes through
    the same checks."""
    problem = paths.location_problem(path.parent)
    if problem is not None:
        raise UnsafeLocationError(problem)
    create_private(path)


def _enum_problems(person: Person) -> list[Problem]:
    """What `person_problems` leaves to the type checker: the closed vocabularies and the id."""
    problems: list[Problem] = []

    def check(path: str, value: str | None, allowed: Sequence[str]) -> None:
        if value is not None and value not in allowed:
            problems.append(Problem(path, f"{value!r} is not one of {', '.join(allowed)}"))

    if not _is_uuid(person.id):
        problems.append(Problem("id", f"{person.id!r} is not a UUID"))
    check("reason", person.reason, REASONS)
    for i, card in enumerate(person.cards):
        check(f"cards[{i}].type", card.type, CARD_TYPES)
    for i, doc in enumerate(person.documents):
        check(f"documents[{i}].kind", doc.kind, DOCUMENT_KINDS)
        check(f"documents[{i}].status", doc.status, DOCUMENT_STATUSES)
    return problems


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _check_people(people: Sequence[Person]) -> None:
    """Every person valid, names and ids unique within `people`."""
    seen_names: dict[str, Person] = {}
    seen_ids: set[str] = set()
    for person in people:
        problems = _enum_problems(person) + person_problems(person)
        if problems:
            raise ValidationError(person.name, problems)
        if person.name in seen_names:
            raise DuplicateNameError(f"the name {quoted(person.name)} is used for two people")
        if person.id in seen_ids:
            raise ValidationError(person.name, [Problem("id", "is used for two people")])
        seen_names[person.name] = person
        seen_ids.add(person.id)


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
        with _guarded(path):
            paths.ensure_private_dir(data_dir)
            _create_private_file(path)
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
                    write_engine = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
                    version = migrations.upgrade(
                        write_engine, path, paths.backups_dir(data_dir), version
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
        with _guarded(self.path), Session(self._engine) as session, session.begin():
            yield session

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Session]:
        """One transaction: everything inside commits together or not at all."""
        if self._backed_up_on != date.today():  # the day's first edit keeps a copy first
            # Imported here: a command that only reads (`deadlines`) never loads backups.
            from permit_tracker.storage.backups import take_daily_backup

            self._backed_up_on = date.today()
            take_daily_backup(self.path, paths.backups_dir(self.data_dir))
        with _guarded(self.path), Session(self._write_engine) as session, session.begin():
            yield session

    # -- people -----------------------------------------------------------------------------

    def people(self) -> list[Person]:
        """Everyone, sorted by name (case-insensitively)."""
        with self._reading() as session:
            return sorted(_load_people(session, None), key=_sort_key)

    def person(self, person_id: str) -> Person:
        with self._reading() as session:
            found = _load_people(session, person_id)
        if not found:
            raise PersonNotFound(f"no person with id {person_id} in {self.path}")
        return found[0]

    def save_person(self, person: Person) -> None:
        """Insert `person`, or replace the stored person with the same id, whole."""
        self.save_people([person])

    def save_people(self, people: Iterable[Person]) -> None:
        """Insert or replace several people in one transaction (all or none)."""
        batch = list(people)
        _check_people(batch)
        ids = [p.id for p in batch]
        with self._writing() as session:
            # A stored person keeps their name unless this batch renames them too.
            clash = session.scalar(
                select(PersonRow.name).where(
                    PersonRow.name.in_([p.name for p in batch]), PersonRow.id.not_in(ids)
                )
            )
            if clash is not None:
                raise DuplicateNameError(f"there is already a person named {quoted(clash)}")
            for row in session.scalars(select(PersonRow).where(PersonRow.id.in_(ids))):
                # Placeholder names (no real name starts with NUL) let a batch swap names.
                row.name = f"\x00{row.id}"
            session.flush()
            for person in batch:
                _delete_children(session, person.id)
                _write_person(session, person)

    def delete_person(self, person_id: str) -> None:
        with self._writing() as session:
            if session.get(PersonRow, person_id) is None:
                raise PersonNotFound(f"no person with id {person_id} in {self.path}")
            # Children go with ON DELETE CASCADE (foreign keys are on for every connection).
            session.execute(delete(PersonRow).where(PersonRow.id == person_id))

    def replace_all(self, people: Iterable[Person]) -> None:
        """Make `people` the whole content of the store, in one transaction."""
        batch = list(people)
        _check_people(batch)
        with self._writing() as session:
            session.execute(delete(PersonRow))  # children go with ON DELETE CASCADE
            for person in batch:
                _write_person(session, person)

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
        with self._reading() as session:
            row = session.get(SettingRow, key)
            return default if row is None else json.loads(row.value)

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value (TypeError/ValueError otherwise)."""
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        with self._writing() as session:
            session.merge(SettingRow(key=key, value=text))

    def delete_setting(self, key: str) -> None:
        with self._writing() as session:
            session.execute(delete(SettingRow).where(SettingRow.key == key))

    # -- reminder state ---------------------------------------------------------------------

    def reminder_states(self) -> dict[str, ReminderState]:
        with self._reading() as session:
            rows = session.scalars(select(ReminderStateRow)).all()
            return {
                r.key: ReminderState(
                    key=r.key,
                    state=r.state,
                    updated_at=r.updated_at,
                    fired_at=r.fired_at,
                    snoozed_until=r.snoozed_until,
                )
                for r in rows
            }

    def put_reminder_states(self, states: Iterable[ReminderState]) -> None:
        """Insert or update each state (by key), all in one transaction."""
        batch = list(states)
        with self._writing() as session:
            for s in batch:
                session.merge(
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

_CHILD_MODELS: Final = (VisaRow, PassportRow, CardRow, AbsenceRow, DocumentRow)


def _delete_children(session: Session, person_id: str) -> None:
    for model in _CHILD_MODELS:
        session.execute(delete(model).where(model.person_id == person_id))


def _write_person(session: Session, person: Person) -> None:
    """Write `person` and its children; the caller has removed the old children."""
    row = session.get(PersonRow, person.id)
    if row is None:
        row = PersonRow(id=person.id)
        session.add(row)
    row.name = person.name
    row.reason = person.reason
    row.arrival = person.arrival
    row.registered = person.registered
    session.flush()  # the parent row exists before its children reference it
    pid = person.id
    if person.visa is not None:
        v = person.visa
        session.add(
            VisaRow(person_id=pid, type=v.type, valid_from=v.valid_from, valid_until=v.valid_until)
        )
    if person.passport is not None:
        session.add(PassportRow(person_id=pid, expires=person.passport.expires))
    session.add_all(
        CardRow(person_id=pid, position=i, type=c.type, valid_from=c.valid_from,
                valid_until=c.valid_until)
        for i, c in enumerate(person.cards)
    )  # fmt: skip
    session.add_all(
        AbsenceRow(person_id=pid, position=i, left=a.left, returned=a.returned, note=a.note)
        for i, a in enumerate(person.absences)
    )
    session.add_all(
        DocumentRow(person_id=pid, position=i, kind=d.kind, status=d.status, issued=d.issued)
        for i, d in enumerate(person.documents)
    )
    session.flush()


_Child = TypeVar("_Child", VisaRow, PassportRow, CardRow, AbsenceRow, DocumentRow)


def _children(
    session: Session,
    model: type[_Child],
    person_id: str | None,
    position: InstrumentedAttribute[int] | None = None,
) -> dict[str, list[_Child]]:
    """Rows of one child table grouped by person, in the user's order."""
    stmt = select(model)
    if person_id is not None:
        stmt = stmt.where(model.person_id == person_id)
    if position is not None:
        stmt = stmt.order_by(model.person_id, position)
    grouped: dict[str, list[_Child]] = defaultdict(list)
    for row in session.scalars(stmt):
        grouped[row.person_id].append(row)
    return grouped


def _load_people(session: Session, person_id: str | None) -> list[Person]:
    stmt = select(PersonRow)
    if person_id is not None:
        stmt = stmt.where(PersonRow.id == person_id)
    rows = session.scalars(stmt).all()
    if not rows:
        return []
    visas = _children(session, VisaRow, person_id)
    passports = _children(session, PassportRow, person_id)
    cards = _children(session, CardRow, person_id, CardRow.position)
    absences = _children(session, AbsenceRow, person_id, AbsenceRow.position)
    documents = _children(session, DocumentRow, person_id, DocumentRow.position)
    people = []
    for row in rows:
        visa = visas[row.id][0] if visas.get(row.id) else None
        passport = passports[row.id][0] if passports.get(row.id) else None
        people.append(
            Person(
                id=row.id,
                name=row.name,
                reason=cast(Reason | None, row.reason),
                arrival=row.arrival,
                registered=row.registered,
                visa=None
                if visa is None
                else Visa(type=visa.type, valid_from=visa.valid_from, valid_until=visa.valid_until),
                passport=None if passport is None else Passport(expires=passport.expires),
                cards=tuple(
                    Card(
                        type=cast(CardType | None, c.type),
                        valid_from=c.valid_from,
                        valid_until=c.valid_until,
                    )
                    for c in cards.get(row.id, [])
                ),
                absences=tuple(
                    Absence(left=a.left, returned=a.returned, note=a.note)
                    for a in absences.get(row.id, [])
                ),
                documents=tuple(
                    Document(
                        kind=cast(DocumentKind | None, d.kind),
                        status=cast(DocumentStatus | None, d.status),
                        issued=d.issued,
                    )
                    for d in documents.get(row.id, [])
                ),
            )
        )
    return people
