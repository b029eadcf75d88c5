"""Status colours and icons, derived from the palette so light and dark themes both read well."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QWidget

from permit_tracker.domain.deadline import Status
from permit_tracker.ui.widgets.icons import icon

# Mid-tone hues that keep their meaning on white and on near-black backgrounds.
STATUS_COLOURS: dict[Status, str] = {
    Status.OVERDUE: "#d93036",
    Status.DUE_SOON: "#e8900c",
    Status.UPCOMING: "#2f6fdf",
    Status.DONE: "#2a9d5c",
    Status.INFO: "#6b7a90",
}
STATUS_ICONS: dict[Status, str] = {
    Status.OVERDUE: "overdue",
    Status.DUE_SOON: "due-soon",
    Status.UPCOMING: "upcoming",
    Status.DONE: "done",
    Status.INFO: "info",
}
# Rows that must stand out get a tint of their status colour over the base colour.
_TINT = {Status.OVERDUE: 0.22, Status.DUE_SOON: 0.20}


def status_colour(status: Status) -> QColor:
    return QColor(STATUS_COLOURS[status])


def status_icon(status: Status) -> QIcon:
    return icon(STATUS_ICONS[status])


def blend(base: QColor, over: QColor, amount: float) -> QColor:
    """`over` laid on `base` with opacity `amount` (0..1)."""
    return QColor(
        round(base.red() * (1 - amount) + over.red() * amount),
        round(base.green() * (1 - amount) + over.green() * amount),
        round(base.blue() * (1 - amount) + over.blue() * amount),
    )


def stands_out(status: Status) -> bool:
    return status in _TINT


def row_background(status: Status, palette: QPalette) -> QColor | None:
    """A tinted background for overdue and due-soon rows; None keeps the view's own colours."""
    amount = _TINT.get(status)
    if amount is None:
        return None
    return blend(palette.color(QPalette.ColorRole.Base), status_colour(status), amount)


def mute(widget: QWidget) -> None:
    """Secondary text: the text colour faded towards the window colour, on any theme (the
    disabled colour is too faint on light themes and says "unavailable")."""
    palette = widget.palette()
    faded = blend(
        palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText), 0.62
    )
    palette.setColor(QPalette.ColorRole.WindowText, faded)
    palette.setColor(QPalette.ColorRole.Text, faded)
    widget.setPalette(palette)
