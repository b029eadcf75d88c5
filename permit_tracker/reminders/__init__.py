"""Reminders that are never missed: the plan (plan.py), what is due when (due.py, pure),
the service over the store shared by the GUI scheduler and `permit-tracker remind`
(service.py), notifiers (notifier.py, dbus_notifier.py) and start at login (autostart.py).
No Qt here: the Qt driver, tray and banners live in permit_tracker/ui/."""
