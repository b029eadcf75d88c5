"""The residence cards of one person, in the order they were recorded, with their state."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.deadlines import card_subjects
from permit_tracker.domain.model import Card
from permit_tracker.ui.widgets.formatting import countdown_text, date_text
from permit_tracker.ui.widgets.status_style import row_background, status_icon
from permit_tracker.ui.widgets.table_model import RowsTableModel
from permit_tracker.ui.widgets.vocabulary import reason_name

AnyIndex = QModelIndex | QPersistentModelIndex
CARD_ROLE = Qt.ItemDataRole.UserRole + 1

CARD_TYPE_NAMES: dict[str, str] = {
    "A": "A — limited stay",
    "B": "B — unlimited stay",
    "F": "F — family of an EU citizen",
    "F+": "F+ — family of an EU citizen, permanent",
    "K": "K — settlement (was C)",
    "L": "L — EU long-term resident (was D)",
    "EU": "EU — EU citizen",
    "EU+": "EU+ — EU citizen, permanent",
    "H": "H — EU Blue Card",
    "M": "M — Brexit Withdrawal Agreement (UK citizen or family)",
    "other": "Other (orange card, annex…)",
}


class CardsModel(RowsTableModel[Card]):
    TYPE, FROM, UNTIL, STATE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state: list[tuple[str, Status | None]] = []
        self._palette = QGuiApplication.palette()

    def set_cards(
        self,
        cards: Sequence[Card],
        deadlines: Sequence[Deadline],
        today: date,
        palette: QPalette | None = None,
    ) -> None:
        by_key = {(d.kind, d.subject): d for d in deadlines}
        self._state = [  # read by data() as soon as the reset ends
            self._describe(card, subject, by_key, today)
            for card, subject in zip(cards, card_subjects(cards), strict=True)
        ]
        if palette is not None:
            self._palette = QPalette(palette)
        self.reset_rows(cards)

    def card(self, row: int) -> Card:
        return self.row_value(row)

    def _describe(
        self,
        card: Card,
        subject: str,
        by_key: dict[tuple[Kind, str], Deadline],
        today: date,
    ) -> tuple[str, Status | None]:
        expiry = by_key.get((Kind.CARD_EXPIRY, subject))
        closes = by_key.get((Kind.CARD_RENEWAL_CLOSES, subject))
        opens = by_key.get((Kind.CARD_RENEWAL_OPENS, subject))
        if expiry is not None and expiry.status is Status.DONE:
            return self.tr("Replaced by a later card"), Status.DONE
        if card.valid_from is not None and card.valid_from > today:
            return self.tr("Starts {}").format(countdown_text((card.valid_from - today).days)), None
        expired = expiry is not None and (expiry.days_left or 0) < 0
        if card.renewal_requested is not None and not expired:
            return (
                self.tr("Renewal requested on {}").format(date_text(card.renewal_requested)),
                Status.DONE,
            )
        if expiry is None:
            return (
                self.tr("Enter the date it is valid until") if card.valid_until is None else ""
            ), None
        if expiry.status is Status.OVERDUE:
            return self.tr("Expired {}").format(countdown_text(expiry.days_left)), Status.OVERDUE
        employer_opens = by_key.get((Kind.EMPLOYER_RENEWAL_OPENS, subject))
        employer_closes = by_key.get((Kind.EMPLOYER_RENEWAL_CLOSES, subject))
        if employer_closes is not None and employer_closes.status is Status.OVERDUE:
            return (
                self.tr("Renewal overdue: ask your employer to file it now (expires {})").format(
                    countdown_text(expiry.days_left)
                ),
                Status.OVERDUE,
            )
        if (
            employer_opens is not None
            and employer_closes is not None
            and employer_closes.status is not Status.DONE
            and (employer_opens.days_left or 0) <= 0
        ):
            return (
                self.tr("Renew now: your employer files with the Region by {}").format(
                    date_text(employer_closes.date)
                ),
                Status.DUE_SOON,
            )
        if closes is not None and closes.status is Status.OVERDUE:
            return (
                self.tr("Renewal overdue: ask the commune now (expires {})").format(
                    countdown_text(expiry.days_left)
                ),
                Status.OVERDUE,
            )
        if opens is not None and closes is not None and (opens.days_left or 0) <= 0:
            return (
                self.tr("Renew now: ask the commune by {}").format(date_text(closes.date)),
                Status.DUE_SOON,
            )
        return self.tr("Valid, expires {}").format(countdown_text(expiry.days_left)), None

    # -- QAbstractTableModel --------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Card"), self.tr("Valid from"), self.tr("Valid until"), self.tr("State"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        card = self._rows[index.row()]
        state, status = self._state[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.TYPE:
                return card.type or self.tr("(type not set)")
            if column == self.FROM:
                return date_text(card.valid_from)
            if column == self.UNTIL:
                return date_text(card.valid_until)
            return state
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TYPE and card.type:
                name = CARD_TYPE_NAMES.get(card.type, card.type)
                if card.reason:
                    name += self.tr(", held for: {}").format(reason_name(card.reason))
                return name
            return state or None
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATE and status is not None:
            return status_icon(status)
        if role == Qt.ItemDataRole.BackgroundRole and status is not None:
            return row_background(status, self._palette)
        if role == CARD_ROLE:
            return card
        return None
