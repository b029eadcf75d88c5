"""Exchange format v2 (and v1 read): exact round trips, every kind of bad file refused with no
write."""

from __future__ import annotations

import copy
import json
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from permit_tracker.domain.model import Absence, Passport, Person, Procedure, Visa
from permit_tracker.storage import Store, StoreWriteError, ValidationError
from permit_tracker.storage.exchange import (
    UNASSIGNED_ID,
    ExchangeError,
    dumps,
    import_people,
    parse,
)

EVERY_FIELD = Path(__file__).resolve().parents[1] / "fixtures" / "every-field.json"
EVERY_FIELD_V1 = Path(__file__).resolve().parents[1] / "fixtures" / "every-field-v1.json"
TABLES = ("people", "visa", "passport", "cards", "absences", "moves", "provisional",
          "applications", "documents", "procedure")  # fmt: skip
# Exchange format v2 (docs/exchange-format.md), in the order `dumps` writes them
# (`procedure`: our extension).
FORMAT_FIELDS = {
    "person": ["id", "name", "citizenship", "reason", "arrival", "registered", "visa",
               "passport", "cards", "absences", "moves", "provisional", "applications",
               "documents", "procedure"],
    "visa": ["type", "valid_from", "valid_until"],
    "passport": ["expires"],
    "cards": ["type", "reason", "valid_from", "valid_until", "renewal_requested"],
    "absences": ["left", "returned", "note", "declared", "reported_back", "important_reason"],
    "moves": ["date", "declared"],
    "provisional": ["kind", "issued", "valid_until"],
    "applications": ["kind", "filed", "decided"],
    "documents": ["kind", "status", "issued"],
    "procedure": ["police_check", "card_application", "card_collected"],
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
            assert any(item.get(field) not in (None, False) for item in items), f"{part}.{field}"
        assert all(list(item) == fields for item in items), part


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


V2_PERSON_FIELDS = ("citizenship", "moves", "provisional", "applications", "procedure")
V2_RECORD_FIELDS = {"cards": ("reason", "renewal_requested"),
                    "absences": ("declared", "reported_back", "important_reason")}  # fmt: skip


def _drop_v2_fields(document: dict[str, Any]) -> None:
    for person in document["people"]:
        for field in V2_PERSON_FIELDS:
            person.pop(field, None)
        for part, fields in V2_RECORD_FIELDS.items():
            for item in person[part]:
                for field in fields:
                    item.pop(field, None)


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
    ("newer version", _set("version", 3), ["version: 3 is newer"]),
    ("version as text", _set("version", "2"), ["version: expected 1 or 2"]),
    ("version true", _set("version", True), ["version: expected 1 or 2"]),
    ("version 0", _set("version", 0), ["version: expected 1 or 2, got the number 0"]),
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
     ['person "Ana Silva": reason: "tourism" is not one of work, blue_card, research, study, '
      "search_year, family, au_pair, seasonal, other"]),
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
    # -- the fields of version 2
    ("citizenship outside the list", _set("people.0.citizenship", "be"),
     ['person "Ana Silva": citizenship: "be" is not one of non_eu, eu']),
    ("citizenship not text", _set("people.0.citizenship", True),
     ['person "Ana Silva": citizenship: true is not one of']),
    ("card reason outside the list", _set("people.0.cards.0.reason", "tourism"),
     ['person "Ana Silva": cards[0].reason: "tourism" is not one of work']),
    ("card type M is known, m is not", _set("people.0.cards.1.type", "m"),
     ['person "Ana Silva": cards[1].type: "m" is not one of']),
    ("renewal requested impossible", _set("people.0.cards.0.renewal_requested", "2026-02-30"),
     ['person "Ana Silva": cards[0].renewal_requested: "2026-02-30" is not a date']),
    ("renewal requested a number", _set("people.0.cards.0.renewal_requested", 1),
     ['person "Ana Silva": cards[0].renewal_requested: 1 is not a date']),
    ("declared out of range", _set("people.0.absences.0.declared", "2201-01-01"),
     ['person "Ana Silva": absences[0].declared: 2201-01-01 is not between']),
    ("reported back impossible", _set("people.0.absences.0.reported_back", "2025-13-01"),
     ['person "Ana Silva": absences[0].reported_back: "2025-13-01" is not a date']),
    ("important reason as text", _set("people.0.absences.0.important_reason", "yes"),
     ['person "Ana Silva": absences[0].important_reason: "yes" is not true or false']),
    ("important reason as 1", _set("people.0.absences.1.important_reason", 1),
     ['person "Ana Silva": absences[1].important_reason: 1 is not true or false']),
    ("moves not an array", _set("people.0.moves", {"date": "2026-02-01"}),
     ['person "Ana Silva": moves: expected an array']),
    ("move not an object", _set("people.0.moves.0", "2026-02-01"),
     ['person "Ana Silva": moves[0]: expected an object']),
    ("unknown move field", _set("people.0.moves.0.commune", "Ixelles"),
     ['person "Ana Silva": moves[0].commune: unknown field']),
    ("move impossible date", _set("people.0.moves.0.date", "2026-02-29"),
     ['person "Ana Silva": moves[0].date: "2026-02-29" is not a date']),
    ("move declared before it happened", _set("people.0.moves.0.declared", "2026-01-31"),
     ['person "Ana Silva": moves[0].declared: 2026-01-31 is before date 2026-02-01']),
    ("provisional kind outside the list", _set("people.0.provisional.0.kind", "annex_99"),
     ['person "Ana Silva": provisional[0].kind: "annex_99" is not one of annex_15']),
    ("provisional ends before it is issued",
     _set("people.0.provisional.0.valid_until", "2025-03-06"),
     ['person "Ana Silva": provisional[0].valid_until: 2025-03-06 is before issued']),
    ("unknown provisional field", _set("people.0.provisional.1.number", 7),
     ['person "Ana Silva": provisional[1].number: unknown field']),
    ("application kind outside the list", _set("people.0.applications.0.kind", "visa"),
     ['person "Ana Silva": applications[0].kind: "visa" is not one of long_term']),
    ("decided before filed", _set("people.0.applications.1.decided", "2026-03-30"),
     ['person "Ana Silva": applications[1].decided: 2026-03-30 is before filed 2026-03-31']),
    ("application filed a list", _set("people.0.applications.0.filed", ["2030-03-10"]),
     ['person "Ana Silva": applications[0].filed: ["2030-03-10"] is not a date']),
    ("new document kind misspelt", _set("people.0.documents.3.kind", "work-permit"),
     ['person "Ana Silva": documents[3].kind: "work-permit"']),
    ("procedure not an object", _set("people.0.procedure", "2025-03-20"),
     ['person "Ana Silva": procedure: expected an object, got the text "2025-03-20"']),
    ("unknown procedure field", _set("people.0.procedure.interview", "2025-03-21"),
     ['person "Ana Silva": procedure.interview: unknown field']),
    ("procedure impossible date", _set("people.0.procedure.police_check", "2025-04-31"),
     ['person "Ana Silva": procedure.police_check: "2025-04-31" is not a date']),
    ("procedure date out of range", _set("people.0.procedure.card_collected", "1899-12-31"),
     ['person "Ana Silva": procedure.card_collected: 1899-12-31 is not between']),
    # -- names and text (shown in terminals and dialogs, saved as UTF-8)
    ("name with an escape sequence", _set("people.1.name", "bruno\x1b]0;pwned\x07"),
     ['name: holds a control character (U+001B) at position 6']),
    ("name with a carriage return", _set("people.1.name", "bruno\rAna"),
     ["name: holds a control character (U+000D)"]),
    ("name with a tab", _set("people.1.name", "bruno\tSilva"),
     ["name: holds a control character (U+0009)"]),
    ("name with a C1 control", _set("people.1.name", "bruno\x9bSilva"),
     ["name: holds a control character (U+009B)"]),
    ("name with a line separator", _set("people.1.name", "bruno\u2028Silva"),
     ["name: holds a control character (U+2028)"]),
    ("name with a lone surrogate", _set("people.1.name", "bruno\ud800"),
     ["name: holds a broken character (a lone surrogate, U+D800)"]),
    ("invisible name: zero-width", _set("people.1.name", "\u200b\u200d"),
     ["people[1]: name: has no visible character"]),
    ("invisible name: format and spaces", _set("people.1.name", "\u2060 \u00a0\ufeff"),
     ["people[1]: name: has no visible character"]),
    ("invisible name: Hangul filler", _set("people.1.name", "\u3164\u3164"),
     ["name: has no visible character"]),
    ("note with a lone surrogate", _set("people.0.absences.0.note", "holiday \udfff"),
     ['person "Ana Silva": absences[0].note: holds a broken character']),
    ("visa type with a lone surrogate", _set("people.0.visa.type", "\ud83d"),
     ['person "Ana Silva": visa.type: holds a broken character']),
    ("NFD twin of an NFC name", _set("people.1.name", "Chloe\u0301 Dubois"),
     ["name: also used by people[1]; names must be unique"]),
    # -- version 1 has none of the new fields
    ("v1 with citizenship", lambda d: (d.update(version=1), _drop_v2_fields(d),
                                      d["people"][0].update(citizenship="eu")),
     ['person "Ana Silva": citizenship: unknown field']),
    ("v1 with a card reason", lambda d: (d.update(version=1), _drop_v2_fields(d),
                                        d["people"][0]["cards"][0].update(reason="work")),
     ['person "Ana Silva": cards[0].reason: unknown field']),
    ("v1 with moves", lambda d: (d.update(version=1), _drop_v2_fields(d),
                                d["people"][0].update(moves=[])),
     ['person "Ana Silva": moves: unknown field']),
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
    document["people"][2]["moves"] = [{"date": "2020-01-01", "declared": "2019-12-31"}]
    with pytest.raises(ExchangeError) as info:
        parse(json.dumps(document))
    assert len(info.value.problems) == 4
    assert str(info.value).endswith("(and 3 more problems)")
    assert [p.split(":")[0] for p in info.value.problems] == [
        'person "Ana Silva"', 'person "bruno Silva"', 'person "Chloé Dubois"',
        'person "Chloé Dubois"',
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
    assert ana.absences[0] == Absence(
        date(2025, 7, 1), date(2025, 7, 20), "holiday", date(2025, 6, 20), date(2025, 7, 25), True
    )
    assert ana.absences[1].important_reason is False
    assert ana.visa == Visa("D", date(2025, 2, 20), date(2025, 8, 19))


# -- version 1 files, defaults, names -------------------------------------------------------------


def test_a_version_1_file_reads_as_version_2_without_the_new_fields(empty_store: Store) -> None:
    old = parse(EVERY_FIELD_V1.read_text(encoding="utf-8"))
    new = parse(EVERY_FIELD.read_text(encoding="utf-8"))
    assert [p.name for p in old] == [p.name for p in new]
    for person in old:
        assert person.citizenship is None and person.procedure is None
        assert person.moves == person.provisional == person.applications == ()
        assert all(c.reason is None and c.renewal_requested is None for c in person.cards)
        assert all(
            (a.declared, a.reported_back, a.important_reason) == (None, None, False)
            for a in person.absences
        )
    # Everything version 1 has is read as before: the v2 fixture's v1 fields are the same.
    assert old[0].visa == new[0].visa and old[0].arrival == new[0].arrival
    assert [(c.type, c.valid_from, c.valid_until) for c in old[0].cards] == [
        (c.type, c.valid_from, c.valid_until) for c in new[0].cards
    ]
    import_people(empty_store, old)
    exported = json.loads(dumps(empty_store.people()))
    assert exported["version"] == 2
    assert exported["people"][0]["absences"][0]["important_reason"] is False
    assert exported["people"][0]["moves"] == [] and exported["people"][0]["procedure"] is None


@pytest.mark.parametrize("given", [{}, {"important_reason": None}])
def test_important_reason_defaults_to_false(given: dict[str, Any]) -> None:
    trip = {"left": "2025-01-01", "returned": "2025-01-02", **given}
    text = json.dumps({"format": "permit-tracker", "version": 2,
                       "people": [{"name": "A", "absences": [trip]}]})  # fmt: skip
    (person,) = parse(text)
    assert person.absences[0].important_reason is False
    assert json.loads(dumps([person]))["people"][0]["absences"][0]["important_reason"] is False


def test_empty_procedure_and_missing_procedure_stay_distinct(empty_store: Store) -> None:
    people = [Person(name="A", procedure=Procedure()), Person(name="B")]
    document = json.loads(dumps(people))
    assert document["people"][0]["procedure"] == dict.fromkeys(FORMAT_FIELDS["procedure"])
    assert document["people"][1]["procedure"] is None
    import_people(empty_store, parse(dumps(people)))
    assert [p.procedure for p in empty_store.people()] == [Procedure(), None]


def test_a_name_stored_in_the_other_normal_form_is_the_same_name(store: Store) -> None:
    nfc = "Chlo\u00e9 Dubois"
    store.save_person(Person(name=nfc))
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    text = json.dumps({"format": "permit-tracker", "version": 2, "people": [{"name": nfd}]})
    before = rows(store)
    with pytest.raises(ExchangeError, match="name: already in the store"):
        import_people(store, parse(text))
    assert rows(store) == before
    # With --replace the stored person is matched by name and keeps their id.
    stored_id = next(p.id for p in store.people() if p.name == nfc)
    result = import_people(store, parse(text), replace=True)
    assert result.replaced == (nfd,)
    assert [p.id for p in store.people() if p.name == nfd] == [stored_id]


def test_a_lone_surrogate_is_refused_by_the_store_not_a_crash(store: Store) -> None:
    """It used to reach SQLite and fail with UnicodeEncodeError."""
    before = rows(store)
    for person in (
        Person(name="Ana \ud800"),
        Person(name="Ana", absences=(Absence(note="\udc80 away"),)),
    ):
        with pytest.raises(ValidationError, match="lone surrogate"):
            store.save_person(person)
    assert rows(store) == before
