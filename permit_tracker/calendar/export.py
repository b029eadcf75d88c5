"""Deadlines to an RFC 5545 calendar file: the one module that imports `ics`.

`ics` (0.7) builds each event: DTSTART;VALUE=DATE, SUMMARY, DESCRIPTION and CATEGORIES
escaped, DTSTAMP (0.7 writes its `created` field as DTSTAMP), LAST-MODIFIED, CLASS, TRANSP,
and one VALARM per lead time. What 0.7 leaves out or gets wrong is fixed in one place,
`_finish_event` and `_serialize` below:

- an all-day event gets no DTEND unless `end` is given, and a given end is treated as
  inclusive (end=12 March is written DTEND:20250313): we write DTEND = the date + 1 day, the
  exclusive end RFC 5545 means;
- it writes durations with weeks and days mixed (-P8W3DT15H), which RFC 5545's dur-value
  grammar does not allow, and a zero trigger as a bare "P": we write TRIGGER ourselves;
- it has no SEQUENCE: we add it;
- its property order follows its serializer's method order and the calendar's events are a
  set: we order properties by a fixed list and events by date then UID;
- it does not fold lines: we fold at 75 octets of UTF-8, never inside a character, and end
  every line with CRLF; the VCALENDAR wrapper and PRODID are written here too;
- it escapes a carriage return as "\\r", which RFC 5545 TEXT does not have: content.py hands
  it text with LF line breaks only;
- an event's alarms are rendered with str(), which raises ics's own FutureWarning: each
  alarm is serialized on its own instead.

`ics` output is unfolded and escapes every line break in values, so each of its lines is
one content line; `_finish_event` works on those lines by property name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

import ics

from permit_tracker import APP_NAME, __version__
from permit_tracker.calendar.content import DEFAULT_PLAN, AlarmPlan, EventContent, event_contents
from permit_tracker.calendar.options import ExportOptions
from permit_tracker.calendar.revisions import Revision, SequenceMap, revise, utc_stamp
from permit_tracker.domain.deadline import Deadline

PRODID = f"-//Permit Tracker//permit-tracker {__version__}//EN"
MAX_OCTETS = 75  # per physical line, CRLF not counted (RFC 5545 §3.1)
CRLF = "\r\n"

# The order properties are written in, so equal data gives equal bytes.
EVENT_ORDER = (
    "UID",
    "DTSTAMP",
    "SEQUENCE",
    "LAST-MODIFIED",
    "DTSTART",
    "DTEND",
    "SUMMARY",
    "DESCRIPTION",
    "CATEGORIES",
    "CLASS",
    "TRANSP",
)
ALARM_ORDER = ("ACTION", "TRIGGER", "DESCRIPTION")
_NAME = re.compile(r"[A-Za-z0-9-]+")


def render_calendar(
    deadlines: Iterable[Deadline],
    options: ExportOptions,
    stamp: datetime,
    sequences: Mapping[str, Any] | None = None,
    notes: Mapping[str, Sequence[str]] | None = None,
    plan: AlarmPlan = DEFAULT_PLAN,
) -> tuple[str, SequenceMap]:
    """The calendar text (CRLF line ends) and the updated sequence map to keep.

    `stamp` (time-zone aware) is the DTSTAMP of every event and the LAST-MODIFIED of changed
    ones: the same deadlines, options, stamp and map give byte-identical text. `notes` maps a
    deadline key to free text (see `notes.notes_by_deadline`), used only with
    `options.include_notes`. `plan` gives the alarms' lead days and time of day (pass the
    user's reminders.plan.ReminderPlan). Deadlines without a date are skipped.
    """
    stamp = utc_stamp(stamp)
    contents = event_contents(deadlines, options, notes, plan)
    revisions, updated = revise(contents, sequences, stamp)
    events = [_finish_event(c, revisions[c.uid], stamp) for c in contents]
    return _serialize(events), updated


def render_events(
    deadlines: Iterable[Deadline],
    options: ExportOptions,
    stamp: datetime,
    sequences: Mapping[str, Any] | None = None,
    notes: Mapping[str, Sequence[str]] | None = None,
    plan: AlarmPlan = DEFAULT_PLAN,
) -> tuple[dict[str, str], SequenceMap]:
    """`render_calendar`, one event per calendar object: {UID: a VCALENDAR with that VEVENT}.

    CalDAV stores each event as its own resource (RFC 4791 §4.1); the events' lines are the
    very lines of the .ics file, built by the same code.
    """
    stamp = utc_stamp(stamp)
    contents = event_contents(deadlines, options, notes, plan)
    revisions, updated = revise(contents, sequences, stamp)
    objects = {c.uid: _serialize([_finish_event(c, revisions[c.uid], stamp)]) for c in contents}
    return objects, updated


def _model(
    content: EventContent, revision: Revision, stamp: datetime
) -> tuple[ics.Event, list[ics.DisplayAlarm]]:
    event = ics.Event(
        name=content.summary,
        begin=content.day,
        uid=content.uid,
        description=content.description,
        categories=[content.category],
        created=stamp,  # ics 0.7 writes `created` as DTSTAMP
        last_modified=revision.last_modified,
        transparent=True,  # a deadline does not make anyone busy all day
        classification="PRIVATE",  # hidden from people a calendar is shared with
    )
    event.make_all_day()
    # Alarms are serialized one by one rather than through `event.alarms`: ics 0.7 renders
    # those with str(), which raises its own FutureWarning.
    alarms = [ics.DisplayAlarm(trigger=a.trigger, display_text=a.text) for a in content.alarms]
    return event, alarms


def duration(delta: timedelta) -> str:
    """An RFC 5545 dur-value: days and time, never weeks mixed in (ics 0.7 mixes them)."""
    seconds = int(delta.total_seconds())
    sign, seconds = ("-" if seconds < 0 else ""), abs(seconds)
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    clock = "".join(f"{n}{unit}" for n, unit in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n)
    if not days and not clock:
        return "PT0S"
    return f"{sign}P{f'{days}D' if days else ''}{f'T{clock}' if clock else ''}"


def _by_name(lines: Iterable[str], order: Sequence[str], what: str) -> list[str]:
    """Content lines sorted by `order`; a property we did not plan for is a bug."""
    keyed = []
    for line in lines:
        match = _NAME.match(line)
        name = match.group(0).upper() if match else ""
        if name not in order:
            raise RuntimeError(f"unexpected {what} property from ics: {line[:40]!r}")
        keyed.append((order.index(name), line))
    if len({k for k, _ in keyed}) != len(keyed):
        raise RuntimeError(f"a {what} property appears twice: {lines!r}")
    return [line for _, line in sorted(keyed)]


def _lines(component: ics.Event | ics.DisplayAlarm, name: str) -> list[str]:
    """The component's content lines between BEGIN and END (ics 0.7 does not fold)."""
    lines = str(component.serialize()).split(CRLF)
    if lines[0] != f"BEGIN:{name}" or lines[-1] != f"END:{name}":
        raise RuntimeError(f"unexpected ics output: {lines[0]!r} ... {lines[-1]!r}")
    return lines[1:-1]


