"""Publishing to a real CalDAV server: Radicale on 127.0.0.1 (tests/caldav_server.py).

What the server holds is read back with a separate `caldav` client, as a phone would see it,
and compared with the .ics export through `icalendar`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import caldav
import icalendar
import pytest
from caldav_server import (
    OTHER_PASSWORD,
    OTHER_USER,
    PASSWORD,
    READ_ONLY_NAME,
    USER,
    Radicale,
    running_radicale,
)

from permit_tracker.calendar.actions import export_to_file
from permit_tracker.calendar.options import ExportOptions
from permit_tracker.cli import main
from permit_tracker.demo import demo_people
from permit_tracker.domain.model import Absence, Passport
from permit_tracker.publish import config as publish_config
from permit_tracker.publish.caldav_sync import run as sync
from permit_tracker.publish.config import PublishConfig
from permit_tracker.publish.job import Outcome, prepare, record
from permit_tracker.setting_keys import CONFIG_SETTING, STATE_SETTING
from permit_tracker.storage import Store

TODAY = date(2025, 3, 5)
STAMP = datetime(2025, 3, 5, 8, 0, tzinfo=UTC)
LATER = datetime(2025, 3, 6, 9, 30, tzinfo=UTC)


@pytest.fixture
def store(data_dir: Path, radicale: Radicale) -> Iterator[Store]:
    with Store.open(data_dir) as opened:
        opened.save_people(demo_people(TODAY))
        configure(opened, radicale)
        yield opened


def configure(store: Store, server: Radicale, **changes: Any) -> None:
    config = PublishConfig(enabled=True, url=server.url, user=USER, **changes)
    publish_config.save(store.set_setting, config)


def publish(store: Store, stamp: datetime = STAMP, password: str = PASSWORD, **kw: Any) -> Outcome:
    job = prepare(store, TODAY, stamp=stamp)
    outcome = sync(job, password, **kw)
    record(store, job, outcome)
    return outcome


def server_calendar(server: Radicale, name: str = "Permit Tracker") -> Any:
    client = caldav.DAVClient(
        url=server.url, username=USER, password=PASSWORD, enable_rfc6764=False
    )
    (found,) = [c for c in client.principal().get_calendars() if c.get_display_name() == name]
    return found


def server_events(server: Radicale) -> dict[str, icalendar.Event]:
    """UID -> the VEVENT the server holds, for every object of the calendar."""
    events: dict[str, icalendar.Event] = {}
    for obj in server_calendar(server).get_events():
        (event,) = icalendar.Calendar.from_ical(obj.data).walk("VEVENT")
        events[str(event["UID"])] = event
    return events


def exported_events(store: Store, tmp_path: Path, stamp: datetime) -> dict[str, icalendar.Event]:
    path = tmp_path / "export.ics"
    export_to_file(store, path, ExportOptions(), TODAY, stamp=stamp)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_the_first_publish_creates_every_event_equal_to_the_ics_export(
    store: Store, radicale: Radicale, tmp_path: Path
) -> None:
    outcome = publish(store)
    assert outcome.ok, outcome.line()
    expected = exported_events(store, tmp_path, STAMP)
    assert len(expected) > 20
    assert outcome.created == len(expected) and outcome.updated == outcome.deleted == 0
    on_server = server_events(radicale)
    assert on_server.keys() == expected.keys()
    for uid, event in expected.items():
        assert on_server[uid] == event, uid  # every property and alarm, as icalendar reads them
        assert on_server[uid]["SEQUENCE"] == 0
    assert outcome.line() == f"{len(expected)} events in “Permit Tracker”: {len(expected)} created"
    state = store.setting(STATE_SETTING)
    assert set(state["events"]) == set(expected)
    again = publish(store, LATER)  # nothing changed: nothing sent
    assert (again.created, again.updated, again.unchanged) == (0, 0, len(expected))
    assert again.line().endswith("already up to date")


def test_a_moved_date_updates_exactly_its_events_with_sequence_and_last_modified(
    store: Store, radicale: Radicale, tmp_path: Path
) -> None:
    publish(store)
    before_export = exported_events(store, tmp_path, STAMP)
    before = {uid: obj.data for uid, obj in _objects(radicale).items()}
    rui = next(p for p in store.people() if p.name.startswith("Rui"))
    assert rui.passport is not None and rui.passport.expires is not None
    store.save_person(replace(rui, passport=Passport(rui.passport.expires + timedelta(days=3650))))
    outcome = publish(store, LATER)
    assert outcome.ok, outcome.line()
    after_export = exported_events(store, tmp_path, LATER)  # the .ics export, one change later
    changed = {
        uid
        for uid in after_export
        if uid in before_export
        and _without_stamps(after_export[uid]) != _without_stamps(before_export[uid])
    }
    assert changed and outcome.updated == len(changed)
    assert all(uid.startswith("passport") for uid in changed)
    now = _objects(radicale)
    for uid, obj in now.items():
        if uid in changed:
            event = icalendar.Calendar.from_ical(obj.data).walk("VEVENT")[0]
            assert event["SEQUENCE"] == 1
            assert event["LAST-MODIFIED"].dt == LATER
            assert event == after_export[uid]
        elif uid in before:
            assert obj.data == before[uid], f"{uid} was rewritten"


def test_deleting_a_person_removes_their_events_only(store: Store, radicale: Radicale) -> None:
    publish(store)
    ines = next(p for p in store.people() if p.name.startswith("Inês"))
    before = server_events(radicale)
    theirs = {uid for uid, e in before.items() if str(e["SUMMARY"]).startswith("Inês")}
    assert theirs
    store.delete_person(ines.id)
    outcome = publish(store, LATER)
    assert outcome.ok and outcome.deleted == len(theirs) and outcome.created == 0
    assert server_events(radicale).keys() == before.keys() - theirs
    assert not theirs & set(store.setting(STATE_SETTING)["events"])


def test_another_clients_events_in_the_same_calendar_are_untouched(
    store: Store, radicale: Radicale
) -> None:
    publish(store)
    calendar = server_calendar(radicale)
    mine = calendar.add_event(
        dtstart=date(2025, 4, 1), dtend=date(2025, 4, 2), summary="Dentist", uid="dentist-1"
    )
    # Even an event shaped like ours, which this store did not publish (another copy of the
    # app, another family member's store), is not ours to delete.
    stranger_uid = "registration-" + "0" * 24 + "@permit-tracker"
    stranger = calendar.add_event(
        dtstart=date(2025, 4, 3), dtend=date(2025, 4, 4), summary="Not mine", uid=stranger_uid
    )
    texts = {mine.url: calendar.event_by_url(mine.url).data,
             stranger.url: calendar.event_by_url(stranger.url).data}  # fmt: skip
    for person in store.people():
        store.delete_person(person.id)  # every deadline disappears
    outcome = publish(store, LATER)
    assert outcome.ok and outcome.created == 0 and outcome.deleted > 20
    left = server_events(radicale)
    assert set(left) == {"dentist-1", stranger_uid}
    for url, text in texts.items():
        assert calendar.event_by_url(url).data == text


def test_our_event_changed_by_another_client_is_put_back_and_only_that_one(
    store: Store, radicale: Radicale, tmp_path: Path
) -> None:
    publish(store)
    etags = store.setting(STATE_SETTING)["etags"]
    assert set(etags) == set(store.setting(STATE_SETTING)["events"]) and all(etags.values())
    objects = _objects(radicale)
    uid = sorted(objects)[0]
    edited = objects[uid]
    edited.data = edited.data.replace("SUMMARY:", "SUMMARY:Moved by my phone: ", 1)
    edited.save(increase_seqno=False)
    again = publish(store, LATER)
    assert again.ok and (again.updated, again.unchanged) == (1, len(objects) - 1)
    put_back = server_events(radicale)[uid]
    assert put_back["DTSTAMP"].dt == LATER  # the moment of this run; the rest is the export's
    put_back["DTSTAMP"] = exported_events(store, tmp_path, STAMP)[uid]["DTSTAMP"]
    assert put_back == exported_events(store, tmp_path, STAMP)[uid]


def test_a_wrong_password_is_one_clear_line_and_changes_nothing(
    store: Store, radicale: Radicale
) -> None:
    people = store.people()
    outcome = publish(store, password="not-it")
    assert not outcome.ok
    assert outcome.line() == (
        f"the CalDAV server 127.0.0.1 refused the user name {USER!r} or its password "
        "(HTTP 401 Unauthorized): check both"
    )
    assert store.people() == people
    assert store.setting(STATE_SETTING) is None  # nothing recorded as published
    assert publish(store).ok  # the right password: through


def test_a_server_that_goes_away_mid_sync(store: Store, radicale: Radicale) -> None:
    people = store.people()
    steps: list[str] = []

    def on_step(what: str, uid: str) -> None:
        steps.append(uid)
        if len(steps) == 3:
            radicale.stop()

    job = prepare(store, TODAY, stamp=STAMP)
    outcome = sync(job, PASSWORD, on_step=on_step)
    record(store, job, outcome)
    assert outcome.problem is not None
    assert outcome.line().startswith("cannot reach the CalDAV server 127.0.0.1 (offline?)")
    assert "\n" not in outcome.line()
    assert store.people() == people
    # Exactly what the server accepted is recorded as published: nothing lost, nothing invented.
    assert set(store.setting(STATE_SETTING)["events"]) == set(steps)
    radicale.start()  # back on the same port, with the same storage
    again = publish(store, LATER)
    assert again.ok and again.created == len(job.events) - 3 and again.unchanged == 3
    assert set(server_events(radicale)) == set(job.events)


def test_a_refused_event_is_one_clear_line_and_the_others_go_through(
    store: Store, radicale: Radicale
) -> None:
    ana = next(p for p in store.people() if p.name.startswith("Ana"))
    trip = Absence(left=date(2024, 7, 1), returned=date(2024, 7, 20), note="x" * 8000)
    store.save_person(replace(ana, absences=(*ana.absences, trip)))
    configure(store, radicale, options=ExportOptions(include_notes=True))
    people = store.people()
    outcome = publish(store)
    assert not outcome.ok
    assert outcome.refused
    assert outcome.line().startswith("the CalDAV server refused the event “Ana Silva: ")
    # Radicale answers a resource over its max_resource_size with 412.
    assert outcome.line().endswith("” (HTTP 412 Precondition Failed)")
    assert "\n" not in outcome.line()
    assert store.people() == people
    published = set(store.setting(STATE_SETTING)["events"])
    assert set(server_events(radicale)) == published
    assert (
        len(published)
        == outcome.created
        == len(prepare(store, TODAY).events) - len(outcome.refused)
    )


def _objects(server: Radicale) -> dict[str, Any]:
    objects = {}
    for obj in server_calendar(server).get_events():
        objects[str(icalendar.Calendar.from_ical(obj.data).walk("VEVENT")[0]["UID"])] = obj
    return objects


def _without_stamps(event: icalendar.Event) -> bytes:
    copy = icalendar.Event.from_ical(event.to_ical())
    for name in ("DTSTAMP", "LAST-MODIFIED", "SEQUENCE"):
        copy.pop(name, None)
    return bytes(copy.to_ical())


# -- the command line --------------------------------------------------------------------------


def test_cli_publish_saves_its_options_and_off_remove_deletes_the_events(
    data_dir: Path, radicale: Radicale, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    with Store.open(data_dir) as opened:
        opened.save_people(demo_people(TODAY))
    monkeypatch.setenv("PERMIT_TRACKER_CALDAV_PASSWORD", PASSWORD)
    today = ["--today", TODAY.isoformat()]
    first = ["publish", "--url", radicale.url, "--user", USER, "--calendar", "Deadlines"]
    assert main([*first, "--dry-run", *today]) == 0
    out = capsys.readouterr()
    assert "(dry run: nothing sent)" in out.out and "would be created" in out.out
    assert "plain http://" in out.err  # the loopback warning
    with Store.open(data_dir) as opened:
        assert opened.setting(CONFIG_SETTING) is None  # a dry run saves nothing
    assert main([*first, *today]) == 0
    created = capsys.readouterr().out
    assert "in “Deadlines”:" in created and "created" in created
    assert main(["publish", *today]) == 0  # the saved options
    assert capsys.readouterr().out.endswith("already up to date\n")
    with Store.open(data_dir) as opened:
        saved = publish_config.load(opened.setting)
        assert (saved.enabled, saved.url, saved.user, saved.calendar) == (
            True, radicale.url, USER, "Deadlines")  # fmt: skip
    assert len(server_calendar(radicale, "Deadlines").get_events()) > 20
    assert main(["publish", "--calendar", "Permits", "--dry-run", *today]) == 0
    switched = capsys.readouterr()
    assert "the events published to the previous calendar stay there" in switched.err
    assert "“Permits”: " in switched.out and "would be created" in switched.out
    assert main(["publish", "--off"]) == 0
    assert "stay in the calendar" in capsys.readouterr().out
    assert len(server_calendar(radicale, "Deadlines").get_events()) > 20
    assert main(["publish", "--off", "--remove"]) == 0
    assert "published events deleted" in capsys.readouterr().out
    assert server_calendar(radicale, "Deadlines").get_events() == []
    with Store.open(data_dir) as opened:
        assert not publish_config.load(opened.setting).enabled
        assert opened.setting(STATE_SETTING) is None


def test_cli_publish_errors_are_one_line(
    data_dir: Path, radicale: Radicale, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setenv("PERMIT_TRACKER_CALDAV_PASSWORD", "wrong")
    assert main(["publish", "--url", radicale.url, "--user", USER]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and err[0].startswith("permit-tracker: warning: plain http://")
    assert err[1].startswith("permit-tracker: error: the CalDAV server 127.0.0.1 refused")
    assert main(["publish", "--url", "http://caldav.example.org/", "--user", USER]) == 1
    assert "plain http://" in capsys.readouterr().err
    assert main(["publish", "--remove"]) == 1
    assert "--remove goes with --off" in capsys.readouterr().err


def test_a_second_account_sees_nothing_of_ours(store: Store, radicale: Radicale) -> None:
    """Sanity check of the server set-up the other tests rely on (owner_only rights)."""
    publish(store)
    other = caldav.DAVClient(
        url=radicale.url, username=OTHER_USER, password=OTHER_PASSWORD, enable_rfc6764=False
    )
    assert other.principal().get_calendars() == []


def test_a_tls_error_is_one_clear_line_and_changes_nothing(data_dir: Path, tmp_path: Path) -> None:
    """HTTPS to a server whose certificate no authority signed: refused, said in one line."""
    with running_radicale(tmp_path / "tls", tls=True) as server, Store.open(data_dir) as opened:
        opened.save_people(demo_people(TODAY))
        configure(opened, server)
        people = opened.people()
        outcome = publish(opened)
        line = outcome.line()
        assert line.startswith("TLS error with the CalDAV server 127.0.0.1: "), line
        assert "certificate" in line and "\n" not in line
        assert opened.people() == people and opened.setting(STATE_SETTING) is None


def test_a_read_only_calendar_refuses_every_event_in_one_line(
    data_dir: Path, tmp_path: Path
) -> None:
    """A calendar shared read-only (HTTP 403 on PUT): the events are refused, not the password."""
    with (
        running_radicale(tmp_path / "ro", read_only=True) as server,
        Store.open(data_dir) as opened,
    ):
        opened.save_people(demo_people(TODAY))
        configure(opened, server, calendar=READ_ONLY_NAME)
        people = opened.people()
        outcome = publish(opened)
        line = outcome.line()
        assert line.startswith("the CalDAV server refused the event “"), line
        total = len(prepare(opened, TODAY).events)
        assert line.endswith(f"(HTTP 403 Forbidden) (and {total - 1} more)"), line
        assert outcome.created == 0 and opened.people() == people
        assert opened.setting(STATE_SETTING)["events"] == {}


def test_an_event_the_server_rewrote_is_not_put_again_at_every_run() -> None:
    """Servers that change an event on PUT give no ETag for it (RFC 4791 §5.3.4); the next
    run adopts the ETag the server then shows instead of putting the event again, forever."""
    from permit_tracker.publish.caldav_sync import _still_ours
    from permit_tracker.publish.job import PublishJob

    entry = ["digest", 2, "20250305T080000Z"]
    job = PublishJob(
        url="https://cal.example.org/", user=USER, calendar="Permit Tracker",
        calendar_url=None, events={"u": ""}, entries={"u": entry}, published={"u": entry},
        published_calendar=None,
    )  # fmt: skip
    assert _still_ours("u", job, {"u": '"e1"'}, '"e1"')  # nobody changed it
    assert not _still_ours("u", job, {"u": '"e1"'}, '"e2"')  # another client did: put ours
    assert _still_ours("u", job, {"u": None}, '"e3"')  # rewritten on our PUT: adopt its ETag
    assert not _still_ours("u", job, {}, '"e1"')  # nothing known: compare the text
    changed = replace(job, entries={"u": ["other", 3, "20250306T093000Z"]})
    assert not _still_ours("u", changed, {"u": '"e1"'}, '"e1"')  # our content changed
