"""The "Add a trip" form of the Travel tab: while the user types, everything the trip
triggers and its effect on long-term or permanent residence.

Dates are typed in DateFields (free text in the user's format, or the calendar); on every
keystroke the draft trip is checked (ends before it starts, overlaps another trip) and, when
it is valid, the engine's rows about it are listed under the fields (trip_text.
trip_consequences: declare before leaving, renew the card before leaving, report back
within 15 days, a lost right of return, a trip on a waiting document), then its effect on
the eligibility date. A trip the engine treats as long (it asks for a declaration) gets the
"Declared at the commune" and "Reported back" ticks, each with its date (Absence.declared /
reported_back); EU citizens and F-card holders get the "important reason" tick
(Absence.important_reason). Nothing is saved until "Add trip": then `add_requested(Absence)`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from permit_tracker.domain.deadline import Deadline, Kind
from permit_tracker.domain.journey import path_of
from permit_tracker.domain.model import Absence, Person
from permit_tracker.i18n import deadline_text
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.ui.travel.trip_text import (
    SEVERITY,
    EffectText,
    describe_effect,
    describe_permanent_effect,
    eligibility_kind,
    is_long_absence,
    trip_consequences,
    trip_problem,
)
from permit_tracker.ui.widgets.button_row import ButtonRow
from permit_tracker.ui.widgets.date_field import DateField, DateParseError
from permit_tracker.ui.widgets.formatting import date_text
from permit_tracker.ui.widgets.messages import message_color, rich_escape, show_message


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
        self.consequences_label = QLabel(self)
        self.consequences_label.setWordWrap(True)
        self.consequences_label.setTextFormat(Qt.TextFormat.RichText)
        self.consequences_label.setAccessibleName(self.tr("What this trip asks of you"))
        self.consequences_label.hide()
        self.consequences: list[Deadline] = []
        self.ticks = self._build_ticks()

        # Dates on the first line, the note and the button on the second: the note keeps
        # room to type even at 800 pixels. Lines of their own (not one grid), so the form is
        # as wide as its wider line, not the dates plus the button; and the two dates go
        # one under the other when their (French, German) labels need the room.
        grid = QGridLayout(self)
        left, left_label = self._labelled(self.tr("&Left on"), self.left_field)
        returned, _ = self._labelled(self.tr("&Back on"), self.returned_field)
        dates = ButtonRow()
        dates.add(left, returned)
        note = QHBoxLayout()
        label = QLabel(self.tr("&Note"), self)
        label.setBuddy(self.note_edit)
        # The note's field lines up under the first date's, as the labels' column of a grid.
        column = max(left_label.sizeHint().width(), label.sizeHint().width())
        for each in (left_label, label):
            each.setMinimumWidth(column)
        note.addWidget(label)
        note.addWidget(self.note_edit, 1)
        note.addWidget(self.add_button)
        grid.addLayout(dates, 0, 0)
        grid.addLayout(note, 1, 0)
        grid.addWidget(self.problem_label, 2, 0)
        grid.addWidget(self.consequences_label, 3, 0)
        grid.addWidget(self.ticks, 4, 0)
        grid.addWidget(self.effect_label, 5, 0)

        self.left_field.live_changed.connect(lambda _d: self.update_effect())
        self.returned_field.live_changed.connect(lambda _d: self.update_effect())
        self.left_field.committed.connect(lambda _d: self.update_effect())
        self.returned_field.committed.connect(lambda _d: self.update_effect())
        self.add_button.clicked.connect(self.request_add)
        self.note_edit.returnPressed.connect(self.request_add)

    def _labelled(self, text: str, field: QWidget) -> tuple[QWidget, QLabel]:
        """A label and its field, kept together on one line (and the label)."""
        pair = QWidget(self)
        line = QHBoxLayout(pair)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text, pair)
        label.setBuddy(field)
        line.addWidget(label)
        line.addWidget(field)
        return pair, label

    def _build_ticks(self) -> QWidget:
        """ "Declared at the commune" and "Reported back", each with its date, and the
        important-reason tick; shown only when they apply to the draft trip."""
        box = QWidget(self)
        grid = QGridLayout(box)  # one tick a line: fits 800 pixels with the date beside it
        grid.setContentsMargins(0, 0, 0, 0)
        self.declared_check = QCheckBox(self.tr("&Declared at the commune on"), box)
        self.declared_check.setToolTip(self.tr("You told the commune before leaving (annex 18)"))
        self.declared_field = DateField(box, label=self.tr("Day you declared the trip"))
        self.reported_check = QCheckBox(self.tr("&Reported back on"), box)
        self.reported_check.setToolTip(self.tr("You reported to the commune after coming back"))
        self.reported_field = DateField(box, label=self.tr("Day you reported back"))
        self.important_check = QCheckBox(self.tr("&Important reason"), box)
        self.important_check.setToolTip(
            self.tr(
                "Illness, pregnancy, study or a posting abroad: one such absence under 12 "
                "months does not break permanent residence"
            )
        )
        for line, (check, field) in enumerate(
            ((self.declared_check, self.declared_field), (self.reported_check, self.reported_field))
        ):
            field.setEnabled(False)
            check.toggled.connect(field.setEnabled)
            check.toggled.connect(lambda on, f=field, c=check: self._tick(c, f, on))
            grid.addWidget(check, line, 0)
            grid.addWidget(field, line, 1)
        grid.addWidget(self.important_check, 2, 0, 1, 2)
        grid.setColumnStretch(2, 1)
        self.important_check.toggled.connect(lambda _on: self.update_effect())
        self.declared_field.live_changed.connect(lambda _d: self.update_effect())
        self.reported_field.live_changed.connect(lambda _d: self.update_effect())
        return box

    def _tick(self, check: QCheckBox, field: DateField, on: bool) -> None:
        """Ticking proposes a date (today, or the last possible day), which can be changed."""
        if on and field.date() is None and not field.edit.text().strip():
            left, returned = self.left_field.live_date(), self.returned_field.live_date()
            day = self._today
            if check is self.declared_check and left is not None and day >= left:
                day = left - timedelta(days=1)
            if check is self.reported_check and returned is not None and day < returned:
                day = returned
            field.set_date(day)
        if not on:
            field.set_date(None)
        self.update_effect()

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
        for check in (self.declared_check, self.reported_check, self.important_check):
            check.setChecked(False)
        self.update_effect()

    def draft(self) -> Absence:
        long_trip = self.ticks.isVisibleTo(self) and self.declared_check.isVisibleTo(self)
        return Absence(
            self.left_field.live_date(),
            self.returned_field.live_date(),
            self.note_edit.text().strip() or None,
            declared=self._ticked(self.declared_check, self.declared_field, long_trip),
            reported_back=self._ticked(self.reported_check, self.reported_field, long_trip),
            important_reason=self.important_check.isChecked() and self._important_applies(),
        )

    @staticmethod
    def _ticked(check: QCheckBox, field: DateField, applies: bool) -> date | None:
        return field.live_date() if applies and check.isChecked() else None

    def _important_applies(self) -> bool:
        return self._person is not None and path_of(self._person) != "non_eu"

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
            self._show_consequences([])
            show_message(self.effect_label, "", "ok")
            return
        self._show_consequences(trip_consequences(self._person, trip, self._rules, self._today))
        effect = self.effect_of(trip)
        if effect is None:
            show_message(self.effect_label, "", "ok")
            return
        kind = "error" if effect.interrupts else ("warning" if effect.shift_days else "ok")
        show_message(self.effect_label, effect.long, kind)

    def effect_of(self, trip: Absence) -> EffectText | None:
        """The effect on whichever status applies (long-term, or permanent residence)."""
        assert self._person is not None
        if eligibility_kind(self._person, self._rules, self._today) is (
            Kind.PERMANENT_RESIDENCE_ELIGIBLE
        ):
            return describe_permanent_effect(self._person, trip, self._rules, self._today)
        return describe_effect(self._person, trip, self._rules)

    def _show_consequences(self, rows: list[Deadline]) -> None:
        """One line per row the engine makes for the trip, coloured by how serious it is;
        the explanation (rule, numbers, source) in the tooltip."""
        self.consequences = rows
        long_trip = is_long_absence(rows)
        self.declared_check.setVisible(long_trip)
        self.declared_field.setVisible(long_trip)
        self.reported_check.setVisible(long_trip)
        self.reported_field.setVisible(long_trip)
        self.important_check.setVisible(self._important_applies())
        self.ticks.setVisible(long_trip or self._important_applies())
        if not rows:
            self.consequences_label.clear()
            self.consequences_label.hide()
            return
        lines = []
        for row in rows:
            colour = message_color(self, "ok" if row.status.value == "done" else SEVERITY[row.kind])
            mark = "✓ " if row.status.value == "done" else "• "
            title = deadline_text.title(row)
            if row.date is not None:
                title = self.tr("{title} — {day}").format(title=title, day=date_text(row.date))
            text = rich_escape(title)
            lines.append(f'<span style="color:{colour}">{mark}{text}</span>')
        html = "<br>".join(lines)
        self.consequences_label.setText(html)
        self.consequences_label.setToolTip("\n\n".join(deadline_text.explanation(r) for r in rows))
        self.consequences_label.show()

    def request_add(self) -> None:
        try:  # shows a parse error under the field that has it
            left, returned = self.left_field.current(), self.returned_field.current()
        except DateParseError:
            return
        try:
            for check, field in (
                (self.declared_check, self.declared_field),
                (self.reported_check, self.reported_field),
            ):
                if check.isChecked() and check.isVisibleTo(self):
                    field.current()
        except DateParseError:
            return
        trip = replace(self.draft(), left=left, returned=returned)
        problem = self.problem(trip)
        if problem is not None:
            show_message(self.problem_label, problem, "error")
            return
        self.add_requested.emit(trip)

    def show_problem(self, text: str) -> None:
        show_message(self.problem_label, text, "error")
