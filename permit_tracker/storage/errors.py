"""What can go wrong with the database, as exceptions whose `str()` a person understands,
and the one place that turns SQLite's result codes into them (`translate`, `guarded`).

The UI and the CLI show these messages as they are; anything else escaping the store is a bug.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from enum import IntEnum
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from permit_tracker import paths
from permit_tracker.domain.validation import Problem


class StoreError(Exception):
    """Base class: the message is one line, fit to show to the user."""


class NewerSchemaError(StoreError):
    """The file was written by a newer version of the app; it is refused and left untouched."""


class CorruptDatabaseError(StoreError):
    """The file is not an SQLite database, not ours, or fails its integrity check."""


class MigrationError(StoreError):
    """A schema upgrade failed; the step was rolled back and a backup was kept."""


class StoreLockedError(StoreError):
    """Another process holds the database for longer than the busy timeout."""


class StoreWriteError(StoreError):
    """The file cannot be written: read-only file or directory, disk full, I/O error."""


class UnsafeLocationError(StoreError):
    """The database is a symbolic link, or (as root) belongs to another user: refused."""


class PersonNotFound(StoreError):
    pass


class DuplicateNameError(StoreError):
    """Names are unique: two people with the same name cannot be told apart."""


class ValidationError(StoreError):
    """A person failed the checks of `domain.validation`; `problems` lists every finding."""

    def __init__(self, person_name: str, problems: Sequence[Problem]) -> None:
        self.person_name = person_name
        self.problems: tuple[Problem, ...] = tuple(problems)
        label = f"person {quoted(person_name)}"
        first = f"{label}: {self.problems[0]}" if self.problems else label
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(first + more)


def quoted(name: str, limit: int = 60) -> str:
    """A name in double quotes, escaped and shortened so that a message stays one line."""
    text = json.dumps(name, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 2] + '…"'


def describe(exc: BaseException) -> str:
    """`exc` as one short line: the driver's own message, without SQL or doc links."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig
    return " ".join(str(exc).split()) or exc.__class__.__name__


class SqliteCode(IntEnum):
    """The SQLite result codes the app tells apart (https://www.sqlite.org/rescode.html).

    Primary codes are the low byte of an extended code; compare `primary_code(exc)` with
    them. READONLY_ROLLBACK is extended (READONLY | 3 << 8): a hot journal seen by a
    read-only connection, which a read-write one must roll back."""

    PERM = 3
    BUSY = 5
    LOCKED = 6
    READONLY = 8
    IOERR = 10
    CORRUPT = 11
    FULL = 13
    CANTOPEN = 14
    CONSTRAINT = 19
    NOTADB = 26
    READONLY_ROLLBACK = 776


DAMAGED: tuple[SqliteCode, ...] = (SqliteCode.CORRUPT, SqliteCode.NOTADB)  # not busy, not denied


def extended_code(exc: BaseException) -> int | None:
    """The driver's extended result code of `exc` (unwrapping SQLAlchemy's), if it has one."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(orig, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def primary_code(exc: BaseException) -> int | None:
    """The primary result code of `exc` (the low byte of the extended one), if it has one."""
    code = extended_code(exc)
    return code & 0xFF if code is not None else None


def is_damage(exc: BaseException) -> bool:
    """The file is damaged or not a database at all (rather than busy or not permitted)."""
    return primary_code(exc) in DAMAGED


def translate(exc: BaseException, path: Path) -> StoreError | None:
    """The user-facing error for a driver error, or None when it is a bug."""
    primary = primary_code(exc)
    text = describe(exc)
    if primary in (SqliteCode.BUSY, SqliteCode.LOCKED) or "database is locked" in text:
        return StoreLockedError(
            f"the database {path} is busy in another program (is Permit Tracker already "
            "running?); close it and try again"
        )
    if primary == SqliteCode.READONLY or "readonly" in text:
        return StoreWriteError(f"cannot save to {path}: the file or its folder is read-only")
    if primary == SqliteCode.FULL or "disk is full" in text:
        return StoreWriteError(f"the disk is full: could not save to {path}")
    if primary in (SqliteCode.IOERR, SqliteCode.PERM, SqliteCode.CANTOPEN):
        return StoreWriteError(f"cannot read or write {path}: {text}")
    if primary in DAMAGED:
        return CorruptDatabaseError(f"{path} is damaged or not a Permit Tracker database ({text})")
    if primary == SqliteCode.CONSTRAINT and "people.name" in text:
        return DuplicateNameError("two people cannot have the same name")
    return None


@contextlib.contextmanager
def guarded(path: Path) -> Iterator[None]:
    """Turn environment errors (locked, read-only, full, damaged) into StoreError."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        translated = translate(exc, path)
        if translated is None:
            raise
        raise translated from exc
    except paths.DataDirError as exc:
        raise StoreWriteError(str(exc)) from exc
    except OSError as exc:
        where = exc.filename if exc.filename else path
        raise StoreWriteError(f"cannot read or write {where}: {exc.strerror or exc}") from exc
