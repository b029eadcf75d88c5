"""Schema versions: the ladder matches the models, old files upgrade, newer files stay untouched."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import shutil
import sqlite3
import stat
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, inspect

from permit_tracker import paths
from permit_tracker.domain.model import Application, Move, Procedure, Provisional
from permit_tracker.storage import MigrationError, NewerSchemaError, Store, migrations
from permit_tracker.storage.backups import make_backup
from permit_tracker.storage.models import Base

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _load_fixture_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_v1", FIXTURES / "make_v1.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_v1", module)
    spec.loader.exec_module(module)
    return module


make_v1 = _load_fixture_module()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


def columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def install_v1_fixture(data_dir: Path) -> Path:
    paths.ensure_private_dir(data_dir)
    target = paths.database_path(data_dir)
    shutil.copyfile(make_v1.FIXTURE, target)
    return target


def schema_of(path: Path) -> dict[str, Any]:
    """Tables, columns, keys, constraints and indexes as SQLAlchemy reflects them."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        insp = inspect(engine)
        result: dict[str, Any] = {}
        for table in sorted(insp.get_table_names()):
            result[table] = {
                "columns": [
                    (c["name"], str(c["type"]), c["nullable"], c.get("default"))
                    for c in insp.get_columns(table)
                ],
                "pk": insp.get_pk_constraint(table)["constrained_columns"],
                "fks": sorted(
                    (
                        fk["name"],
                        tuple(fk["constrained_columns"]),
                        fk["referred_table"],
                        tuple(fk["referred_columns"]),
                        tuple(sorted(fk["options"].items())),
                    )
                    for fk in insp.get_foreign_keys(table)
                ),
                "unique": sorted(
                    (u["name"], tuple(u["column_names"]))
                    for u in insp.get_unique_constraints(table)
                ),
                "indexes": sorted(
                    (i["name"], tuple(i["column_names"]), i["unique"])
                    for i in insp.get_indexes(table)
                ),
            }
        return result
    finally:
        engine.dispose()


def test_ladder_builds_exactly_the_schema_of_the_models(tmp_path: Path) -> None:
    with Store.open(tmp_path / "ladder") as store:
        from_ladder = schema_of(store.path)
    from_models = tmp_path / "models.sqlite3"
    engine = create_engine(f"sqlite:///{from_models}")
    Base.metadata.create_all(engine)
    engine.dispose()
    assert from_ladder == schema_of(from_models)
    assert set(from_ladder) == set(Base.metadata.tables)


