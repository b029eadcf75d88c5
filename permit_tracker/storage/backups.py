"""Copies of the database taken before anything risky (a migration, a replacing import).

SQLite's online backup API copies a consistent snapshot even while another connection is
open, which a plain file copy does not guarantee.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from permit_tracker import paths

BACKUP_PREFIX = "permit-tracker-"
BACKUP_SUFFIX = ".sqlite3"
_REASON = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def backup_name(reason: str, when: datetime) -> str:
    stamp = when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{BACKUP_PREFIX}{stamp}-{reason}{BACKUP_SUFFIX}"


def _create_private(directory: Path, name: str) -> Path:
    """Create an empty 0600 file named `name`, or `name` with -2, -3... if that one exists."""
    stem = name.removesuffix(BACKUP_SUFFIX)
    for attempt in range(1, 1000):
        candidate = directory / (name if attempt == 1 else f"{stem}-{attempt}{BACKUP_SUFFIX}")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.FILE_MODE)
        except FileExistsError:
            continue
        try:
            if os.name == "posix":
                os.fchmod(fd, paths.FILE_MODE)  # the umask may have taken bits away, not added
        finally:
            os.close(fd)
        return candidate
    raise FileExistsError(f"too many backups named {name} in {directory}")


def make_backup(db_path: Path, backups_dir: Path, reason: str) -> Path:
    """Copy `db_path` into `backups_dir` (created 0700) as a 0600 file and return its path.

    `reason` is a short slug such as "before-migration-v2"; the name also carries the UTC time.
    The source is opened read-only, so taking a backup never changes it.
    """
    if not _REASON.match(reason):
        raise ValueError(f"backup reason must be a lowercase slug, got {reason!r}")
    paths.ensure_private_dir(backups_dir)
    target = _create_private(backups_dir, backup_name(reason, datetime.now(UTC)))
    try:
        source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    return target
