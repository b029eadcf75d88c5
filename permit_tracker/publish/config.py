"""What the user chose to publish, and where: the store setting "caldav.publish".

    {"enabled": bool, "url": str, "user": str, "calendar": str (display name),
     "calendar_url": str | None (the calendar found or created for that name),
     "options": ExportOptions.to_json() (people, kinds, alarms, notes)}

The password is never here (see password.py). Readings chosen where the request for
publishing was silent, strictest:
- the URL must be https://, or http:// to a loopback address (127.0.0.0/8, ::1, "localhost")
  with a warning; anything else is refused before a socket is opened;
- the calendar is named by its display name; when the name or the server changes, the
  calendar URL found for the old one is forgotten and looked up (or created) again.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from permit_tracker.calendar.options import ExportOptions, ExportOptionsError
from permit_tracker.setting_keys import CONFIG_SETTING

DEFAULT_CALENDAR = "Permit Tracker"
PASSWORD_ENV = "PERMIT_TRACKER_CALDAV_PASSWORD"


class ConfigError(ValueError):
    """A setting that cannot be used; the message says which and why, in one line."""


@dataclass(frozen=True, slots=True)
class PublishConfig:
    enabled: bool = False
    url: str = ""
    user: str = ""
    calendar: str = DEFAULT_CALENDAR
    calendar_url: str | None = None
    options: ExportOptions = field(default_factory=ExportOptions)

    def to_json(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "url": self.url,
            "user": self.user,
            "calendar": self.calendar,
            "calendar_url": self.calendar_url,
            "options": self.options.to_json(),
        }

    @classmethod
    def from_json(cls, data: Any) -> PublishConfig:
        """The stored config; a damaged one reads as "off" rather than publishing by mistake."""
        if not isinstance(data, dict):
            return cls()
        try:
            options = ExportOptions.from_json(data.get("options") or {})
        except ExportOptionsError:
            return cls()
        text = {k: data.get(k) for k in ("url", "user", "calendar")}
        calendar_url = data.get("calendar_url")
        if not all(isinstance(v, str) for v in text.values()) or not isinstance(
            calendar_url, str | None
        ):
            return cls()
        return cls(
            enabled=data.get("enabled") is True,
            url=text["url"] or "",
            user=text["user"] or "",
            calendar=(text["calendar"] or "").strip() or DEFAULT_CALENDAR,
            calendar_url=calendar_url or None,
            options=options,
        )

    def with_target(self, url: str, user: str, calendar: str) -> PublishConfig:
        """A new server, user or calendar name: the calendar found for the old one is dropped."""
        calendar = calendar.strip() or DEFAULT_CALENDAR
        same = (url, user, calendar) == (self.url, self.user, self.calendar)
        return replace(
            self,
            url=url,
            user=user,
            calendar=calendar,
            calendar_url=self.calendar_url if same else None,
        )

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    def problem(self) -> str | None:
        """Why publishing cannot start with this config, or None."""
        if not self.url:
            return "no CalDAV server URL is set (publish --url URL --user NAME)"
        if not self.user:
            return "no CalDAV user name is set (publish --url URL --user NAME)"
        try:
            check_url(self.url)
        except ConfigError as exc:
            return str(exc)
        return None


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str | None:
    """Raise ConfigError for a URL we will not connect to; return a warning or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a bad port)
    except ValueError as exc:
        raise ConfigError(f"the CalDAV server URL {url!r} is not valid: {exc}") from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigError(
            f"the CalDAV server URL {url!r} must start with https:// and name a server"
        )
    if parts.username or parts.password:
        raise ConfigError(
            "put the user name in its own field, not in the URL (a password there would be "
            "saved in plain text)"
        )
    if parts.scheme == "http":
        if not is_loopback(parts.hostname):
            raise ConfigError(
                f"the CalDAV server URL {url!r} is plain http://: the password and the "
                "deadlines would cross the network unencrypted; use https://"
            )
        return "plain http:// to this machine: fine for a local server, never for a remote one"
    return None


def load(setting: Callable[[str, Any], Any]) -> PublishConfig:
    """The config from a store's `setting(key, default)`."""
    return PublishConfig.from_json(setting(CONFIG_SETTING, None))


def save(set_setting: Callable[[str, Any], object], config: PublishConfig) -> None:
    set_setting(CONFIG_SETTING, config.to_json())
