"""Calendar export: deadlines as an RFC 5545 .ics file that calendar apps accept.

- options.ExportOptions: which people (ids) and kinds, alarms on/off, notes in or out.
- export.render_calendar(deadlines, options, stamp, sequences, notes, plan) -> (text, map):
  the only module that imports `ics`; its docstring lists the ics 0.7 workarounds.
- files.write_calendar(path, text), files.CalendarWriteError: atomic write.
- live.write_live_calendar(...): the file kept current after every change.
- actions: the same on an open store (export_to_file, refresh_live_calendar, settings keys).

Nothing here imports `ics` at package import, so the GUI starts without it.
"""
