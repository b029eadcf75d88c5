"""Applications on Dates & permits: long-term status, permanent residence, nationality,
family reunification, a card renewal. After filing, a decision (or the end of the
prosecutor's objection period) is due after a fixed number of months (DESIGN.md
`decision_expected`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.model import Application
from permit_tracker.ui.dates.record_section import FieldSpec, RecordSection, SectionSpec, State
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.formatting import countdown_text, date_text
from permit_tracker.ui.widgets.vocabulary import APPLICATION_CODES, application_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationsSection", text)


def application_state(app: Application, deadline: Deadline | None, today: date) -> State:
    if app.decided is not None:
        return _tr("Decided on {}").format(date_text(app.decided)), Status.DONE
    if app.filed is None:
        return _tr("Enter the day you filed it"), None
    if deadline is None or deadline.date is None:
        return _tr("Waiting for the decision"), None
    when = countdown_text(deadline.days_left)
    if deadline.days_left is not None and deadline.days_left < 0:
        return _tr("Decision was expected by {}").format(date_text(deadline.date)), Status.INFO
    return _tr("Decision expected by {} ({})").format(date_text(deadline.date), when), Status.INFO


def _cell(app: Application, column: int) -> str:
    if column == 0:
        return application_name(app.kind) if app.kind else _tr("(kind not set)")
    return date_text(app.filed if column == 1 else app.decided)


def applications_spec() -> SectionSpec:
    return SectionSpec(
        title=_tr("Applications"),
        attribute="applications",
        subject_prefix="application",
        kind=Kind.DECISION_EXPECTED,
        noun=_tr("application"),
        add_text=_tr("Add a&pplication"),
        remove_text=_tr("Remove application"),
        hint=_tr(
            "What you have applied for and when: the app says when a decision is due, and "
            "stops reminding you once it came."
        ),
        fields=(
            FieldSpec(
                "kind",
                _tr("Appli&ed for:"),
                _tr("Application for"),
                APPLICATION_CODES,
                application_name,
            ),
            FieldSpec("filed", _tr("F&iled on:"), _tr("Application filed on")),
            FieldSpec("decided", _tr("Decided o&n:"), _tr("Application decided on")),
        ),
        columns=(_tr("Application"), _tr("Filed"), _tr("Decided"), _tr("State")),
        cell=_cell,
        state=application_state,
        new_record=lambda _person: Application(),
        first_date=lambda app: app.filed,
    )


class ApplicationsSection(RecordSection):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, applications_spec(), parent)
