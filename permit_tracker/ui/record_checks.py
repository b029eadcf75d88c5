"""Range checks for the v2 records the forms edit (moves, waiting documents, applications,
the procedure dates), in the shape of domain.validation's problems.

DESIGN.md rejects "impossible dates and ranges that end before they start" for every
record; domain.validation.person_problems is where that belongs. Until it checks these
records itself, the controller adds these problems, and a field person_problems already
reports is never reported twice. Readings where DESIGN.md is silent (strictest):
- a move is declared on or after the day of the move (a declaration before it is a typo);
- a waiting document is valid until a day on or after its issue;
- an application is decided on or after the day it was filed;
- a card is collected on or after the day it was applied for.
"""

from __future__ import annotations

from datetime import date

from permit_tracker.domain.model import Person
from permit_tracker.domain.validation import MAX_DATE, MIN_DATE, Problem


def _dates(problems: list[Problem], path: str, *named: tuple[str, date | None]) -> None:
    for name, value in named:
        if value is not None and not MIN_DATE <= value <= MAX_DATE:
            problems.append(
                Problem(
                    f"{path}.{name}",
                    f"{value.isoformat()} is not between {MIN_DATE.year} and {MAX_DATE.year}",
                )
            )


def _range(
    problems: list[Problem],
    path: str,
    start: tuple[str, date | None],
    end: tuple[str, date | None],
) -> None:
    _dates(problems, path, start, end)
    (start_name, first), (end_name, last) = start, end
    if first is not None and last is not None and last < first:
        problems.append(
            Problem(
                f"{path}.{end_name}",
                f"{last.isoformat()} is before {start_name} {first.isoformat()}",
            )
        )


def record_problems(person: Person) -> list[Problem]:
    """What is wrong with the moves, waiting documents, applications and procedure dates."""
    problems: list[Problem] = []
    for i, move in enumerate(person.moves):
        _range(problems, f"moves[{i}]", ("date", move.date), ("declared", move.declared))
    for i, doc in enumerate(person.provisional):
        _range(
            problems, f"provisional[{i}]", ("issued", doc.issued), ("valid_until", doc.valid_until)
        )
    for i, app in enumerate(person.applications):
        _range(problems, f"applications[{i}]", ("filed", app.filed), ("decided", app.decided))
    for i, card in enumerate(person.cards):
        _dates(problems, f"cards[{i}]", ("renewal_requested", card.renewal_requested))
    if person.procedure is not None:
        p = person.procedure
        _dates(problems, "procedure", ("police_check", p.police_check))
        _range(
            problems,
            "procedure",
            ("card_application", p.card_application),
            ("card_collected", p.card_collected),
        )
    return problems


def all_problems(person: Person, domain: list[Problem]) -> list[Problem]:
    """`domain` (person_problems) plus the record checks it does not make itself."""
    reported = {p.field for p in domain}
    return domain + [p for p in record_problems(person) if p.field not in reported]
