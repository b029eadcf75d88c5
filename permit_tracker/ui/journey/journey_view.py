"""The Journey tab: the person's procedure as steps (domain.journey), done, current or ahead.

Top: where they stand, in one sentence ("Step 3 of 10: Register at the commune — by ...").
Below, in a scroll area, one row per step: a marker (a tick when done, a filled dot for the
current step, a ring for later ones, red when late), the title and its date; the current
step is opened, showing what happens, what to bring and the source. Any step opens with a
click. The police check, the card application and the collection take an optional date
(`Person.procedure`), set here and saved through the controller (undoable like any edit).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.domain.deadline import Status
from permit_tracker.domain.journey import Step, journey
from permit_tracker.domain.model import Person, Procedure
from permit_tracker.i18n import deadline_text
from permit_tracker.ui.documents.documents_model import Entry, checklist
from permit_tracker.ui.journey.journey_text import (
    bring_text,
    checklist_text,
    when_text,
    where_you_stand,
)
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.date_field import DateField, DateParseError
from permit_tracker.ui.widgets.messages import show_message
from permit_tracker.ui.widgets.status_style import blend, mute, status_colour

# What setting and clearing each editable step's date is called in the undo history (whole
# sentences: the step's name takes another article or case in other languages).
_EDIT_NAMES = {
    "police_check": (
        QT_TRANSLATE_NOOP("JourneyView", "Set the date of the police check"),
        QT_TRANSLATE_NOOP("JourneyView", "Clear the date of the police check"),
    ),
    "card_application": (
        QT_TRANSLATE_NOOP("JourneyView", "Set the date of the card application"),
        QT_TRANSLATE_NOOP("JourneyView", "Clear the date of the card application"),
    ),
    "card_collected": (
        QT_TRANSLATE_NOOP("JourneyView", "Set the date of the card collection"),
        QT_TRANSLATE_NOOP("JourneyView", "Clear the date of the card collection"),
    ),
}


def breakable(text: str) -> str:
    """Long words (URLs) get a zero-width space after each / and . so a narrow window
    wraps them instead of widening the page beyond the view."""
    return " ".join(
        word if len(word) <= 24 else word.replace("/", "/\u200b").replace(".", ".\u200b")
        for word in text.split(" ")
    )


def _step_title(step: Step) -> str:
    """The step's title in the chosen language (domain.phrase, rendered by i18n)."""
    return deadline_text.text(step.title_text or step.title)


