"""Desktop notifications over D-Bus (org.freedesktop.Notifications), with jeepney.

QtDBus cannot send the `u` (uint32) argument `Notify` needs, so this talks D-Bus itself.
Sending blocks for at most `timeout` seconds. Replies to the buttons (ActionInvoked) and
closings (NotificationClosed) arrive on the same socket: an event loop watches `fileno()`
and calls `process_events()`, which never blocks (the GUI uses a QSocketNotifier; the CLI
sends without buttons because nobody would be listening once it exits).
"""

from __future__ import annotations

import logging
import os
from collections import deque
from html import escape
from pathlib import Path
from typing import Any, Final

from permit_tracker import APP_ID, APP_NAME
from permit_tracker.reminders.notifier import (
    ACTION_LABELS,
    SUMMARY_KEY,
    Action,
    Notification,
    Notifier,
    NotifierError,
    action_label,
    one_line,
)

log = logging.getLogger(__name__)

BUS_NAME: Final = "org.freedesktop.Notifications"
OBJECT_PATH: Final = "/org/freedesktop/Notifications"
INTERFACE: Final = "org.freedesktop.Notifications"
DEFAULT_ACTION: Final = "default"  # the spec's name for a click on the notification itself
ICON_PNG: Final = "icons/app-notification.png"  # app.svg rendered at 128 px
URGENCY_NORMAL: Final = 1
URGENCY_CRITICAL: Final = 2


