"""The .ics export: strict validity, round trips, stable identities, privacy, atomic writes."""

from __future__ import annotations

import os
import random
import re
import stat
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest
import vobject
from hypothesis import example, given, settings
from hypothesis import strategies as st

from permit_tracker.calendar.content import DEFAULT_PLAN, AlarmPlan, event_uid
from permit_tracker.calendar.export import PRODID, duration, fold, render_calendar
from permit_tracker.calendar.files import CalendarWriteError, write_calendar
from permit_tracker.calendar.notes import notes_by_deadline, trip_notes
from permit_tracker.calendar.options import ExportOptions, ExportOptionsError
from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.model import Absence, Person
from permit_tracker.domain.reminder_plan import DEFAULT_LEAD_DAYS
from permit_tracker.rules.ruleset import LEGAL_NOTICE

STAMP = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
LATER = datetime(2025, 4, 2, 8, 30, tzinfo=UTC)
ANA, BOB = "0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11", "5d1c2b7e-0000-4c55-9d2a-000000000002"


def make(
    kind: Kind = Kind.REGISTRATION,
    day: date | None = date(2025, 3, 11),
    *,
    person: str = "Ana Silva",
    person_id: str = ANA,
    subject: str = "",
    status: Status = Status.UPCOMING,
    title: str = "Register at your commune",
    explanation: str = "8 days after your arrival on 3 March 2025.",
    flag: str | None = None,
    today: date = date(2024, 1, 1),  # long before: every alarm is still ahead
) -> Deadline:
    return Deadline(
        person_id=person_id,
        person=person,
        kind=kind,
        subject=subject,
        date=day,
        status=status,
        days_left=None if day is None else (day - today).days,
        title=title,
        rule="registration_days",
        source="Aliens Act; commissioner.brussels (https://www.commissioner.brussels/)",
        explanation=explanation,
        flag=flag,
    )


def family() -> list[Deadline]:
    """Two people, several kinds, long non-ASCII text, an info row without a date."""
    return [
        make(flag="falls on a Tuesday"),
        make(Kind.VISA_EXPIRY, date(2025, 8, 19), title="Your long-stay visa ends"),
        make(
            Kind.CARD_EXPIRY,
            date(2026, 5, 9),
            subject="card-1",
            title="Your A card expires",
            explanation="Carte A valable jusqu’au 9 mai 2026 — « renouvellement » à la "
            "commune; 外国人登録カード 🇧🇪 " * 3,
        ),
        make(Kind.CARD_RENEWAL_OPENS, date(2026, 3, 25), subject="card-1", status=Status.INFO),
        make(Kind.NATIONALITY_ELIGIBLE, None, status=Status.INFO, title="Nationality"),
        make(
            Kind.REGISTRATION,
            date(2025, 3, 12),
            person="Bob Ñúñez, Jr.; the second",
            person_id=BOB,
            status=Status.DONE,
        ),
        make(
            Kind.PASSPORT_EXPIRY,
            date(2031, 5, 1),
            person="Bob Ñúñez, Jr.; the second",
            person_id=BOB,
            title="Passport expires",
        ),
    ]


def render(
    deadlines: list[Deadline],
    options: ExportOptions | None = None,
    notes: dict[str, list[str]] | None = None,
    plan: AlarmPlan = DEFAULT_PLAN,
) -> str:
    text, _ = render_calendar(deadlines, options or ExportOptions(), STAMP, {}, notes, plan)
    return text


def events(text: str) -> dict[str, icalendar.cal.Component]:
    """UID -> VEVENT, parsed by icalendar (an independent implementation)."""
    calendar = icalendar.Calendar.from_ical(text)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def trigger_for(lead: int) -> timedelta:
    return timedelta(days=-lead, hours=9)


# -- validity, by parsers other than ics ------------------------------------------------------


def test_vobject_strict_validation_passes() -> None:
    text = render(family())
    calendar = vobject.readOne(text)
    assert calendar.validate(raiseException=True)
    assert len(calendar.vevent_list) == 6
    for event in calendar.vevent_list:
        assert event.validate(raiseException=True)


def test_the_validator_is_strict_enough_to_catch_a_missing_dtstamp() -> None:
    # Guards the test above: vobject must reject what ics 0.7 would produce on its own.
    text = render(family())
    broken = re.sub(r"DTSTAMP:[0-9TZ]+\r\n", "", text)
    assert broken != text
    with pytest.raises(vobject.base.ValidateError):
        vobject.readOne(broken).validate(raiseException=True)


