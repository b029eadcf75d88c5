"""The command line: `permit-tracker` with no command starts the GUI; commands run headless.

Each command lives in a module of this package that defines `register(subparsers)`; the
parser sets `func(args) -> int`. Errors are one line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from datetime import date

from permit_tracker import __version__

# Modules that register commands, in the order `--help` lists them.
COMMAND_MODULES = (
    "permit_tracker.cli.exchange",
    "permit_tracker.cli.deadlines",
    "permit_tracker.cli.calendar",
    "permit_tracker.cli.remind",
    "permit_tracker.cli.backup",
)

EPILOG = """\
examples:
  permit-tracker                               start the desktop app
  permit-tracker --demo                        open a sample family in a temporary store
  permit-tracker deadlines --person "Ana Silva"
  permit-tracker deadlines --json --today 2026-01-15
  permit-tracker export backup.json            everything, in the exchange format
  permit-tracker import backup.json --replace  restore people from such a file
  permit-tracker export-ics deadlines.ics      every deadline, for your calendar

Data lives in a local SQLite file (see --data-dir); nothing is sent over the network.
Dates are computed from public Belgian rules and are not legal advice.
"""


class CliError(Exception):
    """An error the user can fix; printed as one line, exit code 1."""


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD options such as --today."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-01-15") from None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,  # so a subcommand does not reset the top-level value
        help="where the database lives (default: $PERMIT_TRACKER_DATA_DIR or your user data dir)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="permit-tracker",
        description="Track your Belgian residence-permit journey and never miss a date.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="open a sample family (GUI)")
    _common(parser)
    parser.set_defaults(data_dir=None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(sub, _common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from permit_tracker.ui.main import run_gui  # Qt only when the GUI is wanted

        return run_gui(data_dir=args.data_dir, demo=args.demo)
    try:
        return int(args.func(args))
    except CliError as exc:
        print(f"permit-tracker: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
