"""Copies of the database: one a day, and one before anything risky (a migration, an import,
a restore); listing them with what they hold; restoring one.

SQLite's online backup API copies a consistent snapshot even while another connection is
open, which a plain file copy does not guarantee, and writing a restore through it into the
live file is one transaction: a crash halfway leaves the previous content.

Names carry the UTC time and the reason: `permit-tracker-20260115T081500Z-daily.sqlite3`.
The last KEEP_DAILY daily copies and the last KEEP_EVENTS event copies are kept; only files
named like that are ever deleted, and only by `prune`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from permit_tracker import paths
from permit_tracker.storage.errors import (
    SqliteCode,
    StoreError,
    describe,
    guarded,
    is_damage,
    translate,
)
from permit_tracker.storage.sqlite_file import create_database_file, read_quick_check

log = logging.getLogger(__name__)

BACKUP_PREFIX: Final = "permit-tracker-"
BACKUP_SUFFIX: Final = ".sqlite3"
DAILY: Final = "daily"
# The reason of a file found in the backups folder under another name.
COPIED_FILE: Final = "copied file"
BEFORE_IMPORT: Final = "before-import"
BEFORE_RESTORE: Final = "before-restore"
# Why a backup cannot be restored (BackupInfo.problem_kind).
PROBLEM_MISSING: Final = "missing"
PROBLEM_DAMAGED: Final = "damaged"
PROBLEM_FOREIGN: Final = "foreign"
PROBLEM_NEWER: Final = "newer"
PROBLEM_UNREADABLE: Final = "unreadable"
KEEP_DAILY: Final = 10
KEEP_EVENTS: Final = 5
_REASON = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_NAME = re.compile(
    rf"^{re.escape(BACKUP_PREFIX)}(?P<stamp>\d{{8}}T\d{{6}}Z)-(?P<reason>[a-z0-9][a-z0-9-]*?)"
    rf"(?:-(?P<attempt>\d+))?{re.escape(BACKUP_SUFFIX)}$"
)
_STAMP: Final = "%Y%m%dT%H%M%SZ"
# A copy in progress: hidden, never matching _NAME; a leftover (killed) goes after an hour.
_TEMP_PREFIX: Final = "."
_TEMP_SUFFIX: Final = ".partial"
_LEFTOVER_AGE: Final = 3600.0
# Tables whose rows a listing counts, as (table, label); a missing table counts as 0.
_COUNTED: Final = (("cards", "cards"), ("absences", "trips"), ("documents", "documents"))


class BackupError(StoreError):
    """A backup cannot be listed or restored; the message says which file and why."""


def backup_name(reason: str, when: datetime) -> str:
    return f"{BACKUP_PREFIX}{when.astimezone(UTC).strftime(_STAMP)}-{reason}{BACKUP_SUFFIX}"


@dataclass(frozen=True, slots=True)
class BackupName:
    """What a backup's file name says: when (UTC), why, and the -2, -3... of a same-second copy."""

    created: datetime
    reason: str
    attempt: int = 1

    @property
    def daily(self) -> bool:
        return self.reason == DAILY


