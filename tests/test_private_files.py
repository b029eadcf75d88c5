"""Issue 13: personal-data files are private and never written over the store; the data
folder is refused when it is unsafe or empty; created folders are 0700 under any umask.

Each test failed before its fix (the docstrings say what happened). The store's files are
compared byte for byte before and after every refused write.
"""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from permit_tracker import paths
from permit_tracker.calendar.actions import refresh_live_calendar, set_live
from permit_tracker.calendar.files import CalendarWriteError
from permit_tracker.calendar.options import ExportOptions
from permit_tracker.cli import main
from permit_tracker.domain.model import Person
from permit_tracker.storage import Store, StoreError
from permit_tracker.storage.backups import make_backup

REPO = Path(__file__).resolve().parents[1]
ANA = Person(name="Ana Silva", arrival=date(2025, 3, 3))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir) as opened:
        opened.save_person(ANA)
        yield opened


@pytest.fixture
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


# -- 4. an export never destroys the store's own files -----------------------------------------


def owned_targets(store: Store) -> list[Path]:
    backup = make_backup(store.path, paths.backups_dir(store.data_dir), "before-import")
    journal = store.path.with_name(store.path.name + "-journal")
    return [store.path, journal, backup]


@pytest.mark.parametrize("command", ["export", "export-ics"])
def test_an_export_over_the_store_files_is_refused(
    store: Store, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: `export DB` and `export-ics DB` replaced the live database (or a backup)."""
    for target in owned_targets(store):
        before = {p: sha256(p) for p in store.data_dir.rglob("*") if p.is_file()}
        link = tmp_path / f"link-to-{target.name}"
        link.symlink_to(target)
        for given in (target, link):
            assert main([command, str(given), "--data-dir", str(store.data_dir)]) == 1
            err = capsys.readouterr().err
            assert err.startswith("permit-tracker: error: ") and err.count("\n") == 1
            assert "would destroy it" in err or "backups folder" in err
            assert f"cannot write {given}: it is " in err  # a sentence, not "X is Y" glued on
        assert {p: sha256(p) for p in store.data_dir.rglob("*") if p.is_file()} == before
        assert not target.name.endswith("-journal") or not target.exists()
    assert [p.name for p in store.people()] == ["Ana Silva"]


def test_a_hard_link_of_the_database_is_refused_as_an_export_target(
    store: Store, tmp_path: Path
) -> None:
    link = tmp_path / "elsewhere.json"
    os.link(store.path, link)
    before = sha256(store.path)
    assert main(["export", str(link), "--data-dir", str(store.data_dir)]) == 1
    assert sha256(store.path) == before and os.path.samefile(link, store.path)


def test_the_live_calendar_file_cannot_be_the_database(store: Store) -> None:
    set_live(store, store.path, ExportOptions())
    before = sha256(store.path)
    with pytest.raises(CalendarWriteError, match="would destroy it"):
        refresh_live_calendar(store, date(2026, 1, 15))
    assert sha256(store.path) == before
    assert [p.name for p in store.people()] == ["Ana Silva"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
@pytest.mark.parametrize("command", ["export", "export-ics"])
def test_an_export_over_a_device_or_a_fifo_is_refused(
    store: Store, tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by the last adversarial pass: as root, `export /dev/zero` replaced the device
    node with a regular file (the atomic rename replaces whatever is there). A device node
    made in the test's folder stands in for /dev/zero."""
    device = tmp_path / "zero"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 5))
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for target in (device, fifo):
        assert main([command, str(target), "--data-dir", str(store.data_dir)]) == 1
        assert "not a regular file" in capsys.readouterr().err
    assert stat.S_ISCHR(device.stat().st_mode) and stat.S_ISFIFO(fifo.stat().st_mode)


# -- 6. every personal-data file is 0600 ----------------------------------------------------------


def test_exports_calendars_and_backups_are_private_under_a_usual_umask(
    store: Store, tmp_path: Path, usual_umask: None
) -> None:
    args = ["--data-dir", str(store.data_dir)]
    assert main(["export", str(tmp_path / "out.json"), *args]) == 0
    assert main(["export-ics", str(tmp_path / "out.ics"), *args]) == 0
    backup = make_backup(store.path, paths.backups_dir(store.data_dir), "daily")
    for path in (tmp_path / "out.json", tmp_path / "out.ics", backup, store.path):
        assert mode(path) == 0o600, path
    assert mode(paths.backups_dir(store.data_dir)) == 0o700
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


