"""The sidebar's list of people, each with the status of their most urgent deadline."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from permit_tracker.domain.deadline import Deadline
from permit_tracker.domain.model import Person
from permit_tracker.i18n import deadline_text
from permit_tracker.ui.widgets.formatting import date_text, deadline_when_text
from permit_tracker.ui.widgets.icons import icon
from permit_tracker.ui.widgets.status_style import status_icon

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # a short "what is next" line for the delegate


class PeopleModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Person, Deadline | None]] = []
        self._dated: set[str] = set()  # ids of people with at least one deadline

    def set_people(
        self, rows: Sequence[tuple[Person, Deadline | None]], dated: set[str] | None = None
    ) -> None:
        """(person, their next open deadline or None), in display order; `dated`: the ids of
        people who have any deadline at all (the others have no dates recorded yet)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._dated = {p.id for p, _ in rows} if dated is None else set(dated)
        self.endResetModel()

    def person_id(self, row: int) -> str:
        return self._rows[row][0].id

    def row_of(self, person_id: str | None) -> int:
        return next((i for i, (p, _) in enumerate(self._rows) if p.id == person_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person, upcoming = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return person.name
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(upcoming.status) if upcoming else icon("person")
        if role == NEXT_ROLE:
            return self._next_text(person, upcoming)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{person.name}\n{self._next_text(person, upcoming)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{person.name}, {self._next_text(person, upcoming)}"
        if role == ID_ROLE:
            return person.id
        return None

    def _next_text(self, person: Person, upcoming: Deadline | None) -> str:
        if upcoming is None:
            return self.tr("Nothing due") if person.id in self._dated else self.tr("No dates yet")
        title = deadline_text.title(upcoming)
        if upcoming.date is None:
            return title
        # A message, not an f-string: French puts a space before the colon.
        return self.tr("{title}: {date} ({when})").format(
            title=title, date=date_text(upcoming.date), when=deadline_when_text(upcoming)
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
