"""In-app reminders: a banner per reminder while the app runs, and one "While you were away"
banner listing what came due while it was closed. The chain's `always` notifier: whatever
else works or not, the reminder is also in the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.domain.deadline import Status
from permit_tracker.reminders.notifier import Action, Notification, Notifier
from permit_tracker.ui.status_style import blend, status_colour

ActionCallback = Callable[[str, Action], None]


class _Tinted(QFrame):
    """A rounded strip tinted with a status colour (reads on light and dark palettes)."""

    def __init__(self, status: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = status

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = status_colour(self._status)
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        painter.fillPath(path, blend(self.palette().color(QPalette.ColorRole.Base), accent, 0.16))
        painter.setPen(accent)
        painter.drawPath(path)
        painter.end()
        super().paintEvent(event)


class ReminderRow(QWidget):
    """One reminder's text and its buttons: Open, Snooze 1 day, Mark done."""

    def __init__(
        self, notification: Notification, act: ActionCallback, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.notification = notification
        self.title = QLabel(f"<b>{_escape(notification.title)}</b>", self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.body = QLabel(notification.body, self)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.title)
        text.addWidget(self.body)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(text, 1)
        self.buttons: dict[Action, QPushButton] = {}
        labels = {
            Action.OPEN: self.tr("Open"),
            Action.SNOOZE: self.tr("Snooze 1 day"),
            Action.DONE: self.tr("Mark done"),
        }
        for action, label in labels.items():
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, a=action: act(notification.key, a))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.buttons[action] = button
        self.setAccessibleName(f"{notification.title}. {notification.body}")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _close_button(parent: QWidget, on_click: Callable[[], None]) -> QToolButton:
    close = QToolButton(parent)
    close.setText("✕")
    close.setAutoRaise(True)
    close.setToolTip(parent.tr("Hide"))
    close.setAccessibleName(parent.tr("Hide reminder"))
    close.clicked.connect(on_click)
    return close


class ReminderBanner(_Tinted):
    """A reminder that came due while the app was running."""

    def __init__(
        self, notification: Notification, act: ActionCallback, parent: QWidget | None = None
    ) -> None:
        super().__init__(Status.OVERDUE if notification.urgent else Status.DUE_SOON, parent)
        self.row = ReminderRow(notification, act, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.row, 1)
        layout.addWidget(_close_button(self, self.deleteLater), 0, Qt.AlignmentFlag.AlignTop)


class AwayBanner(_Tinted):
    """The reminders that came due while the app was closed, in one list."""

    def __init__(self, act: ActionCallback, parent: QWidget | None = None) -> None:
        super().__init__(Status.DUE_SOON, parent)
        self._act = act
        self.heading = QLabel(f"<b>{self.tr('While you were away')}</b>", self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(_close_button(self, self.deleteLater), 0, Qt.AlignmentFlag.AlignTop)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 8)
        layout.addLayout(top)
        layout.addLayout(self._rows)

    def add(self, notification: Notification) -> ReminderRow:
        row = ReminderRow(notification, self._act, self)
        self._rows.addWidget(row)
        return row

    def rows(self) -> list[ReminderRow]:
        items = (self._rows.itemAt(i) for i in range(self._rows.count()))
        return [w for item in items if item and isinstance(w := item.widget(), ReminderRow)]

    def remove(self, key: str) -> None:
        for row in self.rows():
            if row.notification.key == key:
                self._rows.removeWidget(row)
                row.deleteLater()
        if not self.rows():
            self.hide()
            self.deleteLater()


class BannerNotifier(Notifier):
    """Shows reminders in the window through `add_banner` (MainWindow.add_banner)."""

    name = "banner"

    def __init__(self, add_banner: Callable[[QWidget], None]) -> None:
        super().__init__()
        self._add_banner = add_banner
        self._banners: dict[str, ReminderBanner] = {}
        self._away: AwayBanner | None = None

    def notify(self, notification: Notification) -> bool:
        self.withdraw(notification.key)  # a snoozed reminder comes back: one banner, not two
        if notification.missed:
            if self._away is None:
                self._away = AwayBanner(self._act)
                self._away.destroyed.connect(self._away_closed)
                self._add_banner(self._away)
            self._away.add(notification)
        else:
            banner = ReminderBanner(notification, self._act)
            banner.destroyed.connect(lambda *_, k=notification.key: self._banners.pop(k, None))
            self._banners[notification.key] = banner
            self._add_banner(banner)
        return True

    def _away_closed(self, *_: object) -> None:
        self._away = None

    def withdraw(self, key: str) -> None:
        banner = self._banners.pop(key, None)
        if banner is not None:
            banner.hide()
            banner.deleteLater()
        if self._away is not None and any(r.notification.key == key for r in self._away.rows()):
            self._away.remove(key)

    def banners(self) -> list[ReminderBanner]:
        return list(self._banners.values())

    @property
    def away(self) -> AwayBanner | None:
        return self._away

    def close(self) -> None:
        for key in list(self._banners):
            self.withdraw(key)