def test_icalendar_round_trip_of_dates_summaries_categories_and_alarms() -> None:
    deadlines = family()
    parsed = events(render(deadlines))
    dated = [d for d in deadlines if d.date is not None]
    assert set(parsed) == {event_uid(d) for d in dated}
    for d in dated:
        event = parsed[event_uid(d)]
        assert d.date is not None
        assert event["DTSTART"].dt == d.date and not isinstance(event["DTSTART"].dt, datetime)
        assert event["DTSTART"].params["VALUE"] == "DATE"
        assert event["DTEND"].dt == d.date + timedelta(days=1)  # exclusive end: one day
        done = " (done)" if d.status is Status.DONE else ""
        assert str(event["SUMMARY"]) == f"{d.person}: {d.title}{done}"
        assert [str(c) for c in event["CATEGORIES"].cats] == [d.kind.value]
        triggers = [a["TRIGGER"].dt for a in event.walk("VALARM")]
        expected = [] if done else sorted(trigger_for(n) for n in DEFAULT_LEAD_DAYS[d.kind])
        assert sorted(triggers) == expected
        for alarm in event.walk("VALARM"):
            assert str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"])


def test_trigger_lands_at_nine_on_the_lead_day() -> None:
    # The registration plan reminds 8, 3 and 0 days ahead at 09:00.
    text = render([make()])
    assert re.findall(r"TRIGGER:(\S+)\r\n", text) == ["-P7DT15H", "-P2DT15H", "PT9H"]
    start = datetime(2025, 3, 11)
    moments = [start + a["TRIGGER"].dt for a in next(iter(events(text).values())).walk("VALARM")]
    assert moments == [datetime(2025, 3, 3, 9), datetime(2025, 3, 8, 9), datetime(2025, 3, 11, 9)]


def test_alarms_on_days_already_gone_are_left_out() -> None:
    # Today is 5 March: the alarm 8 days before 11 March (3 March) has passed; 3 and 0 remain.
    text = render([make(today=date(2025, 3, 5))])
    assert re.findall(r"TRIGGER:(\S+)\r\n", text) == ["-P2DT15H", "PT9H"]
    assert "VALARM" not in render([make(today=date(2025, 3, 12), status=Status.OVERDUE)])


def test_description_explains_rule_source_and_legal_notice() -> None:
    d = make(flag="falls on a Sunday")
    description = str(next(iter(events(render([d])).values()))["DESCRIPTION"])
    assert d.explanation in description
    assert "falls on a Sunday" in description
    assert "Rule: Register at the commune" in description
    assert f"Source: {d.source}" in description
    assert description.endswith(LEGAL_NOTICE)
    # The engine's explanations already cite rule and source: they are not repeated.
    cited = make(explanation=f"8 days — Register at the commune; source: {d.source}")
    description = str(next(iter(events(render([cited])).values()))["DESCRIPTION"])
    assert description.count(d.source) == 1 and "Rule:" not in description


def test_calendar_header() -> None:
    calendar = icalendar.Calendar.from_ical(render(family()))
    assert str(calendar["PRODID"]) == PRODID
    assert PRODID.startswith("-//Permit Tracker//permit-tracker ")
    assert str(calendar["VERSION"]) == "2.0"


# -- the bytes: folding, line ends, order ----------------------------------------------------


def test_lines_fit_75_octets_end_in_crlf_and_never_split_a_character() -> None:
    text = render(family())
    data = text.encode("utf-8")
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    physical = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in physical) <= 75
    assert any(len(line) == 75 for line in physical)  # long text really was folded
    for line in physical:
        line.decode("utf-8")  # raises if a fold cut a multi-byte character


def test_escaped_text_survives() -> None:
    d = make(title="Bring: passport, photos; \\ fee", explanation="one\ntwo\r\nthree\x07")
    event = next(iter(events(render([d])).values()))
    assert str(event["SUMMARY"]) == "Ana Silva: Bring: passport, photos; \\ fee"
    assert str(event["DESCRIPTION"]).startswith("one\ntwo\nthree\nRule:")


def test_same_data_and_stamp_give_identical_bytes_whatever_the_input_order() -> None:
    deadlines = family()
    first, sequences = render_calendar(deadlines, ExportOptions(), STAMP, {})
    shuffled = deadlines[:]
    random.Random(7).shuffle(shuffled)
    assert render_calendar(shuffled, ExportOptions(), STAMP, {})[0] == first
    # Exporting again with the map the first export returned changes nothing either.
    again, kept = render_calendar(deadlines, ExportOptions(), STAMP, sequences)
    assert again == first and kept == sequences


