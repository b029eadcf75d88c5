"""Values inside a database that cannot be read: found, named, and read as unknown.

SQLite's integrity check only proves the file's structure; a row can still hold a date
`2023-19-11`, a card type no version knows, bytes where text belongs (a BLOB, or text that
is not UTF-8), a setting that is not JSON, or a reminder state outside the list. None of that
may stop the app: the readers in `records.py` read such a value as unknown (None, false, the
setting's default, no reminder state) and report a `Damage` naming the person (or setting)
and the field, so the CLI and the GUI can say what was lost while showing everything else.

`damage_scan.scan(path)` finds the same damage in any database file without the store.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

_ISO_DATE: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
_MAX_SHOWN: Final = 80  # a reminder key (id/kind/subject/lead) fits


@dataclass(frozen=True, slots=True)
class Damage:
    """One stored value that cannot be read. `str()` is one line fit to show to the user:
    `person "Ana Silva": cards[0].valid_until: "2023-19-11" is not a date (YYYY-MM-DD)`."""

    where: str  # 'person "Ana Silva"', 'setting "reminders.time_of_day"', 'reminder state "…"'
    field: str  # 'cards[0].valid_until', 'value', 'state'
    value: str  # the stored value, quoted, escaped and shortened
    problem: str  # what is wrong with it: "is not a date (YYYY-MM-DD)"
    person_id: str | None = None  # the damaged person's id, for the UI to select them
    # False: the value reads, but today's checks refuse it (a name an older version let
    # through): kept as it is, named so it can be fixed; not a reason to refuse a restore.
    unreadable: bool = True

    def __str__(self) -> str:
        return f"{self.where}: {self.field}: {self.value} {self.problem}"


def shown(value: Any) -> str:
    """A stored value on one short line: text quoted, with every character that does not
    print escaped (a terminal or a dialog shows it, it cannot act on them); bytes by size."""
    if isinstance(value, bytes):
        return f"{len(value)} bytes of binary data"
    if value is None:
        return "null"
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)
    text = "".join(c if c.isprintable() or c == " " else f"\\u{ord(c):04x}" for c in text)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 2] + '…"'


def summary(found: Sequence[Damage], limit: int = 5) -> list[str]:
    """At most `limit` lines naming what is damaged, then a count of the rest."""
    lines = [str(d) for d in found[:limit]]
    if len(found) > limit:
        lines.append(f"… and {len(found) - limit} more")
    return lines


def person_label(name: Any, person_id: str) -> str:
    if isinstance(name, str) and name.strip():
        return f"person {shown(name)}"
    return f"person with id {person_id}"


def decode_text(raw: bytes) -> str | bytes:
    """The connection's `text_factory`: TEXT that is not UTF-8 comes back as bytes (damage
    the readers report) instead of raising for the whole query."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return bytes(raw)


# -- one value ----------------------------------------------------------------------------------
# Each returns (value, None) or (fallback, problem).


def as_date(raw: Any) -> tuple[date | None, str | None]:
    if raw is None:
        return None, None
    if isinstance(raw, str) and _ISO_DATE.match(raw):
        try:
            return date.fromisoformat(raw), None
        except ValueError:
            pass
    return None, "is not a date (YYYY-MM-DD)"


def as_instant(raw: Any) -> tuple[datetime | None, str | None]:
    if raw is None:
        return None, None
    if isinstance(raw, str):
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            pass
        else:
            if value.utcoffset() is not None:
                return value, None
    return None, "is not an instant with a time zone"


def as_text(raw: Any) -> tuple[str | None, str | None]:
    if raw is None or (isinstance(raw, str) and not _has_surrogate(raw)):
        return raw, None
    return None, "is not text"


def as_choice(raw: Any, allowed: Sequence[str]) -> tuple[str | None, str | None]:
    if raw is None or (isinstance(raw, str) and raw in allowed):
        return raw, None
    return None, "is not one of " + ", ".join(allowed)


def as_flag(raw: Any) -> tuple[bool, str | None]:
    if raw is None or raw == 0:  # NULL cannot be stored (NOT NULL), but a v1 row reads false
        return False, None
    if raw == 1 and not isinstance(raw, float | str | bytes):
        return True, None
    return False, "is not true or false"


def as_json(raw: Any) -> tuple[Any, str | None]:
    if isinstance(raw, str):
        try:
            return json.loads(raw), None
        except ValueError:
            pass
    return None, "is not JSON"


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class Collector:
    """Reads values for one owner (a person, a setting), appending a Damage per bad value."""

    def __init__(self, found: list[Damage] | None, where: str, person_id: str | None = None):
        self._found = found
        self.where = where
        self.person_id = person_id

    def take(
        self, row: Mapping[str, Any], column: str, field: str,
        convert: Callable[[Any], tuple[Any, str | None]], *, unreadable: bool = True,
    ) -> Any:  # fmt: skip
        raw = row.get(column)
        value, problem = convert(raw)
        if problem is not None and self._found is not None:
            self._found.append(
                Damage(self.where, field, shown(raw), problem, self.person_id, unreadable)
            )
        return value
