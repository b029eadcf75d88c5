"""Writing a calendar file so that a reader never sees half of it.

The text goes to a temporary file in the same folder, is flushed to disk, then replaces the
target in one rename: a calendar app polling a subscribed file sees the old or the new
version, never a mix, and a failed write leaves the old file as it was.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

NEW_FILE_MODE = 0o600  # deadlines are personal; the user can open it up if they want


class CalendarWriteError(Exception):
    """The calendar file could not be written; the message names the path and the reason."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def write_calendar(path: str | os.PathLike[str], text: str) -> Path:
    """Write `text` (already CRLF) to `path` atomically; return the path written.

    A symlink is followed, so a link into a synced folder stays a link. An existing file
    keeps its permissions; a new one is private to the user.
    """
    target = Path(os.path.realpath(Path(path).expanduser()))
    if target.is_dir():
        raise CalendarWriteError(f"cannot write calendar file {target}: it is a folder")
    if not target.parent.is_dir():
        raise CalendarWriteError(
            f"cannot write calendar file {target}: folder {target.parent} does not exist"
        )
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = NEW_FILE_MODE
    except OSError as exc:
        raise CalendarWriteError(f"cannot write calendar file {target}: {_reason(exc)}") from exc
    data = text.encode("utf-8")
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise CalendarWriteError(f"cannot write calendar file {target}: {_reason(exc)}") from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    _sync_folder(target.parent)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
