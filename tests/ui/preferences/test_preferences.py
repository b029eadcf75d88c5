"""Preferences with the real controller: rules recompute deadlines, resets, refusals, reminders."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QLabel
from ui_travel_helpers import controller_with, resident

from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.model import Absence, Person
from permit_tracker.reminders.plan import plan_from_settings
from permit_tracker.rules.ruleset import DEFAULT_RULES
from permit_tracker.ui.preferences.preferences_dialog import PreferencesDialog
from permit_tracker.ui.travel.travel_tab import TravelTab
from permit_tracker.ui.travel.trip_text import format_date

pytestmark = pytest.mark.usefixtures("qapp")

ARRIVED = Person(name="Inês Costa", arrival=date(2026, 11, 23))


def registration_date(controller) -> date | None:
    person = controller.person(ARRIVED.id)
    return next(d.date for d in controller.deadlines(person) if d.kind is Kind.REGISTRATION)


def dialog_for(qtbot, controller) -> PreferencesDialog:
    dialog = PreferencesDialog(controller)
    qtbot.addWidget(dialog)
    return dialog


def ok_button(dialog: PreferencesDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_every_rule_has_value_unit_explanation_source_and_date(qtbot, data_dir: Path) -> None:
    with controller_with(data_dir, []) as controller:
        dialog = dialog_for(qtbot, controller)
        assert set(dialog.rule_editors) == set(DEFAULT_RULES)
        for key, editor in dialog.rule_editors.items():
            rule = DEFAULT_RULES[key]
            assert editor.value() == rule.value
            units = {"working_days": "working days", "percent": "%"}  # v2 units
            assert editor.spin.suffix().strip() == units.get(rule.unit, rule.unit)
            texts = " ".join(label.text() for label in editor.findChildren(QLabel))
            assert rule.explanation.split()[0] in texts
            assert f"href='{rule.source_url}'" in texts
            assert format_date(rule.verified) in texts
            assert not editor.reset_button.isEnabled()


def test_changing_a_rule_recomputes_deadlines_and_is_undoable(qtbot, data_dir: Path) -> None:
    with controller_with(data_dir, [ARRIVED]) as controller:
        assert registration_date(controller) == date(2026, 12, 1)
        dialog = dialog_for(qtbot, controller)
        dialog.rule_editors["registration_days"].set_value(15)
        assert dialog.rule_editors["registration_days"].reset_button.isEnabled()
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.result() == PreferencesDialog.DialogCode.Accepted
        assert controller.store.rule_overrides() == {"registration_days": 15}
        assert registration_date(controller) == date(2026, 12, 8)
        controller.undo()
        assert registration_date(controller) == date(2026, 12, 1)
        assert controller.store.rule_overrides() == {}


def test_reset_one_rule_and_all_rules(qtbot, data_dir: Path) -> None:
    with controller_with(data_dir, [ARRIVED]) as controller:
        controller.set_rule_overrides({"registration_days": 15, "absence_total_max_days": 200})
        dialog = dialog_for(qtbot, controller)
        editor = dialog.rule_editors["registration_days"]
        assert editor.value() == 15
        qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
        assert editor.value() == 8
        assert not editor.reset_button.isEnabled()
        assert dialog.apply()
        assert controller.store.rule_overrides() == {"absence_total_max_days": 200}
        assert registration_date(controller) == date(2026, 12, 1)
        qtbot.mouseClick(dialog.reset_all_button, Qt.MouseButton.LeftButton)
        assert dialog.rule_overrides() == {}
        assert dialog.apply()
        assert controller.store.rule_overrides() == {}


def test_renewal_window_that_closes_before_it_opens_is_refused(qtbot, data_dir: Path) -> None:
    with controller_with(data_dir, [ARRIVED]) as controller:
        dialog = dialog_for(qtbot, controller)
        dialog.tabs.setCurrentWidget(dialog.rules_page)  # the dialog opens on General
        dialog.rule_editors["card_renewal_opens_days"].set_value(20)  # closes at 30
        assert dialog.rules_error.isVisibleTo(dialog)
        assert "Card renewal window opens" in dialog.rules_error.text()
        for key in ("card_renewal_opens_days", "card_renewal_closes_days"):  # beside both
            assert not dialog.rule_editors[key].error_label.isHidden()
        assert dialog.rule_editors["registration_days"].error_label.isHidden()
        assert not ok_button(dialog).isEnabled()
        assert not dialog.apply()
        dialog.accept()
        assert dialog.result() != PreferencesDialog.DialogCode.Accepted
        assert controller.store.rule_overrides() == {}
        assert controller.undo_stack.count() == 0
        dialog.rule_editors["card_renewal_opens_days"].set_value(60)
        assert not dialog.rules_error.isVisibleTo(dialog)
        assert ok_button(dialog).isEnabled()


def test_values_outside_a_rules_range_cannot_be_entered(qtbot, data_dir: Path) -> None:
    with controller_with(data_dir, []) as controller:
        dialog = dialog_for(qtbot, controller)
        spin = dialog.rule_editors["registration_days"].spin
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), "0")
        spin.interpretText()
        assert spin.value() >= DEFAULT_RULES["registration_days"].minimum
        spin.setValue(100000)
        assert spin.value() == DEFAULT_RULES["registration_days"].maximum


def test_reminder_defaults_are_saved_where_the_scheduler_reads_them(qtbot, data_dir: Path) -> None:
    with controller_with(data_dir, []) as controller:
        dialog = dialog_for(qtbot, controller)
        page = dialog.reminders
        assert page.lead_edits[Kind.VISA_EXPIRY].text() == "60, 30, 14, 7, 1"
        page.time_edit.setTime(page.time_edit.time().fromString("07:30", "HH:mm"))
        page.lead_edits[Kind.VISA_EXPIRY].setText("10 45")
        page.lead_edits[Kind.CARD_RENEWAL_OPENS].setText("")
        assert dialog.apply()
        assert controller.setting("reminders.time") == "07:30"
        assert controller.setting("reminders.enabled") is True
        assert controller.setting("reminders.lead_days") == {
            "visa_expiry": [45, 10],
            "card_renewal_opens": [],
        }
        plan = plan_from_settings(controller.setting)
        assert plan.time_of_day == time(7, 30)
        assert plan.lead_days[Kind.VISA_EXPIRY] == (45, 10)
        assert plan.lead_days[Kind.CARD_RENEWAL_OPENS] == ()

        again = dialog_for(qtbot, controller)
        assert again.reminders.lead_edits[Kind.VISA_EXPIRY].text() == "45, 10"
        assert again.reminders.time_edit.time().toString("HH:mm") == "07:30"
        again.reminders.reset_to_defaults()
        assert again.apply()
        assert controller.setting("reminders.lead_days") == {}
        assert controller.setting("reminders.time") == "09:00"


def test_bad_lead_days_are_refused(qtbot, data_dir: Path) -> None:
    with controller_with(data_dir, []) as controller:
        dialog = dialog_for(qtbot, controller)
        dialog.reminders.lead_edits[Kind.CARD_EXPIRY].setText("60, soon")
        assert not dialog.reminders.error_label.isHidden()
        assert "soon" in dialog.reminders.error_label.text()
        assert not ok_button(dialog).isEnabled()
        assert not dialog.apply()
        assert controller.setting("reminders.lead_days") is None


def test_reminders_can_be_switched_off(qtbot, data_dir: Path) -> None:
    with controller_with(data_dir, []) as controller:
        dialog = dialog_for(qtbot, controller)
        dialog.reminders.enabled_box.setChecked(False)
        assert not dialog.reminders.time_edit.isEnabled()
        assert dialog.apply()
        assert controller.setting("reminders.enabled") is False


def test_other_packages_add_sections(qtbot, data_dir: Path) -> None:
    seen = []

    def section(dialog: PreferencesDialog) -> None:
        seen.append(dialog)
        dialog.add_section("Start at login", QLabel("autostart", dialog))

    with controller_with(data_dir, []) as controller:
        dialog = PreferencesDialog(controller, sections=[section])
        qtbot.addWidget(dialog)
    assert seen == [dialog]
    titles = [box.title() for box in dialog.reminders.findChildren(QGroupBox)]
    assert "Start at login" in titles


def test_cancel_saves_nothing(qtbot, data_dir: Path) -> None:
    with controller_with(data_dir, [ARRIVED]) as controller:
        dialog = dialog_for(qtbot, controller)
        dialog.rule_editors["registration_days"].set_value(20)
        dialog.reminders.lead_edits[Kind.VISA_EXPIRY].setText("5")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )
        assert controller.store.rule_overrides() == {}
        assert controller.setting("reminders.lead_days") is None
        assert registration_date(controller) == date(2026, 12, 1)


def test_open_travel_tab_follows_a_changed_absence_limit(qtbot, data_dir: Path) -> None:
    person = resident(trips=(Absence(date(2024, 7, 1), date(2024, 7, 20), "holiday"),))
    with controller_with(data_dir, [person]) as controller:
        tab = TravelTab(controller)
        qtbot.addWidget(tab)
        tab.set_person(controller.person(person.id))
        assert "20 absence days used, 280 left" in tab.usage_label.text()
        dialog = dialog_for(qtbot, controller)
        dialog.rule_editors["absence_total_max_days"].set_value(100)
        assert dialog.apply()
        assert "20 absence days used, 80 left" in tab.usage_label.text()
        assert tab.usage_bar.maximum() == 100
