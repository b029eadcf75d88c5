"""The Travel tab: trips abroad, past and planned, and what they do to the 5-year count.

Top: the absence days used and left in the window, when the oldest absence rolls out, and
the long-term eligibility date. Middle: the "Add a trip" form (trip_form.TripForm), whose
effect on eligibility shows live while typing. Bottom: the trips, edited in place. Every edit
goes through `controller.update_person`: validated, saved at once, undoable.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.domain.continuity_eligibility import eligibility_date
from permit_tracker.domain.continuity_permanent import permanent_residence_usage
from permit_tracker.domain.continuity_spans import add_eligibility
from permit_tracker.domain.continuity_travel import absence_usage
from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.model import Absence, Person
from permit_tracker.domain.validation import MAX_DATE, MIN_DATE
from permit_tracker.i18n import deadline_text
from permit_tracker.ui.travel.trip_form import TripForm
from permit_tracker.ui.travel.trip_text import (
    describe_effect,
    eligibility_kind,
    to_date,
    trip_problem,
    trip_range,
    without,
)
from permit_tracker.ui.travel.trips_model import TripsModel
from permit_tracker.ui.widgets.date_field import edit_format
from permit_tracker.ui.widgets.formatting import format_date, qdate
from permit_tracker.ui.widgets.messages import show_message
from permit_tracker.ui.widgets.status_style import mute

if TYPE_CHECKING:
    from permit_tracker.ui.shell.controller import Controller

AnyIndex = QModelIndex | QPersistentModelIndex


class DateDelegate(QStyledItemDelegate):
    """Date cells edited with a QDateEdit; reports every change while typing."""

    editing = Signal(int, int, object)  # row, column, date | None

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(edit_format())
        edit.setDateRange(qdate(MIN_DATE), qdate(MAX_DATE))
        name = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        edit.setAccessibleName(str(name))
        row, col = index.row(), index.column()
        edit.dateChanged.connect(lambda d: self.editing.emit(row, col, to_date(d)))
        return edit

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(
            value if isinstance(value, QDate) and value.isValid() else QDate.currentDate()
        )

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


class TravelTab(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._person: Person | None = None
        self.model = TripsModel(self)
        self.model.set_commit(controller.update_person)
        # Everything scrolls as one page when a long trip's lines and ticks do not fit
        # (800×600): the table keeps room for a few trips rather than shrinking to nothing.
        page = QWidget(self)
        self.page = page
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_summary())
        self.form = TripForm(page)
        layout.addWidget(self.form)
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_bottom())
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area)
        self.form.add_requested.connect(self.add_trip)
        self._refusal_shown = False
        self._table_stale = True
        self.model.edit_refused.connect(self._refused)
        controller.changed.connect(self.refresh)
        self.set_person(None)

    # -- layout ------------------------------------------------------------------------
    def _build_summary(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your 5-year window"), self)
        self.summary_box = box
        column = QVBoxLayout(box)
        self.usage_label = QLabel(box)
        self.usage_bar = QProgressBar(box)
        self.usage_bar.setAccessibleName(self.tr("Absence days used"))
        self.usage_bar.setToolTip(
            self.tr("The day you leave and the day you come back both count as days abroad.")
        )
        self.rollout_label = QLabel(box)
        self.eligibility_label = QLabel(box)
        for widget in (
            self.usage_label,
            self.usage_bar,
            self.rollout_label,
            self.eligibility_label,
        ):
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
                widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(widget)
        return box

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        self.table = table
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Trips abroad"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TripsModel.NOTE, QHeaderView.ResizeMode.Stretch)
        self.date_delegate = DateDelegate(table)
        table.setItemDelegateForColumn(TripsModel.LEFT, self.date_delegate)
        table.setItemDelegateForColumn(TripsModel.RETURNED, self.date_delegate)
        table.setItemDelegateForColumn(TripsModel.DECLARED, self.date_delegate)
        table.setItemDelegateForColumn(TripsModel.REPORTED, self.date_delegate)
        self.date_delegate.editing.connect(self._table_draft)
        self.date_delegate.closeEditor.connect(lambda *_: self._clear_table_draft())
        table.installEventFilter(self)  # the Delete key deletes the selected trips
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        return table

    def _build_bottom(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.table_message = QLabel(self)
        self.table_message.setWordWrap(True)
        self.table_message.setAccessibleName(self.tr("Problem with the edited trip"))
        self.table_message.hide()
        column.addWidget(self.table_message)
        row = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("&Delete trip"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected trips (Del); Undo restores"))
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.delete_button)
        self.hint = QLabel(self.tr("Double-click a date or note to change it."), self)
        self.hint.setWordWrap(True)  # a longer translation takes two lines, not more width
        mute(self.hint)
        row.addWidget(self.hint, 1)
        column.addLayout(row)
        return column

    # -- data --------------------------------------------------------------------------
    def set_person(self, person: Person | None) -> None:
        self._person = person
        show_message(self.table_message, "")
        self.refresh()

    def person(self) -> Person | None:
        return self._person

    def refresh(self) -> None:
        person = self._person
        if person is not None:
            try:
                person = self._controller.person(person.id)
            except KeyError:
                person = None
            self._person = person
        today, rules = self._controller.today(), self._controller.ruleset()
        self.form.set_context(person, rules, today)
        self.form.setEnabled(person is not None)
        self.table.setEnabled(person is not None)
        self._update_summary()
        # The table computes each trip's effect on eligibility (a continuity run per trip): a
        # hidden tab fills it when it is next shown, once, not at every change.
        self._table_stale = True
        if person is None or self.isVisible():
            self._fill_table()

    def _fill_table(self) -> None:
        self._table_stale = False
        self.model.set_person(self._person, self._controller.ruleset(), self._controller.today())
        # The tick columns show only when they apply to someone's trips.
        long_trips = self.model.has_long_trips()
        self.table.setColumnHidden(TripsModel.DECLARED, not long_trips)
        self.table.setColumnHidden(TripsModel.REPORTED, not long_trips)
        self.table.setColumnHidden(TripsModel.IMPORTANT, not self.model.important_applies())
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        if self._table_stale:
            self._fill_table()
        super().showEvent(event)

    def _update_summary(self) -> None:
        person = self._person
        rules = self._controller.ruleset()
        limit = rules.value("absence_total_max_days")
        today = self._controller.today()
        if person is None:
            self.summary_box.setTitle(self.tr("Your 5-year window"))
            self.usage_label.setText(self.tr("Select a person to see their trips."))
            self.usage_bar.setRange(0, limit)
            self.usage_bar.setValue(0)
            self.rollout_label.clear()
            self.eligibility_label.clear()
            return
        if eligibility_kind(person, rules, today) is Kind.PERMANENT_RESIDENCE_ELIGIBLE:
            self._permanent_summary(person, today)
        else:
            self._long_term_summary(person, today)

    def _residence_so_far(self, start: date, today: date, years: int) -> str:
        """Before the first five years are over there is no "window up to today" yet:
        say how long residence has lasted and what the window will be."""
        days = max(0, (today - start).days)  # "arrived 11 days ago": 11 days so far
        end = add_eligibility(start, years=years) - timedelta(days=1)
        if today < start:
            return self.tr(
                "Residence starts on <b>{start}</b>; your first {years}-year window will be "
                "{start} – {end}."
            ).format(start=format_date(start, False), end=format_date(end, False), years=years)
        return self.tr(
            "{days} of residence so far (since {start}); your first {years}-year window "
            "will be {start} – {end}."
        ).format(
            days=self._days(days),
            start=format_date(start, False),
            end=format_date(end, False),
            years=years,
        )

    def _days(self, n: int) -> str:
        # The singular apart: English has no translation file to pick "day" for 1.
        return self.tr("1 day") if n == 1 else self.tr("%n days", "", n)

    def _long_term_summary(self, person: Person, today: date) -> None:
        rules = self._controller.ruleset()
        years = rules.value("long_term_years")
        self.summary_box.setTitle(self.tr("Your {years}-year window").format(years=years))
        usage = absence_usage(person, rules, today)
        limit = usage.limit_days
        self.usage_bar.setRange(0, max(limit, usage.used_days))
        self.usage_bar.setValue(usage.used_days)
        self.usage_bar.setFormat(self.tr("%v of %m days"))
        start = usage.period_start
        if start is not None and add_eligibility(start, years=years) > today:
            text = (
                self._residence_so_far(start, today, years)
                + " "
                + self.tr(
                    "<b>{used} absence days used, {left} left</b> (at most {limit} in "
                    "{years} years)."
                ).format(used=usage.used_days, left=usage.left_days, limit=limit, years=years)
            )
        else:
            text = self.tr(
                "<b>{used} absence days used, {left} left</b> in the {years} years up to "
                "today ({start} – {today})."
            ).format(
                used=usage.used_days,
                left=usage.left_days,
                years=years,
                start=format_date(usage.window_start, False),
                today=format_date(today, False),
            )
        self.usage_label.setText(text)
        if usage.next_rollout is not None:
            text = self.tr("Your oldest absence starts rolling out of the window on {day}.").format(
                day=format_date(usage.next_rollout)
            )
        else:
            text = self.tr("No absence counts in the window yet.")
        self.rollout_label.setText(text)
        elig = eligibility_date(person, rules)
        if elig.date is None:
            text = self.tr("Long-term residence: {reason}").format(
                reason=deadline_text.text(elig.why)
            )
        elif elig.date <= today:
            text = self.tr(
                "Long-term residence possible since <b>{day}</b> (counting from {start})."
            ).format(day=format_date(elig.date), start=format_date(elig.period_start, False))
        else:
            text = self.tr(
                "Long-term residence possible from <b>{day}</b> (counting from {start})."
            ).format(day=format_date(elig.date), start=format_date(elig.period_start, False))
        self.eligibility_label.setText(text)
        self.eligibility_label.setToolTip(deadline_text.text(elig.why))

    def _permanent_summary(self, person: Person, today: date) -> None:
        """EU citizens and F-card holders: the engine's permanent-residence row, and the
        absence days of the last 12 months against their limit."""
        rules = self._controller.ruleset()
        years = rules.value("permanent_residence_years")
        self.summary_box.setTitle(self.tr("Your residence and absences"))
        row = next(
            (
                d
                for d in self._controller.deadlines(person)
                if d.kind is Kind.PERMANENT_RESIDENCE_ELIGIBLE
            ),
            None,
        )
        usage = permanent_residence_usage(person, rules, today)
        used, limit = usage.used_days, usage.limit_days
        self.usage_bar.setRange(0, max(limit, used))
        self.usage_bar.setValue(used)
        self.usage_bar.setFormat(self.tr("%v of %m days"))
        year_ago = today - relativedelta(years=1)
        text = self.tr(
            "<b>{used} absence days counted in the last 12 months</b> ({start} – {today}); "
            "at most {limit} in any 12 months."
        ).format(
            used=used,
            limit=limit,
            start=format_date(year_ago + timedelta(days=1), False),
            today=format_date(today, False),
        )
        start = person.residence_start
        if start is not None and add_eligibility(start, years=years) > today:
            text = self._residence_so_far(start, today, years) + " " + text
        self.usage_label.setText(text)
        exempt = usage.exempt_absence
        if exempt is not None and exempt.left is not None and exempt.returned is not None:
            self.rollout_label.setText(
                self.tr(
                    "Your absence {range}, for an important reason, is not counted (one such "
                    "absence under 12 months)."
                ).format(range=trip_range(exempt))
            )
        else:
            self.rollout_label.setText(
                self.tr(
                    "One absence of up to 12 months for an important reason (illness, "
                    "pregnancy, study, a posting) is not counted; tick it on the trip."
                )
            )
        if row is None:
            text = self.tr("Permanent residence: record your arrival or registration")
        elif row.date is None:
            text = self.tr("Permanent residence: {why}").format(why=deadline_text.explanation(row))
        elif row.date <= today:
            text = self.tr("Permanent residence since <b>{day}</b>.").format(
                day=format_date(row.date)
            )
        else:
            text = self.tr("Permanent residence possible from <b>{day}</b>.").format(
                day=format_date(row.date)
            )
        self.eligibility_label.setText(text)
        self.eligibility_label.setToolTip(deadline_text.explanation(row) if row else "")

    # -- editing -----------------------------------------------------------------------
    def add_trip(self, trip: Absence) -> bool:
        person = self._person
        if person is None:
            return False
        description = self.tr("Add trip {range}").format(range=trip_range(trip))
        problems = self._controller.update_person(
            replace(person, absences=(*person.absences, trip)), description
        )
        if problems:
            self.form.show_problem("\n".join(p.message for p in problems))
            return False
        self.form.reset()
        return True

    def _table_draft(self, row: int, column: int, day: date | None) -> None:
        """A date in the table is being typed: check it and show its effect, live."""
        person = self._person
        if person is None or not 0 <= row < self.model.rowCount():
            return
        if column not in (TripsModel.LEFT, TripsModel.RETURNED):
            return  # a commune date: nothing to preview
        index = self.model.absence_index(row)
        old = self.model.trip(row)
        trip = replace(old, left=day) if column == TripsModel.LEFT else replace(old, returned=day)
        self._refusal_shown = False
        problem = trip_problem(person.absences, index, trip)
        if problem is not None:
            show_message(self.table_message, problem, "error")
            return
        effect = describe_effect(without(person, index), trip, self._controller.ruleset())
        if effect is None:
            show_message(self.table_message, "")
            return
        kind = "error" if effect.interrupts else ("warning" if effect.shift_days else "ok")
        show_message(self.table_message, effect.long, kind)

    def _refused(self, text: str) -> None:
        self._refusal_shown = True
        show_message(self.table_message, text, "error")

    def _clear_table_draft(self) -> None:
        # The editor closed: its live message goes, unless it is why the edit was refused.
        if not self._refusal_shown:
            show_message(self.table_message, "")
        self._refusal_shown = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def delete_selected(self) -> bool:
        rows = self.selected_rows()
        if not rows:
            return False
        show_message(self.table_message, "")
        return self.model.remove_rows_of(rows)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.selected_rows()))
