"""Publishing the deadlines to a CalDAV calendar: opt-in, off by default.

- config: what the user chose (server, user, calendar, people and kinds), kept in the store
  setting "caldav.publish"; the URL rules (HTTPS, or plain HTTP to a loopback address only).
- password: the password in the system keyring (`keyring`), or $PERMIT_TRACKER_CALDAV_PASSWORD.
- job: a publish run as plain data, prepared from an open store (events rendered by the
  .ics export's own code, calendar/export.render_events), and its outcome recorded back.
- caldav_sync: the network part, the only module that imports `caldav`.

Nothing here opens a socket or imports `caldav` or `keyring` at package import, so the
desktop app starts without them, and a store where publishing is off never loads them.
"""
