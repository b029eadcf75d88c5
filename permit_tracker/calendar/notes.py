"""Free text a user may choose to put in the calendar: their trip notes.

Trips matter to the residence-continuity dates, so a person's trip notes go on the events
whose dates depend on trips (the registry's `continuity` kinds). Only used when the user
ticks "include notes".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from permit_tracker.domain.deadline import Deadline
from permit_tracker.domain.kinds import CONTINUITY_KINDS
from permit_tracker.domain.model import Person
from permit_tracker.i18n import _


def _day(value: date | None) -> str:
    return value.isoformat() if value else "?"


def trip_notes(person: Person) -> list[str]:
    """ "Trip 2025-07-01 to 2025-07-20: holiday" for every trip that has a note."""
    return [
        _("Trip {left} to {returned}: {note}").format(
            left=_day(a.left), returned=_day(a.returned), note=a.note.strip()
        )
        for a in sorted(person.absences, key=lambda a: (a.left or date.max, a.returned or date.max))
        if a.note and a.note.strip()
    ]


def notes_by_deadline(
    people: Iterable[Person], deadlines: Iterable[Deadline]
) -> dict[str, list[str]]:
    """Deadline key -> notes, the `notes` argument of `render_calendar`."""
    by_id = {p.id: trip_notes(p) for p in people}
    return {
        d.key: by_id[d.person_id]
        for d in deadlines
        if d.kind in CONTINUITY_KINDS and by_id.get(d.person_id)
    }
