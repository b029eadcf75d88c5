"""The last adversarial pass over the command line: arbitrary command lines, and several
processes at once on one store.

1. Hypothesis builds command lines from the real vocabulary (every command and option) mixed
   with hostile text: control characters, escape sequences, bidi controls, lone surrogates,
   dates at the calendar's edges, paths of the store's own files. Each runs in-process
   through `main`; it must end with an exit code (never another exception), print nothing a
   terminal acts on, keep every error to one prefixed line, and leave the database sound.
2. Three processes import, edit, export and list backups on one data folder at the same
   time, then two restore among them while a third imports and edits: no traceback, every
   error one line, every import and edit reported as saved is there (before the restores),
   the database passes `PRAGMA integrity_check`, and every listed backup is complete and
   usable.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from permit_tracker import paths
from permit_tracker.cli import main
from permit_tracker.domain.model import Absence, Card, Person
from permit_tracker.storage import Store
from permit_tracker.storage.backups import KEEP_DAILY, KEEP_EVENTS, list_backups, make_backup

REPO = Path(__file__).resolve().parents[2]
RAW_CONTROLS = ("\x1b", "\x07", "\r", "\x9b", "\u202e", "\x00", "\x08")

HOSTILE_TEXT = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "-",
            "--",
            "\x1b[2J",
            "\x1b]0;owned\x07",
            "a\rforged",
            "\u202eevil",
            "\ud800",
            "\x9b31m",
            "Ana Silva",
            "<a href='x'>y</a>",
            "9999-12-31",
            "0001-01-01",
            "9999-12-31T23:59-12:00",
            "0001-01-01T00:00+14:00",
            "2026-02-30",
            "permit-tracker.sqlite3",
            "permit-tracker.sqlite3-journal",
            "backups",
            "zero-device",  # a character device node in the test's folder (as root)
            "fifo",  # never a device of the machine: a write there must be refused, and
            # if that ever regressed the test must not replace /dev/zero (it did once)
            "1",
            "0",
            "-1",
            "99",
        ]
    ),
    # No "/": every path an argument names stays in the test's own folder.
    st.text(alphabet=st.characters(exclude_characters="/"), max_size=12),
)
OPTIONS = st.sampled_from(
    [
        "--json",
        "--today",
        "--person",
        "--replace",
        "--dry-run",
        "--now",
        "--kind",
        "--no-alarms",
        "--include-notes",
        "--data-dir",
        "--help",
        "--version",
        "--bogus",
    ]
)
COMMANDS = st.sampled_from(
    ["import", "export", "deadlines", "export-ics", "remind", "restore", "backups", "nope"]
)


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    words = [draw(COMMANDS)]
    words += draw(st.lists(st.one_of(OPTIONS, HOSTILE_TEXT), max_size=5))
    if words[0] == "remind" and "--dry-run" not in words:
        words.append("--dry-run")  # never a real desktop notification from a test
    return words


ANA = Person(
    name="Ana Silva",
    arrival=date(2025, 3, 3),
    cards=(Card("A", date(2025, 5, 10), date(2026, 6, 30)),),
    absences=(Absence(date(2025, 7, 1), date(2025, 7, 20), "holiday"),),
)


@pytest.fixture
def seeded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data_dir = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(data_dir))
    monkeypatch.chdir(tmp_path)  # relative paths the arguments name land here
    with Store.open(data_dir) as store:
        store.save_person(ANA)
        make_backup(store.path, paths.backups_dir(data_dir), "before-import")
    (tmp_path / "1").write_text("{}", encoding="utf-8")
    os.mkfifo(tmp_path / "fifo")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.mknod(tmp_path / "zero-device", 0o666 | stat.S_IFCHR, os.makedev(1, 5))
    return data_dir


def integrity(db: Path) -> str:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(argv=command_lines())
def test_any_command_line_ends_cleanly(
    seeded: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = exc.code if isinstance(exc.code, int) else 0
    assert isinstance(code, int) and code in (0, 1, 2, 130)
    out, err = capsys.readouterr()
    for raw in RAW_CONTROLS:
        assert raw not in out and raw not in err, (argv, out, err)
    assert "Traceback" not in err
    error_lines = [line for line in err.splitlines() if line.strip()]
    if code != 0:
        assert error_lines, argv
        assert all(line.startswith("permit-tracker") for line in error_lines), err
        assert len(error_lines) == 1, err
    assert integrity(paths.database_path(seeded)) == "ok"
    assert all(b.ok for b in list_backups(paths.backups_dir(seeded))), argv
    cwd = Path.cwd()
    assert stat.S_ISFIFO((cwd / "fifo").stat().st_mode), argv
    if (cwd / "zero-device").exists():
        assert stat.S_ISCHR((cwd / "zero-device").stat().st_mode), argv


# -- several processes at once ------------------------------------------------------------------

WORKER = textwrap.dedent(
    r"""
    import json, subprocess, sys
    from datetime import date
    from pathlib import Path
    from permit_tracker.domain.model import Person
    from permit_tracker.storage import Store, StoreError

    data_dir, me, rounds, tmp = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    cli = [sys.executable, "-m", "permit_tracker"]
    saved = []

    def run(*args):
        done = subprocess.run([*cli, *args, "--data-dir", data_dir], capture_output=True,
                              text=True, timeout=120)
        print(json.dumps({"args": list(args), "code": done.returncode, "out": done.stdout,
                          "err": done.stderr}), flush=True)
        return done

    for i in range(rounds):
        name = f"{me} import {i}"
        family = tmp / f"{me}-{i}.json"
        family.write_text(json.dumps({"format": "permit-tracker", "version": 1,
                                      "people": [{"name": name}]}), encoding="utf-8")
        if run("import", str(family)).returncode == 0:
            saved.append(name)
        try:
            with Store.open(Path(data_dir), busy_timeout=30) as store:
                edited = f"{me} edit {i}"
                store.save_person(Person(name=edited, arrival=date(2025, 3, 3)))
                saved.append(edited)
        except StoreError as exc:
            print(json.dumps({"args": ["edit"], "code": 1, "out": "", "err": str(exc)}))
        run("export", str(tmp / f"{me}-out.json"))
        if i == 0:
            run("backups")
    print(json.dumps({"saved": saved}), flush=True)
    """
)

RESTORER = textwrap.dedent(
    r"""
    import json, subprocess, sys
    from pathlib import Path
    from permit_tracker.storage.backups import backup_files
    data_dir, rounds = sys.argv[1], int(sys.argv[2])
    for i in range(rounds):
        names = [p.name for p, _ in backup_files(Path(data_dir) / "backups")]
        choice = names[-1] if i % 2 else "1"  # the oldest by name, or the newest by number
        done = subprocess.run([sys.executable, "-m", "permit_tracker", "restore", choice,
                               "--data-dir", data_dir], capture_output=True, text=True,
                              timeout=120)
        print(json.dumps({"args": ["restore", choice], "code": done.returncode,
                          "out": done.stdout, "err": done.stderr}), flush=True)
    """
)


def run_all(scripts: list[list[str]], tmp_path: Path) -> list[dict[str, object]]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", *script],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
        )
        for script in scripts
    ]
    records: list[dict[str, object]] = []
    for proc in procs:
        out, err = proc.communicate(timeout=900)
        assert proc.returncode == 0, err
        assert "Traceback" not in err, err
        records += [json.loads(line) for line in out.splitlines() if line.strip()]
    return records


def check_commands(records: list[dict[str, object]]) -> None:
    for record in records:
        if "code" not in record:
            continue
        err = str(record["err"])
        assert "Traceback" not in err, record
        assert record["code"] in (0, 1), record
        lines = [line for line in err.splitlines() if line.strip()]
        assert all(line.startswith("permit-tracker") for line in lines), record
        if record["code"] == 1 and record["args"] != ["edit"]:
            assert len([x for x in lines if ": error: " in x]) == 1, record


def test_several_processes_at_once_lose_nothing_and_leave_a_sound_store(
    data_dir: Path, tmp_path: Path
) -> None:
    with Store.open(data_dir) as store:
        store.save_person(ANA)
    rounds = 2
    workers = [[WORKER, str(data_dir), f"w{n}", str(rounds), str(tmp_path)] for n in range(3)]
    records = run_all(workers, tmp_path)
    check_commands(records)
    saved = [name for r in records if "saved" in r for name in r["saved"]]  # type: ignore[union-attr]
    assert len(saved) >= rounds  # most went through; busy refusals are one line
    with Store.open(data_dir) as store:
        present = {p.name for p in store.people()}
    assert set(saved) <= present, set(saved) - present
    assert integrity(paths.database_path(data_dir)) == "ok"

    restorers = [[RESTORER, str(data_dir), "2"] for _ in range(2)]
    workers = [[WORKER, str(data_dir), "v0", "1", str(tmp_path)]]
    records += run_all(restorers + workers, tmp_path)
    check_commands(records)
    refused = [r for r in records if r.get("code") == 1]
    print(f"{len(records)} commands, {len(refused)} refused in one line:")  # -s shows it
    for record in refused:
        print("  ", record["args"], str(record["err"]).strip())
    assert integrity(paths.database_path(data_dir)) == "ok"
    with Store.open(data_dir) as store:
        assert store.people()  # opens, reads
    backups = list_backups(paths.backups_dir(data_dir))
    assert backups and all(b.ok for b in backups), [b.problem for b in backups]
    # The limits hold (a backup being restored is spared once, hence the slack).
    daily = [b for b in backups if b.daily]
    assert len(daily) <= KEEP_DAILY and len(backups) - len(daily) <= KEEP_EVENTS + 3
    leftovers = [p for p in paths.backups_dir(data_dir).iterdir() if p.name.startswith(".")]
    assert leftovers == []
