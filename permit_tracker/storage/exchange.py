"""Exchange format v2 (docs/exchange-format.md): a JSON file of people, for backups, moves
and scripts.

`parse` checks the whole document before anything is written and reports every problem with
the person and the field path; `import_people` then writes all of it in one transaction or
nothing. `dumps` is canonical (sorted by name, fixed key order, every field present), so
export → import into an empty store → export gives the same text.

`dumps` writes version 2; `parse` reads versions 1 and 2. A version 1 document is a version 2
document without the new fields; a version 1 document that has one of them is refused (an
unknown field of version 1: the strict reading), so a file never claims an older format than
it uses.

Our extension: `procedure`, after `documents`, holds the optional dates of the steps between
registration and the card (`police_check`, `card_application`, `card_collected`) as an object,
or null when not recorded. The first design's example does not show it; an importer that
follows that example strictly may ignore it.

In the file, a missing field and `null` mean the same thing: not recorded. `"visa": {}` is a
visa whose details are unknown, which is not the same as no visa; `dumps` writes `null` for
the latter and an object of nulls for the former (so does `procedure`). `important_reason`
is true or false; missing or null reads as false, and `dumps` always writes it.

Names are unique up to Unicode normalisation (NFC): a file that gives "Chloé" precomposed to
one person and decomposed to another is refused, as is an import of a name the store has in
the other form.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

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
    ApplicationKind,
    Card,
    CardType,
    Citizenship,
    Document,
    DocumentKind,
    DocumentStatus,
    Move,
    Passport,
    Person,
    Procedure,
    Provisional,
    ProvisionalKind,
    Reason,
    Visa,
    new_person_id,
)
from permit_tracker.domain.validation import has_visible_character, person_problems

if TYPE_CHECKING:
    from permit_tracker.storage.store import Store, StoredPerson

FORMAT: Final = "permit-tracker"
VERSION: Final = 2
READABLE_VERSIONS: Final = (1, 2)
# `parse` leaves a person's id empty when the file has none; `import_people` assigns one.
UNASSIGNED_ID: Final = ""

# Version 2 fields in the order `dumps` writes them; `_V1_ONLY` removes what v1 lacks.
_PERSON_FIELDS: Final = (
    "id", "name", "citizenship", "reason", "arrival", "registered", "visa", "passport",
    "cards", "absences", "moves", "provisional", "applications", "documents", "procedure",
)  # fmt: skip
_VISA_FIELDS: Final = ("type", "valid_from", "valid_until")
_PASSPORT_FIELDS: Final = ("expires",)
_CARD_FIELDS: Final = ("type", "reason", "valid_from", "valid_until", "renewal_requested")
_ABSENCE_FIELDS: Final = (
    "left", "returned", "note", "declared", "reported_back", "important_reason",
)  # fmt: skip
_MOVE_FIELDS: Final = ("date", "declared")
_PROVISIONAL_FIELDS: Final = ("kind", "issued", "valid_until")
_APPLICATION_FIELDS: Final = ("kind", "filed", "decided")
_DOCUMENT_FIELDS: Final = ("kind", "status", "issued")
_PROCEDURE_FIELDS: Final = ("police_check", "card_application", "card_collected")
_V2_ONLY: Final = frozenset(
    {"citizenship", "moves", "provisional", "applications", "procedure", "reason",
     "renewal_requested", "declared", "reported_back", "important_reason"}
)  # fmt: skip


def _in_version(fields: tuple[str, ...], version: int, *, person: bool = False) -> tuple[str, ...]:
    """The fields of a version: v1 lacks the v2 ones (a person's `reason` is v1)."""
    if version >= 2:
        return fields
    return tuple(f for f in fields if f not in _V2_ONLY or (person and f == "reason"))


_ISO_DATE: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
_UUID: Final = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_PLAIN_KEY: Final = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,40}$", re.ASCII)
_MAX_SHOWN: Final = 60  # characters of a bad value quoted in a message


