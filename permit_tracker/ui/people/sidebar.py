"""The people list: each person with what is next for them; add, rename, remove."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.domain.deadlines import next_deadline
from permit_tracker.domain.model import Person
from permit_tracker.ui.people.people_model import NEXT_ROLE, PeopleModel
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.icons import icon
from permit_tracker.ui.widgets.messages import show_message

AnyIndex = QModelIndex | QPersistentModelIndex


class PersonDelegate(QStyledItemDelegate):
    """Two lines: the name (elided) and, muted, what is next for that person."""

    ICON = 22

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(160, metrics.height() * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            opt.text = ""
            opt.icon = type(opt.icon)()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        icon_rect = QRect(
            rect.left() + 6, rect.top() + (rect.height() - self.ICON) // 2, self.ICON, self.ICON
        )
        index.data(Qt.ItemDataRole.DecorationRole).paint(painter, icon_rect)
        text_left = icon_rect.right() + 8
        width = rect.right() - text_left - 4
        name_font = QFont(opt.font)
        name_font.setBold(True)
        metrics = QFontMetrics(name_font)
        name = metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, width)
        line = metrics.height()
        top = rect.top() + (rect.height() - 2 * line - 2) // 2
        painter.setFont(name_font)
        painter.setPen(palette.color(role))
        painter.drawText(QRect(text_left, top, width, line), Qt.AlignmentFlag.AlignVCenter, name)
        small = QFont(opt.font)
        small.setPointSizeF(small.pointSizeF() * 0.9)
        painter.setFont(small)
        muted = (
            palette.color(role) if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        painter.setPen(muted)
        detail = QFontMetrics(small).elidedText(
            str(index.data(NEXT_ROLE) or ""), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(
            QRect(text_left, top + line + 2, width, line), Qt.AlignmentFlag.AlignVCenter, detail
        )
        painter.restore()


class NameDialog(QDialog):
    """Ask for a person's name; problems (empty, taken, too long) show under the field."""

    def __init__(
        self, controller: Controller, person: Person, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._person = person
        self.setWindowTitle(title)
        self.name = QLineEdit(person.name, self)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.selectAll()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        label = QLabel(self.tr("&Name:"), self)
        label.setBuddy(self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self.setMinimumWidth(360)
        self._check()

    def value(self) -> str:
        return self.name.text().strip()

    def _check(self) -> None:
        draft = replace(self._person, name=self.value())
        problems = [p for p in self._controller.problems(draft) if p.field == "name"]
        # An empty field is the starting point, not a mistake worth a red line.
        show_message(self.error, "; ".join(p.message for p in problems) if self.name.text() else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)


class Sidebar(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.model = PeopleModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(PersonDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        # Each row elides its own text to the width (whole in the tooltip): a horizontal
        # scroll bar under a narrow list (800 px) would only scroll the row's blank end.
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("People"))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        title = QLabel(self.tr("People"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.add_button = self._tool("add", self.tr("Add a person (Ctrl+N)"), self.add_person)
        self.rename_button = self._tool("rename", self.tr("Rename (F2)"), self.rename_person)
        self.remove_button = self._tool("remove", self.tr("Remove…"), self.remove_person)

        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.rename_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.installEventFilter(self)
        controller.changed.connect(self.refresh)
        controller.selection_changed.connect(self._show_selection)
        self.refresh()

    def _tool(self, name: str, text: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(name))
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        people = self._controller.people()
        deadlines = {p.id: self._controller.deadlines(p) for p in people}
        rows = [(p, next_deadline(deadlines[p.id])) for p in people]
        self.model.set_people(rows, {pid for pid, found in deadlines.items() if found})
        self._show_selection(self._controller.selected_id())

    def _show_selection(self, person_id: object) -> None:
        row = self.model.row_of(person_id if isinstance(person_id, str) else None)
        selection = self.view.selectionModel()
        if row < 0:
            selection.clear()
        elif self.view.currentIndex().row() != row or not selection.hasSelection():
            selection.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        has = row >= 0
        self.rename_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._controller.select(self.model.person_id(current.row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove_person()
            return True
        return super().eventFilter(watched, event)

    # -- actions (also in the window's menus) ---------------------------------------------
    def add_person(self) -> None:
        dialog = NameDialog(self._controller, Person(name=""), self.tr("Add a person"), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._controller.add_person(Person(name=dialog.value()))

    def rename_person(self) -> None:
        person = self._controller.find_person(self._controller.selected_id())
        if person is None:
            return
        dialog = NameDialog(self._controller, person, self.tr("Rename"), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.value() != person.name:
            self._controller.rename(person.id, dialog.value())

    def remove_person(self) -> None:
        person = self._controller.find_person(self._controller.selected_id())
        if person is not None and self.confirm_remove(person):
            self._controller.remove_person(person.id)

    def confirm_remove(self, person: Person) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove {}?").format(person.name),
            self.tr(
                "Remove {} and everything recorded for them: dates, cards, trips and documents?"
            ).format(person.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name is data, never HTML
        box.setInformativeText(self.tr("You can bring them back with Edit ▸ Undo."))
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove
