"""The why panel's "Reminders" section: the reminders planned for the selected deadline, what
became of each, and an inline editor for this deadline's own lead days (lead times are
"editable in Preferences, overridable per deadline").

What is listed comes from the plan the scheduler and the calendar export use
(`reminders.plan.plan_from_settings` over the controller's settings) and the stored states
read through `reminders.due.effective_state`, so the list shows what will really fire.

An edit writes "reminders.deadline_leads" with one `controller.set_setting` (one transaction),
which emits `controller.setting_changed`: everything that reads the plan listens to it — the
scheduler and the tray (reminders_wiring) and the kept-up-to-date calendar file
(live_calendar).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.domain.deadline import Deadline, Status
from permit_tracker.reminders import due, first_seen
from permit_tracker.reminders.plan import (
    MAX_LEAD_DAYS,
    PlanError,
    ReminderPlan,
    plan_from_settings,
    reminders_for,
    with_deadline_leads,
)
from permit_tracker.setting_keys import DEADLINE_LEADS_KEY, ENABLED_KEY, FIRST_SEEN_KEY
from permit_tracker.storage.errors import StoreError
from permit_tracker.storage.store import ReminderState
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.formatting import date_text, kind_names
from permit_tracker.ui.widgets.messages import show_message

# -- what is planned (no widgets) ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Planned:
    """One planned reminder of a deadline, as the list shows it."""

    lead: int  # days before the deadline
    at: datetime  # aware: when it fires (or fired)
    state: str  # due.PENDING, FIRED, SNOOZED, DISMISSED or DONE, for the current occasion
    snoozed_until: datetime | None = None
    entered_late: bool = False  # the one reminder of a deadline entered when already due


def planned_reminders(
    deadline: Deadline,
    plan: ReminderPlan,
    states: Mapping[str, ReminderState],
    tz: tzinfo | None = None,
    born: Mapping[str, datetime] | None = None,
) -> list[Planned]:
    """The reminders `plan` gives `deadline`, earliest first, each with its stored state
    (a state recorded for an earlier occasion of the deadline counts as pending). Those
    planned before the deadline existed (`born`, reminders.first_seen) are not listed: they
    were neither missed nor sent."""
    result = []
    planned = reminders_for([deadline], plan, tz)
    kept = first_seen.since_known(planned, born or {}, states, tz)
    for reminder in kept:
        stored = states.get(reminder.key)
        state = due.effective_state(reminder, stored, tz)
        until = stored.snoozed_until if state == due.SNOOZED and stored is not None else None
        result.append(Planned(reminder.lead, reminder.at, state, until, reminder.entered_late))
    # Every lead keeps its line, so the list says the same days as the editor's field.
    listed = {r.lead for r in kept}
    result += [Planned(r.lead, r.at, UNBORN) for r in planned if r.lead not in listed]
    result.sort(key=lambda p: (p.at, -p.lead))
    return result


UNBORN = "unborn"  # planned before the date was entered: never due, neither missed nor sent


def stored_overrides(setting: Callable[[str, object], object]) -> dict[str, list[int]]:
    """The "reminders.deadline_leads" map as stored, without entries that are not lists (a
    damaged entry is ignored by the plan too; dropping it on the next write repairs it)."""
    raw = setting(DEADLINE_LEADS_KEY, None)
    if not isinstance(raw, dict):
        return {}
    return {str(k): list(v) for k, v in raw.items() if isinstance(v, list)}


def parse_lead_text(text: str) -> tuple[int, ...]:
    """ "30, 7, 1" -> (30, 7, 1); "" -> () (no reminders). PlanError with a message for the
    user (translated) naming the first unusable item."""
    values: list[int] = []
    for item in (t for t in re.split(r"[,;\s]+", text.strip()) if t):
        try:
            value = int(item)
        except ValueError:
            message = QCoreApplication.translate(
                "DeadlineReminders",
                "“{item}” is not a number of days. Write whole days before the date, like "
                "30, 7, 1.",
            )
            raise PlanError(message.format(item=item)) from None
        if not 0 <= value <= MAX_LEAD_DAYS:
            message = QCoreApplication.translate(
                "DeadlineReminders",
                "{value} is not possible: days before the date go from 0 (the day itself) to "
                "{most}.",
            )
            raise PlanError(message.format(value=value, most=MAX_LEAD_DAYS))
        values.append(value)
    return tuple(sorted(set(values), reverse=True))


def leads_text(leads: Sequence[int]) -> str:
    return ", ".join(str(n) for n in sorted(set(leads), reverse=True))


# -- the widget ------------------------------------------------------------------------------


class DeadlineReminders(QWidget):
    """Heading, the planned reminders, where their days come from, and Edit… / Use default.

    `set_deadline(deadline)` shows a deadline (None hides the section). The editor is a line
    edit that opens under the list; Enter saves, Escape cancels. Bad input is refused next to
    the field and nothing is written.
    """

    editor_opened = Signal()  # the editor opened or grew: the panel scrolls it into view

    def __init__(
        self, controller: Controller, parent: QWidget | None = None, tz: tzinfo | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._tz = tz  # None: the system's zone, like the scheduler's
        self._deadline: Deadline | None = None
        self.setAccessibleName(self.tr("Reminders for this deadline"))

        title = self.tr("Reminders")  # not inside the f-string: lupdate does not look there
        heading = f"<h4 style='margin:0'>{escape(title)}</h4>"
        self.heading = QLabel(heading, self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.planned = QLabel(self)
        self.planned.setTextFormat(Qt.TextFormat.RichText)
        self.planned.setWordWrap(True)
        self.planned.setAccessibleName(self.tr("Planned reminders"))
        self.origin = QLabel(self)  # default for its kind, or this deadline's own days
        self.origin.setWordWrap(True)
        self.notice = QLabel(self)  # reminders are off
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)

        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the reminder days of this deadline"))
        self.edit_button.setToolTip(self.tr("Choose this deadline's own reminder days"))
        self.edit_button.clicked.connect(self.open_editor)
        self.default_button = QPushButton(self.tr("Use default"), self)
        self.default_button.setAccessibleName(
            self.tr("Use the default reminder days for this kind of deadline")
        )
        self.default_button.clicked.connect(self.use_default)
        self.buttons = QWidget(self)
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit_button)
        row.addWidget(self.default_button)
        row.addStretch(1)

        self.editor = QFrame(self)
        self.field = QLineEdit(self.editor)
        self.field.setPlaceholderText(self.tr("e.g. 30, 7, 1"))
        self.field.setAccessibleName(self.tr("Reminder days before this deadline"))
        self.field.setAccessibleDescription(self.tr(
            "Whole days before the date, separated by commas; 0 is the day itself; "
            "leave empty for no reminders."
        ))  # fmt: skip
        self.field.returnPressed.connect(self.save)
        label = QLabel(self.tr("Days before:"), self.editor)
        label.setBuddy(self.field)
        self.save_button = QPushButton(self.tr("Save"), self.editor)
        self.save_button.setAccessibleName(self.tr("Save the reminder days"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.editor)
        self.cancel_button.setAccessibleName(self.tr("Cancel editing the reminder days"))
        self.cancel_button.clicked.connect(lambda: self.close_editor())
        # The field on its own line, as wide as the panel: the days must be readable (a
        # field squeezed between its label and two buttons was 27 px wide).
        longest = leads_text(max(self.plan().lead_days.values(), key=len, default=(30, 7, 1)))
        self.field.setMinimumWidth(
            self.field.fontMetrics().horizontalAdvance(longest + "  00") + 16
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        fields = QVBoxLayout(self.editor)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.setSpacing(4)
        fields.addWidget(label)
        fields.addWidget(self.field)
        fields.addLayout(buttons)
        self.editor.setVisible(False)
        # Outside the editor, so a failed "Use default" (editor closed) can say why too.
        self.error = QLabel(self)  # why the input was refused, right under the field
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the reminder days"))
        self.error.setVisible(False)
        self.field.textEdited.connect(lambda _text: show_message(self.error, ""))
        self.hint = QLabel(self.tr("0 is the day itself; leave empty for no reminders."), self)
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        escape_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.editor)
        escape_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape_key.activated.connect(self.close_editor)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 0, 10, 8)  # lines up with the why panel's text
        layout.setSpacing(4)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.heading)
        layout.addWidget(self.planned)
        layout.addWidget(self.notice)
        layout.addWidget(self.origin)
        layout.addWidget(self.buttons)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)

        controller.reminder_fired.connect(self.refresh)  # its state changed
        self.setVisible(False)

    # -- public ---------------------------------------------------------------------------
    def deadline(self) -> Deadline | None:
        return self._deadline

    def set_deadline(self, deadline: Deadline | None) -> None:
        """Show `deadline`'s reminders; the editor stays open only for the same deadline."""
        same = (
            deadline is not None
            and self._deadline is not None
            and deadline.key == self._deadline.key
        )
        self._deadline = deadline
        if not same:
            self.close_editor(keep_focus=False)
        self.refresh()

    def editing(self) -> bool:
        """The editor is open (whether or not the window is on screen)."""
        return not self.editor.isHidden()

    def editable(self) -> bool:
        """Done rows and conditions without a date have no reminders to edit."""
        d = self._deadline
        return d is not None and d.date is not None and d.status is not Status.DONE

    def plan(self) -> ReminderPlan:
        return plan_from_settings(self._controller.setting)

    def has_override(self) -> bool:
        d = self._deadline
        return d is not None and d.key in stored_overrides(self._controller.setting)

    def planned_items(self) -> list[Planned]:
        if self._deadline is None:
            return []
        try:
            states = self._controller.store.reminder_states()
        except StoreError:
            states = {}  # the list still shows the plan; states come back with the store
        # Read-only: the scheduler records what it has not seen yet; until then it is new.
        record = first_seen.read(self._controller.setting(FIRST_SEEN_KEY, None))
        seen = first_seen.observe(record, [self._deadline], datetime.now(UTC))
        return planned_reminders(
            self._deadline, self.plan(), states, self._tz, first_seen.births(seen)
        )

    def planned_lines(self) -> list[str]:
        """The list as plain text lines ("Sat, 21 Nov 2026, 09:00 — 7 days before · sent")."""
        return [self._line(item) for item in self.planned_items()]

    def refresh(self) -> None:
        d = self._deadline
        self.setVisible(d is not None)
        if d is None:
            return
        editable = self.editable()
        self.buttons.setVisible(editable and not self.editing())
        if not editable:
            self.close_editor(keep_focus=False)
            why = (
                self.tr("Done: no reminders.")
                if d.status is Status.DONE
                else self.tr("No date yet, so no reminders.")
            )
            self.planned.setText(self._muted(why))
            self.origin.setVisible(False)
            self.notice.setVisible(False)
            return
        plan = self.plan()
        items = self.planned_items()
        if items:
            lines = "<br>".join(self._html_line(item) for item in items)
            self.planned.setText(lines)
        else:
            self.planned.setText(self._muted(self.tr("No reminders for this deadline.")))
        self.origin.setVisible(True)
        self.origin.setText(self._origin_text(plan))
        override = self.has_override()
        self.default_button.setVisible(override)
        enabled = bool(self._controller.setting(ENABLED_KEY, True))
        show_message(
            self.notice,
            "" if enabled else self.tr("Reminders are turned off in Preferences."),
            "warning",
        )

    def open_editor(self) -> None:
        if not self.editable():
            return
        assert self._deadline is not None
        self.field.setText(leads_text(self.plan().leads_for(self._deadline)))
        show_message(self.error, "")
        self.editor.setVisible(True)
        self.hint.setVisible(True)
        self.buttons.setVisible(False)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.selectAll()
        QTimer.singleShot(0, self, self.editor_opened.emit)  # after the layout has the editor

    def close_editor(self, keep_focus: bool = True) -> None:
        was_open = self.editing()
        self.editor.setVisible(False)
        self.hint.setVisible(False)
        show_message(self.error, "")
        self.buttons.setVisible(self.editable())
        if was_open and keep_focus and self.editable():
            self.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Save the field as this deadline's own days (the kind's default when it says the
        same). False, with the reason next to the field and nothing written, when it cannot."""
        d = self._deadline
        if d is None or not self.editable():
            return False
        try:
            leads = parse_lead_text(self.field.text())
        except PlanError as exc:
            self._refuse(str(exc))
            return False
        default = self.plan().lead_days.get(d.kind, ())
        # Typing the default back is going back to it: later changes in Preferences apply.
        if not self._write(None if leads == tuple(default) else leads):
            return False
        self.close_editor()
        return True

    def use_default(self) -> bool:
        if self._deadline is None or not self._write(None):
            return False
        self.close_editor()
        if self.editable():  # the button pressed is gone: focus goes back to Edit…
            self.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # -- internals ------------------------------------------------------------------------
    def _write(self, leads: tuple[int, ...] | None) -> bool:
        assert self._deadline is not None
        key = self._deadline.key
        try:
            # From the store itself: the controller's reader would answer {} on an error,
            # and writing that back would drop every other deadline's days.
            current = stored_overrides(self._controller.store.setting)
        except StoreError as exc:
            self._refuse(self.tr("Not saved: {}").format(exc))
            return False
        try:
            updated = with_deadline_leads(current, key, leads)
        except PlanError as exc:  # parse_lead_text already refused what this would
            self._refuse(str(exc))
            return False
        if updated == current:
            self.refresh()
            return True
        if not self._controller.set_setting(DEADLINE_LEADS_KEY, updated):
            # The controller's error banner says why (disk full, read-only...).
            self._refuse(self.tr("Not saved: the data could not be written."))
            return False
        self.refresh()  # the scheduler and the calendar file hear of it: setting_changed
        return True

    def _refuse(self, message: str) -> None:
        """Say why next to the field (which keeps the text to correct); nothing is written."""
        show_message(self.error, message, "error")
        if self.editing():
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, self, self.editor_opened.emit)

    def _origin_text(self, plan: ReminderPlan) -> str:
        assert self._deadline is not None
        kind = kind_names().get(self._deadline.kind, self._deadline.kind.value)
        default = plan.lead_days.get(self._deadline.kind, ())
        if self.has_override():
            if default:
                return self.tr(
                    "Set for this deadline only. The default for “{kind}” is {days} days before."
                ).format(kind=kind, days=leads_text(default))
            return self.tr(
                "Set for this deadline only. “{kind}” has no reminders by default."
            ).format(kind=kind)
        return self.tr("The default for “{kind}”, set in Preferences.").format(kind=kind)

    def _parts(self, item: Planned) -> tuple[str, str]:
        """When it fires and how long before ("Sat, 21 Nov 2026, 09:00 — 7 days before"),
        and what became of it ("sent"; "" for one still to come)."""
        lead = self.tr("already due when entered") if item.entered_late else self._lead(item.lead)
        line = self.tr("{moment} — {lead}").format(moment=self._moment(item.at), lead=lead)
        return line, self._state(item, self._controller.today())

    def _lead(self, lead: int) -> str:
        if lead == 0:
            return self.tr("on the day")
        if lead == 1:  # apart: English has no translation file to pick "day" for 1
            return self.tr("1 day before")
        return self.tr("%n days before", "", lead)

    def _moment(self, at: datetime) -> str:
        """ "Sat, 21 Nov 2026, 09:00" in the user's locale and local time."""
        local = at.astimezone(self._tz)
        clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        return self.tr("{date}, {time}").format(date=date_text(local.date()), time=clock)

    def _state(self, item: Planned, today: date) -> str:
        """What became of a reminder; "" for one still to come."""
        if item.state == due.SNOOZED and item.snoozed_until is not None:
            return self.tr("snoozed until {moment}").format(moment=self._moment(item.snoozed_until))
        said = {
            due.FIRED: self.tr("sent"),
            due.SNOOZED: self.tr("snoozed"),
            due.DISMISSED: self.tr("dismissed"),
            due.DONE: self.tr("marked done"),
            UNBORN: self.tr("not sent: entered later"),
        }.get(item.state)
        if said is not None:
            return said
        if item.at.astimezone(self._tz).date() < today:
            # Not recorded as sent: reminders were off, or it came too late.
            return self.tr("passed")
        return ""

    def _joined(self) -> str:
        return self.tr("{line} · {state}")

    def _line(self, item: Planned) -> str:
        line, state = self._parts(item)
        return self._joined().format(line=line, state=state) if state else line

    def _html_line(self, item: Planned) -> str:
        """Reminders still to come in the normal colour, the rest muted."""
        line, state = self._parts(item)
        text = escape(line)
        if state:
            # The state ("sent", "not sent: entered later") never wraps, nor onto a line of
            # its own: the spaces of the joining text and of the state do not break.
            nbsp = "\u00a0"
            text = (
                self._joined()
                .replace(" ", nbsp)
                .format(line=text, state=escape(state).replace(" ", nbsp))
            )
        past = item.at.astimezone(self._tz).date() < self._controller.today()
        to_come = item.state == due.SNOOZED or (item.state == due.PENDING and not past)
        return text if to_come else self._muted_html(text)

    def _muted(self, text: str) -> str:
        return self._muted_html(escape(text))

    def _muted_html(self, html: str) -> str:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        return f"<span style='color:{muted}'>{html}</span>"
