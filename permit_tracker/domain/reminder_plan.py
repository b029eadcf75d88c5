"""When to remind: lead times before each kind of deadline, and the time of day.

The defaults are editable in Preferences (stored as settings) and per deadline; the
calendar export uses the same plan for its alarms, so both remind at the same moments.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, time, timedelta
from typing import Final

from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.kinds import DEFAULT_LEAD_DAYS as KINDS_DEFAULT_LEAD_DAYS

DEFAULT_TIME_OF_DAY: Final = time(9, 0)

# Days before the deadline's date, per kind; 0 is the day itself. They live in the kind
# registry with the rest of each kind's description.
DEFAULT_LEAD_DAYS: Final[Mapping[Kind, tuple[int, ...]]] = KINDS_DEFAULT_LEAD_DAYS


def reminder_dates(deadline: date, lead_days: Sequence[int]) -> list[tuple[int, date]]:
    """(lead, day) pairs for a deadline, earliest first, without duplicate days."""
    leads = sorted(set(lead_days), reverse=True)
    return [(lead, deadline - timedelta(days=lead)) for lead in leads if lead >= 0]
