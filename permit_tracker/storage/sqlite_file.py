"""The database file below the store: creating it private, and looking inside it read-only
(except after a crash).

Shared by `Store.open` (schema version, owner, health), backups and restores, and the
start-up health check.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from permit_tracker import paths
from permit_tracker.private_files import create_private
from permit_tracker.storage.errors import SqliteCode, UnsafeLocationError, extended_code

log = logging.getLogger(__name__)

T = TypeVar("T")


def create_database_file(path: Path) -> None:
    """An empty 0600 file (private_files); one made first by another process goes through
    the same checks."""
    problem = paths.location_problem(path.parent)
    if problem is not None:
        raise UnsafeLocationError(problem)
    create_private(path)


def read_file(path: Path, timeout: float, read: Callable[[sqlite3.Connection], T]) -> T:
    """`read(conn)` on a read-only connection to `path`; raises sqlite3.Error.

    A crash can leave a transaction half written (a hot journal). A read-only connection
    cannot roll that back, so a read-write one does, as any SQLite client would; that puts
    the file back to its last committed state before it is read.
    """
    uri = path.resolve().as_uri()
    for mode in ("ro", "rw"):
        try:
            conn = sqlite3.connect(f"{uri}?mode={mode}", uri=True, timeout=timeout)
            try:
                return read(conn)
            finally:
                conn.close()
        except sqlite3.OperationalError as exc:
            if mode == "ro" and extended_code(exc) == SqliteCode.READONLY_ROLLBACK:
                log.warning("%s: rolling back a transaction interrupted by a crash", path)
                continue
            raise
    raise AssertionError("unreachable: the read-write attempt returns or raises")


def quick_check_text(conn: sqlite3.Connection, limit: int = 3) -> str:
    """`PRAGMA quick_check` on one line: "ok" when sound (SQLite's findings span lines)."""
    rows = conn.execute(f"PRAGMA quick_check({int(limit)})").fetchall()
    return " ".join("; ".join(str(row[0]) for row in rows).split())


def read_quick_check(path: Path, timeout: float = 1.0, *, limit: int = 3) -> str:
    """`PRAGMA quick_check` of `path` on one line ("ok" when sound); raises sqlite3.Error."""
    return read_file(path, timeout, lambda conn: quick_check_text(conn, limit))
