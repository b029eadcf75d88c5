"""Generated documents against the exchange format.

Valid people survive dumps → parse and a trip through the store unchanged. Mutated documents
(keys dropped or renamed, wrong types, bad dates, swapped ranges, duplicated people or trips,
garbage text) are either refused with ExchangeError and the store keeps exactly its rows, or,
when the mutation happens to be valid, imported whole.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import sqlite3
import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

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
    Procedure,
    Provisional,
    Visa,
)
from permit_tracker.domain.validation import name_problem
from permit_tracker.storage import Store
from permit_tracker.storage.exchange import (
    UNASSIGNED_ID,
    ExchangeError,
    ImportResult,
    dumps,
    import_people,
    parse,
)

EVERY_FIELD = Path(__file__).resolve().parents[1] / "fixtures" / "every-field.json"
TABLES = ("people", "visa", "passport", "cards", "absences", "moves", "provisional",
          "applications", "documents", "procedure")  # fmt: skip
EXISTING = Person(
    id="0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11",
    name="Existing Person",
    reason="study",
    cards=(Card("A", date(2024, 1, 1), date(2025, 1, 1)),),
)
FUZZ = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(store.path)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One store for all examples (a fresh one per example would dominate the run time);
    each example starts from the same content: EXISTING alone."""
    with Store.open(tmp_path_factory.mktemp("fuzz")) as opened:
        opened.replace_all([EXISTING])
        yield opened


# -- valid people -------------------------------------------------------------------------------

DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
# Names the format accepts (no control character, lone surrogate or invisible-only name:
# those are refused, which the malformed documents below exercise).
NAMES = st.text(min_size=1, max_size=30).filter(lambda s: bool(s.strip()) and not name_problem(s))
TEXTS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)  # no lone surrogates


@st.composite
def date_ranges(draw: st.DrawFn) -> tuple[date | None, date | None]:
    start, end = draw(st.none() | DATES), draw(st.none() | DATES)
    if start is not None and end is not None and end < start:
        start, end = end, start
    return start, end


@st.composite
def trips(draw: st.DrawFn) -> tuple[Absence, ...]:
    """Non-overlapping trips (strictly increasing days, paired), in any order, plus open ones."""
    days = sorted(draw(st.lists(DATES, unique=True, max_size=8)))
    dated = [Absence(days[i], days[i + 1], draw(st.none() | TEXTS), draw(st.none() | DATES),
                     draw(st.none() | DATES), draw(st.booleans()))
             for i in range(0, len(days) - 1, 2)]  # fmt: skip
    open_ended = draw(st.lists(st.builds(Absence, left=st.none() | DATES, returned=st.none(),
                                         important_reason=st.booleans()),
                               max_size=2))  # fmt: skip
    return tuple(draw(st.permutations(dated + open_ended)))


@st.composite
def people(draw: st.DrawFn) -> Person:
    arrival, registered = draw(date_ranges())
    visa_from, visa_until = draw(date_ranges())
    return Person(
        id=str(draw(st.uuids())),
        name=draw(NAMES),
        citizenship=draw(st.none() | st.sampled_from(CITIZENSHIPS)),
        reason=draw(st.none() | st.sampled_from(REASONS)),
        arrival=arrival,
        registered=registered,
        visa=draw(st.none() | st.just(Visa(draw(st.none() | TEXTS), visa_from, visa_until))),
        passport=draw(st.none() | st.builds(Passport, st.none() | DATES)),
        cards=tuple(
            Card(
                draw(st.none() | st.sampled_from(CARD_TYPES)),
                *draw(date_ranges()),
                reason=draw(st.none() | st.sampled_from(REASONS)),
                renewal_requested=draw(st.none() | DATES),
            )
            for _ in range(draw(st.integers(0, 3)))
        ),
        absences=draw(trips()),
        moves=tuple(Move(*draw(date_ranges())) for _ in range(draw(st.integers(0, 2)))),
        provisional=tuple(
            Provisional(draw(st.none() | st.sampled_from(PROVISIONAL_KINDS)), *draw(date_ranges()))
            for _ in range(draw(st.integers(0, 2)))
        ),
        applications=tuple(
            Application(draw(st.none() | st.sampled_from(APPLICATION_KINDS)), *draw(date_ranges()))
            for _ in range(draw(st.integers(0, 2)))
        ),
        documents=tuple(
            draw(
                st.lists(
                    st.builds(
                        Document,
                        st.none() | st.sampled_from(DOCUMENT_KINDS),
                        st.none() | st.sampled_from(DOCUMENT_STATUSES),
                        st.none() | DATES,
                    ),
                    max_size=4,
                )
            )
        ),
        procedure=draw(st.none() | st.builds(Procedure, *[st.none() | DATES] * 3)),
    )


