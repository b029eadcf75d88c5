"""Issue 14 item 2: reminders in the window are one compact strip; several collapse to one
line with their count that expands; ✕ dismisses them and the dismissal is recorded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from permit_tracker.demo import demo_people
from permit_tracker.reminders.autostart import XdgAutostart
from permit_tracker.storage.store import Store
from permit_tracker.ui.reminders.banner import ReminderStrip
from permit_tracker.ui.reminders.reminders_wiring import Reminders
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.desktop_app import DesktopApp
from permit_tracker.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TODAY = date(2026, 12, 1)


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


@pytest.fixture
def running(
    qapp: QApplication, store: Store, data_dir: Path, tmp_path: Path, qtbot: QtBot
) -> Iterator[tuple[MainWindow, Reminders]]:
    store.save_people(demo_people(TODAY))
    controller = Controller(store)
    controller.set_clock(lambda: TODAY)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1120, 740)
    window.show()
    reminders = DesktopApp(window, data_dir, False).add_reminders(
        clock=lambda: datetime(2026, 12, 1, 12, tzinfo=UTC),
        tray_available=lambda: False, use_dbus=False,
        autostart=XdgAutostart(tmp_path / "config"),
    )  # fmt: skip
    yield window, reminders
    reminders.shutdown()
    for banner in window.banners():
        if isValid(banner):
            banner.deleteLater()
    settle()


def test_many_reminders_are_one_line_that_expands(
    running: tuple[MainWindow, Reminders], store: Store, qtbot: QtBot
) -> None:
    window, reminders = running
    shown = reminders.start()
    assert len(shown) >= 4
    settle()
    (strip,) = [b for b in window.banners() if isinstance(b, ReminderStrip)]
    assert len(strip.rows()) == len(shown)
    assert not strip.expanded()
    line = strip.heading.fontMetrics().lineSpacing()
    assert strip.height() <= 2 * line + 12, strip.height()  # one line, not ≈ 200 px
    assert strip.heading.text().startswith(f"<b>{len(shown)} reminders</b>")
    # "While you were away" holds only deadlines that passed meanwhile.
    for row in strip.away_rows():
        assert "ago" in row.notification.body
    strip.toggle.click()
    settle()
    assert strip.expanded() and strip.height() > 3 * line
    # ✕ dismisses them all, recorded: the strip goes, nothing comes back at the next look.
    strip.close_button.click()
    settle()
    qtbot.waitUntil(lambda: not [b for b in window.banners() if isinstance(b, ReminderStrip)])
    states = store.reminder_states()
    assert all(states[n.key].state == "dismissed" for n in shown)
    reminders.scheduler._wake()
    settle()
    assert not [b for b in window.banners() if isinstance(b, ReminderStrip)]


def test_a_long_message_shows_its_first_sentence_until_more(qtbot: QtBot) -> None:
    from permit_tracker.ui.reminders.reminders_wiring import NO_TRAY_TEXT
    from permit_tracker.ui.widgets.message_banner import MessageBanner

    banner = MessageBanner(NO_TRAY_TEXT(), "info")
    qtbot.addWidget(banner)
    first = banner.label.text()
    assert first.endswith("when you close its window.") and len(first) < len(NO_TRAY_TEXT())
    assert banner.text() == NO_TRAY_TEXT()  # the whole message, for whoever asks
    banner.more.click()
    assert banner.label.text() == NO_TRAY_TEXT()
    short = MessageBanner("Disk full.", "error")
    qtbot.addWidget(short)
    assert short.label.text() == "Disk full." and short.more.isHidden()