def test_events_sorted_by_date_then_uid() -> None:
    starts = re.findall(r"DTSTART;VALUE=DATE:(\d+)\r\nDTEND", render(family()))
    uids_dates = [
        (e["DTSTART"].dt, uid) for uid, e in events(render(family())).items()
    ]  # icalendar keeps file order
    assert starts == sorted(starts)
    assert uids_dates == sorted(uids_dates)


# -- identity, SEQUENCE, LAST-MODIFIED --------------------------------------------------------


def test_uids_are_unique_and_do_not_contain_the_date() -> None:
    deadlines = family()
    uids = re.findall(r"UID:(\S+)\r\n", render(deadlines))
    assert len(uids) == len(set(uids)) == 6
    for d in deadlines:
        uid = event_uid(d)
        assert uid.endswith("@permit-tracker")
        if d.date:
            assert d.date.isoformat() not in uid and f"{d.date:%Y%m%d}" not in uid
    moved = replace(deadlines[0], date=date(2025, 3, 20))
    assert event_uid(moved) == event_uid(deadlines[0])
    assert event_uid(replace(deadlines[0], person_id=BOB)) != event_uid(deadlines[0])
    assert event_uid(replace(deadlines[0], subject="x")) != event_uid(deadlines[0])


def test_a_moved_date_bumps_sequence_and_last_modified_only_for_that_event() -> None:
    deadlines = family()
    _, sequences = render_calendar(deadlines, ExportOptions(), STAMP, {})
    moved = [replace(deadlines[0], date=date(2025, 3, 20)), *deadlines[1:]]
    text, later = render_calendar(moved, ExportOptions(), LATER, sequences)
    parsed = events(text)
    changed = parsed.pop(event_uid(deadlines[0]))
    assert changed["SEQUENCE"] == 1
    assert changed["LAST-MODIFIED"].dt == LATER
    assert changed["DTSTAMP"].dt == LATER
    for event in parsed.values():
        assert event["SEQUENCE"] == 0
        assert event["LAST-MODIFIED"].dt == STAMP
        assert event["DTSTAMP"].dt == LATER
    # Moving it again goes on counting; exporting someone else keeps Ana's history.
    moved_again = [replace(deadlines[0], date=date(2025, 3, 25))]
    _, bob_only = render_calendar(deadlines, ExportOptions(people={BOB}), LATER, later)
    text, _ = render_calendar(moved_again, ExportOptions(), LATER, bob_only)
    assert next(iter(events(text).values()))["SEQUENCE"] == 2


def test_a_damaged_sequence_map_is_not_fatal() -> None:
    uid = event_uid(make())
    for junk in ({uid: "nonsense"}, {uid: [1, 2]}, {uid: ["d", True, "20250101T000000Z"]}):
        text, sequences = render_calendar([make()], ExportOptions(), STAMP, junk)
        assert "SEQUENCE:0\r\n" in text
        assert sequences[uid][1] == 0


def test_a_naive_stamp_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        render_calendar([make()], ExportOptions(), datetime(2025, 3, 1, 12), {})


# -- options and privacy ---------------------------------------------------------------------


def test_people_and_kinds_filters() -> None:
    only_bob = events(render(family(), ExportOptions(people={BOB})))
    assert {str(e["SUMMARY"]).split(":")[0] for e in only_bob.values()} == {
        "Bob Ñúñez, Jr.; the second"
    }
    assert len(only_bob) == 2
    cards = events(render(family(), ExportOptions(kinds={Kind.CARD_EXPIRY, Kind.VISA_EXPIRY})))
    assert sorted(str(e["CATEGORIES"].cats[0]) for e in cards.values()) == [
        "card_expiry",
        "visa_expiry",
    ]
    nothing = render(family(), ExportOptions(people=set()))
    assert "BEGIN:VEVENT" not in nothing
    assert vobject.readOne(nothing).validate(raiseException=True)


def test_alarms_off() -> None:
    text = render(family(), ExportOptions(alarms=False))
    assert "VALARM" not in text
    assert vobject.readOne(text).validate(raiseException=True)


def test_the_alarm_plan_is_the_callers() -> None:
    class Plan:
        time_of_day = time(7, 30)

        def leads_for(self, deadline: Deadline) -> tuple[int, ...]:
            return (2,) if deadline.kind is Kind.REGISTRATION else ()

    text = render([make(), make(Kind.VISA_EXPIRY)], plan=Plan())
    assert re.findall(r"TRIGGER:(\S+)\r\n", text) == ["-P1DT16H30M"]


