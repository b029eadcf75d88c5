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

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

# One helper waits for a paint, at the start and after: ui/shell/after_paint.py.
from permit_tracker.ui.shell.after_paint import HIDDEN_FALLBACK_MS, after_next_paint, paint_wait

__all__ = ["HIDDEN_FALLBACK_MS", "after_first_paint", "watch_first_paint"]

ENV_EXIT_AFTER_PAINT = "PERMIT_TRACKER_EXIT_AFTER_PAINT"
MARKER = "first-paint"


def after_first_paint(window: QWidget, callback: Callable[[], object]) -> None:
    """Run `callback` once, after `window` first paints. Call before `window.show()`."""
    after_next_paint(window, callback)


def _report_and_quit() -> None:
    print(f"{MARKER} {time.time():.6f}", flush=True)
    QCoreApplication.quit()


def watch_first_paint(window: QWidget) -> None:
    """Call right before `window.show()`; a no-op unless the environment asks for it."""
    if os.environ.get(ENV_EXIT_AFTER_PAINT) == "1":
        wait = paint_wait(window)
        wait.probe = _report_and_quit
        # A window is watched only while something waits for its paint: the benchmarks' bare
        # window has nothing else waiting, and would never report (nor quit) without this.
        wait.add(lambda: None)
