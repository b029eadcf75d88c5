"""Hypothesis against what the tests of others leave open.

The engine (domain.deadlines, domain.continuity_*) with arbitrary Person values, including the
unsaved ones a form holds while the user types (ranges back to front, overlapping trips,
half-filled records), and any ruleset Preferences accepts: never a traceback, and output
that is well-formed. (tests/domain/test_engine_properties.py checks the answers of valid ones.)

Import as a user runs it (tests/storage/test_exchange_fuzz.py covers parse/import_people): any bytes
through `permit-tracker import` give exit code 0 or one line and code 1, and a refused file
leaves the database byte for byte as it was; and valid imports into a disk that fills up
partway are all or nothing.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import event as statistic
from hypothesis import strategies as st
from sqlalchemy import event

from permit_tracker import paths
from permit_tracker.cli import main
from permit_tracker.domain.continuity_eligibility import eligibility_date
from permit_tracker.domain.continuity_permanent import permanent_residence_date
from permit_tracker.domain.continuity_travel import absence_usage, trip_effect
from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.deadlines import deadlines_for, sort_key
from permit_tracker.domain.model import (
    APPLICATION_KINDS,
    CARD_TYPES,
    CITIZENSHIPS,
    DOCUMENT_KINDS,
    DOCUMENT_STATUSES,
    PROVISIONAL_KINDS,
    REASONS,
    Absence,
    Application,
    Card,
    Document,
    Move,
    Passport,
    Person,
    Provisional,
    Visa,
)
from permit_tracker.domain.validation import MAX_DATE, MIN_DATE
from permit_tracker.rules.ruleset import DEFAULT_RULES, Ruleset, RulesetError
from permit_tracker.storage import Store, StoreWriteError
from permit_tracker.storage.exchange import ExchangeError, dumps, import_people

ENGINE = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
IMPORTS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Recent dates mostly (where real records are), the extremes of what a form accepts sometimes.
DATES = st.one_of(
    st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31)),
    st.dates(min_value=MIN_DATE, max_value=MAX_DATE),
    st.sampled_from([MIN_DATE, MAX_DATE, date(2024, 2, 29), date(2000, 2, 29)]),
)
MAYBE = st.none() | DATES


@st.composite
def trips(draw: st.DrawFn) -> tuple[Absence, ...]:
    """Any trips: overlapping, back to front, half-dated, long, touching."""
    anchor = draw(DATES)
    found = []
    for _ in range(draw(st.integers(0, 8))):
        left = draw(st.none() | st.just(anchor + timedelta(draw(st.integers(-400, 2000)))))
        length = draw(st.integers(-30, 400))
        returned = draw(st.none() | st.just((left or anchor) + timedelta(length)))
        found.append(
            Absence(
                _clamp(left),
                _clamp(returned),
                draw(st.none() | st.text(max_size=5)),
                declared=draw(MAYBE),
                reported_back=draw(MAYBE),
                important_reason=draw(st.booleans()),
            )
        )
    return tuple(found)


def _clamp(day: date | None) -> date | None:
    return None if day is None else min(max(day, MIN_DATE), MAX_DATE)


PEOPLE = st.builds(
    Person,
    name=st.text(min_size=1, max_size=20),
    citizenship=st.none() | st.sampled_from(CITIZENSHIPS),
    reason=st.none() | st.sampled_from(REASONS),
    arrival=MAYBE,
    registered=MAYBE,
    visa=st.none() | st.builds(Visa, st.none() | st.text(max_size=3), MAYBE, MAYBE),
    passport=st.none() | st.builds(Passport, MAYBE),
    cards=st.lists(
        st.builds(
            Card,
            st.none() | st.sampled_from(CARD_TYPES),
            MAYBE,
            MAYBE,
            st.none() | st.sampled_from(REASONS),
            MAYBE,
        ),
        max_size=5,
    ).map(tuple),
    moves=st.lists(st.builds(Move, MAYBE, MAYBE), max_size=3).map(tuple),
    provisional=st.lists(
        st.builds(Provisional, st.none() | st.sampled_from(PROVISIONAL_KINDS), MAYBE, MAYBE),
        max_size=3,
    ).map(tuple),
    applications=st.lists(
        st.builds(Application, st.none() | st.sampled_from(APPLICATION_KINDS), MAYBE, MAYBE),
        max_size=3,
    ).map(tuple),
    absences=trips(),
    documents=st.lists(
        st.builds(
            Document,
            st.none() | st.sampled_from(DOCUMENT_KINDS),
            st.none() | st.sampled_from(DOCUMENT_STATUSES),
            MAYBE,
        ),
        max_size=5,
    ).map(tuple),
)


@st.composite
def rulesets(draw: st.DrawFn) -> Ruleset:
    """Any ruleset Preferences would save: each value within its rule's bounds."""
    overrides = {
        key: draw(st.integers(rule.minimum, rule.maximum))
        for key, rule in DEFAULT_RULES.items()
        if draw(st.booleans())
    }
    try:
        return Ruleset.with_overrides(overrides)
    except RulesetError:
        assume(False)  # e.g. a renewal window that closes before it opens: refused upstream
        raise


