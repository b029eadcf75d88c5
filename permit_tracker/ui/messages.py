"""Inline messages next to a field: an error, a warning or good news, readable in any theme."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

# (light theme, dark theme): dark text on light windows, light text on dark ones.
_COLOURS = {
    "error": ("#b3261e", "#ff8a80"),
    "warning": ("#8a5300", "#ffcc66"),
    "ok": ("#1b6e2a", "#8fd694"),
}


def message_color(widget: QWidget, kind: str) -> str:
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return _COLOURS[kind][1 if dark else 0]


def show_message(label: QLabel, text: str, kind: str = "error") -> None:
    """Show `text` in `label` in the colour of `kind`; hide the label when there is none."""
    label.setText(text)
    label.setStyleSheet(f"color: {message_color(label, kind)};" if text else "")
    label.setVisible(bool(text))
