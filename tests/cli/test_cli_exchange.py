"""`permit-tracker import` / `export`: exact round trips, one-line errors, nothing half-written."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from permit_tracker import paths
from permit_tracker.cli import main
from permit_tracker.storage import Store, migrations

EVERY_FIELD = Path(__file__).resolve().parents[1] / "fixtures" / "every-field.json"
V1_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "permit-tracker-v1.sqlite3"


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "permit_tracker", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *parts: str) -> None:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("permit-tracker: error: ")
    for part in parts:
        assert part in lines[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip_through_the_command_line_is_exact(tmp_path: Path) -> None:
    data = tmp_path / "data"
    imported = run("--data-dir", str(data), "import", str(EVERY_FIELD), cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("imported 3 people")
    assert "Chloé Dubois" in imported.stdout
    exported = run("export", "out.json", "--data-dir", str(data), cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    out = tmp_path / "out.json"
    assert out.read_text(encoding="utf-8") == EVERY_FIELD.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # personal data
    to_stdout = run("export", "-", "--data-dir", str(data), cwd=tmp_path)
    assert to_stdout.stdout == EVERY_FIELD.read_text(encoding="utf-8")
    assert to_stdout.stderr == ""


def test_import_reads_standard_input(tmp_path: Path) -> None:
    data = tmp_path / "data"
    text = EVERY_FIELD.read_text(encoding="utf-8")
    result = run("import", "-", "--data-dir", str(data), cwd=tmp_path, stdin=text)
    assert result.returncode == 0, result.stderr
    with Store.open(data) as store:
        assert len(store.people()) == 3


def test_bad_file_is_one_line_naming_person_and_field(tmp_path: Path) -> None:
    data = tmp_path / "data"
    document = json.loads(EVERY_FIELD.read_text(encoding="utf-8"))
    document["people"][0]["absences"][1]["returned"] = "2025-02-30"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    result = run("import", str(bad), "--data-dir", str(data), cwd=tmp_path)
    assert_one_line_error(
        result, "bad.json", 'person "Ana Silva": absences[1].returned: "2025-02-30" is not a date',
        "nothing was imported",
    )  # fmt: skip
    assert result.stdout == ""
    with Store.open(data) as store:
        assert store.people() == []


def test_a_name_already_stored_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("import", str(EVERY_FIELD), "--data-dir", str(data), cwd=tmp_path).returncode == 0
    db = paths.database_path(data)
    before = sha256(db)
    again = run("import", str(EVERY_FIELD), "--data-dir", str(data), cwd=tmp_path)
    assert_one_line_error(again, 'person "Ana Silva": name: already in the store', "--replace")
    assert sha256(db) == before


def test_environment_errors_are_one_line(tmp_path: Path) -> None:
    missing = run("import", "nope.json", "--data-dir", str(tmp_path / "d"), cwd=tmp_path)
    assert_one_line_error(missing, "cannot read nope.json", "No such file")

    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)))
    assert_one_line_error(
        run("import", str(binary), "--data-dir", str(tmp_path / "d"), cwd=tmp_path), "UTF-8"
    )

    no_dir = run("export", "no/such/dir/out.json", "--data-dir", str(tmp_path / "d"), cwd=tmp_path)
    assert_one_line_error(no_dir, "cannot write no/such/dir/out.json")

    corrupt = tmp_path / "corrupt"
    paths.ensure_private_dir(corrupt)
    paths.database_path(corrupt).write_bytes(b"definitely not sqlite" * 100)
    assert_one_line_error(
        run("export", "-", "--data-dir", str(corrupt), cwd=tmp_path), "permit-tracker.sqlite3"
    )


def test_a_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    paths.ensure_private_dir(data)
    db = paths.database_path(data)
    shutil.copyfile(V1_FIXTURE, db)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 5}")
    conn.close()
    before = sha256(db)
    for args in (("export", "-"), ("import", str(EVERY_FIELD), "--replace")):
        result = run(*args, "--data-dir", str(data), cwd=tmp_path)
        assert_one_line_error(result, "newer version of Permit Tracker")
        assert sha256(db) == before


def test_data_dir_comes_from_the_environment(data_dir: Path, tmp_path: Path) -> None:
    # The shared `data_dir` fixture exports PERMIT_TRACKER_DATA_DIR; the child inherits it.
    result = run("import", str(EVERY_FIELD), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert paths.database_path(data_dir).exists()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.database_path(data_dir).stat().st_mode) == 0o600


def test_replace_restores_the_file_and_keeps_a_backup(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(EVERY_FIELD)]) == 0
    smaller = tmp_path / "one.json"
    smaller.write_text(
        json.dumps({"format": "permit-tracker", "version": 1,
                    "people": [{"name": "Ana Silva", "reason": "study"}]}),
        encoding="utf-8",
    )  # fmt: skip
    capsys.readouterr()
    assert main(["import", "--replace", str(smaller), "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "replaced: Ana Silva" in out
    assert "removed (not in the file): bruno Silva, Chloé Dubois" in out
    with Store.open(data_dir) as store:
        (ana,) = store.people()
        assert ana.reason == "study"
        assert ana.id == "3f2b8c1e-5d4a-4f6b-9e8d-7c6b5a4f3e21"  # matched by name: same id
    (backup,) = paths.backups_dir(data_dir).glob("*-before-import.sqlite3")
    assert str(backup) in out
    restored = tmp_path / "restored"
    paths.ensure_private_dir(restored)
    shutil.copyfile(backup, paths.database_path(restored))
    assert main(["export", str(tmp_path / "back.json"), "--data-dir", str(restored)]) == 0
    assert (tmp_path / "back.json").read_text(encoding="utf-8") == EVERY_FIELD.read_text(
        encoding="utf-8"
    )


def test_export_to_stdout_via_main(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(EVERY_FIELD)]) == 0
    capsys.readouterr()
    assert main(["export", "-"]) == 0
    assert capsys.readouterr().out == EVERY_FIELD.read_text(encoding="utf-8")


def test_a_failed_export_leaves_the_old_file_and_no_temporary(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert main(["import", str(EVERY_FIELD)]) == 0
    target = tmp_path / "out" / "backup.json"
    target.parent.mkdir()
    target.write_text("previous export\n", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    capsys.readouterr()
    assert main(["export", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("permit-tracker: error: cannot write") and "No space left" in err
    assert err.count("\n") == 1
    assert target.read_text(encoding="utf-8") == "previous export\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["backup.json"]


def test_main_turns_exchange_errors_into_exit_code_1(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "permit-tracker", "version": 7, "people": []}', encoding="utf-8")
    assert main(["import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"permit-tracker: error: {bad}: file: version: 7 is newer than this app reads (2): "
        "update it; nothing was imported\n"
    )


def test_help_shows_examples(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("import", "export"):
        with pytest.raises(SystemExit) as info:
            main([command, "--help"])
        assert info.value.code == 0
        out = capsys.readouterr().out
        assert "--data-dir" in out and "examples:" in out and f"permit-tracker {command}" in out
