"""Moves on Dates & permits: each change of address, and the day it was declared at the
commune (DESIGN.md `address_declaration`: the move + 8 working days)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.model import Move
from permit_tracker.ui.dates.record_section import FieldSpec, RecordSection, SectionSpec, State
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.formatting import countdown_text, date_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("MovesSection", text)


def move_state(move: Move, deadline: Deadline | None, today: date) -> State:
    if move.declared is not None:
        return _tr("Declared on {}").format(date_text(move.declared)), Status.DONE
    if deadline is None or deadline.date is None:
        if move.date is None:
            return _tr("Enter the day you moved"), None
        return _tr("Not declared yet"), None
    if deadline.status is Status.OVERDUE:
        return (
            _tr("Declare it at the commune now: was due {}").format(date_text(deadline.date)),
            Status.OVERDUE,
        )
    return (
        _tr("Declare it at the commune by {} ({})").format(
            date_text(deadline.date), countdown_text(deadline.days_left)
        ),
        deadline.status,
    )


def _cell(move: Move, column: int) -> str:
    return date_text(move.date if column == 0 else move.declared)


def moves_spec() -> SectionSpec:
    return SectionSpec(
        title=_tr("Moves (changes of address)"),
        attribute="moves",
        subject_prefix="move",
        kind=Kind.ADDRESS_DECLARATION,
        noun=_tr("move"),
        add_text=_tr("Add &move"),
        remove_text=_tr("Remove move"),
        hint=_tr(
            "Moved house in Belgium? Declare the new address at the commune within 8 working "
            "days; the police will check that you live there."
        ),
        fields=(
            FieldSpec("date", _tr("Mo&ved on:"), _tr("Moved on")),
            FieldSpec("declared", _tr("&Declared at the commune on:"), _tr("Move declared on")),
        ),
        columns=(_tr("Moved on"), _tr("Declared on"), _tr("State")),
        cell=_cell,
        state=move_state,
        new_record=lambda _person: Move(),
        first_date=lambda move: move.date,
    )


class MovesSection(RecordSection):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, moves_spec(), parent)
