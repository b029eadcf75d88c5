"""The damage of `damage.py` in any database file (a backup about to be restored, of this
schema version or an older one), found without the store, read-only, so that a restore can
refuse a file that holds values no version reads. It runs the store's own readers
(`records.py`), so the damage it finds is exactly the damage the app would meet.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from permit_tracker.storage import records
from permit_tracker.storage.damage import Damage, decode_text


def scan(path: Path, busy_timeout: float = 1.0) -> list[str]:
    """Every unreadable value in the database file `path`, one line each (empty: none);
    values that read but that today's checks refuse (`Damage.unreadable` false) are not listed.

    Read-only, any schema version this code knows (an older file lacks tables and columns,
    which read as absent). Raises sqlite3.Error when the file cannot be read at all; its
    health is `backups.read_backup`'s business.
    """
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=busy_timeout)
    try:
        conn.text_factory = decode_text
        conn.row_factory = sqlite3.Row
        tables = {
            str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }

        def fetch(sql: str, params: Sequence[Any] = ()) -> list[Mapping[str, Any]]:
            table = sql.split(" FROM ", 1)[1].split()[0].strip('"')
            if table not in tables:
                return []
            return [dict(row) for row in conn.execute(sql, tuple(params))]

        found: list[Damage] = []
        conn.execute("BEGIN")  # one snapshot for every table
        try:
            records.load_people(fetch, None, found)
            records.read_settings(fetch, found)
            records.read_reminder_states(fetch, found)
        finally:
            conn.execute("ROLLBACK")
        return [str(d) for d in found if d.unreadable]
    finally:
        conn.close()
