"""The kept-up-to-date calendar file follows every change made in the window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from permit_tracker.domain.model import Person
from permit_tracker.setting_keys import LIVE_PATH_SETTING
from permit_tracker.ui.calendar import live_calendar
from permit_tracker.ui.shell.controller import Controller


def _registration_line(text: str) -> list[str]:
    events = text.split("BEGIN:VEVENT")[1:]
    found = [e for e in events if "CATEGORIES:registration" in e]
    return [line for e in found for line in e.splitlines() if line.startswith("DTSTART")]


def test_the_file_is_rewritten_after_an_edit_and_an_undo(
    controller: Controller, tmp_path: Path
) -> None:
    path = tmp_path / "permit.ics"
    controller.store.set_setting(LIVE_PATH_SETTING, str(path))
    live_calendar.install(controller)
    assert "BEGIN:VCALENDAR" in path.read_text()  # written at once, even with nobody in it

    ana = Person(name="Ana Silva", arrival=date(2025, 3, 3))
    controller.add_person(ana)
    assert _registration_line(path.read_text()) == ["DTSTART;VALUE=DATE:20250311"]

    assert controller.update_person(replace(ana, arrival=date(2025, 3, 10)), "Arrival") == []
    assert _registration_line(path.read_text()) == ["DTSTART;VALUE=DATE:20250318"]

    controller.undo()
    assert _registration_line(path.read_text()) == ["DTSTART;VALUE=DATE:20250311"]


def test_without_a_chosen_file_nothing_is_written(controller: Controller, tmp_path: Path) -> None:
    live_calendar.install(controller)
    controller.add_person(Person(name="Ana Silva", arrival=date(2025, 3, 3)))
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_a_file_that_cannot_be_written_is_reported_not_raised(
    controller: Controller, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    controller.store.set_setting(LIVE_PATH_SETTING, str(blocker / "permit.ics"))
    errors: list[str] = []
    controller.error.connect(errors.append)
    live_calendar.install(controller)
    controller.add_person(Person(name="Ana Silva", arrival=date(2025, 3, 3)))
    assert errors and all("permit.ics" in e for e in errors)
    assert [p.name for p in controller.people()] == ["Ana Silva"]  # the edit itself is saved


def test_a_new_reminder_time_in_preferences_moves_the_files_alarms(
    controller: Controller, tmp_path: Path
) -> None:
    path = tmp_path / "permit.ics"
    controller.store.set_setting(LIVE_PATH_SETTING, str(path))
    live_calendar.install(controller)
    controller.add_person(Person(name="Ana Silva", arrival=date(2025, 3, 3)))
    # Registration on 11 March; the 0-day alarm rings at 09:00 that day: 9 hours after the
    # all-day start.
    assert "TRIGGER:PT9H" in path.read_text()

    assert controller.set_setting("reminders.time", "18:00")  # as the Preferences page does
    text = path.read_text()
    assert "TRIGGER:PT18H" in text and "TRIGGER:PT9H" not in text
