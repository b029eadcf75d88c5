"""Shared by the read-only / full-disk / locked tests of the command line
(tests/cli/test_environment_errors.py) and of the window
(tests/ui/shell/test_environment_errors_window.py): a seeded store, a store that may not grow,
a lock held by another process, and the check that a message is one clear line."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import event

from permit_tracker import paths
from permit_tracker.demo import demo_people
from permit_tracker.domain.model import Absence, Person
from permit_tracker.storage import Store

TODAY = date(2025, 3, 5)
NEWCOMER = Person(name="Nadia Newcomer", arrival=date(2025, 2, 1))


def seed(data_dir: Path) -> list[Person]:
    with Store.open(data_dir) as store:
        store.save_people(demo_people(TODAY))
        return store.people()


def people_in(data_dir: Path) -> list[Person]:
    with Store.open(data_dir) as store:
        return store.people()


def assert_clear(message: str, *words: str) -> None:
    """One line for a person: no traceback, no driver jargon, and the expected words."""
    assert message and "\n" not in message.strip(), message
    for jargon in ("Traceback", "OperationalError", "sqlite3.", "sqlalchemy"):
        assert jargon not in message, message
    for word in words:
        assert word.lower() in message.lower(), message


@contextmanager
def full_store_at(data_dir: Path) -> Iterator[Store]:
    """A seeded store whose file may not grow by a single page (PRAGMA max_page_count)."""
    seed(data_dir)
    with Store.open(data_dir) as store:
        store.save_person(NEWCOMER)  # today's daily copy is taken now, while there is room
        pages = sqlite3.connect(store.path).execute("PRAGMA page_count").fetchone()[0]

        def limit(dbapi_connection: sqlite3.Connection, record: object) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        event.listen(store._engine, "connect", limit)
        store._engine.dispose()
        yield store
        event.remove(store._engine, "connect", limit)
        store._engine.dispose()


def long_history(person: Person) -> Person:
    trips = tuple(
        Absence(date(2001, 1, 1) + timedelta(days=3 * i), date(2001, 1, 2) + timedelta(days=3 * i),
                "a long note " * 40)
        for i in range(150)
    )  # fmt: skip
    return replace(person, absences=trips)


HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN " + sys.argv[2])
    conn.execute("CREATE TABLE IF NOT EXISTS holder_was_here (x)")  # a real write lock
    print("locked", flush=True)
    sys.stdin.read()  # until the test closes our stdin
    conn.execute("ROLLBACK")
    """
)


@contextmanager
def lock_holders(data_dir: Path) -> Iterator[Callable[[str], subprocess.Popen[str]]]:
    """Yields `hold(kind)`: "IMMEDIATE" (others may still read) or "EXCLUSIVE" (nobody may);
    every holder still running is released at the end."""
    holders: list[subprocess.Popen[str]] = []

    def hold(kind: str) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(paths.database_path(data_dir)), kind],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert proc.stdout is not None and proc.stdout.readline() == "locked\n"
        holders.append(proc)
        return proc

    yield hold
    for proc in holders:
        if proc.poll() is None:
            proc.communicate("", timeout=30)


def release(proc: subprocess.Popen[str]) -> None:
    proc.communicate("", timeout=30)
