"""The reminder plan: which reminders exist for each deadline, and at what instant.

Lead times come from `domain.reminder_plan.DEFAULT_LEAD_DAYS`, overridden per kind by the
"reminders.lead_days" setting and per deadline by "reminders.deadline_leads"; the time of
day comes from "reminders.time".

Identity. A reminder is identified by (person, kind, subject, lead) — the deadline's stable
key plus the lead — and deliberately *not* by the date. So when a date is edited, a reminder
that has not fired yet simply gets a new instant (it moves with the date), while a stored
"fired" state still matches it and it is not repeated. The date a state was recorded for is
recovered in `due.state_applies`: a deadline that moved much further than its reminder
horizon (a renewed passport, a re-issued certificate) is a new occasion and is reminded again.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from types import MappingProxyType
from typing import Any, Final

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.reminder_plan import (
    DEFAULT_LEAD_DAYS,
    DEFAULT_TIME_OF_DAY,
    reminder_dates,
)
from permit_tracker.setting_keys import DEADLINE_LEADS_KEY, LEAD_DAYS_KEY, TIME_KEY

log = logging.getLogger(__name__)

MAX_LEAD_DAYS: Final = 3650

_TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class PlanError(ValueError):
    """A lead time or a time of day that cannot be used; the message names it."""


def parse_time_of_day(text: str) -> time:
    """ "09:00" -> time(9, 0); anything else is a PlanError naming the value."""
    match = _TIME_RE.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise PlanError(f"reminder time {text!r} is not a time of day like 09:00")
    return time(int(match.group(1)), int(match.group(2)))


def parse_leads(value: object, where: str) -> tuple[int, ...]:
    """A list of whole days before the deadline (0 = the day itself), largest first."""
    if not isinstance(value, list | tuple):
        raise PlanError(f"{where}: expected a list of days, got {value!r}")
    leads: set[int] = set()
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int):
            raise PlanError(f"{where}: {item!r} is not a whole number of days")
        if not 0 <= item <= MAX_LEAD_DAYS:
            raise PlanError(f"{where}: {item} days is not between 0 and {MAX_LEAD_DAYS}")
        leads.add(item)
    return tuple(sorted(leads, reverse=True))


@dataclass(frozen=True, slots=True)
class ReminderPlan:
    time_of_day: time = DEFAULT_TIME_OF_DAY
    lead_days: Mapping[Kind, tuple[int, ...]] = field(default_factory=lambda: DEFAULT_LEAD_DAYS)
    # Deadline.key -> leads; an empty tuple silences that deadline.
    deadline_leads: Mapping[str, tuple[int, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def leads_for(self, deadline: Deadline) -> tuple[int, ...]:
        if deadline.key in self.deadline_leads:
            return self.deadline_leads[deadline.key]
        return self.lead_days.get(deadline.kind, ())


def plan_from_settings(setting: Callable[[str, Any], Any]) -> ReminderPlan:
    """The plan from stored settings (`store.setting`).

    A broken setting must never silence every reminder, so an unusable entry is logged and
    replaced by its default instead of raising.
    """
    raw_time = setting(TIME_KEY, None)
    time_of_day = DEFAULT_TIME_OF_DAY
    if raw_time is not None:
        try:
            time_of_day = parse_time_of_day(raw_time)
        except PlanError as exc:
            log.warning("%s; using %s", exc, DEFAULT_TIME_OF_DAY.strftime("%H:%M"))

    lead_days = dict(DEFAULT_LEAD_DAYS)
    raw_kinds = setting(LEAD_DAYS_KEY, None) or {}
    if isinstance(raw_kinds, dict):
        for name, leads in raw_kinds.items():
            try:
                lead_days[Kind(name)] = parse_leads(leads, f"{LEAD_DAYS_KEY}[{name}]")
            except ValueError as exc:  # PlanError, or an unknown kind
                log.warning("ignoring reminder lead days for %r: %s", name, exc)
    else:
        log.warning("ignoring %s: not a mapping of kind to days", LEAD_DAYS_KEY)

    per_deadline: dict[str, tuple[int, ...]] = {}
    raw_deadlines = setting(DEADLINE_LEADS_KEY, None) or {}
    if isinstance(raw_deadlines, dict):
        for key, leads in raw_deadlines.items():
            try:
                per_deadline[str(key)] = parse_leads(leads, f"{DEADLINE_LEADS_KEY}[{key}]")
            except PlanError as exc:
                log.warning("%s", exc)
    return ReminderPlan(time_of_day, MappingProxyType(lead_days), MappingProxyType(per_deadline))


def with_deadline_leads(
    current: Mapping[str, Sequence[int]], deadline_key: str, leads: Sequence[int] | None
) -> dict[str, list[int]]:
    """The "reminders.deadline_leads" value after overriding one deadline (None: back to
    the kind's default, [] : no reminders for it). Raises PlanError for bad leads."""
    updated = {key: list(value) for key, value in current.items()}
    if leads is None:
        updated.pop(deadline_key, None)
    else:
        updated[deadline_key] = list(parse_leads(list(leads), deadline_key))
    return updated


def local_instant(day: date, at: time, tz: tzinfo | None = None) -> datetime:
    """`day` at local time `at`, as an aware UTC instant. `tz=None` is the system zone
    (whose DST rules `astimezone` applies to the naive local time)."""
    naive = datetime.combine(day, at)
    local = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return local.astimezone(UTC)


def reminder_key(deadline_key: str, lead: int) -> str:
    return f"{deadline_key}@{lead}"


def deadline_key_of(key: str) -> str:
    """The deadline part of a reminder key ("person/kind/subject@lead")."""
    return key.rpartition("@")[0]


@dataclass(frozen=True, slots=True)
class Reminder:
    deadline: Deadline
    lead: int  # days before the deadline's date
    day: date  # the local day it fires
    at: datetime  # aware, UTC
    horizon: int  # the largest lead of this deadline: how far ahead it is ever reminded
    # The deadline was already due or overdue when it was entered: this one reminder is
    # sent at that moment instead of the missed ones (reminders.first_seen).
    entered_late: bool = False

    @property
    def key(self) -> str:
        return reminder_key(self.deadline.key, self.lead)


def reminders_for(
    deadlines: Iterable[Deadline], plan: ReminderPlan, tz: tzinfo | None = None
) -> list[Reminder]:
    """Every planned reminder of the deadlines that can still need one, by instant.

    Deadlines without a date (a condition) or already done get none."""
    result: list[Reminder] = []
    for deadline in deadlines:
        if deadline.date is None or deadline.status is Status.DONE:
            continue
        leads = plan.leads_for(deadline)
        if not leads:
            continue
        horizon = max(leads)
        for lead, day in reminder_dates(deadline.date, leads):
            at = local_instant(day, plan.time_of_day, tz)
            result.append(Reminder(deadline, lead, day, at, horizon))
    result.sort(key=lambda r: (r.at, r.deadline.key, -r.lead))
    return result
