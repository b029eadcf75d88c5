"""The kept-up-to-date calendar file: rewritten after every change while the app runs.

The user picks the file in File → Export to calendar…; a calendar app that subscribes to it
then always shows today's deadlines. Nothing here runs (nor imports `ics`) unless a file
was chosen.
"""

from __future__ import annotations

from permit_tracker.setting_keys import LIVE_PATH_SETTING
from permit_tracker.ui.shell.controller import Controller

REFRESH_PREFIXES = ("reminders.", "calendar.live")


def refresh(controller: Controller) -> None:
    """Rewrite the file now; a write error goes to the window's error banner."""
    store = controller.store
    if not store.setting(LIVE_PATH_SETTING):
        return
    from permit_tracker.calendar.files import CalendarWriteError
    from permit_tracker.storage.errors import StoreError
    from permit_tracker.ui.calendar.calendar_export_dialog import refresh_live_calendar_file

    try:
        refresh_live_calendar_file(store, controller.today())
    except (CalendarWriteError, StoreError) as exc:
        controller.error.emit(str(exc))


def install(controller: Controller) -> None:
    """Refresh on every saved change, undo, redo, reload, new day and reminder setting;
    and once now."""
    controller.changed.connect(lambda: refresh(controller))
    # Alarms follow the reminder plan; a newly chosen file is written at once.
    controller.setting_changed.connect(
        lambda key: refresh(controller) if key.startswith(REFRESH_PREFIXES) else None
    )
    refresh(controller)
