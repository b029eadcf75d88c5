"""Deferred start-up work runs after the window's first paint; the benchmark probe reports it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from permit_tracker.ui.shell import startup_probe


def test_deferred_work_runs_after_the_first_paint_in_order(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    calls: list[str] = []
    startup_probe.after_first_paint(window, lambda: calls.append("first"))
    startup_probe.after_first_paint(window, lambda: calls.append("second"))
    QTimer.singleShot(0, lambda: calls.append("zero timer"))
    startup_probe.watch_first_paint(window)  # no environment variable: does nothing
    window.show()
    qtbot.waitUntil(lambda: len(calls) == 3)
    # A zero timer queued before the show fires before the paint; deferred work after it.
    assert calls == ["zero timer", "first", "second"]
    window.update()
    qtbot.wait(50)
    assert calls == ["zero timer", "first", "second"]  # once only, not on every paint


def test_probe_reports_first_paint_then_quits_before_deferred_work(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(
        startup_probe, "QCoreApplication", SimpleNamespace(quit=lambda: quits.append(True))
    )
    monkeypatch.setenv(startup_probe.ENV_EXIT_AFTER_PAINT, "1")
    window = QMainWindow()
    qtbot.addWidget(window)
    deferred: list[str] = []
    startup_probe.after_first_paint(window, lambda: deferred.append("reminders"))
    startup_probe.watch_first_paint(window)
    window.show()
    qtbot.waitUntil(lambda: quits == [True])
    marker, stamp = capsys.readouterr().out.split()
    assert marker == startup_probe.MARKER and float(stamp) > 0
    assert deferred == []  # timed paint only: the deferred work is not part of start-up


def test_probe_alone_reports_the_first_paint_of_a_bare_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The benchmarks' baseline: a plain window with the probe and nothing waiting."""
    quits: list[bool] = []
    monkeypatch.setattr(
        startup_probe, "QCoreApplication", SimpleNamespace(quit=lambda: quits.append(True))
    )
    monkeypatch.setenv(startup_probe.ENV_EXIT_AFTER_PAINT, "1")
    window = QMainWindow()
    qtbot.addWidget(window)
    startup_probe.watch_first_paint(window)
    window.show()
    qtbot.waitUntil(lambda: quits == [True])
    assert capsys.readouterr().out.split()[0] == startup_probe.MARKER


def test_deferred_work_still_runs_when_the_window_stays_hidden(qtbot: QtBot) -> None:
    window = QMainWindow()  # e.g. started hidden in the tray: it never paints
    qtbot.addWidget(window)
    calls: list[str] = []
    startup_probe.after_first_paint(window, lambda: calls.append("reminders"))
    qtbot.waitUntil(lambda: calls == ["reminders"], timeout=startup_probe.HIDDEN_FALLBACK_MS * 3)
    window.show()
    qtbot.wait(100)
    assert calls == ["reminders"]
