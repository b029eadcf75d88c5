"""Overview: what is next for the selected person, soonest first, with the why panel."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.domain.deadline import Status
from permit_tracker.domain.deadlines import next_deadline
from permit_tracker.domain.model import Person
from permit_tracker.ui.overview.deadlines_model import DeadlinesModel
from permit_tracker.ui.overview.why_panel import WhyPanel
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.table_model import row_table_view

# Below this width the why panel goes under the table instead of beside it.
_SIDE_BY_SIDE_MIN = 860


class _PaddedDelegate(QStyledItemDelegate):
    """A wrapped title keeps the same air above and below as a one-line row."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 10)


class OverviewTab(QWidget):
    """Table of deadlines (done ones hidden unless asked) and, for the selected one, why."""

    edit_dates_requested = Signal()  # the empty state's button: go to Dates & permits

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._person: Person | None = None
        self._sized = False  # splitter proportions are set at the first resize

        self.model = DeadlinesModel(self)
        self.table = row_table_view(self.model, self, self.tr("Deadlines, most urgent first"))
        self.table.setShowGrid(False)
        # Titles fit: a long one ("Last day your passport has 12 months left") wraps onto a
        # second line of its row instead of being cut (a cut title loses its meaning).
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # one-line rows keep their air
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegateForColumn(DeadlinesModel.WHAT, _PaddedDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DeadlinesModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DeadlinesModel.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DeadlinesModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DeadlinesModel.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)

        self.show_done = QCheckBox(self.tr("Show done"), self)
        self.show_done.setToolTip(self.tr("Also list deadlines that are already taken care of"))
        self.show_done.toggled.connect(self._reload)
        self.count = QLabel(self)

        table_box = QWidget(self)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(self.show_done)
        below.addStretch(1)
        below.addWidget(self.count)
        table_layout.addLayout(below)

        self.why = WhyPanel(self, controller)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(self.why)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.empty = QWidget(self)
        empty_layout = QVBoxLayout(self.empty)
        self.empty_text = QLabel(
            self.tr(
                "No deadlines yet.\nEnter the arrival date, the visa and the passport on "
                "Dates & permits: every deadline follows from them."
            ),
            self.empty,
        )
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        go = QPushButton(self.tr("Enter dates…"), self.empty)
        go.clicked.connect(self.edit_dates_requested)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(go, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stack)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_why())
        controller.changed.connect(self.refresh)

    # -- public ---------------------------------------------------------------------------
    def set_person(self, person: Person | None) -> None:
        self._person = person
        self.table.setCurrentIndex(QModelIndex())
        self._reload()
        if person is not None and self.model.rowCount():
            # Start on the row the headline talks about, so the why panel explains it.
            first = next_deadline([self.model.deadline(r) for r in range(self.model.rowCount())])
            self.table.selectRow(self.model.row_of(first.key) if first is not None else 0)

    def refresh(self) -> None:
        if self._person is not None:
            self._person = self._controller.find_person(self._person.id)
        self._reload()

    def select_key(self, key: str) -> bool:
        """Select the row of `Deadline.key` (showing done rows if it is one); False if absent."""
        row = self.model.row_of(key)
        if row < 0 and not self.show_done.isChecked():
            self.show_done.setChecked(True)
            row = self.model.row_of(key)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus()
        return True

    # -- internals ------------------------------------------------------------------------
    def _reload(self) -> None:
        selected = self._selected_key()
        person = self._person
        rows = self._controller.deadlines(person) if person is not None else []
        done = [r for r in rows if r.status is Status.DONE]
        shown = rows if self.show_done.isChecked() else [r for r in rows if r not in done]
        # Open rows in engine order (overdue first, then by date), done rows at the end.
        shown = [r for r in shown if r.status is not Status.DONE] + [
            r for r in shown if r.status is Status.DONE
        ]
        self.model.set_deadlines(shown, self.palette())
        self.show_done.setText(self.tr("Show done ({})").format(len(done)))
        self.show_done.setEnabled(bool(done))
        self.count.setText(self.tr("{} shown").format(len(shown)) if shown else "")
        self.stack.setCurrentWidget(self.splitter if rows else self.empty)
        self.setEnabled(person is not None)
        if selected is not None:
            row = self.model.row_of(selected)
            if row >= 0:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._show_why()

    def selected_key(self) -> str | None:
        """The Deadline.key of the selected row, if any."""
        return self._selected_key()

    def _selected_key(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.deadline(index.row()).key if index.isValid() else None

    def _show_why(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.why.show_nothing()
            return
        self.why.show_deadline(self.model.deadline(index.row()), self._controller.ruleset())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = self.width() >= _SIDE_BY_SIDE_MIN
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation or not self._sized:
            self._sized = True
            self.splitter.setOrientation(orientation)
            # Beside: the table gets most of the width; below: the why panel gets 40 %.
            total = self.width() if wide else self.height()
            first = int(total * (0.64 if wide else 0.58))
            self.splitter.setSizes([first, total - first])
        super().resizeEvent(event)
