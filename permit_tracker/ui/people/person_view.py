"""The right-hand side of the window: the headline and the six tabs for one person.

With `lazy=True` (the app's start: content appears sooner) only the Overview, the tab a start
shows, is built at once; each other tab is an empty page until it is first shown or asked for (its
attribute, e.g. `view.travel`). The tab then takes its page's place, so `tabs.widget(i)` is
the tab itself once built. Built late or early, a tab gets the same person and the same
signals. A tab never visited costs nothing (the five: ≈ 8.5 MiB, ≈ 165 ms); the first visit
of one pays its own share, at most ≈ 80 ms (Dates & permits, quiet machine). Without `lazy`,
all six are built at once, as before.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from permit_tracker.domain.model import Person
from permit_tracker.ui.overview.headline import Headline, headline_for
from permit_tracker.ui.overview.overview_tab import OverviewTab
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.icons import icon

if TYPE_CHECKING:
    from permit_tracker.ui.dates.dates_tab import DatesTab
    from permit_tracker.ui.documents.documents_tab import DocumentsTab
    from permit_tracker.ui.journey.journey_view import JourneyView
    from permit_tracker.ui.timeline.timeline import TimelineTab
    from permit_tracker.ui.travel.travel_tab import TravelTab

# Index -> the module and class of the tab (the Overview is imported above: always built).
_TAB_CLASSES = {
    1: ("permit_tracker.ui.dates.dates_tab", "DatesTab"),
    2: ("permit_tracker.ui.travel.travel_tab", "TravelTab"),
    3: ("permit_tracker.ui.documents.documents_tab", "DocumentsTab"),
    4: ("permit_tracker.ui.timeline.timeline", "TimelineTab"),
    5: ("permit_tracker.ui.journey.journey_view", "JourneyView"),
}


class _Unbuilt(QWidget):
    """The page of a tab not built yet."""


class PersonView(QWidget):
    OVERVIEW, DATES, TRAVEL, DOCUMENTS, TIMELINE, JOURNEY = range(6)

    def __init__(
        self, controller: Controller, parent: QWidget | None = None, *, lazy: bool = False
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._person: Person | None = None
        self._built: dict[int, QWidget] = {}
        # Each built tab's set_person, in tab order (a tab class is imported by name).
        self._show_person: dict[int, Callable[[Person | None], None]] = {}
        self.headline = Headline(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(controller, self.tabs)
        self._built[self.OVERVIEW] = self.overview
        self._show_person[self.OVERVIEW] = self.overview.set_person
        for index, (name, text) in enumerate(
            (
                ("overview", self.tr("Overview")),
                ("card", self.tr("Dates && permits")),
                ("travel", self.tr("Travel")),
                ("documents", self.tr("Documents")),
                ("timeline", self.tr("Timeline")),
                ("done", self.tr("Journey")),
            )
        ):
            page = self.overview if index == self.OVERVIEW else _Unbuilt(self.tabs)
            self.tabs.addTab(page, icon(name), text)
            self.tabs.setTabToolTip(index, text.replace("&&", "&"))
        # At 800 px the French and German titles are wider than the window: rather than
        # scrolling tabs out of sight behind arrows, the icons go (_fit_tabs), and only if
        # that is not enough are titles shortened ("Dates et tit…", whole in the tooltip).
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self._icon_size = self.tabs.iconSize()
        self.tabs.setAccessibleName(self.tr("Sections"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(8)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs, 1)
        if not lazy:  # built before the view's own refresh is wired, as they always were
            for index in _TAB_CLASSES:
                self._tab(index)
        self.overview.edit_dates_requested.connect(self._go_to_dates)
        controller.changed.connect(self.refresh)
        self.tabs.currentChanged.connect(self._tab)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_tabs()

    def _fit_tabs(self) -> None:
        """Tab icons only when every title fits whole beside them."""
        bar = self.tabs.tabBar()
        bar.setIconSize(self._icon_size)
        needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        if needed > self.tabs.width():
            bar.setIconSize(QSize(0, 0))

    # The tabs other than the Overview, built when first asked for.
    @property
    def dates(self) -> DatesTab:
        from permit_tracker.ui.dates.dates_tab import DatesTab  # imported by _tab already

        tab = self._tab(self.DATES)
        assert isinstance(tab, DatesTab)
        return tab

    @property
    def travel(self) -> TravelTab:
        from permit_tracker.ui.travel.travel_tab import TravelTab  # imported by _tab already

        tab = self._tab(self.TRAVEL)
        assert isinstance(tab, TravelTab)
        return tab

    @property
    def documents(self) -> DocumentsTab:
        from permit_tracker.ui.documents.documents_tab import (
            DocumentsTab,  # imported by _tab already
        )

        tab = self._tab(self.DOCUMENTS)
        assert isinstance(tab, DocumentsTab)
        return tab

    @property
    def timeline(self) -> TimelineTab:
        from permit_tracker.ui.timeline.timeline import TimelineTab  # imported by _tab already

        tab = self._tab(self.TIMELINE)
        assert isinstance(tab, TimelineTab)
        return tab

    @property
    def journey(self) -> JourneyView:
        from permit_tracker.ui.journey.journey_view import JourneyView  # imported by _tab already

        tab = self._tab(self.JOURNEY)
        assert isinstance(tab, JourneyView)
        return tab

    def _tab(self, index: int) -> QWidget:
        """The tab at `index`, built (with the current person) in its page's place if need be."""
        built = self._built.get(index)
        if built is not None or index not in _TAB_CLASSES:
            return built if built is not None else self.overview
        module, name = _TAB_CLASSES[index]
        made = getattr(importlib.import_module(module), name)(self._controller, self.tabs)
        tab: QWidget = made
        self._built[index] = tab
        self._show_person[index] = made.set_person
        page = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        # Swapping the page moves the current index for a moment: nobody is told of that.
        blocked = self.tabs.blockSignals(True)
        try:
            text, tab_icon = self.tabs.tabText(index), self.tabs.tabIcon(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, tab_icon, text)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        if page is not None:
            page.deleteLater()
        if self._person is not None:  # a new tab shows nobody until told
            made.set_person(self._person)
        return tab

    def tab_widgets(self) -> list[QWidget]:
        """The tabs built so far, in tab order."""
        return [self._built[i] for i in sorted(self._built)]

    def set_person(self, person: Person | None) -> None:
        self._person = person
        for index in sorted(self._show_person):
            self._show_person[index](person)
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
