"""The why panel's Reminders section: the selected deadline's planned reminders in the user's
locale with their states, and its own lead days — saved at once, refused when unusable, read
by the plan, the scheduler and the calendar alike (lead times are "overridable per deadline")."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot
from reminder_helpers import Clock

from permit_tracker.calendar.actions import set_live
from permit_tracker.calendar.content import event_uid
from permit_tracker.calendar.export import render_calendar
from permit_tracker.calendar.options import ExportOptions
from permit_tracker.domain.deadline import Deadline, Kind
from permit_tracker.domain.model import Passport, Person, Visa
from permit_tracker.domain.reminder_plan import DEFAULT_LEAD_DAYS
from permit_tracker.reminders import due
from permit_tracker.reminders.autostart import XdgAutostart
from permit_tracker.reminders.plan import local_instant, plan_from_settings
from permit_tracker.setting_keys import DEADLINE_LEADS_KEY
from permit_tracker.storage.errors import StoreWriteError
from permit_tracker.storage.store import ReminderState
from permit_tracker.ui.calendar import live_calendar
from permit_tracker.ui.overview.overview_tab import OverviewTab
from permit_tracker.ui.reminders.deadline_reminders import DeadlineReminders, parse_lead_text
from permit_tracker.ui.reminders.reminders_wiring import Reminders
from permit_tracker.ui.shell.controller import Controller

pytestmark = [
    pytest.mark.usefixtures("en_gb"),
    # Shown windows on the offscreen platform (the panel is used on screen).
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

# Today (conftest) is Wed 5 March 2025: registration is due Tue 11 March, the visa ends
# Tue 19 August 2025.
ANA = Person(
    name="Ana Silva",
    reason="work",
    arrival=date(2025, 3, 3),
    visa=Visa("D", date(2025, 2, 20), date(2025, 8, 19)),
    passport=Passport(date(2031, 5, 1)),
)
VISA = f"{ANA.id}/visa_expiry/"
REGISTRATION = f"{ANA.id}/registration/"
VISA_DEFAULT_LINES = [
    "Fri, 20 Jun 2025, 09:00 — 60 days before",
    "Sun, 20 Jul 2025, 09:00 — 30 days before",
    "Tue, 5 Aug 2025, 09:00 — 14 days before",
    "Tue, 12 Aug 2025, 09:00 — 7 days before",
    "Mon, 18 Aug 2025, 09:00 — 1 day before",
]
VISA_10_2_LINES = [
    "Sat, 9 Aug 2025, 09:00 — 10 days before",
    "Sun, 17 Aug 2025, 09:00 — 2 days before",
]


@pytest.fixture
def ana(controller: Controller) -> Person:
    assert controller.add_person(ANA) == []
    return controller.person(ANA.id)


@pytest.fixture
def tab(qtbot: QtBot, controller: Controller, ana: Person) -> OverviewTab:
    made = OverviewTab(controller)
    qtbot.addWidget(made)
    made.resize(1100, 700)
    made.show()
    qtbot.waitExposed(made)
    made.set_person(ana)
    return made


def section(tab: OverviewTab, key: str) -> DeadlineReminders:
    assert tab.select_key(key)
    panel = tab.why.reminders
    assert panel is not None and not panel.isHidden()
    deadline = panel.deadline()
    assert deadline is not None and deadline.key == key
    return panel


def type_days(qtbot: QtBot, panel: DeadlineReminders, text: str) -> None:
    """Edit… , replace the field's text, Enter."""
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.editing()
    panel.field.clear()
    qtbot.keyClicks(panel.field, text)
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)


def deadline_of(controller: Controller, key: str) -> Deadline:
    return next(d for d in controller.deadlines(controller.person(ANA.id)) if d.key == key)


def alarm_triggers(controller: Controller, text: str, key: str) -> list[timedelta]:
    calendar = icalendar.Calendar.from_ical(text)
    uid = event_uid(deadline_of(controller, key))
    event = next(e for e in calendar.walk("VEVENT") if str(e["UID"]) == uid)
    return sorted(a["TRIGGER"].dt for a in event.walk("VALARM"))


def before(days: int) -> timedelta:
    """An alarm `days` before an all-day event, at 09:00."""
    return timedelta(days=-days, hours=9)


# -- what is shown ----------------------------------------------------------------------------


