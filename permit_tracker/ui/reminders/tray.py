"""The tray icon (where the desktop has a tray): a tooltip with the next deadline and a menu
rebuilt each time it opens — Open, the next three deadlines, Pause reminders for a day, Quit.
Also the tray balloon notifier, the fallback when there is no D-Bus notification server."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial

from PySide6.QtCore import QLocale, QObject, QTime, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from permit_tracker import APP_NAME
from permit_tracker.domain.deadline import Deadline, Status
from permit_tracker.domain.deadlines import sort_key
from permit_tracker.i18n import deadline_text
from permit_tracker.reminders.notifier import Action, Notification, Notifier, one_line
from permit_tracker.ui.widgets.formatting import date_text, deadline_when_text
from permit_tracker.ui.widgets.icons import app_icon

OPEN_STATUSES = frozenset({Status.OVERDUE, Status.DUE_SOON, Status.UPCOMING})
BALLOON_MS = 15_000


def next_deadlines(rows: list[Deadline], count: int = 3) -> list[Deadline]:
    """The open deadlines that matter most: overdue first, then the soonest."""
    return sorted((d for d in rows if d.status in OPEN_STATUSES), key=sort_key)[:count]


class ReminderTray(QObject):
    """The tray icon and its menu. Callbacks keep it independent of the window class."""

    open_requested = Signal()
    deadline_requested = Signal(str, str)  # person id, deadline key
    quit_requested = Signal()

    def __init__(
        self,
        deadlines: Callable[[], list[Deadline]],
        today: Callable[[], date],
        paused_until: Callable[[], datetime | None],
        pause: Callable[[], object],
        resume: Callable[[], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._deadlines = deadlines
        self._today = today
        self._paused_until = paused_until
        self._pause = pause
        self._resume = resume
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.refresh()

    def show(self) -> None:
        self.icon.show()

    def close(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()

    def refresh(self) -> None:
        """Update the tooltip (after an edit, a new day, a reminder or a pause)."""
        self.icon.setToolTip(self.tooltip())

    def tooltip(self) -> str:
        upcoming = next_deadlines(self._deadlines(), 1)
        if upcoming:
            d = upcoming[0]
            line = self.tr("Next: {person} — {title}, {when}").format(
                person=d.person, title=deadline_text.title(d), when=deadline_when_text(d)
            )
        else:
            line = self.tr("No open deadlines")
        lines = [APP_NAME, line]
        paused = self._paused_until()
        if paused is not None:
            until = self._instant(paused)
            lines.append(self.tr("Reminders paused until {moment}").format(moment=until))
        return "\n".join(lines)

    def _instant(self, instant: datetime) -> str:
        local = instant.astimezone()
        when = QTime(local.hour, local.minute)
        clock = QLocale().toString(when, QLocale.FormatType.ShortFormat)
        return f"{date_text(local.date(), today=self._today())} {clock}"

    def rebuild_menu(self) -> None:
        menu = self.menu
        menu.clear()
        menu.addAction(self.tr("&Open {app}").format(app=APP_NAME), self.open_requested.emit)
        menu.addSeparator()
        upcoming = next_deadlines(self._deadlines())
        if not upcoming:
            menu.addAction(self.tr("No open deadlines")).setEnabled(False)
        for d in upcoming:
            text = self.tr("{person}: {title} — {when}").format(
                person=d.person, title=deadline_text.title(d), when=deadline_when_text(d)
            )
            menu.addAction(text, partial(self.deadline_requested.emit, d.person_id, d.key))
        menu.addSeparator()
        paused = self._paused_until()
        if paused is None:
            menu.addAction(self.tr("&Pause reminders for a day"), self._do_pause)
        else:
            menu.addAction(
                self.tr("&Resume reminders (paused until {moment})").format(
                    moment=self._instant(paused)
                ),
                self._do_resume,
            )
        menu.addSeparator()
        menu.addAction(self.tr("&Quit"), self.quit_requested.emit)

    def _do_pause(self) -> None:
        self._pause()
        self.refresh()

    def _do_resume(self) -> None:
        self._resume()
        self.refresh()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()


class TrayNotifier(Notifier):
    """Reminders as tray balloons; a click on the balloon opens the app at the deadline."""

    name = "tray"

    def __init__(self, icon: QSystemTrayIcon) -> None:
        super().__init__()
        self._icon = icon
        self._last: str | None = None
        icon.messageClicked.connect(self._clicked)

    def notify(self, notification: Notification) -> bool:
        if not self._icon.isVisible() or not self._icon.supportsMessages():
            return False
        kind = (
            QSystemTrayIcon.MessageIcon.Warning
            if notification.urgent
            else QSystemTrayIcon.MessageIcon.Information
        )
        self._icon.showMessage(one_line(notification.title), notification.body, kind, BALLOON_MS)
        self._last = notification.key
        return True

    def _clicked(self) -> None:
        if self._last is not None:
            self._act(self._last, Action.OPEN)
