"""`permit-tracker export-ics`: filters, notes, errors, and sequences kept between runs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import icalendar
import pytest
import vobject

from permit_tracker.cli import main
from permit_tracker.demo import demo_people
from permit_tracker.domain.deadlines import all_deadlines
from permit_tracker.domain.model import Passport
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.setting_keys import SEQUENCES_SETTING
from permit_tracker.storage import Store

TODAY = date(2026, 1, 15)


@pytest.fixture
def family_store(data_dir: Path) -> Path:
    with Store.open(data_dir) as store:
        store.save_people(demo_people(TODAY))
    return data_dir


def export(data_dir: Path, out: Path, *extra: str) -> int:
    return main(
        ["export-ics", str(out), "--today", TODAY.isoformat(), "--data-dir", str(data_dir), *extra]
    )


def text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")  # read_text() would turn CRLF into LF


def summaries(path: Path) -> list[str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]


def test_exports_every_dated_deadline(
    family_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "family.ics"
    assert export(family_store, out) == 0
    dated = [d for d in all_deadlines(demo_people(TODAY), Ruleset.default(), TODAY) if d.date]
    assert capsys.readouterr().out.strip() == f"Wrote {len(dated)} events to {out}"
    assert vobject.readOne(text(out)).validate(raiseException=True)
    assert len(summaries(out)) == len(dated)
    assert b"BEGIN:VALARM" in out.read_bytes()


def test_person_and_kind_filters(family_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "ines.ics"
    assert export(family_store, out, "--person", "Inês Costa") == 0
    names = {s.split(":")[0] for s in summaries(out)}
    assert names == {"Inês Costa"}
    assert export(family_store, out, "--person", "Inês Costa", "--person", "Rui Silva") == 0
    assert {s.split(":")[0] for s in summaries(out)} == {"Inês Costa", "Rui Silva"}
    assert export(family_store, out, "--kind", "card_expiry") == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    kinds = {str(c) for e in calendar.walk("VEVENT") for c in e["CATEGORIES"].cats}
    assert kinds == {"card_expiry"}


def test_alarms_off_and_notes_only_on_request(family_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.ics"
    assert export(family_store, out, "--no-alarms") == 0
    assert b"VALARM" not in out.read_bytes()
    unfolded = text(out).replace("\r\n ", "")
    assert "Summer in Porto" not in unfolded and "Funeral" not in unfolded
    assert export(family_store, out, "--include-notes") == 0
    unfolded = text(out).replace("\r\n ", "")
    assert "Summer in Porto" in unfolded


def test_alarms_follow_the_users_reminder_settings(family_store: Path, tmp_path: Path) -> None:
    with Store.open(family_store) as store:
        store.set_setting("reminders.lead_days", {"registration": [2]})
        store.set_setting("reminders.time", "07:30")
    out = tmp_path / "x.ics"
    assert export(family_store, out, "--person", "Inês Costa", "--kind", "registration") == 0
    assert "TRIGGER:-P1DT16H30M\r\n" in text(out)
    assert text(out).count("BEGIN:VALARM") == 1


def test_sequence_goes_up_between_runs_when_a_date_moves(
    family_store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "x.ics"
    assert export(family_store, out) == 0
    with Store.open(family_store) as store:
        assert store.setting(SEQUENCES_SETTING)
        ana = next(p for p in store.people() if p.name == "Ana Silva")
        store.save_person(replace(ana, passport=Passport(date(2035, 1, 1))))
    assert export(family_store, out) == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    sequences = {str(e["SUMMARY"]): int(e["SEQUENCE"]) for e in calendar.walk("VEVENT")}
    assert sequences["Ana Silva: Passport expires"] == 1
    assert sequences["Rui Silva: Passport expires"] == 0


def test_unknown_person_is_a_one_line_error_and_writes_nothing(
    family_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.ics"
    assert export(family_store, out, "--person", "Zoë") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Zoë" in err and "Ana Silva" in err
    assert not out.exists()


def test_unwritable_path_is_a_one_line_error(
    family_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    out = blocker / "family.ics"
    assert export(family_store, out) == 1
    err = capsys.readouterr().err
    assert err.startswith("permit-tracker: error: cannot write calendar file")
    assert str(out) in err and err.count("\n") == 1
    with Store.open(family_store) as store:
        assert store.setting(SEQUENCES_SETTING) is None  # nothing remembered for a failed write


def test_bad_today_is_rejected(family_store: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export-ics", str(tmp_path / "x.ics"), "--today", "15/01/2026"])
    assert exited.value.code == 2
