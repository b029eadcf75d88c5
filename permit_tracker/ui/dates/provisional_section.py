"""Waiting documents on Dates & permits: an annex 15, an orange card, an annex 12, 19,
19ter or 49 stands in for a card for a while (DESIGN.md `provisional_expiry`). Travelling on
one of them can mean not being let back in, which the Travel tab says."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.model import Person, Provisional
from permit_tracker.ui.dates.record_section import FieldSpec, RecordSection, SectionSpec, State
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.formatting import countdown_text, date_text
from permit_tracker.ui.widgets.vocabulary import (
    PROVISIONAL_CODES,
    provisional_name,
    provisional_short_name,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProvisionalSection", text)


def provisional_state(doc: Provisional, deadline: Deadline | None, today: date) -> State:
    """The engine's `provisional_expiry` row says whether a card replaced the document."""
    if deadline is not None and deadline.status is Status.DONE:
        return _tr("Replaced by a card"), Status.DONE
    if doc.valid_until is None:
        return _tr("Enter the date it is valid until"), None
    status = deadline.status if deadline is not None else None
    if doc.valid_until < today:
        return _tr("Expired on {}").format(date_text(doc.valid_until)), status
    return _tr("Valid, expires {}").format(countdown_text((doc.valid_until - today).days)), status


def _cell(doc: Provisional, column: int) -> str:
    if column == 0:
        return provisional_short_name(doc.kind)
    return date_text(doc.issued if column == 1 else doc.valid_until)


def _new(person: Person) -> Provisional:
    """The usual first one: annex 19 for an EU citizen, annex 15 for everyone else."""
    return Provisional("annex_19" if person.is_eu else "annex_15")


def provisional_spec() -> SectionSpec:
    return SectionSpec(
        title=_tr("Waiting documents"),
        attribute="provisional",
        subject_prefix="provisional",
        kind=Kind.PROVISIONAL_EXPIRY,
        noun=_tr("waiting document"),
        add_text=_tr("Add &waiting document"),
        remove_text=_tr("Remove waiting document"),
        hint=_tr(
            "The paper the commune gives you while your card is made, lost or renewed. It has "
            "an end date, and travelling on it can mean not being let back in."
        ),
        fields=(
            FieldSpec(
                "kind",
                _tr("&Kind of document:"),
                _tr("Waiting document"),
                PROVISIONAL_CODES,
                provisional_name,
            ),
            FieldSpec("issued", _tr("I&ssued on:"), _tr("Waiting document issued on")),
            FieldSpec("valid_until", _tr("Valid unti&l:"), _tr("Waiting document valid until")),
        ),
        columns=(_tr("Document"), _tr("Issued"), _tr("Valid until"), _tr("State")),
        cell=_cell,
        state=provisional_state,
        new_record=_new,
        first_date=lambda doc: doc.issued or doc.valid_until,
    )


class ProvisionalSection(RecordSection):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, provisional_spec(), parent)
