"""Dates & permits: citizenship and reason of stay, arrival, registration, visa, passport,
residence cards, and (each in its own module) moves, waiting documents, applications and the
optional procedure dates.

Every field saves when editing finishes (Enter, Tab, or a date picked) through
`controller.update_person`: validated, one transaction, undoable. A refused value stays in
its field with the reason under it, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.domain.model import CARD_TYPES, Card, Passport, Person, Visa
from permit_tracker.domain.validation import Problem
from permit_tracker.i18n.vocabulary import card_type_name
from permit_tracker.ui.dates.applications_section import ApplicationsSection
from permit_tracker.ui.dates.cards_model import CardsModel
from permit_tracker.ui.dates.moves_section import MovesSection
from permit_tracker.ui.dates.procedure_section import ProcedureSection
from permit_tracker.ui.dates.provisional_section import ProvisionalSection
from permit_tracker.ui.dates.record_section import fit_table_to_rows
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.button_row import ButtonRow
from permit_tracker.ui.widgets.date_field import DateField
from permit_tracker.ui.widgets.icons import icon
from permit_tracker.ui.widgets.messages import show_message
from permit_tracker.ui.widgets.status_style import mute
from permit_tracker.ui.widgets.table_model import row_table_view
from permit_tracker.ui.widgets.vocabulary import (
    CITIZENSHIP_CODES,
    REASON_CODES,
    CodeCombo,
    as_citizenship,
    as_reason,
    citizenship_name,
    reason_name,
    relabel_reasons,
)

Change = Callable[[Person], Person]


__all__ = ["DatesTab", "hint", "reason_name"]


def _visa(person: Person, **changes: object) -> Visa | None:
    # The field is named at run time: replace() checks it, mypy cannot.
    visa = replace(person.visa or Visa(), **changes)  # type: ignore[arg-type]
    return None if visa == Visa() else visa


def _with_card(person: Person, index: int, **changes: object) -> Person:
    cards = list(person.cards)
    # The field is named at run time: replace() checks it, mypy cannot.
    cards[index] = replace(cards[index], **changes)  # type: ignore[arg-type]
    return replace(person, cards=tuple(cards))


def hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    mute(label)
    return label


class DatesTab(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._person: Person | None = None

        content = QWidget(self)
        content.setMaximumWidth(880)
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(12)
        self.message = QLabel(content)
        self.message.setWordWrap(True)
        self.message.hide()
        column.addWidget(self.message)

        # Who, why, arrival and registration
        arrival_box = QGroupBox(self.tr("Your stay: citizenship, reason, arrival"), content)
        form = QFormLayout(arrival_box)
        # A label too long for the row (French, German) puts its field on the next line
        # instead of widening the page past an 800-pixel window.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.citizenship = CodeCombo(
            CITIZENSHIP_CODES, citizenship_name, self.tr("Citizenship"), arrival_box
        )
        self.reason = CodeCombo(
            REASON_CODES, reason_name, self.tr("Reason for the stay"), arrival_box
        )
        self.arrival = DateField(
            arrival_box, label=self.tr("Arrival in Belgium"), today=controller.today
        )
        self.registered = DateField(
            arrival_box, label=self.tr("Registered at the commune"), today=controller.today
        )
        form.addRow(self.tr("C&itizenship:"), self.citizenship)
        form.addRow(self.tr("&Reason for the stay:"), self.reason)
        form.addRow(self.tr("&Arrival in Belgium:"), self.arrival)
        form.addRow(self.tr("Re&gistered at the commune:"), self.registered)
        self.registered_hint = hint("", arrival_box)
        form.addRow("", self.registered_hint)
        column.addWidget(arrival_box)

        # Visa: EU, EEA and Swiss citizens need none, so the box hides for them (unless
        # one is recorded, which stays editable).
        self.visa_box = visa_box = QGroupBox(self.tr("Long-stay visa"), content)
        form = QFormLayout(visa_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.visa_type = QLineEdit(visa_box)
        self.visa_type.setPlaceholderText(self.tr("D (long stay)"))
        self.visa_type.setMaxLength(12)
        self.visa_type.setAccessibleName(self.tr("Visa type"))
        self.visa_from = DateField(
            visa_box, label=self.tr("Visa valid from"), today=controller.today
        )
        self.visa_until = DateField(
            visa_box, label=self.tr("Visa valid until"), today=controller.today
        )
        form.addRow(self.tr("Visa &type:"), self.visa_type)
        form.addRow(self.tr("Valid &from:"), self.visa_from)
        form.addRow(self.tr("Valid &until:"), self.visa_until)
        column.addWidget(visa_box)

        # Passport
        passport_box = QGroupBox(self.tr("Passport"), content)
        form = QFormLayout(passport_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.passport = DateField(
            passport_box, label=self.tr("Passport expires"), today=controller.today
        )
        form.addRow(self.tr("&Passport expires:"), self.passport)
        column.addWidget(passport_box)

        column.addWidget(self._build_cards(content))
        self.moves = MovesSection(controller, content)
        self.provisional = ProvisionalSection(controller, content)
        self.applications = ApplicationsSection(controller, content)
        self.procedure = ProcedureSection(controller, content)
        self.sections = (self.provisional, self.procedure, self.moves, self.applications)
        for section in self.sections:
            column.addWidget(section)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._fields: dict[str, DateField] = {
            "arrival": self.arrival,
            "registered": self.registered,
            "visa.valid_from": self.visa_from,
            "visa.valid_until": self.visa_until,
            "passport.expires": self.passport,
        }
        self._connect()
        controller.changed.connect(self.refresh)
        self.set_person(None)

    def _build_cards(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Residence cards"), parent)
        layout = QVBoxLayout(box)
        self.cards_model = CardsModel(self)
        self.cards = row_table_view(self.cards_model, box, self.tr("Residence cards"))
        header = self.cards.horizontalHeader()
        for col in (CardsModel.TYPE, CardsModel.FROM, CardsModel.UNTIL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CardsModel.STATE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.cards)

        buttons = ButtonRow()
        self.add_card = QPushButton(icon("add"), self.tr("Add &card"), box)
        self.renew_card = QPushButton(icon("card"), self.tr("Add &renewed card"), box)
        self.renew_card.setToolTip(
            self.tr("A new card of the same type starting the day after the latest one ends")
        )
        self.remove_card = QPushButton(icon("remove"), self.tr("Remove card"), box)
        buttons.add(self.add_card, self.renew_card)
        buttons.add_trailing(self.remove_card)
        layout.addLayout(buttons)

        self.card_editor = QGroupBox(self.tr("Selected card"), box)
        form = QFormLayout(self.card_editor)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.card_type = CodeCombo(
            (None, *CARD_TYPES),
            lambda t: card_type_name(t) if t else self.tr("Not set"),
            self.tr("Card type"),
            self.card_editor,
        )
        self.card_from = DateField(
            self.card_editor, label=self.tr("Card valid from"), today=self._controller.today
        )
        self.card_until = DateField(
            self.card_editor, label=self.tr("Card valid until"), today=self._controller.today
        )
        # None: the person's reason, named in the first item (updated with the person).
        self.card_reason = CodeCombo(
            REASON_CODES, reason_name, self.tr("Reason the card was given for"), self.card_editor
        )
        self.card_renewal = DateField(
            self.card_editor,
            label=self.tr("Renewal requested on"),
            today=self._controller.today,
        )
        form.addRow(self.tr("Card t&ype:"), self.card_type)
        form.addRow(self.tr("Card &held for:"), self.card_reason)
        form.addRow(self.tr("Card valid fr&om:"), self.card_from)
        form.addRow(self.tr("Card valid u&ntil:"), self.card_until)
        form.addRow(self.tr("Rene&wal requested on:"), self.card_renewal)
        form.addRow(
            "",
            hint(
                self.tr(
                    "The day you (or your employer) asked for the renewal: its reminders stop."
                ),
                self.card_editor,
            ),
        )
        layout.addWidget(self.card_editor)
        return box

    def _connect(self) -> None:
        self.citizenship.activated.connect(
            lambda _: self._edit(
                lambda p: replace(p, citizenship=as_citizenship(self.citizenship.code())),
                self.tr("Change citizenship"),
            )
        )
        self.reason.activated.connect(
            lambda _: self._edit(
                lambda p: replace(p, reason=as_reason(self.reason.code())),
                self.tr("Change reason for the stay"),
            )
        )
        self.arrival.committed.connect(
            lambda d: self._edit(lambda p: replace(p, arrival=d), self.tr("Change arrival date"))
        )
        self.registered.committed.connect(
            lambda d: self._edit(
                lambda p: replace(p, registered=d), self.tr("Change registration date")
            )
        )
        self.visa_type.editingFinished.connect(self._visa_type_finished)
        self.visa_from.committed.connect(
            lambda d: self._edit(
                lambda p: replace(p, visa=_visa(p, valid_from=d)), self.tr("Change visa start")
            )
        )
        self.visa_until.committed.connect(
            lambda d: self._edit(
                lambda p: replace(p, visa=_visa(p, valid_until=d)), self.tr("Change visa end")
            )
        )
        self.passport.committed.connect(
            lambda d: self._edit(
                lambda p: replace(p, passport=None if d is None else Passport(d)),
                self.tr("Change passport expiry"),
            )
        )
        self.add_card.clicked.connect(lambda: self._add_card(Card(), self.card_type))
        self.renew_card.clicked.connect(self._add_renewed_card)
        self.remove_card.clicked.connect(self._remove_card)
        self.card_type.activated.connect(
            lambda _: self._edit_card(type=self.card_type.currentData())
        )
        self.card_from.committed.connect(lambda d: self._edit_card(valid_from=d))
        self.card_until.committed.connect(lambda d: self._edit_card(valid_until=d))
        self.card_reason.activated.connect(
            lambda _: self._edit_card(reason=self.card_reason.code())
        )
        self.card_renewal.committed.connect(lambda d: self._edit_card(renewal_requested=d))
        self.cards.selectionModel().currentRowChanged.connect(lambda *_: self._show_card())

    # -- showing --------------------------------------------------------------------------
    def set_person(self, person: Person | None) -> None:
        if person is None or self._person is None or person.id != self._person.id:
            for field in (
                *self._fields.values(),
                self.card_from,
                self.card_until,
                self.card_renewal,
            ):
                field.clear_error()
            self.message.hide()
            self.cards.setCurrentIndex(QModelIndex())  # then the latest card is selected
        self._person = person
        for section in self.sections:
            section.set_person(person)
        self._show()

    def refresh(self) -> None:
        if self._person is not None:
            self._person = self._controller.find_person(self._person.id)
        for section in self.sections:
            section.set_person(self._person)
        self._show()

    def _show(self) -> None:
        person = self._person
        self.setEnabled(person is not None)
        if person is None:
            for field in self._fields.values():
                field.set_date(None)
            self.cards_model.set_cards([], [], self._controller.today(), self.palette())
            self._show_card()
            return
        self.citizenship.set_code(person.citizenship or "non_eu")
        self.reason.set_code(person.reason)
        self.visa_box.setVisible(not person.is_eu or person.visa is not None)
        relabel_reasons(self.reason, eu=person.is_eu)
        relabel_reasons(self.card_reason, eu=person.is_eu)
        self.registered_hint.setText(
            self.tr("Leave empty until you have registered; the day you received the annex 19.")
            if person.is_eu
            else self.tr(
                "Leave empty until you have registered; the day you received the annex 15 "
                "(the annex 19ter for family of an EU citizen)."
            )
        )
        self.arrival.set_date(person.arrival)
        self.registered.set_date(person.registered)
        visa = person.visa or Visa()
        self.visa_type.setText(visa.type or "")
        self.visa_from.set_date(visa.valid_from)
        self.visa_until.set_date(visa.valid_until)
        self.passport.set_date(person.passport.expires if person.passport else None)
        row = self.cards.currentIndex().row()
        self.cards_model.set_cards(
            person.cards,
            self._controller.deadlines(person),
            self._controller.today(),
            self.palette(),
        )
        if 0 <= row < len(person.cards):
            self.cards.selectRow(row)
        elif person.cards:
            self.cards.selectRow(len(person.cards) - 1)
        fit_table_to_rows(self.cards, len(person.cards))
        self.renew_card.setEnabled(any(c.valid_until for c in person.cards))
        self._show_card()

    def _card_index(self) -> int | None:
        row = self.cards.currentIndex().row()
        if self._person is None or not 0 <= row < len(self._person.cards):
            return None
        return row

    def _show_card(self) -> None:
        index = self._card_index()
        self.card_editor.setEnabled(index is not None)
        self.remove_card.setEnabled(index is not None)
        if index is None or self._person is None:
            self.card_type.setCurrentIndex(0)
            self.card_reason.set_code(None)
            self.card_from.set_date(None)
            self.card_until.set_date(None)
            self.card_renewal.set_date(None)
            self.card_editor.setTitle(self.tr("Selected card"))
            return
        card = self._person.cards[index]
        self.card_editor.setTitle(
            self.tr("Card {number} of {count}").format(
                number=index + 1, count=len(self._person.cards)
            )
        )
        self.card_type.setCurrentIndex(max(0, self.card_type.findData(card.type)))
        self.card_reason.setItemText(
            0,
            self.tr("Same as the person ({reason})").format(
                reason=reason_name(self._person.reason, eu=self._person.is_eu)
            ),
        )
        self.card_reason.set_code(card.reason)
        self.card_from.set_date(card.valid_from)
        self.card_until.set_date(card.valid_until)
        self.card_renewal.set_date(card.renewal_requested)

    # -- editing --------------------------------------------------------------------------
    def _edit(self, change: Change, description: str) -> bool:
        person = self._person
        if person is None:
            return False
        problems = self._controller.update_person(change(person), description)
        self._show_problems(problems)
        return not problems

    def _visa_type_finished(self) -> None:
        text = self.visa_type.text().strip().upper() or None
        person = self._person
        if person is None or text == (person.visa.type if person.visa else None):
            return
        self._edit(lambda p: replace(p, visa=_visa(p, type=text)), self.tr("Change visa type"))

    def _edit_card(self, **changes: object) -> None:
        index = self._card_index()
        if index is None:
            return
        self._edit(lambda p: _with_card(p, index, **changes), self.tr("Change card"))

    def _add_card(self, card: Card, focus: QWidget) -> None:
        if self._edit(lambda p: replace(p, cards=(*p.cards, card)), self.tr("Add card")):
            assert self._person is not None
            self.cards.selectRow(len(self._person.cards) - 1)
            focus.setFocus()

    def _add_renewed_card(self) -> None:
        person = self._person
        if person is None:
            return
        dated = [c for c in person.cards if c.valid_until is not None]
        if not dated:
            return
        latest = max(dated, key=lambda c: c.valid_until or date.min)
        assert latest.valid_until is not None
        renewed = Card(latest.type, latest.valid_until + timedelta(days=1), None, latest.reason)
        self._add_card(renewed, self.card_until)

    def _remove_card(self) -> None:
        index = self._card_index()
        if index is None:
            return
        self._edit(
            lambda p: replace(p, cards=p.cards[:index] + p.cards[index + 1 :]),
            self.tr("Remove card"),
        )

    def _show_problems(self, problems: Sequence[Problem]) -> None:
        """Each problem under its field; the rest (other cards, trips) at the top."""
        fields = dict(self._fields)
        index = self._card_index()
        if index is not None:
            fields[f"cards[{index}].valid_from"] = self.card_from
            fields[f"cards[{index}].valid_until"] = self.card_until
            fields[f"cards[{index}].renewal_requested"] = self.card_renewal
        unplaced: list[str] = []
        for problem in problems:
            field = fields.get(problem.field)
            if field is not None:
                field.show_error(problem.message)
            else:
                unplaced.append(str(problem) if problem.field else problem.message)
        text = (
            self.tr("Not saved: {problems}").format(problems="; ".join(unplaced))
            if unplaced
            else ""
        )
        show_message(self.message, text)
