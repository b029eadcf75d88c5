"""What each calendar event says, decided from a deadline before any iCalendar syntax.

One deadline with a date becomes one all-day event. Everything that depends on the user's
choices (which deadlines, alarms, notes) is decided here, so the writer only formats, and the
digest of an event's content tells whether a re-export changed it (SEQUENCE, LAST-MODIFIED).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Protocol

from permit_tracker.calendar.options import ExportOptions
from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.reminder_plan import (
    DEFAULT_LEAD_DAYS,
    DEFAULT_TIME_OF_DAY,
    reminder_dates,
)
from permit_tracker.i18n import _, deadline_text
from permit_tracker.i18n.dates import when_phrase
from permit_tracker.rules.ruleset import LEGAL_NOTICE

UID_DOMAIN = "permit-tracker"


class AlarmPlan(Protocol):
    """When to remind: reminders.plan.ReminderPlan fits (calendar/ may not import it), so
    the alarms in a calendar file ring when the app's own reminders would."""

    @property
    def time_of_day(self) -> time: ...

    def leads_for(self, deadline: Deadline) -> Sequence[int]: ...


@dataclass(frozen=True, slots=True)
class DefaultAlarmPlan:
    """domain.reminder_plan's defaults, for callers without the user's settings."""

    time_of_day: time = DEFAULT_TIME_OF_DAY
    lead_days: Mapping[Kind, Sequence[int]] = field(default_factory=lambda: DEFAULT_LEAD_DAYS)

    def leads_for(self, deadline: Deadline) -> Sequence[int]:
        return self.lead_days.get(deadline.kind, ())


DEFAULT_PLAN = DefaultAlarmPlan()


@dataclass(frozen=True, slots=True)
class AlarmContent:
    # Relative to the event's start, which for an all-day event is local midnight of its date:
    # 7 days ahead at 09:00 is -(7 days) + 9 hours = -P6DT15H.
    trigger: timedelta
    text: str


@dataclass(frozen=True, slots=True)
class EventContent:
    uid: str
    day: date
    summary: str
    description: str
    category: str
    alarms: tuple[AlarmContent, ...]

    def digest(self) -> str:
        """A fingerprint of everything the event shows; it changes exactly when the event does."""
        payload = [
            self.uid,
            self.day.isoformat(),
            self.summary,
            self.description,
            self.category,
            [[a.trigger.total_seconds(), a.text] for a in self.alarms],
        ]
        encoded = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(encoded.encode("utf-8")).hexdigest()[:16]


def event_uid(deadline: Deadline) -> str:
    """Stable per person id, kind and subject, never the date, so a re-import updates the event.

    Hashed: the key may hold any character a person id or subject may, a UID should not.
    """
    digest = hashlib.sha256(deadline.key.encode("utf-8")).hexdigest()[:24]
    return f"{deadline.kind.value}-{digest}@{UID_DOMAIN}"


def clean_text(text: str, *, single_line: bool = False) -> str:
    """Plain text an iCalendar TEXT value can carry: LF line breaks, no other control chars."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if single_line:
        text = " ".join(text.split())
    return "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    )


def alarm_trigger(lead_days: int, time_of_day: time) -> timedelta:
    """`lead_days` before the date, at `time_of_day` local time."""
    return timedelta(days=-lead_days, hours=time_of_day.hour, minutes=time_of_day.minute)


def _description(deadline: Deadline, notes: Sequence[str]) -> str:
    """Explanation, flag, rule and source (unless the explanation already names them: every
    row the engine made does), the user's notes when chosen, and the legal notice last, in
    the language in use."""
    lines = [deadline_text.explanation(deadline)]
    flag = deadline_text.flag(deadline)
    if flag:
        lines.append(_("Note: {flag}").format(flag=flag))
    if deadline.status is Status.DONE:
        lines.append(_("Status: done"))
    if not deadline_text.names_rule(deadline):
        lines.append(_("Rule: {rule}").format(rule=deadline_text.rule_title(deadline.rule)))
    if not deadline_text.names_source(deadline):
        lines.append(_("Source: {source}").format(source=deadline.source))
    if notes:
        lines.append(_("Your notes:"))
        lines += [f"- {clean_text(n, single_line=True)}" for n in notes]
    lines.append(_(LEGAL_NOTICE))
    return clean_text("\n".join(line for line in lines if line))


def event_content(
    deadline: Deadline,
    options: ExportOptions,
    notes: Sequence[str] = (),
    plan: AlarmPlan = DEFAULT_PLAN,
) -> EventContent:
    if deadline.date is None:
        raise ValueError(f"{deadline.key}: a deadline without a date has no calendar event")
    done = deadline.status is Status.DONE
    summary = _("{person}: {title}").format(
        person=deadline.person, title=deadline_text.title(deadline)
    )
    if done:
        summary = _("{summary} (done)").format(summary=summary)
    alarms: tuple[AlarmContent, ...] = ()
    # Nobody needs reminding of something done; the event stays so a re-import updates it.
    if options.alarms and not done:
        alarms = tuple(
            AlarmContent(
                alarm_trigger(lead, plan.time_of_day),
                clean_text(
                    _("{summary} ({when})").format(summary=summary, when=when_phrase(lead)),
                    single_line=True,
                ),
            )
            for lead, _day in reminder_dates(deadline.date, plan.leads_for(deadline))
            # An alarm on a day already gone would pop up as "missed" on import in some
            # apps (Thunderbird); the app's own reminders catch up on missed ones instead.
            if deadline.days_left is None or lead <= deadline.days_left
        )
    return EventContent(
        uid=event_uid(deadline),
        day=deadline.date,
        summary=clean_text(summary, single_line=True),
        description=_description(deadline, notes if options.include_notes else ()),
        category=deadline.kind.value,
        alarms=alarms,
    )


def event_contents(
    deadlines: Iterable[Deadline],
    options: ExportOptions,
    notes: Mapping[str, Sequence[str]] | None = None,
    plan: AlarmPlan = DEFAULT_PLAN,
) -> list[EventContent]:
    """The events for the chosen deadlines, by date then UID. Rows without a date are skipped.

    `notes` maps a deadline's key to free text; it is used only with `options.include_notes`.
    """
    notes = notes or {}
    contents: dict[str, EventContent] = {}
    for deadline in deadlines:
        if deadline.date is None or not options.wants(deadline):
            continue
        content = event_content(deadline, options, notes.get(deadline.key, ()), plan)
        if content.uid in contents:
            raise ValueError(f"two deadlines share the key {deadline.key!r}")
        contents[content.uid] = content
    return sorted(contents.values(), key=lambda c: (c.day, c.uid))
