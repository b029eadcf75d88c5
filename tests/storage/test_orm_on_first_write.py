"""Reading the store loads neither `sqlalchemy.orm` nor the models; the first write does.

The window shows its data before the ORM is imported (it costs about as much as a bare Qt
window takes to paint): reads go through SQL on a plain connection (`records.py`), writes
through the models (`row_writes.py`). Run in a fresh interpreter, as the app starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import sys
from datetime import date
from permit_tracker.domain.model import Person
from permit_tracker.storage import Store

def orm_loaded():
    names = ("sqlalchemy.orm", "permit_tracker.storage.models")
    return sorted(name for name in names if name in sys.modules)

with Store.open(sys.argv[1]) as store:
    store.people(), store.ruleset(), store.damage(), store.reminder_states()
    store.setting("window.geometry")
    print("after reading:", orm_loaded())
    store.save_person(Person(name="Ana Silva", arrival=date(2020, 1, 1)))
    print("after writing:", orm_loaded())
    print("read back:", [p.name for p in store.people()])
"""


def test_reading_needs_no_orm_and_the_first_write_loads_it(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data")],
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.splitlines() == [
        "after reading: []",
        "after writing: ['permit_tracker.storage.models', 'sqlalchemy.orm']",
        "read back: ['Ana Silva']",
    ]
