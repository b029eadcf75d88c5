"""The reminder plan: lead times, time of day, overrides and stable identities."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from reminder_helpers import BRUSSELS, deadline, moved

from permit_tracker.domain.deadline import Kind, Status
from permit_tracker.domain.reminder_plan import DEFAULT_LEAD_DAYS
from permit_tracker.reminders.plan import (
    PlanError,
    ReminderPlan,
    deadline_key_of,
    local_instant,
    parse_leads,
    parse_time_of_day,
    plan_from_settings,
    reminders_for,
    with_deadline_leads,
)
from permit_tracker.setting_keys import DEADLINE_LEADS_KEY, LEAD_DAYS_KEY, TIME_KEY


def settings(values: dict[str, Any]) -> Any:
    return lambda key, default=None: values.get(key, default)


def test_default_plan_reminds_card_expiry_at_nine_on_each_lead_day() -> None:
    d = deadline(Kind.CARD_EXPIRY, date(2026, 6, 30))
    reminders = reminders_for([d], ReminderPlan(), BRUSSELS)
    assert [r.lead for r in reminders] == [60, 30, 14, 7, 1]
    assert [r.day for r in reminders] == [
        date(2026, 5, 1),
        date(2026, 5, 31),
        date(2026, 6, 16),
        date(2026, 6, 23),
        date(2026, 6, 29),
    ]
    # 09:00 in Brussels summer time is 07:00 UTC.
    assert reminders[0].at == datetime(2026, 5, 1, 7, 0, tzinfo=UTC)
    assert all(r.horizon == 60 for r in reminders)


def test_local_time_follows_daylight_saving() -> None:
    assert local_instant(date(2026, 1, 15), time(9), BRUSSELS) == datetime(
        2026, 1, 15, 8, 0, tzinfo=UTC
    )
    assert local_instant(date(2026, 7, 15), time(9), BRUSSELS) == datetime(
        2026, 7, 15, 7, 0, tzinfo=UTC
    )


def test_identity_is_person_kind_subject_lead_and_survives_a_date_change() -> None:
    d = deadline(Kind.CARD_EXPIRY, date(2026, 6, 30), subject="card-2")
    before = reminders_for([d], ReminderPlan(), BRUSSELS)
    after = reminders_for([moved(d, date(2026, 7, 20))], ReminderPlan(), BRUSSELS)
    assert [r.key for r in before] == [r.key for r in after]
    assert before[0].key == f"{d.person_id}/card_expiry/card-2@60"
    assert deadline_key_of(before[0].key) == d.key
    # ...while the instants moved with the date.
    assert [(a.at - b.at).days for a, b in zip(after, before, strict=True)] == [20] * 5


def test_deadlines_without_date_or_done_get_no_reminders() -> None:
    undated = deadline(Kind.NATIONALITY_ELIGIBLE, None, subject="", status=Status.INFO)
    done = deadline(Kind.REGISTRATION, date(2026, 3, 11), subject="", status=Status.DONE)
    assert reminders_for([undated, done], ReminderPlan(), BRUSSELS) == []


def test_settings_override_time_kind_leads_and_one_deadline() -> None:
    card = deadline(Kind.CARD_EXPIRY, date(2026, 6, 30), subject="card-1")
    other = deadline(Kind.CARD_EXPIRY, date(2026, 6, 30), subject="card-2")
    visa = deadline(Kind.VISA_EXPIRY, date(2026, 6, 30), subject="")
    plan = plan_from_settings(
        settings(
            {
                TIME_KEY: "18:30",
                LEAD_DAYS_KEY: {"card_expiry": [10, 2, 2]},
                DEADLINE_LEADS_KEY: {other.key: [0], visa.key: []},
            }
        )
    )
    reminders = reminders_for([card, other, visa], plan, BRUSSELS)
    by_subject = {(r.deadline.subject, r.lead) for r in reminders}
    assert by_subject == {("card-1", 10), ("card-1", 2), ("card-2", 0)}
    assert {r.at.astimezone(BRUSSELS).time() for r in reminders} == {time(18, 30)}


def test_broken_settings_fall_back_to_defaults_instead_of_silencing() -> None:
    plan = plan_from_settings(
        settings(
            {
                TIME_KEY: "25:99",
                LEAD_DAYS_KEY: {"card_expiry": "soon", "no_such_kind": [1]},
                DEADLINE_LEADS_KEY: {"x/y/z": [-4]},
            }
        )
    )
    assert plan.time_of_day == time(9, 0)
    assert plan.lead_days[Kind.CARD_EXPIRY] == DEFAULT_LEAD_DAYS[Kind.CARD_EXPIRY]
    assert "x/y/z" not in plan.deadline_leads


@pytest.mark.parametrize("text", ["9", "24:00", "09:60", "nine", ""])
def test_parse_time_rejects_what_is_not_a_time(text: str) -> None:
    with pytest.raises(PlanError, match="not a time of day"):
        parse_time_of_day(text)


def test_parse_time_accepts_hours_and_minutes() -> None:
    assert parse_time_of_day(" 7:05 ") == time(7, 5)


@pytest.mark.parametrize(
    ("value", "message"),
    [("7", "expected a list"), ([1.5], "whole number"), ([True], "whole number"), ([-1], "0")],
)
def test_parse_leads_names_the_problem(value: object, message: str) -> None:
    with pytest.raises(PlanError, match=message):
        parse_leads(value, "card_expiry")


def test_parse_leads_sorts_and_deduplicates() -> None:
    assert parse_leads([1, 30, 7, 30], "k") == (30, 7, 1)


def test_with_deadline_leads_sets_clears_and_validates() -> None:
    current = {"a/b/": [3]}
    assert with_deadline_leads(current, "c/d/", [0, 5]) == {"a/b/": [3], "c/d/": [5, 0]}
    assert with_deadline_leads(current, "a/b/", None) == {}
    assert with_deadline_leads(current, "a/b/", []) == {"a/b/": []}
    assert current == {"a/b/": [3]}  # not modified in place
    with pytest.raises(PlanError):
        with_deadline_leads(current, "a/b/", [4000])
