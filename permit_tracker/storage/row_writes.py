"""Writing rows through the ORM models: loaded at a store's first write, not before.

Reading needs neither `sqlalchemy.orm` nor the models: `records.py` reads with SQL on a plain
connection. Importing the ORM and declaring the models costs about as much as a bare Qt window
takes to paint (≈ 45 and 25 ms), so the window shows its data first and a write pays that
once, later. The models stay the one description of the schema (migrations are checked
against them); this module is the only code that needs them mapped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from permit_tracker.domain.model import Person
from permit_tracker.storage.models import (
    AbsenceRow,
    ApplicationRow,
    CardRow,
    DocumentRow,
    MoveRow,
    PassportRow,
    PersonRow,
    ProcedureRow,
    ProvisionalRow,
    ReminderStateRow,
    SettingRow,
    VisaRow,
)
from permit_tracker.storage.records import ReminderState

__all__ = ["Session"]  # the write transaction's type: `Store._writing` opens it

_CHILD_MODELS: Final = (
    VisaRow, PassportRow, CardRow, AbsenceRow, MoveRow, ProvisionalRow, ApplicationRow,
    DocumentRow, ProcedureRow,
)  # fmt: skip


def delete_everyone(session: Session) -> None:
    session.execute(delete(PersonRow))  # children go with ON DELETE CASCADE
    session.flush()


def free_names(session: Session, ids: Iterable[str]) -> None:
    """Give the stored people among `ids` placeholder names (no real name starts with NUL),
    so that a batch may swap names between them."""
    for row in session.scalars(select(PersonRow).where(PersonRow.id.in_(list(ids)))):
        row.name = f"\x00{row.id}"
    session.flush()


def replace_person(session: Session, person: Person) -> None:
    """Write `person` whole over the stored person with the same id (or as a new one)."""
    delete_children(session, person.id)
    write_person(session, person)


def delete_person(session: Session, person_id: str) -> bool:
    """False when there is no such person."""
    if session.get(PersonRow, person_id) is None:
        return False
    # Children go with ON DELETE CASCADE (foreign keys are on for every connection).
    session.execute(delete(PersonRow).where(PersonRow.id == person_id))
    return True


def put_setting(session: Session, key: str, text: str) -> None:
    session.merge(SettingRow(key=key, value=text))


def delete_setting(session: Session, key: str) -> None:
    session.execute(delete(SettingRow).where(SettingRow.key == key))


def put_reminder_states(session: Session, batch: list[ReminderState]) -> None:
    # Replaced, not merged: a merge would keep a stored value that could not be read
    # (loaded as None) when the new one is None too.
    session.execute(
        delete(ReminderStateRow).where(ReminderStateRow.key.in_([s.key for s in batch]))
    )
    for s in batch:
        session.add(
            ReminderStateRow(
                key=s.key,
                state=s.state,
                fired_at=s.fired_at,
                snoozed_until=s.snoozed_until,
                updated_at=s.updated_at,
            )
        )


def delete_reminder_states(session: Session, keys: list[str]) -> None:
    session.execute(delete(ReminderStateRow).where(ReminderStateRow.key.in_(keys)))


def delete_children(session: Session, person_id: str) -> None:
    for model in _CHILD_MODELS:
        session.execute(delete(model).where(model.person_id == person_id))


_ListRow = CardRow | AbsenceRow | MoveRow | ProvisionalRow | ApplicationRow | DocumentRow


def _insert_rows(
    session: Session, model: type[_ListRow], rows: list[dict[str, Any]], person_id: str
) -> None:
    if rows:
        session.execute(
            insert(model),
            [{"person_id": person_id, "position": i, **row} for i, row in enumerate(rows)],
        )


def write_person(session: Session, person: Person) -> None:
    """Write `person` and its children; the caller has removed the old children."""
    row = session.get(PersonRow, person.id)
    if row is None:
        row = PersonRow(id=person.id)
        session.add(row)
    row.name = person.name
    row.citizenship = person.citizenship
    row.reason = person.reason
    row.arrival = person.arrival
    row.registered = person.registered
    for column in ("citizenship", "reason", "arrival", "registered"):
        # Written even when "unchanged": a stored value that could not be read was loaded as
        # None, and saving the person must replace it.
        flag_modified(row, column)
    session.flush()  # the parent row exists before its children reference it
    pid = person.id
    if person.visa is not None:
        v = person.visa
        session.add(
            VisaRow(person_id=pid, type=v.type, valid_from=v.valid_from, valid_until=v.valid_until)
        )
    if person.passport is not None:
        session.add(PassportRow(person_id=pid, expires=person.passport.expires))
    # Lists go in as one executemany per table (Core), not row objects: a long travel
    # history is rewritten whole at every edit of the person.
    _insert_rows(
        session,
        CardRow,
        [
            {
                "type": c.type,
                "valid_from": c.valid_from,
                "valid_until": c.valid_until,
                "reason": c.reason,
                "renewal_requested": c.renewal_requested,
            }
            for c in person.cards
        ],
        pid,
    )
    _insert_rows(
        session,
        AbsenceRow,
        [
            {
                "left": a.left,
                "returned": a.returned,
                "note": a.note,
                "declared": a.declared,
                "reported_back": a.reported_back,
                "important_reason": a.important_reason,
            }
            for a in person.absences
        ],
        pid,
    )
    _insert_rows(
        session, MoveRow, [{"date": m.date, "declared": m.declared} for m in person.moves], pid
    )
    _insert_rows(
        session,
        ProvisionalRow,
        [
            {"kind": w.kind, "issued": w.issued, "valid_until": w.valid_until}
            for w in person.provisional
        ],
        pid,
    )
    _insert_rows(
        session,
        ApplicationRow,
        [{"kind": a.kind, "filed": a.filed, "decided": a.decided} for a in person.applications],
        pid,
    )
    _insert_rows(
        session,
        DocumentRow,
        [{"kind": d.kind, "status": d.status, "issued": d.issued} for d in person.documents],
        pid,
    )
    if person.procedure is not None:
        p = person.procedure
        session.add(
            ProcedureRow(person_id=pid, police_check=p.police_check,
                         card_application=p.card_application, card_collected=p.card_collected)
        )  # fmt: skip
    session.flush()