def test_the_selected_deadline_lists_its_reminders_in_the_users_locale(
    tab: OverviewTab,
) -> None:
    panel = section(tab, VISA)
    assert panel.planned_lines() == VISA_DEFAULT_LINES
    assert "20 Jun 2025, 09:00 — 60 days before" in panel.planned.text()
    assert "The default for “Visa expiry”" in panel.origin.text()
    assert not panel.edit_button.isHidden() and panel.default_button.isHidden()

    panel = section(tab, REGISTRATION)  # 11 March: 8 days before was 3 March, already gone
    assert panel.planned_lines() == [
        "Mon, 3 Mar 2025, 09:00 — 8 days before · passed",
        "Sat, 8 Mar 2025, 09:00 — 3 days before",
        "Tue, 11 Mar 2025, 09:00 — on the day",
    ]


def test_stored_states_show_for_this_occasion_only(
    tab: OverviewTab, controller: Controller
) -> None:
    controller.set_clock(lambda: date(2025, 7, 25))
    store = controller.store

    def state(lead: int, name: str, day: date, until: date | None = None) -> ReminderState:
        at = local_instant(day, time(9))
        return ReminderState(
            key=f"{VISA}@{lead}",
            state=name,
            updated_at=at,
            fired_at=at,
            snoozed_until=local_instant(until, time(9)) if until else None,
        )

    store.put_reminder_states(
        [
            state(60, due.FIRED, date(2025, 6, 20)),
            state(30, due.SNOOZED, date(2025, 7, 20), until=date(2025, 7, 26)),
            state(14, due.DISMISSED, date(2025, 7, 24)),
            # Fired for last year's visa: another occasion, so this one is still to come.
            state(7, due.FIRED, date(2024, 8, 12)),
            state(1, due.DONE, date(2025, 7, 25)),
        ]
    )
    controller.changed.emit()  # as after any saved change: the panel re-reads
    panel = section(tab, VISA)
    assert panel.planned_lines() == [
        "Fri, 20 Jun 2025, 09:00 — 60 days before · sent",
        "Sun, 20 Jul 2025, 09:00 — 30 days before · snoozed until Sat, 26 Jul 2025, 09:00",
        "Tue, 5 Aug 2025, 09:00 — 14 days before · dismissed",
        "Tue, 12 Aug 2025, 09:00 — 7 days before",
        "Mon, 18 Aug 2025, 09:00 — 1 day before · marked done",
    ]


def test_reminders_turned_off_are_said(tab: OverviewTab, controller: Controller) -> None:
    panel = section(tab, VISA)
    assert panel.notice.isHidden()
    controller.set_setting("reminders.enabled", False)
    controller.changed.emit()
    assert not panel.notice.isHidden()
    assert "turned off in Preferences" in panel.notice.text()


def test_done_rows_and_rows_without_a_date_have_no_editor(
    qtbot: QtBot, controller: Controller, ana: Person
) -> None:
    assert controller.update_person(replace(ana, registered=date(2025, 3, 4)), "register") == []
    tab = OverviewTab(controller)
    qtbot.addWidget(tab)
    tab.set_person(controller.person(ANA.id))
    rows = {d.kind: d for d in controller.deadlines(controller.person(ANA.id))}
    assert rows[Kind.NATIONALITY_ELIGIBLE].date is None  # no unlimited card: a condition

    for key, says in (
        (REGISTRATION, "Done: no reminders."),
        (rows[Kind.NATIONALITY_ELIGIBLE].key, "No date yet, so no reminders."),
    ):
        panel = section(tab, key)
        assert says in panel.planned.text()
        assert panel.buttons.isHidden() and panel.origin.isHidden()
        panel.open_editor()
        assert not panel.editing()
        assert panel.planned_lines() == []

    # A milestone with a date (long-term residence) has reminders, and its own days.
    panel = section(tab, rows[Kind.LONG_TERM_ELIGIBLE].key)
    assert not panel.buttons.isHidden() and len(panel.planned_lines()) == 2


# -- editing ------------------------------------------------------------------------------------


