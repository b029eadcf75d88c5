"""The Reminders page of Preferences: on/off, the time of day, and lead days per kind.

Stored as the settings the reminders package reads (reminders/plan.py): "reminders.enabled"
(bool), "reminders.time" ("HH:MM") and "reminders.lead_days" ({kind: [days, ...]}, only the
kinds that differ from domain.reminder_plan.DEFAULT_LEAD_DAYS).
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.reminder_plan import DEFAULT_LEAD_DAYS, DEFAULT_TIME_OF_DAY
from permit_tracker.reminders.plan import MAX_LEAD_DAYS, PlanError, parse_leads
from permit_tracker.setting_keys import ENABLED_KEY, LEAD_DAYS_KEY, TIME_KEY
from permit_tracker.ui.widgets.formatting import kind_names
from permit_tracker.ui.widgets.messages import show_message

if TYPE_CHECKING:
    from permit_tracker.ui.shell.controller import Controller
    from permit_tracker.ui.widgets.class_tr import ClassTr


def leads_text(leads: tuple[int, ...] | list[int]) -> str:
    return ", ".join(str(n) for n in sorted(set(leads), reverse=True))


def parse_leads_text(text: str, where: str) -> tuple[int, ...]:
    """ "60, 30, 7" -> (60, 30, 7); empty means no reminder for that kind."""
    items = [t for t in text.replace(";", ",").replace(" ", ",").split(",") if t]
    values: list[int] = []
    for item in items:
        try:
            value = int(item)
        except ValueError:
            raise PlanError(
                RemindersPage.tr("{where}: “{item}” is not a whole number of days").format(
                    where=where, item=item
                )
            ) from None
        if not 0 <= value <= MAX_LEAD_DAYS:  # said here in the window's language
            raise PlanError(
                RemindersPage.tr("{where}: {days} days is not between 0 and {most}").format(
                    where=where, days=value, most=MAX_LEAD_DAYS
                )
            )
        values.append(value)
    return parse_leads(values, where)


class RemindersPage(QWidget):
    if TYPE_CHECKING:  # called on the class too: see ui/widgets/class_tr.py
        tr: ClassVar[ClassTr]

    validity_changed = Signal(bool)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        layout = QVBoxLayout(self)
        self.enabled_box = QCheckBox(self.tr("&Remind me before deadlines"), self)
        layout.addWidget(self.enabled_box)
        when = QFormLayout()
        when.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time of day for reminders"))
        when.addRow(self.tr("At &time of day:"), self.time_edit)
        layout.addLayout(when)

        group = QGroupBox(self.tr("Days before each deadline (0 is the day itself)"), self)
        form = QFormLayout(group)
        self.lead_edits: dict[Kind, QLineEdit] = {}
        for kind, name in kind_names().items():
            edit = QLineEdit(group)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(self.tr("no reminder"))
            edit.setToolTip(
                self.tr("Default: {days}").format(days=leads_text(DEFAULT_LEAD_DAYS[kind]))
            )
            edit.textChanged.connect(self._validate)
            self.lead_edits[kind] = edit
            form.addRow(name, edit)
        layout.addWidget(group)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.reset_button = QPushButton(self.tr("Reset reminders to &defaults"), self)
        self.reset_button.clicked.connect(self.reset_to_defaults)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.sections = QVBoxLayout()  # where PreferencesDialog.add_section puts extra groups
        layout.addLayout(self.sections)
        layout.addStretch(1)
        self.enabled_box.toggled.connect(self._enable_fields)
        self.load()

    def load(self) -> None:
        setting = self._controller.setting
        self.enabled_box.setChecked(bool(setting(ENABLED_KEY, True)))
        raw = setting(TIME_KEY, None) or DEFAULT_TIME_OF_DAY.strftime("%H:%M")
        parsed = QTime.fromString(str(raw), "HH:mm")
        if not parsed.isValid():
            parsed = QTime.fromString(str(raw), "H:mm")
        self.time_edit.setTime(parsed if parsed.isValid() else QTime(9, 0))
        stored = setting(LEAD_DAYS_KEY, None) or {}
        for kind, edit in self.lead_edits.items():
            leads = DEFAULT_LEAD_DAYS[kind]
            if isinstance(stored, dict) and kind.value in stored:
                # A broken stored value shows the default, which the scheduler uses too.
                with suppress(PlanError):
                    leads = parse_leads(stored[kind.value], kind.value)
            edit.setText(leads_text(leads))
        self._enable_fields(self.enabled_box.isChecked())
        self._validate()

    def reset_to_defaults(self) -> None:
        self.enabled_box.setChecked(True)
        self.time_edit.setTime(QTime(DEFAULT_TIME_OF_DAY.hour, DEFAULT_TIME_OF_DAY.minute))
        for kind, edit in self.lead_edits.items():
            edit.setText(leads_text(DEFAULT_LEAD_DAYS[kind]))

    def _enable_fields(self, on: bool) -> None:
        self.time_edit.setEnabled(on)
        for edit in self.lead_edits.values():
            edit.setEnabled(on)

    def lead_overrides(self) -> dict[str, list[int]]:
        """The kinds whose lead days differ from the defaults; PlanError when one is bad."""
        names = kind_names()
        result: dict[str, list[int]] = {}
        for kind, edit in self.lead_edits.items():
            leads = parse_leads_text(edit.text(), names[kind])
            if leads != tuple(sorted(set(DEFAULT_LEAD_DAYS[kind]), reverse=True)):
                result[kind.value] = list(leads)
        return result

    def problem(self) -> str | None:
        try:
            self.lead_overrides()
        except PlanError as exc:
            return str(exc)
        return None

    def _validate(self) -> None:
        problem = self.problem()
        show_message(self.error_label, problem or "", "error")
        self.validity_changed.emit(problem is None)

    def save(self) -> bool:
        """Write the settings; False (nothing written) when a field is invalid."""
        try:
            leads = self.lead_overrides()
        except PlanError:
            return False
        ctl = self._controller
        ok = ctl.set_setting(ENABLED_KEY, self.enabled_box.isChecked())
        ok = ctl.set_setting(TIME_KEY, self.time_edit.time().toString("HH:mm")) and ok
        return bool(ctl.set_setting(LEAD_DAYS_KEY, leads)) and bool(ok)
