"""The start-up check: is the database file sound? If not, move it aside and say what to do.

`check_and_quarantine(data_dir)` runs before `Store.open`. A file that fails
`PRAGMA quick_check`, or is not an SQLite database at all, is renamed to
`permit-tracker.corrupt-<UTC stamp>.sqlite3` in the same folder (with its journal), never
overwritten or deleted: whatever can still be rescued from it stays there. The report names
the newest backup that opens cleanly, so the caller can offer to restore it; `Store.open`
then starts from an empty file unless a backup is restored first.

Files that are sound but not ours (another program's, or a newer version's) are left where
they are: `Store.open` refuses them with its own message, and they are not damaged.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Final

from permit_tracker import paths
from permit_tracker.storage.backups import BackupInfo, newest_good_backup
from permit_tracker.storage.errors import describe, is_damage
from permit_tracker.storage.sqlite_file import read_quick_check

log = logging.getLogger(__name__)

CORRUPT_MARK: Final = ".corrupt-"
# Files SQLite keeps beside the database; a hot journal must travel with its database, or
# SQLite would "roll back" the damaged file's journal into the next, fresh one.
_COMPANIONS: Final = ("-journal", "-wal", "-shm")


class Health(StrEnum):
    OK = "ok"  # sound (or fresh, or absent): go ahead and open it
    QUARANTINED = "quarantined"  # damaged, moved aside
    UNCHECKED = "unchecked"  # could not be read (locked, no permission): Store.open will say


@dataclass(frozen=True, slots=True)
class HealthReport:
    path: Path
    health: Health
    problem: str = ""  # what quick_check or the driver said
    moved_to: Path | None = None
    newest_good_backup: BackupInfo | None = None

    @property
    def quarantined(self) -> bool:
        return self.health is Health.QUARANTINED

    def message(self) -> str:
        """The news in plain words (English; the GUI has its own translatable text)."""
        if not self.quarantined:
            return f"{self.path} is fine" if self.health is Health.OK else self.problem
        text = (
            f"Your database was damaged ({self.problem}). It was kept aside, unchanged, as "
            f"{self.moved_to}."
        )
        backup = self.newest_good_backup
        if backup is None:
            return text + " There is no backup to restore: Permit Tracker starts empty."
        when = backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
        return text + f" The newest good backup is from {when}: {backup.summary()}."


def corrupt_name(db_path: Path, when: datetime) -> str:
    stamp = when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{db_path.stem}{CORRUPT_MARK}{stamp}{db_path.suffix}"


def quick_check(path: Path, timeout: float = 1.0) -> tuple[Health, str]:
    """(OK, "") for a sound, empty or absent file; (QUARANTINED, why) for a damaged one —
    meaning it should be; (UNCHECKED, why) when it cannot be read."""
    try:
        if path.stat().st_size == 0:
            return Health.OK, ""
    except FileNotFoundError:
        return Health.OK, ""
    except OSError as exc:
        return Health.UNCHECKED, f"cannot read {path}: {exc.strerror or exc}"
    try:
        found = read_quick_check(path, timeout)
    except sqlite3.Error as exc:
        if is_damage(exc):
            return Health.QUARANTINED, describe(exc)
        return Health.UNCHECKED, describe(exc)
    return (Health.OK, "") if found == "ok" else (Health.QUARANTINED, found)


def set_aside(db_path: Path, *, now: datetime | None = None) -> Path:
    """Rename `db_path` (and its journal files) to a free `…corrupt-<stamp>…` name beside it.

    A rename within the folder: the bytes stay exactly as they were. Raises OSError.
    """
    base = corrupt_name(db_path, now or datetime.now(UTC))
    target = db_path.with_name(base)
    n = 2
    while any(target.with_name(target.name + c).exists() for c in ("", *_COMPANIONS)):
        target = db_path.with_name(base.replace(db_path.suffix, f"-{n}{db_path.suffix}"))
        n += 1
    for companion in _COMPANIONS:  # the journal first: a crash between leaves it unpaired
        side = db_path.with_name(db_path.name + companion)  # but never beside a fresh file
        if side.exists():
            os.replace(side, target.with_name(target.name + companion))
    os.replace(db_path, target)
    log.warning("moved the damaged database %s aside as %s", db_path, target)
    return target


def check_and_quarantine(data_dir: Path) -> HealthReport:
    """Check the database of `data_dir`; move it aside if it is damaged (see the module doc)."""
    db_path = paths.database_path(Path(data_dir))
    health, problem = quick_check(db_path)
    if health is not Health.QUARANTINED:
        return HealthReport(db_path, health, problem)
    try:
        moved = set_aside(db_path)
    except OSError as exc:
        # Left in place, Store.open refuses it with its own message: still nothing is lost.
        return HealthReport(
            db_path, Health.UNCHECKED, f"{db_path} is damaged ({problem}) and could not be "
            f"moved aside: {exc.strerror or exc}",
        )  # fmt: skip
    backup = newest_good_backup(paths.backups_dir(Path(data_dir)))
    return HealthReport(db_path, Health.QUARANTINED, problem, moved, backup)