def test_own_days_are_saved_at_once_and_everything_reads_them(
    qtbot: QtBot, tab: OverviewTab, controller: Controller, tmp_path: Path
) -> None:
    store = controller.store
    live = tmp_path / "live.ics"
    set_live(store, live, ExportOptions())
    live_calendar.install(controller)
    assert alarm_triggers(controller, live.read_text(), VISA) == sorted(
        before(n) for n in DEFAULT_LEAD_DAYS[Kind.VISA_EXPIRY]
    )

    panel = section(tab, VISA)
    with qtbot.waitSignal(controller.setting_changed) as saved:
        type_days(qtbot, panel, "10, 2")
    assert saved.args == [DEADLINE_LEADS_KEY]

    assert store.setting(DEADLINE_LEADS_KEY) == {VISA: [10, 2]}
    assert not panel.editing()
    assert panel.planned_lines() == VISA_10_2_LINES
    assert "Set for this deadline only" in panel.origin.text()
    assert "60, 30, 14, 7, 1" in panel.origin.text()
    assert not panel.default_button.isHidden()

    plan = plan_from_settings(store.setting)
    rows = controller.deadlines(controller.person(ANA.id))
    for row in rows:
        expected = (10, 2) if row.key == VISA else DEFAULT_LEAD_DAYS[row.kind]
        assert tuple(plan.leads_for(row)) == expected, row.key

    text, _ = render_calendar(
        rows, ExportOptions(), datetime(2025, 3, 5, tzinfo=UTC), {}, None, plan
    )
    assert alarm_triggers(controller, text, VISA) == [before(10), before(2)]
    # Registration keeps its default; 8 days before (3 March) is gone, 3 and 0 remain.
    assert alarm_triggers(controller, text, REGISTRATION) == [before(3), before(0)]
    # The kept-up-to-date file was rewritten by the same signal.
    assert alarm_triggers(controller, live.read_text(), VISA) == [before(10), before(2)]


def test_the_scheduler_follows_an_edit_at_once(
    qtbot: QtBot, controller: Controller, ana: Person, tmp_path: Path
) -> None:
    window = QMainWindow()  # Reminders needs a window to show, not the main window
    overview = OverviewTab(controller, window)
    window.setCentralWidget(overview)
    qtbot.addWidget(window)
    overview.set_person(ana)
    clock = Clock(datetime(2025, 3, 5, 10, 0, tzinfo=UTC))
    reminders = Reminders(
        controller, window, None, True, clock=clock, tray_available=lambda: False,
        use_dbus=False, autostart=XdgAutostart(tmp_path / "config"),
    )  # fmt: skip
    try:
        reminders.start()  # 3 March's reminder is notified as missed; next: Sat 8 March
        assert reminders.scheduler.next_due() == local_instant(date(2025, 3, 8), time(9))

        panel = section(overview, REGISTRATION)
        type_days(qtbot, panel, "5, 2")  # Thu 6 and Sun 9 March
        qtbot.waitUntil(
            lambda: reminders.scheduler.next_due() == local_instant(date(2025, 3, 6), time(9))
        )
        # The reminder already sent (8 days before) is shown no more: it is not planned.
        assert panel.planned_lines() == [
            "Thu, 6 Mar 2025, 09:00 — 5 days before",
            "Sun, 9 Mar 2025, 09:00 — 2 days before",
        ]
    finally:
        reminders.shutdown()


def test_use_default_removes_only_this_deadlines_days(
    qtbot: QtBot, tab: OverviewTab, controller: Controller
) -> None:
    store = controller.store
    type_days(qtbot, section(tab, REGISTRATION), "5")
    panel = section(tab, VISA)
    type_days(qtbot, panel, "10, 2")
    assert store.setting(DEADLINE_LEADS_KEY) == {REGISTRATION: [5], VISA: [10, 2]}

    with qtbot.waitSignal(controller.setting_changed):
        qtbot.mouseClick(panel.default_button, Qt.MouseButton.LeftButton)
    assert store.setting(DEADLINE_LEADS_KEY) == {REGISTRATION: [5]}
    assert panel.planned_lines() == VISA_DEFAULT_LINES
    assert panel.default_button.isHidden()
    assert "The default for “Visa expiry”" in panel.origin.text()
    plan = plan_from_settings(store.setting)
    assert plan.leads_for(deadline_of(controller, VISA)) == DEFAULT_LEAD_DAYS[Kind.VISA_EXPIRY]
    assert plan.leads_for(deadline_of(controller, REGISTRATION)) == (5,)

    # Typing the default back is the default too (later Preferences changes apply).
    type_days(qtbot, section(tab, REGISTRATION), "0 3 8")
    assert store.setting(DEADLINE_LEADS_KEY) == {}


