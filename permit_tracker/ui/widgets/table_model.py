"""The shape every read-only table of the app shares: a list of domain values as rows,
named columns, reset whole on reload (views never query the database), and the view that
shows one."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses name their columns in `headers()` (translated) and answer `data()`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def reset_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_value(self, row: int) -> Row:
        return self._rows[row]

    def value_at(self, index: AnyIndex) -> Row | None:
        """The row's value for a valid index of this table, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Rows are selected, never edited in place (edits go through forms and undo)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.headers()
        return names[section] if 0 <= section < len(names) else None


def row_table_view(model: QAbstractTableModel, parent: QWidget, accessible_name: str) -> QTableView:
    """A table whose rows are picked whole, one at a time, and never edited in place; Tab
    leaves the table instead of walking its cells (keyboard use of the whole window)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setAccessibleName(accessible_name)
    return view
