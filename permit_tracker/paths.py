"""Where data lives. The only module that imports appdirs.

Readings chosen where the design is silent (the strictest one each time):
- `--data-dir ""` and `PERMIT_TRACKER_DATA_DIR=""` are refused (DataDirError): an empty
  value is a mistake (an unset shell variable), and falling back to the default store would
  silently read or change someone's real data.
- A relative `XDG_DATA_HOME` is invalid per the XDG Base Directory spec ("If an
  implementation encounters a relative path in any of these variables it should consider the
  path invalid and ignore it"): it is ignored, with a warning, and ~/.local/share is used.
- Every folder this module creates, parents included, is 0700 whatever the umask.
- The database file may not be a symbolic link (a write would go through it, and the mode
  fix-up would change the target's permissions), and, when running as root, the data folder
  and the database must belong to root: a root process would otherwise leave root-owned
  files in another user's store, which that user can then no longer open.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from permit_tracker import APP_NAME

ENV_DATA_DIR = "PERMIT_TRACKER_DATA_DIR"
DATABASE_NAME = "permit-tracker.sqlite3"
LOCK_NAME = "permit-tracker.lock"  # the desktop app's single-instance lock (QLockFile)
DIR_MODE = 0o700
FILE_MODE = 0o600


# What is wrong with the data folder (DataDirError.kind, location_issue), for a window that
# words it in its own language: the messages here are the command line's English.
EMPTY_OPTION = "empty-option"  # --data-dir ""
EMPTY_ENV = "empty-env"  # PERMIT_TRACKER_DATA_DIR=""
IS_FILE = "is-file"  # the folder is a file
PART_IS_FILE = "part-is-file"  # a parent of the folder is a file
CANNOT_USE = "cannot-use"  # any other OSError; `detail` is the system's words
LINKED_DATABASE = "linked-database"  # the database is a symbolic link
OTHER_OWNER = "other-owner"  # running as root on another user's files


class DataDirError(OSError):
    """The data folder cannot be used; `str()` is one line fit for the user, `kind` one of
    the codes above with `path` and the system's `detail`."""

    def __init__(
        self, message: str, kind: str = "", path: Path | None = None, detail: str = ""
    ) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.path = path
        self.detail = detail

    def __str__(self) -> str:
        return self.message


def default_data_dir() -> Path:
    import appdirs  # imported here so `--data-dir` users never pay for it

    xdg = os.environ.get("XDG_DATA_HOME")
    if xdg is not None and not os.path.isabs(xdg) and os.name == "posix":
        import logging

        logging.getLogger(__name__).warning(
            "ignoring XDG_DATA_HOME=%r: it must be an absolute path (XDG Base Directory spec)",
            xdg,
        )
        if not _is_macos():
            return Path("~/.local/share").expanduser() / APP_NAME
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def _is_macos() -> bool:
    import sys

    return sys.platform == "darwin"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir`, else $PERMIT_TRACKER_DATA_DIR, else the per-user data dir.

    Raises DataDirError for an empty `--data-dir` or an empty environment variable."""
    if explicit is not None:
        if not os.fspath(explicit).strip():
            raise DataDirError(
                "--data-dir is empty: give the folder that holds the data", EMPTY_OPTION
            )
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env is not None:
        if not env.strip():
            raise DataDirError(
                f"{ENV_DATA_DIR} is set but empty: give it a folder, "
                "or unset it to use the default",
                EMPTY_ENV,
            )
        return Path(env).expanduser()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and missing parents, each 0700) readable by the owner only.

    Raises DataDirError when `path` or a parent is a file, or cannot be created."""
    missing: list[Path] = []
    probe = Path(path)
    while not probe.exists() and not probe.is_symlink() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    try:
        for folder in reversed(missing):
            with contextlib.suppress(FileExistsError):  # made by another process meanwhile
                folder.mkdir(mode=DIR_MODE)  # mode & ~umask: never more than 0700
        if not path.is_dir():
            raise DataDirError(
                f"cannot read or write the folder {path}: it is a file, not a folder",
                IS_FILE,
                path,
            )
        if os.name == "posix" and path.stat().st_mode & 0o777 != DIR_MODE:
            path.chmod(DIR_MODE)
    except DataDirError:
        raise
    except (NotADirectoryError, FileExistsError):
        raise DataDirError(
            f"cannot read or write the folder {path}: a part of that path is a file",
            PART_IS_FILE,
            path,
        ) from None
    except OSError as exc:
        detail = str(exc.strerror or exc)
        raise DataDirError(
            f"cannot read or write the folder {path}: {detail}", CANNOT_USE, path, detail
        ) from None
    return path


def location_problem(directory: Path) -> str | None:
    """Why the store in `directory` must not be opened for writing, or None.

    See the module docstring: a database that is a symbolic link, and (as root) a folder or
    database that belongs to another user."""
    issue = location_issue(directory)
    if issue is None:
        return None
    kind, item, owner = issue
    if kind == LINKED_DATABASE:
        return (
            f"{item} is a symbolic link; Permit Tracker does not write through links: "
            "put the database file itself there (or choose its folder with --data-dir)"
        )
    return (
        f"{item} belongs to another user (uid {owner}); running as root would "
        "leave files there that user cannot open: run Permit Tracker as that user"
    )


def location_issue(directory: Path) -> tuple[str, Path, int] | None:
    """As location_problem, as data: (LINKED_DATABASE or OTHER_OWNER, the path, its owner's
    uid), or None."""
    db = database_path(directory)
    if db.is_symlink():
        return LINKED_DATABASE, db, -1
    if os.name == "posix" and os.geteuid() == 0:
        for item in (directory, db):
            try:
                owner = item.stat().st_uid
            except OSError:
                continue
            if owner != 0:
                return OTHER_OWNER, item, owner
    return None


def database_path(directory: Path) -> Path:
    return directory / DATABASE_NAME


def backups_dir(directory: Path) -> Path:
    return directory / "backups"


def lock_path(directory: Path) -> Path:
    return Path(directory) / LOCK_NAME
