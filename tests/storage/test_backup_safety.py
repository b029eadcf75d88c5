"""Issue 13, backups and restore: nothing lost, no slot taken for nothing, clear messages.

Each test here failed before the fix it guards (noted in its docstring). Backups are real
SQLite copies made by the store's own code; "killed" is a real SIGKILL of a real process.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from permit_tracker import paths
from permit_tracker.cli import main
from permit_tracker.domain.model import Person
from permit_tracker.storage import Store, StoreLockedError
from permit_tracker.storage.backups import (
    BackupError,
    backup_files,
    list_backups,
    make_backup,
    prune,
    restore_backup,
)

REPO = Path(__file__).resolve().parents[2]
NOON = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


def person(name: str) -> Person:
    return Person(name=name, arrival=date(2025, 3, 3))


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


def event_backups(store: Store, count: int) -> list[Path]:
    """`count` "before-import" copies, a second apart, each holding one more person."""
    folder = paths.backups_dir(store.data_dir)
    made = []
    for i in range(count):
        store.save_person(person(f"Person {i}"))
        made.append(
            make_backup(store.path, folder, "before-import", now=NOON + timedelta(seconds=i))
        )
    return made


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "permit_tracker", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
    )


# -- 1. restoring the oldest backup -----------------------------------------------------------


def test_restoring_the_oldest_backup_keeps_it_and_restores_it(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: the copy taken first pushed the oldest over the keep-5 limit, it was pruned
    before being copied back, and the message blamed the live database."""
    made = event_backups(store, 5)
    oldest = made[0]
    listed = [b.path for b in list_backups(paths.backups_dir(store.data_dir))]
    number = listed.index(oldest) + 1
    store.save_person(person("Later"))

    code = main(["restore", str(number), "--data-dir", str(store.data_dir)])

    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert oldest.exists()  # never deleted by the restore that reads it
    assert [p.name for p in store.people()] == ["Person 0"]
    assert "restored the backup" in captured.out


def test_the_restored_backup_survives_the_prune_in_the_library_too(store: Store) -> None:
    made = event_backups(store, 5)
    result = restore_backup(made[0], store.path, paths.backups_dir(store.data_dir))
    assert made[0].exists() and result.previous is not None and result.previous.exists()
    assert names_in(store.path) == ["Person 0"]


# -- 3. no backup for a write that does not happen ----------------------------------------------


def test_a_refused_import_takes_no_backup(store: Store, tmp_path: Path) -> None:
    """Before: every refused import took a "before-import" copy first: five refused imports
    rotated every meaningful copy away."""
    store.save_person(person("Ana Silva"))
    made = event_backups(store, 5)
    clash = tmp_path / "clash.json"  # Ana again, without --replace: refused
    clash.write_text(
        json.dumps({"format": "permit-tracker", "version": 1, "people": [{"name": "Ana Silva"}]}),
        encoding="utf-8",
    )
    before = sorted(p.name for p in paths.backups_dir(store.data_dir).iterdir())
    for _ in range(6):
        assert main(["import", str(clash), "--data-dir", str(store.data_dir)]) == 1
    after = sorted(p.name for p in paths.backups_dir(store.data_dir).iterdir())
    assert after == before
    assert all(p.exists() for p in made)


