"""One list of a person's records on Dates & permits (moves, waiting documents,
applications): a table, Add and Remove, and a form for the selected record.

Every change (a date typed, a kind chosen, a record added or removed) is one call of
`controller.update_person`: validated, saved in one transaction, undoable. A refused value
stays in its field with the reason under it, and nothing is saved. The table shows what the
engine says about each record (its deadline of `kind`, matched by subject).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.deadlines import subjects_by_first_date
from permit_tracker.domain.model import Person
from permit_tracker.domain.validation import Problem
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.button_row import ButtonRow
from permit_tracker.ui.widgets.date_field import DateField
from permit_tracker.ui.widgets.icons import icon
from permit_tracker.ui.widgets.messages import show_message
from permit_tracker.ui.widgets.status_style import row_background, status_icon
from permit_tracker.ui.widgets.table_model import RowsTableModel, row_table_view
from permit_tracker.ui.widgets.vocabulary import CodeCombo, Namer

AnyIndex = QModelIndex | QPersistentModelIndex
State = tuple[str, Status | None]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of the record's form: a date, or a code chosen by name."""

    name: str  # the dataclass field
    label: str  # the form label, with its mnemonic
    accessible: str  # the field's accessible name
    codes: Sequence[str | None] = ()  # a combo box of these when given, else a date
    namer: Namer | None = None


@dataclass(frozen=True, slots=True)
class SectionSpec:
    title: str
    attribute: str  # the Person field: "moves", "provisional", "applications"
    subject_prefix: str  # "move" → subjects "move-1", "move-2"...
    kind: Kind  # the deadline the table's state column shows
    # Whole sentences, not a noun slotted into "Add {}": other languages inflect the noun.
    add_text: str  # the button, with its mnemonic: "Add &move"
    remove_text: str  # the button: "Remove move"
    added: str  # undo texts: "Add move"
    changed: str  # "Change move"
    removed: str  # "Remove move"
    numbered: str  # the form's title: "Move {number} of {count}"
    hint: str
    fields: tuple[FieldSpec, ...]
    columns: tuple[str, ...]  # headers; the last column is the state
    cell: Callable[[Any, int], str]  # the text of the record in a column (not the state)
    state: Callable[[Any, Deadline | None, date], State]
    new_record: Callable[[Person], Any]
    first_date: Callable[[Any], date | None]  # numbers the subjects, as the engine does


def fit_table_to_rows(table: QTableView, count: int, most: int = 5) -> None:
    """As tall as its rows (one empty row at least, `most` at most, then it scrolls): a
    short list leaves no empty box on a long page."""
    rows = min(max(count, 1), most)
    height = (
        table.horizontalHeader().sizeHint().height()
        + rows * table.verticalHeader().defaultSectionSize()
        + 2 * table.frameWidth()
    )
    table.setFixedHeight(height)


class RecordsModel(RowsTableModel[Any]):
    """The records in stored order, with the state the engine gives each."""

    def __init__(self, spec: SectionSpec, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._spec = spec
        self._states: list[State] = []
        self._palette = QGuiApplication.palette()

    def set_records(
        self,
        records: Sequence[Any],
        deadlines: Sequence[Deadline],
        today: date,
        palette: QPalette | None = None,
    ) -> None:
        by_subject = {d.subject: d for d in deadlines if d.kind is self._spec.kind}
        subjects = subjects_by_first_date(self._spec.subject_prefix, records, self._spec.first_date)
        self._states = [
            self._spec.state(record, by_subject.get(subject), today)
            for record, subject in zip(records, subjects, strict=True)
        ]
        if palette is not None:
            self._palette = QPalette(palette)
        self.reset_rows(records)

    def headers(self) -> tuple[str, ...]:
        return self._spec.columns

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        record = self.value_at(index)
        if record is None:
            return None
        state, status = self._states[index.row()]
        last = index.column() == len(self._spec.columns) - 1
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return state if last else self._spec.cell(record, index.column())
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole) and last:
            return self._state_cell(role, state, status)
        if role == Qt.ItemDataRole.BackgroundRole and status in (Status.OVERDUE, Status.DUE_SOON):
            return row_background(status, self._palette)
        return None

    @staticmethod
    def _state_cell(role: int, state: str, status: Status | None) -> object:
        """The state column: its whole text as the tooltip (the column may cut it), and the
        status icon."""
        if role == Qt.ItemDataRole.ToolTipRole:
            return state or None
        return status_icon(status) if status is not None else None


