"""The SQLite store: aggregates saved whole, one transaction per edit, errors a person can read."""

from __future__ import annotations

import functools
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import event

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
from permit_tracker.rules.ruleset import RulesetError
from permit_tracker.setting_keys import RULE_OVERRIDES_KEY
from permit_tracker.storage import (
    CorruptDatabaseError,
    DuplicateNameError,
    PersonNotFound,
    ReminderState,
    Store,
    StoreLockedError,
    StoreWriteError,
    ValidationError,
)
from permit_tracker.storage import store as store_module

CHILD_TABLES = ("visa", "passport", "cards", "absences", "moves", "provisional", "applications",
                "documents", "procedure")  # fmt: skip
TABLES = ("people", *CHILD_TABLES, "settings", "reminder_states")


def table_rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, read with a separate connection."""
    conn = sqlite3.connect(db)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    finally:
        conn.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def full_person(name: str = "Ana Silva") -> Person:
    return Person(
        name=name,
        citizenship="non_eu",
        reason="work",
        arrival=date(2025, 3, 3),
        registered=date(2025, 3, 7),
        visa=Visa("D", date(2025, 2, 20), date(2025, 8, 19)),
        passport=Passport(date(2031, 5, 1)),
        cards=(
            Card("A", date(2025, 5, 10), date(2026, 5, 9), "blue_card", date(2026, 3, 31)),
            Card("M", date(2026, 5, 10)),
        ),
        absences=(
            Absence(
                date(2025, 7, 1),
                date(2025, 7, 20),
                "holiday",
                date(2025, 6, 30),
                date(2025, 7, 22),
                True,
            ),
            Absence(date(2025, 1, 2), date(2025, 1, 5)),  # earlier trip listed second
        ),
        moves=(Move(date(2026, 2, 1), date(2026, 2, 5)), Move(date(2025, 9, 1))),
        provisional=(Provisional("annex_15", date(2025, 3, 7), date(2025, 7, 6)),),
        applications=(
            Application("long_term", date(2030, 3, 10)),
            Application("card_renewal", date(2026, 3, 31), date(2026, 4, 20)),
        ),
        procedure=Procedure(date(2025, 3, 20), None, date(2025, 5, 10)),
        documents=(
            Document("police_clearance", "obtained", date(2025, 1, 10)),
            Document("accommodation"),
            Document("medical_certificate", "requested"),
        ),
    )


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir) as opened:
        yield opened


def test_open_creates_private_dir_and_file(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assert store.data_dir == data_dir
        assert store.path == paths.database_path(data_dir)
        assert mode(data_dir) == 0o700
        assert mode(store.path) == 0o600
        store.save_person(full_person())
        # The rollback journal is deleted after each commit; no stray world-readable files.
        assert {p.name for p in data_dir.iterdir()} == {store.path.name}
        assert mode(store.path) == 0o600


def test_open_is_private_even_with_a_permissive_umask(data_dir: Path) -> None:
    old = os.umask(0)
    try:
        with Store.open(data_dir) as store:
            store.save_person(Person(name="Ana"))
            assert mode(data_dir) == 0o700
            assert mode(store.path) == 0o600
    finally:
        os.umask(old)


def test_open_makes_an_existing_readable_file_private(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        path = store.path
    path.chmod(0o644)
    data_dir.chmod(0o755)
    with Store.open(data_dir):
        assert mode(path) == 0o600
        assert mode(data_dir) == 0o700


def test_whole_aggregate_round_trips(store: Store) -> None:
    ana = full_person()
    store.save_person(ana)
    assert store.person(ana.id) == ana
    assert store.people() == [ana]


def test_none_and_empty_visa_and_passport_stay_distinct(store: Store) -> None:
    recorded = Person(name="Recorded", visa=Visa(), passport=Passport())
    absent = Person(name="Absent")
    store.save_people([recorded, absent])
    assert store.person(recorded.id).visa == Visa()
    assert store.person(recorded.id).passport == Passport()
    assert store.person(absent.id).visa is None
    assert store.person(absent.id).passport is None


def test_people_sorted_by_name_ignoring_case(store: Store) -> None:
    for name in ("bruno", "Ana", "Émile", "carla"):
        store.save_person(Person(name=name))
    assert [p.name for p in store.people()] == ["Ana", "bruno", "carla", "Émile"]


def test_save_replaces_the_whole_aggregate(store: Store) -> None:
    ana = full_person()
    store.save_person(ana)
    smaller = Person(id=ana.id, name="Ana S.", cards=(Card("B"),))
    store.save_person(smaller)
    assert store.people() == [smaller]
    rows = table_rows(store.path)
    assert rows["visa"] == [] and rows["passport"] == [] and rows["absences"] == []
    assert rows["documents"] == [] and len(rows["cards"]) == 1
    assert rows["moves"] == rows["provisional"] == rows["applications"] == rows["procedure"] == []


def test_names_are_unique(store: Store) -> None:
    store.save_person(Person(name="Ana"))
    before = table_rows(store.path)
    with pytest.raises(DuplicateNameError, match='"Ana"'):
        store.save_person(Person(name="Ana"))
    with pytest.raises(DuplicateNameError):
        store.save_people([Person(name="Bea"), Person(name="Bea")])
    assert table_rows(store.path) == before


def test_names_equal_once_normalised_are_the_same_name(store: Store) -> None:
    """Names: "Chloé" typed precomposed (NFC) or decomposed (NFD) is one name."""
    store.save_person(Person(name="Chlo\u00e9"))
    before = table_rows(store.path)
    with pytest.raises(DuplicateNameError):
        store.save_person(Person(name="Chloe\u0301"))
    with pytest.raises(DuplicateNameError):
        store.save_people([Person(name="Zo\u00eb"), Person(name="Zoe\u0308")])
    with pytest.raises(DuplicateNameError):
        store.replace_all([Person(name="Zo\u00eb"), Person(name="Zoe\u0308")])
    assert table_rows(store.path) == before
    # The name is kept as typed; renaming a person to another form of their own name is fine.
    (chloe,) = store.people()
    store.save_person(Person(id=chloe.id, name="Chloe\u0301"))
    assert [p.name for p in store.people()] == ["Chloe\u0301"]


def test_a_batch_may_swap_names(store: Store) -> None:
    a, b = Person(name="A"), Person(name="B")
    store.save_people([a, b])
    store.save_people([Person(id=a.id, name="B"), Person(id=b.id, name="A")])
    assert {p.id: p.name for p in store.people()} == {a.id: "B", b.id: "A"}


def test_invalid_person_is_refused_with_every_problem(store: Store) -> None:
    bad = Person(
        name="Ana",
        arrival=date(2025, 3, 3),
        registered=date(2025, 3, 1),
        absences=(Absence(date(2025, 1, 1), date(2025, 1, 10)), Absence(date(2025, 1, 5),
                  date(2025, 1, 6))),
    )  # fmt: skip
    with pytest.raises(ValidationError) as info:
        store.save_person(bad)
    fields = [p.field for p in info.value.problems]
    assert "registered" in fields and "absences[1].left" in fields
    assert str(info.value).startswith('person "Ana": ')
    assert "\n" not in str(info.value)
    assert store.people() == []


@pytest.mark.parametrize(
    ("person", "field"),
    [
        (Person(name="A", reason="tourism"), "reason"),  # type: ignore[arg-type]
        (Person(name="A", cards=(Card("Z"),)), "cards[0].type"),  # type: ignore[arg-type]
        (Person(name="A", documents=(Document("diploma"),)), "documents[0].kind"),  # type: ignore[arg-type]
        (Person(name="A", documents=(Document(status="lost"),)), "documents[0].status"),  # type: ignore[arg-type]
        (Person(name="A", id="not-a-uuid"), "id"),
        (Person(name="A", citizenship="be"), "citizenship"),  # type: ignore[arg-type]
        (Person(name="A", cards=(Card(reason="tourism"),)), "cards[0].reason"),  # type: ignore[arg-type]
        (Person(name="A", absences=(Absence(important_reason=1),)), "absences[0].important_reason"),  # type: ignore[arg-type]
        (Person(name="A", provisional=(Provisional("annex_99"),)), "provisional[0].kind"),  # type: ignore[arg-type]
        (Person(name="A", applications=(Application("visa"),)), "applications[0].kind"),  # type: ignore[arg-type]
        (Person(name="A", moves=(Move(date(2025, 2, 1), date(2025, 1, 1)),)), "moves[0].declared"),
        (Person(name="A\x1b[2J"), "name"),
        (Person(name="\u200b"), "name"),
        (Person(name="A", absences=(Absence(note="\ud800"),)), "absences[0].note"),
        (Person(name="   "), "name"),
    ],
)  # fmt: skip
def test_values_outside_the_vocabulary_are_refused(
    store: Store, person: Person, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        store.save_person(person)
    assert field in [p.field for p in info.value.problems]
    assert table_rows(store.path)["people"] == []


def test_a_failing_batch_writes_nothing(store: Store) -> None:
    store.save_person(Person(name="Kept"))
    before = table_rows(store.path)
    bad = Person(name="Bad", absences=(Absence(date(2025, 2, 1), date(2025, 1, 1)),))
    with pytest.raises(ValidationError):
        store.save_people([full_person(), bad])
    assert table_rows(store.path) == before


def test_delete_cascades_to_every_child_row(store: Store) -> None:
    ana, bea = full_person(), full_person("Bea")
    store.save_people([ana, bea])
    store.delete_person(ana.id)
    assert store.people() == [bea]
    rows = table_rows(store.path)
    for table in CHILD_TABLES:
        one = table in ("visa", "passport", "procedure")  # keyed by person_id
        assert {r[0] if one else r[1] for r in rows[table]} == {bea.id}, table


def test_unknown_person(store: Store) -> None:
    with pytest.raises(PersonNotFound):
        store.person("0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11")
    with pytest.raises(PersonNotFound):
        store.delete_person("0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11")


def test_replace_all(store: Store) -> None:
    store.save_people([full_person(), Person(name="Gone")])
    new = [Person(name="Ana Silva"), Person(name="Carla")]
    store.replace_all(new)
    assert store.people() == new
    assert table_rows(store.path)["cards"] == []


def test_replace_all_is_all_or_nothing(store: Store) -> None:
    store.save_person(full_person())
    before = table_rows(store.path)
    with pytest.raises(DuplicateNameError):
        store.replace_all([Person(name="X"), Person(name="X")])
    assert table_rows(store.path) == before


def test_settings_hold_json_values(store: Store) -> None:
    assert store.setting("calendar.path") is None
    assert store.setting("calendar.path", "default") == "default"
    value = {"lead_days": [30, 7, 1], "time": "09:00", "on": True, "ratio": 0.5}
    store.set_setting("reminders", value)
    store.set_setting("calendar.path", "/home/ana/deadlines.ics")
    assert store.setting("reminders") == value
    assert store.setting("calendar.path") == "/home/ana/deadlines.ics"
    store.set_setting("calendar.path", None)
    assert store.setting("calendar.path", "default") is None  # stored null is not "missing"
    store.delete_setting("calendar.path")
    assert store.setting("calendar.path", "default") == "default"
    with pytest.raises(ValueError):
        store.set_setting("bad", float("nan"))


def test_rule_overrides_are_validated_and_applied(store: Store) -> None:
    assert store.rule_overrides() == {}
    assert store.ruleset().value("registration_days") == 8
    store.set_rule_overrides({"registration_days": 10})
    assert store.rule_overrides() == {"registration_days": 10}
    assert store.ruleset().value("registration_days") == 10
    with pytest.raises(RulesetError):
        store.set_rule_overrides({"registration_days": 0})
    with pytest.raises(RulesetError):
        store.set_rule_overrides({"no_such_rule": 3})
    assert store.rule_overrides() == {"registration_days": 10}


def test_unusable_stored_overrides_do_not_stop_the_app(store: Store) -> None:
    # As a future version might leave behind: a rule that no longer exists, a bad value.
    store.set_setting(
        RULE_OVERRIDES_KEY,
        {"registration_days": 10, "retired_rule": 3, "long_term_years": 999},
    )
    rules = store.ruleset()
    assert rules.value("registration_days") == 10
    assert rules.value("long_term_years") == 5


def test_reminder_states_upsert_in_utc(store: Store) -> None:
    brussels = timezone(timedelta(hours=2))
    fired = datetime(2026, 4, 9, 9, 0, tzinfo=brussels)
    first = ReminderState(key="p/card_expiry/0/30", state="fired", fired_at=fired,
                          updated_at=fired)  # fmt: skip
    other = ReminderState(key="p/registration//0", state="pending", updated_at=fired)
    store.put_reminder_states([first, other])
    states = store.reminder_states()
    assert set(states) == {first.key, other.key}
    assert states[first.key].fired_at == fired
    assert states[first.key].fired_at.tzinfo == UTC  # type: ignore[union-attr]
    assert states[first.key].fired_at.hour == 7  # type: ignore[union-attr]
    later = fired + timedelta(days=1)
    snoozed = ReminderState(key=first.key, state="snoozed", fired_at=fired,
                            snoozed_until=later, updated_at=later)  # fmt: skip
    store.put_reminder_states([snoozed])
    assert store.reminder_states()[first.key] == snoozed
    assert store.reminder_states()[other.key] == other
    assert table_rows(store.path)["reminder_states"][0][2] == "2026-04-09T07:00:00+00:00"
    store.delete_reminder_states([other.key])
    assert set(store.reminder_states()) == {first.key}


def test_reminder_state_checks_its_values() -> None:
    now = datetime.now(UTC)
    with pytest.raises(ValueError, match="state"):
        ReminderState(key="k", state="exploded", updated_at=now)
    with pytest.raises(ValueError, match="timezone"):
        ReminderState(key="k", state="fired", updated_at=datetime(2026, 1, 1, 9, 0))


def test_locked_database_is_reported(data_dir: Path) -> None:
    with Store.open(data_dir, busy_timeout=0.1) as store:
        store.save_person(Person(name="Ana"))
        other = sqlite3.connect(store.path, isolation_level=None)
        try:
            other.execute("BEGIN EXCLUSIVE")
            with pytest.raises(StoreLockedError, match="busy"):
                store.save_person(Person(name="Bea"))
            with pytest.raises(StoreLockedError):
                store.people()
            with pytest.raises(StoreLockedError):
                Store.open(data_dir, busy_timeout=0.1)
            other.execute("ROLLBACK")
        finally:
            other.close()
        assert [p.name for p in store.people()] == ["Ana"]


def test_read_only_database_is_reported_with_its_path(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(data_dir) as store:
        store.save_person(Person(name="Ana"))
    # As root, file modes do not stop writes; SQLite's read-only open mode does, for real.
    monkeypatch.setattr(
        store_module, "_make_engine", functools.partial(store_module._make_engine, mode="ro")
    )
    with Store.open(data_dir) as store:
        assert [p.name for p in store.people()] == ["Ana"]
        with pytest.raises(StoreWriteError) as info:
            store.save_person(Person(name="Bea"))
        assert str(store.path) in str(info.value)
        assert "read-only" in str(info.value)


def test_full_disk_is_reported_and_nothing_is_half_written(store: Store) -> None:
    ana = full_person()
    store.save_person(ana)
    before = table_rows(store.path)
    pages = sqlite3.connect(store.path).execute("PRAGMA page_count").fetchone()[0]

    def limit(dbapi_connection: sqlite3.Connection, record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(store._engine, "connect", limit)
    store._engine.dispose()
    long_trips = tuple(
        Absence(date(2000, 1, 1) + timedelta(days=3 * i), date(2000, 1, 2) + timedelta(days=3 * i),
                "x" * 500)
        for i in range(200)
    )  # fmt: skip
    with pytest.raises(StoreWriteError, match="the disk is full"):
        store.save_person(Person(id=ana.id, name=ana.name, absences=long_trips))
    event.remove(store._engine, "connect", limit)
    store._engine.dispose()
    assert table_rows(store.path) == before
    assert store.people() == [ana]


CRASH_MID_WRITE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file before COMMIT
conn.execute("BEGIN IMMEDIATE")
conn.execute("DELETE FROM people")
for i in range(500):
    conn.execute("INSERT INTO settings VALUES (?, ?)", (f"k{i}", '"' + "x" * 500 + '"'))
os._exit(0)  # the process dies with the transaction open: a hot journal stays behind
"""


