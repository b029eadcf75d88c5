"""The residence cards of one person, in the order they were recorded, with their state."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.deadlines import card_subjects
from permit_tracker.domain.model import Card
from permit_tracker.i18n.vocabulary import card_type_name
from permit_tracker.ui.widgets.formatting import countdown_text, date_text
from permit_tracker.ui.widgets.status_style import row_background, status_icon
from permit_tracker.ui.widgets.table_model import RowsTableModel
from permit_tracker.ui.widgets.vocabulary import reason_name

AnyIndex = QModelIndex | QPersistentModelIndex
CARD_ROLE = Qt.ItemDataRole.UserRole + 1


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
        """The card's state column: replaced, not started, renewal asked, or (while it is the
        card in use) how its expiry and renewal stand."""
        expiry = by_key.get((Kind.CARD_EXPIRY, subject))
        if expiry is not None and expiry.status is Status.DONE:
            return self.tr("Replaced by a later card"), Status.DONE
        if card.valid_from is not None and card.valid_from > today:
            when = countdown_text((card.valid_from - today).days)
            return self.tr("Starts {when}").format(when=when), None
        expired = expiry is not None and (expiry.days_left or 0) < 0
        if card.renewal_requested is not None and not expired:
            day = date_text(card.renewal_requested)
            return self.tr("Renewal requested on {day}").format(day=day), Status.DONE
        if expiry is None:
            return (
                self.tr("Enter the date it is valid until") if card.valid_until is None else ""
            ), None
        expires = countdown_text(expiry.days_left)
        if expiry.status is Status.OVERDUE:
            return self.tr("Expired {when}").format(when=expires), Status.OVERDUE
        renewal = self._employer_renewal(subject, by_key, expires) or self._commune_renewal(
            subject, by_key, expires
        )
        return renewal or (self.tr("Valid, expires {when}").format(when=expires), None)

    def _employer_renewal(
        self, subject: str, by_key: dict[tuple[Kind, str], Deadline], expires: str
    ) -> tuple[str, Status] | None:
        """A single permit: the employer files the renewal with the Region."""
        opens = by_key.get((Kind.EMPLOYER_RENEWAL_OPENS, subject))
        closes = by_key.get((Kind.EMPLOYER_RENEWAL_CLOSES, subject))
        if closes is None:
            return None
        if closes.status is Status.OVERDUE:
            text = self.tr("Renewal overdue: ask your employer to file it now (expires {when})")
            return text.format(when=expires), Status.OVERDUE
        if opens is not None and closes.status is not Status.DONE and (opens.days_left or 0) <= 0:
            text = self.tr("Renew now: your employer files with the Region by {day}")
            return text.format(day=date_text(closes.date)), Status.DUE_SOON
        return None

    def _commune_renewal(
        self, subject: str, by_key: dict[tuple[Kind, str], Deadline], expires: str
    ) -> tuple[str, Status] | None:
        opens = by_key.get((Kind.CARD_RENEWAL_OPENS, subject))
        closes = by_key.get((Kind.CARD_RENEWAL_CLOSES, subject))
        if closes is not None and closes.status is Status.OVERDUE:
            text = self.tr("Renewal overdue: ask the commune now (expires {when})")
            return text.format(when=expires), Status.OVERDUE
        if opens is not None and closes is not None and (opens.days_left or 0) <= 0:
            text = self.tr("Renew now: ask the commune by {day}")
            return text.format(day=date_text(closes.date)), Status.DUE_SOON
        return None

    # -- QAbstractTableModel --------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Card"), self.tr("Valid from"), self.tr("Valid until"), self.tr("State"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole):
            return self._status_look(role, column, self._state[row][1])
        if role == CARD_ROLE:
            return self._rows[row]
        return None

    def _status_look(self, role: int, column: int, status: Status | None) -> object:
        """A card that needs something is tinted, its state cell marked with the status icon."""
        if status is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return row_background(status, self._palette)
        return status_icon(status) if column == self.STATE else None

    def _text(self, row: int, column: int) -> str:
        card = self._rows[row]
        if column == self.TYPE:
            return card.type or self.tr("(type not set)")
        if column == self.FROM:
            return date_text(card.valid_from)
        if column == self.UNTIL:
            return date_text(card.valid_until)
        return self._state[row][0]

    def _tooltip(self, row: int, column: int) -> str | None:
        """The card type's name (and the reason it was given for); elsewhere the state, whole
        (the column may cut it)."""
        card = self._rows[row]
        if column == self.TYPE and card.type:
            name = card_type_name(card.type)
            if card.reason:
                held = self.tr("{card}, held for: {reason}")
                return held.format(card=name, reason=reason_name(card.reason))
            return name
        return self._state[row][0] or None
