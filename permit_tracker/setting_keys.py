"""Every key of the store's settings table, in one place: the store keeps a JSON value per key,
and several packages (calendar, publish, reminders, ui, cli) read and write the same ones.

A key is part of the saved data: renaming one loses what users stored under the old name.
The comment after each key says what its value holds.
"""

from __future__ import annotations

from typing import Final

# -- rules
RULE_OVERRIDES_KEY: Final = "rules.overrides"  # {rule key: number}, the user's changed values

# -- calendar file (.ics)
SEQUENCES_SETTING: Final = "calendar.sequences"  # SEQUENCE map (calendar/revisions.py)
LIVE_PATH_SETTING: Final = "calendar.live_path"  # the file kept up to date, or None
LIVE_OPTIONS_SETTING: Final = "calendar.live_options"  # its ExportOptions, as JSON
LAST_PATH_SETTING: Final = "calendar.last_path"  # the export dialog's last file

# -- CalDAV publishing
CONFIG_SETTING: Final = "caldav.publish"  # what to publish, and where (publish/config.py)
STATE_SETTING: Final = "caldav.state"  # the events this store put on the server (publish/job.py)

# -- reminders
ENABLED_KEY: Final = "reminders.enabled"  # bool, default True
PAUSED_UNTIL_KEY: Final = "reminders.paused_until"  # ISO instant (UTC) or None
LEAD_DAYS_KEY: Final = "reminders.lead_days"  # {kind: [days, ...]}
TIME_KEY: Final = "reminders.time"  # "HH:MM", local time
DEADLINE_LEADS_KEY: Final = "reminders.deadline_leads"  # {deadline key: [days, ...]}
FIRST_SEEN_KEY: Final = "reminders.first_seen"  # {deadline key: [ISO date, ISO instant seen]}
AUTOSTART_KEY: Final = "reminders.autostart"  # bool: start at login (reminders/autostart.py)
NO_TRAY_NOTICE_KEY: Final = "reminders.no_tray_notice_shown"  # bool: "no tray" notice shown
TRAY_NOTICE_KEY: Final = "reminders.tray_notice_shown"  # bool: "runs on in the tray" shown

# -- window
GEOMETRY_KEY: Final = "ui.geometry"  # the main window's size and place
LANGUAGE_KEY: Final = "ui.language"  # "system", or a language code (window and CLI)
