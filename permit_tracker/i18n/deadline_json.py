"""A deadline as one object of the `deadlines --json` array (docs/exchange-format.md),
with its title and explanation in the language in use.

Here, next to the renderer, rather than in the CLI: the window may export the same objects
(Qt-free), and the only part that is not a plain copy of the row is the rendered text.
The keys and their order are an interface (docs/exchange-format.md); other tools test
against them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from permit_tracker.domain.deadline import Deadline, FactValue
from permit_tracker.domain.kinds import KINDS
from permit_tracker.i18n import deadline_text


def _fact(value: FactValue) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def as_json(row: Deadline) -> dict[str, Any]:
    """One row of the `deadlines --json` array: the interface's fields, then flag, milestone
    and facts (from the kind registry and the row). title, explanation and flag are in the
    language in use; every other value is a code, a date or a number."""
    return {
        "person": row.person,
        "person_id": row.person_id,
        "kind": row.kind.value,
        "subject": row.subject,
        "date": row.date.isoformat() if row.date is not None else None,
        "status": row.status.value,
        "days_left": row.days_left,
        "title": deadline_text.title(row),
        "rule": row.rule,
        "source": row.source,
        "explanation": deadline_text.explanation(row),
        "flag": deadline_text.flag(row),
        "milestone": KINDS[row.kind].milestone,
        "facts": {name: _fact(value) for name, value in row.facts},
    }
