"""The running desktop app: the one object that owns the window, the controller, reminders and
the calendar outputs, and connects them.

It grows with the start (ui/shell/main.py), so nothing waits for what it does not need:

1. `DesktopApp(window, data_dir, demo)`, with the window's shell, before its first paint
   (so this module imports nothing but QtCore): File ▸ Quit and Edit ▸ Preferences… come here;
2. `attach(controller)` once the store is open: the window is filled;
3. `start_services()` once the filled window has painted: reminders (scheduler, notifier
   chain, tray, the in-window strip), the kept-up-to-date calendar file and CalDAV publishing.

The parts never reach for each other: each listens to the controller's signals for the data,
and says what it needs of the rest through its own (a banner, the window opened at a
deadline, quitting); only this object connects those. It is a QObject child of the window
for its lifetime only: it goes when the window goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # annotations only: this module is imported before the first paint
    from collections.abc import Callable
    from datetime import datetime
    from pathlib import Path

    from permit_tracker.reminders.autostart import Autostart
    from permit_tracker.ui.calendar.caldav_publishing import Publisher
    from permit_tracker.ui.preferences.preferences_dialog import PreferencesDialog, Section
    from permit_tracker.ui.reminders.reminders_wiring import Reminders
    from permit_tracker.ui.shell.controller import Controller
    from permit_tracker.ui.shell.main_window import MainWindow


class DesktopApp(QObject):
    def __init__(self, window: MainWindow, data_dir: Path | None, demo: bool) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.demo = demo
        self.controller: Controller | None = None
        self.reminders: Reminders | None = None
        self.publisher: Publisher | None = None
        window.quit_requested.connect(self.quit)
        window.preferences_requested.connect(self.open_preferences)
        if window.is_loaded():  # built filled (tests, screenshots)
            self.controller = window.controller

    # -- the start, step by step ----------------------------------------------------------
    def attach(self, controller: Controller, *, lazy_tabs: bool = False) -> None:
        """The store is open: fill the window (with `lazy_tabs`, only the tab it shows)."""
        self.controller = controller
        self.window.attach(controller, lazy_tabs=lazy_tabs)

    def start_services(
        self,
        *,
        clock: Callable[[], datetime] | None = None,
        tray_available: Callable[[], bool] | None = None,
        use_dbus: bool = True,
        autostart: Autostart | None = None,
    ) -> None:
        """What can wait until the window shows the data: reminders (see `add_reminders`
        for the options), the tray, the live calendar file, CalDAV publishing (which imports
        caldav only when it is on)."""
        from permit_tracker.ui.calendar import live_calendar
        from permit_tracker.ui.shell.single_instance import current_instance

        instance = current_instance()
        if instance is not None:
            instance.raise_requested.connect(self.show_window)  # a second launch
        reminders = self.add_reminders(
            clock=clock, tray_available=tray_available, use_dbus=use_dbus, autostart=autostart
        )
        reminders.start()
        live_calendar.install(self._controller())
        self.add_publisher()

    def add_reminders(
        self,
        *,
        clock: Callable[[], datetime] | None = None,
        tray_available: Callable[[], bool] | None = None,
        use_dbus: bool = True,
        autostart: Autostart | None = None,
    ) -> Reminders:
        """Reminders, connected to the window and the app; not started (`start()`). The
        options are for tests: a clock, whether there is a tray, no D-Bus, where autostart
        entries go."""
        from PySide6.QtWidgets import QSystemTrayIcon

        from permit_tracker.ui.reminders.reminders_wiring import Reminders

        controller = self._controller()
        reminders = Reminders(
            controller,
            self.window,
            self.data_dir,
            self.demo,
            clock=clock,
            tray_available=tray_available or QSystemTrayIcon.isSystemTrayAvailable,
            use_dbus=use_dbus,
            autostart=autostart,
            parent=self,
        )
        reminders.banner_requested.connect(self.window.add_banner)
        reminders.show_requested.connect(self.show_window)
        reminders.deadline_requested.connect(self.open_deadline)
        reminders.quit_requested.connect(self.quit)
        reminders.scheduler.fired.connect(controller.reminder_fired)
        self.reminders = reminders
        return reminders

    def add_publisher(self) -> Publisher:
        """CalDAV publishing, its status line in the window; a first run if it is on."""
        from permit_tracker.ui.calendar import caldav_publishing

        self.publisher = caldav_publishing.install(self.window, self._controller())
        return self.publisher

    # -- what the parts ask for -----------------------------------------------------------
    def quit(self) -> None:
        """File ▸ Quit, the tray's Quit: the whole app, also when the tray keeps it running
        after its window closes."""
        self.window.close()  # saves the geometry
        QApplication.quit()

    def show_window(self) -> None:
        w = self.window
        w.showNormal() if w.isMinimized() else w.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # no stacking there
            w.raise_()
            w.activateWindow()

    def open_deadline(self, person_id: str, key: str) -> None:
        self.show_window()
        self.window.show_deadline(person_id, key)

    def preference_sections(self) -> list[Section]:
        """What the running parts add to Preferences: Start at login, the Calendar tab."""
        sections: list[Section] = []
        if self.reminders is not None:
            sections.append(self.reminders.add_preferences_section)
        if self.publisher is not None:
            sections.append(self.publisher.add_section)
        return sections

    def preferences_dialog(self) -> PreferencesDialog:
        from permit_tracker.ui.preferences.preferences_dialog import PreferencesDialog

        sections = self.preference_sections()
        return PreferencesDialog(self._controller(), self.window, sections)

    def open_preferences(self) -> None:
        dialog = self.preferences_dialog()
        dialog.general.language_chosen.connect(self.window.apply_language)
        dialog.exec()

    def _controller(self) -> Controller:
        assert self.controller is not None, "attach() first: the store is not open yet"
        return self.controller