def icon_file() -> Path | None:
    """The app icon as a PNG file (every server reads PNG), from a source tree, a wheel or a
    bundle; None when it is missing, and inside a Flatpak, whose files the host's server
    cannot read (there the exported theme icon, named APP_ID, is found instead)."""
    import sys

    import permit_tracker
    from permit_tracker.reminders.autostart import in_flatpak

    if in_flatpak():
        return None

    package = Path(permit_tracker.__file__).resolve().parent
    roots = [package / "resources", package.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.insert(0, Path(bundle) / "permit_tracker" / "resources")
    for root in roots:
        path = root / ICON_PNG
        if path.is_file():
            return path
    return None


def session_bus_address() -> str | None:
    """$DBUS_SESSION_BUS_ADDRESS, else the systemd per-user bus socket (cron jobs run
    without the variable, but the user's bus is still there while they are logged in)."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        return address
    if hasattr(os, "getuid"):
        socket_path = Path(f"/run/user/{os.getuid()}/bus")
        if socket_path.exists():
            return f"unix:path={socket_path}"
    return None


class DBusNotifier(Notifier):
    name = "dbus"

    def __init__(
        self,
        *,
        address: str | None = None,
        with_actions: bool = True,
        timeout: float = 3.0,
        app_name: str = APP_NAME,
    ) -> None:
        """Connects and asks the server what it can do; NotifierError when there is no
        session bus or no notification server on it."""
        super().__init__()
        try:
            from jeepney import DBusAddress, MatchRule, message_bus
            from jeepney.io.blocking import open_dbus_connection
        except ImportError as exc:  # jeepney is a Linux-only dependency
            raise NotifierError("jeepney is not installed") from exc
        address = address or session_bus_address()
        if address is None:
            raise NotifierError("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
        self._timeout = timeout
        self._app_name = app_name
        self._target = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
        try:
            self._conn = open_dbus_connection(address, auth_timeout=timeout)
        except (OSError, RuntimeError, ValueError) as exc:
            raise NotifierError(f"cannot connect to the session bus: {exc}") from exc
        try:
            self.capabilities = frozenset(self._call("GetCapabilities", "", ())[0])
            self.server = self._call("GetServerInformation", "", ())
        except NotifierError:
            self._conn.close()
            raise
        self.supports_actions = with_actions and "actions" in self.capabilities
        self._ids: dict[int, str] = {}  # notification id -> reminder key
        self._by_key: dict[str, int] = {}
        self._closed = False
        # Signals that arrive while we wait for a reply are queued here by jeepney.
        self._signals: deque[Any] = deque()
        rule = MatchRule(type="signal", interface=INTERFACE, path=OBJECT_PATH)
        self._filter = self._conn.filter(rule, queue=self._signals)
        if self.supports_actions:
            try:
                self._conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=timeout)
            except (OSError, TimeoutError) as exc:
                self.close()
                raise NotifierError(f"cannot listen to notification signals: {exc}") from exc

    def _call(self, method: str, signature: str, args: tuple[Any, ...]) -> Any:
        from jeepney import DBusErrorResponse, new_method_call
        from jeepney.wrappers import unwrap_msg

        message = new_method_call(self._target, method, signature or None, args)
        try:
            reply = self._conn.send_and_get_reply(message, timeout=self._timeout)
            return unwrap_msg(reply)
        except DBusErrorResponse as exc:
            raise NotifierError(f"{method} failed: {exc.name}: {exc.data}") from exc
        except (OSError, TimeoutError) as exc:
            raise NotifierError(f"{method} failed: {exc!r}") from exc

    def fileno(self) -> int:
        return int(self._conn.sock.fileno())

    def notify(self, notification: Notification) -> bool:
        body = notification.body
        if "body-markup" in self.capabilities:
            body = escape(body, quote=False)
        urgency = URGENCY_CRITICAL if notification.urgent else URGENCY_NORMAL
        hints: dict[str, tuple[str, Any]] = {
            "desktop-entry": ("s", APP_ID),
            "urgency": ("y", urgency),
        }
        image = icon_file()
        if image is not None:  # the theme may not know APP_ID (run from source or pip)
            hints["image-path"] = ("s", image.as_uri())
        actions = self._actions(notification)
        replaces = self._by_key.get(notification.key, 0)  # a snoozed one replaces itself
        (notification_id,) = self._call(
            "Notify",
            "susssasa{sv}i",
            (
                self._app_name,
                replaces,
                APP_ID,
                one_line(notification.title),
                body,
                actions,
                hints,
                -1,
            ),
        )
        self._remember(int(notification_id), notification.key)
        self.process_events()  # signals queued while we waited for the reply
        return True

    def _actions(self, notification: Notification) -> list[str]:
        """The buttons: "default" (a click on the notification; servers that draw it as a
        button label it Open) opens the app, so Open is not repeated as a button of its own.
        A summary of several has only that one."""
        if not self.supports_actions:
            return []
        actions = [DEFAULT_ACTION, action_label(Action.OPEN)]
        if notification.key != SUMMARY_KEY:
            for action in ACTION_LABELS:
                if action is not Action.OPEN:
                    actions += [action.value, action_label(action)]
        return actions

    def _remember(self, notification_id: int, key: str) -> None:
        old = self._by_key.get(key)
        if old is not None:
            self._ids.pop(old, None)
        self._ids[notification_id] = key
        self._by_key[key] = notification_id

    def _forget(self, notification_id: int) -> str | None:
        key = self._ids.pop(notification_id, None)
        if key is not None:
            self._by_key.pop(key, None)
        return key

    def withdraw(self, key: str) -> None:
        notification_id = self._by_key.get(key)
        if notification_id is None or self._closed:
            return
        try:
            self._call("CloseNotification", "u", (notification_id,))
        except NotifierError as exc:
            log.info("could not close notification %d: %s", notification_id, exc)
        self._forget(notification_id)

    def process_events(self) -> None:
        """Handle every message already received or readable now; never blocks."""
        if self._closed:
            return
        while True:
            while self._signals:
                self._handle(self._signals.popleft())
            try:
                self._conn.recv_messages(timeout=0)  # fills self._signals via the filter
            except TimeoutError:
                return
            except OSError as exc:  # the bus went away; the chain will reconnect next time
                log.warning("lost the D-Bus connection: %s", exc)
                self.close()
                return

    def _handle(self, message: Any) -> None:
        from jeepney import HeaderFields

        member = message.header.fields.get(HeaderFields.member)
        if member == "ActionInvoked":
            notification_id, action_key = message.body
            key = self._ids.get(int(notification_id))
            if key is None:
                return  # another application's notification
            if action_key == DEFAULT_ACTION:
                self._act(key, Action.OPEN)
            elif action_key in Action.__members__.values():
                self._act(key, Action(action_key))
        elif member == "NotificationClosed":
            self._forget(int(message.body[0]))

    @property
    def shown_keys(self) -> list[str]:
        return list(self._by_key)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._filter.close()
        self._conn.close()
