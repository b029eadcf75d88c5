"""Exchange format v1: exact round trips, and every kind of bad file refused with no write."""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from permit_tracker.domain.model import Absence, Passport, Person, Visa
from permit_tracker.storage import Store, StoreWriteError
from permit_tracker.storage.exchange import (
    UNASSIGNED_ID,
    ExchangeError,
    dumps,
    import_people,
    parse,
)

EVERY_FIELD = Path(__file__).parent / "fixtures" / "every-field.json"
TABLES = ("people", "visa", "passport", "cards", "absences", "documents")
FORMAT_FIELDS = {
    "person": ["id", "name", "reason", "arrival", "registered", "visa", "passport", "cards",
               "absences", "documents"],
    "visa": ["type", "valid_from", "valid_until"],
    "passport": ["expires"],
    "cards": ["type", "valid_from", "valid_until"],
    "absences": ["left", "returned", "note"],
    "documents": ["kind", "status", "issued"],
}  # fmt: skip
EXISTING = Person(id="0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11", name="Existing Person",
                  arrival=date(2024, 1, 1))  # fmt: skip


def rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(store.path)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    finally:
        conn.close()


def every_field_document() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(EVERY_FIELD.read_text(encoding="utf-8"))
    return result


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir) as opened:
        opened.save_person(EXISTING)
        yield opened


@pytest.fixture
def empty_store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir) as opened:
        yield opened


def test_the_round_trip_fixture_uses_every_field() -> None:
    people = every_field_document()["people"]
    assert list(people[0]) == FORMAT_FIELDS["person"]
    for field in FORMAT_FIELDS["person"]:
        assert any(p.get(field) not in (None, []) for p in people), field
    for part, fields in FORMAT_FIELDS.items():
        if part == "person":
            continue
        items = [
            item
            for p in people
            for item in (p[part] if isinstance(p[part], list) else [p[part]])
            if item is not None
        ]
        for field in fields:
            assert any(item.get(field) is not None for item in items), f"{part}.{field}"


def test_export_import_export_is_exact(empty_store: Store, tmp_path: Path) -> None:
    text = EVERY_FIELD.read_text(encoding="utf-8")
    result = import_people(empty_store, parse(text))
    assert result.added == ("Ana Silva", "bruno Silva", "Chloé Dubois")
    exported = dumps(empty_store.people())
    assert exported == text
    # ... and once more through a second, empty store.
    with Store.open(tmp_path / "second") as second:
        import_people(second, parse(exported))
        assert dumps(second.people()) == text


def test_empty_visa_and_missing_visa_stay_distinct() -> None:
    people = [Person(name="A", visa=Visa(), passport=Passport()), Person(name="B")]
    document = json.loads(dumps(people))
    assert document["people"][0]["visa"] == {"type": None, "valid_from": None, "valid_until": None}
    assert document["people"][0]["passport"] == {"expires": None}
    assert document["people"][1]["visa"] is None and document["people"][1]["passport"] is None
    assert parse(dumps(people)) == people


def test_dumps_is_canonical() -> None:
    people = [Person(name=n) for n in ("émile", "Bruno", "ana", "Carla")]
    text = dumps(people)
    assert text == dumps(list(reversed(people)))
    assert text.endswith("}\n") and text.startswith('{\n  "format": "permit-tracker",\n')
    document = json.loads(text)
    assert list(document) == ["format", "version", "people"]
    assert [p["name"] for p in document["people"]] == ["ana", "Bruno", "Carla", "émile"]
    assert all(list(p) == FORMAT_FIELDS["person"] for p in document["people"])
    assert "émile" in text  # written as UTF-8, not \\u escapes


def test_missing_and_null_fields_mean_not_recorded() -> None:
    text = json.dumps(
        {
            "format": "permit-tracker",
            "version": 1,
            "people": [
                {"name": "Only A Name"},
                {"name": "Nulls", "id": None, "visa": None, "cards": None, "absences": None},
            ],
        }
    )
    only, nulls = parse(text)
    assert only == Person(id=UNASSIGNED_ID, name="Only A Name")
    assert nulls == Person(id=UNASSIGNED_ID, name="Nulls")
    assert json.loads(dumps([only]))["people"][0]["id"] is None


def test_ids_are_kept_and_normalised() -> None:
    document = every_field_document()
    document["people"][0]["id"] = document["people"][0]["id"].upper()
    ana = parse(json.dumps(document))[0]
    assert ana.id == "3f2b8c1e-5d4a-4f6b-9e8d-7c6b5a4f3e21"


Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    """Set a value at a dotted path into the every-field document ('people.0.visa.type')."""

    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = document
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return mutate