def check_rows(rows: list[Deadline], person: Person, today: date) -> None:
    assert rows == sorted(rows, key=sort_key)
    keys = [row.key for row in rows]
    assert len(keys) == len(set(keys)), keys  # identities stay unique (calendar UIDs)
    for row in rows:
        assert isinstance(row.kind, Kind) and isinstance(row.status, Status)
        assert row.person_id == person.id and row.person == person.name
        assert row.title and row.explanation and row.rule in DEFAULT_RULES
        if row.date is None:
            assert row.status is Status.INFO and row.days_left is None
        else:
            assert row.days_left == (row.date - today).days
            if row.status is Status.OVERDUE:
                assert row.days_left < 0


@ENGINE
@given(person=PEOPLE, rules=rulesets(), today=DATES)
def test_deadlines_for_any_person_and_rules(person: Person, rules: Ruleset, today: date) -> None:
    rows = deadlines_for(person, rules, today)
    check_rows(rows, person, today)
    assert deadlines_for(person, rules, today) == rows  # pure: same input, same answer


@ENGINE
@given(person=PEOPLE, rules=rulesets(), on=DATES, trip=st.builds(Absence, MAYBE, MAYBE))
def test_continuity_for_any_person_and_rules(
    person: Person, rules: Ruleset, on: date, trip: Absence
) -> None:
    for key in ("long_term_years", "nationality_years"):
        found = eligibility_date(person, rules, key)
        # v2: a long-term date is also unknown when no day ahead counts or while a student
        assert (found.date is None) == (found.blocked is not None)
        if person.residence_start is None:
            assert found.blocked == "no_start"
        if key == "nationality_years":
            assert (found.date is None) == (person.residence_start is None)
        assert found.reason
        if found.date is not None:
            assert found.period_start is not None and found.date >= found.period_start
            assert found.window_days is not None and found.window_days <= rules.value(
                "absence_total_max_days"
            )
    permanent = permanent_residence_date(person, rules)
    assert (permanent.date is None) == (person.residence_start is None)
    if permanent.date is not None:
        assert permanent.window_days is not None
        assert permanent.window_days <= rules.value("eu_absence_year_max_days")
    usage = absence_usage(person, rules, on)
    assert usage.used_days >= 0 and 0 <= usage.left_days <= rules.value("absence_total_max_days")
    assert trip_effect(person, trip, rules, "permanent_residence_years").message
    effect = trip_effect(person, trip, rules)
    assert effect.message
    dated = trip.left is not None and trip.returned is not None and trip.left <= trip.returned
    if dated and effect.before is not None and effect.after is not None:
        assert effect.shift_days == (effect.after - effect.before).days
    elif not dated:
        assert effect.shift_days is None and effect.after == effect.before


# -- import, as a user runs it --------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    data_dir = tmp_path_factory.mktemp("import-fuzz") / "data"
    with Store.open(data_dir) as store:
        store.save_people([Person(name="Ana Silva", arrival=date(2025, 3, 3))])
    yield data_dir


