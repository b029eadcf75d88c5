"""The schema version ladder: `STEPS[n]` brings a file from version n-1 to n.

Why a ladder and not Alembic: the app owns one small SQLite file per user, opened at every
start-up. A dict of functions and `PRAGMA user_version` do the job with no extra dependency,
no migration scripts to ship or locate inside a frozen (PyInstaller) build, and no
`alembic_version` table to keep in step. Steps are frozen SQL, never generated from the
models, so that old files are always upgraded exactly as they were when the step was written.

Each step runs in one transaction together with the `user_version` bump (SQLite can roll
back DDL, provided the driver lets SQLAlchemy emit BEGIN: see `store._make_engine`), after a
backup copy of the file. A failed step leaves the file at the previous version.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Final

from sqlalchemy import Connection, Engine

from permit_tracker.storage.errors import MigrationError, describe

log = logging.getLogger(__name__)

# `PRAGMA application_id`: marks the file as ours ("PTRK"), so another program's SQLite file
# is refused instead of being "migrated".
APPLICATION_ID: Final = 0x5054524B

Step = Callable[[Connection], None]

_V1_SCHEMA: Final = (
    """CREATE TABLE people (
	id VARCHAR(36) NOT NULL,
	name VARCHAR(200) NOT NULL,
	reason VARCHAR(20),
	arrival VARCHAR(10),
	registered VARCHAR(10),
	CONSTRAINT pk_people PRIMARY KEY (id),
	CONSTRAINT uq_people_name UNIQUE (name)
)""",
    """CREATE TABLE visa (
	person_id VARCHAR(36) NOT NULL,
	type VARCHAR(50),
	valid_from VARCHAR(10),
	valid_until VARCHAR(10),
	CONSTRAINT pk_visa PRIMARY KEY (person_id),
	CONSTRAINT fk_visa_person_id_people FOREIGN KEY(person_id)
		REFERENCES people (id) ON DELETE CASCADE
)""",
    """CREATE TABLE passport (
	person_id VARCHAR(36) NOT NULL,
	expires VARCHAR(10),
	CONSTRAINT pk_passport PRIMARY KEY (person_id),
	CONSTRAINT fk_passport_person_id_people FOREIGN KEY(person_id)
		REFERENCES people (id) ON DELETE CASCADE
)""",
    """CREATE TABLE cards (
	id INTEGER NOT NULL,
	person_id VARCHAR(36) NOT NULL,
	position INTEGER NOT NULL,
	type VARCHAR(10),
	valid_from VARCHAR(10),
	valid_until VARCHAR(10),
	CONSTRAINT pk_cards PRIMARY KEY (id),
	CONSTRAINT uq_cards_person_id_position UNIQUE (person_id, position),
	CONSTRAINT fk_cards_person_id_people FOREIGN KEY(person_id)
		REFERENCES people (id) ON DELETE CASCADE
)""",
    """CREATE TABLE absences (
	id INTEGER NOT NULL,
	person_id VARCHAR(36) NOT NULL,
	position INTEGER NOT NULL,
	"left" VARCHAR(10),
	returned VARCHAR(10),
	note TEXT,
	CONSTRAINT pk_absences PRIMARY KEY (id),
	CONSTRAINT uq_absences_person_id_position UNIQUE (person_id, position),
	CONSTRAINT fk_absences_person_id_people FOREIGN KEY(person_id)
		REFERENCES people (id) ON DELETE CASCADE
)""",
    """CREATE TABLE documents (
	id INTEGER NOT NULL,
	person_id VARCHAR(36) NOT NULL,
	position INTEGER NOT NULL,
	kind VARCHAR(30),
	status VARCHAR(20),
	issued VARCHAR(10),
	CONSTRAINT pk_documents PRIMARY KEY (id),
	CONSTRAINT uq_documents_person_id_position UNIQUE (person_id, position),
	CONSTRAINT fk_documents_person_id_people FOREIGN KEY(person_id)
		REFERENCES people (id) ON DELETE CASCADE
)""",
    """CREATE TABLE settings (
	"key" VARCHAR(100) NOT NULL,
	value TEXT NOT NULL,
	CONSTRAINT pk_settings PRIMARY KEY ("key")
)""",
    """CREATE TABLE reminder_states (
	"key" VARCHAR(300) NOT NULL,
	state VARCHAR(20) NOT NULL,
	fired_at VARCHAR(32),
	snoozed_until VARCHAR(32),
	updated_at VARCHAR(32) NOT NULL,
	CONSTRAINT pk_reminder_states PRIMARY KEY ("key")
)""",
)


def _create_v1(conn: Connection) -> None:
    """An empty file (version 0) gets the first schema."""
    for statement in _V1_SCHEMA:
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


# Version 2 (exchange format v2, docs/exchange-format.md): citizenship, a reason and a
# renewal request per card, the declarations and the important reason of a trip, moves,
# provisional documents, applications and the procedure dates. Only additions: every v1 row
# stays as it was, and the new absence flag reads false for old trips.
_V2_CHANGES: Final = (
    "ALTER TABLE people ADD COLUMN citizenship VARCHAR(10)",
    "ALTER TABLE cards ADD COLUMN reason VARCHAR(20)",
    "ALTER TABLE cards ADD COLUMN renewal_requested VARCHAR(10)",
    "ALTER TABLE absences ADD COLUMN declared VARCHAR(10)",
    "ALTER TABLE absences ADD COLUMN reported_back VARCHAR(10)",
    "ALTER TABLE absences ADD COLUMN important_reason BOOLEAN DEFAULT 0 NOT NULL",
    """CREATE TABLE moves (
	id INTEGER NOT NULL,
	person_id VARCHAR(36) NOT NULL,
	position INTEGER NOT NULL,
	date VARCHAR(10),
	declared VARCHAR(10),
	CONSTRAINT pk_moves PRIMARY KEY (id),
	CONSTRAINT uq_moves_person_id_position UNIQUE (person_id, position),
	CONSTRAINT fk_moves_person_id_people FOREIGN KEY(person_id)
		REFERENCES people (id) ON DELETE CASCADE
)""",
    """CREATE TABLE provisional (
	id INTEGER NOT NULL,
	person_id VARCHAR(36) NOT NULL,
	position INTEGER NOT NULL,
	kind VARCHAR(20),
	issued VARCHAR(10),
	valid_until VARCHAR(10),
	CONSTRAINT pk_provisional PRIMARY KEY (id),
	CONSTRAINT uq_provisional_person_id_position UNIQUE (person_id, position),
	CONSTRAINT fk_provisional_person_id_people FOREIGN KEY(person_id)
		REFERENCES people (id) ON DELETE CASCADE
)""",
    """CREATE TABLE applications (
	id INTEGER NOT NULL,
	person_id VARCHAR(36) NOT NULL,
	position INTEGER NOT NULL,
	kind VARCHAR(30),
	filed VARCHAR(10),
	decided VARCHAR(10),
	CONSTRAINT pk_applications PRIMARY KEY (id),
	CONSTRAINT uq_applications_person_id_position UNIQUE (person_id, position),
	CONSTRAINT fk_applications_person_id_people FOREIGN KEY(person_id)
		REFERENCES people (id) ON DELETE CASCADE
)""",
    """CREATE TABLE procedure (
	person_id VARCHAR(36) NOT NULL,
	police_check VARCHAR(10),
	card_application VARCHAR(10),
	card_collected VARCHAR(10),
	CONSTRAINT pk_procedure PRIMARY KEY (person_id),
	CONSTRAINT fk_procedure_person_id_people FOREIGN KEY(person_id)
		REFERENCES people (id) ON DELETE CASCADE
)""",
)


def _v1_to_v2(conn: Connection) -> None:
    for statement in _V2_CHANGES:
        conn.exec_driver_sql(statement)


# Add a step here, and bump CURRENT_VERSION, for every schema change (and change models.py
# to match; tests/storage/test_migrations.py checks that they agree and that the v1 fixture
# upgrades).
STEPS: dict[int, Step] = {
    1: _create_v1,
    2: _v1_to_v2,
}
CURRENT_VERSION: int = 2


def upgrade(
    engine: Engine, db_path: Path, from_version: int, keep_copy: Callable[[str], Path]
) -> int:
    """Run the steps after `from_version` up to CURRENT_VERSION; return the version reached.

    `keep_copy(reason)` backs the file up before a step and returns the copy's path (the
    store passes `backups.make_backup`: the ladder does not import backups, which reads
    this module's constants).
    The engine's `begin` event must emit BEGIN (see `store._make_engine`) so that each
    step's DDL and its `user_version` bump commit or roll back together.
    """
    version = from_version
    for target in range(from_version + 1, CURRENT_VERSION + 1):
        step = STEPS[target]
        # A fresh file has nothing worth keeping, at any step of its creation; every other
        # upgrade keeps a copy first.
        backup = None if from_version == 0 else keep_copy(f"before-migration-v{target}")
        try:
            with engine.connect() as conn, conn.begin():
                step(conn)
                conn.exec_driver_sql(f"PRAGMA user_version = {target}")
        except Exception as exc:
            where = f"; a copy from before the upgrade is {backup}" if backup else ""
            raise MigrationError(
                f"could not upgrade {db_path} from schema version {version} to {target} "
                f"({describe(exc)}); the file was left at version {version}{where}"
            ) from exc
        log.info("upgraded %s to schema version %d", db_path, target)
        version = target
    return version
