"""The optional procedure dates on Dates & permits: the police check of the address, the
card application (photo and fingerprints at the commune) and collecting the card. The
Journey view shows them as steps; nothing is late when they are left empty."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from permit_tracker.domain.model import Person, Procedure
from permit_tracker.domain.validation import Problem
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.date_field import DateField
from permit_tracker.ui.widgets.messages import show_message


class ProcedureSection(QGroupBox):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Steps after registering (optional)"), parent)
        self._controller = controller
        self._person: Person | None = None
        form = QFormLayout(self)
        # A label too long for the row (French, German) puts its field on the next line
        # instead of widening the page past an 800-pixel window.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        hint = QLabel(
            self.tr(
                "After you register, the police visit to check your address; then the commune "
                "takes your photo and fingerprints for the card, and a letter with its PIN "
                "says when to collect it."
            ),
            self,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        today = controller.today
        self.fields: dict[str, DateField] = {
            "police_check": DateField(self, label=self.tr("Police address check on"), today=today),
            "card_application": DateField(
                self, label=self.tr("Card applied for (photo and fingerprints) on"), today=today
            ),
            "card_collected": DateField(self, label=self.tr("Card collected on"), today=today),
        }
        form.addRow(self.tr("Police address c&heck:"), self.fields["police_check"])
        form.addRow(self.tr("Photo and fingerprints ta&ken:"), self.fields["card_application"])
        form.addRow(self.tr("Card colle&cted:"), self.fields["card_collected"])
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        form.addRow(self.message)
        for name, field in self.fields.items():
            field.committed.connect(lambda d, name=name: self._edit(name, d))
        self.set_person(None)

    def set_person(self, person: Person | None) -> None:
        if person is None or self._person is None or person.id != self._person.id:
            for field in self.fields.values():
                field.clear_error()
            self.message.hide()
        self._person = person
        procedure = (person.procedure if person else None) or Procedure()
        for name, field in self.fields.items():
            field.set_date(getattr(procedure, name))

    def _edit(self, name: str, value: object) -> None:
        person = self._person
        if person is None:
            return
        # The field is named at run time: replace() checks it, mypy cannot.
        procedure = replace(person.procedure or Procedure(), **{name: value})  # type: ignore[arg-type]
        new = replace(person, procedure=None if procedure.empty else procedure)
        text = {
            "police_check": self.tr("Change police check date"),
            "card_application": self.tr("Change card application date"),
            "card_collected": self.tr("Change card collection date"),
        }[name]
        self._show_problems(self._controller.update_person(new, text))

    def _show_problems(self, problems: Sequence[Problem]) -> None:
        unplaced = []
        for problem in problems:
            field = self.fields.get(problem.field.removeprefix("procedure."))
            if problem.field.startswith("procedure.") and field is not None:
                field.show_error(problem.message)
            else:
                unplaced.append(str(problem) if problem.field else problem.message)
        show_message(
            self.message,
            self.tr("Not saved: {problems}").format(problems="; ".join(unplaced))
            if unplaced
            else "",
        )