# -- 9. unsafe database locations ---------------------------------------------------------------


def test_a_database_that_is_a_symlink_is_refused_and_its_target_untouched(
    tmp_path: Path, data_dir: Path
) -> None:
    """Before: written through, and the target's mode changed to 0600."""
    elsewhere = tmp_path / "elsewhere"
    with Store.open(elsewhere) as other:
        other.save_person(ANA)
    target = paths.database_path(elsewhere)
    target.chmod(0o644)
    before = sha256(target)
    paths.ensure_private_dir(data_dir)
    paths.database_path(data_dir).symlink_to(target)
    with pytest.raises(StoreError, match="symbolic link"):
        Store.open(data_dir)
    assert sha256(target) == before and mode(target) == 0o644
    assert main(["deadlines", "--data-dir", str(data_dir)]) == 1


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_as_root_a_data_folder_of_another_user_is_refused(tmp_path: Path) -> None:
    """Before: used without a word, leaving root-owned files the user cannot open."""
    folder = tmp_path / "someone"
    with Store.open(folder) as theirs:
        theirs.save_person(ANA)
    for item in (folder, paths.database_path(folder)):
        os.chown(item, 1000, 1000)
    before = sha256(paths.database_path(folder))
    with pytest.raises(StoreError, match="belongs to another user"):
        Store.open(folder)
    assert sha256(paths.database_path(folder)) == before
    assert not paths.backups_dir(folder).exists()


# -- 16. the data folder: empty, relative XDG, umask 000 ------------------------------------------


def test_an_empty_data_dir_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: both fell back silently to the default store (someone's real data)."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert main(["deadlines", "--data-dir", ""]) == 1
    assert "--data-dir is empty" in capsys.readouterr().err
    monkeypatch.setenv(paths.ENV_DATA_DIR, "")
    assert main(["deadlines"]) == 1
    assert "PERMIT_TRACKER_DATA_DIR is set but empty" in capsys.readouterr().err
    assert not (tmp_path / "home").exists()


def test_a_relative_xdg_data_home_is_ignored_with_a_warning(tmp_path: Path) -> None:
    """Before: the data went under the current folder (`./relative/Permit Tracker`)."""
    home, cwd = tmp_path / "home", tmp_path / "cwd"
    cwd.mkdir()
    env = {k: v for k, v in os.environ.items() if k != paths.ENV_DATA_DIR}
    env.update(HOME=str(home), XDG_DATA_HOME="relative", PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, "-m", "permit_tracker", "deadlines"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert list(cwd.iterdir()) == []
    assert paths.database_path(home / ".local/share/Permit Tracker").exists()
    assert done.stderr.startswith("permit-tracker: warning: ignoring XDG_DATA_HOME")
    assert done.stderr.count("\n") == 1


def test_folders_made_under_umask_000_are_private(tmp_path: Path) -> None:
    """Before: the parents of the data folder were made 0777."""
    previous = os.umask(0)
    try:
        with Store.open(tmp_path / "a" / "b" / "data") as store:
            store.save_person(ANA)
            make_backup(store.path, paths.backups_dir(store.data_dir), "daily")
    finally:
        os.umask(previous)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a/b/data"):
        assert mode(folder) == 0o700, folder
    assert mode(tmp_path / "a/b/data/backups") == 0o700
    for file in (tmp_path / "a/b/data").rglob("*"):
        if file.is_file():
            assert mode(file) == 0o600, file


def test_a_fifo_in_place_of_the_lock_file_does_not_hang_the_command_line(data_dir: Path) -> None:
    """A sibling of the FIFO given as an export file: `remind` and `restore` read the lock
    file; a FIFO there blocked them for ever."""
    paths.ensure_private_dir(data_dir)
    os.mkfifo(data_dir / "permit-tracker.lock")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "permit_tracker",
            "remind",
            "--data-dir",
            str(data_dir),
        ],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr
