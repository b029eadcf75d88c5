"""Publishing to a CalDAV calendar from the desktop app (opt-in), in the background.

`install(window, controller)` (after the filled window has painted) sets up one `Publisher`:

- it runs at start, after every saved change (debounced: edits in a row make one run), after
  a reminder or publishing setting changes, and once a day;
- the job is prepared on the GUI thread (the store is not shared between threads), the
  network part runs on a worker thread (`threading`, daemon: quitting never waits for a
  slow server), and the outcome is recorded back on the GUI thread;
- a failure is one line in Preferences ▸ Calendar and in the status bar, never a dialog;
  it is retried with back-off (1, 2, 4... minutes, at most hourly); changes made meanwhile
  wait for that retry rather than hammer a server that is down; "Publish now" does not wait.

With publishing off nothing of `caldav`, `keyring` or the publish job is imported, and no
timer runs. A password typed in Preferences when there is no keyring is kept in memory for
this session only (`session_password`).
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from permit_tracker.publish.config import ConfigError, PublishConfig, load
from permit_tracker.setting_keys import CONFIG_SETTING
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.qt_garbage import collect_qt_garbage

if TYPE_CHECKING:
    from permit_tracker.publish.job import Outcome, PublishJob
    from permit_tracker.ui.preferences.preferences_dialog import PreferencesDialog

DEBOUNCE_MS = 3_000
DAILY_MS = 24 * 3600 * 1000
FIRST_RETRY_MS = 60_000
MAX_RETRY_MS = 3600 * 1000
REFRESH_PREFIXES = ("reminders.", CONFIG_SETTING)


@dataclass(frozen=True, slots=True)
class Status:
    text: str  # one line; "" when publishing is off
    kind: str  # "ok", "warning" or "error" (ui.messages colours), "" when off
    running: bool = False


class _Relay(QObject):
    """Carries a worker's outcome to the GUI thread (a queued signal)."""

    done = Signal(object, object)  # job, Outcome | str (a line: no password, keyring failed)


class Publisher(QObject):
    status_changed = Signal(object)  # Status

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent or controller)
        self._controller = controller
        self.session_password: str | None = None  # typed, no keyring to keep it in
        self.status = Status("", "")
        self._running = False
        self._again = False
        self._remove_next = False
        self._retry_ms = 0
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self.publish_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.publish_now)
        self._daily = QTimer(self)
        self._daily.setInterval(DAILY_MS)
        self._daily.timeout.connect(self.publish_now)
        controller.changed.connect(self.schedule)
        controller.setting_changed.connect(self._on_setting)

    def config(self) -> PublishConfig:
        return load(self._controller.setting)

    def enabled(self) -> bool:
        return self.config().enabled

    # -- when ----------------------------------------------------------------------------
    def _on_setting(self, key: str) -> None:
        if key == CONFIG_SETTING:
            self._retry.stop()  # new settings: no reason to wait for the old back-off
            self._retry_ms = 0
        if key.startswith(REFRESH_PREFIXES):
            self.schedule()

    def schedule(self, delay_ms: int | None = None) -> None:
        """Publish after `delay_ms` (default DEBOUNCE_MS) of quiet; when off, nothing, and
        every timer stopped."""
        if not self.enabled():
            for timer in (self._debounce, self._retry, self._daily):
                timer.stop()
            self._set_status(Status("", ""))
            return
        if not self._daily.isActive():
            self._daily.start()
        if self._retry.isActive():
            return  # failing: the retry will publish the latest state
        self._debounce.start(DEBOUNCE_MS if delay_ms is None else delay_ms)

    # -- a run ---------------------------------------------------------------------------
    def publish_now(self) -> None:
        self._debounce.stop()
        self._retry.stop()
        if not self.enabled():
            return self.schedule()
        return self._start(remove=False)

    def remove_published(self) -> None:
        """Delete every event this store published (publishing turned off with "remove")."""
        self._debounce.stop()
        self._retry.stop()
        self._start(remove=True)

    def _start(self, remove: bool) -> None:
        if self._running:
            self._again = True
            self._remove_next = self._remove_next or remove
            return None
        from permit_tracker.publish.job import prepare
        from permit_tracker.reminders.plan import plan_from_settings
        from permit_tracker.storage.errors import StoreError

        try:
            job = prepare(
                self._controller.store,
                self._controller.today(),
                plan_from_settings(self._controller.setting),
                remove=remove,
            )
        except ConfigError as exc:  # the user must fix it: no retry
            return self._set_status(Status(str(exc), "error"))
        except StoreError as exc:
            return self._failed(str(exc))
        self._running = True
        self._set_status(Status(self.status.text or self.tr("Publishing…"), self.status.kind, True))
        session = self.session_password
        collect_qt_garbage()
        threading.Thread(
            target=_work, args=(self._relay, job, session), name="caldav-publish", daemon=True
        ).start()
        return None

    def _finished(self, job: PublishJob, outcome: Outcome | str) -> None:
        from permit_tracker.publish.job import forget_state, record
        from permit_tracker.storage.errors import StoreError

        self._running = False
        if isinstance(outcome, str):
            self._failed(outcome, retry=False)
        else:
            try:
                record(self._controller.store, job, outcome)
                if job.remove and outcome.ok:
                    forget_state(self._controller.store.set_setting)
            except StoreError as exc:
                self._failed(str(exc))
            else:
                if job.remove and outcome.ok:
                    count = outcome.deleted
                    deleted = (  # 1 apart: English has no translation file to pick "event"
                        self.tr("1 published event deleted")
                        if count == 1
                        else self.tr("%n published events deleted", "", count)
                    )
                    self._set_status(Status(deleted, "ok"))
                elif outcome.ok:
                    self._retry_ms = 0
                    when = datetime.now().strftime("%H:%M")
                    line = self.tr("{result} (at {time})").format(
                        result=self.outcome_text(outcome), time=when
                    )
                    self._set_status(Status(line, "ok"))
                else:
                    self._failed(outcome.line())
        if self._again:
            self._again = False
            if self._remove_next:
                self._remove_next = False
                self.remove_published()
            else:
                self.schedule()

    def outcome_text(self, outcome: Outcome) -> str:
        """A run that went through, in the window's language: worded here from the counts
        (Outcome.line is the command line's English). A failure's line stays the server's or
        the network's own words."""
        if not outcome.ok or outcome.dry_run:
            return outcome.line()
        changes = [
            text
            for count, text in (
                (outcome.created, self.tr("%n created", "", outcome.created)),
                (outcome.updated, self.tr("%n updated", "", outcome.updated)),
                (outcome.deleted, self.tr("%n deleted", "", outcome.deleted)),
            )
            if count
        ]
        return self.tr("%n event(s) in “{calendar}”: {changes}", "", len(outcome.published)).format(
            calendar=outcome.calendar,
            changes=", ".join(changes) if changes else self.tr("already up to date"),
        )

    def _failed(self, line: str, retry: bool = True) -> None:
        if retry and self.enabled():
            self._retry_ms = min(MAX_RETRY_MS, self._retry_ms * 2 or FIRST_RETRY_MS)
            self._retry.start(self._retry_ms)
            minutes = self._retry_ms // 60_000
            line = self.tr("{problem}; trying again in {minutes} min").format(
                problem=line, minutes=minutes
            )
        self._set_status(Status(line, "error"))

    def retry_in_ms(self) -> int | None:
        """When the next retry runs, while failing (for tests and the status line)."""
        return self._retry.remainingTime() if self._retry.isActive() else None

    def _set_status(self, status: Status) -> None:
        if status != self.status:
            self.status = status
            self.status_changed.emit(status)

    # -- Preferences ▸ Calendar ----------------------------------------------------------
    def add_section(self, dialog: PreferencesDialog) -> None:
        """Preferences ▸ Calendar (the owner hands this to each dialog)."""
        from permit_tracker.ui.preferences.preferences_caldav import CalendarPage

        CalendarPage.attach(dialog, self._controller, self)


