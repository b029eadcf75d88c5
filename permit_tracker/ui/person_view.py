"""The right-hand side of the window: the headline and the six tabs for one person."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from permit_tracker.domain.model import Person
from permit_tracker.ui.controller import Controller
from permit_tracker.ui.dates_tab import DatesTab
from permit_tracker.ui.documents_tab import DocumentsTab
from permit_tracker.ui.headline import Headline, headline_for
from permit_tracker.ui.icons import icon
from permit_tracker.ui.journey_view import JourneyView
from permit_tracker.ui.overview_tab import OverviewTab
from permit_tracker.ui.timeline import TimelineTab
from permit_tracker.ui.travel_tab import TravelTab


class PersonView(QWidget):
    OVERVIEW, DATES, TRAVEL, DOCUMENTS, TIMELINE, JOURNEY = range(6)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._person: Person | None = None
        self.headline = Headline(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(controller, self.tabs)
        self.dates = DatesTab(controller, self.tabs)
        self.travel = TravelTab(controller, self.tabs)
        self.documents = DocumentsTab(controller, self.tabs)
        self.timeline = TimelineTab(controller, self.tabs)
        self.journey = JourneyView(controller, self.tabs)
        for widget, name, text in (
            (self.overview, "overview", self.tr("Overview")),
            (self.dates, "card", self.tr("Dates && permits")),
            (self.travel, "travel", self.tr("Travel")),
            (self.documents, "documents", self.tr("Documents")),
            (self.timeline, "timeline", self.tr("Timeline")),
            (self.journey, "done", self.tr("Journey")),
        ):
            self.tabs.addTab(widget, icon(name), text)
        self.tabs.setAccessibleName(self.tr("Sections"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(8)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs, 1)
        self.overview.edit_dates_requested.connect(self._go_to_dates)
        controller.changed.connect(self.refresh)

    def tab_widgets(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def set_person(self, person: Person | None) -> None:
        self._person = person
        for tab in self.tab_widgets():
            tab.set_person(person)  # type: ignore[attr-defined]
        self._show_headline()

    def refresh(self) -> None:
        if self._person is not None:
            self._person = self._controller.find_person(self._person.id)
        self._show_headline()

    def _show_headline(self) -> None:
        person = self._person
        rows = self._controller.deadlines(person) if person is not None else []
        self.headline.set_headline(headline_for(rows, self._controller.today()))

    def show_deadline(self, key: str) -> bool:
        self.tabs.setCurrentIndex(self.OVERVIEW)
        return self.overview.select_key(key)

    def _go_to_dates(self) -> None:
        self.tabs.setCurrentIndex(self.DATES)
        self.dates.arrival.setFocus()
