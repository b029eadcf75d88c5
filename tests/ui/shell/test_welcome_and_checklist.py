"""The welcome form asks citizenship and reason (no visa for an EU citizen), and the
document checklist follows the reason and what was entered on Dates & permits."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from permit_tracker.domain.model import Document, Passport, Person, Visa
from permit_tracker.storage.store import Store
from permit_tracker.ui.documents.documents_model import DocumentsModel, checklist
from permit_tracker.ui.documents.documents_tab import DocumentsTab
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.first_start import FirstStartPage

pytestmark = pytest.mark.usefixtures("en_gb")

COMMON = ["passport", "visa", "means_of_support", "accommodation", "medical_certificate",
          "police_clearance"]  # fmt: skip


def test_an_eu_citizen_is_not_asked_for_a_visa(qtbot, controller: Controller, store: Store) -> None:
    page = FirstStartPage(controller)
    qtbot.addWidget(page)
    page.show()
    assert page.visa_until.isVisibleTo(page)
    qtbot.keyClicks(page.visa_until.edit, "2025-08-19")  # typed, then the answer changes
    qtbot.keyClicks(page.name, "Rui Silva")
    page.citizenship.choose("eu")
    assert not page.visa_until.isVisibleTo(page)
    page.reason.choose("work")
    assert page.reason.currentText() == "Work (employed or self-employed)"  # no permit
    qtbot.keyClicks(page.arrival.edit, "2025-03-03")
    assert page.preview.text.text().startswith("Register at your commune by")
    qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton)
    [rui] = store.people()
    assert (rui.citizenship, rui.reason, rui.visa) == ("eu", "work", None)
    assert rui.arrival == date(2025, 3, 3)


def test_a_non_eu_newcomer_gives_reason_and_visa(
    qtbot, controller: Controller, store: Store
) -> None:
    page = FirstStartPage(controller)
    qtbot.addWidget(page)
    page.show()
    assert page.citizenship.code() == "non_eu"
    assert page.reason.currentText() == "Choose…"
    page.name.setText("Tomás Costa")  # keyClicks types ASCII only
    page.reason.choose("study")
    qtbot.keyClicks(page.visa_until.edit, "2025-08-19")
    qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton)
    [tomas] = store.people()
    assert (tomas.citizenship, tomas.reason) == ("non_eu", "study")
    assert tomas.visa == Visa("D", None, date(2025, 8, 19))


@pytest.mark.parametrize(
    ("reason", "added"),
    [
        (None, []),
        ("study", ["enrolment"]),
        ("work", ["work_permit"]),
        ("blue_card", ["work_permit"]),
        ("family", ["civil_status"]),
        ("research", []),
        ("au_pair", []),
    ],
)
def test_the_checklist_follows_the_reason(qapp, reason: str | None, added: list[str]) -> None:
    person = Person(name="Ana", reason=reason)  # type: ignore[arg-type]
    kinds = [e.kind for e in checklist(person, [])]
    expected = [k for k in [*COMMON, "enrolment", "work_permit", "civil_status"]
                if k in COMMON or k in added]  # fmt: skip
    assert kinds == expected


def test_an_eu_citizen_has_no_visa_row_and_recorded_kinds_always_show(qapp) -> None:
    person = Person(
        name="Rui",
        citizenship="eu",
        reason="work",
        documents=(Document("enrolment", "submitted", date(2020, 9, 1)),
                   Document("health_insurance", "obtained", None)),
    )  # fmt: skip
    kinds = [e.kind for e in checklist(person, [])]
    # An EU citizen needs neither a visa nor a work permit to work in Belgium.
    assert "visa" not in kinds and "work_permit" not in kinds
    # Recorded once (he studied before), so never hidden.
    assert kinds == [
        "passport", "means_of_support", "accommodation", "medical_certificate",
        "police_clearance", "enrolment", "health_insurance",
    ]  # fmt: skip


def test_passport_and_visa_entered_on_dates_are_not_missing(qapp) -> None:
    """The checklist does not call missing what Dates & permits already holds."""
    person = Person(
        name="Ana",
        passport=Passport(date(2031, 5, 1)),
        visa=Visa(None, None, date(2025, 8, 19)),
    )
    entries = {e.kind: e for e in checklist(person, [])}
    assert entries["passport"].status == "obtained"
    assert entries["visa"].status == "obtained"
    assert entries["means_of_support"].status == "missing"
    model = DocumentsModel()
    model.set_entries(list(entries.values()))
    assert model.index(0, DocumentsModel.STATUS).data() == "Obtained"
    assert model.index(0, DocumentsModel.USABLE_UNTIL).data() == "Thu, 1 May 2031"
    assert model.index(1, DocumentsModel.USABLE_UNTIL).data() == "Tue, 19 Aug 2025"
    # A record that says more than "missing" wins over what was derived.
    submitted = Person(
        name="Ana",
        passport=Passport(date(2031, 5, 1)),
        documents=(Document("passport", "submitted", None),),
    )
    assert checklist(submitted, [])[0].status == "submitted"


def test_documents_tab_shows_the_reasons_documents_and_derived_status(
    qtbot, controller: Controller, store: Store
) -> None:
    ines = Person(name="Inês Costa", reason="study", passport=Passport(date(2032, 1, 1)))
    assert controller.add_person(ines) == []
    tab = DocumentsTab(controller)
    qtbot.addWidget(tab)
    tab.set_person(controller.person(ines.id))
    names = [
        tab.model.index(r, DocumentsModel.DOCUMENT).data() for r in range(tab.model.rowCount())
    ]
    assert "Enrolment certificate" in names and "Work permit (single permit decision)" not in names
    assert tab.model.index(0, DocumentsModel.STATUS).data() == "Obtained"
    tab.table.selectRow(0)
    assert tab.usable.text() == "Valid until Thu, 1 Jan 2032 (as entered on Dates & permits)"
    # The reason changes: the checklist follows at once.
    assert (
        controller.update_person(
            Person(name="Inês Costa", id=ines.id, reason="work", passport=ines.passport), "reason"
        )
        == []
    )
    names = [
        tab.model.index(r, DocumentsModel.DOCUMENT).data() for r in range(tab.model.rowCount())
    ]
    assert "Work permit (single permit decision)" in names and "Enrolment certificate" not in names


def test_a_kind_the_reason_does_not_list_can_be_added_and_undone(
    qtbot, controller: Controller, store: Store
) -> None:
    ana = Person(name="Ana Silva", reason="work")
    assert controller.add_person(ana) == []
    tab = DocumentsTab(controller)
    qtbot.addWidget(tab)
    tab.set_person(controller.person(ana.id))
    assert tab.missing_kinds() == ["enrolment", "civil_status", "health_insurance"]
    tab.add_kind_menu.aboutToShow.emit()
    actions = {a.text(): a for a in tab.add_kind_menu.actions()}
    assert list(actions) == [
        "Enrolment certificate", "Civil-status documents (marriage, birth)",
        "Proof of health insurance",
    ]  # fmt: skip
    actions["Proof of health insurance"].trigger()
    assert store.person(ana.id).documents == (Document("health_insurance", "missing", None),)
    assert tab.model.entry(tab.table.currentIndex().row()).kind == "health_insurance"
    assert "health_insurance" not in tab.missing_kinds()
    controller.undo()
    assert store.person(ana.id).documents == ()
    assert "health_insurance" in tab.missing_kinds()
