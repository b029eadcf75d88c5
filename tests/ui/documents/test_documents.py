"""Documents: the checklist, status and issue date saved at once, "usable until" from the rule
in force, undo, and a bad date refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from permit_tracker.domain.model import Document, Passport, Person
from permit_tracker.storage.store import Store
from permit_tracker.ui.documents.documents_model import DocumentsModel
from permit_tracker.ui.documents.documents_tab import DocumentsTab
from permit_tracker.ui.shell.controller import Controller

pytestmark = pytest.mark.usefixtures("en_gb")


@pytest.fixture
def ana(controller: Controller) -> Person:
    person = Person(name="Ana Silva", arrival=date(2025, 3, 3))
    assert controller.add_person(person) == []
    return person


@pytest.fixture
def tab(qtbot, controller: Controller, ana: Person) -> DocumentsTab:
    widget = DocumentsTab(controller)
    qtbot.addWidget(widget)
    widget.set_person(controller.person(ana.id))
    return widget


def select_kind(tab: DocumentsTab, kind: str) -> int:
    row = next(r for r in range(tab.model.rowCount()) if tab.model.entry(r).kind == kind)
    tab.table.selectRow(row)
    return row


def choose_status(tab: DocumentsTab, status: str) -> None:
    tab.status.setCurrentIndex(tab.status.findData(status))
    tab.status.activated.emit(tab.status.currentIndex())


def test_checklist_starts_with_every_document_missing(tab: DocumentsTab) -> None:
    names = [tab.model.index(r, DocumentsModel.DOCUMENT).data() for r in range(6)]
    assert names == [
        "Passport",
        "Visa",
        "Proof of means of support",
        "Proof of accommodation",
        "Medical certificate",
        "Police clearance certificate",
    ]
    statuses = {tab.model.index(r, DocumentsModel.STATUS).data() for r in range(6)}
    assert statuses == {"Missing"}


def test_status_and_issue_date_save_and_show_usable_until(
    qtbot, tab: DocumentsTab, controller: Controller, store: Store, ana: Person
) -> None:
    row = select_kind(tab, "police_clearance")
    choose_status(tab, "obtained")
    assert store.person(ana.id).documents == (Document("police_clearance", "obtained", None),)
    qtbot.keyClicks(tab.issued.edit, "2024-12-20")
    qtbot.keyClick(tab.issued.edit, Qt.Key.Key_Return)
    assert store.person(ana.id).documents[0].issued == date(2024, 12, 20)
    assert tab.table.currentIndex().row() == row  # the selection stays on the document
    usable = tab.model.index(row, DocumentsModel.USABLE_UNTIL).data()
    assert usable.startswith("Fri, 20 Jun 2025")  # issued + 6 months
    assert "Fri, 20 Jun 2025" in tab.usable.text()

    controller.set_rule_overrides({"document_max_age_months": 3})
    assert tab.model.index(row, DocumentsModel.USABLE_UNTIL).data().startswith("Thu, 20 Mar 2025")
    controller.undo()  # the rule change
    controller.undo()  # the issue date
    assert store.person(ana.id).documents[0].issued is None
    assert tab.model.index(row, DocumentsModel.ISSUED).data() == ""


def test_a_bad_issue_date_is_refused(
    qtbot, tab: DocumentsTab, controller: Controller, store: Store, ana: Person
) -> None:
    select_kind(tab, "medical_certificate")
    qtbot.keyClicks(tab.issued.edit, "2025-02-30")
    qtbot.keyClick(tab.issued.edit, Qt.Key.Key_Return)
    assert tab.issued.error_text() == "February 2025 has 28 days, not 30"
    assert store.person(ana.id).documents == ()
    assert controller.undo_stack.count() == 1  # only the add


def test_other_documents_and_newer_copies(
    qtbot, tab: DocumentsTab, controller: Controller, store: Store, ana: Person
) -> None:
    qtbot.mouseClick(tab.add_other, Qt.MouseButton.LeftButton)
    assert store.person(ana.id).documents == (Document("other", "missing", None),)
    assert tab.model.entry(tab.table.currentIndex().row()).kind == "other"
    select_kind(tab, "police_clearance")
    choose_status(tab, "submitted")
    qtbot.mouseClick(tab.add_again, Qt.MouseButton.LeftButton)
    kinds = [d.kind for d in store.person(ana.id).documents]
    assert kinds == ["other", "police_clearance", "police_clearance"]
    qtbot.mouseClick(tab.remove, Qt.MouseButton.LeftButton)  # forget the new copy
    assert [d.kind for d in store.person(ana.id).documents] == ["other", "police_clearance"]
    controller.undo()
    assert len(store.person(ana.id).documents) == 3


def test_a_document_name_the_cell_may_cut_is_whole_in_its_tooltip(
    tab: DocumentsTab, controller: Controller, ana: Person
) -> None:
    """Longer languages and narrow windows cut the name in the cell; the tooltip has it all
    (and, for what was entered on Dates & permits, says so)."""
    tip = Qt.ItemDataRole.ToolTipRole
    row = select_kind(tab, "police_clearance")
    assert tab.model.index(row, DocumentsModel.DOCUMENT).data(tip) == (
        "Police clearance certificate"
    )
    person = controller.person(ana.id)
    controller.update_person(replace(person, passport=Passport(date(2031, 1, 28))), "passport")
    row = select_kind(tab, "passport")
    assert tab.model.index(row, DocumentsModel.DOCUMENT).data(tip) == (
        "Passport\nEntered on Dates & permits"
    )
    assert tab.model.index(row, DocumentsModel.STATUS).data(tip) == "Entered on Dates & permits"
