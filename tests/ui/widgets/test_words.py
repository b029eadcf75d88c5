"""Issue 14 item 13 in the window: a status or a reminder's state never wraps alone, and the
welcome footer has no double spaces."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from permit_tracker.domain.model import Person
from permit_tracker.ui.overview.why_panel import WhyPanel
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.first_start import FirstStartPage

pytestmark = pytest.mark.usefixtures("en_gb")
NBSP = "\u00a0"


def test_due_soon_and_in_n_days_do_not_wrap_alone(qtbot: QtBot, controller: Controller) -> None:
    person = Person(name="Ana Silva", arrival=date(2025, 3, 3))  # registration due 11 March
    controller.add_person(person)
    row = next(d for d in controller.deadlines(person) if d.kind.value == "registration")
    panel = WhyPanel(None, controller)
    qtbot.addWidget(panel)
    panel.show_deadline(row, controller.ruleset())
    html = panel.label.text()
    assert "</b>&nbsp;(Due&nbsp;soon)" in html  # "(Due soon)" stays on the date's line
    assert f"in{NBSP}6{NBSP}days" in html
    assert panel.reminders is not None
    for line in panel.reminders.planned.text().split("<br>"):
        if "·" in line:  # "… before · sent": the state is glued to the word before it
            assert f"{NBSP}·{NBSP}" in line and " · " not in line


def test_the_welcome_footer_has_no_double_spaces(qtbot: QtBot, controller: Controller) -> None:
    page = FirstStartPage(controller)
    qtbot.addWidget(page)
    (footer,) = [label for label in page.findChildren(QLabel) if "Just looking" in label.text()]
    assert "  " not in footer.text()
    assert "permit-tracker --demo" in footer.text()
