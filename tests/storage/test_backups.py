"""Automatic backups: the daily copy, retention, listing from the file itself, restore.

Every backup here is a real SQLite copy made by the store's own code; contents are checked by
opening the copies, and "read-only" by comparing bytes and modification times.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from permit_tracker import paths
from permit_tracker.cli import main
from permit_tracker.domain.model import Absence, Card, Document, Person
from permit_tracker.reminders.instance import lock_path
from permit_tracker.storage import Store, StoreLockedError
from permit_tracker.storage.backups import (
    KEEP_DAILY,
    KEEP_EVENTS,
    BackupError,
    backup_files,
    list_backups,
    make_backup,
    newest_good_backup,
    parse_backup_name,
    prune,
    read_backup,
    restore_backup,
    take_daily_backup,
)
from permit_tracker.storage.health import set_aside

ANA = Person(
    name="Ana Silva",
    arrival=date(2025, 3, 3),
    cards=(Card("A", date(2025, 5, 10), date(2026, 5, 9)),),
    absences=(Absence(date(2025, 7, 1), date(2025, 7, 20), "holiday"),),
    documents=(Document("police_clearance", "obtained", date(2025, 1, 10)),),
)
BRUNO = Person(name="Bruno Silva", arrival=date(2025, 3, 3))
CHLOE = Person(name="Chloé Dubois", reason="study")
NOON = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT name FROM people"))
    finally:
        conn.close()


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir) as opened:
        yield opened


def backups_of(data_dir: Path) -> Path:
    return paths.backups_dir(data_dir)


def change(db: Path, value: object) -> None:
    """A change to the database behind the store's back (no daily copy of its own): a copy
    identical to the newest backup takes no new slot, so tests that want several
    copies change something between them."""
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES ('test.counter', ?)",
                (json.dumps(value),),
            )
    finally:
        conn.close()


# -- the daily copy -----------------------------------------------------------------------------


def test_first_edit_of_the_day_keeps_the_state_before_it(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.save_person(ANA)  # an empty store has nothing worth a copy
        assert not backups_of(data_dir).exists()
    with Store.open(data_dir) as store:
        store.save_person(BRUNO)
        store.save_person(CHLOE)
    with Store.open(data_dir) as store:  # the same day again: no second daily copy
        store.delete_person(CHLOE.id)
    (daily,) = [p for p, n in backup_files(backups_of(data_dir)) if n.daily]
    assert names_in(daily) == ["Ana Silva"]  # before the day's first edit in that session
    assert stat.S_IMODE(daily.stat().st_mode) == 0o600
    assert stat.S_IMODE(backups_of(data_dir).stat().st_mode) == 0o700


def test_daily_copy_once_per_local_day(store: Store) -> None:
    store.save_person(ANA)
    first = take_daily_backup(store.path, backups_of(store.data_dir), now=NOON)
    again = take_daily_backup(store.path, backups_of(store.data_dir), now=NOON + timedelta(hours=3))
    change(store.path, 1)
    tomorrow = take_daily_backup(store.path, backups_of(store.data_dir), now=NOON + timedelta(1))
    assert first is not None and again is None and tomorrow is not None
    assert [n.reason for _, n in backup_files(backups_of(store.data_dir))] == ["daily", "daily"]


def test_a_daily_copy_that_cannot_be_made_does_not_stop_editing(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    store.save_person(ANA)
    backups_of(store.data_dir).write_text("a file where the backups folder should be")
    with Store.open(store.data_dir) as again:
        again.save_person(BRUNO)
        assert [p.name for p in again.people()] == ["Ana Silva", "Bruno Silva"]
    assert "could not take the daily backup" in caplog.text


# -- names and retention ------------------------------------------------------------------------


def test_names_parse_back() -> None:
    parsed = parse_backup_name("permit-tracker-20260115T081500Z-before-migration-v2-3.sqlite3")
    assert parsed is not None
    assert parsed.created == datetime(2026, 1, 15, 8, 15, tzinfo=UTC)
    assert (parsed.reason, parsed.attempt) == ("before-migration-v2", 3)
    for other in ("permit-tracker.sqlite3", "permit-tracker.corrupt-20260115T081500Z.sqlite3",
                  "permit-tracker-2026-daily.sqlite3", "notes.txt"):  # fmt: skip
        assert parse_backup_name(other) is None


def test_retention_keeps_the_newest_10_daily_and_5_event_copies(store: Store) -> None:
    store.save_person(ANA)
    folder = backups_of(store.data_dir)
    folder.mkdir(mode=0o700)
    stranger = folder / "my-notes.txt"
    stranger.write_text("not a backup")
    daily = []
    for i in range(14):
        change(store.path, i)
        daily.append(make_backup(store.path, folder, "daily", now=NOON + timedelta(days=i)))
    events = []
    for i in range(8):
        change(store.path, 100 + i)
        events.append(
            make_backup(store.path, folder, "before-import", now=NOON + timedelta(hours=i))
        )
    assert len(set(daily)) == 14 and len(set(events)) == 8
    left = {p for p, _ in backup_files(folder)}
    assert left == set(daily[-KEEP_DAILY:]) | set(events[-KEEP_EVENTS:])
    assert stranger.exists()
    # A clock set back: the copy just made stays, even though its stamp is the oldest.
    change(store.path, "early")
    early = make_backup(store.path, folder, "before-restore", now=NOON - timedelta(days=400))
    assert early.exists()
    assert prune(folder, keep=early) == []  # already within the limits but for `early`


# -- listing --------------------------------------------------------------------------------------


def test_listing_reads_dates_reasons_and_contents_without_changing_the_files(
    store: Store,
) -> None:
    folder = backups_of(store.data_dir)
    store.save_people([ANA, BRUNO])
    older = make_backup(store.path, folder, "daily", now=NOON)
    store.save_person(CHLOE)
    newer = make_backup(store.path, folder, "before-import", now=NOON + timedelta(hours=1))
    before = {p: (digest(p), p.stat().st_mtime_ns) for p in (older, newer)}

    listed = list_backups(folder)

    assert [b.path for b in listed] == [newer, older]
    assert listed[0].people == ("Ana Silva", "Bruno Silva", "Chloé Dubois")
    assert listed[1].people == ("Ana Silva", "Bruno Silva")
    assert (listed[1].count("cards"), listed[1].count("trips"), listed[1].count("documents")) == (
        1, 1, 1,
    )  # fmt: skip
    assert listed[1].created == NOON and listed[1].reason == "daily" and listed[1].ok
    assert listed[0].describe_reason() == "before an import"
    assert listed[1].summary() == "2 people (Ana Silva, Bruno Silva); 1 card, 1 trip, 1 document"
    assert {p: (digest(p), p.stat().st_mtime_ns) for p in (older, newer)} == before
    assert sorted(p.name for p in folder.iterdir()) == sorted([older.name, newer.name])


def test_a_damaged_backup_is_listed_as_unusable_and_skipped_for_the_newest_good(
    store: Store,
) -> None:
    folder = backups_of(store.data_dir)
    store.save_person(ANA)
    good = make_backup(store.path, folder, "daily", now=NOON)
    change(store.path, 1)
    bad = make_backup(store.path, folder, "before-import", now=NOON + timedelta(hours=1))
    bad.write_bytes(b"\x00" * 4096)
    info = read_backup(bad)
    assert not info.ok and info.problem and info.people == ()
    best = newest_good_backup(folder)
    assert best is not None and best.path == good


# -- restoring ------------------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_the_current_data(store: Store) -> None:
    folder = backups_of(store.data_dir)
    store.save_people([ANA, BRUNO])
    backup = make_backup(store.path, folder, "daily", now=NOON)
    store.delete_person(BRUNO.id)
    store.save_person(CHLOE)
    later = store.people()

    result = restore_backup(backup, store.path, folder)

    assert store.people() == sorted([ANA, BRUNO], key=lambda p: p.name)  # the open store sees it
    assert result.previous is not None and names_in(result.previous) == [
        "Ana Silva",
        "Chloé Dubois",
    ]
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    # The copy taken first makes a restore undoable.
    restore_backup(result.previous, store.path, folder)
    assert store.people() == later


def test_an_unusable_backup_is_refused_and_the_database_is_unchanged(
    store: Store, tmp_path: Path
) -> None:
    store.save_person(ANA)
    before = digest(store.path)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.execute("INSERT INTO people VALUES ('Mallory')")
    conn.commit()
    conn.close()
    for source in (garbage, foreign, tmp_path / "missing.sqlite3", store.path):
        with pytest.raises(BackupError) as info:
            restore_backup(source, store.path, backups_of(store.data_dir))
        assert str(source) in str(info.value) and "\n" not in str(info.value)
    assert digest(store.path) == before
    assert not backups_of(store.data_dir).exists()  # nothing done, so no copy either


def test_restore_while_another_program_writes_is_refused_cleanly(store: Store) -> None:
    folder = backups_of(store.data_dir)
    store.save_person(ANA)
    backup = make_backup(store.path, folder, "daily", now=NOON)
    store.save_person(BRUNO)
    other = sqlite3.connect(store.path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreLockedError, match="busy"):
            restore_backup(backup, store.path, folder, busy_timeout=0.1)
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert [p.name for p in store.people()] == ["Ana Silva", "Bruno Silva"]


def test_restore_after_the_database_was_set_aside(store: Store) -> None:
    folder = backups_of(store.data_dir)
    store.save_people([ANA, BRUNO])
    backup = make_backup(store.path, folder, "daily", now=NOON)
    store.close()
    kept = set_aside(store.path)
    result = restore_backup(backup, store.path, folder)
    assert result.previous is None
    assert kept.exists() and names_in(kept) == ["Ana Silva", "Bruno Silva"]
    with Store.open(store.data_dir) as reopened:
        assert [p.name for p in reopened.people()] == ["Ana Silva", "Bruno Silva"]
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


# -- the command line -----------------------------------------------------------------------------


def test_restore_command_lists_then_restores_by_number_or_path(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = backups_of(store.data_dir)
    store.save_people([ANA, BRUNO])
    old = make_backup(store.path, folder, "daily", now=NOON)
    store.save_person(CHLOE)
    make_backup(store.path, folder, "before-import", now=NOON + timedelta(hours=1))
    store.delete_person(ANA.id)
    args = ["--data-dir", str(store.data_dir)]

    assert main(["restore", *args]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert "  1  " in listing[1] and "before an import" in listing[1]
    assert "3 people (Ana Silva, Bruno Silva, Chloé Dubois)" in listing[1]
    assert "  2  " in listing[2] and "daily copy" in listing[2] and "2 people" in listing[2]
    local = NOON.astimezone().strftime("%Y-%m-%d %H:%M")
    assert local in listing[2]
    assert main(["backups", *args]) == 0
    assert capsys.readouterr().out.splitlines() == listing

    assert main(["restore", "2", *args]) == 0
    out = capsys.readouterr().out
    assert "restored the backup of" in out and "kept in" in out
    assert [p.name for p in store.people()] == ["Ana Silva", "Bruno Silva"]
    assert main(["restore", str(old), *args]) == 0
    assert [p.name for p in store.people()] == ["Ana Silva", "Bruno Silva"]

    assert main(["restore", "99", *args]) == 1
    assert main(["restore", "no-such-file.sqlite3", *args]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 2 and "no backup number 99" in errors[0]
    # Issue 14: the numbers that exist, in words ("numbers: 1 to 1" read as a typo).
    assert "numbered 1 to " in errors[0] and "permit-tracker backups" in errors[0]


def test_restore_command_stands_aside_while_the_app_is_open(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    store.save_person(ANA)
    backup = make_backup(store.path, backups_of(store.data_dir), "daily", now=NOON)
    store.save_person(BRUNO)
    import os
    import socket

    lock_path(store.data_dir).write_text(f"{os.getpid()}\npermit-tracker\n{socket.gethostname()}\n")
    assert main(["restore", str(backup), "--data-dir", str(store.data_dir)]) == 1
    assert "File menu" in capsys.readouterr().err
    assert [p.name for p in store.people()] == ["Ana Silva", "Bruno Silva"]


def test_every_import_into_a_store_with_people_keeps_a_copy_first(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from permit_tracker.storage.exchange import dumps

    store.save_person(ANA)
    family = tmp_path / "family.json"
    family.write_text(dumps([BRUNO]), encoding="utf-8")
    args = ["--data-dir", str(store.data_dir)]
    assert main(["import", str(family), *args]) == 0
    assert main(["import", str(family), "--replace", *args]) == 0
    copies = [p for p, n in backup_files(backups_of(store.data_dir)) if n.reason == "before-import"]
    assert [names_in(p) for p in copies] == [["Ana Silva", "Bruno Silva"], ["Ana Silva"]]
