"""Spin boxes, date edits and combo boxes take the mouse wheel only when they have focus.

Scrolling a page (Preferences ▸ Rules, a form) with the pointer passing over a spin box must
scroll the page, not turn 300 days into 298. One application-wide event
filter does it for every such widget, present and future, so no screen can forget it:

- such widgets get `Qt.StrongFocus` when polished (the default `WheelFocus` would let the
  wheel focus them first and then change them);
- a wheel event over one without focus goes to its parent instead (so the page scrolls).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget
from shiboken6 import isValid

_GUARDED = (QAbstractSpinBox, QComboBox)


def _guarded(obj: QObject) -> QWidget | None:
    """The spin box or combo box `obj` is (or is part of: a spin box's line edit)."""
    widget = obj if isinstance(obj, QWidget) else None
    for candidate in (widget, widget.parentWidget() if widget is not None else None):
        if isinstance(candidate, _GUARDED):
            return candidate
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            # Imported here: the `Qt` namespace costs ≈ 33 ms at its first import, and this
            # module is loaded before the window's first paint, which has no such widget.
            from PySide6.QtCore import Qt

            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel:
            widget = _guarded(watched)
            if widget is not None and not widget.hasFocus():
                assert isinstance(event, QWheelEvent)
                _to_ancestors(widget, event)
                return True
        return False


def _to_ancestors(widget: QWidget, event: QWheelEvent) -> None:
    """Deliver `event` to the ancestors of `widget`, nearest first, until one accepts it
    (Qt propagates only spontaneous wheel events; the copies sent here are not)."""
    origin = widget.mapToGlobal(event.position())
    parent = widget.parentWidget()
    while parent is not None:
        copy = QWheelEvent(
            parent.mapFromGlobal(origin),
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
        )
        copy.setAccepted(False)
        QCoreApplication.sendEvent(parent, copy)
        if copy.isAccepted() or parent.isWindow():
            return
        parent = parent.parentWidget()


_guard: WheelGuard | None = None


def install_wheel_guard(app: QCoreApplication | None = None) -> WheelGuard | None:
    """Install the filter on the application once (idempotent); None without a QApplication."""
    global _guard
    app = app or QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    if _guard is None or not isValid(_guard) or _guard.parent() is not app:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
        # Widgets polished before the filter was there (it may come after the first screens:
        # an application-wide filter in Python costs every event a trip through Python).
        for widget in app.allWidgets():
            if isinstance(widget, _GUARDED):
                from PySide6.QtCore import Qt  # see eventFilter

                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return _guard
