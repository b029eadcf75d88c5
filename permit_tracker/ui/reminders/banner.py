"""In-app reminders: one compact strip in the window listing every reminder shown, those of
deadlines that passed while the app was closed under "While you were away". The chain's
`always` notifier: whatever else works or not, the reminder is also in the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.domain.deadline import Status
from permit_tracker.reminders.notifier import Action, Notification, Notifier
from permit_tracker.ui.widgets.messages import rich_escape
from permit_tracker.ui.widgets.status_style import blend, status_colour

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
        self.title = QLabel(f"<b>{rich_escape(notification.title)}</b>", self)
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


def _close_button(parent: QWidget, on_click: Callable[[], None]) -> QToolButton:
    close = QToolButton(parent)
    close.setText("✕")
    close.setAutoRaise(True)
    close.setToolTip(QCoreApplication.translate("ReminderStrip", "Hide"))
    close.setAccessibleName(QCoreApplication.translate("ReminderStrip", "Hide reminder"))
    close.clicked.connect(on_click)
    return close


class ReminderStrip(_Tinted):
    """Every reminder shown in the window, in one compact strip (banners
    must not eat the window). One reminder shows as itself; several collapse to one line
    with their count, which expands to the list. Reminders of deadlines that passed while the
    app was closed are listed under "While you were away"; ✕ dismisses what is listed (the
    dismissal is recorded, so nothing comes back)."""

    def __init__(self, act: ActionCallback, parent: QWidget | None = None) -> None:
        super().__init__(Status.DUE_SOON, parent)
        self._act = act
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.toggle = QToolButton(self)
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(lambda _on: self._layout_rows())
        self.close_button = _close_button(self, self.dismiss_all)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.toggle, 0)
        self.list = QWidget(self)
        # Each text translated outside its f-string: lupdate does not look inside one.
        away = self.tr("While you were away")
        self.away_label = QLabel(f"<b>{rich_escape(away)}</b>", self.list)
        self._away_rows = QVBoxLayout()
        self._away_rows.setSpacing(4)
        self._now_rows = QVBoxLayout()
        self._now_rows.setSpacing(4)
        rows = QVBoxLayout(self.list)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        coming = self.tr("Coming up")
        self.now_label = QLabel(f"<b>{rich_escape(coming)}</b>", self.list)
        rows.addWidget(self.away_label)
        rows.addLayout(self._away_rows)
        rows.addWidget(self.now_label)
        rows.addLayout(self._now_rows)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addLayout(top)
        column.addWidget(self.list)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 4, 2)
        layout.addLayout(column, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._layout_rows()

    def add(self, notification: Notification) -> ReminderRow:
        row = ReminderRow(notification, self._act, self.list)
        (self._away_rows if notification.missed else self._now_rows).addWidget(row)
        self._layout_rows()
        return row

    def rows(self) -> list[ReminderRow]:
        found: list[ReminderRow] = []
        for box in (self._away_rows, self._now_rows):
            items = (box.itemAt(i) for i in range(box.count()))
            found += [w for item in items if item and isinstance(w := item.widget(), ReminderRow)]
        return found

    def away_rows(self) -> list[ReminderRow]:
        return [row for row in self.rows() if row.notification.missed]

    def expanded(self) -> bool:
        """The list is on screen (always, for a single reminder)."""
        return not self.list.isHidden()

    def remove(self, key: str) -> None:
        for row in self.rows():
            if row.notification.key == key:
                row.setParent(None)
                row.deleteLater()
        self._layout_rows()

    def dismiss_all(self) -> None:
        """✕: every reminder listed is dismissed (recorded: it does not come back)."""
        for row in self.rows():
            self._act(row.notification.key, Action.DISMISS)
        for row in self.rows():  # those the action did not withdraw (no scheduler)
            self.remove(row.notification.key)

    def _layout_rows(self) -> None:
        rows = self.rows()
        count = len(rows)
        if count == 0:
            self.setVisible(False)  # before its first row, or after its last
            return
        if self.parentWidget() is not None:
            self.setVisible(True)
        single = count == 1
        self.heading.setVisible(not single)
        self.toggle.setVisible(not single)
        self.list.setVisible(single or self.toggle.isChecked())
        away = len(self.away_rows())
        self.away_label.setVisible(bool(away) and not single)
        self.now_label.setVisible(bool(away) and count > away)
        on = self.toggle.isChecked()
        self.toggle.setText(self.tr("Hide") if on else self.tr("Show all"))
        self.toggle.setAccessibleName(self.tr("Hide the list") if on else self.tr("Show all"))
        if single:
            return
        # Several reminders here (one shows as itself): the plural forms start at 2.
        reminders = self.tr("%n reminders", "", count)
        head = f"<b>{rich_escape(reminders)}</b>"
        if away:
            head += " · " + rich_escape(self.tr("%n while you were away", "", away))
        first = rows[0].notification.title
        more = self.tr("{first} and %n more", "", count - 1).format(first=first)
        head += " — " + rich_escape(more)
        self.heading.setText(head)
        self.heading.setToolTip("\n".join(r.notification.title for r in rows))


class BannerNotifier(Notifier):
    """Shows reminders in the window through `add_banner` (MainWindow.add_banner): one
    ReminderStrip, created with the first reminder and gone with the last."""

    name = "banner"

    def __init__(self, add_banner: Callable[[QWidget], None]) -> None:
        super().__init__()
        self._add_banner = add_banner
        self._strip: ReminderStrip | None = None

    def notify(self, notification: Notification) -> bool:
        self.withdraw(notification.key)  # a snoozed reminder comes back: one row, not two
        if self._strip is None:
            self._strip = ReminderStrip(self._act)
            self._strip.destroyed.connect(self._strip_closed)
            self._add_banner(self._strip)
        self._strip.add(notification)
        return True

    def _strip_closed(self, *_: object) -> None:
        self._strip = None

    def withdraw(self, key: str) -> None:
        strip = self._strip
        if strip is None or not any(r.notification.key == key for r in strip.rows()):
            return
        strip.remove(key)
        if not strip.rows():
            self._strip = None
            strip.hide()
            strip.deleteLater()  # its slot in the window goes with it

    @property
    def strip(self) -> ReminderStrip | None:
        return self._strip

    def rows(self) -> list[ReminderRow]:
        return self._strip.rows() if self._strip is not None else []

    def close(self) -> None:
        for row in self.rows():
            self.withdraw(row.notification.key)
