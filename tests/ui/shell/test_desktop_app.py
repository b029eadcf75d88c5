"""The app's owner (ui/shell/desktop_app.py): reminders start once the filled window has
painted, File ▸ Quit and the tray's Quit go through it, and a saved change reaches the live
calendar file and the reminders through the controller's signals."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reminder_helpers import Clock
from shiboken6 import isValid

from permit_tracker.domain.model import Card, Person
from permit_tracker.reminders.autostart import XdgAutostart
from permit_tracker.setting_keys import GEOMETRY_KEY, LIVE_PATH_SETTING
from permit_tracker.storage.store import Store
from permit_tracker.ui.calendar.caldav_publishing import StatusLine
from permit_tracker.ui.preferences.preferences_caldav import CalendarPage
from permit_tracker.ui.reminders.banner import ReminderStrip
from permit_tracker.ui.reminders.reminders_wiring import StartAtLoginSection
from permit_tracker.ui.shell import main as gui_main
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.desktop_app import DesktopApp
from permit_tracker.ui.shell.main_window import MainWindow

ANA = Person(
    name="Ana Silva",
    id="0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11",
    arrival=date(2025, 3, 3),
    registered=date(2025, 3, 7),
    cards=(Card("A", date(2025, 5, 10), date(2026, 6, 30)),),
)


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qapp: QApplication, store: Store, qtbot: QtBot) -> Iterator[MainWindow]:
    store.save_person(ANA)
    controller = Controller(store)
    controller.set_clock(lambda: date(2026, 5, 1))
    made = MainWindow(controller)
    qtbot.addWidget(made)
    made.show()
    yield made
    qapp.setQuitOnLastWindowClosed(True)
    for banner in made.banners():  # banners leave before their window
        if isValid(banner):
            banner.deleteLater()
    settle()


@pytest.fixture
def desktop(window: MainWindow, data_dir: Path, tmp_path: Path) -> Iterator[DesktopApp]:
    made = DesktopApp(window, data_dir, False)
    yield made
    if made.reminders is not None:
        made.reminders.shutdown()


def start(desktop: DesktopApp, clock: Clock, tmp_path: Path) -> None:
    desktop.start_services(
        clock=clock, tray_available=lambda: False, use_dbus=False,
        autostart=XdgAutostart(tmp_path / "config"),
    )  # fmt: skip
    assert desktop.reminders is not None
    desktop.reminders.service.tz = UTC


class _PaintSpy(QObject):
    """Counts the repaint passes of a window (a paint of it or of any widget in it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.passes = 0
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
            self.passes += 1
        return False


def test_the_start_fills_the_window_then_starts_reminders_after_its_paint(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, bool, int]] = []
    spy: list[_PaintSpy] = []
    real = DesktopApp.start_services

    def services(self: DesktopApp) -> None:
        seen.append(("services", self.window.is_loaded(), spy[0].passes))
        real(self, tray_available=lambda: False, use_dbus=False)
        seen.append(("started", self.reminders is not None, spy[0].passes))
        QApplication.exit(0)

    def find_the_shell() -> None:
        window = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None
        )
        if window is None:
            QTimer.singleShot(5, find_the_shell)
            return
        desktop = window.findChild(DesktopApp)
        assert desktop is not None  # made with the shell, before the store is open
        seen.append(("shell", window.is_loaded(), 0))
        window.loaded.connect(lambda: seen.append(("loaded", desktop.reminders is None, 0)))
        window.loaded.connect(lambda: spy.append(_PaintSpy(window)))

    monkeypatch.setattr(DesktopApp, "start_services", services)
    monkeypatch.setattr(gui_main, "_install_crash_dialog", lambda: None)
    QTimer.singleShot(0, find_the_shell)
    assert gui_main.run_gui(data_dir=None, demo=True) == 0
    assert [s[:2] for s in seen] == [
        ("shell", False),
        ("loaded", True),  # filled, and no reminders yet
        ("services", True),
        ("started", True),
    ]
    assert seen[2][2] >= 1  # the filled window painted before reminders were started


@pytest.mark.qt_log_ignore(r"No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_file_quit_and_the_tray_quit_go_through_the_owner(
    window: MainWindow, desktop: DesktopApp, qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:  # fmt: skip
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    reminders = desktop.add_reminders(
        clock=lambda: datetime(2026, 5, 1, 12, tzinfo=UTC), tray_available=lambda: True,
        use_dbus=False, autostart=XdgAutostart(tmp_path / "config"),
    )  # fmt: skip
    reminders.start()
    assert reminders.tray is not None and not qapp.quitOnLastWindowClosed()
    window.menu_actions.quit.trigger()  # closing the window alone would leave the tray
    assert quits == [True] and not window.isVisible()
    assert window.controller.setting(GEOMETRY_KEY)  # closed as a window: its size kept
    window.show()
    reminders.tray.quit_requested.emit()
    assert quits == [True, True] and not window.isVisible()


def test_preferences_get_the_running_parts_sections_from_the_owner(
    window: MainWindow, desktop: DesktopApp, tmp_path: Path
) -> None:
    assert desktop.preference_sections() == []  # before the services: Preferences alone
    before = desktop.preferences_dialog()
    assert before.findChild(StartAtLoginSection) is None and before.findChild(CalendarPage) is None
    before.deleteLater()
    start(desktop, Clock(datetime(2026, 5, 1, 12, tzinfo=UTC)), tmp_path)
    dialog = desktop.preferences_dialog()
    try:
        assert dialog.findChild(StartAtLoginSection) is not None
        assert dialog.findChild(CalendarPage) is not None
        assert window.findChild(StatusLine) is not None
    finally:
        dialog.deleteLater()


def test_a_saved_change_reaches_the_live_calendar_and_the_reminders(
    window: MainWindow, desktop: DesktopApp, tmp_path: Path, qtbot: QtBot
) -> None:
    controller = window.controller
    live = tmp_path / "live.ics"
    controller.set_setting(LIVE_PATH_SETTING, str(live))
    clock = Clock(datetime(2026, 5, 1, 12, tzinfo=UTC))
    start(desktop, clock, tmp_path)
    reminders = desktop.reminders
    assert reminders is not None
    assert "20260630" in live.read_text()  # written at start: the card's end
    # The card's next reminder: 30 days before its end (the 60-day one came while closed).
    assert reminders.scheduler.next_due() is not None
    due_before = reminders.scheduler.next_due()

    card = replace(ANA.cards[0], valid_until=date(2026, 9, 30))
    assert controller.update_person(replace(ANA, cards=(card,)), "Card") == []
    assert "20260930" in live.read_text() and "20260630" not in live.read_text()
    qtbot.waitUntil(lambda: reminders.scheduler.next_due() != due_before)

    # A reminder sent reaches the panels that list it, through the controller.
    with qtbot.waitSignal(controller.reminder_fired, timeout=3000):
        clock.set(datetime(2026, 8, 1, 12, tzinfo=UTC))  # the 60-day one is due now
        reminders.scheduler._wake()
    settle()
    strips = [b for b in window.banners() if isinstance(b, ReminderStrip)]  # via the owner
    assert [r.notification.deadline_key for r in strips[-1].rows()][-1].endswith("card-1")
