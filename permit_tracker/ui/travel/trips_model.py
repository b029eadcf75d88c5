"""Trips abroad as a table, edited in place: one row per `Absence` of the selected person.

The model is fed domain values (`set_person`); edits build a new `Person` and go through a
commit function (the controller's `update_person`), so every edit is validated, saved in one
transaction and undoable. Rows are shown earliest first; each remembers its index in
`person.absences`, which is what an edit replaces.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.deadlines import deadlines_for
from permit_tracker.domain.journey import path_of
from permit_tracker.domain.model import Absence, Person
from permit_tracker.domain.validation import Problem
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.ui.travel.trip_text import (
    EffectText,
    absence_subjects,
    describe_effect,
    describe_permanent_effect,
    problems_text,
    to_date,
    trip_problem,
    trip_range,
    without,
)
from permit_tracker.ui.widgets.formatting import format_date

Commit = Callable[[Person, str], Sequence[Problem]]
AnyIndex = QModelIndex | QPersistentModelIndex

# Sorting key role: dates as ISO strings, numbers as ints (used by proxies and tests).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class _Row:
    index: int  # position in person.absences
    trip: Absence
    effect: EffectText | None
    long: bool = False  # the engine asks for a declaration and a report (> 3 months)


class TripsModel(QAbstractTableModel):
    LEFT, RETURNED, DAYS, NOTE, WHEN, EFFECT, DECLARED, REPORTED, IMPORTANT = range(9)
    COLUMN_COUNT = 9
    EDITABLE = frozenset({LEFT, RETURNED, NOTE, DECLARED, REPORTED})
    # Ticks: a checkbox (and, for the two commune steps, the date it was done).
    CHECKABLE = frozenset({DECLARED, REPORTED, IMPORTANT})

    # An edit was refused; the message says why (shown next to the table, nothing saved).
    edit_refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._person: Person | None = None
        self._rules = Ruleset.default()
        self._today = date.today()
        self._rows: list[_Row] = []
        self._commit: Commit | None = None

    # -- feeding -----------------------------------------------------------------------
    def set_commit(self, commit: Commit | None) -> None:
        self._commit = commit

    def set_person(self, person: Person | None, rules: Ruleset, today: date) -> None:
        self.beginResetModel()
        self._person, self._rules, self._today = person, rules, today
        self._rows = self._build_rows(person, rules, today) if person is not None else []
        self.endResetModel()

    @staticmethod
    def _build_rows(person: Person, rules: Ruleset, today: date) -> list[_Row]:
        rows = []
        deadlines = deadlines_for(person, rules, today)
        long_subjects = {
            d.subject
            for d in deadlines
            if d.kind in (Kind.DEPARTURE_DECLARATION, Kind.RETURN_REPORT)
        }
        permanent = any(d.kind is Kind.PERMANENT_RESIDENCE_ELIGIBLE for d in deadlines)
        subjects = absence_subjects(person.absences)
        for i, trip in enumerate(person.absences):
            effect = None
            try:
                if permanent:
                    effect = describe_permanent_effect(without(person, i), trip, rules, today)
                else:
                    effect = describe_effect(without(person, i), trip, rules)
            except ValueError:
                effect = None  # an overlapping stored history; validation says why elsewhere
            rows.append(_Row(i, trip, effect, subjects[i] in long_subjects))
        rows.sort(key=lambda r: (r.trip.left is None, r.trip.left or date.min, r.index))
        return rows

    def has_long_trips(self) -> bool:
        return any(r.long for r in self._rows)

    def important_applies(self) -> bool:
        return self._person is not None and path_of(self._person) != "non_eu"

    def person(self) -> Person | None:
        return self._person

    def absence_index(self, row: int) -> int:
        """The index in person.absences of the trip shown on `row`."""
        return self._rows[row].index

    def row_of(self, absence_index: int) -> int:
        for row, r in enumerate(self._rows):
            if r.index == absence_index:
                return row
        return -1

    def trip(self, row: int) -> Absence:
        return self._rows[row].trip

    def phase(self, trip: Absence) -> str:
        if trip.left is not None and trip.left > self._today:
            return self.tr("planned")
        if trip.returned is not None and trip.returned < self._today:
            return self.tr("past")
        if trip.left is not None:
            return self.tr("abroad now")
        return "—"

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Left"),
            self.tr("Returned"),
            self.tr("Days"),
            self.tr("Note"),
            self.tr("When"),
            self.tr("Effect on eligibility"),
            self.tr("Declared"),
            self.tr("Reported"),
            self.tr("Important"),
        )

    def header_tips(self) -> tuple[str, ...]:
        return (
            self.tr("The day you left Belgium (counts as a day of absence)"),
            self.tr("The day you came back (counts as a day of absence)"),
            self.tr("Days abroad, counting the day you left and the day you came back"),
            self.tr("A note for yourself; it is never exported to a calendar"),
            self.tr("Past, planned, or abroad now"),
            self.tr("How much later long-term residence becomes possible because of this trip"),
            self.tr("Trips over 3 months: declared at the commune before leaving (annex 18)"),
            self.tr("Trips over 3 months: reported to the commune within 15 days of return"),
            self.tr(
                "An important reason (illness, pregnancy, study or a posting): one "
                "such absence under 12 months does not break permanent residence"
            ),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tips()[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = index.column()
        if not self._tick_applies(index.row(), col):
            return flags
        if col in self.EDITABLE and self._commit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        if col in self.CHECKABLE and self._commit is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _tick_applies(self, row: int, col: int) -> bool:
        if col in (self.DECLARED, self.REPORTED):
            return 0 <= row < len(self._rows) and self._rows[row].long
        if col == self.IMPORTANT:
            return self.important_applies()
        return True

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.CheckStateRole:
            return self._check_state(index.row(), col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(col)
        if role == SORT_ROLE:
            return self._sort_value(row, col)
        return None

    def _check_state(self, row: int, col: int) -> Qt.CheckState | None:
        """A tick, in the tick columns that apply to this trip."""
        if col not in self.CHECKABLE or not self._tick_applies(row, col):
            return None
        trip = self._rows[row].trip
        on = {
            self.DECLARED: trip.declared is not None,
            self.REPORTED: trip.reported_back is not None,
            self.IMPORTANT: trip.important_reason,
        }[col]
        return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked

    def _edit_value(self, row: _Row, col: int) -> object:
        """What an editor starts from: a QDate for the date columns, the note as typed."""
        trip = row.trip
        days = {
            self.LEFT: trip.left,
            self.RETURNED: trip.returned,
            self.DECLARED: trip.declared,
            self.REPORTED: trip.reported_back,
        }
        if col in days:
            return _qdate(days[col])
        if col == self.NOTE:
            return trip.note or ""
        return self._display(row, col)

    def _tooltip(self, row: _Row, col: int) -> str | None:
        trip = row.trip
        if col == self.EFFECT and row.effect is not None:
            return row.effect.long
        if col in (self.LEFT, self.RETURNED):
            return format_date(trip.left if col == self.LEFT else trip.returned)
        if col == self.NOTE and trip.note:
            return trip.note
        return None

    def _alignment(self, col: int) -> int:
        horizontal = Qt.AlignmentFlag.AlignRight if col == self.DAYS else Qt.AlignmentFlag.AlignLeft
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter)

    def _sort_value(self, row: _Row, col: int) -> str | int:
        """Dates as ISO strings, numbers as ints, the rest as displayed."""
        trip = row.trip
        if col in (self.LEFT, self.RETURNED):
            day = trip.left if col == self.LEFT else trip.returned
            return day.isoformat() if day else ""
        if col == self.DAYS:
            return trip.days()
        if col == self.EFFECT:
            return row.effect.shift_days if row.effect else 0
        return self._display(row, col)

    def _display(self, row: _Row, col: int) -> str:
        trip = row.trip
        if col == self.LEFT:
            return format_date(trip.left, False)
        if col == self.RETURNED:
            return format_date(trip.returned, False)
        if col == self.DAYS:
            return str(trip.days()) if trip.left and trip.returned else "—"
        if col == self.NOTE:
            return trip.note or ""
        if col == self.WHEN:
            return self.phase(trip)
        if col == self.EFFECT:
            return row.effect.short if row.effect is not None else "—"
        if col in (self.DECLARED, self.REPORTED):
            if not row.long:
                return ""
            day = trip.declared if col == self.DECLARED else trip.reported_back
            return format_date(day, False) if day is not None else ""
        return ""

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole:
            return self._set_tick(index, value)
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() not in self.EDITABLE
            or self._person is None
        ):
            return False
        row, col = self._rows[index.row()], index.column()
        if col == self.NOTE:
            new_trip = replace(row.trip, note=str(value or "").strip() or None)
            description = self.tr("Edit note of trip {range}")
        else:
            day = to_date(value)
            if day is None:
                self.edit_refused.emit(self.tr("Please enter a valid date."))
                return False
            new_trip = self._with_day(row.trip, col, day)
            description = (
                self.tr("Edit commune dates of trip {range}")
                if col in (self.DECLARED, self.REPORTED)
                else self.tr("Change dates of trip {range}")
            )
        if new_trip == row.trip:
            return False
        return self.replace_trip(
            row.index, new_trip, description.format(range=trip_range(row.trip))
        )

    def _with_day(self, trip: Absence, col: int, day: date) -> Absence:
        """`trip` with the date of column `col` (left, returned, declared, reported back)."""
        if col == self.LEFT:
            return replace(trip, left=day)
        if col == self.RETURNED:
            return replace(trip, returned=day)
        if col == self.DECLARED:
            return replace(trip, declared=day)
        return replace(trip, reported_back=day)

    def _set_tick(self, index: AnyIndex, value: object) -> bool:
        """A tick: declared / reported back get a proposed date (changeable by a
        double-click), the important reason a flag; unticking clears."""
        if not index.isValid() or self._person is None or index.column() not in self.CHECKABLE:
            return False
        if not self._tick_applies(index.row(), index.column()):
            return False
        row = self._rows[index.row()]
        trip, col = row.trip, index.column()
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if col == self.IMPORTANT:
            new = replace(trip, important_reason=on)
            text = self.tr("Mark trip {range} as for an important reason")
        elif col == self.DECLARED:
            day = self._today
            if trip.left is not None and day >= trip.left:
                day = trip.left - timedelta(days=1)
            new = replace(trip, declared=day if on else None)
            text = self.tr("Tick declared for trip {range}")
        else:
            day = self._today
            if trip.returned is not None and day < trip.returned:
                day = trip.returned
            new = replace(trip, reported_back=day if on else None)
            text = self.tr("Tick reported back for trip {range}")
        if new == trip:
            return False
        return self.replace_trip(row.index, new, text.format(range=trip_range(trip)))

    # -- edits through the controller ---------------------------------------------------
    def replace_trip(self, absence_index: int | None, trip: Absence, description: str) -> bool:
        """Save `trip` in place of absences[absence_index] (or as a new trip when None)."""
        person = self._person
        if person is None or self._commit is None:
            return False
        problem = trip_problem(person.absences, absence_index, trip)
        if problem is not None:
            self.edit_refused.emit(problem)
            return False
        absences = list(person.absences)
        if absence_index is None:
            absences.append(trip)
        else:
            absences[absence_index] = trip
        problems = self._commit(replace(person, absences=tuple(absences)), description)
        if problems:
            self.edit_refused.emit(problems_text(problems))
            return False
        return True

    def remove_rows_of(self, rows: Sequence[int]) -> bool:
        """Delete the trips shown on `rows` in one undoable edit."""
        person = self._person
        if person is None or self._commit is None or not rows:
            return False
        drop = {self._rows[r].index for r in rows if 0 <= r < len(self._rows)}
        if not drop:
            return False
        kept = tuple(a for i, a in enumerate(person.absences) if i not in drop)
        if len(drop) == 1:
            description = self.tr("Delete trip {range}").format(
                range=trip_range(person.absences[next(iter(drop))])
            )
        else:
            description = self.tr("Delete %n trips", "", len(drop))
        problems = self._commit(replace(person, absences=kept), description)
        if problems:
            self.edit_refused.emit(problems_text(problems))
            return False
        return True


def _qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day is not None else QDate()
