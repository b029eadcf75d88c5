"""SEQUENCE and LAST-MODIFIED without hidden state: the caller keeps a small map.

Calendar apps decide whether an imported event is newer than the one they hold by its
SEQUENCE (and LAST-MODIFIED). Both must go up when an event changes and stay put when it
does not, or "same data, same output" breaks. The map, kept by the caller in the store
setting "calendar.sequences" as plain JSON, is

    {uid: [content digest, sequence, last-modified as YYYYMMDDTHHMMSSZ]}

An event whose digest differs from the map's (a new date, a new title, alarms turned off)
gets sequence + 1 and LAST-MODIFIED = the export's stamp. Entries for events not in this
export are kept, so exporting one person does not reset another person's history.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from permit_tracker.calendar.content import EventContent

SequenceMap = dict[str, list[Any]]
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True, slots=True)
class Revision:
    sequence: int
    last_modified: datetime  # UTC


def utc_stamp(stamp: datetime) -> datetime:
    """The stamp in UTC to the second; a naive datetime is refused (which zone would it be?)."""
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise ValueError(f"the export stamp must carry a time zone, got {stamp!r}")
    return stamp.astimezone(UTC).replace(microsecond=0)


def _read_entry(entry: Any) -> tuple[str, int, datetime] | None:
    """A map entry, or None when it is malformed (hand-edited, or from a future version)."""
    if not (isinstance(entry, list | tuple) and len(entry) == 3):
        return None
    digest, sequence, modified = entry
    if not isinstance(digest, str) or isinstance(sequence, bool) or not isinstance(sequence, int):
        return None
    try:
        when = datetime.strptime(modified, STAMP_FORMAT).replace(tzinfo=UTC)
    except (TypeError, ValueError):
        return None
    return digest, max(sequence, 0), when


def revise(
    contents: Iterable[EventContent], previous: Mapping[str, Any] | None, stamp: datetime
) -> tuple[dict[str, Revision], SequenceMap]:
    """Each event's revision, and the map to keep for the next export."""
    stamp = utc_stamp(stamp)
    updated: SequenceMap = {
        uid: list(entry) for uid, entry in (previous or {}).items() if _read_entry(entry)
    }
    revisions: dict[str, Revision] = {}
    for content in contents:
        digest = content.digest()
        known = _read_entry(updated.get(content.uid))
        if known is None:
            revision = Revision(0, stamp)
        elif known[0] == digest:
            revision = Revision(known[1], known[2])
        else:
            # max(): a clock set back must not make the event look older than the copy
            # a calendar app already holds.
            revision = Revision(known[1] + 1, max(stamp, known[2]))
        revisions[content.uid] = revision
        updated[content.uid] = [
            digest,
            revision.sequence,
            revision.last_modified.strftime(STAMP_FORMAT),
        ]
    return revisions, updated
