"""One stored setting, read before the store is opened: the window's saved geometry, so that
the window is shown at its final size before SQLAlchemy and the store are loaded (the first
paint does not wait for them).

Read-only and forgiving: no file, no table, a damaged, locked or foreign file all give None,
and nothing is created or changed; opening the store afterwards reports real problems.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from permit_tracker import paths


def peek_text_setting(data_dir: Path, key: str) -> str | None:
    """The value of setting `key` in the database of `data_dir` when it is a string, else
    None. (SQLite decodes the stored JSON: the `json` module is not imported for this.)"""
    path = paths.database_path(Path(data_dir))
    try:
        if not path.is_file():
            return None
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.1)
        try:
            row = connection.execute(
                "SELECT json_extract(value, '$') FROM settings "
                "WHERE key = ? AND json_type(value) = 'text'",
                (key,),
            ).fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, OSError):
        return None
    return row[0] if row is not None and isinstance(row[0], str) else None