class RecordSection(QGroupBox):
    """Subclasses say what they list in `spec()` (its texts translated in their own
    context, so each sentence is whole in every language)."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        spec = self.spec()
        self.setTitle(spec.title)
        self._controller = controller
        self._spec = spec
        self._person: Person | None = None

        layout = QVBoxLayout(self)
        hint = QLabel(spec.hint, self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = RecordsModel(spec, self)
        self.table = row_table_view(self.model, self, spec.title)
        header = self.table.horizontalHeader()
        for col in range(len(spec.columns) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(spec.columns) - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)

        buttons = ButtonRow()
        self.add_button = QPushButton(icon("add"), spec.add_text, self)
        self.remove_button = QPushButton(icon("remove"), spec.remove_text, self)
        buttons.add(self.add_button)
        buttons.add_trailing(self.remove_button)
        layout.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        self.editor = QGroupBox(self)
        form = QFormLayout(self.editor)
        # A label too long for the row (French, German) puts its field on the next line
        # instead of widening the page past an 800-pixel window.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, DateField | CodeCombo] = {}
        for field in spec.fields:
            widget: DateField | CodeCombo
            if field.codes:
                assert field.namer is not None
                widget = CodeCombo(field.codes, field.namer, field.accessible, self.editor)
                widget.activated.connect(
                    lambda _i, name=field.name, w=widget: self._edit(**{name: w.code()})
                )
            else:
                widget = DateField(self.editor, label=field.accessible, today=controller.today)
                widget.committed.connect(lambda d, name=field.name: self._edit(**{name: d}))
            form.addRow(field.label, widget)
            self.fields[field.name] = widget
        layout.addWidget(self.editor)

        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_record())
        self.set_person(None)

    def spec(self) -> SectionSpec:
        raise NotImplementedError

    # -- showing --------------------------------------------------------------------------
    def records(self) -> tuple[Any, ...]:
        return getattr(self._person, self._spec.attribute) if self._person else ()

    def set_person(self, person: Person | None) -> None:
        if person is None or self._person is None or person.id != self._person.id:
            self._clear_errors()
            self.message.hide()
            self.table.setCurrentIndex(QModelIndex())
        self._person = person
        self._show()

    def _show(self, select: int | None = None) -> None:
        person = self._person
        row = self.table.currentIndex().row() if select is None else select
        records = self.records()
        deadlines = self._controller.deadlines(person) if person is not None else []
        self.model.set_records(records, deadlines, self._controller.today(), self.palette())
        if records:
            self.table.selectRow(min(max(row, 0), len(records) - 1))
        self._fit_rows(len(records))
        self._show_record()

    def _fit_rows(self, count: int) -> None:
        fit_table_to_rows(self.table, count)

    def current_index(self) -> int | None:
        row = self.table.currentIndex().row()
        return row if 0 <= row < len(self.records()) else None

    def _show_record(self) -> None:
        index = self.current_index()
        self.editor.setVisible(index is not None)  # nothing recorded: no empty form
        self.remove_button.setEnabled(index is not None)
        self.add_button.setEnabled(self._person is not None)
        record = self.records()[index] if index is not None else None
        title = self._spec.numbered.format(number=(index or 0) + 1, count=len(self.records()))
        self.editor.setTitle(title if index is not None else self.tr("Nothing selected"))
        for name, widget in self.fields.items():
            value = getattr(record, name) if record is not None else None
            if isinstance(widget, DateField):
                widget.set_date(value)
            else:
                widget.set_code(value)

    # -- editing --------------------------------------------------------------------------
    def _save(self, change: Callable[[tuple[Any, ...]], tuple[Any, ...]], text: str) -> bool:
        person = self._person
        if person is None:
            return False
        # The field is named at run time: replace() checks it, mypy cannot.
        new = replace(person, **{self._spec.attribute: change(self.records())})  # type: ignore[arg-type]
        problems = self._controller.update_person(new, text)
        self._show_problems(problems)
        return not problems

    def _edit(self, **changes: object) -> None:
        index = self.current_index()
        if index is None:
            return

        def change(records: tuple[Any, ...]) -> tuple[Any, ...]:
            items = list(records)
            items[index] = replace(items[index], **changes)
            return tuple(items)

        self._save(change, self._spec.changed)

    def _add(self) -> None:
        person = self._person
        if person is None:
            return
        record = self._spec.new_record(person)
        if self._save(lambda r: (*r, record), self._spec.added):
            self._show(select=len(self.records()) - 1)
            first = next(iter(self.fields.values()))
            first.setFocus()

    def _remove(self) -> None:
        index = self.current_index()
        if index is None:
            return
        self._save(lambda r: r[:index] + r[index + 1 :], self._spec.removed)

    def _clear_errors(self) -> None:
        for widget in self.fields.values():
            if isinstance(widget, DateField):
                widget.clear_error()

    def _show_problems(self, problems: Sequence[Problem]) -> None:
        """Problems of the selected record under their fields; anything else above the form."""
        index = self.current_index()
        prefix = f"{self._spec.attribute}[{index}]."
        unplaced: list[str] = []
        for problem in problems:
            name = problem.field.removeprefix(prefix) if index is not None else ""
            widget = self.fields.get(name) if problem.field.startswith(prefix) else None
            if isinstance(widget, DateField):
                widget.show_error(problem.message)
            else:
                unplaced.append(str(problem) if problem.field else problem.message)
        text = (
            self.tr("Not saved: {problems}").format(problems="; ".join(unplaced))
            if unplaced
            else ""
        )
        show_message(self.message, text)
        if not problems:
            self._clear_errors()
