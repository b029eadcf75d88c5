"""Applications on Dates & permits: long-term status, permanent residence, nationality,
family reunification, a card renewal. After filing, a decision (or the end of the
prosecutor's objection period) is due after a fixed number of months (docs/rules.md
`decision_expected`)."""

from __future__ import annotations

from datetime import date

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.model import Application
from permit_tracker.ui.dates.record_section import FieldSpec, RecordSection, SectionSpec, State
from permit_tracker.ui.widgets.formatting import countdown_text, date_text
from permit_tracker.ui.widgets.vocabulary import APPLICATION_CODES, application_name


class ApplicationsSection(RecordSection):
    def spec(self) -> SectionSpec:
        return SectionSpec(
            title=self.tr("Applications"),
            attribute="applications",
            subject_prefix="application",
            kind=Kind.DECISION_EXPECTED,
            add_text=self.tr("Add a&pplication"),
            remove_text=self.tr("Remove application"),
            added=self.tr("Add application"),
            changed=self.tr("Change application"),
            removed=self.tr("Remove application"),
            numbered=self.tr("Application {number} of {count}"),
            hint=self.tr(
                "What you have applied for and when: the app says when a decision is due, and "
                "stops reminding you once it came."
            ),
            fields=(
                FieldSpec(
                    "kind",
                    self.tr("Appli&ed for:"),
                    self.tr("Application for"),
                    APPLICATION_CODES,
                    application_name,
                ),
                FieldSpec("filed", self.tr("F&iled on:"), self.tr("Application filed on")),
                FieldSpec("decided", self.tr("Decided o&n:"), self.tr("Application decided on")),
            ),
            columns=(
                self.tr("Application"),
                self.tr("Filed"),
                self.tr("Decided"),
                self.tr("State"),
            ),
            cell=self.cell,
            state=self.state,
            new_record=lambda _person: Application(),
            first_date=lambda app: app.filed,
        )

    def cell(self, app: Application, column: int) -> str:
        if column == 0:
            return application_name(app.kind) if app.kind else self.tr("(kind not set)")
        return date_text(app.filed if column == 1 else app.decided)

    def state(self, app: Application, deadline: Deadline | None, today: date) -> State:
        if app.decided is not None:
            return self.tr("Decided on {day}").format(day=date_text(app.decided)), Status.DONE
        if app.filed is None:
            return self.tr("Enter the day you filed it"), None
        if deadline is None or deadline.date is None:
            return self.tr("Waiting for the decision"), None
        day = date_text(deadline.date)
        if deadline.days_left is not None and deadline.days_left < 0:
            return self.tr("Decision was expected by {day}").format(day=day), Status.INFO
        when = countdown_text(deadline.days_left)
        return self.tr("Decision expected by {day} ({when})").format(
            day=day, when=when
        ), Status.INFO
