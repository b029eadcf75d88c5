"""`permit-tracker export-ics FILE`: the deadlines as a calendar file for any calendar app."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from permit_tracker.cli import CliError, iso_date, open_store, say
from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.phrase import N_
from permit_tracker.i18n import _, ngettext

DESCRIPTION = N_("""\
Write every dated deadline as an all-day event, with alarms at your reminder times, to an
.ics file that Google Calendar, Outlook, Apple Calendar, Thunderbird or khal can import.
Importing a newer export updates the events instead of duplicating them. Your trip notes
stay out of the file unless you pass --include-notes. Titles and texts are in the chosen
language (--lang).""")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    parser = sub.add_parser(
        "export-ics",
        help=_("write deadlines to an .ics calendar file"),
        description=_(DESCRIPTION),
    )
    parser.add_argument("file", metavar="FILE", help=_("the .ics file to write (replaced)"))
    parser.add_argument(
        "--person",
        metavar="NAME",
        action="append",
        help=_("only this person (repeat for several; default: everyone)"),
    )
    parser.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in Kind],
        metavar="KIND",
        help=_("only this kind of deadline (repeat for several): {kinds}").format(
            kinds=", ".join(k.value for k in Kind)
        ),
    )
    parser.add_argument("--no-alarms", action="store_true", help=_("leave out the alarms"))
    parser.add_argument(
        "--include-notes", action="store_true", help=_("put your trip notes in the events")
    )
    parser.add_argument(
        "--today", type=iso_date, metavar="YYYY-MM-DD", help=_("compute as of this date")
    )
    common(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: every start of the app builds the parser, the GUI included, and the
    # window's first paint must not wait for the calendar code.
    from permit_tracker.calendar.actions import export_to_file
    from permit_tracker.calendar.files import CalendarWriteError
    from permit_tracker.calendar.options import ExportOptions
    from permit_tracker.reminders.plan import plan_from_settings

    today = args.today or date.today()
    try:
        with open_store(args) as store:
            people = store.people()
            person_ids = None
            if args.person:
                by_name = {p.name: p.id for p in people}
                unknown = [n for n in args.person if n not in by_name]
                if unknown:
                    known = ", ".join(sorted(by_name)) or _("nobody yet")
                    raise CliError(
                        _("no person named {name} (known: {known})").format(
                            name=repr(unknown[0]), known=known
                        )
                    )
                person_ids = {by_name[n] for n in args.person}
            options = ExportOptions(
                people=person_ids,
                kinds=None if not args.kind else {Kind(k) for k in args.kind},
                alarms=not args.no_alarms,
                include_notes=args.include_notes,
            )
            result = export_to_file(
                store, args.file, options, today, plan_from_settings(store.setting)
            )
    except CalendarWriteError as exc:
        raise CliError(str(exc)) from exc
    say(
        ngettext(
            "Wrote {count} event to {path}", "Wrote {count} events to {path}", result.events
        ).format(count=result.events, path=result.path)
    )
    return 0
