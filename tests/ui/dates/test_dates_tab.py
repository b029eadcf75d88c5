"""Dates & permits and the first-start form: typing dates, saving at once, undo and redo,
and invalid input refused next to its field with nothing saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTableView

from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.model import Card, Person
from permit_tracker.storage.store import Store
from permit_tracker.ui.dates.dates_tab import DatesTab
from permit_tracker.ui.overview.overview_tab import OverviewTab
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.first_start import FirstStartPage
from permit_tracker.ui.widgets.date_field import DateField, DateParseError, parse_date

pytestmark = pytest.mark.usefixtures("en_gb")


def type_date(qtbot, field: DateField, text: str) -> None:
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def test_parse_date_accepts_iso_and_the_locale_format() -> None:
    assert parse_date("2025-03-11") == date(2025, 3, 11)
    assert parse_date(" 11/03/2025 ") == date(2025, 3, 11)  # en_GB: day first
    assert parse_date("11/3/25") == date(2025, 3, 11)
    assert parse_date("") is None
    us = QLocale("en_US")  # month first, even with a four-digit year
    assert parse_date("3/11/2025", us) == date(2025, 3, 11)
    assert parse_date("3/11/25", us) == date(2025, 3, 11)
    c = QLocale.c()  # edits in ISO; a year at the end reads day first, as in Belgium
    assert parse_date("11/3/2025", c) == date(2025, 3, 11)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("20025-03-11", "year 20025 is not between 1900 and 2200"),
        ("1/5/20031", "year 20031 is not between 1900 and 2200"),
        ("11/2025/03", "is not a date"),
        ("11/03/20025", "year 20025 is not between 1900 and 2200"),
        ("2025-13-01", "there is no month 13"),
        ("30/02/2025", "February 2025 has 28 days, not 30"),
        ("next tuesday", "is not a date"),
        ("2025-03", "is not a date"),
    ],
)
def test_parse_date_says_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(DateParseError, match=message):
        parse_date(text)


def test_add_a_person_through_the_form_and_see_the_registration_deadline(
    qtbot, controller: Controller, store: Store
) -> None:
    page = FirstStartPage(controller)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.name, "Ana Silva")
    qtbot.keyClicks(page.arrival.edit, "2025-03-03")  # typed, not yet committed
    # The registration deadline shows while typing, before anything is saved.
    assert page.preview.text.text() == "Register at your commune by Tue, 11 March — 6 days left"
    assert store.people() == []
    type_date(qtbot, page.passport, "2031-05-01")
    qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton)

    [ana] = store.people()
    assert (ana.name, ana.arrival) == ("Ana Silva", date(2025, 3, 3))
    assert ana.passport is not None and ana.passport.expires == date(2031, 5, 1)
    assert controller.selected_id() == ana.id
    overview = OverviewTab(controller)
    qtbot.addWidget(overview)
    overview.set_person(ana)
    registration = overview.model.deadline(0)
    assert registration.kind is Kind.REGISTRATION
    assert registration.date == date(2025, 3, 11)
    assert overview.model.index(0, 2).data() == "Tue, 11 Mar 2025"


def test_first_start_refuses_a_bad_date_and_a_missing_name(
    qtbot, controller: Controller, store: Store
) -> None:
    page = FirstStartPage(controller)
    qtbot.addWidget(page)
    type_date(qtbot, page.arrival, "3/3/20025")
    assert page.arrival.error_text() == "year 20025 is not between 1900 and 2200"
    page.submit()
    assert page.name_error.text() == "a name is required"
    assert store.people() == []


@pytest.fixture
def ana(controller: Controller) -> Person:
    person = Person(name="Ana Silva", arrival=date(2025, 3, 3))
    assert controller.add_person(person) == []
    return person


@pytest.fixture
def tab(qtbot, controller: Controller, ana: Person) -> DatesTab:
    widget = DatesTab(controller)
    qtbot.addWidget(widget)
    widget.set_person(controller.person(ana.id))
    return widget


def test_every_edit_saves_at_once_and_undoes(
    qtbot, tab: DatesTab, controller: Controller, store: Store, ana: Person
) -> None:
    type_date(qtbot, tab.registered, "2025-03-07")
    assert store.person(ana.id).registered == date(2025, 3, 7)
    type_date(qtbot, tab.visa_until, "19/08/2025")
    assert store.person(ana.id).visa.valid_until == date(2025, 8, 19)  # type: ignore[union-attr]

    controller.undo()
    assert store.person(ana.id).visa is None
    assert tab.visa_until.edit.text() == ""
    controller.undo()
    assert store.person(ana.id).registered is None
    assert tab.registered.edit.text() == ""
    controller.redo()
    assert store.person(ana.id).registered == date(2025, 3, 7)
    assert tab.registered.edit.text() == "07/03/2025"
    assert controller.undo_stack.undoText() == "Change registration date"


def test_a_range_that_ends_before_it_starts_is_refused(
    qtbot, tab: DatesTab, controller: Controller, store: Store, ana: Person
) -> None:
    before = store.person(ana.id)
    type_date(qtbot, tab.registered, "2025-03-01")  # before the arrival on 3 March
    assert tab.registered.error_text() == "2025-03-01 is before arrival 2025-03-03"
    assert tab.registered.edit.text() == "01/03/2025"  # kept, so it can be fixed
    assert store.person(ana.id) == before
    assert controller.undo_stack.count() == 1  # only the add

    type_date(qtbot, tab.visa_from, "2025-03-01")
    type_date(qtbot, tab.visa_until, "2025-02-01")
    assert "is before valid_from" in tab.visa_until.error_text()
    assert store.person(ana.id).visa is not None
    assert store.person(ana.id).visa.valid_until is None  # type: ignore[union-attr]

    type_date(qtbot, tab.registered, "2025-03-04")  # fixed: saved, message gone
    assert not tab.registered.has_error()
    assert store.person(ana.id).registered == date(2025, 3, 4)


def test_a_year_typo_is_shown_and_never_saved(
    qtbot, tab: DatesTab, store: Store, ana: Person
) -> None:
    type_date(qtbot, tab.passport, "2031-05-01")
    type_date(qtbot, tab.passport, "01/05/20031")
    assert tab.passport.error_text() == "year 20031 is not between 1900 and 2200"
    assert tab.passport.error_label.isVisibleTo(tab)
    assert store.person(ana.id).passport.expires == date(2031, 5, 1)  # type: ignore[union-attr]
    qtbot.keyClick(tab.passport.edit, Qt.Key.Key_Escape)  # back to the saved value
    assert tab.passport.edit.text() == "01/05/2031"
    assert not tab.passport.has_error()


def test_cards_add_renewed_card_and_refuse_a_backwards_card(
    qtbot, tab: DatesTab, controller: Controller, store: Store, ana: Person
) -> None:
    qtbot.mouseClick(tab.add_card, Qt.MouseButton.LeftButton)
    assert store.person(ana.id).cards == (Card(),)
    tab.card_type.setCurrentIndex(tab.card_type.findData("A"))
    tab.card_type.activated.emit(tab.card_type.currentIndex())
    type_date(qtbot, tab.card_from, "2025-05-10")
    type_date(qtbot, tab.card_until, "2026-05-09")
    assert store.person(ana.id).cards == (Card("A", date(2025, 5, 10), date(2026, 5, 9)),)

    qtbot.mouseClick(tab.renew_card, Qt.MouseButton.LeftButton)
    cards = store.person(ana.id).cards
    assert cards[1] == Card("A", date(2026, 5, 10), None)
    assert tab.cards.currentIndex().row() == 1
    type_date(qtbot, tab.card_until, "2026-01-01")  # ends before it starts
    assert "is before valid_from" in tab.card_until.error_text()
    assert store.person(ana.id).cards == cards
    type_date(qtbot, tab.card_until, "2027-05-09")
    assert store.person(ana.id).cards[1].valid_until == date(2027, 5, 9)
    # The first card's renewal rows are now done: a later card is recorded.
    state = tab.cards_model.index(0, tab.cards_model.STATE).data()
    assert state == "Replaced by a later card"

    qtbot.mouseClick(tab.remove_card, Qt.MouseButton.LeftButton)
    assert len(store.person(ana.id).cards) == 1
    controller.undo()
    assert len(store.person(ana.id).cards) == 2


# A popup asks the platform to raise it and grab the keyboard; offscreen cannot and says so.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_date_can_be_picked_from_the_keyboard(
    qtbot, tab: DatesTab, store: Store, ana: Person
) -> None:
    field = tab.registered
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.popup.isVisible()
    grid = field.calendar.findChild(QTableView)
    assert field.calendar.selectedDate().toPython() == date(2025, 3, 5)  # today: empty field
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert not field.popup.isVisible()
    assert store.person(ana.id).registered == date(2025, 3, 4)
    assert field.edit.text() == "04/03/2025"


def test_the_latest_card_is_selected_for_a_person(
    qtbot, controller: Controller, tab: DatesTab, ana: Person
) -> None:
    from dataclasses import replace

    cards = (Card("A", date(2024, 1, 1), date(2024, 12, 31)), Card("A", date(2025, 1, 1), None))
    assert controller.update_person(replace(controller.person(ana.id), cards=cards), "cards") == []
    tab.set_person(None)
    tab.set_person(controller.person(ana.id))
    assert tab.cards.currentIndex().row() == 1
    assert tab.card_editor.title() == "Card 2 of 2"