def _drop(path: str) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = document
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        del node[last]

    return mutate


def _duplicate_person(document: dict[str, Any]) -> None:
    twin = copy.deepcopy(document["people"][0])
    twin["id"] = None
    document["people"].append(twin)


def _overlapping_trip(document: dict[str, Any]) -> None:
    document["people"][0]["absences"].append(
        {"left": "2025-07-15", "returned": "2025-07-25", "note": None}
    )


BAD_DOCUMENTS: list[tuple[str, Mutation, list[str]]] = [
    ("another format", _set("format", "other-app"), ["format", '"other-app"']),
    ("no format", _drop("format"), ["format: missing"]),
    ("newer version", _set("version", 2), ["version: 2 is newer"]),
    ("version as text", _set("version", "1"), ["version: expected 1"]),
    ("version true", _set("version", True), ["version: expected 1"]),
    ("unknown top-level field", _set("exported_by", "me"), ["exported_by: unknown field"]),
    ("people not an array", _set("people", {}), ["people: expected an array"]),
    ("no people", _drop("people"), ["people: expected an array"]),
    ("person not an object", _set("people.1", "bruno"), ["people[1]: expected an object"]),
    ("unknown person field", _set("people.0.nickname", "Ani"),
     ['person "Ana Silva": nickname: unknown field']),
    ("unknown visa field", _set("people.0.visa.colour", "red"),
     ['person "Ana Silva": visa.colour: unknown field']),
    ("unknown card field", _set("people.0.cards.1.number", "B123"),
     ['person "Ana Silva": cards[1].number: unknown field']),
    ("unknown absence field", _set("people.0.absences.0.country", "PT"),
     ['person "Ana Silva": absences[0].country: unknown field']),
    ("unknown document field", _set("people.2.documents.0.pages", 3),
     ['person "Chloé Dubois": documents[0].pages: unknown field']),
    ("missing name", _drop("people.1.name"), ["people[1]: name: missing"]),
    ("blank name", _set("people.1.name", "  "), ["people[1]: name: a name is required"]),
    ("name not text", _set("people.1.name", 42), ["people[1]: name: expected text"]),
    ("id not a uuid", _set("people.0.id", "ana-1"),
     ['person "Ana Silva": id: "ana-1" is not a UUID']),
    ("id a number", _set("people.0.id", 7), ['person "Ana Silva": id: 7 is not a UUID']),
    ("reason outside the list", _set("people.0.reason", "tourism"),
     ['person "Ana Silva": reason: "tourism" is not one of work, study, family, other']),
    ("card type outside the list", _set("people.0.cards.0.type", "Z"),
     ['person "Ana Silva": cards[0].type: "Z" is not one of']),
    ("document kind outside the list", _set("people.0.documents.0.kind", "diploma"),
     ['person "Ana Silva": documents[0].kind: "diploma"']),
    ("document status outside the list", _set("people.0.documents.0.status", "lost"),
     ['person "Ana Silva": documents[0].status: "lost"']),
    ("impossible date", _set("people.0.absences.1.returned", "2025-02-30"),
     ['person "Ana Silva": absences[1].returned: "2025-02-30" is not a date']),
    ("month 13", _set("people.0.arrival", "2025-13-01"),
     ['person "Ana Silva": arrival: "2025-13-01" is not a date']),
    ("compact ISO date", _set("people.0.registered", "20250307"),
     ['person "Ana Silva": registered: "20250307" is not a date']),
    ("local date format", _set("people.0.passport.expires", "01/05/2031"),
     ['person "Ana Silva": passport.expires: "01/05/2031" is not a date']),
    ("date as a number", _set("people.0.visa.valid_from", 20250220),
     ['person "Ana Silva": visa.valid_from: 20250220 is not a date']),
    ("date out of range", _set("people.0.cards.0.valid_from", "1850-01-01"),
     ['person "Ana Silva": cards[0].valid_from: 1850-01-01 is not between']),
    ("note not text", _set("people.0.absences.0.note", ["x"]),
     ['person "Ana Silva": absences[0].note: ["x"] is not text']),
    ("visa not an object", _set("people.0.visa", "D"),
     ['person "Ana Silva": visa: expected an object, got the text "D"']),
    ("cards not an array", _set("people.0.cards", {"type": "A"}),
     ['person "Ana Silva": cards: expected an array']),
    ("card not an object", _set("people.0.cards.0", "A"),
     ['person "Ana Silva": cards[0]: expected an object']),
    ("registered before arrival", _set("people.0.registered", "2025-03-01"),
     ['person "Ana Silva": registered: 2025-03-01 is before arrival 2025-03-03']),
    ("visa ends before it starts", _set("people.0.visa.valid_until", "2025-01-01"),
     ['person "Ana Silva": visa.valid_until: 2025-01-01 is before valid_from']),
    ("card ends before it starts", _set("people.0.cards.0.valid_until", "2025-05-01"),
     ['person "Ana Silva": cards[0].valid_until: 2025-05-01 is before valid_from']),
    ("trip ends before it starts", _set("people.0.absences.0.returned", "2025-06-01"),
     ['person "Ana Silva": absences[0].returned: 2025-06-01 is before left']),
    ("overlapping trips", _overlapping_trip,
     ['person "Ana Silva": absences[2].left: trip from 2025-07-15 overlaps']),
    ("duplicate names", _duplicate_person,
     ['person "Ana Silva" (people[3]): name: also used by people[0]']),
    ("duplicate ids", _set("people.1.id", "3f2b8c1e-5d4a-4f6b-9e8d-7c6b5a4f3e21"),
     ['person "bruno Silva": id: 3f2b8c1e-5d4a-4f6b-9e8d-7c6b5a4f3e21 is also the id of '
      "people[0]"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("mutation", "expected"),
    [pytest.param(m, e, id=name) for name, m, e in BAD_DOCUMENTS],
)
def test_bad_document_is_refused_naming_person_and_field(
    store: Store, mutation: Mutation, expected: list[str]
) -> None:
    document = every_field_document()
    mutation(document)
    before = rows(store)
    with pytest.raises(ExchangeError) as info:
        import_people(store, parse(json.dumps(document)))
    message = str(info.value)
    assert "\n" not in message
    for part in expected:
        assert part in message
    assert rows(store) == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"format": "permit-tracker", "version": 1, "people": [', "not valid JSON"),
        ("", "not valid JSON"),
        ("{} {}", "not valid JSON: Extra data"),
        ('{"format": "permit-tracker", "version": 1, "people": [], }', "line 1, column"),
        ('[{"name": "Ana"}]', "expected a JSON object with format, version and people"),
        ('"permit-tracker"', "expected a JSON object"),
        ('{"format": "permit-tracker", "version": NaN, "people": []}', "NaN"),
        ('{"format": "permit-tracker", "version": 1, "people": [{"name": "A", "name": "B"}]}',
         'person "B": name: appears twice'),
        ("[" * 100_000, "not valid JSON"),
        ('{"format": "permit-tracker", "version": 1' + ', "x": 1' * 3 + ', "people": []}',
         "x: appears twice"),
    ],
)  # fmt: skip
def test_malformed_json_is_refused(store: Store, text: str, expected: str) -> None:
    before = rows(store)
    with pytest.raises(ExchangeError) as info:
        parse(text)
    assert expected in str(info.value)
    assert "\n" not in str(info.value)
    assert rows(store) == before


def test_every_problem_is_listed() -> None:
    document = every_field_document()
    document["people"][0]["arrival"] = "2025-02-30"
    document["people"][1]["reason"] = "tourism"
    document["people"][2]["cards"] = [{"type": "A", "valid_until": "2020-01-01",
                                       "valid_from": "2021-01-01"}]  # fmt: skip
    with pytest.raises(ExchangeError) as info:
        parse(json.dumps(document))
    assert len(info.value.problems) == 3
    assert str(info.value).endswith("(and 2 more problems)")
    assert [p.split(":")[0] for p in info.value.problems] == [
        'person "Ana Silva"', 'person "bruno Silva"', 'person "Chloé Dubois"',
    ]  # fmt: skip


def test_a_name_already_in_the_store_is_refused_without_replace(store: Store) -> None:
    document = every_field_document()
    document["people"][1]["name"] = EXISTING.name
    before = rows(store)
    with pytest.raises(ExchangeError, match='person "Existing Person": name: already in the store'):
        import_people(store, parse(json.dumps(document)))
    assert rows(store) == before


def test_an_id_already_in_the_store_is_refused_without_replace(store: Store) -> None:
    document = every_field_document()
    document["people"][1]["id"] = EXISTING.id
    before = rows(store)
    with pytest.raises(ExchangeError, match=f'id: {EXISTING.id} already belongs to "Existing'):
        import_people(store, parse(json.dumps(document)))
    assert rows(store) == before


def test_import_adds_people_with_their_ids(store: Store) -> None:
    people = parse(EVERY_FIELD.read_text(encoding="utf-8"))
    result = import_people(store, people)
    assert result.added == ("Ana Silva", "bruno Silva", "Chloé Dubois")
    assert result.replaced == () and result.removed == ()
    assert {p.id for p in store.people()} == {EXISTING.id} | {p.id for p in people}


def test_people_without_ids_get_new_ones(empty_store: Store) -> None:
    text = json.dumps({"format": "permit-tracker", "version": 1,
                       "people": [{"name": "A"}, {"name": "B"}]})  # fmt: skip
    import_people(empty_store, parse(text))
    ids = {p.id for p in empty_store.people()}
    assert len(ids) == 2 and UNASSIGNED_ID not in ids


def test_replace_keeps_the_stored_id_of_a_person_matched_by_name(store: Store) -> None:
    text = json.dumps(
        {
            "format": "permit-tracker",
            "version": 1,
            "people": [
                {"name": EXISTING.name, "arrival": "2024-02-01"},
                {"name": "Newcomer"},
            ],
        }
    )
    result = import_people(store, parse(text), replace=True)
    assert result.replaced == (EXISTING.name,) and result.added == ("Newcomer",)
    stored = {p.name: p for p in store.people()}
    assert stored[EXISTING.name].id == EXISTING.id
    assert stored[EXISTING.name].arrival == date(2024, 2, 1)
    assert stored["Newcomer"].id not in (UNASSIGNED_ID, EXISTING.id)


def test_replace_makes_the_store_exactly_the_file(store: Store) -> None:
    people = parse(EVERY_FIELD.read_text(encoding="utf-8"))
    result = import_people(store, people, replace=True)
    assert result.removed == (EXISTING.name,)
    assert dumps(store.people()) == EVERY_FIELD.read_text(encoding="utf-8")


def test_replace_refuses_an_id_taken_twice(store: Store) -> None:
    text = json.dumps(
        {
            "format": "permit-tracker",
            "version": 1,
            "people": [
                {"name": EXISTING.name},  # would keep EXISTING.id ...
                {"name": "Other", "id": EXISTING.id},  # ... which the file gives to Other
            ],
        }
    )
    before = rows(store)
    with pytest.raises(ExchangeError, match=f"id: {EXISTING.id} is also the id of"):
        import_people(store, parse(text), replace=True)
    assert rows(store) == before


def test_import_is_one_transaction(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure while writing the third person leaves the first two unwritten too."""
    from permit_tracker.storage import store as store_module

    people = parse(EVERY_FIELD.read_text(encoding="utf-8"))
    real = store_module._write_person
    calls: list[str] = []

    def failing(session: Any, person: Person) -> None:
        calls.append(person.name)
        if len(calls) == 3:
            raise sqlite3.OperationalError("database or disk is full")
        real(session, person)

    monkeypatch.setattr(store_module, "_write_person", failing)
    before = rows(store)
    with pytest.raises(StoreWriteError, match="the disk is full"):
        import_people(store, people)
    assert calls == ["Ana Silva", "bruno Silva", "Chloé Dubois"]
    assert rows(store) == before


def test_a_byte_order_mark_is_accepted() -> None:
    text = EVERY_FIELD.read_text(encoding="utf-8")
    assert parse("\ufeff" + text) == parse(text)


def test_long_or_multiline_names_stay_one_line_in_messages() -> None:
    document = every_field_document()
    document["people"][0]["name"] = "Ana\nSilva " + "x" * 300
    with pytest.raises(ExchangeError) as info:
        parse(json.dumps(document))
    message = str(info.value)
    assert "\n" not in message and len(message) < 200
    assert message.startswith('person "Ana\\nSilva x') and "name: is longer than 200" in message


def test_odd_field_names_are_quoted_in_messages() -> None:
    document = every_field_document()
    document["people"][0]["visa"]["a\nb"] = 1
    with pytest.raises(ExchangeError) as info:
        parse(json.dumps(document))
    assert str(info.value) == 'person "Ana Silva": visa["a\\nb"]: unknown field ' + (
        "(expected one of type, valid_from, valid_until)"
    )


def test_parse_returns_domain_values() -> None:
    ana = parse(EVERY_FIELD.read_text(encoding="utf-8"))[0]
    assert ana.absences[0] == Absence(date(2025, 7, 1), date(2025, 7, 20), "holiday")
    assert ana.visa == Visa("D", date(2025, 2, 20), date(2025, 8, 19))