# Names are unique up to NFC (the store's and the format's rule).
FAMILIES = st.lists(
    people(), max_size=4, unique_by=(lambda p: unicodedata.normalize("NFC", p.name), lambda p: p.id)
)


def by_name(group: list[Person]) -> list[Person]:
    return sorted(group, key=lambda p: (p.name.casefold(), p.name, p.id))


@settings(max_examples=100, deadline=None)
@given(FAMILIES)
def test_dumps_then_parse_gives_the_same_people(family: list[Person]) -> None:
    text = dumps(family)
    assert parse(text) == by_name(family)
    assert dumps(parse(text)) == text


@settings(max_examples=50, deadline=None)
@given(FAMILIES)
def test_valid_people_survive_the_store_exactly(store: Store, family: list[Person]) -> None:
    named = [p for p in family if p.name != EXISTING.name]
    store.replace_all([])
    try:
        import_people(store, parse(dumps(named)))
        assert store.people() == by_name(named)
        assert dumps(store.people()) == dumps(named)
    finally:
        store.replace_all([EXISTING])


# -- malformed documents ------------------------------------------------------------------------

BAD_DATES = ["2025-02-30", "2025-13-01", "2025-00-10", "20250101", "2025-1-1", "01/02/2025",
             "", "1899-12-31", "2201-01-01", "2025-02-29", "0000-01-01"]  # fmt: skip
WORDS = ["work", "tourism", "A", "F+", "M", "Z", "D", "police_clearance", "diploma",
         "obtained", "lost", "eu", "non_eu", "EU", "blue_card", "annex_15", "annex_99",
         "long_term", "work_permit", EXISTING.name, "Ana Silva", "bruno Silva",
         "Chloe\u0301 Dubois", "Ana\x1bSilva", "\u200b", "\ud800", EXISTING.id,
         "3f2b8c1e-5d4a-4f6b-9e8d-7c6b5a4f3e21", "not-a-uuid"]  # fmt: skip
FIELD_NAMES = ["id", "name", "citizenship", "reason", "arrival", "registered", "visa",
               "passport", "cards", "absences", "moves", "provisional", "applications",
               "documents", "procedure", "type", "valid_from", "valid_until", "expires",
               "renewal_requested", "left", "returned", "note", "declared", "reported_back",
               "important_reason", "date", "kind", "status", "issued", "filed", "decided",
               "police_check", "card_application", "card_collected", "format", "version",
               "people", "Name", "nickname", ""]  # fmt: skip
JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(BAD_DATES + WORDS),
    DATES.map(date.isoformat),
    st.lists(st.none() | st.integers() | st.text(max_size=3), max_size=2),
    st.dictionaries(st.sampled_from(FIELD_NAMES), st.none() | DATES.map(date.isoformat),
                    max_size=2),
)  # fmt: skip


def locations(node: Any) -> list[tuple[Any, Any]]:
    """Every (container, key-or-index) pair in a JSON tree, the root's children included."""
    found: list[tuple[Any, Any]] = []
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, child in items:
        found.append((node, key))
        if isinstance(child, dict | list):
            found.extend(locations(child))
    return found


