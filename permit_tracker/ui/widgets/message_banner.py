"""An in-app message strip for the window's banner area: errors that need no dialog, the
demo notice. Tinted from the palette so it reads on light and dark themes."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from permit_tracker.domain.deadline import Status
from permit_tracker.ui.widgets.status_style import blend, status_colour, status_icon

LONG = 120  # characters: a longer message shows its first sentence until "More"


def first_sentence(text: str) -> tuple[str, str]:
    """(first sentence, the rest) of a long message; (text, "") for a short one."""
    if len(text) <= LONG:
        return text, ""
    for end in (". ", ": "):
        cut = text.find(end)
        if 0 < cut < len(text) - 2:
            return text[: cut + 1], text[cut + 2 :]
    return text, ""


KINDS = {"error": Status.OVERDUE, "warning": Status.DUE_SOON, "info": Status.INFO}


class MessageBanner(QFrame):
    def __init__(self, text: str, kind: str = "error", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = KINDS[kind]
        icon = QLabel(self)
        icon.setPixmap(status_icon(self._status).pixmap(16, 16))
        self._text = text
        first, rest = first_sentence(text)
        self._short = first if rest else ""
        self.label = QLabel(self._short or text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setToolTip(text if rest else "")
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.deleteLater)
        # A long message shows its first sentence; "More" opens the rest (compact strip).
        self.more = QToolButton(self)
        self.more.setAutoRaise(True)
        self.more.setCheckable(True)
        self.more.setText(self.tr("More"))
        self.more.setVisible(bool(rest))
        self.more.toggled.connect(self._show_all)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 4, 3)  # compact: banners must not eat the window
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        QWidget.setTabOrder(self.more, close)  # left to right, though ✕ was made first
        self.setAccessibleName(text)

    def text(self) -> str:
        """The whole message, however much of it is on screen."""
        return self._text

    def _show_all(self, on: bool) -> None:
        self.label.setText(self._text if on else self._short)
        self.more.setText(self.tr("Less") if on else self.tr("More"))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = self.palette().color(QPalette.ColorRole.Base)
        accent = status_colour(self._status)
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        painter.fillPath(path, blend(base, accent, 0.16))
        painter.setPen(accent)
        painter.drawPath(path)
        painter.end()
        super().paintEvent(event)


class BannerSlot(QWidget):
    """Holds one banner with the window's margins, and goes away with it, so the banner
    area shrinks back to nothing."""

    def __init__(self, banner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.addWidget(banner)
        self.banner = banner
        # Not childEvent: during destruction PySide hands it a different wrapper object.
        banner.destroyed.connect(self.deleteLater)
