"""The command line: `permit-tracker` with no command starts the GUI; commands run headless.

Each command lives in a module of this package that defines `register(subparsers)`; the
parser sets `func(args) -> int`. Errors are one line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from permit_tracker import __version__
from permit_tracker.domain.phrase import N_
from permit_tracker.i18n import _

if TYPE_CHECKING:  # imported where used: the desktop app's start needs neither (first paint)
    import argparse
    from datetime import date

    from permit_tracker.storage.store import Store

# Modules that register commands, in the order `--help` lists them.
COMMAND_MODULES = (
    "permit_tracker.cli.exchange",
    "permit_tracker.cli.deadlines",
    "permit_tracker.cli.calendar",
    "permit_tracker.cli.publish",
    "permit_tracker.cli.remind",
    "permit_tracker.cli.backup",
)

EPILOG = N_("""\
examples:
  permit-tracker                               start the desktop app
  permit-tracker --demo                        open a sample family in a temporary store
  permit-tracker deadlines --person "Ana Silva"
  permit-tracker deadlines --json --today 2026-01-15
  permit-tracker export backup.json            everything, in the exchange format
  permit-tracker import backup.json --replace  restore people from such a file
  permit-tracker export-ics deadlines.ics      every deadline, for your calendar

Data lives in a local SQLite file (see --data-dir); nothing is sent over the network
unless you turn on `publish` (your deadlines, to the CalDAV server you name).
Dates are computed from public Belgian rules and are not legal advice.
""")


class CliError(Exception):
    """An error the user can fix; printed as one line, exit code 1."""


def open_store(args: argparse.Namespace) -> Store:
    """The store of `--data-dir` (or the default one). Commands let its StoreError (locked,
    damaged, newer, read-only...) through: `_run` turns it into one line, for all of them."""
    from permit_tracker import paths
    from permit_tracker.cli.language import follow_store
    from permit_tracker.storage.store import Store

    store = Store.open(paths.data_dir(args.data_dir))
    follow_store(store.setting)  # the saved language, unless --lang chose one
    return store


def say(text: str, *, error: bool = False) -> None:
    """Print one line: every control character in it escaped, newlines too (a file name or
    a person's name holding one must not forge a second line). Multi-line outputs (tables,
    listings) pass each data cell through `console.one_line` themselves."""
    from permit_tracker.console import one_line

    print(one_line(text), file=sys.stderr if error else sys.stdout)


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD options such as --today."""
    import argparse
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(date_problem(text)) from None


def date_problem(text: str) -> str:
    """Why `text` is not a YYYY-MM-DD date, naming what is wrong ("February 2026 has no
    30th"), not only the expected shape."""
    import calendar
    import re
    from datetime import date

    from permit_tracker.i18n import current

    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text.strip())
    if match is None:
        return _("{text} is not a date like 2026-01-15 (year-month-day)").format(text=repr(text))
    year, month, day = (int(g) for g in match.groups())
    if not 1 <= month <= 12:
        return _(
            "{text} is not a date: there is no month {month} (months go from 01 to 12)"
        ).format(text=repr(text), month=month)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        if current() == "en":
            name = calendar.month_name[month]
            return (
                f"{text!r} is not a date: {name} {year} has no {_ordinal(day)} (it has {last} days)"
            )
        from permit_tracker.i18n.dates import month_year

        return _("{text} is not a date: {month} has no day {day} (it has {last} days)").format(
            text=repr(text),
            month=month_year(date(year, month, 1)),
            day=day,
            last=last,
        )
    return _("{text} is not a date like 2026-01-15").format(text=repr(text))