def test_a_write_interrupted_by_a_crash_is_rolled_back_at_the_next_open(
    data_dir: Path,
) -> None:
    ana = full_person()
    with Store.open(data_dir) as store:
        store.save_person(ana)
        path = store.path
    before = table_rows(path)
    subprocess.run([sys.executable, "-c", CRASH_MID_WRITE, str(path)], check=True, timeout=60)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0
    assert mode(journal) == 0o600  # SQLite gives its journal the database file's mode
    with Store.open(data_dir) as store:
        assert store.people() == [ana]
        assert store.setting("k1") is None
    assert table_rows(path) == before


def test_not_a_database_is_refused_untouched(data_dir: Path) -> None:
    paths.ensure_private_dir(data_dir)
    path = paths.database_path(data_dir)
    path.write_bytes(b"this is a shopping list, not a database\n" * 200)
    with pytest.raises(CorruptDatabaseError) as info:
        Store.open(data_dir)
    assert str(path) in str(info.value) and "\n" not in str(info.value)
    assert path.read_bytes() == b"this is a shopping list, not a database\n" * 200


def test_another_programs_sqlite_file_is_refused(data_dir: Path) -> None:
    paths.ensure_private_dir(data_dir)
    path = paths.database_path(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(CorruptDatabaseError, match="another program"):
        Store.open(data_dir)


def test_damaged_file_is_refused(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.save_people([full_person(f"Person {i}") for i in range(40)])
        path = store.path
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, len(data) // page_size):  # keep the header page, scramble the rest
        data[page * page_size : page * page_size + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        Store.open(data_dir)


def test_unwritable_data_dir_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a dir")
    with pytest.raises(StoreWriteError, match="cannot read or write"):
        Store.open(blocker / "data")