def test_notes_stay_out_unless_asked_for() -> None:
    ana = Person(
        name="Ana Silva",
        id=ANA,
        absences=(
            Absence(date(2025, 7, 1), date(2025, 7, 20), note="visiting my secret fiancé"),
            Absence(date(2025, 1, 2), date(2025, 1, 5), note="  "),
        ),
    )
    eligible = make(Kind.LONG_TERM_ELIGIBLE, date(2030, 3, 7), status=Status.INFO)
    deadlines = [make(), eligible]
    notes = notes_by_deadline([ana], deadlines)
    assert notes == {eligible.key: ["Trip 2025-07-01 to 2025-07-20: visiting my secret fiancé"]}
    private = render(deadlines, ExportOptions(), notes=notes)
    assert "fianc" not in private
    shared = events(render(deadlines, ExportOptions(include_notes=True), notes=notes))
    assert "visiting my secret fiancé" in str(shared[event_uid(eligible)]["DESCRIPTION"])
    assert "fianc" not in str(shared[event_uid(make())]["DESCRIPTION"])


def test_trip_notes_in_date_order() -> None:
    person = Person(
        name="X",
        absences=(
            Absence(date(2025, 5, 1), date(2025, 5, 2), note="b"),
            Absence(None, None, note="undated"),
            Absence(date(2025, 1, 1), date(2025, 1, 2), note="a\nline"),
        ),
    )
    assert trip_notes(person) == [
        "Trip 2025-01-01 to 2025-01-02: a\nline",
        "Trip 2025-05-01 to 2025-05-02: b",
        "Trip ? to ?: undated",
    ]
    text = render(
        [make(Kind.LONG_TERM_ELIGIBLE, date(2030, 1, 1), person_id=person.id)],
        ExportOptions(include_notes=True),
        notes=notes_by_deadline([person], [make(Kind.LONG_TERM_ELIGIBLE, person_id=person.id)]),
    )
    assert "- Trip 2025-01-01 to 2025-01-02: a line" in str(
        next(iter(events(text).values()))["DESCRIPTION"]
    )


def test_done_deadlines_stay_without_alarms() -> None:
    done = make(status=Status.DONE)
    event = next(iter(events(render([done])).values()))
    assert str(event["SUMMARY"]).endswith("(done)")
    assert not event.walk("VALARM")


def test_options_json_round_trip_and_errors() -> None:
    options = ExportOptions(people={ANA}, kinds={Kind.CARD_EXPIRY}, alarms=False)
    assert ExportOptions.from_json(options.to_json()) == options
    assert ExportOptions.from_json({}) == ExportOptions()
    for bad in ({"kinds": ["nope"]}, {"people": "Ana"}, {"alarms": "yes"}, []):
        with pytest.raises(ExportOptionsError):
            ExportOptions.from_json(bad)  # type: ignore[arg-type]


# -- RFC grammar helpers, property-tested -----------------------------------------------------

DUR_VALUE = re.compile(r"^[+-]?P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-400 * 86400, max_value=400 * 86400))
def test_duration_is_rfc_5545_and_exact(seconds: int) -> None:
    text = duration(timedelta(seconds=seconds))
    assert DUR_VALUE.match(text) and not text.endswith(("P", "T"))
    assert icalendar.vDuration.from_ical(text) == timedelta(seconds=seconds)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=400))
@example("a" * 300)
@example("é" * 150)
@example("x" + "日本" * 80)
def test_fold_respects_octets_and_unfolds_to_the_original(value: str) -> None:
    line = f"DESCRIPTION:{value}"
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert folded.replace("\r\n ", "") == line


# -- writing the file ------------------------------------------------------------------------


def test_write_is_atomic_and_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "deadlines.ics"
    assert write_calendar(path, "A\r\n") == path
    assert path.read_bytes() == b"A\r\n"  # no newline translation
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)
    write_calendar(path, "B\r\n")
    assert path.read_bytes() == b"B\r\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deadlines.ics"]


def test_write_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "synced.ics"
    target.write_text("old")
    link = tmp_path / "link.ics"
    link.symlink_to(target)
    write_calendar(link, "new\r\n")
    assert link.is_symlink() and target.read_bytes() == b"new\r\n"


def test_unwritable_paths_are_clear_errors(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for path, reason in (
        (blocker / "deadlines.ics", "does not exist"),
        (tmp_path / "missing" / "deadlines.ics", "does not exist"),
        (tmp_path, "is a folder"),
    ):
        with pytest.raises(CalendarWriteError, match=reason) as caught:
            write_calendar(path, "x")
        assert str(path) in str(caught.value)


def test_a_failed_write_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "deadlines.ics"
    path.write_bytes(b"old")

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(CalendarWriteError, match="No space left") as caught:
        write_calendar(path, "new")
    assert str(path) in str(caught.value)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["deadlines.ics"]
