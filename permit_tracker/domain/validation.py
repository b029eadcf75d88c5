"""Checks a person's record must pass before it is saved, shared by forms and import.

Dates lie between MIN_DATE and MAX_DATE, and a range may not end before it starts: arrival →
registered, a visa's and a card's validity, a trip (left → returned), a move (date →
declared), a provisional document (issued → valid_until) and an application (filed →
decided). Other pairs are not ranges and are left alone (a trip declared after leaving is
late, not impossible; the engine says so). The procedure dates are checked one by one.

Names are shown in terminals, dialogs and calendar files, so a name may not hold a
control character (C0 and C1, including CR, TAB and ESC; DEL), a line or paragraph separator
(U+2028, U+2029) or a lone surrogate, and it needs at least one visible character: a letter,
digit, punctuation mark or symbol that is not a blank filler (U+3164 Hangul filler, U+2800
blank braille...); names of only spaces, zero-width or other format characters are refused.
Format characters are allowed beside visible ones (ZWJ in emoji, ZWNJ in Persian names).
Free text (a note, a visa type) may hold line breaks but not a lone surrogate, which cannot be
saved as UTF-8.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Final

from permit_tracker.domain.model import Person

# Dates outside this range are typing mistakes ("20025"), not plans.
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2200, 12, 31)
MAX_NAME_LENGTH: Final = 200
# Letters or symbols that draw nothing: a name of only these looks empty.
_BLANK_FILLERS: Final = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")


@dataclass(frozen=True, slots=True)
class Problem:
    field: str  # a path such as "absences[2].returned"
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def _check_date(problems: list[Problem], path: str, value: date | None) -> None:
    if value is not None and not MIN_DATE <= value <= MAX_DATE:
        problems.append(
            Problem(path, f"{value.isoformat()} is not between {MIN_DATE.year} and {MAX_DATE.year}")
        )


def _check_range(
    problems: list[Problem], path: str, start_name: str, start: date | None,
    end_name: str, end: date | None,
) -> None:  # fmt: skip
    _check_date(problems, f"{path}.{start_name}", start)
    _check_date(problems, f"{path}.{end_name}", end)
    if start is not None and end is not None and end < start:
        problems.append(
            Problem(
                f"{path}.{end_name}",
                f"{end.isoformat()} is before {start_name} {start.isoformat()}",
            )
        )


def _character(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def name_problem(name: str) -> str | None:
    """Why `name` cannot be a person's name, or None (the length and blank checks aside)."""
    for i, ch in enumerate(name):
        category = unicodedata.category(ch)
        if category == "Cs":
            return (
                f"holds a broken character (a lone surrogate, {_character(ch)}) at position {i + 1}"
            )
        if category == "Cc" or category in ("Zl", "Zp"):
            return f"holds a control character ({_character(ch)}) at position {i + 1}"
    if not has_visible_character(name):
        return "has no visible character (only spaces, invisible or format characters)"
    return None


def has_visible_character(text: str) -> bool:
    """True when `text` draws something: a letter, digit, punctuation mark or symbol."""
    return any(unicodedata.category(ch)[0] in "LNPS" and ch not in _BLANK_FILLERS for ch in text)


def _check_text(problems: list[Problem], path: str, value: str | None) -> None:
    if value is None:
        return
    for i, ch in enumerate(value):
        if unicodedata.category(ch) == "Cs":
            problems.append(
                Problem(path, f"holds a broken character (a lone surrogate, {_character(ch)}) "
                              f"at position {i + 1}")
            )  # fmt: skip
            return


def person_problems(person: Person) -> list[Problem]:
    """Everything wrong with `person`, in field order; empty when it may be saved."""
    problems: list[Problem] = []
    if not person.name.strip():
        problems.append(Problem("name", "a name is required"))
    elif len(person.name) > MAX_NAME_LENGTH:
        problems.append(Problem("name", f"is longer than {MAX_NAME_LENGTH} characters"))
    if person.name.strip() and (why := name_problem(person.name)) is not None:
        problems.append(Problem("name", why))
    _check_range(problems, "", "arrival", person.arrival, "registered", person.registered)
    if person.visa is not None:
        v = person.visa
        _check_text(problems, "visa.type", v.type)
        _check_range(problems, "visa", "valid_from", v.valid_from, "valid_until", v.valid_until)
    if person.passport is not None:
        _check_date(problems, "passport.expires", person.passport.expires)
    for i, card in enumerate(person.cards):
        path = f"cards[{i}]"
        _check_range(problems, path, "valid_from", card.valid_from, "valid_until", card.valid_until)
        _check_date(problems, f"{path}.renewal_requested", card.renewal_requested)
    for i, trip in enumerate(person.absences):
        path = f"absences[{i}]"
        _check_range(problems, path, "left", trip.left, "returned", trip.returned)
        _check_text(problems, f"{path}.note", trip.note)
        _check_date(problems, f"{path}.declared", trip.declared)
        _check_date(problems, f"{path}.reported_back", trip.reported_back)
    for i, move in enumerate(person.moves):
        _check_range(problems, f"moves[{i}]", "date", move.date, "declared", move.declared)
    for i, waiting in enumerate(person.provisional):
        path = f"provisional[{i}]"
        _check_range(problems, path, "issued", waiting.issued, "valid_until", waiting.valid_until)
    for i, application in enumerate(person.applications):
        path = f"applications[{i}]"
        _check_range(problems, path, "filed", application.filed, "decided", application.decided)
    for i, doc in enumerate(person.documents):
        _check_date(problems, f"documents[{i}].issued", doc.issued)
    if person.procedure is not None:
        p = person.procedure
        _check_date(problems, "procedure.police_check", p.police_check)
        _check_date(problems, "procedure.card_application", p.card_application)
        _check_date(problems, "procedure.card_collected", p.card_collected)
    problems.extend(_overlapping_absences(person))
    return [Problem(p.field.lstrip("."), p.message) for p in problems]


def _overlapping_absences(person: Person) -> list[Problem]:
    """Trips may not overlap; sorting makes this O(n log n) for long travel histories."""
    dated = sorted(
        (a.left, a.returned, i)
        for i, a in enumerate(person.absences)
        if a.left is not None and a.returned is not None and a.left <= a.returned
    )
    problems: list[Problem] = []
    reach: tuple[date, date, int] | None = None  # the trip so far that returns last
    for left, returned, i in dated:
        if reach is not None and left <= reach[1]:
            problems.append(
                Problem(
                    f"absences[{i}].left",
                    f"trip from {left.isoformat()} overlaps the trip "
                    f"{reach[0].isoformat()}..{reach[1].isoformat()} (absences[{reach[2]}])",
                )
            )
        if reach is None or returned > reach[1]:
            reach = (left, returned, i)
    return problems
