"""The network part of publishing: the only module that imports `caldav`.

`caldav` does the protocol: principal and calendar-home discovery (RFC 4791 §6), listing
and creating calendars (PROPFIND, MKCALENDAR), the calendar-query REPORT that lists events,
PUT with If-Match on the ETag it read, DELETE, the 401 dance (Basic or Digest) and the
mapping of each failure to an exception. This module only decides what to put and delete.

Privacy (nothing leaves the machine but what the user chose to publish, to whom they chose):
the client talks to the configured host only. RFC 6764 discovery (DNS SRV/TXT lookups,
.well-known on another name) is off; proxies, .netrc and other environment settings are
ignored (`trust_env`); niquests' certificate revocation checks, which would ask the CA's
OCSP responder, another host, are off (a failed TLS check still stops everything); HTTP/3 is
off so the one peer is reached over TCP only. The URL itself was
checked by config.check_url: https://, or http:// to a loopback address.
"""

from __future__ import annotations

import contextlib
import re
import ssl
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import icalendar
from caldav.calendarobjectresource import Event
from caldav.davclient import DAVClient
from caldav.lib import error as dav_error
from caldav.lib.http_sync import requests as http

from permit_tracker.calendar.content import UID_DOMAIN
from permit_tracker.publish.config import PublishConfig, check_url
from permit_tracker.publish.job import Outcome, PublishJob

TIMEOUT_SECONDS = 20
# The UIDs calendar/content.event_uid makes; anything else in the calendar is never touched.
OUR_UID = re.compile(rf"^[a-z0-9_-]+-[0-9a-f]{{24}}@{re.escape(UID_DOMAIN)}$")

Step = Callable[[str, str], None]  # (what: "created"/"updated"/"deleted", uid)


class _Stop(Exception):
    """The run cannot go on; str() is the one line for the user."""


# What a run reports as its one line instead of raising: the server's answers, the network,
# TLS (an OSError), a reply that is not XML. Anything else is a bug and goes to the crash
# dialog.
FAILURES: tuple[type[BaseException], ...] = (
    dav_error.DAVError,
    http.exceptions.RequestException,
    OSError,
    ValueError,  # a malformed reply (lxml and icalendar raise ValueError subclasses)
    _Stop,
)


def _client(url: str, user: str, password: str | None) -> DAVClient:
    check_url(url)
    client = DAVClient(
        url=url,
        username=user,
        password=password or "",
        timeout=TIMEOUT_SECONDS,
        enable_rfc6764=False,
    )
    try:
        session = http.Session(revocation_configuration=None, disable_http3=True)
    except TypeError:  # plain `requests`, when niquests is not installed
        session = http.Session()
    session.trust_env = False
    client.session.close()
    client.session = session
    return client


def _innermost(exc: BaseException) -> BaseException:
    """The error underneath the wrappers (requests' MaxRetryError, urllib3's reasons...)."""
    seen: set[int] = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        inner = getattr(exc, "reason", None)
        if not isinstance(inner, BaseException):
            inner = next((a for a in exc.args if isinstance(a, BaseException)), None)
        if inner is None:
            break
        exc = inner
    return exc


def _reason(exc: BaseException) -> str:
    """What went wrong, without the wrappers' object addresses and retry counts."""
    inner = _innermost(exc)
    if isinstance(inner, ssl.SSLCertVerificationError):
        return f"certificate verify failed: {inner.verify_message}"
    text = str(inner).strip()
    # urllib3 prefixes "<urllib3.connection.HTTPConnection object at 0x...>: "
    text = re.sub(r"^<[^>]*>:\s*", "", text)
    if isinstance(inner, OSError) and inner.strerror and not text:
        text = inner.strerror
    lines = text.splitlines()
    return lines[0] if lines else type(inner).__name__


def _http_status(exc: dav_error.DAVError) -> str:
    """ "HTTP 412 Precondition Failed", with the server's reason (or RFC 4918 precondition)
    when it gave one."""
    status = getattr(exc, "status", None)
    reason = str(getattr(exc, "reason", "") or "").strip()
    if reason == dav_error.DAVError.reason:  # caldav's "no reason"
        reason = ""
    match = re.match(r"(\d{3})\b\s*", reason)
    if match:
        status = status or int(match.group(1))
        reason = reason[match.end() :]
    if status and not reason:
        with contextlib.suppress(ValueError):
            reason = HTTPStatus(status).phrase
    conditions = [c.rsplit("}", 1)[-1] for c in getattr(exc, "preconditions", [])]
    if conditions:
        reason = f"{reason}: {', '.join(conditions)}".strip(": ")
    reason = reason.splitlines()[0] if reason else ""
    if status:
        return f"HTTP {status} {reason}".strip()
    return reason or type(exc).__name__