VALID_PEOPLE = st.lists(
    st.builds(
        Person,
        name=st.text(alphabet="abcdefghij ", min_size=1, max_size=12).filter(str.strip),
        arrival=st.none() | st.dates(date(2020, 1, 1), date(2025, 1, 1)),
        absences=st.integers(0, 40).map(
            lambda n: tuple(
                Absence(
                    date(2021, 1, 1) + timedelta(3 * i),
                    date(2021, 1, 2) + timedelta(3 * i),
                    "note " * 20,
                )
                for i in range(n)
            )
        ),
    ),
    min_size=1,
    max_size=6,
    unique_by=lambda p: p.name,
)


GARBAGE = st.one_of(
    VALID_PEOPLE.map(lambda people: dumps(people).encode("utf-8")),  # some are fine
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    st.sampled_from([b"\xef\xbb\xbf{}", b'{"format": "permit-tracker", "version": 1, "people": ['
                     + b"[" * 5000, b"1" * 5000, b'{"people": NaN}', b"\xff\xfe{\x00}\x00"]),
    st.builds(lambda head, tail: head + tail,
              st.just(b'{"format": "permit-tracker", "version": 1, "people": [{"name": '),
              st.binary(max_size=40)),
)  # fmt: skip


@IMPORTS
@given(content=GARBAGE, replace=st.booleans())
def test_any_bytes_through_the_import_command(
    seeded: Path, tmp_path_factory: pytest.TempPathFactory, capsys, content: bytes, replace: bool
) -> None:
    source = tmp_path_factory.mktemp("file") / "in.json"
    source.write_bytes(content)
    database = paths.database_path(seeded)
    before = sha256(database)
    backups = (
        sorted(paths.backups_dir(seeded).glob("*")) if paths.backups_dir(seeded).exists() else []
    )
    args = ["import", str(source), "--data-dir", str(seeded), *(["--replace"] if replace else [])]
    code = main(args)
    err = capsys.readouterr().err
    statistic(f"exit code {code}")
    if code == 0:  # a valid (if odd) document: put the store back for the next example
        with Store.open(seeded) as store:
            store.replace_all([Person(name="Ana Silva", arrival=date(2025, 3, 3))])
        return
    assert code == 1
    assert err.startswith("permit-tracker: error: ") and err.count("\n") == 1, err
    assert sha256(database) == before  # refused: not a byte changed
    after = (
        sorted(paths.backups_dir(seeded).glob("*")) if paths.backups_dir(seeded).exists() else []
    )
    assert after == backups  # and no copy was taken for nothing


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {
            t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
            for t in ("people", "visa", "passport", "cards", "absences", "documents")
        }
    finally:
        conn.close()


@IMPORTS
@given(people=VALID_PEOPLE, spare_pages=st.integers(0, 12), replace=st.booleans())
def test_an_import_into_a_filling_disk_is_all_or_nothing(
    tmp_path_factory: pytest.TempPathFactory, people: list[Person], spare_pages: int,
    replace: bool,
) -> None:  # fmt: skip
    data_dir = tmp_path_factory.mktemp("full") / "data"
    with Store.open(data_dir) as store:
        store.save_people([Person(name="Existing", arrival=date(2024, 1, 1))])
        people = [p for p in people if p.name != "Existing"]
        before = table_rows(store.path)
        pages = sqlite3.connect(store.path).execute("PRAGMA page_count").fetchone()[0]

        def limit(dbapi_connection: sqlite3.Connection, record: object) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + spare_pages}")

        event.listen(store._engine, "connect", limit)
        store._engine.dispose()
        try:
            import_people(store, people, replace=replace)
        except StoreWriteError as exc:
            statistic("refused: disk full")  # --hypothesis-show-statistics shows the balance
            assert "the disk is full" in str(exc)
            assert table_rows(store.path) == before  # nothing of it
            return
        except ExchangeError:
            pytest.fail("valid people were refused")
        finally:
            event.remove(store._engine, "connect", limit)
            store._engine.dispose()
        statistic("imported whole")
        expected = {p.name for p in people} | (set() if replace else {"Existing"})
        assert {p.name for p in store.people()} == expected  # all of it
        integrity = sqlite3.connect(store.path).execute("PRAGMA integrity_check").fetchone()[0]
        assert integrity == "ok"