def mutate(draw: st.DrawFn, document: dict[str, Any]) -> str:
    """Apply one random mutation to `document` in place; return its description."""
    kind = draw(st.sampled_from(["drop", "rename", "replace", "swap", "duplicate", "unknown",
                                 "shift_date", "clash"]))  # fmt: skip
    crowd = document.get("people")
    if kind == "clash" and isinstance(crowd, list) and crowd and isinstance(crowd[0], dict):
        # Someone takes the name or the id of the stored person or of another person.
        person = draw(st.sampled_from([p for p in crowd if isinstance(p, dict)]))
        field = draw(st.sampled_from(["name", "id"]))
        donors = [EXISTING.name if field == "name" else EXISTING.id]
        donors += [p.get(field) for p in crowd if isinstance(p, dict)]
        person[field] = draw(st.sampled_from(donors))
        return f"clash on {field}"
    container, key = draw(st.sampled_from(locations(document)))
    value = container[key]
    if kind == "drop":
        del container[key]
    elif kind == "rename" and isinstance(container, dict):
        container[draw(st.sampled_from(FIELD_NAMES) | st.text(max_size=6))] = container.pop(key)
    elif kind == "swap" and isinstance(container, dict) and len(container) > 1:
        other = draw(st.sampled_from(sorted(container)))
        container[key], container[other] = container[other], value
    elif kind == "duplicate" and isinstance(value, list) and value:
        value.append(copy.deepcopy(draw(st.sampled_from(value))))
    elif kind == "unknown" and isinstance(value, dict):
        value[draw(st.sampled_from(FIELD_NAMES) | st.text(max_size=6))] = draw(JSON_VALUES)
    elif kind == "shift_date" and isinstance(value, str) and len(value) == 10:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            day = date(2025, 1, 1)
        shifted = day + timedelta(days=draw(st.integers(-400, 400)))
        container[key] = shifted.isoformat()
    else:
        container[key] = draw(JSON_VALUES)
        kind = "replace"
    return f"{kind} at {key!r}"


@st.composite
def mutated_documents(draw: st.DrawFn) -> str:
    document: dict[str, Any] = json.loads(EVERY_FIELD.read_text(encoding="utf-8"))
    extra = draw(st.lists(people(), max_size=2))
    document["people"].extend(json.loads(dumps(extra))["people"])
    for _ in range(draw(st.integers(0, 3))):  # 0: the valid base must import whole
        if not locations(document):
            break
        mutate(draw, document)
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    garbage = draw(st.sampled_from(["none"] * 8 + ["truncate", "insert"]))
    if garbage == "truncate":
        text = text[: draw(st.integers(0, len(text) - 1))]
    elif garbage == "insert":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from([",", "}", "]", '"', "x", "\\", "NaN"])) + text[at:]
    return text


def check_imported_whole(
    store: Store, parsed: list[Person], stored_before: list[Person], replace: bool,
    result: ImportResult,
) -> None:  # fmt: skip
    stored = {p.name: p for p in store.people()}
    previous = {p.name: p for p in stored_before}
    expected_names = {p.name for p in parsed} | (set() if replace else set(previous))
    assert set(stored) == expected_names
    for person in parsed:
        got = stored[person.name]
        if person.id == UNASSIGNED_ID:
            if replace and person.name in previous:
                assert got.id == previous[person.name].id  # matched by name keeps the id
            else:
                assert got.id not in {p.id for p in stored_before}
            person = dataclasses.replace(person, id=got.id)
        assert got == person
    assert result.imported == len(parsed)


@FUZZ
@given(text=mutated_documents(), replace=st.booleans())
def test_mutated_documents_are_refused_cleanly_or_imported_whole(
    store: Store, text: str, replace: bool
) -> None:
    before_rows, before_people = rows(store), store.people()
    try:
        parsed = parse(text)
        result = import_people(store, parsed, replace=replace)
    except ExchangeError as exc:
        event("refused")  # --hypothesis-show-statistics shows the refused/imported balance
        message = str(exc)
        assert message and "\n" not in message
        assert rows(store) == before_rows
        return
    event("imported")
    try:
        check_imported_whole(store, parsed, before_people, replace, result)
    finally:
        store.replace_all([EXISTING])


JSON_TREES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=20,
)


@FUZZ
@given(
    st.one_of(
        st.text(max_size=200),
        JSON_TREES.map(json.dumps),
        JSON_TREES.map(
            lambda people: json.dumps({"format": "permit-tracker", "version": 2, "people": people})
        ),
    )
)
def test_arbitrary_text_never_raises_anything_but_exchange_error(text: str) -> None:
    try:
        result = parse(text)
    except ExchangeError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert all(isinstance(p, Person) for p in result)
