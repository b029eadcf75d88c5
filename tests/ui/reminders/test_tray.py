"""The tray: tooltip with the next deadline, a menu rebuilt when it opens, pause, quit; with a
tray closing the window keeps the app, without one the window says how reminders come."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot
from reminder_helpers import deadline
from shiboken6 import isValid

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.model import Card, Person
from permit_tracker.reminders.autostart import STARTED_AT_LOGIN_ENV
from permit_tracker.reminders.notifier import Notification
from permit_tracker.setting_keys import NO_TRAY_NOTICE_KEY, TRAY_NOTICE_KEY
from permit_tracker.storage.store import Store
from permit_tracker.ui.reminders.reminders_wiring import Reminders
from permit_tracker.ui.reminders.tray import ReminderTray, TrayNotifier, next_deadlines
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.desktop_app import DesktopApp
from permit_tracker.ui.shell.main_window import MainWindow
from permit_tracker.ui.widgets.message_banner import MessageBanner

ROWS = [
    deadline(Kind.CARD_EXPIRY, date(2026, 6, 30), status=Status.UPCOMING, title="Card expires"),
    deadline(Kind.PASSPORT_EXPIRY, date(2026, 5, 10), subject="", status=Status.DUE_SOON,
             title="Passport expires"),
    deadline(Kind.REGISTRATION, date(2026, 4, 1), subject="", status=Status.OVERDUE,
             title="Register"),
    deadline(Kind.VISA_EXPIRY, date(2026, 4, 20), subject="", status=Status.DONE, title="Visa"),
    deadline(Kind.CARD_RENEWAL_OPENS, date(2026, 4, 25), status=Status.INFO, title="Opens"),
    deadline(Kind.DOCUMENT_USABLE_UNTIL, date(2026, 9, 1), subject="police_clearance-1",
             status=Status.UPCOMING, title="Clearance"),
]  # fmt: skip


class Pause:
    def __init__(self) -> None:
        self.until: datetime | None = None

    def pause(self) -> None:
        self.until = datetime(2026, 4, 6, 9, tzinfo=UTC)

    def resume(self) -> None:
        self.until = None


@pytest.fixture
def pause() -> Pause:
    return Pause()


@pytest.fixture
def tray(qapp: QApplication, pause: Pause) -> Iterator[ReminderTray]:
    made = ReminderTray(
        lambda: list(ROWS), lambda: date(2026, 4, 5), lambda: pause.until, pause.pause,
        pause.resume,
    )  # fmt: skip
    yield made
    made.close()


def menu_texts(tray: ReminderTray) -> list[str]:
    tray.rebuild_menu()
    return [a.text() if not a.isSeparator() else "--" for a in tray.menu.actions()]


def test_next_deadlines_skip_done_and_milestones_overdue_first() -> None:
    assert [d.title for d in next_deadlines(ROWS)] == ["Register", "Passport expires",
                                                       "Card expires"]  # fmt: skip


def test_tooltip_names_the_next_deadline(tray: ReminderTray, pause: Pause) -> None:
    assert tray.icon.toolTip().startswith("Permit Tracker\nNext: Ana Silva — Register")
    pause.pause()
    tray.refresh()
    assert "Reminders paused until" in tray.icon.toolTip()


def test_menu_is_rebuilt_when_it_opens(tray: ReminderTray, pause: Pause, qtbot: QtBot) -> None:
    texts = menu_texts(tray)
    assert texts[0] == "&Open Permit Tracker"
    assert [t.split(" — ")[0] for t in texts[2:5]] == [
        "Ana Silva: Register", "Ana Silva: Passport expires", "Ana Silva: Card expires"
    ]  # fmt: skip
    assert texts[6] == "&Pause reminders for a day" and texts[-1] == "&Quit"
    with qtbot.waitSignal(tray.deadline_requested) as blocker:
        tray.menu.actions()[3].trigger()
    assert blocker.args == [ROWS[1].person_id, ROWS[1].key]
    tray.menu.actions()[6].trigger()
    assert pause.until is not None
    assert menu_texts(tray)[6].startswith("&Resume reminders (paused until")
    tray.menu.actions()[6].trigger()
    assert pause.until is None
    with qtbot.waitSignal(tray.quit_requested):
        tray.menu.actions()[-1].trigger()


def test_an_empty_menu_says_so(qapp: QApplication) -> None:
    tray = ReminderTray(lambda: [], lambda: date(2026, 4, 5), lambda: None, lambda: None,
                        lambda: None)  # fmt: skip
    try:
        assert "No open deadlines" in menu_texts(tray)
        assert tray.icon.toolTip() == "Permit Tracker\nNo open deadlines"
    finally:
        tray.close()


def test_balloons_need_a_visible_icon(qapp: QApplication) -> None:
    icon = QSystemTrayIcon()
    notifier = TrayNotifier(icon)
    assert not notifier.notify(Notification("k@1", "k", "p", "Title", "Body"))


# -- in the window ---------------------------------------------------------------------------

# The offscreen platform has no tray host; Qt says so when the icon is shown. Only this
# platform message is tolerated, every other warning still fails.
offscreen_limits = pytest.mark.qt_log_ignore(
    r"No such signal QPlatformNativeInterface::systemTrayWindowChanged"
)

ANA = Person(
    name="Ana Silva",
    arrival=date(2025, 3, 3),
    registered=date(2025, 3, 7),
    cards=(Card("A", date(2025, 5, 10), date(2026, 6, 30)),),
)


@pytest.fixture
def window(qapp: QApplication, store: Store, qtbot: QtBot) -> Iterator[MainWindow]:
    store.save_person(ANA)
    controller = Controller(store)
    controller.set_clock(lambda: date(2026, 4, 5))
    made = MainWindow(controller)
    qtbot.addWidget(made)
    made.show()
    yield made
    qapp.setQuitOnLastWindowClosed(True)
    # Banners leave before their window does (the window tidies its banner area on each).
    for banner in made.banners():
        if isValid(banner):
            banner.deleteLater()
    for _ in range(3):  # the window's holder of a deleted banner goes one step later
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def make_reminders(window: MainWindow, data_dir: Path, tray: bool) -> Reminders:
    now = datetime(2026, 4, 5, 12, tzinfo=UTC)
    reminders = DesktopApp(window, data_dir, False).add_reminders(
        clock=lambda: now, tray_available=lambda: tray, use_dbus=False
    )
    reminders.start()
    return reminders


def no_tray_notice(widget: object) -> bool:
    return isinstance(widget, MessageBanner) and "shows no tray icons" in widget.text()


@offscreen_limits
def test_with_a_tray_closing_the_window_keeps_the_app(
    window: MainWindow, data_dir: Path, qapp: QApplication
) -> None:
    reminders = make_reminders(window, data_dir, tray=True)
    try:
        assert reminders.tray is not None
        assert not qapp.quitOnLastWindowClosed()
        assert not any(no_tray_notice(b) for b in window.banners())
        window.close()
        assert not window.isVisible()
        # Qt says so from its main loop only (not running in tests): the app then tells,
        # once, in a tray balloon, that it is still there.
        qapp.lastWindowClosed.emit()
        assert window.controller.setting(TRAY_NOTICE_KEY) is True
        reminders.tray.open_requested.emit()
        assert window.isVisible()
    finally:
        reminders.shutdown()


def test_without_a_tray_the_window_says_once_how_reminders_come(
    window: MainWindow, data_dir: Path, qapp: QApplication, store: Store
) -> None:
    reminders = make_reminders(window, data_dir, tray=False)
    try:
        assert reminders.tray is None and qapp.quitOnLastWindowClosed()
        notices = [b for b in window.banners() if no_tray_notice(b)]
        assert len(notices) == 1
        assert "permit-tracker remind" in notices[0].text()
        assert store.setting(NO_TRAY_NOTICE_KEY) is True
    finally:
        reminders.shutdown()
    again = make_reminders(window, data_dir, tray=False)
    try:
        notices = [b for b in window.banners() if no_tray_notice(b)]
        assert len(notices) == 1  # not a second time
    finally:
        again.shutdown()


@offscreen_limits
def test_the_menu_quit_really_quits_with_a_tray(
    window: MainWindow, data_dir: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    reminders = make_reminders(window, data_dir, tray=True)
    try:
        window.menu_actions.quit.trigger()
        assert quits == [True] and not window.isVisible()
    finally:
        reminders.shutdown()


@offscreen_limits
def test_tray_deadline_opens_the_window_at_it(
    window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_deadline", lambda p, k: opened.append((p, k)) or True)
    reminders = make_reminders(window, data_dir, tray=True)
    try:
        assert reminders.tray is not None
        window.hide()
        reminders.tray.rebuild_menu()
        first: Deadline = next_deadlines(reminders._open_deadlines())[0]
        reminders.tray.menu.actions()[2].trigger()
        assert opened == [(first.person_id, first.key)] and window.isVisible()
    finally:
        reminders.shutdown()


@offscreen_limits
def test_paused_until_is_shown_and_lifted(window: MainWindow, data_dir: Path) -> None:
    reminders = make_reminders(window, data_dir, tray=True)
    try:
        assert reminders.tray is not None
        until = reminders.scheduler.pause()
        assert until == datetime(2026, 4, 5, 12, tzinfo=UTC) + timedelta(days=1)
        reminders.tray.refresh()
        assert "Reminders paused until" in reminders.tray.icon.toolTip()
        reminders.scheduler.resume()
        reminders.tray.refresh()
        assert "paused" not in reminders.tray.icon.toolTip()
    finally:
        reminders.shutdown()


@offscreen_limits
def test_started_at_login_it_goes_straight_to_the_tray(
    window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(STARTED_AT_LOGIN_ENV, "1")
    reminders = make_reminders(window, data_dir, tray=True)
    try:
        assert reminders.tray is not None and not window.isVisible()
    finally:
        reminders.shutdown()


def test_started_at_login_without_a_tray_the_window_shows(
    window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(STARTED_AT_LOGIN_ENV, "1")
    reminders = make_reminders(window, data_dir, tray=False)
    try:
        assert window.isVisible()  # nowhere else to be: the window stays
    finally:
        reminders.shutdown()