def test_empty_means_no_reminders_for_this_deadline(
    qtbot: QtBot, tab: OverviewTab, controller: Controller
) -> None:
    panel = section(tab, VISA)
    type_days(qtbot, panel, "")
    assert controller.store.setting(DEADLINE_LEADS_KEY) == {VISA: []}
    assert panel.planned_lines() == []
    assert "No reminders for this deadline." in panel.planned.text()
    assert (
        plan_from_settings(controller.store.setting).leads_for(deadline_of(controller, VISA)) == ()
    )


def test_the_largest_lead_is_accepted(
    qtbot: QtBot, tab: OverviewTab, controller: Controller
) -> None:
    type_days(qtbot, section(tab, VISA), "3650, 0, 0")
    assert controller.store.setting(DEADLINE_LEADS_KEY) == {VISA: [3650, 0]}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "“abc” is not a number of days"),
        ("30, 7.5", "“7.5” is not a number of days"),
        ("-3", "-3 is not possible: days before the date go from 0 (the day itself) to 3650."),
        ("7, 3651", "3651 is not possible"),
    ],
)
def test_unusable_days_are_refused_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, tab: OverviewTab, controller: Controller, text: str, message: str
) -> None:
    store = controller.store
    store.set_setting(DEADLINE_LEADS_KEY, {REGISTRATION: [5]})
    panel = section(tab, VISA)
    with qtbot.assertNotEmitted(controller.setting_changed):
        type_days(qtbot, panel, text)
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert store.setting(DEADLINE_LEADS_KEY) == {REGISTRATION: [5]}
    assert panel.editing() and panel.field.text() == text  # kept, to be corrected
    assert not panel.error.isHidden() and message in panel.error.text()
    assert panel.planned_lines() == VISA_DEFAULT_LINES
    # Typing again clears the message; Cancel leaves everything as it was.
    qtbot.keyClicks(panel.field, "1")
    assert panel.error.isHidden()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert not panel.editing() and store.setting(DEADLINE_LEADS_KEY) == {REGISTRATION: [5]}


def test_parse_lead_text() -> None:
    assert parse_lead_text(" 30,7 ;1  1 ") == (30, 7, 1)
    assert parse_lead_text("") == ()


def test_a_failed_write_says_so_and_keeps_the_others(
    qtbot: QtBot, tab: OverviewTab, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = controller.store
    store.set_setting(DEADLINE_LEADS_KEY, {REGISTRATION: [5]})

    def full(key: str, value: object) -> None:
        raise StoreWriteError("the disk is full")

    monkeypatch.setattr(store, "set_setting", full)
    panel = section(tab, VISA)
    with qtbot.waitSignal(controller.error), qtbot.assertNotEmitted(controller.setting_changed):
        type_days(qtbot, panel, "10")
    assert panel.editing() and "Not saved" in panel.error.text()
    monkeypatch.undo()
    assert store.setting(DEADLINE_LEADS_KEY) == {REGISTRATION: [5]}


# -- keyboard and accessibility -----------------------------------------------------------------


def test_keyboard_only(qtbot: QtBot, tab: OverviewTab, controller: Controller) -> None:
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    panel = section(tab, VISA)
    for widget in (panel.edit_button, panel.default_button, panel.field, panel.save_button,
                   panel.cancel_button):  # fmt: skip
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert widget.accessibleName()
    assert panel.accessibleName() and panel.planned.accessibleName()

    panel.edit_button.setFocus()
    qtbot.keyClick(panel.edit_button, Qt.Key.Key_Space)
    assert panel.editing() and panel.field.hasFocus()
    assert panel.field.text() == "60, 30, 14, 7, 1"
    qtbot.keyClick(panel.field, Qt.Key.Key_Escape)
    assert not panel.editing() and panel.edit_button.hasFocus()
    assert controller.store.setting(DEADLINE_LEADS_KEY) is None

    # Another row closes an open editor without saving.
    panel.open_editor()
    panel.field.setText("4")
    section(tab, REGISTRATION)
    assert not panel.editing() and controller.store.setting(DEADLINE_LEADS_KEY) is None
