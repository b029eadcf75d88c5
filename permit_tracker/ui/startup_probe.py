"""A hook for the start-up benchmark and the bundle check: report the first paint, then quit.

With PERMIT_TRACKER_EXIT_AFTER_PAINT=1 in the environment, `watch_first_paint(window)` prints
`first-paint <epoch seconds>` on stdout once the window has painted for the first time, and
quits the application. Without it, it does nothing. benchmarks/bench_startup.py measures a bare
PySide6 window with the same probe, so both sides are timed the same way.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV_EXIT_AFTER_PAINT = "PERMIT_TRACKER_EXIT_AFTER_PAINT"
MARKER = "first-paint"


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Runs once this paint pass (children included) has been flushed to the window.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"{MARKER} {time.time():.6f}", flush=True)
        QCoreApplication.quit()


def watch_first_paint(window: QWidget) -> None:
    """Call right before `window.show()`; a no-op unless the environment asks for it."""
    if os.environ.get(ENV_EXIT_AFTER_PAINT) != "1":
        return
    probe = _FirstPaint(window)
    window.installEventFilter(probe)
