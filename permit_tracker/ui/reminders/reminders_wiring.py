"""Reminders in the running desktop app: the scheduler, the notifier chain (D-Bus -> tray
balloon, plus the in-window strip), the tray icon and "Start at login" in Preferences.

`Reminders` knows the controller and the window only as a widget to show or hide; what it asks
of the rest of the app (a banner, the window opened at a deadline, quitting) goes out through
its signals, which the app's owner connects (ui/shell/desktop_app.py, which also hands its
Preferences section to the dialog). `claim_instance` lives in ui/shell/single_instance.py
(re-exported here), so the claim costs no reminders or storage import.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from permit_tracker import APP_NAME, paths
from permit_tracker.domain.deadline import Deadline
from permit_tracker.reminders.autostart import (
    STARTED_AT_LOGIN_ENV,
    Autostart,
    AutostartError,
    autostart_for,
    launch_command,
)
from permit_tracker.reminders.notifier import (
    Notification,
    Notifier,
    NotifierChain,
    NotifierFactory,
)
from permit_tracker.reminders.service import ReminderService
from permit_tracker.setting_keys import AUTOSTART_KEY, NO_TRAY_NOTICE_KEY, TRAY_NOTICE_KEY
from permit_tracker.ui.reminders.banner import BannerNotifier
from permit_tracker.ui.reminders.scheduler import ReminderScheduler, utc_now
from permit_tracker.ui.reminders.tray import ReminderTray, TrayNotifier
from permit_tracker.ui.shell.single_instance import claim_instance, current_instance

if TYPE_CHECKING:
    from permit_tracker.ui.preferences.preferences_dialog import PreferencesDialog
    from permit_tracker.ui.shell.controller import Controller

# claim_instance and current_instance live in single_instance.py; re-exported for callers.
__all__ = ["Reminders", "claim_instance", "current_instance"]

log = logging.getLogger(__name__)

TRAY_RETRY_MS = (10_000, 60_000)  # at login the panel may come up after us


class QtDBusNotifier:
    """Creates the D-Bus notifier with a QSocketNotifier on its socket, so the buttons people
    press arrive through the event loop (no thread, no polling)."""

    @staticmethod
    def create(parent: QObject) -> Notifier | None:
        if not sys.platform.startswith("linux"):
            return None
        from permit_tracker.reminders.dbus_notifier import DBusNotifier

        class Watched(DBusNotifier):
            watch: QSocketNotifier | None = None  # until connected; again after close()

            def __init__(self) -> None:
                super().__init__()
                self.watch = QSocketNotifier(self.fileno(), QSocketNotifier.Type.Read, parent)
                self.watch.activated.connect(lambda *_: self.process_events())

            def close(self) -> None:
                watch = self.watch
                if watch is not None:
                    watch.setEnabled(False)  # before the fd closes: no spin on a dead socket
                    watch.deleteLater()
                    self.watch = None
                super().close()

        return Watched()


class Reminders(QObject):
    """Everything reminders add to the running app. Built and connected by the owner
    (ui/shell/desktop_app.py); the tray appears with `start()`."""

    banner_requested = Signal(QWidget)  # to show above the window's content
    show_requested = Signal()  # the tray's Open, a summary notification's Open
    deadline_requested = Signal(str, str)  # person id, Deadline.key: the window shows it
    quit_requested = Signal()  # the tray's Quit: the whole app, not only the window

    def __init__(
        self,
        controller: Controller,
        window: QWidget,
        data_dir: Path | None,
        demo: bool,
        *,
        clock: Callable[[], datetime] | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        use_dbus: bool = True,
        autostart: Autostart | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.controller = controller
        self.data_dir = data_dir
        self.demo = demo
        self.autostart = autostart or autostart_for()
        # The sample family (--demo) lives in a temporary store: reminders stay in the window,
        # no desktop notifications, no tray keeping it alive after its window closes.
        self._tray_available = tray_available
        self._last_error: str | None = None
        self.service = ReminderService(controller.store, deadlines=self._deadlines_on)
        self.banner = BannerNotifier(self.banner_requested.emit)
        self.tray: ReminderTray | None = None
        self._tray_set_up = False
        self._tray_notifier: TrayNotifier | None = None
        primaries: list[NotifierFactory] = []
        if use_dbus and not demo:
            primaries.append(lambda: QtDBusNotifier.create(self))
        primaries.append(lambda: self._tray_notifier)
        self.chain = NotifierChain(primaries, always=[self.banner])
        self.scheduler = ReminderScheduler(
            self.service, self.chain, clock=clock or utc_now, parent=self
        )
        self.scheduler.open_requested.connect(self.open_deadline)
        self.scheduler.error.connect(self._show_error)
        self.scheduler.fired.connect(self._on_fired)
        self.scheduler.rearmed.connect(self._refresh_tray)
        controller.changed.connect(self.scheduler.invalidate)
        controller.setting_changed.connect(self._on_setting_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # A bound method (not a lambda): Qt drops the connection when we are deleted.
            app.applicationStateChanged.connect(self._on_app_state)
            app.aboutToQuit.connect(self.shutdown)

    def _on_setting_changed(self, key: str) -> None:
        """Reminder times, lead days, on/off, pause: the plan changed, so re-arm now (the
        tray follows through `rearmed`)."""
        if key.startswith("reminders."):
            self.scheduler.invalidate()

    def _on_app_state(self, _state: object) -> None:
        """Back from suspend, the session unlocked: look at the clock now, not in a minute."""
        self.scheduler.invalidate()

    # -- data -----------------------------------------------------------------------------
    def _deadlines_on(self, today: date) -> list[Deadline]:
        from permit_tracker.domain.deadlines import all_deadlines

        return all_deadlines(self.controller.people(), self.controller.ruleset(), today)

    def _open_deadlines(self) -> list[Deadline]:
        rows: list[Deadline] = []
        for person in self.controller.people():
            rows.extend(self.controller.deadlines(person))
        return rows

    # -- tray -----------------------------------------------------------------------------
    def _setup_tray(self) -> None:
        if self.demo:
            return
        if self._tray_available():
            self._create_tray()
            return
        for delay in TRAY_RETRY_MS:
            QTimer.singleShot(delay, self, self._retry_tray)
        self._no_tray_notice()

    def _retry_tray(self) -> None:
        if self.tray is None and self._tray_available():
            self._create_tray()

    def _create_tray(self) -> None:
        tray = ReminderTray(
            self._open_deadlines,
            self.controller.today,
            self.scheduler.paused_until,
            self.scheduler.pause,
            self.scheduler.resume,
            self,
        )
        tray.open_requested.connect(self.show_requested)
        tray.deadline_requested.connect(self.open_deadline)
        tray.quit_requested.connect(self.quit_requested)
        self.controller.changed.connect(tray.refresh)
        tray.show()
        self.tray = tray
        self._tray_notifier = TrayNotifier(tray.icon)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # closing the window leaves us in the tray
            app.lastWindowClosed.connect(self._tray_notice)

    def _refresh_tray(self) -> None:
        if self.tray is not None:
            self.tray.refresh()

    def _tray_notice(self) -> None:
        if self.tray is None or self.window.isVisible():
            return
        if self.controller.setting(TRAY_NOTICE_KEY, False):
            return
        self.controller.set_setting(TRAY_NOTICE_KEY, True)
        self.tray.icon.showMessage(
            APP_NAME,
            self.tr("{app} keeps running in the tray to remind you of your deadlines. Quit it "
                    "from the tray menu.").format(app=APP_NAME),
        )  # fmt: skip

    def _no_tray_notice(self) -> None:
        """Said once: without a tray, closing the window ends the app."""
        if self.controller.setting(NO_TRAY_NOTICE_KEY, False):
            return
        from permit_tracker.ui.widgets.message_banner import MessageBanner

        self.controller.set_setting(NO_TRAY_NOTICE_KEY, True)
        self.banner_requested.emit(MessageBanner(NO_TRAY_TEXT(), "info"))

    # -- actions --------------------------------------------------------------------------
    def open_deadline(self, person_id: str, key: str) -> None:
        if person_id:
            self.deadline_requested.emit(person_id, key)
        else:  # a summary of several: no one deadline, the window
            self.show_requested.emit()

    def _on_fired(self, _notification: object) -> None:
        self._last_error = None

    def _show_error(self, text: str) -> None:
        if text == self._last_error:
            return  # retried every minute: said once
        self._last_error = text
        from permit_tracker.ui.widgets.message_banner import MessageBanner

        self.banner_requested.emit(
            MessageBanner(
                self.tr("Reminders could not be checked: {why}").format(why=text), "error"
            )
        )

    def shutdown(self) -> None:
        self.scheduler.stop()
        self.chain.close()
        if self.tray is not None:
            self.tray.close()
        instance = current_instance()
        if instance is not None:
            instance.release()

    # -- preferences ----------------------------------------------------------------------
    def add_preferences_section(self, dialog: PreferencesDialog) -> None:
        """Preferences ▸ Reminders ▸ Start at login (the owner hands this to each dialog)."""
        section = StartAtLoginSection(self, dialog)
        dialog.add_section(self.tr("Start at login"), section)
        dialog.finished.connect(self.scheduler.invalidate)

    def login_command(self) -> list[str]:
        explicit = self.data_dir
        if explicit is not None and Path(explicit).resolve() == paths.default_data_dir().resolve():
            explicit = None
        return launch_command(explicit)

    def started_at_login(self) -> bool:
        return os.environ.get(STARTED_AT_LOGIN_ENV) == "1"

    def start(self) -> list[Notification]:
        """Show the tray (or say once that there is none) and start the scheduler; returns
        what came due while the app was closed."""
        if not self._tray_set_up:
            self._tray_set_up = True
            self._setup_tray()
        if self.started_at_login() and self.tray is not None:
            self.window.hide()  # straight to the tray; the notifications will speak
        return self.scheduler.start()


def NO_TRAY_TEXT() -> str:
    return QCoreApplication.translate(
        "Reminders",
        "Your desktop shows no tray icons, so {app} stops when you close its window. While it "
        "is open, reminders come as desktop notifications and here. To get them when it is "
        "closed, turn on Start at login in Preferences, or run `permit-tracker remind` from "
        "cron or a systemd timer.",
    ).format(app=APP_NAME)


class StartAtLoginSection(QWidget):
    """The "Start at login" group of Preferences; applied at once (it is not a setting of
    the dialog but a file or registry entry outside the app)."""

    def __init__(self, reminders: Reminders, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self.checkbox = QCheckBox(self.tr("Start {app} when I log in").format(app=APP_NAME), self)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # error texts are data, never HTML
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.checkbox)
        layout.addWidget(self.note)
        autostart = reminders.autostart
        self.checkbox.setChecked(autostart.is_enabled())
        if reminders.demo:
            self.checkbox.setEnabled(False)
            self.note.setText(self.tr("Not for the sample family: it lives in a temporary store."))
        else:
            self._describe()
        self.checkbox.toggled.connect(self._toggle)

    def _describe(self, error: str | None = None) -> None:
        if error:
            self.note.setText(error)
            return
        where = self._reminders.autostart.location
        if self.checkbox.isChecked():
            text = self.tr("It starts in the tray when you log in, so reminders reach you even "
                           "if you forget to open it. Entry: {where}")  # fmt: skip
            text = text.format(where=where)
        else:
            text = self.tr("Reminders come only while the app is open (or from "
                           "`permit-tracker remind`).")  # fmt: skip
        self.note.setText(text)

    def _toggle(self, on: bool) -> None:
        autostart = self._reminders.autostart
        try:
            if on:
                autostart.enable(self._reminders.login_command())
            else:
                autostart.disable()
        except AutostartError as exc:
            self.checkbox.blockSignals(True)
            self.checkbox.setChecked(autostart.is_enabled())
            self.checkbox.blockSignals(False)
            self._describe(str(exc))
            return
        self._reminders.controller.set_setting(AUTOSTART_KEY, on)
        self._describe()