def test_new_file_records_version_and_owner(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assert store.schema_version == migrations.CURRENT_VERSION
        path = store.path
    assert pragma(path, "user_version") == migrations.CURRENT_VERSION
    assert pragma(path, "application_id") == migrations.APPLICATION_ID
    # Nothing to protect in a brand-new file: no backup.
    assert not paths.backups_dir(data_dir).exists()


def test_every_version_has_a_step() -> None:
    assert sorted(migrations.STEPS) == list(range(1, migrations.CURRENT_VERSION + 1))


def test_v1_fixture_opens_and_migrates_with_current_code(data_dir: Path) -> None:
    """The committed version 1 file opens with today's code, its content intact.

    When a version 2 step is added this test migrates the fixture through it for real.
    """
    path = install_v1_fixture(data_dir)
    assert pragma(path, "user_version") == make_v1.FIXTURE_VERSION == 1
    with Store.open(data_dir) as store:
        assert store.schema_version == migrations.CURRENT_VERSION
        assert store.people() == sorted(make_v1.FIXTURE_PEOPLE, key=lambda p: p.name.casefold())
        for key, value in make_v1.FIXTURE_SETTINGS.items():
            assert store.setting(key) == value
        assert store.rule_overrides() == make_v1.FIXTURE_RULE_OVERRIDES
        state = store.reminder_states()[make_v1.FIXTURE_REMINDER_KEY]
        assert state.state == "fired"
        assert state.fired_at == make_v1.FIXTURE_REMINDER_FIRED
    assert pragma(path, "user_version") == migrations.CURRENT_VERSION
    backups = sorted(p.name for p in paths.backups_dir(data_dir).glob("*-before-migration-*"))
    expected = [f"-before-migration-v{v}.sqlite3" for v in range(2, migrations.CURRENT_VERSION + 1)]
    assert len(backups) == len(expected)
    assert all(name.endswith(suffix) for name, suffix in zip(backups, expected, strict=True))


def test_fixture_is_still_version_1() -> None:
    """The fixture must never be regenerated at a newer schema (see make_v1.py)."""
    assert pragma(make_v1.FIXTURE, "user_version") == 1
    assert pragma(make_v1.FIXTURE, "application_id") == migrations.APPLICATION_ID


def _add_nickname(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE people ADD COLUMN nickname VARCHAR(100)")
    conn.exec_driver_sql("UPDATE people SET nickname = substr(name, 1, 3)")


# A step after the last real one: these tests prove the ladder's mechanics on a real file.
NEXT = migrations.CURRENT_VERSION + 1


def test_a_new_step_upgrades_the_fixture_after_a_backup(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(migrations.STEPS, NEXT, _add_nickname)
    monkeypatch.setattr(migrations, "CURRENT_VERSION", NEXT)
    path = install_v1_fixture(data_dir)
    original = sha256(path)
    with Store.open(data_dir) as store:
        assert store.schema_version == NEXT
        assert [p.name for p in store.people()] == ["Ana Silva", "bruno Silva", "Chloé Dubois"]
    assert pragma(path, "user_version") == NEXT
    assert "nickname" in columns(path, "people")
    (backup,) = paths.backups_dir(data_dir).glob(f"*-before-migration-v{NEXT}.sqlite3")
    assert backup.name.startswith("permit-tracker-")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    assert pragma(backup, "user_version") == NEXT - 1
    assert "nickname" not in columns(backup, "people")
    # The backup is a faithful copy: it opens (and migrates) to the same people.
    copy_dir = data_dir.parent / "copy"
    paths.ensure_private_dir(copy_dir)
    shutil.copyfile(backup, paths.database_path(copy_dir))
    with Store.open(copy_dir) as copy:
        assert copy.people() == sorted(make_v1.FIXTURE_PEOPLE, key=lambda p: p.name.casefold())
    assert original != sha256(path)


def test_a_failing_step_rolls_back_its_ddl_and_leaves_the_file_at_its_version(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_done(conn: Connection) -> None:
        _add_nickname(conn)  # DDL and data changes that must be undone
        conn.exec_driver_sql("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.exec_driver_sql("DELETE FROM absences")
        raise RuntimeError("disk went away halfway")

    path = install_v1_fixture(data_dir)
    Store.open(data_dir).close()  # the real steps first: the failing one comes after them
    monkeypatch.setitem(migrations.STEPS, NEXT, half_done)
    monkeypatch.setattr(migrations, "CURRENT_VERSION", NEXT)
    before = sha256(path)
    with pytest.raises(MigrationError) as info:
        Store.open(data_dir)
    message = str(info.value)
    assert f"from schema version {NEXT - 1} to {NEXT}" in message
    assert "disk went away halfway" in message
    assert "\n" not in message
    assert sha256(path) == before
    assert pragma(path, "user_version") == NEXT - 1
    assert "nickname" not in columns(path, "people")
    (backup,) = paths.backups_dir(data_dir).glob(f"*-before-migration-v{NEXT}.sqlite3")
    assert str(backup) in message
    assert sha256(backup) != "" and pragma(backup, "user_version") == NEXT - 1
    # Once the step is fixed the same file upgrades fine.
    monkeypatch.setitem(migrations.STEPS, NEXT, _add_nickname)
    with Store.open(data_dir) as store:
        assert store.schema_version == NEXT
        assert store.people() == sorted(make_v1.FIXTURE_PEOPLE, key=lambda p: p.name.casefold())


def test_newer_schema_is_refused_and_the_file_is_untouched(data_dir: Path) -> None:
    path = install_v1_fixture(data_dir)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    conn.close()
    path.chmod(0o644)  # not even the mode is "fixed" on a file we refuse
    before, mtime = sha256(path), path.stat().st_mtime_ns
    with pytest.raises(NewerSchemaError) as info:
        Store.open(data_dir)
    message = str(info.value)
    assert str(path) in message and "newer version" in message and "\n" not in message
    assert sha256(path) == before
    assert path.stat().st_mtime_ns == mtime
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert not paths.backups_dir(data_dir).exists()
    assert sorted(p.name for p in data_dir.iterdir()) == [path.name]


def test_make_backup_copies_a_consistent_private_file(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.save_people(make_v1.FIXTURE_PEOPLE)
        before = sha256(store.path)
        first = make_backup(store.path, paths.backups_dir(data_dir), "before-import")
        second = make_backup(store.path, paths.backups_dir(data_dir), "before-import")
        assert sha256(store.path) == before
    # Identical to the newest backup: no new slot (a copy that changes nothing would push a
    # useful one out; the distinct name of a same-second copy is tested in test_backups.py).
    assert first == second
    for backup in (first, second):
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
        assert backup.name.startswith("permit-tracker-") and "before-import" in backup.name
    copy_dir = data_dir.parent / "restored"
    paths.ensure_private_dir(copy_dir)
    shutil.copyfile(first, paths.database_path(copy_dir))
    with Store.open(copy_dir) as restored:
        assert restored.people() == sorted(make_v1.FIXTURE_PEOPLE, key=lambda p: p.name.casefold())
    with pytest.raises(ValueError):
        make_backup(paths.database_path(data_dir), paths.backups_dir(data_dir), "../escape")


# -- version 2 (exchange format v2, docs/exchange-format.md) ---------------------------------------


def test_the_v1_fixture_migrated_has_exactly_the_schema_of_the_models(
    data_dir: Path, tmp_path: Path
) -> None:
    path = install_v1_fixture(data_dir)
    with Store.open(data_dir):
        pass
    from_models = tmp_path / "models.sqlite3"
    engine = create_engine(f"sqlite:///{from_models}")
    Base.metadata.create_all(engine)
    engine.dispose()
    assert schema_of(path) == schema_of(from_models)


def test_v2_fields_are_saved_in_the_migrated_fixture(data_dir: Path) -> None:
    """Old rows read with the new fields unknown (an old trip: no important reason); new
    values are then saved and read back."""
    path = install_v1_fixture(data_dir)
    with Store.open(data_dir) as store:
        ana = next(p for p in store.people() if p.name == "Ana Silva")
        assert ana.citizenship is None and ana.procedure is None and ana.moves == ()
        assert all(not a.important_reason for a in ana.absences)
        changed = dataclasses.replace(
            ana,
            citizenship="eu",
            cards=(dataclasses.replace(ana.cards[0], type="M", reason="family"), *ana.cards[1:]),
            absences=(
                dataclasses.replace(ana.absences[0], important_reason=True),
                *ana.absences[1:],
            ),
            moves=(Move(date(2026, 2, 1), date(2026, 2, 5)),),
            provisional=(Provisional("orange_card", date(2025, 3, 7), date(2025, 6, 7)),),
            applications=(Application("permanent_residence", date(2030, 3, 10)),),
            procedure=Procedure(card_collected=date(2025, 5, 10)),
        )
        store.save_person(changed)
        assert store.person(ana.id) == changed
    conn = sqlite3.connect(path)
    try:
        flags = [r[0] for r in conn.execute("SELECT important_reason FROM absences ORDER BY id")]
    finally:
        conn.close()
    assert sorted(flags) == [0, 0, 1]  # Chloé's and Ana's second trip kept the default


def test_a_v2_database_is_refused_untouched_by_code_that_reads_only_v1(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The newer-schema rule, seen from an older release: the v1 code's ladder ends at 1."""
    with Store.open(data_dir) as store:
        store.save_people(make_v1.FIXTURE_PEOPLE)
        path = store.path
    assert pragma(path, "user_version") == 2
    monkeypatch.setattr(migrations, "CURRENT_VERSION", 1)
    monkeypatch.setattr(migrations, "STEPS", {1: migrations.STEPS[1]})
    before, mtime = sha256(path), path.stat().st_mtime_ns
    backups_before = sorted(paths.backups_dir(data_dir).glob("*"))
    with pytest.raises(NewerSchemaError) as info:
        Store.open(data_dir)
    assert "schema version 2; this version reads up to 1" in str(info.value)
    assert sha256(path) == before and path.stat().st_mtime_ns == mtime
    assert sorted(paths.backups_dir(data_dir).glob("*")) == backups_before
