"""An optional-date input: free text in the user's date format (or ISO), a calendar popup,
and the problem shown right under the field. Empty means "unknown".

Unlike QDateEdit it can be empty, accepts what people type ("11/3/25", "2025-03-11"), and
tells them what is wrong ("year 20025 is not between 1900 and 2200") instead of refusing keys.
A value is only committed (signal `committed`) when it parses, is in range and changed.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.domain.validation import MAX_DATE, MIN_DATE
from permit_tracker.ui.widgets.formatting import qdate
from permit_tracker.ui.widgets.icons import icon
from permit_tracker.ui.widgets.messages import show_message


class DateParseError(ValueError):
    """The text is not a usable date; the message says why, for the user."""


def edit_format(locale: QLocale | None = None) -> str:
    """The locale's numeric short date format with a four-digit year; ISO for the C locale."""
    loc = locale or QLocale()
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if loc.language() == QLocale.Language.C or "MMM" in fmt or not re.search(r"[dMy]", fmt):
        return "yyyy-MM-dd"
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", fmt)


def date_shape(locale: QLocale | None = None) -> str:
    """The shape to type, in the letters of the window's language: "dd/mm/yyyy",
    "jj/mm/aaaa", "dd-mm-jjjj", "TT.MM.JJJJ"."""
    letters = {
        "d": QCoreApplication.translate("DateField", "d", "day, in a date's shape: dd/mm/yyyy"),
        "M": QCoreApplication.translate("DateField", "m", "month, in a date's shape: dd/mm/yyyy"),
        "y": QCoreApplication.translate("DateField", "y", "year, in a date's shape: dd/mm/yyyy"),
    }
    return re.sub(r"d+|M+|y+", lambda m: letters[m[0][0]] * len(m[0]), edit_format(locale))


