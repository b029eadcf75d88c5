"""The painted timeline: lanes of bars, year ticks, milestone markers and a legend.

Everything is laid out from the current width (`_layout`), so the picture always fits the
widget and the height follows the width (the legend wraps). Colours derive from the palette:
bars keep their hue in light and dark themes, text and grid use the palette's own colours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from permit_tracker.ui.timeline.timeline_data import Journey, Span, lane_names
from permit_tracker.ui.widgets.formatting import format_date

# Hue of each bar style; saturation and lightness depend on the palette.
HUES = {
    "residence": 212,
    "residence_future": 212,
    "visa": 275,
    "card": 165,
    "card_unlimited": 120,
    "trip": 32,
    "trip_planned": 32,
    "trip_interrupts": 0,
    "provisional": 50,
    "move": 190,
    "move_undeclared": 0,
    "long_term": 212,
    "permanent": 150,
    "nationality": 330,
}
OPEN_FADE = 36.0  # pixels over which a bar with an unknown end fades out
PAD = 8.0
LANE = 26.0
SUB_GAP = 4.0
LANE_GAP = 8.0


@dataclass(slots=True)
class _Layout:
    left: float  # x where the time axis starts (after the lane names)
    right: float
    label_rows: int  # rows of milestone labels above the lanes
    lanes: list[tuple[str, float, float]] = field(default_factory=list)  # lane, y, height
    lanes_top: float = 0.0
    lanes_bottom: float = 0.0
    legend: list[tuple[QRectF, str, str]] = field(default_factory=list)  # swatch, style, text
    height: float = 0.0
    milestone_labels: list[tuple[float, float, str]] = field(default_factory=list)  # x, y, text


class TimelineView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journey = Journey()
        self._hits: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Timeline of the journey"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_journey(self, journey: Journey) -> None:
        self._journey = journey
        self.setAccessibleDescription(journey.description())
        self.updateGeometry()
        self.update()

    def journey(self) -> Journey:
        return self._journey

    # -- geometry --------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._layout(float(width)).height + 0.5)

    def sizeHint(self) -> QSize:
        return QSize(800, self.heightForWidth(800))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(240))

    def _x_of(self, lay: _Layout) -> Callable[[date], float]:
        start, end = self._journey.start, self._journey.end
        assert start is not None and end is not None
        total = max(1, (end - start).days)
        return lambda day: lay.left + (lay.right - lay.left) * (day - start).days / total

    def _layout(self, width: float) -> _Layout:
        fm = QFontMetricsF(self.font())
        line = fm.height()
        names = lane_names()
        label_w = max(fm.horizontalAdvance(names[n]) for n in self._journey.lanes()) + 14
        lay = _Layout(PAD + label_w, max(PAD + label_w + 40, width - PAD), 0)
        if not self._journey.empty:
            # Milestone labels: each on the first row where it does not touch another.
            x_of = self._x_of(lay)
            rows: list[list[tuple[float, float]]] = []
            for m in sorted(self._journey.milestones, key=lambda m: m.style != "today"):
                x = x_of(m.day)
                if not lay.left <= x <= lay.right:
                    continue
                text = self._milestone_text(m.label, m.day, m.style)
                w = fm.horizontalAdvance(text)
                lx = min(max(x - w / 2, lay.left), lay.right - w)
                row = next(
                    (
                        i
                        for i, used in enumerate(rows)
                        if all(lx > b + 8 or lx + w < a - 8 for a, b in used)
                    ),
                    len(rows),
                )
                if row == len(rows):
                    rows.append([])
                rows[row].append((lx, lx + w))
                lay.milestone_labels.append((lx, PAD + row * (line + 2), text))
            lay.label_rows = len(rows)
        y = PAD + lay.label_rows * (line + 2) + 10
        lay.lanes_top = y
        for lane in self._journey.lanes():
            n = self._journey.rows(lane)
            h = n * LANE + (n - 1) * SUB_GAP
            lay.lanes.append((lane, y, h))
            y += h + LANE_GAP
        lay.lanes_bottom = y - LANE_GAP
        y = lay.lanes_bottom + line + 14  # year labels
        x = PAD
        for style, text in self._legend_items():
            w = 18 + fm.horizontalAdvance(text)
            if x + w > width - PAD and x > PAD:
                x, y = PAD, y + line + 4
            lay.legend.append((QRectF(x, y + (line - 10) / 2, 14, 10), style, text))
            x += w + 16
        lay.height = y + line + PAD
        return lay

    def _milestone_text(self, label: str, day: date, style: str) -> str:
        return label if style == "today" else f"{label} {format_date(day, False)}"

    def _legend_items(self) -> list[tuple[str, str]]:
        present = {s.style for s in self._journey.spans}
        items = [
            ("residence", self.tr("Residence")),
            ("residence_future", self.tr("Residence to come")),
            ("visa", self.tr("Visa")),
            ("card", self.tr("Card")),
            ("card_unlimited", self.tr("Unlimited card")),
            ("trip", self.tr("Trip")),
            ("trip_planned", self.tr("Planned trip")),
            ("trip_interrupts", self.tr("Trip that interrupts residence")),
            ("provisional", self.tr("Waiting document")),
            ("move", self.tr("Move, declared")),
            ("move_undeclared", self.tr("Move, not declared yet")),
        ]
        present |= {m.style for m in self._journey.markers}
        return [(s, t) for s, t in items if s in present]

    # -- colours ---------------------------------------------------------------------
    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    def colour(self, style: str) -> QColor:
        dark = self._dark()
        hue = HUES.get(style, 212)
        if style in ("residence_future", "trip_planned"):
            # Pale in light mode, deep in dark mode: "not yet", with a dashed outline.
            return QColor.fromHsl(hue, 120 if dark else 150, 70 if dark else 205)
        return QColor.fromHsl(hue, 150 if dark else 170, 155 if dark else 100)

    def _ink_on(self, fill: QColor) -> QColor:
        return QColor("#101010") if fill.lightnessF() > 0.55 else QColor("#ffffff")

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self._hits = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if self._journey.empty:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect().adjusted(8, 8, -8, -8),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Add an arrival date, a visa or a card to see the journey here."),
            )
            painter.end()
            return
        fm = QFontMetricsF(self.font())
        lay = self._layout(float(self.width()))
        x_of = self._x_of(lay)
        self._paint_years(painter, fm, lay, x_of)
        text = pal.color(QPalette.ColorRole.Text)
        names = lane_names()
        for lane, y, h in lay.lanes:
            painter.setPen(text)
            painter.drawText(
                QRectF(PAD, y, lay.left - PAD - 6, LANE),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                names[lane],
            )
            track = QColor(text)
            track.setAlphaF(0.06)
            painter.fillRect(QRectF(lay.left, y, lay.right - lay.left, h), track)
            for span in self._journey.spans:
                if span.lane == lane:
                    self._paint_span(painter, fm, span, lay, x_of, y)
        self._paint_markers(painter, lay, x_of)
        self._paint_milestones(painter, fm, lay, x_of)
        self._paint_legend(painter, fm, lay)
        painter.end()

    def _paint_markers(
        self, painter: QPainter, lay: _Layout, x_of: Callable[[date], float]
    ) -> None:
        """Moves: a pin on the lane, outlined in the text colour so it shows on any bar."""
        outline = self.palette().color(QPalette.ColorRole.Base)
        lanes = {name: y for name, y, _h in lay.lanes}
        for marker in self._journey.markers:
            y = lanes.get(marker.lane)
            x = x_of(marker.day)
            if y is None or not lay.left <= x <= lay.right:
                continue
            points = [
                QPointF(x - 6, y + 2),
                QPointF(x + 6, y + 2),
                QPointF(x + 6, y + 11),
                QPointF(x, y + LANE - 4),
                QPointF(x - 6, y + 11),
            ]
            painter.setPen(QPen(outline, 1.5))
            painter.setBrush(self.colour(marker.style))
            painter.drawPolygon(points)
            self._hits.append((QRectF(x - 7, y, 14, LANE), marker.tooltip))

    def _paint_years(
        self, painter: QPainter, fm: QFontMetricsF, lay: _Layout, x_of: Callable[[date], float]
    ) -> None:
        journey = self._journey
        assert journey.start is not None and journey.end is not None
        per_year = (lay.right - lay.left) * 365.25 / max(1, (journey.end - journey.start).days)
        widest = fm.horizontalAdvance("2030") + 12
        step = next((s for s in (1, 2, 5, 10, 25, 50) if per_year * s >= widest), 100)
        text = self.palette().color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlphaF(0.16)
        baseline = lay.lanes_bottom + 6 + fm.ascent()
        for year in range(journey.start.year + 1, journey.end.year + 1):
            x = x_of(date(year, 1, 1))
            major = year % step == 0
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, lay.lanes_top - 4), QPointF(x, lay.lanes_bottom + 4))
            if major:
                label = str(year)
                w = fm.horizontalAdvance(label)
                lx = min(max(x - w / 2, lay.left), lay.right - w)
                painter.setPen(text)
                painter.drawText(QPointF(lx, baseline), label)

    def _paint_span(
        self,
        painter: QPainter,
        fm: QFontMetricsF,
        span: Span,
        lay: _Layout,
        x_of: Callable[[date], float],
        lane_y: float,
    ) -> None:
        x0 = max(lay.left, x_of(span.start))
        x1 = min(lay.right, x_of(span.end + timedelta(days=1)))
        x1 = max(x1, x0 + 3)  # a one-day trip stays visible
        y = lane_y + span.row * (LANE + SUB_GAP)
        rect = QRectF(x0, y + 2, x1 - x0, LANE - 4)
        fill = self.colour(span.style)
        painter.setPen(Qt.PenStyle.NoPen)
        if span.open_start or span.open_end:
            # An unknown end fades out: the bar shows what is known, not a made-up date.
            gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
            clear = QColor(fill)
            clear.setAlphaF(0.0)
            fade = min(0.45, OPEN_FADE / max(1.0, rect.width()))
            gradient.setColorAt(0.0, clear if span.open_start else fill)
            gradient.setColorAt(fade, fill)
            gradient.setColorAt(1.0 - fade, fill)
            gradient.setColorAt(1.0, clear if span.open_end else fill)
            painter.setBrush(gradient)
        else:
            painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if span.style in ("residence_future", "trip_planned"):
            outline = self.colour(span.style.split("_")[0])
            painter.setPen(QPen(outline, 1.2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.6, 0.6, -0.6, -0.6), 3, 3)
        text_rect = rect.adjusted(5 + (OPEN_FADE if span.open_start else 0), 0, -4, 0)
        if span.label and fm.horizontalAdvance(span.label) + 1 <= text_rect.width():
            painter.setPen(self._ink_on(fill))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, span.label)
        self._hits.append((rect.adjusted(-2, -3, 2, 3), span.tooltip))

    def _paint_milestones(
        self, painter: QPainter, fm: QFontMetricsF, lay: _Layout, x_of: Callable[[date], float]
    ) -> None:
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        labels = iter(lay.milestone_labels)
        for m in sorted(self._journey.milestones, key=lambda m: m.style != "today"):
            x = x_of(m.day)
            if not lay.left <= x <= lay.right:
                continue
            lx, ly, label = next(labels)
            colour = text_colour if m.style == "today" else self.colour(m.style)
            style = Qt.PenStyle.SolidLine if m.style == "today" else Qt.PenStyle.DashLine
            painter.setPen(QPen(colour, 2.0 if m.style == "today" else 1.6, style))
            top = lay.lanes_top - 6
            painter.drawLine(QPointF(x, top), QPointF(x, lay.lanes_bottom + 4))
            painter.setPen(colour)
            painter.drawText(QPointF(lx, ly + fm.ascent()), label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            d = 5.0
            painter.drawPolygon(
                [
                    QPointF(x, top - d),
                    QPointF(x + d, top),
                    QPointF(x, top + d),
                    QPointF(x - d, top),
                ]
            )
            w = fm.horizontalAdvance(label)
            self._hits.append((QRectF(lx - 2, ly, w + 4, fm.height()), m.tooltip))
            self._hits.append((QRectF(x - 3, top - d, 6, lay.lanes_bottom - top + d), m.tooltip))

    def _paint_legend(self, painter: QPainter, fm: QFontMetricsF, lay: _Layout) -> None:
        text = self.palette().color(QPalette.ColorRole.Text)
        for swatch, style, label in lay.legend:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour(style))
            if style.startswith("move"):
                painter.drawEllipse(swatch.center(), 5, 5)
            else:
                painter.drawRoundedRect(swatch, 2, 2)
            if style in ("residence_future", "trip_planned"):
                painter.setPen(QPen(self.colour(style.split("_")[0]), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(swatch, 2, 2)
            painter.setPen(text)
            baseline = swatch.center().y() - fm.height() / 2 + fm.ascent()
            painter.drawText(QPointF(swatch.right() + 4, baseline), label)

    # -- tooltips ----------------------------------------------------------------------
    def position_of(self, day: date, lane: str) -> QPointF:
        """Where `day` lies on `lane` (its first row), in widget coordinates."""
        lay = self._layout(float(self.width()))
        y = next(y for name, y, _h in lay.lanes if name == lane)
        return QPointF(self._x_of(lay)(day), y + LANE / 2)

    def tooltip_at(self, pos: QPointF) -> str | None:
        """The tooltip for a point; what is painted last (milestones) wins."""
        for rect, tip in reversed(self._hits):
            if rect.contains(pos):
                return tip
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            tip = self.tooltip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
