"""What the user chose to put in a calendar file: people, kinds, alarms, notes.

Kept apart from the writer so the export dialog and the settings code can use it without
loading `ics`. Options are stored as a setting for the live file, hence the JSON helpers.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from permit_tracker.domain.deadline import Deadline, Kind


class ExportOptionsError(ValueError):
    """Stored export options that cannot be read back (hand-edited or from a newer version)."""


@dataclass(frozen=True, slots=True)
class ExportOptions:
    # Person ids (not names: a rename must not drop someone from a live file); None = everyone.
    # Any set may be passed; a frozenset is kept.
    people: AbstractSet[str] | None = None
    kinds: AbstractSet[Kind] | None = None  # None = every kind
    alarms: bool = True  # one VALARM per reminder lead time
    # Free text the user typed (trip notes) stays out of the file unless asked for:
    # a calendar file tends to get synced and shared.
    include_notes: bool = False

    def __post_init__(self) -> None:
        # Accept any iterable (a set from the dialog, a list from argparse); store frozensets.
        if self.people is not None:
            object.__setattr__(self, "people", frozenset(self.people))
        if self.kinds is not None:
            object.__setattr__(self, "kinds", frozenset(Kind(k) for k in self.kinds))

    def wants(self, deadline: Deadline) -> bool:
        return (self.people is None or deadline.person_id in self.people) and (
            self.kinds is None or deadline.kind in self.kinds
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "people": None if self.people is None else sorted(self.people),
            "kinds": None if self.kinds is None else sorted(k.value for k in self.kinds),
            "alarms": self.alarms,
            "include_notes": self.include_notes,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ExportOptions:
        """The inverse of `to_json`; missing keys take their defaults."""
        if not isinstance(data, Mapping):
            raise ExportOptionsError(f"calendar export options: expected an object, got {data!r}")
        people = data.get("people")
        kinds = data.get("kinds")
        alarms = data.get("alarms", True)
        include_notes = data.get("include_notes", False)
        if people is not None and not (
            isinstance(people, list) and all(isinstance(p, str) for p in people)
        ):
            raise ExportOptionsError(f"calendar export options: bad people {people!r}")
        if kinds is not None and not isinstance(kinds, list):
            raise ExportOptionsError(f"calendar export options: bad kinds {kinds!r}")
        if not isinstance(alarms, bool) or not isinstance(include_notes, bool):
            raise ExportOptionsError("calendar export options: alarms/include_notes not true/false")
        try:
            kind_set = None if kinds is None else frozenset(Kind(k) for k in kinds)
        except ValueError as exc:
            raise ExportOptionsError(f"calendar export options: {exc}") from None
        return cls(
            people=None if people is None else frozenset(people),
            kinds=kind_set,
            alarms=alarms,
            include_notes=include_notes,
        )
