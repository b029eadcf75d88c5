"""`permit-tracker remind`: send the reminders now due and exit, for cron or a systemd timer.

Same plan and states as the desktop app, so nothing is sent twice: what this sends is
recorded as fired, and while the app runs on the same data dir this command leaves the
reminders to it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Final

from permit_tracker import paths
from permit_tracker.cli import CliError, open_store, say
from permit_tracker.domain.phrase import N_
from permit_tracker.i18n import _, ngettext

if TYPE_CHECKING:
    from permit_tracker.reminders.due import Due, DueSet
    from permit_tracker.reminders.notifier import Notification, Notifier
    from permit_tracker.reminders.service import ReminderService

EPILOG = N_("""\
examples:
  permit-tracker remind --dry-run              what would be sent now, nothing recorded
  permit-tracker remind                        send what is due as desktop notifications

From cron (the session bus is found at /run/user/UID/bus when the variable is unset):
  */15 * * * *  permit-tracker remind
With systemd: a user service running `permit-tracker remind` and a timer with
OnCalendar=*:0/15 and Persistent=true.

Each reminder is sent once; while the desktop app is open it sends them itself.
""")


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    parser = subparsers.add_parser(
        "remind",
        help=_("send the reminders now due as desktop notifications (for cron or a timer)"),
        description=_(
            "Send the reminders that are due now as desktop notifications, record them as "
            "sent, and exit."
        ),
        epilog=_(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=_("print what is due; send and record nothing")
    )
    parser.add_argument(
        "--now",
        metavar="ISO",
        type=parse_now,
        help=_("pretend it is this instant, e.g. 2026-05-01T09:00 (local) or ...+02:00"),
    )
    common(parser)
    parser.set_defaults(func=run_remind)


# The instants `--now` may name: a day of margin inside datetime's range, so that the
# reminder plan can look a day (and a time zone) either way without leaving the calendar.
EARLIEST_NOW: Final = datetime(1, 1, 3, tzinfo=UTC)
LATEST_NOW: Final = datetime(9999, 12, 29, tzinfo=UTC)


def parse_now(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not an ISO date-time like 2026-05-01T09:00").format(text=repr(text))
        ) from None
    try:
        instant = (value if value.tzinfo else value.astimezone()).astimezone(UTC)
    except (OverflowError, ValueError, OSError):
        instant = None
    if instant is None or not EARLIEST_NOW <= instant <= LATEST_NOW:
        raise argparse.ArgumentTypeError(
            _(
                "{text} is too close to the edge of the calendar: give an instant between "
                "{earliest} and {latest} (UTC)"
            ).format(
                text=repr(text),
                earliest=EARLIEST_NOW.date().isoformat(),
                latest=LATEST_NOW.date().isoformat(),
            )
        )
    return instant


def run_remind(args: argparse.Namespace) -> int:
    from permit_tracker.reminders.instance import running_pid
    from permit_tracker.reminders.notifier import NotifierError
    from permit_tracker.reminders.service import ReminderService

    data_dir = paths.data_dir(args.data_dir)
    now: datetime = args.now or datetime.now(UTC)
    with open_store(args) as store:
        service = ReminderService(store)
        try:
            due = service.due(now)
            notifications = service.notifications(due, now)
        except OverflowError as exc:  # a date near year 1 or 9999 in the data
            raise CliError(
                _(
                    "cannot compute the reminders as of {now} UTC: a date falls outside the "
                    "calendar ({problem})"
                ).format(now=f"{now:%Y-%m-%d %H:%M}", problem=exc)
            ) from exc
        if args.dry_run:
            for _due, notification in notifications:
                say(f"{notification.title} — {notification.body}")
            if not notifications:
                say(_("Nothing is due."))
            return 0
        pid = running_pid(data_dir)
        if pid is not None:
            _tell(
                _("Permit Tracker is running (pid {pid}) and sends these reminders itself.").format(
                    pid=pid
                )
            )
            return 0
        if not notifications:
            _tell(_("Nothing is due now."))
            return 0
        try:
            notifier = _open_notifier()
        except NotifierError as exc:
            raise CliError(
                _(
                    "cannot show notifications: {problem}; nothing was marked as sent "
                    "(from cron, set DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$UID/bus)"
                ).format(problem=exc)
            ) from exc
        try:
            _send(service, due, notifications, notifier, now)
        finally:
            notifier.close()
    return 0


def _open_notifier() -> Notifier:
    from permit_tracker.reminders.dbus_notifier import DBusNotifier

    # No buttons: this process exits, so nobody would receive the clicks.
    return DBusNotifier(with_actions=False)


def _send(
    service: ReminderService,
    due: DueSet,
    notifications: list[tuple[Due, Notification]],
    notifier: Notifier,
    now: datetime,
) -> None:
    """Notify them (more than MAX_SEPARATE as one summary), recording them with the older
    reminders they supersede right after they are shown: a failure loses nothing and repeats
    nothing. Says what was sent, one line each (under cron that mail is a reminder too)."""
    from permit_tracker.reminders.notifier import MAX_SEPARATE, NotifierError

    batch = [n for _due, n in notifications]
    try:
        notifier.notify_all(batch)
    except NotifierError as exc:
        raise CliError(
            _("the notification server did not show the reminders: {problem}").format(problem=exc)
        ) from exc
    firing = {item.reminder.deadline.key for item, _n in notifications}
    older = [d for d in due.superseded if d.reminder.deadline.key in firing]
    service.record_fired([item for item, _n in notifications] + older, now)
    if len(batch) > MAX_SEPARATE:
        say(
            ngettext(
                "Sent {count} reminder (as one summary notification):",
                "Sent {count} reminders (as one summary notification):",
                len(batch),
            ).format(count=len(batch))
        )
    else:
        say(
            ngettext("Sent {count} reminder:", "Sent {count} reminders:", len(batch)).format(
                count=len(batch)
            )
        )
    for notification in batch:
        say(f"  {notification.title} — {notification.body}")


def _tell(line: str) -> None:
    """Quiet under cron (every output line would be mailed), informative in a terminal."""
    if sys.stdout.isatty():
        say(line)
