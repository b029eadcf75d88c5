"""When to remind: lead times before each kind of deadline, and the time of day.

The defaults are editable in Preferences (stored as settings) and per deadline; the
calendar export uses the same plan for its alarms, so both remind at the same moments.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, time, timedelta
from types import MappingProxyType
from typing import Final

from permit_tracker.domain.deadline import Kind

DEFAULT_TIME_OF_DAY: Final = time(9, 0)

# Days before the deadline's date; 0 is the day itself. Registration's 8 is the arrival day
# under the default 8-day rule.
DEFAULT_LEAD_DAYS: Final[Mapping[Kind, tuple[int, ...]]] = MappingProxyType(
    {
        Kind.REGISTRATION: (8, 3, 0),
        Kind.VISA_EXPIRY: (60, 30, 14, 7, 1),
        Kind.PASSPORT_VALIDITY: (60, 30, 7),
        Kind.PASSPORT_EXPIRY: (90, 30, 7),
        Kind.CARD_RENEWAL_OPENS: (0,),
        Kind.CARD_RENEWAL_CLOSES: (7, 1),
        Kind.CARD_EXPIRY: (60, 30, 14, 7, 1),
        Kind.DOCUMENT_USABLE_UNTIL: (30, 7, 1),
        Kind.LONG_TERM_ELIGIBLE: (30, 0),
        Kind.NATIONALITY_ELIGIBLE: (30, 0),
    }
)


def reminder_dates(deadline: date, lead_days: Sequence[int]) -> list[tuple[int, date]]:
    """(lead, day) pairs for a deadline, earliest first, without duplicate days."""
    leads = sorted(set(lead_days), reverse=True)
    return [(lead, deadline - timedelta(days=lead)) for lead in leads if lead >= 0]
