"""Every command that opens the store says what is wrong with it in one line (exit code 1),
through the one conversion in `cli._run`, and leaves the file as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from permit_tracker import paths
from permit_tracker.storage import migrations

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

COMMANDS = (
    ("deadlines",),
    ("deadlines", "--json"),
    ("export", "-"),
    ("import", str(FIXTURES / "every-field.json")),
    ("export-ics", "out.ics"),
    ("publish", "--off", "--dry-run"),
    ("remind", "--dry-run"),
)


@pytest.fixture(scope="module")
def newer_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store written by a future version: every command must refuse it, unchanged."""
    data = tmp_path_factory.mktemp("newer") / "data"
    paths.ensure_private_dir(data)
    db = paths.database_path(data)
    shutil.copyfile(FIXTURES / "permit-tracker-v1.sqlite3", db)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    conn.close()
    return data


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_store_error_is_one_line_for_every_command(
    command: tuple[str, ...], newer_store: Path, tmp_path: Path
) -> None:
    db = paths.database_path(newer_store)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    done = subprocess.run(
        [sys.executable, "-m", "permit_tracker", *command, "--data-dir", str(newer_store)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("permit-tracker: error: "), done.stderr
    assert "newer version of Permit Tracker" in done.stderr
    assert done.stdout == ""
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not (tmp_path / "out.ics").exists()
