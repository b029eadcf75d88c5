"""Belgian public holidays and the closed-day flag."""

from __future__ import annotations

from datetime import date

import pytest

from permit_tracker.domain.holidays import belgian_holidays, closed_day_flag, holiday_name


@pytest.mark.parametrize(
    ("year", "easter_monday", "ascension", "whit_monday"),
    [
        (2024, date(2024, 4, 1), date(2024, 5, 9), date(2024, 5, 20)),  # Easter 31 March
        (2025, date(2025, 4, 21), date(2025, 5, 29), date(2025, 6, 9)),  # Easter 20 April
        (2026, date(2026, 4, 6), date(2026, 5, 14), date(2026, 5, 25)),  # Easter 5 April
        (2038, date(2038, 4, 26), date(2038, 6, 3), date(2038, 6, 14)),  # Easter 25 April
    ],
)
def test_movable_holidays_follow_easter(
    year: int, easter_monday: date, ascension: date, whit_monday: date
) -> None:
    days = belgian_holidays(year)
    assert days[easter_monday] == "Easter Monday"
    assert days[ascension] == "Ascension Day"
    assert days[whit_monday] == "Whit Monday"
    assert all(d.weekday() == 0 for d in (easter_monday, whit_monday))
    assert ascension.weekday() == 3


@pytest.mark.parametrize("year", [2024, 2025, 2030, 2100])
def test_ten_holidays_with_the_fixed_ones(year: int) -> None:
    days = belgian_holidays(year)
    assert len(days) == 10
    fixed = {(1, 1), (5, 1), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25)}
    assert fixed <= {(d.month, d.day) for d in days}
    assert all(d.year == year for d in days)
    assert days[date(year, 7, 21)] == "Belgian National Day"


@pytest.mark.parametrize(
    ("day", "flag"),
    [
        (date(2025, 3, 9), "falls on a Sunday"),
        (date(2025, 3, 8), None),  # Saturdays are working days in Belgian usage
        (date(2025, 3, 10), None),
        (date(2025, 4, 21), "falls on Easter Monday"),
        (date(2025, 12, 25), "falls on Christmas Day"),
        (date(2022, 12, 25), "falls on Christmas Day, a Sunday"),
        (date(2025, 4, 20), "falls on a Sunday"),  # Easter Sunday itself is not on the list
        (date(2026, 12, 26), None),  # 26 December is not a public holiday in Belgium
    ],
)
def test_closed_day_flag(day: date, flag: str | None) -> None:
    assert closed_day_flag(day) == flag


def test_holiday_name_on_ordinary_day() -> None:
    assert holiday_name(date(2025, 11, 11)) == "Armistice Day"
    assert holiday_name(date(2025, 11, 12)) is None
