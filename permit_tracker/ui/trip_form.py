"""The "Add a trip" form of the Travel tab, with the trip's effect on eligibility shown live.

Dates are typed in DateFields (free text in the user's format, or the calendar); on every
keystroke the draft trip is checked (ends before it starts, overlaps another trip) and, when
it is valid, its effect on long-term eligibility is computed by domain.continuity and shown
under the fields. Nothing is saved until "Add trip": then `add_requested(Absence)`.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from permit_tracker.domain.model import Absence, Person
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.ui.date_field import DateField, DateParseError
from permit_tracker.ui.messages import show_message
from permit_tracker.ui.trip_text import describe_effect, trip_problem


class TripForm(QGroupBox):
    add_requested = Signal(object)  # Absence, valid against the current person

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Add a trip (past or planned)"))
        self._person: Person | None = None
        self._rules = Ruleset.default()
        self._today = date.today()
        self.left_field = DateField(self, label=self.tr("Day you leave"))
        self.returned_field = DateField(self, label=self.tr("Day you come back"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Where, why (optional, never exported)"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.add_button = QPushButton(self.tr("&Add trip"), self)
        self.add_button.setAccessibleName(self.tr("Add trip"))
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(self.tr("Problem with the new trip"))
        self.effect_label = QLabel(self)
        self.effect_label.setWordWrap(True)
        self.effect_label.setAccessibleName(self.tr("Effect of the trip on eligibility"))

        # Dates on the first row, the note and the button on the second: the note keeps
        # room to type even at 800 pixels.
        grid = QGridLayout(self)
        for row, col, text, field in (
            (0, 0, self.tr("&Left on"), self.left_field),
            (0, 2, self.tr("&Back on"), self.returned_field),
            (1, 0, self.tr("&Note"), self.note_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            grid.addWidget(label, row, col)
            grid.addWidget(field, row, col + 1, 1, 1 if row == 0 else 4)
        grid.addWidget(self.add_button, 1, 5)
        grid.setColumnStretch(4, 1)
        grid.addWidget(self.problem_label, 2, 0, 1, 6)
        grid.addWidget(self.effect_label, 3, 0, 1, 6)

        self.left_field.live_changed.connect(lambda _d: self.update_effect())
        self.returned_field.live_changed.connect(lambda _d: self.update_effect())
        self.left_field.committed.connect(lambda _d: self.update_effect())
        self.returned_field.committed.connect(lambda _d: self.update_effect())
        self.add_button.clicked.connect(self.request_add)
        self.note_edit.returnPressed.connect(self.request_add)

    def set_context(self, person: Person | None, rules: Ruleset, today: date) -> None:
        changed_person = (person.id if person else None) != (
            self._person.id if self._person else None
        )
        self._person, self._rules, self._today = person, rules, today
        if changed_person:
            self.reset()
        self.update_effect()

    def reset(self) -> None:
        """Propose a week-long trip a month after the last recorded return (or today)."""
        start = self._today
        if self._person is not None:
            start = max([start, *(a.returned for a in self._person.absences if a.returned)])
        left = start + timedelta(days=30)
        self.left_field.set_date(left)
        self.returned_field.set_date(left + timedelta(days=6))
        self.note_edit.clear()
        self.update_effect()

    def draft(self) -> Absence:
        return Absence(
            self.left_field.live_date(),
            self.returned_field.live_date(),
            self.note_edit.text().strip() or None,
        )

    def problem(self, trip: Absence) -> str | None:
        if self._person is None:
            return self.tr("Select a person first.")
        if trip.left is None or trip.returned is None:
            return self.tr("Enter the day you leave and the day you come back.")
        return trip_problem(self._person.absences, None, trip)

    def update_effect(self) -> None:
        trip = self.draft()
        problem = self.problem(trip)
        typed = bool(self.left_field.edit.text().strip() and self.returned_field.edit.text())
        # While a field is still empty, say nothing; its own error line covers bad text.
        show_message(self.problem_label, problem if problem and typed else "", "error")
        self.add_button.setEnabled(problem is None)
        if problem is not None or self._person is None:
            show_message(self.effect_label, "", "ok")
            return
        effect = describe_effect(self._person, trip, self._rules)
        if effect is None:
            show_message(self.effect_label, "", "ok")
            return
        kind = "error" if effect.interrupts else ("warning" if effect.shift_days else "ok")
        show_message(self.effect_label, effect.long, kind)

    def request_add(self) -> None:
        try:  # shows a parse error under the field that has it
            left, returned = self.left_field.current(), self.returned_field.current()
        except DateParseError:
            return
        trip = Absence(left, returned, self.note_edit.text().strip() or None)
        problem = self.problem(trip)
        if problem is not None:
            show_message(self.problem_label, problem, "error")
            return
        self.add_requested.emit(trip)

    def show_problem(self, text: str) -> None:
        show_message(self.problem_label, text, "error")
