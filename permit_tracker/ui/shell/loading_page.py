"""What the main window shows between its first paint and the data: the sidebar, the headline
strip and the tab bar where they will be, empty, with "Loading…" in the strip.

It is the first frame of every start (paint first, load after), so it is built from
Qt widgets alone: no storage, engine or tab module is imported for it. Not a splash screen:
the window already has its final size, title and menus; this page is replaced in place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

# The real widgets' margins (sidebar.Sidebar, person_view.PersonView, headline.Headline), so
# nothing moves when the data arrives.
SIDEBAR_WIDTH = 230
_TAB_NAMES = ("Overview", "Dates && permits", "Travel", "Documents", "Timeline")


def _faded(widget: QWidget) -> None:
    palette = widget.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    mixed = window.toRgb()
    mixed.setRgbF(
        window.redF() * 0.38 + text.redF() * 0.62,
        window.greenF() * 0.38 + text.greenF() * 0.62,
        window.blueF() * 0.38 + text.blueF() * 0.62,
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    widget.setPalette(palette)


def _mixed(widget: QWidget, role: QPalette.ColorRole, amount: float) -> QColor:
    """The palette's Base colour with `amount` of `role` laid over it."""
    palette = widget.palette()
    base, over = palette.color(QPalette.ColorRole.Base), palette.color(role)
    mixed = base.toRgb()
    mixed.setRgbF(
        base.redF() * (1 - amount) + over.redF() * amount,
        base.greenF() * (1 - amount) + over.greenF() * amount,
        base.blueF() * (1 - amount) + over.blueF() * amount,
    )
    return mixed


def _filled(widget: QWidget, colour: QColor) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, colour)
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


class _Strip(QFrame):
    """The headline's place: its neutral tint and accent bar (no status yet), its height.

    Painted from the palette, with no paintEvent of ours: in PySide6, QPainter calls that
    take a QColor resolve their overloads through the `Qt` namespace, whose first use builds
    all its enums (≈ 15 ms, a sixth of a bare window's start)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        _filled(self, _mixed(self, QPalette.ColorRole.Mid, 0.14))
        bar = QWidget(self)
        bar.setFixedWidth(5)
        _filled(bar, self.palette().color(QPalette.ColorRole.Mid))
        self.label = QLabel(QCoreApplication.translate("MainWindow", "Loading…"), self)
        font = QFont(self.label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.label.setFont(font)
        _faded(self.label)
        detail = QLabel(" ", self)  # the detail line's height
        column = QVBoxLayout()
        column.setContentsMargins(55, 10, 12, 10)  # where the headline's text starts
        column.setSpacing(2)
        column.addWidget(self.label)
        column.addWidget(detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(bar)
        row.addLayout(column, 1)


class LoadingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Loading"))

        sidebar = QWidget(self)
        sidebar.setFixedWidth(SIDEBAR_WIDTH)
        title = QLabel(QCoreApplication.translate("Sidebar", "People"), sidebar)
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        people = QFrame(sidebar)  # drawn like the empty list (a QListView costs a millisecond)
        people.setFrameShape(QFrame.Shape.StyledPanel)
        people.setFrameShadow(QFrame.Shadow.Sunken)
        _filled(people, people.palette().color(QPalette.ColorRole.Base))
        left = QVBoxLayout(sidebar)
        left.setContentsMargins(8, 8, 0, 8)
        left.addWidget(title)
        left.addWidget(people, 1)
        buttons = QWidget(sidebar)  # the add / rename / remove buttons' row
        buttons.setFixedHeight(24)
        left.addWidget(buttons)

        person = QWidget(self)
        self.strip = _Strip(person)
        tabs = QTabBar(person)
        tabs.setDocumentMode(True)
        tabs.setDrawBase(False)
        tabs.setExpanding(False)
        for name in _TAB_NAMES:
            tabs.addTab(QCoreApplication.translate("PersonView", name))
        tabs.setEnabled(False)
        body = QFrame(person)
        body.setFrameShape(QFrame.Shape.StyledPanel)
        right = QVBoxLayout(person)
        right.setContentsMargins(8, 8, 8, 0)
        right.setSpacing(0)
        right.addWidget(self.strip)
        right.addSpacing(8)
        right.addWidget(tabs)
        right.addWidget(body, 1)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)  # the splitter handle
        row.addWidget(sidebar)
        row.addWidget(person, 1)
