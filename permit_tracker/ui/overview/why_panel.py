"""Why a date is what it is: the selected deadline's explanation, the rule with its numbers,
where the rule comes from (a link), when that was checked, and that this is not legal advice.
With a controller, the deadline's reminders follow (ui/reminders/deadline_reminders.py)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from permit_tracker.domain.deadline import Deadline
from permit_tracker.i18n import deadline_text
from permit_tracker.rules.ruleset import DEFAULT_RULES, Ruleset
from permit_tracker.ui.reminders.deadline_reminders import DeadlineReminders
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.formatting import (
    deadline_when_text,
    long_date_text,
    status_text,
    unit_text,
)
from permit_tracker.ui.widgets.messages import message_color

_NBSP = "\u00a0"


class WhyPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None, controller: Controller | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setContentsMargins(10, 8, 10, 8)
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.reminders: DeadlineReminders | None = None
        if controller is not None:
            self.reminders = DeadlineReminders(controller, holder)
            self.reminders.editor_opened.connect(self._show_editor)
            layout.addWidget(self.reminders)
        layout.addStretch(1)
        self.setWidget(holder)
        self.setAccessibleName(self.tr("Why this date"))
        self.show_nothing()

    def _show_editor(self) -> None:
        """Scroll so the editor, its message and its hint are on screen (small windows)."""
        if self.reminders is not None:
            self.ensureWidgetVisible(self.reminders.hint)
            self.ensureWidgetVisible(self.reminders.editor)

    def show_nothing(self) -> None:
        if self.reminders is not None:
            self.reminders.set_deadline(None)
        self.label.setText(
            "<p>"
            + escape(
                self.tr(
                    "Select a row to see which rule sets its date and where the rule comes from."
                )
            )
            + "</p>"
        )

    def show_deadline(self, row: Deadline, rules: Ruleset) -> None:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        warn = message_color(self, "warning")
        rule = rules[row.rule]
        default = DEFAULT_RULES[row.rule]
        # "in 8 days" stays on one line (non-breaking spaces).
        when = (
            f"{long_date_text(row.date)} · {deadline_when_text(row).replace(' ', _NBSP)}"
            if row.date is not None
            else self.tr("no date yet")
        )
        explanation = deadline_text.reason(row)  # the rule and its source are shown below
        parts = [
            f"<h3 style='margin:0'>{escape(deadline_text.title(row))}</h3>",
            # Non-breaking: "(Due soon)" never wraps alone onto a line of its own.
            f"<p style='margin-top:4px'><b>{escape(when)}</b>&nbsp;"
            f"({escape(status_text(row.status)).replace(' ', '&nbsp;')})</p>",
            f"<p>{escape(explanation)}.</p>",
        ]
        flag = deadline_text.flag(row)
        if flag:
            parts.append(f"<p style='color:{warn}'>⚠ {escape(flag)}</p>")
        numbers = escape(f"{rule.value} {unit_text(rule.unit, rule.value)}")
        if rule.value != default.value:
            numbers += escape(
                self.tr(" (your setting; the default is {} {})").format(
                    default.value, unit_text(default.unit, default.value)
                )
            )
        heading = self.tr("The rule")  # translated outside the f-string: lupdate sees it
        parts.append(f"<h4 style='margin-bottom:2px'>{escape(heading)}</h4>")
        parts.append(
            f"<p style='margin-top:0'><b>{escape(deadline_text.rule_title(rule))}: {numbers}</b>"
            f"<br>{escape(deadline_text.rule_explanation(rule))}</p>"
        )
        if rule.note:
            parts.append(f"<p style='color:{muted}'>{escape(deadline_text.rule_note(rule))}</p>")
        source = escape(deadline_text.rule_source(rule))
        if rule.source_url:
            source = f"<a href='{escape(rule.source_url, quote=True)}'>{source}</a>"
        verified = long_date_text(rule.verified, weekday=False)
        source_label = self.tr("Source:")
        checked = self.tr("Last checked {}").format(verified)
        parts.append(
            f"<p>{escape(source_label)} {source}<br>"
            f"<span style='color:{muted}'>{escape(checked)}</span></p>"
        )
        parts.append(f"<p style='color:{muted}'><i>{escape(deadline_text.legal_notice())}</i></p>")
        self.label.setText("".join(parts))
        if self.reminders is not None:
            self.reminders.set_deadline(row)