def _finish_event(content: EventContent, revision: Revision, stamp: datetime) -> list[str]:
    """The event's unfolded content lines, ics 0.7's gaps filled, in a fixed order."""
    event, alarms = _model(content, revision, stamp)
    properties = _lines(event, "VEVENT")
    properties.append(f"DTEND;VALUE=DATE:{(content.day + timedelta(days=1)):%Y%m%d}")
    properties.append(f"SEQUENCE:{revision.sequence}")
    result = ["BEGIN:VEVENT", *_by_name(properties, EVENT_ORDER, "event")]
    for planned, alarm in zip(content.alarms, alarms, strict=True):
        written = [line for line in _lines(alarm, "VALARM") if not line.startswith("TRIGGER")]
        written.append(f"TRIGGER:{duration(planned.trigger)}")
        result += ["BEGIN:VALARM", *_by_name(written, ALARM_ORDER, "alarm"), "END:VALARM"]
    result.append("END:VEVENT")
    return result


def fold(line: str) -> str:
    """Split a content line into physical lines of at most 75 octets (the leading space of a
    continuation counts), only between characters so UTF-8 sequences stay whole."""
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > MAX_OCTETS:
            parts.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += width
    parts.append("".join(current))
    return CRLF.join(parts)


def _serialize(events: Iterable[list[str]]) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{APP_NAME}",  # the name Apple and Google give a subscribed file
    ]
    for event in events:
        lines += event
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