def test_a_restore_refused_because_the_database_is_busy_takes_no_backup(store: Store) -> None:
    """Before: the current data was copied, then the copy back failed as busy."""
    made = event_backups(store, 3)
    folder = paths.backups_dir(store.data_dir)
    before = sorted(p.name for p in folder.iterdir())
    holder = sqlite3.connect(store.path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program writing
        with pytest.raises(StoreLockedError):
            restore_backup(made[0], store.path, folder, busy_timeout=0.3)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert sorted(p.name for p in folder.iterdir()) == before
    assert names_in(store.path) == ["Person 0", "Person 1", "Person 2"]


def test_a_copy_identical_to_the_newest_takes_no_new_slot(store: Store) -> None:
    store.save_person(person("Ana Silva"))
    folder = paths.backups_dir(store.data_dir)
    first = make_backup(store.path, folder, "before-import", now=NOON)
    again = make_backup(store.path, folder, "before-import", now=NOON + timedelta(hours=1))
    assert again == first
    assert [p for p, _ in backup_files(folder)] == [first]
    store.save_person(person("Bruno Silva"))
    third = make_backup(store.path, folder, "before-import", now=NOON + timedelta(hours=2))
    assert third != first and len(backup_files(folder)) == 2


def test_two_different_copies_in_the_same_second_get_distinct_names(store: Store) -> None:
    folder = paths.backups_dir(store.data_dir)
    store.save_person(person("Ana Silva"))
    first = make_backup(store.path, folder, "before-import", now=NOON)
    store.save_person(person("Bruno Silva"))
    second = make_backup(store.path, folder, "before-import", now=NOON)
    assert first != second and second.name.endswith("-2.sqlite3")
    assert names_in(first) == ["Ana Silva"] and names_in(second) == ["Ana Silva", "Bruno Silva"]


BACKUP_CHILD = r"""
import sys
from pathlib import Path
from permit_tracker.storage.backups import make_backup
print("started", flush=True)
make_backup(Path(sys.argv[1]), Path(sys.argv[2]), "daily", busy_timeout=120)
print("done", flush=True)
"""


def test_a_backup_killed_half_way_takes_no_slot(store: Store) -> None:
    """Before: the file was created under its final name first, so a copy killed half-way
    was listed (and counted against the limit) as an empty, unusable backup."""
    store.save_person(person("Ana Silva"))
    folder = paths.backups_dir(store.data_dir)
    paths.ensure_private_dir(folder)
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # the copy cannot read: it waits half-way
    child = subprocess.Popen(
        [sys.executable, "-c", BACKUP_CHILD, str(store.path), str(folder)],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "started"
        deadline = time.monotonic() + 30
        while not any(folder.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        assert any(folder.iterdir()), "the copy never started"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        holder.execute("ROLLBACK")
        holder.close()
        if child.stdout is not None:
            child.stdout.close()
    assert backup_files(folder) == []
    assert list_backups(folder) == []
    leftovers = list(folder.iterdir())
    assert leftovers and all(p.name.startswith(".") for p in leftovers)
    prune(folder, now=time.time() + 2 * 3600)  # an hour later, the leftover goes
    assert list(folder.iterdir()) == []


# -- messages and odd files -------------------------------------------------------------------


def test_restoring_a_wal_mode_file_leaves_the_database_in_rollback_journal_mode(
    store: Store, tmp_path: Path
) -> None:
    """Before: the header's WAL bytes were copied with the pages, and the live database
    was in WAL mode from then on."""
    store.save_person(person("Ana Silva"))
    backup = make_backup(store.path, paths.backups_dir(store.data_dir), "daily", now=NOON)
    wal_copy = tmp_path / "wal-copy.sqlite3"
    wal_copy.write_bytes(backup.read_bytes())
    conn = sqlite3.connect(wal_copy)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    conn.close()
    assert wal_copy.read_bytes()[18:20] == b"\x02\x02"
    store.save_person(person("Bruno Silva"))

    restore_backup(wal_copy, store.path, paths.backups_dir(store.data_dir))

    assert store.path.read_bytes()[18:20] == b"\x01\x01"
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    assert [p.name for p in store.people()] == ["Ana Silva"]


@pytest.mark.parametrize("content", [None, b"not a database at all" * 100])
def test_an_unusable_backup_is_refused_in_plain_words(
    store: Store, tmp_path: Path, content: bytes | None
) -> None:
    """Before: "… cannot be restored: it is cannot be read (…)"."""
    store.save_person(person("Ana Silva"))
    bad = tmp_path / "bad.sqlite3"
    if content is not None:
        bad.write_bytes(content)
    with pytest.raises(BackupError) as caught:
        restore_backup(bad, store.path, paths.backups_dir(store.data_dir))
    message = str(caught.value)
    assert "cannot be restored: " in message
    assert "it is cannot" not in message and "it is the file" not in message
    assert names_in(store.path) == ["Ana Silva"]


def test_a_hard_link_of_the_database_is_named_as_the_database_not_busy(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: "the database … is busy in another program"."""
    store.save_person(person("Ana Silva"))
    link = tmp_path / "looks-like-a-backup.sqlite3"
    os.link(store.path, link)
    assert main(["restore", str(link), "--data-dir", str(store.data_dir)]) == 1
    err = capsys.readouterr().err
    assert "the database itself" in err and "busy" not in err
    assert err.count("\n") == 1
    assert names_in(store.path) == ["Ana Silva"]


def test_restore_accepts_the_file_name_the_listing_shows(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """Numbers shift when a backup is taken between listing and restoring; names do not."""
    made = event_backups(store, 3)
    args = ["--data-dir", str(store.data_dir)]
    assert main(["backups", *args]) == 0
    listing = capsys.readouterr().out
    assert all(f"[{p.name}]" in listing for p in made)
    store.save_person(person("Later"))
    make_backup(store.path, paths.backups_dir(store.data_dir), "before-import")  # shifts
    assert main(["restore", made[1].name, *args]) == 0
    assert [p.name for p in store.people()] == ["Person 0", "Person 1"]


def test_warnings_on_stderr_carry_the_program_prefix(data_dir: Path, tmp_path: Path) -> None:
    """Before: "could not take the daily backup of …" appeared as a bare line."""
    with Store.open(data_dir) as store:
        store.save_person(person("Ana Silva"))
    backups = paths.backups_dir(data_dir)
    for item in backups.iterdir() if backups.exists() else ():
        item.unlink()
    if backups.exists():
        backups.rmdir()
    backups.write_text("a file where the backups folder should be")
    done = run_cli("export-ics", str(tmp_path / "out.ics"), "--data-dir", str(data_dir))
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines, "the failed daily backup must be reported"
    assert all(line.startswith("permit-tracker: ") for line in lines), done.stderr
    assert any("daily backup" in line for line in lines)
