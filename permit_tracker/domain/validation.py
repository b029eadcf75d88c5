"""Checks a person's record must pass before it is saved, shared by forms and import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from permit_tracker.domain.model import Person

# Dates outside this range are typing mistakes ("20025"), not plans.
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2200, 12, 31)


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


def person_problems(person: Person) -> list[Problem]:
    """Everything wrong with `person`, in field order; empty when it may be saved."""
    problems: list[Problem] = []
    if not person.name.strip():
        problems.append(Problem("name", "a name is required"))
    if len(person.name) > 200:
        problems.append(Problem("name", "is longer than 200 characters"))
    _check_range(problems, "", "arrival", person.arrival, "registered", person.registered)
    if person.visa is not None:
        v = person.visa
        _check_range(problems, "visa", "valid_from", v.valid_from, "valid_until", v.valid_until)
    if person.passport is not None:
        _check_date(problems, "passport.expires", person.passport.expires)
    for i, card in enumerate(person.cards):
        _check_range(
            problems, f"cards[{i}]", "valid_from", card.valid_from, "valid_until", card.valid_until
        )
    for i, doc in enumerate(person.documents):
        _check_date(problems, f"documents[{i}].issued", doc.issued)
    for i, trip in enumerate(person.absences):
        _check_range(problems, f"absences[{i}]", "left", trip.left, "returned", trip.returned)
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
