"""Issue 14 item 8: the wheel over a spin box scrolls the page unless the box has focus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from ui_travel_helpers import controller_with

from permit_tracker.ui.preferences.preferences_dialog import PreferencesDialog
from permit_tracker.ui.widgets.wheel_guard import install_wheel_guard

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def wheel(widget: QWidget, clicks: int = -2) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * clicks),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_scrolling_over_preferences_rules_changes_no_value(qtbot, data_dir: Path) -> None:
    install_wheel_guard()  # what MainWindow.attach does once the window has painted
    with controller_with(data_dir, []) as controller:
        dialog = PreferencesDialog(controller)
        qtbot.addWidget(dialog)
        dialog.resize(640, 420)
        dialog.show()
        qtbot.waitExposed(dialog)
        editor = next(iter(dialog.rule_editors.values()))
        scroll = next(s for s in dialog.findChildren(QScrollArea) if s.isAncestorOf(editor.spin))
        tabs = dialog.tabs
        tabs.setCurrentIndex(
            next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(scroll))
        )
        qtbot.waitUntil(editor.spin.isVisible)
        before = editor.spin.value()
        assert editor.spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
        position = scroll.verticalScrollBar().value()
        wheel(editor.spin)
        wheel(editor.spin.lineEdit())
        assert editor.spin.value() == before  # 300 days stay 300 days
        assert not editor.spin.hasFocus()
        assert scroll.verticalScrollBar().value() > position  # the page scrolled instead
        # Focused (clicked or tabbed into), the wheel is the box's again.
        dialog.activateWindow()
        editor.spin.setFocus()
        qtbot.waitUntil(editor.spin.hasFocus)
        wheel(editor.spin, clicks=1)
        assert editor.spin.value() == before + 1


def test_a_box_polished_before_the_guard_is_guarded_too(qtbot) -> None:
    """The guard comes after the filled window's first paint: boxes shown by then count."""
    from PySide6.QtWidgets import QSpinBox

    from permit_tracker.ui.widgets import wheel_guard

    app = QApplication.instance()
    old = wheel_guard._guard
    if old is not None:
        app.removeEventFilter(old)
        wheel_guard._guard = None
    try:
        box = QSpinBox()
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        assert box.focusPolicy() == Qt.FocusPolicy.WheelFocus  # Qt's default, unguarded
        install_wheel_guard()
        assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus
    finally:
        if old is not None and wheel_guard._guard is not old:
            app.removeEventFilter(wheel_guard._guard)
            wheel_guard._guard = old
            app.installEventFilter(old)
