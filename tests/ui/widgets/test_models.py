"""Every item model of the main window passes qtmodeltester, empty, filled and after a reset,
and shows what matters: urgency order, tints for overdue and due-soon rows, card states.

qtmodeltester runs Qt's C++ QAbstractItemModelTester (failures are Qt warnings, which fail the
test). pytest-qt's pure-Python tester (`force_py=True`) is not used: with PySide6 6.12 it
corrupts the refcount of True/False, crashing the interpreter at exit even on a trivial model.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from permit_tracker.demo import demo_people
from permit_tracker.domain.deadline import Kind, Status
from permit_tracker.domain.deadlines import deadlines_for, next_deadline
from permit_tracker.domain.model import Card, Document, Person
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.ui.dates.cards_model import CardsModel
from permit_tracker.ui.documents.documents_model import DocumentsModel, checklist
from permit_tracker.ui.overview.deadlines_model import DEADLINE_ROLE, DeadlinesModel
from permit_tracker.ui.people.people_model import ID_ROLE, NEXT_ROLE, PeopleModel

TODAY = date(2026, 11, 28)
RULES = Ruleset.default()

pytestmark = pytest.mark.usefixtures("en_gb")


@pytest.fixture
def family() -> list[Person]:
    return demo_people(TODAY)


def _rows(person: Person):
    return deadlines_for(person, RULES, TODAY)


def test_deadlines_model_passes_modeltester(qtmodeltester, family) -> None:
    model = DeadlinesModel()
    qtmodeltester.check(model)
    for person in family:
        model.set_deadlines(_rows(person))
    model.set_deadlines([])


def test_deadlines_model_tints_overdue_and_due_soon_rows_only(qapp, family) -> None:
    palette = QGuiApplication.palette()
    model = DeadlinesModel()
    rows = [r for p in family for r in _rows(p)]
    model.set_deadlines(rows, palette)
    base = palette.color(QPalette.ColorRole.Base)
    seen = set()
    for i, row in enumerate(rows):
        tint = model.data(model.index(i, DeadlinesModel.WHAT), Qt.ItemDataRole.BackgroundRole)
        if row.status in (Status.OVERDUE, Status.DUE_SOON):
            assert tint is not None and tint != base
            font = model.data(model.index(i, DeadlinesModel.WHAT), Qt.ItemDataRole.FontRole)
            assert font.bold()
        else:
            assert tint is None
        seen.add(row.status)
        assert model.data(model.index(i, 0), DEADLINE_ROLE) == row
        assert model.row_of(row.key) == rows.index(next(r for r in rows if r.key == row.key))
    assert seen == set(Status)  # the demo family shows every status


def test_deadlines_model_text_columns(qapp) -> None:
    person = Person(name="Inês", arrival=TODAY - timedelta(days=2))
    model = DeadlinesModel()
    rows = _rows(person)
    model.set_deadlines(rows)
    assert rows[0].kind is Kind.REGISTRATION  # then the eligibility milestones
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[DeadlinesModel.STATUS] == "Due soon"
    assert cells[DeadlinesModel.WHAT] == "Register at the commune"
    assert cells[DeadlinesModel.DATE] == "Fri, 4 Dec 2026"
    assert cells[DeadlinesModel.WHEN] == "in 6 days"
    tooltip = model.index(0, DeadlinesModel.WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert "commissioner.brussels" in tooltip  # the rule's source


def test_cards_model_passes_modeltester(qtmodeltester, family) -> None:
    model = CardsModel()
    qtmodeltester.check(model)
    for person in family:
        model.set_cards(person.cards, _rows(person), TODAY)
    model.set_cards([], [], TODAY)


def test_cards_model_says_which_card_to_renew(qapp) -> None:
    # A family member's A cards: the commune renews them (the demo's Ana now holds hers for
    # work, which her employer renews, so the case is built here).
    first = Card("A", date(2024, 10, 1), date(2025, 9, 30), "family")
    second = Card("A", date(2025, 10, 1), TODAY + timedelta(days=38), "family")
    ana = Person(name="Ana", reason="family", cards=(first, second))
    model = CardsModel()
    model.set_cards(ana.cards, _rows(ana), TODAY)
    states = [model.index(r, CardsModel.STATE).data() for r in range(model.rowCount())]
    assert states[0] == "Replaced by a later card"
    assert states[1].startswith("Renew now: ask the commune by")
    expired = Card("A", date(2024, 1, 1), TODAY - timedelta(days=3))
    lone = Person(name="X", cards=(expired,))
    model.set_cards(lone.cards, _rows(lone), TODAY)
    assert model.index(0, CardsModel.STATE).data() == "Expired 3 days late"


def test_documents_model_passes_modeltester(qtmodeltester, family) -> None:
    model = DocumentsModel()
    qtmodeltester.check(model)
    for person in family:
        model.set_entries(checklist(person, _rows(person)))
    model.set_entries([])


def test_checklist_lists_every_kind_and_links_usable_until(qapp) -> None:
    person = Person(
        name="Ana",
        documents=(
            Document("police_clearance", "obtained", date(2026, 6, 10)),
            Document("other", "requested", None),
            Document("police_clearance", "requested", date(2026, 11, 1)),
        ),
    )
    entries = checklist(person, _rows(person))
    kinds = [e.kind for e in entries]
    # No reason recorded: the kinds everyone is asked for (what each reason adds is in
    # test_welcome_and_checklist.py).
    assert kinds == [
        "passport", "visa", "means_of_support", "accommodation", "medical_certificate",
        "police_clearance", "police_clearance", "other",
    ]  # fmt: skip
    first, second = entries[5], entries[6]
    assert first.index == 0 and first.usable_until is not None
    assert first.usable_until.date == date(2026, 12, 10)
    assert second.index == 2 and second.usable_until is not None
    assert second.usable_until.date == date(2027, 5, 1)
    assert entries[0].index is None and entries[0].status == "missing"
    model = DocumentsModel()
    model.set_entries(entries)
    assert model.index(5, DocumentsModel.USABLE_UNTIL).data().startswith("Thu, 10 Dec 2026")


def test_people_model_passes_modeltester(qtmodeltester, family) -> None:
    model = PeopleModel()
    qtmodeltester.check(model)
    model.set_people([(p, next_deadline(_rows(p))) for p in family])
    model.set_people([])


def test_people_model_shows_next_deadline(qapp, family) -> None:
    model = PeopleModel()
    model.set_people([(p, next_deadline(_rows(p))) for p in family])
    ines = model.index(3, 0)
    assert ines.data() == "Inês Costa"
    assert ines.data(ID_ROLE) == family[3].id
    assert ines.data(NEXT_ROLE).startswith("Register at the commune: ")
    assert "in 3 days" in ines.data(NEXT_ROLE)
    assert model.row_of(family[1].id) == 1
    # The EU citizen's EU card: his renewal is asked for, so its expiry comes next.
    rui_next = next_deadline(_rows(family[1]))
    assert rui_next is not None and rui_next.kind is Kind.CARD_EXPIRY
    newcomer = Person(name="New")
    model.set_people([(newcomer, None), (family[0], None)], dated={family[0].id})
    assert model.index(0, 0).data(NEXT_ROLE) == "No dates yet"
    assert model.index(1, 0).data(NEXT_ROLE) == "Nothing due"


def test_views_asking_for_unset_roles_do_not_corrupt_none(qapp, family) -> None:
    """Models answer None for roles they do not set; with PySide6 6.12.0 on Python < 3.12
    every such answer to C++ released None once too often, crashing the app after a few
    hundred repaints. Python 3.12+ makes None immortal, so there this checks nothing."""
    import sys

    model = DeadlinesModel()
    # rows without a tinted background (v2 gives Ana an overdue employer window)
    model.set_deadlines([r for r in _rows(family[0]) if r.status in (Status.UPCOMING, Status.INFO)])
    index = model.index(0, DeadlinesModel.DATE)
    before = sys.getrefcount(None)
    for _ in range(500):
        assert index.data(Qt.ItemDataRole.BackgroundRole) is None  # through C++
    assert sys.getrefcount(None) >= before - 50
