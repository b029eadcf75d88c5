"""The line at the top that says the most important thing for the selected person:
"Register at your commune by Tue 11 March — 6 days left"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.deadlines import next_deadline
from permit_tracker.domain.kinds import CONTINUITY_KINDS
from permit_tracker.i18n import deadline_text
from permit_tracker.ui.widgets.formatting import countdown_text, days_left_text, long_date_text
from permit_tracker.ui.widgets.status_style import blend, status_colour, status_icon

if TYPE_CHECKING:
    from permit_tracker.ui.widgets.class_tr import ClassTr


@dataclass(frozen=True, slots=True)
class HeadlineText:
    status: Status | None  # colours the banner; None: nothing to show yet
    text: str
    detail: str
    deadline: Deadline | None = None


def _named(row: Deadline, name: str, default: str) -> str:
    """The record a row is about, as the engine named it in the title ("A card"), in the
    language in use (i18n.deadline_text)."""
    return deadline_text.named(row, name) or default


def action_text(row: Deadline, today: date) -> str:
    """What to do, by when, in words: the first half of the headline."""
    when = long_date_text(row.date, today=today) if row.date else ""
    if row.kind is Kind.REGISTRATION:
        return QCoreApplication.translate("Headline", "Register at your commune by {}").format(when)
    if row.kind is Kind.VISA_EXPIRY:
        return QCoreApplication.translate(
            "Headline", "Your visa ends on {}: your residence card must start by then"
        ).format(when)
    if row.kind is Kind.PASSPORT_VALIDITY:
        return QCoreApplication.translate(
            "Headline", "Renew your passport: from {} it is too short for an application"
        ).format(when)
    if row.kind is Kind.PASSPORT_EXPIRY:
        return QCoreApplication.translate("Headline", "Your passport expires on {}").format(when)
    if row.kind is Kind.CARD_RENEWAL_CLOSES:
        return QCoreApplication.translate(
            "Headline", "Ask the commune to renew your {} by {}"
        ).format(
            _named(row, "card", QCoreApplication.translate("Headline", "residence card")), when
        )
    if row.kind is Kind.CARD_EXPIRY:
        return QCoreApplication.translate("Headline", "Your {} expires on {}").format(
            _named(row, "card", QCoreApplication.translate("Headline", "residence card")), when
        )
    if row.kind is Kind.DOCUMENT_USABLE_UNTIL:
        # The engine names a document as it stands mid-sentence ("police clearance").
        return QCoreApplication.translate("Headline", "Submit your {} by {}").format(
            _named(row, "document", QCoreApplication.translate("Headline", "document")),
            when,
        )
    return QCoreApplication.translate("Headline", "{}: {}").format(deadline_text.title(row), when)


def headline_for(rows: Sequence[Deadline], today: date) -> HeadlineText:
    """The most important open row (oldest overdue, else soonest), and how many others."""
    if not rows:
        return HeadlineText(
            None,
            QCoreApplication.translate("Headline", "Enter the arrival date to see what is due"),
            QCoreApplication.translate(
                "Headline", "Dates & permits: arrival, visa and passport drive every deadline."
            ),
        )
    first = next_deadline(rows)
    if first is None:
        return _calm(rows, today)
    assert first.days_left is not None
    text = f"{action_text(first, today)} — {days_left_text(first.days_left)}"
    overdue = sum(1 for r in rows if r.status is Status.OVERDUE)
    soon = sum(1 for r in rows if r.status is Status.DUE_SOON)
    parts = []
    flag = deadline_text.flag(first)
    if flag and first.days_left >= 0:
        # The commune is likely closed that day: say so where it cannot be missed.
        parts.append(
            QCoreApplication.translate(
                "Headline", "⚠ {}: the commune may be closed, go earlier"
            ).format(flag)
        )
    if overdue:
        parts.append(Headline.tr("%n overdue", "", overdue))
    if soon:
        parts.append(Headline.tr("%n due within 30 days", "", soon))
    later = [r for r in rows if r.status in (Status.DUE_SOON, Status.UPCOMING) and r != first]
    if later:
        after = later[0]
        parts.append(
            QCoreApplication.translate("Headline", "then: {}, {}").format(
                deadline_text.title(after), long_date_text(after.date or today, today=today)
            )
        )
    return HeadlineText(first.status, text, " · ".join(parts), first)


def _calm(rows: Sequence[Deadline], today: date) -> HeadlineText:
    """Nothing open: say which eligibility is reached and which milestone comes next."""
    parts = [
        QCoreApplication.translate("Headline", "{} since {}").format(
            deadline_text.title(r), long_date_text(r.date, today=today)
        )
        for r in rows
        if r.kind in CONTINUITY_KINDS  # the eligibility dates, from the kind registry
        and r.date is not None
        and r.date <= today
    ]
    ahead = [r for r in rows if r.status is Status.INFO and r.date and r.date > today]
    if ahead:
        soonest = min(ahead, key=lambda r: r.date or today)
        parts.append(
            QCoreApplication.translate("Headline", "Next milestone: {} on {} ({})").format(
                deadline_text.title(soonest),
                long_date_text(soonest.date or today, today=today),
                countdown_text(soonest.days_left),
            )
        )
    detail = " · ".join(parts) or QCoreApplication.translate("Headline", "Every deadline is done.")
    return HeadlineText(
        Status.DONE, QCoreApplication.translate("Headline", "Nothing to do now"), detail
    )


class _OneLine(QLabel):
    """A label kept to one line: the text is elided to the width, whole in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 1))
        super().setText(shown)


# The headline reserves two lines of its large type and one detail line, whatever it says, so
# the tabs below stay put when the selected person changes (a jumping layout loses the reader).
TITLE_LINES = 2


class Headline(QFrame):
    """A tinted strip: status icon, the headline in large type, a detail line."""

    if TYPE_CHECKING:  # called on the class too: see ui/widgets/class_tr.py
        tr: ClassVar[ClassTr]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: Status | None = None
        self.icon = QLabel(self)
        self.icon.setFixedSize(32, 32)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.text.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.text.setFont(font)
        self.detail = _OneLine(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addStretch(1)
        column.addWidget(self.text)
        column.addWidget(self.detail)
        column.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 12, 10)
        self.setMinimumHeight(
            20
            + 2
            + TITLE_LINES * QFontMetrics(font).lineSpacing()
            + self.detail.sizeHint().height()
        )
        row.setSpacing(12)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        self.setAccessibleName(QCoreApplication.translate("Headline", "What is next"))

    def set_headline(self, headline: HeadlineText) -> None:
        self._status = headline.status
        self.text.setText(headline.text)
        self.detail.setText(headline.detail)
        self.detail.setVisible(bool(headline.detail))  # its room stays (minimum height)
        self.icon.setVisible(headline.status is not None)
        if headline.status is not None:
            self.icon.setPixmap(status_icon(headline.status).pixmap(32, 32))
        self.setAccessibleDescription(f"{headline.text}. {headline.detail}")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = self.palette().color(QPalette.ColorRole.Base)
        accent = (
            status_colour(self._status)
            if self._status is not None
            else self.palette().color(QPalette.ColorRole.Mid)
        )
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        path = QPainterPath()
        path.addRoundedRect(rect, 6, 6)
        painter.fillPath(path, blend(base, accent, 0.14))
        painter.setClipPath(path)
        painter.fillRect(QRectF(rect.left(), rect.top(), 5, rect.height()), accent)
        painter.end()
        super().paintEvent(event)