def _ordinal(n: int) -> str:
    """English only: "1st", "22nd" (other languages word the sentence without one)."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _common(parser: argparse.ArgumentParser) -> None:
    import argparse

    from permit_tracker.cli.language import add_option

    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,  # so a subcommand does not reset the top-level value
        help=_(
            "where the database lives (default: $PERMIT_TRACKER_DATA_DIR or your user data dir)"
        ),
    )
    add_option(parser)


def build_parser() -> argparse.ArgumentParser:
    import argparse

    class OneLineParser(argparse.ArgumentParser):
        """A usage error is one line (README: errors are one line on stderr), naming --help;
        subcommands' parsers are of the same class."""

        def error(self, message: str) -> NoReturn:
            from permit_tracker.console import one_line

            line = one_line(
                _("{prog}: error: {message} (see: {prog} --help)").format(
                    prog=self.prog, message=message
                )
            )
            self.exit(2, line + "\n")

    parser = OneLineParser(
        prog="permit-tracker",
        description=_("Track your Belgian residence-permit journey and never miss a date."),
        epilog=_(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show program's version number and exit"),
    )
    parser.add_argument("--demo", action="store_true", help=_("open a sample family (GUI)"))
    _common(parser)
    parser.set_defaults(data_dir=None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(sub, _common)
    return parser


def gui_options(argv: Sequence[str]) -> tuple[str | None, bool] | None:
    """(data dir, demo) when `argv` only starts the desktop app, else None.

    The desktop app's start-up path, kept short: `[--demo] [--data-dir DIR | --data-dir=DIR]`
    are read without argparse nor the command modules (≈ 5 ms, a twentieth of a bare Qt
    window's start). Anything else (a command, --help, --version, a mistake) returns None and
    goes to the full parser, which lists every command and words its errors."""
    data_dir: str | None = None
    demo = False
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--demo":
            demo = True
        elif arg == "--data-dir" and rest and not rest[0].startswith("-"):
            data_dir = rest.pop(0)
        elif arg.startswith("--data-dir=") and len(arg) > len("--data-dir="):
            data_dir = arg.removeprefix("--data-dir=")
        else:
            return None
    return data_dir, demo


def main(argv: Sequence[str] | None = None) -> int:
    """The `permit-tracker` program. Called with `argv=None` (the installed script,
    `python -m`), it also makes every file the process creates private (umask 077): the
    writers make their files 0600 themselves; this covers what they do not control
    (Qt's lock file, SQLite's journal, a library's temporary file)."""
    if argv is None:
        import os

        os.umask(0o077)
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui = gui_options(arguments)
    if gui is not None:
        return _run_gui(gui)
    from permit_tracker.console import install

    console = install()  # every line printed from here on is escaped and cannot crash
    exited: SystemExit | None = None
    try:
        code = _run_command(arguments)
    except SystemExit as exc:  # argparse: --help, --version, a usage error (printed)
        exited = exc
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    finally:
        console.restore()
    if code is None:  # no command: the desktop app, with the streams it had
        return _run_gui(_gui_args)
    out = console.out
    if out.failure is not None and not out.reader_left():
        # A full disk or a closed stdout: the command ran; say that its output is lost.
        done = "the command ran, but its output" if code == 0 else "the output"
        _error(console, f"{done} could not be written: {_reason(out.failure)}")
        code = code or 1
    if exited is not None:
        raise SystemExit(code)
    return code


_gui_args: tuple[str | None, bool] = (None, False)


def _run_gui(gui: tuple[str | None, bool]) -> int:
    from permit_tracker.ui.shell.main import run_gui  # Qt only when the GUI is wanted

    return run_gui(data_dir=gui[0], demo=gui[1])


def _run_command(arguments: list[str]) -> int | None:
    """Parse and run a command: its exit code, or None when the GUI is wanted."""
    global _gui_args
    from permit_tracker.cli import language
    from permit_tracker.paths import DataDirError

    try:
        language.start(arguments)  # the parser and its --help speak the chosen language
        _check_text(arguments)
        args = build_parser().parse_args(arguments)
        if args.command is None:
            _gui_args = args.data_dir, args.demo
            return None
        return _run(args)
    except (CliError, DataDirError) as exc:
        say(_("permit-tracker: error: {message}").format(message=exc), error=True)
        return 1
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    """Run the parsed command. A StoreError from any of them (the store cannot be opened, read
    or written) is the user's to fix, like a CliError: one line, exit code 1."""
    try:
        return int(args.func(args))
    except Exception as exc:
        from permit_tracker.storage.errors import StoreError  # loaded when something failed

        if isinstance(exc, StoreError):
            raise CliError(str(exc)) from exc
        raise


def _check_text(arguments: list[str]) -> None:
    """Refuse an argument no file name, name or terminal can use: a NUL, or a lone
    surrogate that is not the stand-in for an undecodable byte of a file name (those pass).
    A real command line holds neither; `main([...])` called from Python can."""
    import os

    for number, argument in enumerate(arguments, start=1):
        try:
            if "\x00" in argument:  # no file name or name can hold one (os calls refuse it)
                raise UnicodeError("NUL")
            os.fsencode(argument)
        except UnicodeError:
            raise CliError(
                _(
                    "argument {number} ({argument}) is not valid text: it holds a lone "
                    "surrogate or a NUL character"
                ).format(number=number, argument=repr(argument))
            ) from None


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _error(console: object, text: str) -> None:
    from permit_tracker.console import one_line

    stream = getattr(console, "err", None)
    target = stream if stream is not None and stream.failure is None else None
    if target is not None:
        target.write(f"permit-tracker: error: {one_line(text)}\n")
        target.flush()
