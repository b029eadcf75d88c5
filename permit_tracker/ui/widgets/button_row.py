"""A row of buttons that wraps onto a second line instead of widening the page.

French and German button texts run about a third longer than English: "Add waiting
document" and "Remove waiting document" side by side are wider than an 800-pixel window
leaves a Dates & permits section. In a plain QHBoxLayout the row's minimum width is the sum
of its buttons, so the page grows a horizontal scroll bar (or, where that is off, is cut).
This layout asks only for its widest button: when everything fits on one line the leading
buttons sit on the left and the trailing ones on the right (as `addStretch` would place
them); when not, the buttons flow onto as many lines as needed, each kept whole.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class ButtonRow(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._trailing_from: int | None = None  # index of the first right-aligned item
        self.setContentsMargins(0, 0, 0, 0)

    # -- building ------------------------------------------------------------------------
    def add(self, *widgets: QWidget) -> None:
        """Buttons on the left of the line, in order."""
        for widget in widgets:
            self.addWidget(widget)

    def add_trailing(self, *widgets: QWidget) -> None:
        """Buttons on the right of the line (after everything added before)."""
        if self._trailing_from is None:
            self._trailing_from = len(self._items)
        self.add(*widgets)

    # -- QLayout -------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        if self._trailing_from is not None and index < self._trailing_from:
            self._trailing_from -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible)
        width += self._gap() * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """The widest button: the others go onto further lines."""
        visible = self._visible()
        width = max((item.minimumSize().width() for item in visible), default=0)
        width = max(width, max((item.sizeHint().width() for item in visible), default=0))
        height = max((item.sizeHint().height() for item in visible), default=0)
        return self._with_margins(QSize(width, height))

    # -- internals -----------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        """The spacing set on the row, else the style's between two push buttons."""
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().layoutSpacing(
            QSizePolicy.ControlType.PushButton,
            QSizePolicy.ControlType.PushButton,
            Qt.Orientation.Horizontal,
        )

    def _with_margins(self, size: QSize) -> QSize:
        m = self.contentsMargins()
        return QSize(size.width() + m.left() + m.right(), size.height() + m.top() + m.bottom())

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lay the buttons out in `rect` (when `place`); returns the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self._gap()
        visible = self._visible()
        hints = [item.sizeHint() for item in visible]
        line_height = max((h.height() for h in hints), default=0)
        one_line = sum(h.width() for h in hints) + gap * max(0, len(hints) - 1)
        if one_line <= area.width():
            if place:
                self._place_on_one_line(area, visible, hints, gap)
            return line_height + m.top() + m.bottom()
        x, y = area.x(), area.y()
        for item, hint in zip(visible, hints, strict=True):
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y = area.x(), y + line_height + gap
            if place:
                width = min(hint.width(), area.width())
                item.setGeometry(QRect(QPoint(x, y), QSize(width, line_height)))
            x += hint.width() + gap
        return y + line_height - area.y() + m.top() + m.bottom()

    def _place_on_one_line(
        self, area: QRect, visible: list[QLayoutItem], hints: list[QSize], gap: int
    ) -> None:
        trailing = {
            id(item)
            for item in self._items[self._trailing_from :]
            if self._trailing_from is not None
        }
        x = area.x()
        for item, hint in zip(visible, hints, strict=True):
            if id(item) not in trailing:
                item.setGeometry(QRect(QPoint(x, area.y()), QSize(hint.width(), area.height())))
                x += hint.width() + gap
        x = area.right() + 1
        for item, hint in reversed(list(zip(visible, hints, strict=True))):
            if id(item) in trailing:
                x -= hint.width()
                item.setGeometry(QRect(QPoint(x, area.y()), QSize(hint.width(), area.height())))
                x -= gap