class ExchangeError(ValueError):
    """The document cannot be imported. `str()` is the first problem (one line) and a count;
    `problems` has them all, each naming the person and the field path."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems) or ("the file cannot be imported",)
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        super().__init__(self.problems[0] + suffix)


@dataclasses.dataclass(frozen=True, slots=True)
class ImportResult:
    added: tuple[str, ...] = ()  # names new to the store
    replaced: tuple[str, ...] = ()  # names whose stored record the file replaced
    removed: tuple[str, ...] = ()  # names in the store but not in the file (replace only)

    @property
    def imported(self) -> int:
        return len(self.added) + len(self.replaced)


# -- reading ------------------------------------------------------------------------------------


class _Object(dict[str, Any]):
    """A JSON object that remembers keys the text gave twice (json keeps only the last)."""

    duplicates: tuple[str, ...] = ()


def _object_pairs(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        twice: list[str] = []
        for key, _ in pairs:
            if key in seen:
                twice.append(key)
            seen.add(key)
        obj.duplicates = tuple(twice)
    return obj


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _shown(value: Any) -> str:
    """`value` as JSON on one short line; characters that do not print (controls, format and
    invisible characters, line separators, lone surrogates) escaped, so that a message can
    neither forge lines nor hide text in a terminal or a dialog."""
    text = json.dumps(value, ensure_ascii=False)
    text = "".join(c if c.isprintable() or c == " " else f"\\u{ord(c):04x}" for c in text)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {_shown(value)}"
    if isinstance(value, str):
        return f"the text {_shown(value)}"
    return "an array" if isinstance(value, list) else "an object"


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    if not _PLAIN_KEY.match(key):  # odd keys quoted, so that a message stays one line
        return f"{path}[{_shown(key)}]"
    return f"{path}.{key}" if path else key


_V = TypeVar("_V")


class _Reader:
    """Collects problems for one person (or the top level) instead of stopping at the first."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[str] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(
            f"{self.label}: {path}: {message}" if path else f"{self.label}: {message}"
        )

    def fields(self, value: Any, path: str, allowed: Sequence[str]) -> Mapping[str, Any] | None:
        """`value` as an object with only `allowed` keys, or None (after a problem)."""
        if not isinstance(value, dict):
            self.fail(path, f"expected an object, got {_kind(value)}")
            return None
        for key in getattr(value, "duplicates", ()):
            self.fail(_join(path, key), "appears twice in the same object")
        for key in value:
            if key not in allowed:
                self.fail(_join(path, key), f"unknown field (expected one of {', '.join(allowed)})")
        return cast(Mapping[str, Any], value)

    def optional(
        self, obj: Mapping[str, Any], key: str, path: str, convert: Callable[[Any], _V | None],
        expected: str,
    ) -> _V | None:  # fmt: skip
        value = obj.get(key)
        if value is None:
            return None
        result = convert(value)
        if result is None:
            self.fail(_join(path, key), f"{_shown(value)} is not {expected}")
        return result

    def date(self, obj: Mapping[str, Any], key: str, path: str) -> date | None:
        return self.optional(obj, key, path, _as_date, "a date (YYYY-MM-DD)")

    def text(self, obj: Mapping[str, Any], key: str, path: str) -> str | None:
        return self.optional(obj, key, path, _as_text, "text")

    def choice(
        self, obj: Mapping[str, Any], key: str, path: str, allowed: Sequence[str]
    ) -> str | None:
        return self.optional(
            obj, key, path, lambda v: v if v in allowed else None, f"one of {', '.join(allowed)}"
        )

    def flag(self, obj: Mapping[str, Any], key: str, path: str) -> bool:
        """true or false; missing or null is false."""
        value = obj.get(key)
        if value is None or isinstance(value, bool):
            return bool(value)
        self.fail(_join(path, key), f"{_shown(value)} is not true or false")
        return False

    def array(self, obj: Mapping[str, Any], key: str, path: str) -> list[Any]:
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(_join(path, key), f"expected an array, got {_kind(value)}")
            return []
        return value

    def records(
        self,
        obj: Mapping[str, Any],
        key: str,
        allowed: Sequence[str],
        build: Callable[[Mapping[str, Any], str], _V],
    ) -> tuple[_V, ...]:
        """The objects of the array `key`, each checked against `allowed` and built; the
        malformed ones are reported and left out."""
        built: list[_V] = []
        for i, item in enumerate(self.array(obj, key, "")):
            path = f"{key}[{i}]"
            fields = self.fields(item, path, allowed)
            if fields is not None:
                built.append(build(fields, path))
        return tuple(built)


def _as_date(value: Any) -> date | None:
    # date.fromisoformat also takes "20250303" and week dates; the format says YYYY-MM-DD.
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _as_text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _label(raw: Any, index: int) -> str:
    name = raw.get("name") if isinstance(raw, dict) else None
    if isinstance(name, str) and has_visible_character(name):
        return f"person {_shown(name)}"  # quoted and escaped: the message stays one line
    return f"people[{index}]"


