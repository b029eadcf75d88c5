"""The one "after the paint" helper: the first paint of a window, then the next repaint of
anything in it, also when only new child widgets paint (the window itself gets no Paint)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget
from pytestqt.qtbot import QtBot

from permit_tracker.ui.shell import after_paint
from permit_tracker.ui.shell.after_paint import HIDDEN_FALLBACK_MS, after_next_paint, paint_wait

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_next_paint_of_a_child_only_is_waited_for_not_the_fallback(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    pages = QStackedWidget(window)
    window.setCentralWidget(pages)
    calls: list[str] = []
    after_next_paint(window, lambda: calls.append("first paint"))
    window.show()
    qtbot.waitUntil(lambda: calls == ["first paint"])
    assert paint_wait(window).painted

    page = QLabel("filled", pages)  # what attach() does: a new page, painted on its own
    pages.addWidget(page)
    pages.setCurrentWidget(page)
    # The fallback pushed out of reach: what runs the work now can only be the page's paint.
    monkeypatch.setattr(after_paint, "HIDDEN_FALLBACK_MS", 10 * 60 * 1000)
    after_next_paint(window, lambda: calls.append("filled"))
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert calls == ["first paint", "filled"]
    window.update()
    qtbot.wait(50)
    assert calls == ["first paint", "filled"]  # once each


def test_a_painted_window_hidden_meanwhile_does_not_hold_the_work_back(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    calls: list[str] = []
    after_next_paint(window, lambda: calls.append("first paint"))
    window.show()
    qtbot.waitUntil(lambda: calls == ["first paint"])
    window.hide()  # e.g. started at login: straight to the tray
    after_next_paint(window, lambda: calls.append("services"))
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=HIDDEN_FALLBACK_MS * 3)
    assert calls == ["first paint", "services"]
