"""Writing a calendar file so that a reader never sees half of it.

The one private-file writer (`permit_tracker.private_files.write_private`) does the work: a
temporary file in the same folder, flushed to disk, then one rename over the target; a
calendar app polling a subscribed file sees the old or the new version, never a mix, and a
failed write leaves the old file as it was. A path that resolves to one of the store's own
files (the database, its journal, a backup) is refused: an export must never destroy them.
"""

from __future__ import annotations

import os
from pathlib import Path

from permit_tracker.private_files import PRIVATE_MODE, write_private

NEW_FILE_MODE = PRIVATE_MODE  # deadlines are personal; the user can open it up if they want


class CalendarWriteError(Exception):
    """The calendar file could not be written; the message names the path and the reason."""


def write_calendar(
    path: str | os.PathLike[str], text: str, *, data_dir: Path | None = None
) -> Path:
    """Write `text` (already CRLF) to `path` atomically; return the path written.

    A symlink is followed, so a link into a synced folder stays a link. An existing file
    keeps its permissions; a new one is private to the user. `data_dir`: the store whose
    files must not be overwritten.
    """
    try:
        return write_private(
            path,
            text.encode("utf-8", "backslashreplace"),
            data_dir=data_dir,
            keep_mode=True,
            what="calendar file ",
        )
    except OSError as exc:
        raise CalendarWriteError(str(exc)) from exc
