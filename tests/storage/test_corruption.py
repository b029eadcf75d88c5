"""A damaged database is moved aside (bytes kept), never overwritten or deleted, and the
newest good backup is named; restoring it brings the content back.

The damage is real: pages of the file are overwritten on disk. The GUI side (the offer at
start) is in tests/ui/backup/test_restore_dialog.py.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from permit_tracker import paths
from permit_tracker.cli import main
from permit_tracker.domain.model import Absence, Card, Person
from permit_tracker.storage import CorruptDatabaseError, Store
from permit_tracker.storage.backups import make_backup, restore_backup
from permit_tracker.storage.health import CORRUPT_MARK, Health, check_and_quarantine, set_aside
from permit_tracker.storage.migrations import CURRENT_VERSION

NOON = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


def family(n: int) -> list[Person]:
    return [
        Person(
            id=str(uuid.UUID(int=i + 1)),
            name=f"Person {i:02d}",
            arrival=date(2024, 1, 1) + timedelta(days=i),
            cards=(Card("A", date(2024, 2, 1), date(2025, 2, 1)),),
            absences=tuple(
                Absence(
                    date(2024, 3, 1) + timedelta(days=4 * k),
                    date(2024, 3, 2) + timedelta(days=4 * k),
                    "trip " * 20,
                )
                for k in range(8)
            ),
        )
        for i in range(n)
    ]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def overwrite_pages(path: Path, pages: range | None = None, fill: bytes = b"\xa5") -> None:
    """Scribble over the start of every page but the first (its b-tree header)."""
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for page in pages or range(1, len(data) // size):
        data[page * size : page * size + 100] = fill * 100
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(data_dir: Path) -> tuple[Path, list[Person]]:
    """A store with 30 people, a good backup of the first 20, then its pages overwritten."""
    with Store.open(data_dir) as store:
        store.save_people(family(20))
        make_backup(store.path, paths.backups_dir(data_dir), "daily", now=NOON)
        store.save_people(family(30))
        path = store.path
    overwrite_pages(path)
    return path, sorted(family(20), key=lambda p: p.name)


def test_damaged_file_is_moved_aside_with_its_bytes_and_the_backup_restores(
    data_dir: Path, damaged: tuple[Path, list[Person]]
) -> None:
    path, backed_up = damaged
    bytes_before = sha256(path)
    with pytest.raises(CorruptDatabaseError):
        Store.open(data_dir)  # the store alone refuses it, untouched
    assert sha256(path) == bytes_before

    report = check_and_quarantine(data_dir)

    assert report.health is Health.QUARANTINED and report.quarantined
    assert report.moved_to is not None and not path.exists()
    assert report.moved_to.parent == data_dir and CORRUPT_MARK in report.moved_to.name
    assert sha256(report.moved_to) == bytes_before  # moved, not rewritten
    assert report.newest_good_backup is not None
    assert report.newest_good_backup.created == NOON
    assert len(report.newest_good_backup.people) == 20
    message = report.message()
    assert str(report.moved_to) in message and "20 people" in message and "\n" not in message

    restore_backup(report.newest_good_backup.path, path, paths.backups_dir(data_dir))
    with Store.open(data_dir) as store:
        assert store.people() == backed_up
    assert sha256(report.moved_to) == bytes_before  # and it stays there


def test_a_file_that_is_not_a_database_any_more_is_moved_too(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.save_people(family(3))
        path = store.path
    path.write_bytes(b"\x00" * 100 + path.read_bytes()[100:])  # the header is gone
    report = check_and_quarantine(data_dir)
    assert report.quarantined and report.newest_good_backup is None
    assert "no backup" in report.message()
    with Store.open(data_dir) as store:  # the app can start again, empty
        assert store.people() == []


def test_a_journal_travels_with_its_damaged_database(
    data_dir: Path, damaged: tuple[Path, list[Person]]
) -> None:
    path, _ = damaged
    journal = path.with_name(path.name + "-journal")
    # Not "hot" (its header is zeros, as after PRAGMA journal_mode=PERSIST): SQLite leaves
    # it alone, and so must the fresh file that comes next.
    journal.write_bytes(bytes(2048))
    report = check_and_quarantine(data_dir)
    assert report.moved_to is not None and not journal.exists()
    moved_journal = report.moved_to.with_name(report.moved_to.name + "-journal")
    assert moved_journal.read_bytes() == bytes(2048)


def test_every_damage_gets_its_own_name(data_dir: Path) -> None:
    kept = []
    for round_number in range(3):
        with Store.open(data_dir) as store:
            store.save_people(family(2 + round_number))
            path = store.path
        overwrite_pages(path)
        kept.append(set_aside(path, now=NOON))  # the same second each time
    assert len(set(kept)) == 3 and all(p.exists() for p in kept)


def test_sound_foreign_newer_or_locked_files_are_left_where_they_are(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.save_people(family(2))
        path = store.path
    assert check_and_quarantine(data_dir).health is Health.OK
    assert path.exists()

    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        report = check_and_quarantine(data_dir)
        assert report.health is Health.UNCHECKED and "locked" in report.problem
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert path.exists()

    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    before = sha256(path)
    assert check_and_quarantine(data_dir).health is Health.OK
    assert sha256(path) == before  # Store.open refuses it with its own message


def test_missing_or_empty_file_is_fine(data_dir: Path) -> None:
    assert check_and_quarantine(data_dir).health is Health.OK
    assert not data_dir.exists()  # checking creates nothing


def test_restore_command_sets_a_damaged_database_aside_and_restores(
    data_dir: Path, damaged: tuple[Path, list[Person]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, backed_up = damaged
    bytes_before = sha256(path)
    assert main(["deadlines", "--data-dir", str(data_dir)]) == 1
    error = capsys.readouterr().err
    assert "damaged" in error and len(error.splitlines()) == 1

    assert main(["restore", "1", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "kept aside, unchanged" in out
    (kept,) = data_dir.glob(f"*{CORRUPT_MARK}*")
    assert sha256(kept) == bytes_before
    with Store.open(data_dir) as store:
        assert store.people() == backed_up
