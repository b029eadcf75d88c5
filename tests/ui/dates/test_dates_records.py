"""Dates & permits, the v2 records: citizenship and reason, a reason and a renewal date per
card, and moves, waiting documents, applications and procedure dates added, edited, undone
and removed through the forms; a backwards range is refused next to its field and nothing is
saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from permit_tracker.domain.model import Application, Card, Move, Person, Procedure, Provisional
from permit_tracker.storage.store import Store
from permit_tracker.ui.dates.dates_tab import DatesTab
from permit_tracker.ui.dates.record_section import RecordSection
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.date_field import DateField
from permit_tracker.ui.widgets.vocabulary import CodeCombo, reason_name

pytestmark = pytest.mark.usefixtures("en_gb")


def type_date(qtbot, field: DateField, text: str) -> None:
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


@pytest.fixture
def ana(controller: Controller) -> Person:
    person = Person(name="Ana Silva", arrival=date(2025, 3, 3), registered=date(2025, 3, 7))
    assert controller.add_person(person) == []
    return person


@pytest.fixture
def tab(qtbot, controller: Controller, ana: Person) -> DatesTab:
    widget = DatesTab(controller)
    qtbot.addWidget(widget)
    widget.set_person(controller.person(ana.id))
    return widget


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def date_field(section: RecordSection, name: str) -> DateField:
    field = section.fields[name]
    assert isinstance(field, DateField)
    return field


def combo(section: RecordSection, name: str) -> CodeCombo:
    field = section.fields[name]
    assert isinstance(field, CodeCombo)
    return field


def test_citizenship_and_reason_save_and_undo(
    tab: DatesTab, controller: Controller, store: Store, ana: Person
) -> None:
    labels = [tab.reason.itemText(i) for i in range(tab.reason.count())]
    assert labels == [
        "Not set", "Single permit (work)", "EU Blue Card", "Researcher", "Student",
        "Search year after studies", "Family reunification", "Au pair", "Seasonal worker",
        "Other",
    ]  # fmt: skip
    tab.reason.choose("blue_card")
    assert store.person(ana.id).reason == "blue_card"
    assert tab.visa_box.isVisibleTo(tab)
    tab.citizenship.choose("eu")
    assert store.person(ana.id).citizenship == "eu"
    assert not tab.visa_box.isVisibleTo(tab)  # an EU citizen needs no visa
    assert "annex 19" in tab.registered_hint.text()
    controller.undo()
    assert store.person(ana.id).citizenship is None  # not recorded, read as non-EU
    assert tab.citizenship.code() == "non_eu"
    assert tab.visa_box.isVisibleTo(tab)
    controller.undo()
    assert store.person(ana.id).reason is None
    assert tab.reason.currentText() == "Not set"


def test_a_card_has_a_reason_type_m_and_a_renewal_date(
    qtbot, tab: DatesTab, controller: Controller, store: Store, ana: Person
) -> None:
    tab.reason.choose("study")
    click(qtbot, tab.add_card)
    assert tab.card_reason.currentText() == f"Same as the person ({reason_name('study')})"
    tab.card_type.choose("M")
    tab.card_reason.choose("work")
    type_date(qtbot, tab.card_from, "2024-03-10")
    type_date(qtbot, tab.card_until, "2025-03-30")
    type_date(qtbot, tab.card_renewal, "2025-02-20")
    assert store.person(ana.id).cards == (
        Card("M", date(2024, 3, 10), date(2025, 3, 30), "work", date(2025, 2, 20)),
    )
    state = tab.cards_model.index(0, tab.cards_model.STATE).data()
    assert state == "Renewal requested on Thu, 20 Feb 2025"
    assert "held for: Single permit (work)" in tab.cards_model.index(0, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    controller.undo()
    assert store.person(ana.id).cards[0].renewal_requested is None
    assert tab.card_renewal.edit.text() == ""
    type_date(qtbot, tab.card_renewal, "20/02/20025")
    assert tab.card_renewal.error_text() == "year 20025 is not between 1900 and 2200"
    assert store.person(ana.id).cards[0].renewal_requested is None


def test_add_edit_undo_and_remove_a_move(
    qtbot, tab: DatesTab, controller: Controller, store: Store, ana: Person
) -> None:
    section = tab.moves
    assert not section.editor.isVisibleTo(tab)
    click(qtbot, section.add_button)
    assert store.person(ana.id).moves == (Move(),)
    assert section.editor.isVisibleTo(tab) and section.editor.title() == "Move 1 of 1"
    type_date(qtbot, date_field(section, "date"), "2025-06-02")
    type_date(qtbot, date_field(section, "declared"), "2025-06-05")
    assert store.person(ana.id).moves == (Move(date(2025, 6, 2), date(2025, 6, 5)),)
    assert section.model.index(0, 0).data() == "Mon, 2 Jun 2025"
    assert section.model.index(0, 2).data() == "Declared on Thu, 5 Jun 2025"
    assert controller.undo_stack.undoText() == "Change move"

    controller.undo()
    assert store.person(ana.id).moves == (Move(date(2025, 6, 2)),)
    assert date_field(section, "declared").edit.text() == ""
    controller.redo()
    assert date_field(section, "declared").edit.text() == "05/06/2025"

    click(qtbot, section.remove_button)
    assert store.person(ana.id).moves == ()
    assert section.model.rowCount() == 0 and not section.editor.isVisibleTo(tab)
    controller.undo()
    assert len(store.person(ana.id).moves) == 1
    assert section.model.rowCount() == 1


def test_a_move_declared_before_it_happened_is_refused_next_to_the_field(
    qtbot, tab: DatesTab, controller: Controller, store: Store, ana: Person
) -> None:
    section = tab.moves
    click(qtbot, section.add_button)
    type_date(qtbot, date_field(section, "date"), "2025-06-02")
    before = store.person(ana.id)
    steps = controller.undo_stack.count()
    declared = date_field(section, "declared")
    type_date(qtbot, declared, "2025-05-30")
    assert declared.error_text() == "2025-05-30 is before date 2025-06-02"
    assert declared.edit.text() == "30/05/2025"  # kept, so it can be fixed
    assert store.person(ana.id) == before
    assert controller.undo_stack.count() == steps
    type_date(qtbot, declared, "2025-06-03")
    assert not declared.has_error()
    assert store.person(ana.id).moves == (Move(date(2025, 6, 2), date(2025, 6, 3)),)


def test_add_edit_undo_and_remove_a_waiting_document(
    qtbot, tab: DatesTab, controller: Controller, store: Store, ana: Person
) -> None:
    section = tab.provisional
    click(qtbot, section.add_button)
    assert store.person(ana.id).provisional == (Provisional("annex_15"),)
    kind = combo(section, "kind")
    assert kind.currentText() == "Annex 15 (while the card is made)"
    type_date(qtbot, date_field(section, "issued"), "2025-03-07")
    type_date(qtbot, date_field(section, "valid_until"), "2025-07-06")
    kind.choose("orange_card")
    assert store.person(ana.id).provisional == (
        Provisional("orange_card", date(2025, 3, 7), date(2025, 7, 6)),
    )
    assert section.model.index(0, 0).data() == "Orange card"
    assert section.model.index(0, 3).data().startswith("Valid, expires")

    valid_until = date_field(section, "valid_until")
    type_date(qtbot, valid_until, "2025-03-01")  # before it was issued
    assert valid_until.error_text() == "2025-03-01 is before issued 2025-03-07"
    assert store.person(ana.id).provisional[0].valid_until == date(2025, 7, 6)

    controller.undo()  # the kind
    assert store.person(ana.id).provisional[0].kind == "annex_15"
    assert kind.code() == "annex_15"
    click(qtbot, section.remove_button)
    assert store.person(ana.id).provisional == ()
    controller.undo()
    assert store.person(ana.id).provisional[0].valid_until == date(2025, 7, 6)


def test_an_eu_citizens_first_waiting_document_is_an_annex_19(
    qtbot, tab: DatesTab, store: Store, ana: Person
) -> None:
    tab.citizenship.choose("eu")
    click(qtbot, tab.provisional.add_button)
    assert store.person(ana.id).provisional == (Provisional("annex_19"),)


def test_add_edit_undo_and_remove_an_application(
    qtbot, tab: DatesTab, controller: Controller, store: Store, ana: Person
) -> None:
    section = tab.applications
    click(qtbot, section.add_button)
    combo(section, "kind").choose("long_term")
    type_date(qtbot, date_field(section, "filed"), "2030-03-10")
    assert store.person(ana.id).applications == (Application("long_term", date(2030, 3, 10)),)
    assert section.model.index(0, 0).data() == "Long-term resident status"

    decided = date_field(section, "decided")
    type_date(qtbot, decided, "2030-01-01")
    assert decided.error_text() == "2030-01-01 is before filed 2030-03-10"
    assert store.person(ana.id).applications[0].decided is None
    type_date(qtbot, decided, "2030-07-01")
    assert store.person(ana.id).applications[0].decided == date(2030, 7, 1)
    assert section.model.index(0, 3).data() == "Decided on Mon, 1 Jul 2030"
    controller.undo()
    assert store.person(ana.id).applications[0].decided is None

    click(qtbot, section.add_button)  # a second one, selected at once
    assert section.current_index() == 1
    assert section.editor.title() == "Application 2 of 2"
    click(qtbot, section.remove_button)
    assert len(store.person(ana.id).applications) == 1
    assert section.current_index() == 0


def test_procedure_dates_save_undo_and_refuse_a_typo(
    qtbot, tab: DatesTab, controller: Controller, store: Store, ana: Person
) -> None:
    fields = tab.procedure.fields
    type_date(qtbot, fields["police_check"], "2025-03-20")
    type_date(qtbot, fields["card_application"], "2025-04-02")
    assert store.person(ana.id).procedure == Procedure(date(2025, 3, 20), date(2025, 4, 2))
    type_date(qtbot, fields["card_collected"], "01/05/20025")
    assert fields["card_collected"].error_text() == "year 20025 is not between 1900 and 2200"
    assert store.person(ana.id).procedure == Procedure(date(2025, 3, 20), date(2025, 4, 2))
    controller.undo()
    controller.undo()
    assert store.person(ana.id).procedure is None  # nothing left: not recorded at all
    assert fields["police_check"].edit.text() == ""


def test_another_person_clears_the_sections(
    qtbot, tab: DatesTab, controller: Controller, ana: Person
) -> None:
    click(qtbot, tab.moves.add_button)
    rui = Person(name="Rui Silva")
    assert controller.add_person(rui) == []
    tab.set_person(controller.person(rui.id))
    assert tab.moves.model.rowCount() == 0
    assert not tab.moves.editor.isVisibleTo(tab)
    tab.set_person(controller.person(ana.id))
    assert tab.moves.model.rowCount() == 1
