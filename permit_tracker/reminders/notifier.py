"""Notifiers: one interface for every way a reminder reaches a person, and the fallback chain.

The GUI's chain is: freedesktop notifications over D-Bus (Linux) -> the tray balloon (where a
tray exists) as primaries, tried in order until one shows the reminder, plus the in-app
banner, which always shows it. Backends are created lazily on first use and re-created after
a failure (a notification server that restarts is found again).
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from permit_tracker.domain.phrase import N_, capitalized
from permit_tracker.i18n import _, deadline_text, ngettext
from permit_tracker.i18n.dates import weekday_date, when_phrase
from permit_tracker.reminders.plan import Reminder

log = logging.getLogger(__name__)


class Action(StrEnum):
    OPEN = "open"  # show the app at this deadline
    SNOOZE = "snooze"  # remind again in a day
    DONE = "done"  # dealt with: no more reminders for this deadline
    DISMISS = "dismiss"  # drop this reminder only


# Labels shown on notification buttons, in the order servers display them (English; shown
# through `action_label`, in the language in use).
ACTION_LABELS: dict[Action, str] = {
    # Translators: buttons on a desktop notification.
    Action.SNOOZE: N_("Snooze 1 day"),
    Action.DONE: N_("Mark done"),
    Action.OPEN: N_("Open"),
}


def action_label(action: Action) -> str:
    return _(ACTION_LABELS[action])


ActionHandler = Callable[[str, Action], None]  # (reminder key, action)

# More reminders than this due at once reach the desktop as one summary notification (a
# 12-person store must not throw 20 notifications in 0.3 s); the window still lists each.
MAX_SEPARATE: Final = 3
SUMMARY_KEY: Final = "summary"  # the key of that summary: its only action is Open
SUMMARY_LINES: Final = 5


class NotifierError(Exception):
    """A backend failed to show a notification; the chain falls back to the next one."""


@dataclass(frozen=True, slots=True)
class Notification:
    key: str  # the reminder's identity (plan.reminder_key)
    deadline_key: str
    person_id: str
    title: str
    body: str
    urgent: bool = False  # the deadline is today, tomorrow or past
    missed: bool = False  # it came due while the app was not running
    when: str = ""  # "In 7 days", for a summary's line (the body says it with the date)


def long_date(day: date) -> str:
    """ "Tuesday 11 March 2025", in the language in use."""
    return weekday_date(day)


def one_line(text: str) -> str:
    """`text` on one line: tabs, newlines and other control characters (a name pasted
    from a spreadsheet) become single spaces, so a title never reaches a server raw."""
    cleaned = "".join(" " if ch.isspace() or not ch.isprintable() else ch for ch in text)
    return " ".join(cleaned.split())


def summary_of(notifications: Sequence[Notification]) -> Notification:
    """One notification standing for several (more than MAX_SEPARATE due at once)."""
    lines = [
        # A notification made elsewhere without `when` says it before the body's colon.
        _("{title} — {when}").format(
            title=one_line(n.title), when=n.when or n.body.partition(":")[0]
        )
        for n in notifications[:SUMMARY_LINES]
    ]
    rest = len(notifications) - len(lines)
    if rest:
        lines.append(ngettext("…and {count} more.", "…and {count} more.", rest).format(count=rest))
    lines.append(_("Open Permit Tracker to see them all."))
    count = len(notifications)
    return Notification(
        key=SUMMARY_KEY,
        deadline_key="",
        person_id="",
        title=ngettext(
            "{count} deadline needs attention", "{count} deadlines need attention", count
        ).format(count=count),
        body="\n".join(lines),
        urgent=any(n.urgent for n in notifications),
        missed=any(n.missed for n in notifications),
    )


def notification_for(reminder: Reminder, today: date, missed: bool = False) -> Notification:
    """What a reminder says, counted from `today` (a reminder caught up late says how many
    days are really left, not the lead it was planned with)."""
    deadline = reminder.deadline
    assert deadline.date is not None
    days_left = (deadline.date - today).days
    when = capitalized(when_phrase(days_left))
    body = _("{when}: {date}.").format(when=when, date=long_date(deadline.date))
    if reminder.entered_late and days_left < 0:
        # Entered after its date: one "overdue" reminder, not the ones it never had.
        when = _("Overdue")
        body = _("Overdue — it was due {when}: {date}.").format(
            when=when_phrase(days_left), date=long_date(deadline.date)
        )
    flag = deadline_text.flag(deadline)
    if flag:
        body += f" ({flag})"
    return Notification(
        key=reminder.key,
        deadline_key=deadline.key,
        person_id=deadline.person_id,
        # Kept as typed: each way of showing it makes it safe for its medium (one_line for
        # notification servers, escaped control characters on a terminal).
        title=_("{person}: {title}").format(
            person=deadline.person.strip(), title=deadline_text.title(deadline)
        ),
        body=body,
        urgent=days_left <= 1,
        missed=missed,
        when=when,
    )


class Notifier(ABC):
    """A way to show reminders. `on_action` receives the buttons people press, if any."""

    name = "notifier"

    def __init__(self) -> None:
        self.on_action: ActionHandler | None = None

    @abstractmethod
    def notify(self, notification: Notification) -> bool:
        """Show it. False (or NotifierError) when this backend cannot; the chain goes on."""

    def notify_all(self, notifications: Sequence[Notification]) -> None:
        """Show reminders due at the same moment: more than MAX_SEPARATE become one
        summary. NotifierError when nothing could show them."""
        if len(notifications) > MAX_SEPARATE:
            if not self.notify(summary_of(notifications)):
                raise NotifierError(f"{self.name} did not show the summary")
            return
        for notification in notifications:
            if not self.notify(notification):
                raise NotifierError(f"{self.name} did not show {notification.title!r}")

    def withdraw(self, key: str) -> None:  # noqa: B027 - optional for backends
        """Take a shown notification back (it was acted upon elsewhere)."""

    def close(self) -> None:  # noqa: B027 - optional for backends
        """Release connections and widgets."""

    def _act(self, key: str, action: Action) -> None:
        if self.on_action is not None:
            self.on_action(key, action)


NotifierFactory = Callable[[], Notifier | None]  # None: not available here


class NotifierChain(Notifier):
    """The first primary that shows a notification wins; the `always` ones show every one."""

    name = "chain"

    def __init__(
        self, primaries: Sequence[NotifierFactory], always: Sequence[Notifier] = ()
    ) -> None:
        super().__init__()
        self._factories = list(primaries)
        self._instances: list[Notifier | None] = [None] * len(self._factories)
        self._always = list(always)
        for notifier in self._always:
            notifier.on_action = self._act

    def _instance(self, index: int) -> Notifier | None:
        notifier = self._instances[index]
        if notifier is None:
            try:
                notifier = self._factories[index]()
            except NotifierError as exc:
                log.info("notifier %d unavailable: %s", index, exc)
                notifier = None
            if notifier is not None:
                notifier.on_action = self._act
            self._instances[index] = notifier
        return notifier

    def notify(self, notification: Notification) -> bool:
        shown = False
        for index in range(len(self._factories)):
            notifier = self._instance(index)
            if notifier is None:
                continue
            try:
                shown = notifier.notify(notification)
            except NotifierError as exc:
                log.warning("%s failed, falling back: %s", notifier.name, exc)
                self._drop(index)
                continue
            if shown:
                break
        for notifier in self._always:
            shown = notifier.notify(notification) or shown
        return shown

    def notify_all(self, notifications: Sequence[Notification]) -> None:
        """The desktop gets one summary for more than MAX_SEPARATE; the `always` ones (the
        window) list each."""
        if len(notifications) <= MAX_SEPARATE:
            for notification in notifications:
                self.notify(notification)
            return
        always, self._always = self._always, []
        try:
            self.notify(summary_of(notifications))
        finally:
            self._always = always
        for notifier in self._always:
            for notification in notifications:
                notifier.notify(notification)

    def withdraw(self, key: str) -> None:
        for notifier in [*self._instances, *self._always]:
            if notifier is not None:
                notifier.withdraw(key)

    def _drop(self, index: int) -> None:
        notifier = self._instances[index]
        self._instances[index] = None
        if notifier is not None:
            notifier.close()

    def close(self) -> None:
        for index in range(len(self._instances)):
            self._drop(index)
        for notifier in self._always:
            notifier.close()
