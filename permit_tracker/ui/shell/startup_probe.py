"""Work that waits for the window's first paint, and the start-up benchmark's probe.

`after_first_paint(window, callback)` runs `callback` once `window` has painted for the first
time (or, if it stays hidden, after a second): the place to load what can wait (reminders,
tray). A `QTimer.singleShot(0, ...)` queued
before `app.exec()` is not enough: zero timers run before the window's first expose and paint.

With PERMIT_TRACKER_EXIT_AFTER_PAINT=1 in the environment, `watch_first_paint(window)` prints
`first-paint <epoch seconds>` on stdout at that moment, before any deferred work, and quits the
application. Without it, it does nothing. benchmarks/bench_startup.py times a bare PySide6
window with the same probe, so both sides are measured the same way.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV_EXIT_AFTER_PAINT = "PERMIT_TRACKER_EXIT_AFTER_PAINT"
MARKER = "first-paint"


# A window that is not shown at start (hidden in the tray) never paints: its deferred work
# runs after this delay instead.
HIDDEN_FALLBACK_MS = 1000


class _FirstPaint(QObject):
    """One per window: on its first paint, once that paint pass (children included) is done,
    runs the probe if any (which quits), else the callbacks in order, once."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.probe: Callable[[], None] | None = None
        self.callbacks: list[Callable[[], object]] = []
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(HIDDEN_FALLBACK_MS, self, self._fallback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._painted)
        return False

    def _painted(self) -> None:
        if self.probe is not None:
            self.probe()
            return
        self._run()

    def _fallback(self) -> None:
        # A shown window paints soon: wait for that; a minimized one may not paint for hours
        # (and the app's data loads after the first paint).
        if not self._window.isVisible() or self._window.isMinimized():
            self._run()

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        for callback in self.callbacks:
            callback()


def _first_paint(window: QWidget) -> _FirstPaint:
    found = window.findChild(_FirstPaint)
    return found if isinstance(found, _FirstPaint) else _FirstPaint(window)


def after_first_paint(window: QWidget, callback: Callable[[], object]) -> None:
    """Run `callback` once, after `window` first paints. Call before `window.show()`."""
    _first_paint(window).callbacks.append(callback)


def _report_and_quit() -> None:
    print(f"{MARKER} {time.time():.6f}", flush=True)
    QCoreApplication.quit()


def watch_first_paint(window: QWidget) -> None:
    """Call right before `window.show()`; a no-op unless the environment asks for it."""
    if os.environ.get(ENV_EXIT_AFTER_PAINT) == "1":
        _first_paint(window).probe = _report_and_quit
