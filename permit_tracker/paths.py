"""Where data lives. The only module that imports appdirs."""

from __future__ import annotations

import os
from pathlib import Path

from permit_tracker import APP_NAME

ENV_DATA_DIR = "PERMIT_TRACKER_DATA_DIR"
DATABASE_NAME = "permit-tracker.sqlite3"
DIR_MODE = 0o700
FILE_MODE = 0o600


def default_data_dir() -> Path:
    import appdirs  # imported here so `--data-dir` users never pay for it

    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir`, else $PERMIT_TRACKER_DATA_DIR, else the per-user data dir."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable by the owner only."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix" and path.stat().st_mode & 0o777 != DIR_MODE:
        path.chmod(DIR_MODE)
    return path


def database_path(directory: Path) -> Path:
    return directory / DATABASE_NAME


def backups_dir(directory: Path) -> Path:
    return directory / "backups"
