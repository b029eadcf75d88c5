"""File → Export to calendar…: choices reach the file, the live file is remembered and kept
current, and errors stay in the dialog."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import icalendar
import pytest
import vobject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidget
from pytestqt.qtbot import QtBot

from permit_tracker.demo import demo_people
from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.deadlines import all_deadlines
from permit_tracker.domain.model import Passport
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.setting_keys import LIVE_OPTIONS_SETTING, LIVE_PATH_SETTING, SEQUENCES_SETTING
from permit_tracker.storage import Store
from permit_tracker.ui.calendar.calendar_export_dialog import (
    CalendarExportDialog,
    refresh_live_calendar_file,
)

TODAY = date(2026, 1, 15)


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    opened.save_people(demo_people(TODAY))
    yield opened
    opened.close()


def dialog_for(qtbot: QtBot, store: Store) -> CalendarExportDialog:
    dialog = CalendarExportDialog(store, TODAY)
    qtbot.addWidget(dialog)
    return dialog


def untick(widget: QListWidget, text: str) -> None:
    (item,) = widget.findItems(text, Qt.MatchFlag.MatchExactly)
    item.setCheckState(Qt.CheckState.Unchecked)


def parse(path: Path) -> list[icalendar.cal.Component]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_default_export_has_everyone_and_no_notes(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, store)
    assert dialog.people_list.count() == 5 and dialog.kinds_list.count() == len(Kind)
    assert dialog.alarms_box.isChecked() and not dialog.notes_box.isChecked()
    assert not dialog.live_box.isChecked()
    out = tmp_path / "family.ics"
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()

    assert dialog.result() == CalendarExportDialog.DialogCode.Accepted
    dated = [d for d in all_deadlines(demo_people(TODAY), Ruleset.default(), TODAY) if d.date]
    assert dialog.exported is not None and dialog.exported.events == len(dated)
    text = out.read_bytes().decode("utf-8")
    assert vobject.readOne(text).validate(raiseException=True)
    assert len(parse(out)) == len(dated)
    assert "Porto" not in text.replace("\r\n ", "")
    assert store.setting(SEQUENCES_SETTING)
    assert store.setting(LIVE_PATH_SETTING) is None


def test_choices_reach_the_file(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, store)
    untick(dialog.people_list, "Rui Silva")
    untick(dialog.people_list, "Marta Silva")
    for i in range(dialog.kinds_list.count()):
        item = dialog.kinds_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) != Kind.LONG_TERM_ELIGIBLE:
            item.setCheckState(Qt.CheckState.Unchecked)
    dialog.alarms_box.setChecked(False)
    dialog.notes_box.setChecked(True)
    out = tmp_path / "ana.ics"
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()

    events = parse(out)
    # v2: only the people whose long-term row has a date get an event (a student on every
    # day ahead, or an EU citizen, has none)
    dated = {
        d.person
        for d in all_deadlines(demo_people(TODAY), Ruleset.default(), TODAY)
        if d.kind is Kind.LONG_TERM_ELIGIBLE and d.date is not None
    } - {"Rui Silva", "Marta Silva"}
    assert "Ana Silva" in dated
    assert {str(e["SUMMARY"]).split(":")[0] for e in events} == dated
    assert {str(e["CATEGORIES"].cats[0]) for e in events} == {"long_term_eligible"}
    assert not any(e.walk("VALARM") for e in events)
    ana = next(e for e in events if str(e["SUMMARY"]).startswith("Ana"))
    assert "Summer in Porto" in str(ana["DESCRIPTION"])


def test_keep_up_to_date_remembers_and_refreshes(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    assert refresh_live_calendar_file(store, TODAY) is None  # nothing chosen yet
    dialog = dialog_for(qtbot, store)
    untick(dialog.people_list, "Inês Costa")
    dialog.live_box.setChecked(True)
    out = tmp_path / "live.ics"
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()
    assert store.setting(LIVE_PATH_SETTING) == str(out)
    assert (
        "5b7c1e2a-9f0d-4c8e-a1b2-0d3e4f5a6b04" not in store.setting(LIVE_OPTIONS_SETTING)["people"]
    )

    # An edit in the app: the main window calls refresh_live_calendar_file afterwards.
    ana = next(p for p in store.people() if p.name == "Ana Silva")
    store.save_person(replace(ana, passport=Passport(date(2035, 6, 1))))
    result = refresh_live_calendar_file(store, TODAY)
    assert result is not None and result.written and result.path == out
    expiry = next(e for e in parse(out) if str(e["SUMMARY"]) == "Ana Silva: Passport expires")
    assert expiry["DTSTART"].dt == date(2035, 6, 1) and int(expiry["SEQUENCE"]) == 1
    assert not any(str(e["SUMMARY"]).startswith("Inês") for e in parse(out))
    assert not refresh_live_calendar_file(store, TODAY).written  # type: ignore[union-attr]

    # Reopened, the dialog shows the live file and its choices.
    again = dialog_for(qtbot, store)
    assert again.path_edit.text() == str(out) and again.live_box.isChecked()
    assert again.live_label.isVisibleTo(again)
    (ines,) = again.people_list.findItems("Inês Costa", Qt.MatchFlag.MatchExactly)
    assert ines.checkState() == Qt.CheckState.Unchecked
    # Unticking "keep up to date" for that file stops the updates.
    again.live_box.setChecked(False)
    again.export_button.click()
    assert store.setting(LIVE_PATH_SETTING) is None
    assert refresh_live_calendar_file(store, TODAY) is None


def test_unwritable_file_is_shown_in_the_dialog(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    dialog = dialog_for(qtbot, store)
    target = blocker / "family.ics"
    dialog.path_edit.setText(str(target))
    dialog.live_box.setChecked(True)
    dialog.export_button.click()
    assert dialog.result() != CalendarExportDialog.DialogCode.Accepted
    assert dialog.exported is None
    assert dialog.message.isVisibleTo(dialog) and str(target) in dialog.message.text()
    assert store.setting(LIVE_PATH_SETTING) is None
    assert store.setting(SEQUENCES_SETTING) is None


def test_nothing_ticked_is_refused(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, store)
    for name in ("Ana Silva", "Rui Silva", "Marta Silva", "Inês Costa", "Tomás Costa"):
        untick(dialog.people_list, name)
    out = tmp_path / "none.ics"
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()
    assert dialog.result() != CalendarExportDialog.DialogCode.Accepted
    assert dialog.message.isVisibleTo(dialog) and "person" in dialog.message.text()
    assert not out.exists()


def test_choose_button_fills_the_path(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "picked"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(chosen), ""))
    dialog = dialog_for(qtbot, store)
    dialog.choose_button.click()
    assert dialog.path_edit.text() == str(chosen.with_suffix(".ics"))


# -- the export dialog: a default that works, errors that go, a confirmation -----------------


def test_the_default_folder_exists_and_nothing_is_created(tmp_path: Path) -> None:
    from permit_tracker.ui.calendar.calendar_export_dialog import default_folder

    home = tmp_path / "home"
    home.mkdir()
    assert default_folder(str(home / "Documents"), home) == home  # no ~/Documents: home
    assert not (home / "Documents").exists()
    (home / "Documents").mkdir()
    assert default_folder(str(home / "Documents"), home) == home / "Documents"
    assert default_folder("", home) == home


def test_the_default_export_works_without_a_documents_folder(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    dialog = dialog_for(qtbot, store)
    assert Path(dialog.path_edit.text()).parent.is_dir()
    dialog.export_button.click()
    assert dialog.result() == CalendarExportDialog.DialogCode.Accepted, dialog.message.text()
    assert dialog.exported is not None and dialog.exported.path.is_file()
    assert sorted(p.name for p in home.iterdir()) == ["permit-tracker.ics"]  # nothing else made


def test_a_remembered_file_in_a_folder_now_gone_falls_back(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    from permit_tracker.setting_keys import LAST_PATH_SETTING

    store.set_setting(LAST_PATH_SETTING, str(tmp_path / "unplugged" / "mine.ics"))
    dialog = dialog_for(qtbot, store)
    path = Path(dialog.path_edit.text())
    assert path.name == "mine.ics" and path.parent.is_dir()


def test_an_old_error_goes_when_the_path_changes(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, store)
    dialog.path_edit.setText(str(tmp_path / "missing" / "x.ics"))
    dialog.export_button.click()
    assert dialog.message.isVisibleTo(dialog)
    dialog.path_edit.setText(str(tmp_path / "x.ics"))
    assert not dialog.message.isVisibleTo(dialog) and dialog.message.text() == ""


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_successful_export_says_where_and_how_to_import(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    from permit_tracker.ui.calendar.calendar_export_dialog import confirm_export

    dialog = dialog_for(qtbot, store)
    dialog.path_edit.setText(str(tmp_path / "family.ics"))
    dialog.export_button.click()
    assert dialog.exported is not None
    box = confirm_export(dialog, dialog.exported, live=False)
    text = box.text()
    assert str(tmp_path / "family.ics") in text
    assert f"Saved {dialog.exported.events} events to" in text
    for app in ("Thunderbird", "Google Calendar", "GNOME Calendar", "Outlook"):
        assert app in text
    assert "subscribe" not in text
    assert "subscribe" in confirm_export(dialog, dialog.exported, live=True).text()
