"""Bugs go to the crash dialog; the app keeps running and no saved edit is lost.

pytest-qt normally turns an exception in a slot into a test failure; these tests switch
that off (`qt_no_exception_capture`) and install the app's own hook instead.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from permit_tracker.domain.model import Person
from permit_tracker.storage.store import Store
from permit_tracker.ui.shell import crash_dialog
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.crash_dialog import CrashDialog, current_dialog, install_excepthook

pytestmark = [
    pytest.mark.qt_no_exception_capture,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]
ANA = Person(name="Ana Silva", arrival=date(2025, 3, 3))


class Bug(RuntimeError):
    pass


@pytest.fixture
def hook(qapp: QApplication) -> Iterator[None]:
    uninstall = install_excepthook(qapp)
    yield
    dialog = current_dialog()
    uninstall()
    if dialog is not None:
        dialog.close()


def shown(qtbot) -> CrashDialog:
    qtbot.waitUntil(lambda: current_dialog() is not None and current_dialog().isVisible())
    dialog = current_dialog()
    assert dialog is not None
    return dialog


def test_a_bug_in_a_slot_after_a_save_keeps_the_edit_and_the_undo_step(
    qtbot, hook, controller: Controller, store: Store
) -> None:
    assert controller.add_person(ANA) == []

    def buggy_view() -> None:
        raise Bug("a view failed to refresh")

    controller.changed.connect(buggy_view)
    moved = replace(ANA, arrival=date(2025, 3, 10))
    assert controller.update_person(moved, "Change arrival") == []

    dialog = shown(qtbot)
    assert "Bug: a view failed to refresh" in dialog.report_text()
    assert "buggy_view" in dialog.report_text()  # the traceback, not just the message
    assert store.people() == [moved]  # saved, in one transaction
    assert controller.undo_stack.count() == 2  # and undoable
    controller.changed.disconnect(buggy_view)
    controller.undo()  # the app kept running: history and database still agree
    assert store.people() == [ANA]
    controller.redo()
    assert store.people() == [moved]


def test_a_bug_before_the_save_leaves_nothing_half_written(
    qtbot, hook, controller: Controller, store: Store
) -> None:
    assert controller.add_person(ANA) == []

    def on_click() -> None:  # a form slot that fails while building the new value
        changed = replace(ANA, arrival=date(2025, 4, 1))
        raise Bug(f"could not read the form ({changed.arrival})")

    QTimer.singleShot(0, on_click)
    dialog = shown(qtbot)
    assert "may not have been saved" in dialog.explanation.text()
    assert store.people() == [ANA]
    assert controller.undo_stack.count() == 1
    # Work goes on after the dialog.
    assert controller.rename(ANA.id, "Ana Pereira") == []
    assert [p.name for p in store.people()] == ["Ana Pereira"]


def test_the_report_can_be_copied(qtbot, hook) -> None:
    QTimer.singleShot(0, lambda: (_ for _ in ()).throw(Bug("copy me")))
    dialog = shown(qtbot)
    dialog.copy_button.click()
    clipboard = QGuiApplication.clipboard().text()
    assert "Bug: copy me" in clipboard and "Python" in clipboard and "PySide6" in clipboard
    assert dialog.copied.isVisible()


class BadPainter(QWidget):
    def paintEvent(self, event: QPaintEvent) -> None:
        raise Bug("paint failed")


def test_a_repeating_bug_fills_one_dialog_not_the_screen(qtbot, hook) -> None:
    widget = BadPainter()
    qtbot.addWidget(widget)
    widget.show()
    dialog = shown(qtbot)
    for _ in range(crash_dialog.MAX_REPORTS + 5):
        widget.update()  # painted by the event loop, as on screen
        qtbot.wait(5)
    assert current_dialog() is dialog
    assert len(dialog.reports) == crash_dialog.MAX_REPORTS + 1  # capped, with a note
    assert dialog.reports[-1].startswith("… further errors")
    assert [w for w in QApplication.topLevelWidgets()
            if isinstance(w, CrashDialog) and w.isVisible()] == [dialog]  # fmt: skip
    widget.hide()


def test_a_bug_in_another_thread_reaches_the_dialog_in_the_gui_thread(qtbot, hook) -> None:
    def work() -> None:
        raise Bug("background work failed")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    dialog = shown(qtbot)
    assert "Bug: background work failed" in dialog.report_text()
    assert dialog.thread() is QApplication.instance().thread()


def test_ctrl_c_still_stops_the_app(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: seen.append(kind))
    uninstall = install_excepthook(qapp)
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        uninstall()
    assert seen == [KeyboardInterrupt]
    assert current_dialog() is None