class StepMarker(QWidget):
    """A tick, a dot or a ring in the step's colour (palette-derived, any theme)."""

    SIZE = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = "ahead"
        self.late = False
        self.setFixedSize(QSize(self.SIZE, self.SIZE))

    def set_state(self, state: str, late: bool) -> None:
        self.state, self.late = state, late
        self.update()

    def colour(self) -> QColor:
        if self.late:
            return status_colour(Status.OVERDUE)
        if self.state == "done":
            return status_colour(Status.DONE)
        if self.state == "current":
            return self.palette().color(QPalette.ColorRole.Highlight)
        palette = self.palette()
        return blend(
            palette.color(QPalette.ColorRole.Window),
            palette.color(QPalette.ColorRole.WindowText),
            0.45,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.colour()
        box = QRectF(2, 2, self.SIZE - 4, self.SIZE - 4)
        if self.state == "ahead":
            painter.setPen(QPen(colour, 2))
            painter.drawEllipse(box)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
        if self.state == "done":
            pen = QPen(QColor("white"), 2.2)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            s = self.SIZE
            painter.drawLine(int(s * 0.3), int(s * 0.52), int(s * 0.45), int(s * 0.67))
            painter.drawLine(int(s * 0.45), int(s * 0.67), int(s * 0.72), int(s * 0.36))
        else:  # current: a ring of the window colour inside the dot
            painter.setBrush(self.palette().color(QPalette.ColorRole.Window))
            painter.drawEllipse(box.adjusted(5, 5, -5, -5))


class StepTitle(QLabel):
    """A step's title: wraps in a narrow window, opens or closes the step on a click, or on
    Space or Enter when focused (Tab reaches it)."""

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class StepRow(QFrame):
    """One step: marker, title and date; opened, what happens, what to bring, the source and
    (for a procedure step) its date editor."""

    date_chosen = Signal(str, object)  # step key, date | None

    def __init__(
        self,
        step: Step,
        today: date,
        checklist: Sequence[Entry] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step-{step.key}")
        self.marker = StepMarker(self)
        self.marker.set_state(step.state, step.late)
        self.title = StepTitle(_step_title(step), self)
        self._open = False
        self.title.setAccessibleName(_step_title(step))
        self.title.setToolTip(self.tr("Show or hide the details of this step"))
        font = self.title.font()
        font.setBold(step.state == "current")
        self.title.setFont(font)
        self.when = QLabel(when_text(step, today), self)
        # The date keeps its line up to a point; a narrow window wraps it rather than clip.
        self.when.setWordWrap(True)
        self._when_natural = self.when.fontMetrics().horizontalAdvance(self.when.text()) + 6
        self.when.setMinimumWidth(min(self._when_natural, 230))
        self.when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.when.setAccessibleName(self.tr("Date of {step}").format(step=_step_title(step)))
        if step.late:
            self.when.setStyleSheet(f"color: {status_colour(Status.OVERDUE).name()};")
        elif step.state != "current":
            mute(self.when)
        if step.state == "ahead":
            mute(self.title)

        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 4)
        details.setSpacing(4)
        self.what = QLabel(deadline_text.text(step.what_text or step.what), self.details)
        self.what.setWordWrap(True)
        details.addWidget(self.what)
        # Every date says which rule produced it and where the rule comes from.
        self.why: QLabel | None = None
        if step.deadline is not None and deadline_text.explanation(step.deadline):
            self.why = QLabel(breakable(deadline_text.explanation(step.deadline)), self.details)
            self.why.setWordWrap(True)
            self.why.setTextFormat(Qt.TextFormat.PlainText)
            self.why.setAccessibleName(self.tr("Why this date"))
            mute(self.why)
            details.addWidget(self.why)
        self.bring: QLabel | None = None
        documents = checklist_text(checklist) if step.checklist else bring_text(step.bring)
        if documents:
            self.bring = QLabel(
                self.tr("<b>Bring:</b> {documents}").format(documents=documents), self.details
            )
            self.bring.setToolTip(
                self.tr("The checklist of the Documents tab, with where each document stands")
                if step.checklist
                else ""
            )
            self.bring.setWordWrap(True)
            details.addWidget(self.bring)
        self.source = QLabel(self.details)
        self.source.setOpenExternalLinks(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        if step.source:
            self.source.setText(self.tr('<a href="{url}">Source</a>').format(url=step.source))
            self.source.setToolTip(step.source)
        self.editor: DateField | None = None
        self.problem = QLabel(self.details)
        self.problem.setWordWrap(True)
        self.problem.hide()
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self.source)
        if step.editable:
            footer.addSpacing(12)
            self.editor = DateField(
                self.details,
                label=self.tr("Date of {step}").format(step=_step_title(step)),
            )
            # Only a date the user set: a collection "date" may come from the first card.
            self.editor.set_date(None)
            self.editor.setMaximumWidth(200)
            self.save = QPushButton(self.tr("Save date"), self.details)
            self.save.clicked.connect(self._save)
            self.editor.edit.returnPressed.connect(self._save)
            label = QLabel(self.tr("Date (done or booked)"), self.details)
            label.setBuddy(self.editor)
            footer.addWidget(label)
            footer.addWidget(self.editor)
            footer.addWidget(self.save)
        footer.addStretch(1)
        details.addLayout(footer)
        details.addWidget(self.problem)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.marker)
        top.addWidget(self.title, 1)
        top.addWidget(self.when)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 2, 6, 2)
        column.setSpacing(2)
        column.addLayout(top)
        indent = QHBoxLayout()
        indent.setContentsMargins(StepMarker.SIZE + 10, 0, 0, 0)
        indent.addWidget(self.details)
        column.addLayout(indent)
        self.title.clicked.connect(lambda: self.set_open(not self._open))
        self.set_open(step.state == "current")
        if step.state == "current":
            self.setFrameShape(QFrame.Shape.StyledPanel)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The date takes its natural width while it leaves the title at least half the row.
        self.when.setMinimumWidth(min(self._when_natural, max(120, int(self.width() * 0.42))))
        super().resizeEvent(event)

    def set_open(self, opened: bool) -> None:
        self._open = opened
        self.details.setVisible(opened)

    def is_open(self) -> bool:
        return self._open

    def _save(self) -> None:
        assert self.editor is not None
        try:
            day = self.editor.current()
        except DateParseError:
            return
        self.date_chosen.emit(self.step.key, day)

    def show_problem(self, text: str) -> None:
        show_message(self.problem, text, "error")


