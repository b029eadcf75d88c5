"""Work that waits until a window has painted: the one helper for both waits of the start.

`after_next_paint(window, callback)` runs `callback` once, on the event-loop turn after
`window` next paints: its first paint while it has not painted yet (ui/shell/main.py then
opens the store and fills the window), else the next repaint of anything in it (after the
filling: reminders, the tray, the live calendar). A zero timer is not enough: zero timers
run before a window's first expose and paint.

Only the window's own events are watched (an application-wide filter would see every event
of every object). A repaint of any widget of a window that has painted starts with an
UpdateRequest to the window, and Qt paints the dirty widgets while handling it: the filled
window may paint only new child widgets, never itself (the first-start page does), so that
counts. Before the first paint only a Paint counts: updates while it is not exposed yet
paint nothing.

A window that does not paint does not hold the work back: after HIDDEN_FALLBACK_MS it runs
anyway (hidden in the tray, minimized, covered), unless the window is being shown for the
first time (visible, not minimized, never painted): that paints soon, and the probe of
ui/shell/startup_probe.py times it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

HIDDEN_FALLBACK_MS = 1000


class PaintWait(QObject):
    """One per window (its child): the callbacks waiting for its next paint, in order."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.painted = False
        # Runs instead of the callbacks at the first paint (the benchmark's probe: it quits).
        self.probe: Callable[[], None] | None = None
        self._callbacks: list[Callable[[], object]] = []
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._on_fallback)

    def add(self, callback: Callable[[], object]) -> None:
        if not self._callbacks:  # watched only while something waits
            self._window.installEventFilter(self)
            self._fallback.start(HIDDEN_FALLBACK_MS)
        self._callbacks.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint or (kind == QEvent.Type.UpdateRequest and self.painted):
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._on_paint)  # once that paint pass is done
        return False

    def _on_paint(self) -> None:
        self.painted = True
        probe, self.probe = self.probe, None
        if probe is not None:
            probe()
            return
        self._run()

    def _on_fallback(self) -> None:
        window = self._window
        if self.painted or not window.isVisible() or window.isMinimized():
            self._run()

    def _run(self) -> None:
        self._window.removeEventFilter(self)
        self._fallback.stop()
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()


def paint_wait(window: QWidget) -> PaintWait:
    found = window.findChild(PaintWait)
    return found if isinstance(found, PaintWait) else PaintWait(window)


def after_next_paint(window: QWidget, callback: Callable[[], object]) -> None:
    """Run `callback` once, after `window` next paints (its first paint: call this before
    `window.show()`)."""
    paint_wait(window).add(callback)
