"""The Timeline tab: the whole journey as a picture, then its key dates in words.

The picture (timeline_view.TimelineView) shows residence periods, the visa, waiting
documents, cards, trips, moves, today and the long-term, permanent-residence and nationality
milestones; it fits the width and follows the
palette. Below it, the same milestones as a short list a screen reader can read too.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.kinds import CONTINUITY_KINDS
from permit_tracker.domain.model import Person
from permit_tracker.i18n import deadline_text
from permit_tracker.ui.timeline.timeline_data import Journey, build_journey
from permit_tracker.ui.timeline.timeline_view import TimelineView
from permit_tracker.ui.widgets.formatting import format_date
from permit_tracker.ui.widgets.vocabulary import application_name, provisional_short_name

if TYPE_CHECKING:
    from permit_tracker.ui.shell.controller import Controller

__all__ = ["Journey", "TimelineTab", "TimelineView"]


class TimelineTab(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._person: Person | None = None
        self.view = TimelineView(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.key_dates = QLabel(self)
        self.key_dates.setWordWrap(True)
        self.key_dates.setTextFormat(Qt.TextFormat.RichText)
        self.key_dates.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.key_dates.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_dates.setAccessibleName(self.tr("Key dates"))

        # The picture and the list scroll vertically together; never horizontally.
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.heading)
        inner.addWidget(self.view)
        inner.addSpacing(6)
        inner.addWidget(self.key_dates)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        controller.changed.connect(self.refresh)
        self.set_person(None)

    def set_person(self, person: Person | None) -> None:
        self._person = person
        self.refresh()

    def refresh(self) -> None:
        person = self._person
        if person is not None:
            try:
                person = self._controller.person(person.id)
            except (KeyError, LookupError):
                person = None
            self._person = person
        today, rules = self._controller.today(), self._controller.ruleset()
        deadlines = self._controller.deadlines(person) if person is not None else []
        self.view.set_journey(build_journey(person, deadlines, rules, today))
        if person is None:
            self.heading.setText(self.tr("Select a person to see their journey."))
            self.key_dates.clear()
            return
        self.heading.setText(
            self.tr("<b>{name}</b>: the journey so far and what lies ahead").format(
                name=escape(person.name)
            )
        )
        self.key_dates.setText(self._key_dates_html(person, deadlines, today))

    def _key_dates_html(self, person: Person, deadlines: list[Deadline], today: date) -> str:
        rows: list[tuple[date | None, str]] = []
        if person.arrival is not None:
            rows.append((person.arrival, self.tr("Arrived in Belgium")))
        if person.registered is not None:
            rows.append((person.registered, self.tr("Registered at the commune")))
        if person.visa is not None and person.visa.valid_until is not None:
            rows.append((person.visa.valid_until, self.tr("Visa valid until")))
        for card in person.cards:
            if card.valid_until is not None:
                kind = card.type if card.type and card.type != "other" else ""
                rows.append(
                    (
                        card.valid_until,
                        self.tr("{type} card valid until").format(type=kind)
                        if kind
                        else self.tr("Card valid until"),
                    )
                )
        for doc in person.provisional:
            if doc.valid_until is not None:
                name = escape(provisional_short_name(doc.kind))
                rows.append((doc.valid_until, self.tr("{doc} valid until").format(doc=name)))
        for move in person.moves:
            if move.date is not None:
                rows.append((move.date, self.tr("Moved house")))
        for application in person.applications:
            if application.filed is not None:
                name = escape(application_name(application.kind))
                rows.append((application.filed, self.tr("Applied: {what}").format(what=name)))
            if application.decided is not None:
                name = escape(application_name(application.kind))
                rows.append((application.decided, self.tr("Decided: {what}").format(what=name)))
        for d in deadlines:
            # The eligibility dates (from the kind registry) and decisions still awaited.
            if d.kind in CONTINUITY_KINDS or (
                d.kind is Kind.DECISION_EXPECTED and d.status is not Status.DONE
            ):
                rows.append(
                    (
                        d.date,
                        f"{escape(deadline_text.title(d))}<br>"
                        f"<small>{escape(deadline_text.explanation(d))}</small>",
                    )
                )
        label = self.tr("Today")  # outside the f-string, where lupdate sees it
        rows.append((today, f"<b>{label}</b>"))
        rows.sort(key=lambda r: (r[0] is None, r[0] or date.min))
        cells = "".join(
            f"<tr><td style='white-space:nowrap; padding-right:14px' valign='top'>"
            f"<b>{escape(format_date(day))}</b></td><td>{what}</td></tr>"
            if day is not None
            else f"<tr><td valign='top'>—</td><td>{what}</td></tr>"
            for day, what in rows
        )
        title = escape(self.tr("Key dates"))
        return f"<h3>{title}</h3><table cellspacing='0' cellpadding='3'>{cells}</table>"