def parse_backup_name(name: str) -> BackupName | None:
    """The parts of a backup file name, or None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return BackupName(created, match["reason"], int(match["attempt"] or 1))


def backup_files(backups_dir: Path) -> list[tuple[Path, BackupName]]:
    """Every backup in `backups_dir`, newest first; other files are left out."""
    try:
        entries = list(backups_dir.iterdir())
    except FileNotFoundError:
        return []
    found = [(p, n) for p in entries if (n := parse_backup_name(p.name)) is not None]
    found.sort(key=lambda item: (item[1].created, item[1].attempt, item[0].name), reverse=True)
    return found


def _claim_name(temp: Path, directory: Path, name: str) -> Path:
    """Give the complete copy `temp` its backup name, or that name with -2, -3... when a
    copy of the same second exists. A hard link never replaces an existing file."""
    stem = name.removesuffix(BACKUP_SUFFIX)
    for attempt in range(1, 1000):
        candidate = directory / (name if attempt == 1 else f"{stem}-{attempt}{BACKUP_SUFFIX}")
        try:
            os.link(temp, candidate)
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links: rename, after a look
            if candidate.exists():
                continue
            os.replace(temp, candidate)
            return candidate
        temp.unlink()
        return candidate
    raise FileExistsError(f"too many backups named {name} in {directory}")


def _read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)


def _copy(source: Path, target: Path, timeout: float = 5.0) -> None:
    """Copy the database `source` (opened read-only) over the database file `target`.

    Python's `backup()` retries a busy source or target for ever; the progress callback
    gives up after `timeout` seconds with the driver's own "database is locked" error.
    The copy keeps the source's journal mode in its header; the target is put back in
    rollback-journal mode (the store's), so a WAL-mode backup does not turn the live
    database into a WAL one.
    """
    deadline = time.monotonic() + timeout

    def progress(status: int, remaining: int, total: int) -> None:
        if status in (SqliteCode.BUSY, SqliteCode.LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    src = _read_only(source, timeout)
    try:
        dst = sqlite3.connect(target, timeout=timeout)
        try:
            src.backup(dst, progress=progress, sleep=0.05)
            mode = dst.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() == "wal":
                dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        with a.open("rb") as fa, b.open("rb") as fb:
            while True:
                chunk = fa.read(1 << 16)
                if chunk != fb.read(1 << 16):
                    return False
                if not chunk:
                    return True
    except OSError:
        return False


@dataclass(frozen=True, slots=True)
class Taken:
    """A backup just asked for: its file, and whether it is new (False: the newest backup
    already held exactly this, and took the place of a new copy)."""

    path: Path
    new: bool


def take_backup(
    db_path: Path,
    backups_dir: Path,
    reason: str,
    *,
    now: datetime | None = None,
    busy_timeout: float = 5.0,
) -> Taken:
    """Copy `db_path` into `backups_dir` (created 0700) as a 0600 file; prune nothing.

    The copy is made under a hidden temporary name and renamed to its backup name only once
    complete: a copy killed half-way never takes a slot (`prune` removes such leftovers).
    A copy identical, byte for byte, to the newest backup is dropped and that one returned.
    Raises OSError (the folder) or StoreError (the database locked or unreadable), leaving
    no file behind.
    """
    if not _REASON.match(reason):
        raise ValueError(f"backup reason must be a lowercase slug, got {reason!r}")
    paths.ensure_private_dir(backups_dir)
    name = backup_name(reason, now or datetime.now(UTC))
    fd, temp_name = tempfile.mkstemp(
        prefix=f"{_TEMP_PREFIX}{name}.", suffix=_TEMP_SUFFIX, dir=backups_dir
    )  # 0600, O_EXCL
    os.close(fd)
    temp = Path(temp_name)
    try:
        try:
            _copy(db_path, temp, busy_timeout)
        except sqlite3.Error as exc:
            raise _store_error(exc, db_path) from exc
        made = backup_files(backups_dir)
        if made and _same_bytes(temp, made[0][0]):
            temp.unlink()
            return Taken(made[0][0], new=False)
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        return Taken(_claim_name(temp, backups_dir, name), new=True)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def make_backup(
    db_path: Path,
    backups_dir: Path,
    reason: str,
    *,
    now: datetime | None = None,
    busy_timeout: float = 5.0,
) -> Path:
    """`take_backup`, then remove the backups beyond KEEP_DAILY / KEEP_EVENTS (never the one
    returned). `reason` is a short slug such as "before-migration-v2"; the name also carries
    the UTC time. The source is opened read-only, so taking a backup never changes it."""
    taken = take_backup(db_path, backups_dir, reason, now=now, busy_timeout=busy_timeout)
    prune(backups_dir, keep=taken.path)
    return taken.path


@contextlib.contextmanager
def backup_before(
    db_path: Path,
    backups_dir: Path,
    reason: str,
    *,
    busy_timeout: float = 5.0,
    protect: Sequence[Path] = (),
) -> Iterator[Path]:
    """A backup of `db_path` for the one write done inside the `with` block.

    The write must be one transaction (an import, a restore's copy). When it fails, the
    database still holds exactly what the backup holds, so a new backup is removed again:
    refused imports and failed restores do not rotate the meaningful copies away. Pruning
    runs only after the write succeeded, and never removes `protect` (the backup being
    restored, which may be the oldest)."""
    taken = take_backup(db_path, backups_dir, reason, busy_timeout=busy_timeout)
    try:
        yield taken.path
    except BaseException:
        if taken.new:
            with contextlib.suppress(OSError):
                taken.path.unlink()
        raise
    prune(backups_dir, keep=(taken.path, *protect))


def _store_error(exc: sqlite3.Error, db_path: Path) -> StoreError:
    return translate(exc, db_path) or StoreError(f"cannot copy {db_path}: {describe(exc)}")


def prune(
    backups_dir: Path,
    *,
    keep_daily: int = KEEP_DAILY,
    keep_events: int = KEEP_EVENTS,
    keep: Path | Sequence[Path] | None = None,
    now: float | None = None,
) -> list[Path]:
    """Delete the daily backups after the newest `keep_daily` and the event backups after the
    newest `keep_events`; `keep` (the copy just made, a backup being restored) stays whatever
    the clock says. Temporary copies left by a process killed half-way, older than an hour,
    go too."""
    kept = {keep} if isinstance(keep, Path) else set(keep or ())
    removed: list[Path] = []
    _remove_leftovers(backups_dir, time.time() if now is None else now)
    daily = events = 0
    for path, name in backup_files(backups_dir):
        if name.daily:
            daily += 1
            excess = daily > keep_daily
        else:
            events += 1
            excess = events > keep_events
        if excess and path not in kept:
            try:
                path.unlink()
            except OSError as exc:
                log.warning("could not remove the old backup %s: %s", path, describe(exc))
            else:
                removed.append(path)
    return removed


def _remove_leftovers(backups_dir: Path, now: float) -> None:
    try:
        entries = list(backups_dir.iterdir())
    except OSError:
        return
    for path in entries:
        if not (
            path.name.startswith(_TEMP_PREFIX + BACKUP_PREFIX) and path.name.endswith(_TEMP_SUFFIX)
        ):
            continue
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > _LEFTOVER_AGE:
                path.unlink()


def take_daily_backup(
    db_path: Path, backups_dir: Path, *, now: datetime | None = None
) -> Path | None:
    """The day's first backup, unless one exists for today (local date) or there is nothing
    in the database worth keeping. Never raises: a day without its copy must not stop the
    user from working; the failure is logged."""
    moment = now or datetime.now(UTC)
    today = moment.astimezone().date()
    try:
        made = backup_files(backups_dir)
        if any(n.daily and n.created.astimezone().date() == today for _, n in made):
            return None
        if _row_count(db_path, "people") == 0:
            return None
        return make_backup(db_path, backups_dir, DAILY, now=moment)
    except (OSError, sqlite3.Error, StoreError) as exc:
        log.warning("could not take the daily backup of %s: %s", db_path, describe(exc))
        return None


def _row_count(db_path: Path, table: str) -> int:
    conn = _read_only(db_path)
    try:
        return _count(conn, table)
    finally:
        conn.close()


def _count(conn: sqlite3.Connection, table: str) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]) if exists else 0


# -- what a backup holds --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup as read from the file itself (read-only)."""

    path: Path
    created: datetime  # UTC, from the name (the file's mtime for a file named otherwise)
    reason: str  # the slug: "daily", "before-import", "before-migration-v2"...
    people: tuple[str, ...] = ()  # names, sorted
    counts: tuple[tuple[str, int], ...] = ()  # ("cards", 3), ("trips", 12), ("documents", 5)
    schema_version: int = 0
    problem: str = ""  # empty when the file is a sound Permit Tracker database
    # What kind of problem, for a window that words it in its own language (`problem` is
    # English): one of the PROBLEM_* codes, "" when there is none.
    problem_kind: str = ""
    damaged: bool = False  # unreadable as SQLite or failing quick_check (not just foreign)

    @property
    def ok(self) -> bool:
        return not self.problem

    @property
    def daily(self) -> bool:
        return self.reason == DAILY

    def count(self, label: str) -> int:
        return dict(self.counts).get(label, 0)

    def describe_reason(self) -> str:
        return describe_reason(self.reason)

    def summary(self) -> str:
        """'2 people (Ana Silva, Bruno Silva); 3 cards, 12 trips, 1 document'."""
        if self.problem:
            return f"unusable: {self.problem}"
        n = len(self.people)
        who = f"{n} {'person' if n == 1 else 'people'}"
        if self.people:
            shown = ", ".join(self.people[:6]) + (", …" if n > 6 else "")
            who += f" ({shown})"
        rest = ", ".join(
            f"{n} {label.removesuffix('s') if n == 1 else label}" for label, n in self.counts
        )
        return f"{who}; {rest}" if rest else who


def describe_reason(reason: str) -> str:
    """A reason slug in words."""
    if reason == DAILY:
        return "daily copy"
    if reason == BEFORE_IMPORT:
        return "before an import"
    if reason == BEFORE_RESTORE:
        return "before a restore"
    if match := re.fullmatch(r"before-migration-v(\d+)", reason):
        return f"before the upgrade to schema version {match[1]}"
    return reason.replace("-", " ")


def read_backup(path: Path, busy_timeout: float = 1.0) -> BackupInfo:
    """What `path` holds, read without writing to it; a damaged or foreign file comes back
    with `problem` set rather than raising."""
    from permit_tracker.storage.migrations import APPLICATION_ID, CURRENT_VERSION

    named = parse_backup_name(path.name)
    if named is not None:
        created, reason = named.created, named.reason
    else:
        try:
            created = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            created = datetime.fromtimestamp(0, UTC)
        reason = COPIED_FILE
    base = BackupInfo(path, created, reason)
    if not path.is_file():
        return _with_problem(base, PROBLEM_MISSING, "the file does not exist")
    try:
        check = read_quick_check(path, busy_timeout)
        conn = _read_only(path, busy_timeout)
        try:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if check != "ok":
                return _with_problem(base, PROBLEM_DAMAGED, f"damaged ({check})", damaged=True)
            if app_id != APPLICATION_ID:
                return _with_problem(base, PROBLEM_FOREIGN, "not a Permit Tracker database")
            if version > CURRENT_VERSION:
                newer = f"made by a newer version of Permit Tracker (schema {version})"
                return _with_problem(base, PROBLEM_NEWER, newer)
            names = tuple(
                sorted(
                    (str(row[0]) for row in conn.execute("SELECT name FROM people")),
                    key=lambda n: (n.casefold(), n),
                )
            )
            counts = tuple((label, _count(conn, table)) for table, label in _COUNTED)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        unreadable = f"unreadable ({describe(exc)})"
        return _with_problem(base, PROBLEM_UNREADABLE, unreadable, damaged=is_damage(exc))
    return BackupInfo(path, created, reason, names, counts, version)


def _with_problem(
    info: BackupInfo, kind: str, problem: str, *, damaged: bool = False
) -> BackupInfo:
    return BackupInfo(
        info.path,
        info.created,
        info.reason,
        problem=problem,
        problem_kind=kind,
        damaged=damaged,
    )


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Every backup in `backups_dir` with its contents, newest first."""
    return [read_backup(path) for path, _ in backup_files(backups_dir)]


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The most recent backup that opens cleanly, checking newest first."""
    for path, _ in backup_files(backups_dir):
        info = read_backup(path)
        if info.ok:
            return info
    return None


# -- restoring ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored: BackupInfo
    previous: Path | None  # the copy of what the database held before (None: nothing there)
    set_aside: Path | None = None  # a damaged database moved aside instead of copied


def restore_backup(
    backup: Path,
    db_path: Path,
    backups_dir: Path,
    *,
    set_aside: Callable[[Path], Path | None] | None = None,
    busy_timeout: float = 5.0,
) -> RestoreResult:
    """Make the database at `db_path` hold exactly what `backup` holds.

    The current database is backed up first ("before-restore"); when it cannot be read as a
    database it is handed to `set_aside` (which moves it, never deletes it) instead. The copy
    is one SQLite transaction. Raises BackupError for an unusable backup, StoreLockedError /
    StoreWriteError when the database cannot be written; in every case the database keeps
    its previous content, and no backup is left behind for a restore that did not happen.
    The backup being restored is never pruned, even when the copy taken first makes it the
    oldest beyond the limit. A backup from an older schema is upgraded at the next
    Store.open.
    """
    info = read_backup(backup)
    if not info.ok:
        raise BackupError(f"{backup} cannot be restored: {info.problem}")
    _refuse_unreadable_values(backup)
    if backup.resolve() == db_path.resolve() or _same_file(backup, db_path):
        raise BackupError(f"{backup} is the database itself (or a link to it), not a backup of it")
    problem = paths.location_problem(db_path.parent)
    if problem is not None:
        raise BackupError(problem)
    previous: Path | None = None
    moved: Path | None = None
    with guarded(db_path):
        if _has_content(db_path):
            current = read_backup(db_path, busy_timeout)
            if not current.damaged:  # sound, even if foreign or newer: a copy keeps it
                _check_writable(db_path, busy_timeout)  # busy: refused before any copy
                with backup_before(
                    db_path,
                    backups_dir,
                    BEFORE_RESTORE,
                    busy_timeout=busy_timeout,
                    protect=(backup,),
                ) as previous:
                    _copy_backup_in(backup, db_path, busy_timeout)
            elif set_aside is not None:
                moved = set_aside(db_path)
            else:
                raise BackupError(
                    f"{db_path} is {current.problem}; it must be set aside before a restore"
                )
        if previous is None:
            paths.ensure_private_dir(db_path.parent)
            create_database_file(db_path)
            _copy_backup_in(backup, db_path, busy_timeout)
    after = read_backup(db_path)
    if not after.ok or after.people != info.people:
        raise BackupError(f"restoring {backup} into {db_path} did not give the same content")
    return RestoreResult(info, previous, moved)


def _refuse_unreadable_values(backup: Path) -> None:
    """A sound file can still hold values no version reads: such a file is not restored, since
    the app would show those values as unknown."""
    from permit_tracker.storage.damage_scan import scan

    try:
        found = scan(backup)
    except sqlite3.Error as exc:
        raise BackupError(
            f"{backup} cannot be restored: it cannot be read ({describe(exc)})"
        ) from exc
    if found:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise BackupError(
            f"{backup} cannot be restored: it holds values that cannot be read: {found[0]}{more}"
        )


def _copy_backup_in(backup: Path, db_path: Path, busy_timeout: float) -> None:
    """`_copy` into the live database; a backup that vanished or went bad meanwhile is named
    as such (the message must not blame the live database)."""
    try:
        _copy(backup, db_path, busy_timeout)
    except sqlite3.Error:
        again = read_backup(backup)
        if not again.ok:
            raise BackupError(f"{backup} cannot be restored: {again.problem}") from None
        raise


def _check_writable(db_path: Path, busy_timeout: float) -> None:
    """Take and release the write lock: a database busy in another program is refused
    here, before a copy of it is taken for nothing. Raises sqlite3.Error."""
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True, timeout=busy_timeout)
    try:
        conn.isolation_level = None
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False
