"""Belgian public holidays, computed (no table to keep up to date), and Sunday flags.

The ten legal public holidays (law of 4 January 1974): 1 January, Easter Monday, 1 May,
Ascension (Easter + 39 days), Whit Monday (Easter + 50 days), 21 July, 15 August,
1 November, 11 November and 25 December. Communes may also close on community or local
holidays; those are not flagged. Easter is the Western (Gregorian) Easter of `dateutil`.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import Final

from dateutil.easter import EASTER_WESTERN, easter

from permit_tracker.domain.phrase import Phrase, Term, phrase, render

_FIXED: Final[tuple[tuple[int, int, str], ...]] = (
    (1, 1, "New Year's Day"),
    (5, 1, "Labour Day"),
    (7, 21, "Belgian National Day"),
    (8, 15, "Assumption Day"),
    (11, 1, "All Saints' Day"),
    (11, 11, "Armistice Day"),
    (12, 25, "Christmas Day"),
)
# Days after Easter Sunday.
_MOVABLE: Final[tuple[tuple[int, str], ...]] = (
    (1, "Easter Monday"),
    (39, "Ascension Day"),
    (50, "Whit Monday"),
)


@lru_cache(maxsize=512)
def belgian_holidays(year: int) -> MappingProxyType[date, str]:
    """The ten Belgian public holidays of `year`, date -> English name."""
    days = {date(year, month, day): name for month, day, name in _FIXED}
    sunday = easter(year, EASTER_WESTERN)
    for offset, name in _MOVABLE:
        days[sunday + timedelta(days=offset)] = name
    return MappingProxyType(dict(sorted(days.items())))


def holiday_name(day: date) -> str | None:
    """The public holiday on `day`, or None."""
    return belgian_holidays(day.year).get(day)


def closed_day_phrase(day: date) -> Phrase | None:
    """Why offices are likely closed on `day`, as a phrase (the holiday a vocabulary term);
    None on an ordinary working day (Saturdays are not flagged: Belgian "working days"
    exclude only Sundays and public holidays)."""
    name = holiday_name(day)
    sunday = day.weekday() == 6
    holiday = Term("holiday", name, name or "")
    if name and sunday:
        return phrase("falls on {holiday}, a Sunday", holiday=holiday)
    if name:
        return phrase("falls on {holiday}", holiday=holiday)
    if sunday:
        return phrase("falls on a Sunday")
    return None


def closed_day_flag(day: date) -> str | None:
    """`closed_day_phrase` in English: "falls on a Sunday", "falls on Whit Monday",
    "falls on Christmas Day, a Sunday"; None on an ordinary working day."""
    flag = closed_day_phrase(day)
    return render(flag) if flag is not None else None


def is_working_day(day: date) -> bool:
    """Belgian "jours ouvrables": every day but Sundays and public holidays."""
    return day.weekday() != 6 and holiday_name(day) is None


def add_working_days(day: date, count: int) -> date:
    """The `count`-th working day after `day` (`day` itself is not counted)."""
    current = day
    left = count
    while left > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            left -= 1
    return current
