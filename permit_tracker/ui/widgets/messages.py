"""Messages to the user: inline next to a field, and message boxes; always plain text.

Qt guesses whether a QLabel's or QMessageBox's text is rich text (`Qt::mightBeRichText`):
a person's name such as `<a href=…>x</a>`, a file name or a driver's message would be
rendered as HTML, a link made clickable. Every message here that can hold user data is set
as plain text; the box helpers below are what the app's dialogs use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

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
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setStyleSheet(f"color: {message_color(label, kind)};" if text else "")
    label.setVisible(bool(text))


def plain_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows `text` as it is, never as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    parent: QWidget | None = None,
) -> QMessageBox:
    """A QMessageBox whose text is plain text, whatever it holds."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.warning, as plain text."""
    box = message_box(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("warning")
    box.exec()


def critical(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.critical, as plain text."""
    box = message_box(QMessageBox.Icon.Critical, title, text, parent=parent)
    box.setObjectName("critical")
    box.exec()


def rich_escape(text: str) -> str:
    """User text made safe inside a rich-text label: &, < and > as entities."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