class JourneyView(QWidget):
    """The Journey tab for the selected person."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._person: Person | None = None
        self.steps: list[Step] = []
        self.rows: list[StepRow] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("Where you stand"))
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary.setFont(font)
        self.hint = QLabel(
            self.tr(
                "The usual path for your situation, from the seed guide and official sources. "
                "Click a step for details; this is not legal advice: check with your commune."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        mute(self.hint)
        self.list = QWidget(self)
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroll_area, 1)
        controller.changed.connect(self.refresh)
        self.set_person(None)

    def set_person(self, person: Person | None) -> None:
        changed = (person.id if person else None) != (self._person.id if self._person else None)
        self._person = person
        if changed:  # another person: open their current step only
            self._clear_rows()
        self.refresh()
        if changed:
            self.scroll_to_current()

    def scroll_to_current(self) -> None:
        current = next((r for r in self.rows if r.step.state == "current"), None)
        if current is not None:
            self.list.adjustSize()
            self.scroll_area.ensureWidgetVisible(current, 0, 40)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scroll_to_current()

    def _clear_rows(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        while self.list_layout.count():
            self.list_layout.takeAt(0)

    def person(self) -> Person | None:
        return self._person

    def refresh(self) -> None:
        person = self._person
        if person is not None:
            person = self._controller.find_person(person.id)
            self._person = person
        opened = {row.step.key for row in self.rows if row.is_open()}
        self._clear_rows()
        if person is None:
            self.steps = []
            self.summary.setText(self.tr("Select a person to see their journey."))
            return
        today = self._controller.today()
        deadlines = self._controller.deadlines(person)
        self.steps = journey(person, deadlines, today)
        documents = checklist(person, deadlines)
        self.summary.setText(where_you_stand(self.steps, today))
        for step in self.steps:
            row = StepRow(step, today, documents, self.list)
            if step.editable and row.editor is not None:
                row.editor.set_date(self._procedure_date(person, step.key))
            if step.key in opened:
                row.set_open(True)
            row.date_chosen.connect(self.set_procedure_date)
            self.list_layout.addWidget(row)
            self.rows.append(row)
        self.list_layout.addStretch(1)

    @staticmethod
    def _procedure_date(person: Person, key: str) -> date | None:
        procedure = person.procedure
        return getattr(procedure, key) if procedure is not None else None

    def row(self, key: str) -> StepRow:
        return next(r for r in self.rows if r.step.key == key)

    def set_procedure_date(self, key: str, day: date | None) -> bool:
        """Save the date of a procedure step (None clears it); undoable."""
        person = self._person
        if person is None:
            return False
        procedure = person.procedure or Procedure()
        if getattr(procedure, key) == day:
            return True
        new = replace(procedure, **{key: day})
        set_text, clear_text = _EDIT_NAMES[key]
        description = QCoreApplication.translate(
            "JourneyView",
            str(set_text if day is not None else clear_text),  # a NOOP-marked str
        )
        problems = self._controller.update_person(
            replace(person, procedure=None if new.empty else new), description
        )
        if problems:
            self.row(key).show_problem("\n".join(p.message for p in problems))
            return False
        return True
