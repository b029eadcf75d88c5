"""What can go wrong with the database, as exceptions whose `str()` a person understands.

The UI and the CLI show these messages as they are; anything else escaping the store is a bug.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError

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