def _work(relay: _Relay, job: PublishJob, session_password: str | None) -> None:
    """On the worker thread: the password, then the network. Never touches the store."""
    from permit_tracker.publish import password

    try:
        secret = password.lookup(job.url, job.user) or session_password
    except password.KeyringFailed as exc:
        return _emit(relay, job, str(exc))
    if secret is None:
        missing = QCoreApplication.translate(
            "Publisher", "no password for the CalDAV server: enter it in Preferences ▸ Calendar"
        )
        return _emit(relay, job, missing)
    from permit_tracker.publish.caldav_sync import run

    return _emit(relay, job, run(job, secret))


def _emit(relay: _Relay, job: PublishJob, outcome: Outcome | str) -> None:
    # The window may have closed meanwhile (the app quitting): nobody is left to tell.
    with contextlib.suppress(RuntimeError):
        relay.done.emit(job, outcome)


class StatusLine(QLabel):
    """The publishing line in the window's status bar; hidden while publishing is off."""

    def __init__(self, publisher: Publisher, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("caldavStatus")
        self._window = window
        self._added = False
        self.hide()
        publisher.status_changed.connect(self.show_status)
        self.show_status(publisher.status)

    def show_status(self, status: Status) -> None:
        from permit_tracker.ui.widgets.messages import message_color

        text = self.tr("Calendar: {status}").format(status=status.text) if status.text else ""
        if status.running and status.kind != "error":
            text = self.tr("Calendar: publishing…")
        self.setText(text)
        self.setToolTip(status.text)
        colour = message_color(self, status.kind) if status.kind in ("error", "warning") else ""
        self.setStyleSheet(f"color: {colour};" if colour else "")
        if text and not self._added:
            self._window.statusBar().addPermanentWidget(self, 1)
            self._added = True
        if self._added:  # the status bar is there for this line only: gone with it
            self.setVisible(bool(text))
            self._window.statusBar().setVisible(bool(text))


def install(window: QMainWindow, controller: Controller) -> Publisher:
    """The publisher and its status line in `window`; a first run if enabled. (Its page in
    Preferences, `add_section`, is handed to each dialog by the app's owner.)"""
    publisher = Publisher(controller, window)
    StatusLine(publisher, window)  # the window's child: found with findChild(StatusLine)
    publisher.schedule(0)
    return publisher
