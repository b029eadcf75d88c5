"""What every deadline builder shares: the row collector (`Rows`), the status rule
and the numbering of records into subjects ("card-2", "absence-1"...).

The kinds' dates, and the readings chosen where the rules are silent, are listed in
`domain.deadlines`; the builders live in `deadlines_records`, `deadlines_cards`,
`deadlines_eligibility` and `deadlines_trips`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TypeAlias, TypeVar

from permit_tracker.domain.deadline import (
    DUE_SOON_DAYS,
    Deadline,
    FactValue,
    Kind,
    RowText,
    Status,
)
from permit_tracker.domain.explain import with_source
from permit_tracker.domain.holidays import closed_day_phrase
from permit_tracker.domain.kinds import KINDS
from permit_tracker.domain.model import Absence, Card, Person
from permit_tracker.domain.phrase import Arg, Term, capitalized, render
from permit_tracker.rules.ruleset import Ruleset

Day = date  # the parameter `date` of status_for shadows the type
T = TypeVar("T")
# (trip, subject, left, returned) of a trip with both dates
Trip: TypeAlias = tuple[Absence, str, date, date]


def status_for(date: Day | None, done: bool, today: Day, milestone: bool) -> Status:
    """The status of a row (docs/rules.md): done; info (milestone, or no date); overdue (date
    passed); due_soon (0..DUE_SOON_DAYS days left, both ends included); upcoming (more)."""
    if done:
        return Status.DONE
    if milestone or date is None:
        return Status.INFO
    left = (date - today).days
    if left < 0:
        return Status.OVERDUE
    return Status.DUE_SOON if left <= DUE_SOON_DAYS else Status.UPCOMING


class Rows:
    """Collects one person's rows with the fields every row shares."""

    def __init__(self, person: Person, rules: Ruleset, today: date) -> None:
        self.person, self.rules, self.today = person, rules, today
        self.rows: list[Deadline] = []
        self._trips: list[Trip] | None = None
        self.long_trips: list[Trip] | None = None

    @property
    def trips(self) -> list[Trip]:
        """(trip, subject, left, returned) of every dated trip, numbered once per person
        (five kinds read them; a history may hold 100,000 trips)."""
        if self._trips is None:
            self._trips = [
                (trip, subject, trip.left, trip.returned)
                for trip, subject in numbered_absences(self.person)
                if trip.left is not None
                and trip.returned is not None
                and trip.returned >= trip.left
            ]
        return self._trips

    def add(
        self,
        kind: Kind,
        subject: str,
        when: date | None,
        done: bool,
        text: Arg,
        *,
        rule_key: str | None = None,
        info: bool = False,
        facts: Mapping[str, FactValue] | None = None,
        **names: Term,
    ) -> Deadline:
        entry = KINDS[kind]
        rule = self.rules[rule_key or entry.rule]
        assert rule.key in entry.rules, f"{kind} may not cite {rule.key}"
        words = RowText(
            title=entry.title_phrase(**names),
            reason=text,
            flag=closed_day_phrase(when) if when is not None else None,
        )
        row = Deadline(
            person_id=self.person.id,
            person=self.person.name,
            kind=kind,
            subject=subject,
            date=when,
            status=status_for(when, done, self.today, entry.milestone or info),
            days_left=(when - self.today).days if when is not None else None,
            # The English rendering, what every row has always said (JSON, tests).
            title=capitalized(render(words.title)),
            rule=rule.key,
            source=rule.citation,
            explanation=render(with_source(text, rule)),
            flag=render(words.flag) if words.flag is not None else None,
            # The names filled into the title ("card": "A card") are facts too, so the UI
            # words its own sentences without taking the title apart.
            facts=(
                ("rule_value", rule.value),
                *(facts or {}).items(),
                *((name, term.english) for name, term in names.items()),
            ),
            text=words,
        )
        self.rows.append(row)
        return row

    def of(self, *kinds: Kind) -> list[Deadline]:
        return [r for r in self.rows if r.kind in kinds]


# --- numbering ----------------------------------------------------------------------------


def subjects_by_first_date(
    prefix: str, records: Sequence[T], first_date: Callable[[T], date | None]
) -> list[str]:
    """ "<prefix>-1", "<prefix>-2"... for every record, in order of its first date (unknown
    last), then input order."""
    order = sorted(
        range(len(records)),
        key=lambda i: (first_date(records[i]) is None, first_date(records[i]) or date.min, i),
    )
    subjects = [""] * len(records)
    for rank, i in enumerate(order, start=1):
        subjects[i] = f"{prefix}-{rank}"
    return subjects


def card_subjects(cards: Sequence[Card]) -> list[str]:
    """Subjects "card-1", "card-2"... in order of valid_from (unknown last), then input order,
    for every card, so that filling in one card's dates renumbers nobody else."""
    return subjects_by_first_date("card", cards, lambda c: c.valid_from)


def numbered_absences(person: Person) -> list[tuple[Absence, str]]:
    subjects = subjects_by_first_date("absence", person.absences, lambda a: a.left)
    return list(zip(person.absences, subjects, strict=True))


Builder = Callable[[Rows], None]
Builders = Mapping[Kind, Builder]