def _read_person(raw: Any, index: int, version: int) -> tuple[Person | None, list[str]]:
    if not isinstance(raw, dict):
        return None, [f"people[{index}]: expected an object, got {_kind(raw)}"]
    r = _Reader(_label(raw, index))
    obj = r.fields(raw, "", _in_version(_PERSON_FIELDS, version, person=True))
    assert obj is not None

    name = obj.get("name")
    if name is None:
        r.fail("name", "missing (every person needs a name)")
    elif not isinstance(name, str):
        r.fail("name", f"expected text, got {_kind(name)}")
    person_id = UNASSIGNED_ID
    raw_id = obj.get("id")
    if raw_id is not None:
        if isinstance(raw_id, str) and _UUID.match(raw_id):
            person_id = raw_id.lower()
        else:
            r.fail("id", f"{_shown(raw_id)} is not a UUID")

    def part(key: str, allowed: tuple[str, ...]) -> Mapping[str, Any] | None:
        if obj.get(key) is None:
            return None
        return r.fields(obj[key], key, _in_version(allowed, version))

    def records(
        key: str, allowed: tuple[str, ...], build: Callable[[Mapping[str, Any], str], _V]
    ) -> tuple[_V, ...]:
        return r.records(obj, key, _in_version(allowed, version), build)

    visa = None
    if (v := part("visa", _VISA_FIELDS)) is not None:
        visa = Visa(
            type=r.text(v, "type", "visa"),
            valid_from=r.date(v, "valid_from", "visa"),
            valid_until=r.date(v, "valid_until", "visa"),
        )
    passport = None
    if (p := part("passport", _PASSPORT_FIELDS)) is not None:
        passport = Passport(expires=r.date(p, "expires", "passport"))

    cards = records(
        "cards",
        _CARD_FIELDS,
        lambda c, path: Card(
            type=cast(CardType | None, r.choice(c, "type", path, CARD_TYPES)),
            valid_from=r.date(c, "valid_from", path),
            valid_until=r.date(c, "valid_until", path),
            reason=cast(Reason | None, r.choice(c, "reason", path, REASONS)),
            renewal_requested=r.date(c, "renewal_requested", path),
        ),
    )
    absences = records(
        "absences",
        _ABSENCE_FIELDS,
        lambda a, path: Absence(
            left=r.date(a, "left", path),
            returned=r.date(a, "returned", path),
            note=r.text(a, "note", path),
            declared=r.date(a, "declared", path),
            reported_back=r.date(a, "reported_back", path),
            important_reason=r.flag(a, "important_reason", path),
        ),
    )
    moves = records(
        "moves",
        _MOVE_FIELDS,
        lambda m, path: Move(date=r.date(m, "date", path), declared=r.date(m, "declared", path)),
    )
    provisional = records(
        "provisional",
        _PROVISIONAL_FIELDS,
        lambda w, path: Provisional(
            kind=cast(ProvisionalKind | None, r.choice(w, "kind", path, PROVISIONAL_KINDS)),
            issued=r.date(w, "issued", path),
            valid_until=r.date(w, "valid_until", path),
        ),
    )
    applications = records(
        "applications",
        _APPLICATION_FIELDS,
        lambda a, path: Application(
            kind=cast(ApplicationKind | None, r.choice(a, "kind", path, APPLICATION_KINDS)),
            filed=r.date(a, "filed", path),
            decided=r.date(a, "decided", path),
        ),
    )
    documents = records(
        "documents",
        _DOCUMENT_FIELDS,
        lambda d, path: Document(
            kind=cast(DocumentKind | None, r.choice(d, "kind", path, DOCUMENT_KINDS)),
            status=cast(DocumentStatus | None, r.choice(d, "status", path, DOCUMENT_STATUSES)),
            issued=r.date(d, "issued", path),
        ),
    )
    procedure = None
    if (q := part("procedure", _PROCEDURE_FIELDS)) is not None:
        procedure = Procedure(
            police_check=r.date(q, "police_check", "procedure"),
            card_application=r.date(q, "card_application", "procedure"),
            card_collected=r.date(q, "card_collected", "procedure"),
        )
    citizenship = cast(Citizenship | None, r.choice(obj, "citizenship", "", CITIZENSHIPS))
    reason = cast(Reason | None, r.choice(obj, "reason", "", REASONS))
    arrival = r.date(obj, "arrival", "")
    registered = r.date(obj, "registered", "")
    if r.problems or not isinstance(name, str):
        return None, r.problems  # the domain checks below need well-formed values

    person = Person(
        id=person_id,
        name=name,
        citizenship=citizenship,
        reason=reason,
        arrival=arrival,
        registered=registered,
        visa=visa,
        passport=passport,
        cards=cards,
        absences=absences,
        moves=moves,
        provisional=provisional,
        applications=applications,
        documents=documents,
        procedure=procedure,
    )
    for problem in person_problems(person):
        r.fail(problem.field, problem.message)
    return (None if r.problems else person), r.problems