def _explain(exc: BaseException, host: str, user: str) -> str:
    """One line for any failure of a whole run."""
    if isinstance(exc, dav_error.AuthorizationError) and exc.status == 403:
        return (
            f"the CalDAV server {host} does not let {user!r} do this ({_http_status(exc)}): "
            "is the calendar shared read-only?"
        )
    if isinstance(exc, dav_error.AuthorizationError):
        return (
            f"the CalDAV server {host} refused the user name {user!r} or its password "
            f"({_http_status(exc)}): check both"
        )
    if isinstance(exc, http.exceptions.SSLError):
        return f"TLS error with the CalDAV server {host}: {_reason(exc)}"
    if isinstance(exc, http.exceptions.Timeout):
        return f"the CalDAV server {host} did not answer in {TIMEOUT_SECONDS} s"
    if isinstance(exc, http.exceptions.ConnectionError | ConnectionError):
        return f"cannot reach the CalDAV server {host} (offline?): {_reason(exc)}"
    if isinstance(exc, dav_error.DAVError):
        return f"the CalDAV server {host} answered {_http_status(exc)}"
    if isinstance(exc, _Stop):
        return str(exc)
    return f"publishing to {host} failed: {_reason(exc)}"


def _display_name(calendar: Any) -> str:
    try:
        return str(calendar.get_display_name() or "")
    except dav_error.DAVError:
        return ""


def list_calendars(url: str, user: str, password: str | None) -> list[tuple[str, str]]:
    """(display name, URL) of the user's calendars; RuntimeError with one line on failure."""
    host = PublishConfig(url=url).host or url
    try:
        with _client(url, user, password) as client:
            calendars = _calendars(client.get_principal())
            return [(_display_name(c) or str(c.url), str(c.url)) for c in calendars]
    except FAILURES as exc:
        raise RuntimeError(_explain(exc, host, user)) from exc


def _calendars(principal: Any) -> list[Any]:
    """The principal's calendars (caldav types them as "a list, or a coroutine for an async
    client"; ours is the sync one)."""
    return list(principal.get_calendars())


def _find_calendar(client: DAVClient, job: PublishJob, create: bool) -> Any | None:
    principal = client.get_principal()
    calendars = _calendars(principal)
    if job.calendar_url:
        for calendar in calendars:
            if str(calendar.url) == job.calendar_url:
                return calendar
    named = [c for c in calendars if _display_name(c) == job.calendar]
    if len(named) > 1:
        raise _Stop(
            f"{len(named)} calendars on {job.host} are named “{job.calendar}”: "
            "rename one or choose another name"
        )
    if named:
        return named[0]
    if not create:
        return None
    return principal.make_calendar(name=job.calendar)


def _shape(component: Any) -> str:
    """A component as text that ignores property order, folding and DTSTAMP (the moment of
    export), so a server's re-serialisation of our event compares equal to it."""
    lines = []
    for name, values in component.items():
        if name == "DTSTAMP":
            continue
        for value in values if isinstance(values, list) else [values]:
            params = sorted(getattr(value, "params", {}).items())
            data = value.to_ical() if hasattr(value, "to_ical") else str(value).encode()
            lines.append(f"{name};{params}:{data!r}")
    subs = sorted(_shape(sub) for sub in component.subcomponents)
    return repr((component.name, sorted(lines), subs))


def _event_shape(text: str | bytes) -> str | None:
    try:
        events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    except ValueError:
        return None
    return _shape(events[0]) if len(events) == 1 else None


def _ours_on_server(calendar: Any) -> dict[str, Any]:
    """UID -> event object, for the events whose UID has our shape (others: not looked at)."""
    found: dict[str, Any] = {}
    for event in calendar.get_events():
        uid = str(event.id or "")
        if OUR_UID.match(uid):
            found[uid] = event
    return found


