"""Any value in any column of a person's rows: reading never raises.

Hypothesis writes an arbitrary SQLite value (text of any kind, bytes, integers, reals, NULL
where the column allows it) into one column of one stored row behind the store's back. The
store, `damage_scan.scan` and the exchange writer must then work; every field reads either as it
was saved or as unknown, and the damaged one is named unless it happens to read as a value.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from permit_tracker import paths
from permit_tracker.domain.model import (
    Absence,
    Application,
    Card,
    Document,
    Move,
    Passport,
    Person,
    Procedure,
    Provisional,
    Visa,
)
from permit_tracker.storage import Store
from permit_tracker.storage.damage_scan import scan
from permit_tracker.storage.exchange import dumps

ANA = Person(
    id="3f2b8c1e-5d4a-4f6b-9e8d-7c6b5a4f3e21",
    name="Ana Silva",
    citizenship="eu",
    reason="study",
    arrival=date(2025, 3, 3),
    registered=date(2025, 3, 7),
    visa=Visa("D", date(2025, 2, 20), date(2025, 8, 19)),
    passport=Passport(date(2031, 5, 1)),
    cards=(Card("A", date(2025, 5, 10), date(2026, 5, 9), "work", date(2026, 3, 31)),),
    absences=(
        Absence(
            date(2025, 7, 1),
            date(2025, 7, 20),
            "holiday",
            date(2025, 6, 30),
            date(2025, 7, 22),
            True,
        ),
    ),
    moves=(Move(date(2026, 2, 1), date(2026, 2, 5)),),
    provisional=(Provisional("annex_15", date(2025, 3, 7), date(2025, 7, 6)),),
    applications=(Application("long_term", date(2030, 3, 10), date(2030, 6, 1)),),
    documents=(Document("police_clearance", "obtained", date(2025, 1, 10)),),
    procedure=Procedure(date(2025, 3, 20), date(2025, 4, 2), date(2025, 5, 10)),
)
BRUNO = Person(id="9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a5b", name="Bruno Costa")
# Every column a person's data is read from, but the keys (id, person_id, position).
COLUMNS = [
    ("people", c) for c in ("name", "citizenship", "reason", "arrival", "registered")
] + [
    ("visa", "type"), ("visa", "valid_from"), ("visa", "valid_until"), ("passport", "expires"),
    ("cards", "type"), ("cards", "valid_from"), ("cards", "valid_until"), ("cards", "reason"),
    ("cards", "renewal_requested"), ("absences", "left"), ("absences", "returned"),
    ("absences", "note"), ("absences", "declared"), ("absences", "reported_back"),
    ("absences", "important_reason"), ("moves", "date"), ("moves", "declared"),
    ("provisional", "kind"), ("provisional", "issued"), ("provisional", "valid_until"),
    ("applications", "kind"), ("applications", "filed"), ("applications", "decided"),
    ("documents", "kind"), ("documents", "status"), ("documents", "issued"),
    ("procedure", "police_check"), ("procedure", "card_application"),
    ("procedure", "card_collected"),
]  # fmt: skip
NOT_NULL = {("people", "name"), ("absences", "important_reason")}
VALUES = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["2023-19-11", "2025-02-29", "2025-2-1", "9999-12-31", "0001-01-01", "A",
                     "Z", "eu", "EU", "work", "WORK", "true", "1", "0", "annex_15", " "]),
    st.binary(max_size=8),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False),
    st.none(),
)  # fmt: skip


def leaves(node: Any, path: str = "") -> dict[str, Any]:
    """A person's exported document flattened to {'cards[0].valid_until': value, ...}."""
    if isinstance(node, dict) and "people" in node:
        return leaves(node["people"][0])
    if isinstance(node, dict):
        found: dict[str, Any] = {}
        for key, value in node.items():
            found.update(leaves(value, f"{path}.{key}" if path else key))
        return found
    if isinstance(node, list):
        found = {}
        for i, value in enumerate(node):
            found.update(leaves(value, f"{path}[{i}]"))
        return found
    return {path: node}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    directory = tmp_path_factory.mktemp("template")
    with Store.open(directory) as store:
        store.save_people([ANA, BRUNO])
    yield paths.database_path(directory)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(column=st.sampled_from(COLUMNS), value=VALUES, as_text=st.booleans())
def test_any_value_anywhere_is_read_or_named(
    template: Path, tmp_path: Path, column: tuple[str, str], value: Any, as_text: bool
) -> None:
    table, name = column
    if value is None and column in NOT_NULL:
        value = b""
    data_dir = Path(tempfile.mkdtemp(dir=tmp_path))
    db = paths.database_path(data_dir)
    shutil.copyfile(template, db)
    conn = sqlite3.connect(db)
    try:
        # A blob cast to TEXT: text that may not be UTF-8 (what another tool can leave).
        cast = "CAST(? AS TEXT)" if as_text and isinstance(value, bytes) else "?"
        key = "id" if table == "people" else "person_id"
        conn.execute(f'UPDATE "{table}" SET "{name}" = {cast} WHERE {key} = ?', (value, ANA.id))
        conn.commit()
    finally:
        conn.close()
    with Store.open(data_dir) as store:
        people = store.people()
        damage = store.damage()
        store.reminder_states()
        store.ruleset()
    by_id = {p.id: p for p in people}
    assert len(people) == 2 and by_id[BRUNO.id] == BRUNO
    ana = by_id[ANA.id]
    assert all(isinstance(str(d), str) and "\n" not in str(d) for d in damage)
    assert all(d.person_id == ANA.id for d in damage)
    # Everything but the one value written reads as saved (compared as exported).
    before, after = leaves(json.loads(dumps([ANA]))), leaves(json.loads(dumps([ana])))
    assert before.keys() == after.keys()
    assert len([k for k in before if before[k] != after[k]]) <= 1
    if damage:
        (one,) = damage
        if one.field == "name":  # every person needs one: decoded, or kept, as it is
            assert after["name"] != before["name"]
        else:
            assert one.unreadable and after[one.field] in (None, False)  # read as unknown
    dumps(people)
    found = scan(db)
    assert found == [str(d) for d in damage if d.unreadable]
