"""Moves on Dates & permits: each change of address, and the day it was declared at the
commune (docs/rules.md `address_declaration`: the move + 8 working days)."""

from __future__ import annotations

from datetime import date

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.model import Move
from permit_tracker.ui.dates.record_section import FieldSpec, RecordSection, SectionSpec, State
from permit_tracker.ui.widgets.formatting import countdown_text, date_text


def _cell(move: Move, column: int) -> str:
    return date_text(move.date if column == 0 else move.declared)


class MovesSection(RecordSection):
    def spec(self) -> SectionSpec:
        return SectionSpec(
            title=self.tr("Moves (changes of address)"),
            attribute="moves",
            subject_prefix="move",
            kind=Kind.ADDRESS_DECLARATION,
            add_text=self.tr("Add &move"),
            remove_text=self.tr("Remove move"),
            added=self.tr("Add move"),
            changed=self.tr("Change move"),
            removed=self.tr("Remove move"),
            numbered=self.tr("Move {number} of {count}"),
            hint=self.tr(
                "Moved house in Belgium? Declare the new address at the commune within 8 "
                "working days; the police will check that you live there."
            ),
            fields=(
                FieldSpec("date", self.tr("Mo&ved on:"), self.tr("Moved on")),
                FieldSpec(
                    "declared", self.tr("&Declared at the commune on:"), self.tr("Move declared on")
                ),
            ),
            columns=(self.tr("Moved on"), self.tr("Declared on"), self.tr("State")),
            cell=_cell,
            state=self.state,
            new_record=lambda _person: Move(),
            first_date=lambda move: move.date,
        )

    def state(self, move: Move, deadline: Deadline | None, today: date) -> State:
        if move.declared is not None:
            return self.tr("Declared on {day}").format(day=date_text(move.declared)), Status.DONE
        if deadline is None or deadline.date is None:
            if move.date is None:
                return self.tr("Enter the day you moved"), None
            return self.tr("Not declared yet"), None
        day = date_text(deadline.date)
        if deadline.status is Status.OVERDUE:
            return self.tr("Declare it at the commune now: was due {day}").format(
                day=day
            ), Status.OVERDUE
        when = countdown_text(deadline.days_left)
        text = self.tr("Declare it at the commune by {day} ({when})").format(day=day, when=when)
        return text, deadline.status
