"""Issue 13: what the command line writes to a terminal, a pipe or a file it cannot use.

Real processes (`python -m permit_tracker`), real pipes, /dev/full, closed descriptors,
FIFOs and devices. Each test failed before its fix: a traceback, a hang, raw escape
sequences on the terminal, or an exit code that said failure after the change was saved.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from permit_tracker import paths
from permit_tracker.domain.model import Card, Person
from permit_tracker.storage import Store
from permit_tracker.storage.backups import make_backup

REPO = Path(__file__).resolve().parents[2]
HOSTILE = "Ana\x1b]0;owned\x07\x1b[2J\rforged line\u202e\x9b31m"
ANA = Person(
    name="Ana Silva",
    id="0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11",
    arrival=date(2025, 3, 3),
    registered=date(2025, 3, 7),
    cards=(Card("A", date(2025, 5, 10), date(2026, 6, 30)),),
)
NOW = "2026-05-01T09:30"  # the card's 60-day reminder is due


def cli(
    *args: str,
    data_dir: Path | None = None,
    stdout: int | object = subprocess.PIPE,
    stdin: object = subprocess.DEVNULL,
    env: dict[str, str] | None = None,
    shell_redirect: str = "",
) -> subprocess.CompletedProcess[bytes]:
    command: Sequence[str] = [sys.executable, "-m", "permit_tracker", *args]
    if data_dir is not None:
        command = [*command, "--data-dir", str(data_dir)]
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    if shell_redirect:
        quoted = " ".join("'" + c.replace("'", "'\\''") + "'" for c in command)
        return subprocess.run(
            ["sh", "-c", f"exec {quoted} {shell_redirect}"],
            capture_output=True,
            stdin=stdin,  # type: ignore[arg-type]
            env=full_env,
            timeout=60,
            check=False,
        )
    return subprocess.run(
        command,
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        stdin=stdin,  # type: ignore[arg-type]
        env=full_env,
        timeout=60,
        check=False,
    )


def one_error_line(done: subprocess.CompletedProcess[bytes], *words: str) -> str:
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert err.count("\n") == 1 and err.startswith("permit-tracker"), err
    for word in words:
        assert word in err, err
    return err


def rename_in_database(data_dir: Path, old: str, new: str) -> None:
    """A name the form and the importer would refuse, put in the file behind their back:
    the printers must be safe whatever the database holds."""
    conn = sqlite3.connect(paths.database_path(data_dir))
    try:
        with conn:
            conn.execute("UPDATE people SET name = ? WHERE name = ?", (new, old))
    finally:
        conn.close()


@pytest.fixture
def hostile_store(data_dir: Path) -> Path:
    with Store.open(data_dir) as store:  # two people: the table has a person column
        store.save_people([ANA, Person(name="Bruno Silva", arrival=date(2025, 3, 3))])
        make_backup(store.path, paths.backups_dir(data_dir), "before-import")
    rename_in_database(data_dir, "Ana Silva", HOSTILE)
    with Store.open(data_dir) as store:  # and a backup holding the name too
        make_backup(store.path, paths.backups_dir(data_dir), "before-import")
    return data_dir


# -- 7. control characters never reach the terminal raw ----------------------------------------


def assert_no_raw_controls(data: bytes) -> None:
    for raw in (b"\x1b", b"\x07", b"\r", b"\x9b", b"\xc2\x9b", "\u202e".encode()):
        assert raw not in data, data


@pytest.mark.parametrize(
    "args",
    [
        ("deadlines",),
        ("deadlines", "--json"),
        ("backups",),
        ("remind", "--dry-run", "--now", NOW),
        ("export", "-"),
        ("deadlines", "--person", "x\x1b[2Jy"),
        ("import", "no-such\x1b[2J\rfile.json"),
        ("export-ics", "/no/such/dir\x1b]0;t\x07/out.ics"),
    ],
)
def test_control_characters_are_shown_escaped(hostile_store: Path, args: tuple[str, ...]) -> None:
    """Before: the name's escape sequences cleared and retitled the terminal and its CR
    forged a line (deadlines table, backups, remind --dry-run, error messages)."""
    done = cli(*args, data_dir=hostile_store)
    assert "Traceback" not in done.stderr.decode("utf-8", "replace")
    assert_no_raw_controls(done.stdout)
    assert_no_raw_controls(done.stderr)
    shown = (done.stdout + done.stderr).decode("utf-8")
    # The text arrived (escaped here, or with its controls blanked by the notification
    # text itself, as remind --dry-run's titles are).
    assert "\\x1b" in shown or "\\u001b" in shown or "owned" in shown, shown


def test_json_output_keeps_the_same_values(hostile_store: Path) -> None:
    done = cli("export", "-", data_dir=hostile_store)
    assert done.returncode == 0
    names = {p["name"] for p in json.loads(done.stdout)["people"]}
    assert names == {HOSTILE, "Bruno Silva"}
    rows = json.loads(cli("deadlines", "--json", data_dir=hostile_store).stdout)
    assert {row["person"] for row in rows} == {HOSTILE, "Bruno Silva"}


# -- 11. a terminal that is not UTF-8 ---------------------------------------------------------


@pytest.mark.parametrize("encoding", ["ascii", "iso-8859-1"])
def test_a_non_utf8_terminal_gets_escapes_not_a_traceback(
    data_dir: Path, tmp_path: Path, encoding: str
) -> None:
    """Before: the import was committed, then printing its summary raised
    UnicodeEncodeError: a traceback and exit 1 for a change that was made."""
    family = tmp_path / "family.json"
    family.write_text(
        json.dumps(
            {"format": "permit-tracker", "version": 1, "people": [{"name": "Chloé 李 Dubois"}]}
        ),
        encoding="utf-8",
    )
    env = {"PYTHONIOENCODING": encoding, "LC_ALL": "C"}
    done = cli("import", str(family), data_dir=data_dir, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert b"\\u674e" in done.stdout  # 李 written as an escape
    for args in (("deadlines",), ("backups",), ("restore", "99")):
        again = cli(*args, data_dir=data_dir, env=env)
        assert b"Traceback" not in again.stderr, again.stderr
    with Store.open(data_dir) as store:
        assert [p.name for p in store.people()] == ["Chloé 李 Dubois"]


# -- 12. stdout closed or full ---------------------------------------------------------------


def imported(data_dir: Path, tmp_path: Path) -> Path:
    family = tmp_path / "family.json"
    family.write_text(
        json.dumps({"format": "permit-tracker", "version": 1, "people": [{"name": "Bruno"}]}),
        encoding="utf-8",
    )
    return family


@pytest.mark.parametrize(
    "args", [("deadlines",), ("deadlines", "--json"), ("export", "-"), ("backups",), ("--help",)]
)
def test_a_reader_that_left_is_a_silent_success(data_dir: Path, args: tuple[str, ...]) -> None:
    """Before: BrokenPipeError tracebacks (`| true`, `| head`)."""
    with Store.open(data_dir) as store:
        store.save_person(ANA)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written
    try:
        done = cli(*args, data_dir=data_dir, stdout=write_end)
    finally:
        os.close(write_end)
    assert done.stderr == b"" and done.returncode == 0


def test_an_import_whose_summary_cannot_be_read_is_still_saved(
    data_dir: Path, tmp_path: Path
) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = cli("import", str(imported(data_dir, tmp_path)), data_dir=data_dir, stdout=write_end)
    finally:
        os.close(write_end)
    assert done.returncode == 0 and done.stderr == b""
    with Store.open(data_dir) as store:
        assert [p.name for p in store.people()] == ["Bruno"]


def test_a_full_stdout_is_one_line_and_the_change_is_kept(data_dir: Path, tmp_path: Path) -> None:
    """Before: OSError traceback (`> /dev/full`)."""
    with open("/dev/full", "wb") as full:
        done = cli("import", str(imported(data_dir, tmp_path)), data_dir=data_dir, stdout=full)
        assert done.returncode == 1
        one_error_line(done, "the command ran", "No space left")
        for args in (("deadlines",), ("export", "-"), ("deadlines", "--json")):
            again = cli(*args, data_dir=data_dir, stdout=full)
            assert again.returncode == 1
            one_error_line(again, "No space left")
    with Store.open(data_dir) as store:
        assert [p.name for p in store.people()] == ["Bruno"]


def test_a_closed_stdout_is_one_line_and_the_database_stays_sound(
    data_dir: Path, tmp_path: Path
) -> None:
    """Before: AttributeError traceback (`>&-`); and descriptor 1 free for the next file
    opened (the database) to take."""
    family = str(imported(data_dir, tmp_path))
    done = cli("import", family, data_dir=data_dir, shell_redirect=">&-")
    assert done.returncode == 1
    one_error_line(done, "standard output is closed")
    for args in (("deadlines",), ("export", "-"), ("backups",)):
        again = cli(*args, data_dir=data_dir, shell_redirect=">&-")
        assert again.returncode == 1
        one_error_line(again, "closed")
    conn = sqlite3.connect(paths.database_path(data_dir))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with Store.open(data_dir) as store:
        assert [p.name for p in store.people()] == ["Bruno"]


# -- 13. remind --now at the edges of the calendar ---------------------------------------------


@pytest.mark.parametrize(
    "now", ["9999-12-31T23:59-12:00", "0001-01-01T00:00+14:00", "9999-12-31T23:59", "0001-01-01"]
)
def test_remind_now_at_the_edges_of_the_calendar_is_one_line(data_dir: Path, now: str) -> None:
    """Before: OverflowError traceback."""
    with Store.open(data_dir) as store:
        store.save_person(ANA)
    done = cli("remind", "--dry-run", "--now", now, data_dir=data_dir)
    assert done.returncode == 2
    one_error_line(done, "edge of the calendar")


# -- 14. import files that never end or never come ---------------------------------------------


def test_an_import_of_a_device_or_a_fifo_is_refused_at_once(data_dir: Path, tmp_path: Path) -> None:
    """Before: `import /dev/zero` grew without bound; a FIFO blocked for ever."""
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    for source, words in (("/dev/zero", "device"), (str(fifo), "FIFO"), (str(tmp_path), "folder")):
        done = cli("import", source, data_dir=data_dir)
        assert done.returncode == 1
        one_error_line(done, "not a regular file", words)


def test_an_import_file_over_the_cap_is_refused_and_says_the_cap(
    data_dir: Path, tmp_path: Path
) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(17 * 1024 * 1024)
    done = cli("import", str(big), data_dir=data_dir)
    assert done.returncode == 1
    one_error_line(done, "16 MiB")
    with open("/dev/zero", "rb") as zero:
        piped = cli("import", "-", data_dir=data_dir, stdin=zero)
    assert piped.returncode == 1
    one_error_line(piped, "standard input", "16 MiB")