def _refused(exc: dav_error.DAVError, text: str) -> str:
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    summary = str(events[0].get("SUMMARY", "")) if events else ""
    return f"the CalDAV server refused the event “{summary}” ({_http_status(exc)})"


def run(
    job: PublishJob,
    password: str | None,
    *,
    dry_run: bool = False,
    on_step: Step | None = None,
) -> Outcome:
    """Bring the calendar in line with `job`; never raises for a network or server failure.

    The outcome says what was done, up to the failure if any, so that `job.record` keeps
    exactly what the server holds. Refused events are skipped, the others still go through.
    """
    step = on_step or (lambda _what, _uid: None)
    published = dict(job.published)
    etags = dict(job.etags)
    counts = {"created": 0, "updated": 0, "deleted": 0, "unchanged": 0}
    refused: list[str] = []
    calendar_url: str | None = job.calendar_url
    problem: str | None = None
    try:
        with _client(job.url, job.user, password) as client:
            calendar = _find_calendar(client, job, create=not dry_run and not job.remove)
            if calendar is None:  # a dry run, or removing from a calendar that is not there
                counts["created"] = len(job.events)
                if not dry_run:
                    published = {}
                return _outcome(job, calendar_url, published, {}, counts, refused, None, dry_run)
            calendar_url = str(calendar.url)
            if job.published_calendar != calendar_url:
                published, etags = {}, {}  # another calendar: ours in the old one stay there
            server = _ours_on_server(calendar)
            for uid, text in job.events.items():
                existing = server.get(uid)
                if existing is not None and (
                    _still_ours(uid, job, etags, existing.etag)
                    or _event_shape(existing.data) == _event_shape(text)
                ):
                    counts["unchanged"] += 1
                    published[uid] = list(job.entries[uid])
                    etags[uid] = existing.etag
                    continue
                what = "created" if existing is None else "updated"
                if not dry_run:
                    target = existing or Event(client=client, parent=calendar)
                    try:
                        target.save(raw_data=text.encode("utf-8"), increase_seqno=False)
                    except (dav_error.PutError, dav_error.ETagMismatchError) as exc:
                        refused.append(_refused(exc, text))
                        continue
                    except dav_error.AuthorizationError as exc:
                        if exc.status != 403:  # 401: the password, for the whole run
                            raise
                        refused.append(_refused(exc, text))  # a read-only calendar
                        continue
                    published[uid] = list(job.entries[uid])
                    etags[uid] = target.etag  # None: the server changed it (RFC 4791 §5.3.4)
                counts[what] += 1
                step(what, uid)
            for uid in [u for u in published if u not in job.events]:
                existing = server.get(uid)
                if existing is not None:
                    if not dry_run:
                        existing.delete()
                    counts["deleted"] += 1
                    step("deleted", uid)
                if not dry_run:
                    del published[uid]
                    etags.pop(uid, None)
    except FAILURES as exc:  # the line says what; the outcome keeps what was done
        problem = _explain(exc, job.host, job.user)
    if dry_run:
        published, etags = dict(job.published), dict(job.etags)
    return _outcome(job, calendar_url, published, etags, counts, refused, problem, dry_run)


def _still_ours(uid: str, job: PublishJob, etags: dict[str, str | None], etag: str | None) -> bool:
    """The server holds what we last put, and we would put the same again: our content did
    not change (same digest and SEQUENCE) and nobody changed theirs (the ETag we saw, or,
    when the server rewrote our PUT and gave none, the one it has now)."""
    before, now = job.published.get(uid), job.entries[uid]
    if before is None or list(before[:2]) != list(now[:2]) or uid not in etags:
        return False
    return etag is not None and etags[uid] in (etag, None)


def _outcome(
    job: PublishJob,
    calendar_url: str | None,
    published: dict[str, list[Any]],
    etags: dict[str, str | None],
    counts: dict[str, int],
    refused: list[str],
    problem: str | None,
    dry_run: bool,
) -> Outcome:
    return Outcome(
        calendar_url=calendar_url,
        calendar=job.calendar,
        published=published,
        etags=etags,
        created=counts["created"],
        updated=counts["updated"],
        deleted=counts["deleted"],
        unchanged=counts["unchanged"],
        problem=problem,
        refused=tuple(refused),
        dry_run=dry_run,
    )
