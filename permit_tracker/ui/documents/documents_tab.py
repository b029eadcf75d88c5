"""Documents: the procedure's checklist, each with its status, issue date and "usable until".

Select a row, then set its status and issue date below; each change saves at once
(undoable). Police clearance and medical certificate must be under 6 months old (the rule
in force) on the day they are submitted: their "usable until" column says until when.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.domain.model import (
    DOCUMENT_KINDS,
    DOCUMENT_STATUSES,
    Document,
    DocumentKind,
    Person,
)
from permit_tracker.domain.validation import Problem
from permit_tracker.ui.documents.documents_model import (
    DocumentsModel,
    Entry,
    checklist,
    kind_name,
    status_name,
)
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.button_row import ButtonRow
from permit_tracker.ui.widgets.date_field import DateField
from permit_tracker.ui.widgets.formatting import date_text, deadline_when_text, unit_text
from permit_tracker.ui.widgets.icons import icon
from permit_tracker.ui.widgets.messages import show_message
from permit_tracker.ui.widgets.table_model import row_table_view


class DocumentsTab(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._person: Person | None = None

        intro = QLabel(
            self.tr(
                "What the commune and the Immigration Office ask for. A police clearance or "
                "medical certificate must still be recent on the day you hand it in."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.model = DocumentsModel(self)
        self.table = row_table_view(self.model, self, self.tr("Document checklist"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DocumentsModel.DOCUMENT, QHeaderView.ResizeMode.Stretch)
        for col in (DocumentsModel.STATUS, DocumentsModel.ISSUED, DocumentsModel.USABLE_UNTIL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        buttons = ButtonRow()
        self.add_other = QPushButton(icon("add"), self.tr("Add &other document"), self)
        self.add_again = QPushButton(icon("documents"), self.tr("Add a &newer copy"), self)
        self.add_again.setToolTip(
            self.tr("Record a newly issued copy of the selected document, keeping the old one")
        )
        self.remove = QPushButton(icon("remove"), self.tr("&Forget this record"), self)
        # Kinds the person's reason does not list (health insurance, an enrolment
        # certificate for a worker who studied...): added to the checklist on request.
        self.add_kind = QPushButton(icon("add"), self.tr("Add to the &checklist"), self)
        self.add_kind_menu = QMenu(self.add_kind)
        self.add_kind.setMenu(self.add_kind_menu)
        self.add_kind_menu.aboutToShow.connect(self._fill_kind_menu)
        buttons.add(self.add_other, self.add_kind)

        self.editor = QGroupBox(self.tr("Selected document"), self)
        self.editor.setMaximumWidth(640)
        form = QFormLayout(self.editor)
        # A label too long for the row (French, German) puts its field on the next line
        # instead of widening the page past an 800-pixel window.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.status = QComboBox(self.editor)
        for status in DOCUMENT_STATUSES:
            self.status.addItem(status_name(status), status)
        self.status.setAccessibleName(self.tr("Document status"))
        self.issued = DateField(self.editor, label=self.tr("Issued on"), today=controller.today)
        self.usable = QLabel(self.editor)
        self.usable.setWordWrap(True)
        self.usable.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Issued on:"), self.issued)
        form.addRow(self.tr("Usable until:"), self.usable)
        # What acts on the selected document sits with it (and keeps the row under the
        # table narrow enough for an 800-pixel window).
        record_buttons = ButtonRow()
        record_buttons.add(self.add_again)
        record_buttons.add_trailing(self.remove)
        form.addRow(record_buttons)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.editor)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_entry())
        self.status.activated.connect(lambda _: self._set(status=self.status.currentData()))
        self.issued.committed.connect(lambda d: self._set(issued=d))
        self.add_other.clicked.connect(lambda: self._append(Document("other", "missing", None)))
        self.add_again.clicked.connect(self._add_copy)
        self.remove.clicked.connect(self._forget)
        controller.changed.connect(self.refresh)
        self.set_person(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.model.set_compact(self.width() < 760)

    # -- showing --------------------------------------------------------------------------
    def set_person(self, person: Person | None) -> None:
        if person is None or self._person is None or person.id != self._person.id:
            self.issued.clear_error()
            self.message.hide()
            self.table.clearSelection()
        self._person = person
        self._show()

    def refresh(self) -> None:
        if self._person is not None:
            self._person = self._controller.find_person(self._person.id)
        self._show()

    def _show(self, select: int | None = None) -> None:
        person = self._person
        self.setEnabled(person is not None)
        row = self.table.currentIndex().row() if select is None else select
        entries = checklist(person, self._controller.deadlines(person)) if person else []
        self.model.set_entries(entries, self.palette())
        if entries:
            row = min(max(row, 0), len(entries) - 1)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.add_kind.setEnabled(bool(entries) and bool(self.missing_kinds()))
        self._show_entry()

    def _entry(self) -> Entry | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _show_entry(self) -> None:
        entry = self._entry()
        self.editor.setEnabled(entry is not None)
        self.remove.setEnabled(entry is not None and entry.index is not None)
        self.add_again.setEnabled(entry is not None and entry.index is not None)
        if entry is None:
            self.editor.setTitle(self.tr("Selected document"))
            self.issued.set_date(None)
            self.usable.clear()
            return
        self.editor.setTitle(kind_name(entry.kind))
        self.status.setCurrentIndex(max(0, self.status.findData(entry.status)))
        self.issued.set_date(entry.document.issued if entry.document else None)
        usable = entry.usable_until
        if usable is not None and usable.date is not None:
            self.usable.setText(
                self.tr("{day} ({when}) — {age} after it was issued").format(
                    day=date_text(usable.date),
                    when=deadline_when_text(usable),
                    age=self._age_rule(),
                )
            )
        elif entry.kind in ("police_clearance", "medical_certificate"):
            self.usable.setText(
                self.tr("Enter the issue date: it may be submitted for {age}.").format(
                    age=self._age_rule()
                )
            )
        elif entry.valid_until is not None:
            self.usable.setText(
                self.tr("Valid until {day} (as entered on Dates & permits)").format(
                    day=date_text(entry.valid_until)
                )
            )
        else:
            self.usable.setText(self.tr("No age limit"))

    def _age_rule(self) -> str:
        rule = self._controller.ruleset()["document_max_age_months"]
        return f"{rule.value} {unit_text(rule.unit, rule.value)}"

    # -- editing --------------------------------------------------------------------------
    def _set(self, **changes: object) -> None:
        entry, person = self._entry(), self._person
        if entry is None or person is None:
            return
        documents = list(person.documents)
        if entry.index is None:
            # The field is named at run time: replace() checks it, mypy cannot.
            documents.append(replace(Document(entry.kind, "missing", None), **changes))  # type: ignore[arg-type]
        else:
            # The field is named at run time: replace() checks it, mypy cannot.
            documents[entry.index] = replace(documents[entry.index], **changes)  # type: ignore[arg-type]
        # The name whole in brackets: lower-casing it for a sentence is wrong in German.
        text = self.tr("Change document ({document})").format(document=kind_name(entry.kind))
        self._save(replace(person, documents=tuple(documents)), text)

    def _append(self, document: Document) -> None:
        person = self._person
        if person is None:
            return
        text = self.tr("Add document ({document})").format(document=kind_name(document.kind))
        if self._save(replace(person, documents=(*person.documents, document)), text):
            self._select_index(len(person.documents))

    def missing_kinds(self) -> list[DocumentKind]:
        """Kinds the checklist does not show now, in procedure order."""
        shown = {self.model.entry(r).kind for r in range(self.model.rowCount())}
        return [k for k in DOCUMENT_KINDS if k != "other" and k not in shown]

    def _fill_kind_menu(self) -> None:
        self.add_kind_menu.clear()
        for kind in self.missing_kinds():
            action = self.add_kind_menu.addAction(kind_name(kind))
            action.triggered.connect(
                lambda _checked=False, k=kind: self._append(Document(k, "missing", None))
            )

    def _add_copy(self) -> None:
        entry = self._entry()
        if entry is not None and entry.index is not None:
            kind: DocumentKind = entry.kind
            self._append(Document(kind, "requested", None))

    def _forget(self) -> None:
        entry, person = self._entry(), self._person
        if entry is None or entry.index is None or person is None:
            return
        documents = person.documents[: entry.index] + person.documents[entry.index + 1 :]
        text = self.tr("Forget document ({document})").format(document=kind_name(entry.kind))
        self._save(replace(person, documents=documents), text)

    def _select_index(self, document_index: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.entry(row).index == document_index:
                self.table.selectRow(row)
                self.status.setFocus()
                return

    def _save(self, new: Person, description: str) -> bool:
        problems = self._controller.update_person(new, description)
        self._show_problems(problems)
        return not problems

    def _show_problems(self, problems: list[Problem]) -> None:
        entry = self._entry()
        mine = f"documents[{entry.index}].issued" if entry and entry.index is not None else None
        rest = []
        for problem in problems:
            if problem.field == mine or (
                entry and entry.index is None and ".issued" in problem.field
            ):
                self.issued.show_error(problem.message)
            else:
                rest.append(str(problem))
        text = self.tr("Not saved: {problems}").format(problems="; ".join(rest)) if rest else ""
        show_message(self.message, text)
