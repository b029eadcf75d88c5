"""Layouts take longer French and German words: a long text wraps instead of widening the
page past an 800-pixel window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.first_start import FirstStartPage


def test_a_long_welcome_title_wraps_within_the_page(qtbot, controller: Controller) -> None:
    page = FirstStartPage(controller)
    qtbot.addWidget(page)
    title = next(w for w in page.findChildren(QLabel) if w.text() == "Welcome to Permit Tracker")
    title.setText("Bienvenue dans Permit Tracker, l'application de suivi de votre séjour")
    # It fits the page's 620-pixel column, less its 32-pixel margins, on as many lines as
    # it needs.
    assert title.minimumSizeHint().width() <= 620 - 2 * 32
