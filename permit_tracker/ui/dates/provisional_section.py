"""Waiting documents on Dates & permits: an annex 15, an orange card, an annex 12, 19,
19ter or 49 stands in for a card for a while (docs/rules.md `provisional_expiry`). Travelling on
one of them can mean not being let back in, which the Travel tab says."""

from __future__ import annotations

from datetime import date

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.model import Person, Provisional
from permit_tracker.ui.dates.record_section import FieldSpec, RecordSection, SectionSpec, State
from permit_tracker.ui.widgets.formatting import countdown_text, date_text
from permit_tracker.ui.widgets.vocabulary import (
    PROVISIONAL_CODES,
    provisional_name,
    provisional_short_name,
)


def _cell(doc: Provisional, column: int) -> str:
    if column == 0:
        return provisional_short_name(doc.kind)
    return date_text(doc.issued if column == 1 else doc.valid_until)


def _new(person: Person) -> Provisional:
    """The usual first one: annex 19 for an EU citizen, annex 15 for everyone else."""
    return Provisional("annex_19" if person.is_eu else "annex_15")


class ProvisionalSection(RecordSection):
    def spec(self) -> SectionSpec:
        return SectionSpec(
            title=self.tr("Waiting documents"),
            attribute="provisional",
            subject_prefix="provisional",
            kind=Kind.PROVISIONAL_EXPIRY,
            add_text=self.tr("Add &waiting document"),
            remove_text=self.tr("Remove waiting document"),
            added=self.tr("Add waiting document"),
            changed=self.tr("Change waiting document"),
            removed=self.tr("Remove waiting document"),
            numbered=self.tr("Waiting document {number} of {count}"),
            hint=self.tr(
                "The paper the commune gives you while your card is made, lost or renewed. It "
                "has an end date, and travelling on it can mean not being let back in."
            ),
            fields=(
                FieldSpec(
                    "kind",
                    self.tr("&Kind of document:"),
                    self.tr("Waiting document"),
                    PROVISIONAL_CODES,
                    provisional_name,
                ),
                FieldSpec("issued", self.tr("I&ssued on:"), self.tr("Waiting document issued on")),
                FieldSpec(
                    "valid_until", self.tr("Valid unti&l:"), self.tr("Waiting document valid until")
                ),
            ),
            columns=(
                self.tr("Document"),
                self.tr("Issued"),
                self.tr("Valid until"),
                self.tr("State"),
            ),
            cell=_cell,
            state=self.state,
            new_record=_new,
            first_date=lambda doc: doc.issued or doc.valid_until,
        )

    def state(self, doc: Provisional, deadline: Deadline | None, today: date) -> State:
        """The engine's `provisional_expiry` row says whether a card replaced the document."""
        if deadline is not None and deadline.status is Status.DONE:
            return self.tr("Replaced by a card"), Status.DONE
        if doc.valid_until is None:
            return self.tr("Enter the date it is valid until"), None
        status = deadline.status if deadline is not None else None
        if doc.valid_until < today:
            return self.tr("Expired on {day}").format(day=date_text(doc.valid_until)), status
        when = countdown_text((doc.valid_until - today).days)
        return self.tr("Valid, expires {when}").format(when=when), status
