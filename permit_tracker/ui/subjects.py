"""Which deadline subject ("move-1", "provisional-2"...) each record of a list has.

DESIGN.md numbers subjects "from 1 in order of the record's first date"; the first date of a
record is its first date field that is known (a move's date, a waiting document's issue, an
application's filing), unknown last, then input order, as domain.deadlines.card_subjects does
for cards. The engine is the authority: this mirrors it to match rows to records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from typing import Any


def record_subjects(records: Sequence[Any], prefix: str) -> list[str]:
    """ "<prefix>-1", "<prefix>-2"... in order of each record's first known date (unknown
    last), then input order: the numbering of DESIGN.md's `subject`, as for cards."""

    def first(i: int) -> tuple[bool, date, int]:
        values = [getattr(records[i], f.name) for f in fields(records[i])]
        day = next((v for v in values if isinstance(v, date)), None)
        return (day is None, day or date.min, i)

    subjects = [""] * len(records)
    for rank, i in enumerate(sorted(range(len(records)), key=first), start=1):
        subjects[i] = f"{prefix}-{rank}"
    return subjects
