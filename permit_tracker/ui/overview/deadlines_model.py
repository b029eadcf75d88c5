"""The Overview's table: one row per deadline, most urgent first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from permit_tracker.domain.deadline import Deadline, Status
from permit_tracker.i18n import deadline_text
from permit_tracker.ui.widgets.formatting import (
    date_text,
    deadline_when_text,
    long_date_text,
    status_text,
)
from permit_tracker.ui.widgets.messages import rich_escape
from permit_tracker.ui.widgets.status_style import row_background, stands_out, status_icon
from permit_tracker.ui.widgets.table_model import RowsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
DEADLINE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Deadline value of the row
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # Deadline.key, to find a row again after a reload


class DeadlinesModel(RowsTableModel[Deadline]):
    STATUS, WHAT, DATE, WHEN = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._palette: QPalette = QGuiApplication.palette()

    def set_deadlines(self, rows: Sequence[Deadline], palette: QPalette | None = None) -> None:
        """Show `rows` in the given order (the caller sorts: `domain.deadlines` order)."""
        if palette is not None:
            self._palette = QPalette(palette)
        self.reset_rows(rows)

    def deadline(self, row: int) -> Deadline:
        return self.row_value(row)

    def row_of(self, key: str) -> int:
        """The row of the deadline with `key`, or -1."""
        return next((i for i, d in enumerate(self._rows) if d.key == key), -1)

    # -- QAbstractTableModel --------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Status"), self.tr("What"), self.tr("Date"), self.tr("When"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return status_icon(row.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return row_background(row.status, self._palette)
        if role == Qt.ItemDataRole.FontRole and stands_out(row.status):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.status is Status.DONE:
            return self._palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{status_text(row.status)}: {self._display(row, column)}"
        if role == DEADLINE_ROLE:
            return row
        if role == KEY_ROLE:
            return row.key
        return None

    # -- text -----------------------------------------------------------------------------
    def _display(self, row: Deadline, column: int) -> str:
        if column == self.STATUS:
            return status_text(row.status)
        if column == self.WHAT:
            return deadline_text.title(row)
        if column == self.DATE:
            return date_text(row.date) if row.date is not None else self.tr("not possible yet")
        return deadline_when_text(row)

    def _tooltip(self, row: Deadline) -> str:
        when = long_date_text(row.date) if row.date is not None else ""
        lines = [f"<b>{rich_escape(deadline_text.title(row))}</b>"]
        if when:
            lines.append(rich_escape(f"{when} — {deadline_when_text(row)}"))
        lines.append(rich_escape(deadline_text.explanation(row)))
        if flag := deadline_text.flag(row):
            lines.append(rich_escape(flag))
        return "<p style='white-space:normal'>" + "<br>".join(lines) + "</p>"