def _load_json(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_object_pairs, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            [f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"]
        ) from None
    except RecursionError:
        raise ExchangeError(["not valid JSON: nested too deeply"]) from None
    except ValueError as exc:  # NaN/Infinity, integers with thousands of digits
        reason = "a number has too many digits" if "digits" in str(exc) else str(exc)
        raise ExchangeError([f"not valid JSON: {reason}"]) from None


def parse(text: str) -> list[Person]:
    """The people of an exchange document, or ExchangeError listing everything wrong.

    People without an `id` in the file get UNASSIGNED_ID (see `import_people`).
    """
    document = _load_json(text.removeprefix("\ufeff"))  # editors on Windows add a BOM
    top = _Reader("file")
    if not isinstance(document, dict):
        raise ExchangeError(
            [f"file: expected a JSON object with format, version and people, got {_kind(document)}"]
        )
    top.fields(document, "", ("format", "version", "people"))
    fmt, version = document.get("format"), document.get("version")
    if fmt != FORMAT:
        shown = "missing" if fmt is None else _shown(fmt)
        top.fail("format", f'{shown} is not "{FORMAT}": this is not a Permit Tracker file')
    elif isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        top.fail("version", f"{version} is newer than this app reads ({VERSION}): update it")
    elif type(version) is not int or version not in READABLE_VERSIONS:
        top.fail("version", f"expected 1 or {VERSION}, got {_kind(version)}")
    raw_people = document.get("people")
    if not isinstance(raw_people, list):
        top.fail("people", f"expected an array of people, got {_kind(raw_people)}")
    if top.problems:
        raise ExchangeError(top.problems)  # people of an unknown format are not worth reading

    problems: list[str] = []
    people: list[Person] = []
    for index, raw in enumerate(cast(list[Any], raw_people)):
        person, found = _read_person(raw, index, cast(int, version))
        problems.extend(found)
        if person is not None:
            people.append(person)
    problems.extend(_clashes(cast(list[Any], raw_people)))
    if problems:
        raise ExchangeError(problems)
    return people


def _clashes(raw_people: list[Any]) -> list[str]:
    """Names, and ids where given, must be unique within the file."""
    problems: list[str] = []
    first_name: dict[str, int] = {}
    first_id: dict[str, int] = {}
    for index, raw in enumerate(raw_people):
        if not isinstance(raw, dict):
            continue
        name, raw_id = raw.get("name"), raw.get("id")
        if isinstance(name, str):
            key = _name_key(name)
            if key in first_name:
                problems.append(
                    f"{_label(raw, index)} (people[{index}]): name: also used by "
                    f"people[{first_name[key]}]; names must be unique"
                )
            first_name.setdefault(key, index)
        if isinstance(raw_id, str) and _UUID.match(raw_id):
            key = raw_id.lower()
            if key in first_id:
                problems.append(
                    f"{_label(raw, index)}: id: {key} is also the id of people[{first_id[key]}]"
                )
            first_id.setdefault(key, index)
    return problems


def _name_key(name: str) -> str:
    """NFC: the store's notion of "the same name" (store.name_key, without importing it)."""
    return unicodedata.normalize("NFC", name)


# -- writing ------------------------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _person_document(p: Person) -> dict[str, Any]:
    return {
        "id": p.id or None,
        "name": p.name,
        "citizenship": p.citizenship,
        "reason": p.reason,
        "arrival": _iso(p.arrival),
        "registered": _iso(p.registered),
        "visa": None
        if p.visa is None
        else {
            "type": p.visa.type,
            "valid_from": _iso(p.visa.valid_from),
            "valid_until": _iso(p.visa.valid_until),
        },
        "passport": None if p.passport is None else {"expires": _iso(p.passport.expires)},
        "cards": [
            {
                "type": c.type,
                "reason": c.reason,
                "valid_from": _iso(c.valid_from),
                "valid_until": _iso(c.valid_until),
                "renewal_requested": _iso(c.renewal_requested),
            }
            for c in p.cards
        ],
        "absences": [
            {
                "left": _iso(a.left),
                "returned": _iso(a.returned),
                "note": a.note,
                "declared": _iso(a.declared),
                "reported_back": _iso(a.reported_back),
                "important_reason": a.important_reason,
            }
            for a in p.absences
        ],
        "moves": [{"date": _iso(m.date), "declared": _iso(m.declared)} for m in p.moves],
        "provisional": [
            {"kind": w.kind, "issued": _iso(w.issued), "valid_until": _iso(w.valid_until)}
            for w in p.provisional
        ],
        "applications": [
            {"kind": a.kind, "filed": _iso(a.filed), "decided": _iso(a.decided)}
            for a in p.applications
        ],
        "documents": [
            {"kind": d.kind, "status": d.status, "issued": _iso(d.issued)} for d in p.documents
        ],
        "procedure": None
        if p.procedure is None
        else {
            "police_check": _iso(p.procedure.police_check),
            "card_application": _iso(p.procedure.card_application),
            "card_collected": _iso(p.procedure.card_collected),
        },
    }


def dumps(people: Sequence[Person]) -> str:
    """The canonical exchange document: people sorted by name, every field, indent 2."""
    ordered = sorted(people, key=lambda p: (p.name.casefold(), p.name, p.id))
    document = {
        "format": FORMAT,
        "version": VERSION,
        "people": [_person_document(p) for p in ordered],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# -- importing ----------------------------------------------------------------------------------


def import_people(store: Store, people: Sequence[Person], *, replace: bool = False) -> ImportResult:
    """Write `people` into `store` in one transaction, or raise and write nothing.

    Without `replace`, the people are added; a name (NFC-equal) or id already in the store is
    an error. With `replace`, the store's people become exactly `people`; a person whose id
    is UNASSIGNED_ID keeps the id of the stored person with the same name, so calendar
    events derived from it are updated rather than duplicated.

    These checks look at the store inside the write transaction (`Store.write_people`): two
    imports running at once cannot both add the same person.
    """
    outcome: list[ImportResult] = []

    def plan(stored: Sequence[StoredPerson]) -> list[Person]:
        batch, result = _plan_import(stored, people, replace)
        outcome.append(result)
        return batch

    store.write_people(plan, replace=replace)
    return outcome[-1]


def _plan_import(
    stored: Sequence[StoredPerson], people: Sequence[Person], replace: bool
) -> tuple[list[Person], ImportResult]:
    """The people to write, with their ids, and what writing them does; ExchangeError lists
    every conflict at once."""
    by_name = {_name_key(p.name): p for p in stored}
    by_id = {p.id: p for p in stored}
    problems: list[str] = []
    batch: list[Person] = []
    for person in people:
        match = by_name.get(_name_key(person.name))
        if not replace:
            problems.extend(_clashes_with_store(person, match, by_id))
        batch.append(_with_id(person, _import_id(person, match if replace else None)))
    problems.extend(_shared_ids(batch))
    if problems:
        raise ExchangeError(problems)
    return batch, _result(stored, batch, by_id, replace)


def _clashes_with_store(
    person: Person, same_name: StoredPerson | None, by_id: Mapping[str, StoredPerson]
) -> list[str]:
    """Why `person` cannot be added next to the stored people (empty: it can)."""
    label = f"person {_shown(person.name)}"
    if same_name is not None:
        return [
            f"{label}: name: already in the store (import with --replace to replace "
            "the stored people with the file's)"
        ]
    if person.id in by_id:
        return [
            f"{label}: id: {person.id} already belongs to {_shown(by_id[person.id].name)} "
            "in the store"
        ]
    return []


def _import_id(person: Person, same_name: StoredPerson | None) -> str:
    """The id written: the file's; for UNASSIGNED_ID, the id of the stored person it
    replaces (so calendar events derived from it are updated), else a new one."""
    if person.id != UNASSIGNED_ID:
        return person.id
    return same_name.id if same_name is not None else new_person_id()


def _shared_ids(batch: Sequence[Person]) -> list[str]:
    """One problem for each person whose id an earlier person of the file already has."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    for person in batch:
        if person.id in seen:
            problems.append(
                f"person {_shown(person.name)}: id: {person.id} is also the id of "
                f"{_shown(seen[person.id])}"
            )
        seen.setdefault(person.id, person.name)
    return problems


def _result(
    stored: Sequence[StoredPerson],
    batch: Sequence[Person],
    by_id: Mapping[str, StoredPerson],
    replace: bool,
) -> ImportResult:
    if not replace:
        return ImportResult(added=tuple(p.name for p in batch))
    kept = {p.id for p in batch}
    return ImportResult(
        added=tuple(p.name for p in batch if p.id not in by_id),
        replaced=tuple(p.name for p in batch if p.id in by_id),
        removed=tuple(p.name for p in stored if p.id not in kept),
    )


def _with_id(person: Person, person_id: str) -> Person:
    return person if person.id == person_id else dataclasses.replace(person, id=person_id)