def format_for_edit(value: date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    loc = locale or QLocale()
    return loc.toString(qdate(value), edit_format(loc))


def _field_order(fmt: str) -> tuple[str, str, str]:
    letters = list(dict.fromkeys(token[0] for token in re.findall(r"d+|M+|y+", fmt)))
    if sorted(letters) != ["M", "d", "y"]:
        return ("y", "M", "d")
    return (letters[0], letters[1], letters[2])


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """`text` as a date; None when empty. Raises DateParseError with a readable message."""
    text = text.strip()
    if not text:
        return None
    fmt = edit_format(locale)
    example = format_for_edit(date(2025, 3, 11), locale)
    if re.search(r"[^\d\s./\-,]", text):
        raise DateParseError(
            QCoreApplication.translate("DateField", "“{}” is not a date; write it like {}").format(
                text, example
            )
        )
    groups = re.findall(r"\d+", text)
    # The year is the long number, wherever it is ("2025-03-11", "11/03/2025", "1/5/20031");
    # with a two-digit year the locale's order decides.
    long = [i for i, group in enumerate(groups) if len(group) > 2]
    if len(groups) != 3 or len(long) > 1 or long == [1]:
        raise DateParseError(
            QCoreApplication.translate("DateField", "“{}” is not a date; write it like {}").format(
                text, example
            )
        )
    if long == [0]:
        order: tuple[str, ...] = ("y", "M", "d")
    elif long == [2]:
        locale_order = _field_order(
            (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
        )
        order = (*(f for f in locale_order if f != "y"), "y")
    else:
        order = _field_order(fmt)
    parts = dict(zip(order, groups, strict=True))
    year_text = parts["y"]
    year = int(year_text)
    if len(year_text) <= 2:
        year += 2000  # "11/3/25": this century (the dates here are arrivals and expiries)
    month, day = int(parts["M"]), int(parts["d"])
    if not MIN_DATE.year <= year <= MAX_DATE.year:
        raise DateParseError(
            QCoreApplication.translate("DateField", "year {} is not between {} and {}").format(
                year, MIN_DATE.year, MAX_DATE.year
            )
        )
    if not 1 <= month <= 12:
        raise DateParseError(
            QCoreApplication.translate("DateField", "there is no month {}").format(month)
        )
    last = monthrange(year, month)[1]
    if not 1 <= day <= last:
        name = QLocale().standaloneMonthName(month)
        raise DateParseError(
            QCoreApplication.translate("DateField", "{} {} has {} days, not {}").format(
                name, year, last, day
            )
        )
    return date(year, month, day)


class DateField(QWidget):
    """One optional date with its error line. `committed(date | None)` after a valid change;
    `live_changed(date | None)` on every keystroke (None while empty or invalid)."""

    committed = Signal(object)
    live_changed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        label: str = "",
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._stored: date | None = None
        self._today = today  # where the calendar opens on an empty field
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self._placeholder())
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 40)
        self._error_action = QAction(icon("overdue"), "", self.edit)
        self.edit.addAction(self._error_action, QLineEdit.ActionPosition.TrailingPosition)
        self._error_action.setVisible(False)  # after addAction, which shows it
        self.button = QToolButton(self)
        self.button.setIcon(icon("calendar"))
        self.button.setAccessibleName(QCoreApplication.translate("DateField", "Pick a date"))
        # One tab stop per date: from the keyboard the calendar opens with Alt+Down or F4.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(QCoreApplication.translate("DateField", "Pick a date (Alt+Down)"))
        self.button.clicked.connect(self.open_calendar)
        # A popup frame rather than a menu: the calendar gets the keyboard (arrows move,
        # Enter picks, Escape closes).
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self.popup)
        self.calendar.setMinimumDate(qdate(MIN_DATE))
        self.calendar.setMaximumDate(qdate(MAX_DATE))
        self.calendar.setGridVisible(False)
        popup_layout = QVBoxLayout(self.popup)
        popup_layout.setContentsMargins(1, 1, 1, 1)
        popup_layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.error_label)
        self.setFocusProxy(self.edit)
        self.set_label(label)

        self.edit.editingFinished.connect(self._finish)
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.installEventFilter(self)

    # -- public ---------------------------------------------------------------------------
    def set_label(self, label: str) -> None:
        self.edit.setAccessibleName(label)
        self.calendar.setAccessibleName(label)

    def date(self) -> date | None:
        """The saved value last shown with `set_date`."""
        return self._stored

    def set_date(self, value: dt.date | None) -> None:
        """Show the stored value. Invalid input the user is fixing stays visible until the
        stored value changes (an undo, another person)."""
        if self.has_error() and value == self._stored:
            return
        self._stored = value
        self.edit.setText(format_for_edit(value))
        self.clear_error()

    def has_error(self) -> bool:
        return not self.error_label.isHidden()

    def error_text(self) -> str:
        return self.error_label.text() if self.has_error() else ""

    def show_error(self, message: str) -> None:
        show_message(self.error_label, message)
        self._error_action.setToolTip(message)
        self._error_action.setVisible(True)
        self.edit.setAccessibleDescription(message)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        self._error_action.setVisible(False)
        self.edit.setAccessibleDescription("")

    def current(self) -> dt.date | None:
        """What the text says; raises DateParseError (and shows it) when it is not a date."""
        try:
            value = parse_date(self.edit.text())
        except DateParseError as exc:
            self.show_error(str(exc))
            raise
        return value

    def live_date(self) -> dt.date | None:
        """What the text says right now; None when empty or not a valid date."""
        try:
            return parse_date(self.edit.text())
        except DateParseError:
            return None

    # -- internals ------------------------------------------------------------------------
    def _placeholder(self) -> str:
        return date_shape()

    def _on_text_edited(self, _text: str) -> None:
        self.live_changed.emit(self.live_date())

    def _finish(self) -> None:
        try:
            value = parse_date(self.edit.text())
        except DateParseError as exc:
            self.show_error(str(exc))
            return
        self.clear_error()
        self.edit.setText(format_for_edit(value))
        if value != self._stored:
            # `_stored` changes only when the owner shows the saved value (set_date): an edit
            # the controller refuses leaves the old value to go back to with Escape.
            self.committed.emit(value)

    def open_calendar(self) -> None:
        shown = self.live_date() or self._stored or self._today()
        self.calendar.setSelectedDate(qdate(shown))
        self.popup.adjustSize()
        below = self.edit.mapToGlobal(self.edit.rect().bottomLeft())
        self.popup.move(below)
        self.popup.show()
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.popup.hide()
        self.edit.setText(format_for_edit(date(picked.year(), picked.month(), picked.day())))
        self.live_changed.emit(self.live_date())
        self._finish()
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and (
                event.key() == Qt.Key.Key_F4
                or (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier
                )
            )
        ):
            self.open_calendar()
            return True
        # Escape puts back the stored value: a way out of a half-typed date.
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and (self.has_error() or self.edit.text() != format_for_edit(self._stored))
        ):
            self.edit.setText(format_for_edit(self._stored))
            self.clear_error()
            self.live_changed.emit(self._stored)
            return True
        return super().eventFilter(watched, event)
