"""A real calendar client: the demo family's export imported into khal, then re-imported
after a date changed. khal runs as a subprocess with a throw-away config and vdir."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import vobject

from permit_tracker.calendar.live import render_people, write_live_calendar
from permit_tracker.calendar.options import ExportOptions
from permit_tracker.demo import demo_people
from permit_tracker.domain.deadline import Deadline, Status
from permit_tracker.domain.deadlines import all_deadlines
from permit_tracker.domain.model import Passport, Person
from permit_tracker.rules.ruleset import Ruleset

TODAY = date(2026, 1, 15)
STAMP = datetime(2026, 1, 15, 8, 0, tzinfo=UTC)


class Khal:
    def __init__(self, root: Path) -> None:
        self.vdir = root / "calendar"
        self.vdir.mkdir(parents=True)
        self.config = root / "khal.conf"
        self.config.write_text(
            f"""\
[calendars]
[[permits]]
path = {self.vdir}
type = calendar

[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
default_timezone = Europe/Brussels
local_timezone = Europe/Brussels

[sqlite]
path = {root / "khal.db"}
""",
            encoding="utf-8",
        )
        self.env = {**os.environ, "HOME": str(root), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}

    def run(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "khal", "-c", str(self.config), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def import_file(self, path: Path) -> None:
        self.run("import", "--batch", "-a", "permits", str(path))

    def events(self) -> list[tuple[date, str, str]]:
        """(day, title, uid) for every day an event covers: a one-day event appears once."""
        out = self.run(
            "list",
            "--format",
            "{start-date}|{title}|{uid}",
            "--day-format",
            "",
            "2000-01-01",
            "2040-12-31",
        )
        rows = []
        for line in out.splitlines():
            if line.strip():
                day, title, uid = line.split("|")
                rows.append((date.fromisoformat(day), title, uid))
        return rows


@pytest.fixture
def khal(tmp_path: Path) -> Khal:
    return Khal(tmp_path / "khal")


def expected(deadlines: list[Deadline]) -> Counter[tuple[date, str]]:
    return Counter(
        (d.date, f"{d.person}: {d.title}" + (" (done)" if d.status is Status.DONE else ""))
        for d in deadlines
        if d.date is not None
    )


def test_demo_family_imports_into_khal_on_its_dates(khal: Khal, tmp_path: Path) -> None:
    people = demo_people(TODAY)
    deadlines = all_deadlines(people, Ruleset.default(), TODAY)
    text, _ = render_people(people, Ruleset.default(), TODAY, ExportOptions(), STAMP, {})
    assert vobject.readOne(text).validate(raiseException=True)
    path = tmp_path / "family.ics"
    path.write_bytes(text.encode("utf-8"))

    khal.import_file(path)
    listed = khal.events()
    assert Counter((day, title) for day, title, _ in listed) == expected(deadlines)
    assert len({uid for _, _, uid in listed}) == len(listed)  # one day each, no duplicate
    assert any("Inês Costa" in title for _, title, _ in listed)  # non-ASCII survives


def test_reimport_after_a_date_change_updates_instead_of_duplicating(
    khal: Khal, tmp_path: Path
) -> None:
    people = demo_people(TODAY)
    path = tmp_path / "live" / "permits.ics"
    path.parent.mkdir()
    first = write_live_calendar(
        path, people, Ruleset.default(), TODAY, ExportOptions(), {}, stamp=STAMP
    )
    assert first.written
    khal.import_file(path)
    before = khal.events()

    # Ana renews her passport: its expiry (and the "12 months left" date) move by 6 years.
    ana = people[0]
    assert ana.passport and ana.passport.expires
    new_expiry = ana.passport.expires + timedelta(days=6 * 365)
    renewed: list[Person] = [replace(ana, passport=Passport(new_expiry)), *people[1:]]
    second = write_live_calendar(
        path,
        renewed,
        Ruleset.default(),
        TODAY,
        ExportOptions(),
        first.sequences,
        stamp=STAMP + timedelta(days=1),
    )
    assert second.written
    khal.import_file(path)
    after = khal.events()

    assert len(after) == len(before)
    title = "Ana Silva: Passport expires"
    ana_expiry = [(day, uid) for day, t, uid in after if t == title]
    assert [day for day, _ in ana_expiry] == [new_expiry]
    assert ana_expiry[0][1] in {uid for _, t, uid in before if t == title}  # same event
    assert Counter((d, t) for d, t, _ in after) == expected(
        all_deadlines(renewed, Ruleset.default(), TODAY)
    )
    stored = list(khal.vdir.glob("*.ics"))  # khal's vdir also keeps temp files around
    assert len(stored) == len(after)
    stored_event = (khal.vdir / f"{ana_expiry[0][1]}.ics").read_text(encoding="utf-8")
    assert "SEQUENCE:1" in stored_event.splitlines()

    # Nothing changed since: the live file is left alone (only DTSTAMP would differ).
    mtime = path.stat().st_mtime_ns
    third = write_live_calendar(
        path,
        renewed,
        Ruleset.default(),
        TODAY,
        ExportOptions(),
        second.sequences,
        stamp=STAMP + timedelta(days=2),
    )
    assert not third.written and path.stat().st_mtime_ns == mtime
