"""A publish run as plain data: prepared from an open store, run anywhere, recorded back.

The GUI prepares a job on its own thread (the store is not shared between threads), runs it
on a worker thread (network only, caldav_sync.run) and records the outcome on its thread
again; the CLI does the three in a row.

The store setting "caldav.state" is what this store put on the server:

    {"calendar_url": str, "events": {uid: [content digest, SEQUENCE, LAST-MODIFIED]},
     "etags": {uid: the ETag the server gave our copy, or None when it gave none}}

Only those UIDs are ever updated or deleted, so nothing else in that calendar is touched,
not even events of the same UID shape published by another copy of the app. An entry is
added once the server accepted the event and removed once it deleted it, so a run that
stops halfway records exactly what happened. The SEQUENCE map is calendar/revisions.py's,
kept apart from the .ics file's: it follows what the server holds. The ETags spare a server
that rewrites events on PUT (and then gives no ETag, RFC 4791 §5.3.4) a PUT of every event at
every run: an event whose content we did not change and whose ETag is still the one we saw
is left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any, Protocol

from permit_tracker.calendar.content import DEFAULT_PLAN, AlarmPlan
from permit_tracker.calendar.live import deadlines_and_notes
from permit_tracker.domain.model import Person
from permit_tracker.publish import config as publish_config
from permit_tracker.publish.config import ConfigError, PublishConfig
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.setting_keys import STATE_SETTING


class PublishStore(Protocol):
    def people(self) -> Iterable[Person]: ...
    def ruleset(self) -> Ruleset: ...
    def setting(self, key: str, default: Any = None) -> Any: ...
    def set_setting(self, key: str, value: Any) -> None: ...


@dataclass(frozen=True, slots=True)
class PublishJob:
    url: str
    user: str
    calendar: str  # display name
    calendar_url: str | None  # found (or created) earlier for that name
    events: Mapping[str, str]  # uid -> the calendar object (one VEVENT), as in the .ics export
    entries: Mapping[str, list[Any]]  # uid -> its revision entry, kept once it is on the server
    published: Mapping[str, list[Any]]  # what this store put on the server (see above)
    published_calendar: str | None  # the calendar `published` lives in
    etags: Mapping[str, str | None] = field(default_factory=dict)  # see above
    remove: bool = False  # delete every event this store published, put nothing

    @property
    def host(self) -> str:
        return PublishConfig(url=self.url).host


@dataclass(frozen=True, slots=True)
class Outcome:
    calendar_url: str | None
    calendar: str
    published: dict[str, list[Any]]  # the new "events" of "caldav.state"
    etags: dict[str, str | None] = field(default_factory=dict)  # its new "etags"
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    problem: str | None = None  # why the run stopped (offline, password, TLS...), one line
    refused: tuple[str, ...] = ()  # one line per event the server would not take
    dry_run: bool = False
    warnings: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.problem is None and not self.refused

    def line(self) -> str:
        """The one line for a status area or the terminal."""
        if self.problem:
            return self.problem
        if self.refused:
            more = f" (and {len(self.refused) - 1} more)" if len(self.refused) > 1 else ""
            return self.refused[0] + more
        verb = "would be" if self.dry_run else ""
        counts = [
            (self.created, "created"),
            (self.updated, "updated"),
            (self.deleted, "deleted"),
        ]
        changes = ", ".join(f"{n} {verb} {what}".replace("  ", " ") for n, what in counts if n)
        total = len(self.published)
        noun = "event" if total == 1 else "events"
        where = f"“{self.calendar}”"
        if self.dry_run:
            return f"{where}: {changes or 'nothing would change'} (dry run: nothing sent)"
        return f"{total} {noun} in {where}: {changes or 'already up to date'}"


def prepare(
    store: PublishStore,
    today: date,
    plan: AlarmPlan = DEFAULT_PLAN,
    stamp: datetime | None = None,
    *,
    remove: bool = False,
) -> PublishJob:
    """The job for the store's people, rules and publish settings; ConfigError if unusable."""
    from permit_tracker.calendar.export import render_events  # loads ics only when used

    config = publish_config.load(store.setting)
    problem = config.problem()
    if problem:
        raise ConfigError(problem)
    state = store.setting(STATE_SETTING, None)
    state = state if isinstance(state, dict) else {}
    published = state.get("events")
    published = (
        {k: v for k, v in published.items() if isinstance(k, str)}
        if isinstance(published, dict)
        else {}
    )
    etags = state.get("etags")
    etags = (
        {k: v for k, v in etags.items() if isinstance(k, str) and isinstance(v, str | None)}
        if isinstance(etags, dict)
        else {}
    )
    published_calendar = state.get("calendar_url")
    if not isinstance(published_calendar, str):
        published_calendar = None
    events: dict[str, str] = {}
    entries: dict[str, list[Any]] = {}
    if not remove:
        deadlines, notes = deadlines_and_notes(
            store.people(), store.ruleset(), today, config.options
        )
        events, updated = render_events(
            deadlines, config.options, stamp or datetime.now(UTC), published, notes, plan
        )
        entries = {uid: updated[uid] for uid in events}
    return PublishJob(
        url=config.url,
        user=config.user,
        calendar=config.calendar,
        calendar_url=config.calendar_url,
        events=events,
        entries=entries,
        published=published,
        published_calendar=published_calendar,
        etags=etags,
        remove=remove,
    )


def record(store: PublishStore, job: PublishJob, outcome: Outcome) -> None:
    """Keep what the run did: the published UIDs and the calendar it found or created.

    A dry run changed nothing, so nothing is kept. The config is re-read: the user may
    have changed it while the run went on, and then the found calendar is not theirs.
    """
    if outcome.dry_run or outcome.calendar_url is None:
        return
    store.set_setting(
        STATE_SETTING,
        {
            "calendar_url": outcome.calendar_url,
            "events": outcome.published,
            "etags": {uid: outcome.etags.get(uid) for uid in outcome.published},
        },
    )
    current = publish_config.load(store.setting)
    same = (current.url, current.user, current.calendar) == (job.url, job.user, job.calendar)
    if same and current.calendar_url != outcome.calendar_url:
        publish_config.save(store.set_setting, replace(current, calendar_url=outcome.calendar_url))


def forget_state(set_setting: Callable[[str, Any], object]) -> None:
    set_setting(STATE_SETTING, None)
