"""`permit-tracker restore [BACKUP]` and `permit-tracker backups`: the automatic backups.

Without an argument both list the backups, newest first, with their date, why they were
made and what they hold (read from each file, read-only). `restore N` (a number from that
list) or `restore FILE` (any backup file, e.g. one copied from another machine), or the file
name the list shows in brackets (stable while numbers shift as new backups are taken) makes the
database hold exactly that backup's content; the current database is backed up first.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from permit_tracker import paths
from permit_tracker.cli import CliError, say
from permit_tracker.domain.phrase import N_
from permit_tracker.i18n import _

if TYPE_CHECKING:
    from permit_tracker.storage.backups import BackupInfo, RestoreResult

RESTORE_EPILOG = N_("""\
examples:
  permit-tracker restore            list the backups with their dates and contents
  permit-tracker restore 2          restore the second one in that list
  permit-tracker restore permit-tracker-20260110T090000Z-daily.sqlite3   the same, by name
  permit-tracker restore ~/old-laptop/permit-tracker-20260110T090000Z-daily.sqlite3

Permit Tracker copies its database on the first change of each day (the last 10 are kept)
and before every upgrade, import and restore (the last 5 are kept). Restoring takes a copy
of the current database first, so a restore can itself be undone with another restore.
""")


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    restore = subparsers.add_parser(
        "restore",
        help=_("list the automatic backups, or restore one of them"),
        description=_(
            "List the automatic backups, or restore one (the current data is backed up first)."
        ),
        epilog=_(RESTORE_EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    restore.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help=_("a number from the list, or the path of a backup file"),
    )
    common(restore)
    restore.set_defaults(func=run_restore)

    listing = subparsers.add_parser(
        "backups",
        help=_("list the automatic backups with their dates and contents"),
        description=_("List the automatic backups, newest first, with what each one holds."),
        epilog=_(RESTORE_EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(listing)
    listing.set_defaults(func=run_restore, backup=None)


def one_line_path(path: Path) -> str:
    from permit_tracker.console import one_line

    return one_line(str(path))


def when(info: BackupInfo) -> str:
    return info.created.astimezone().strftime("%Y-%m-%d %H:%M")


def format_listing(backups: list[BackupInfo], backups_dir: Path) -> str:
    if not backups:
        return _(
            "No backups yet in {folder}.\nPermit Tracker makes one on the first change of each "
            "day and before every upgrade, import and restore."
        ).format(folder=one_line_path(backups_dir))
    width = max(len(b.describe_reason()) for b in backups)
    from permit_tracker.console import one_line

    lines = [one_line(_("Backups in {folder}, newest first:").format(folder=backups_dir))]
    for number, info in enumerate(backups, start=1):
        lines.append(
            f"{number:>3}  {when(info)}  {info.describe_reason():<{width}}  "
            + one_line(f"{info.summary()}  [{info.path.name}]")
        )
    lines.append(
        _(
            "Restore one with: permit-tracker restore NUMBER, or its file name in [...] "
            "(numbers shift when a new backup is taken; names do not), or the path of any "
            "backup file"
        )
    )
    return "\n".join(lines)


def _choose(choice: str, backups: list[BackupInfo]) -> Path:
    if choice.isdigit():
        number = int(choice)
        if not 1 <= number <= len(backups):
            if not backups:
                available = _("there are no backups yet")
            elif len(backups) == 1:
                available = _("there is one backup, number 1")
            else:
                available = _("there are {count} backups, numbered 1 to {count}").format(
                    count=len(backups)
                )
            raise CliError(
                _(
                    "there is no backup number {number}: {available} (permit-tracker backups "
                    "lists them)"
                ).format(number=number, available=available)
            )
        return backups[number - 1].path
    by_name = {info.path.name: info.path for info in backups}
    if choice in by_name:  # the name shown in the list: stable, unlike the number
        return by_name[choice]
    path = Path(choice).expanduser()
    if not path.is_file():
        raise CliError(
            _(
                "{choice} is neither a number nor a file name from the list, nor a backup file"
            ).format(choice=choice)
        )
    return path


def run_restore(args: argparse.Namespace) -> int:
    from permit_tracker.storage import Store, StoreError
    from permit_tracker.storage.backups import list_backups

    data_dir = paths.data_dir(args.data_dir)
    backups_dir = paths.backups_dir(data_dir)
    backups = list_backups(backups_dir)
    if args.backup is None:
        print(format_listing(backups, backups_dir))
        return 0
    source = _choose(args.backup, backups)
    try:
        result = restore(data_dir, source)
    except StoreError as exc:
        raise CliError(_("{problem}; the database was not changed").format(problem=exc)) from exc
    try:
        with Store.open(data_dir):  # a backup from an older version is upgraded right away
            pass
    except StoreError as exc:
        raise CliError(_("the backup was restored, but {problem}").format(problem=exc)) from exc
    info = result.restored
    say(
        _("restored the backup of {when} ({why}): {what}").format(
            when=when(info), why=info.describe_reason(), what=info.summary()
        )
    )
    if result.previous is not None:
        say(_("the database as it was before is kept in {path}").format(path=result.previous))
    if result.set_aside is not None:
        say(
            _("the damaged database was kept aside, unchanged, as {path}").format(
                path=result.set_aside
            )
        )
    return 0


def restore(data_dir: Path, source: Path) -> RestoreResult:
    """Restore `source` into `data_dir`'s database, refusing while the app has it open."""
    from permit_tracker.reminders.instance import running_pid
    from permit_tracker.storage.backups import restore_backup
    from permit_tracker.storage.health import set_aside

    pid = running_pid(data_dir)
    if pid is not None:
        raise CliError(
            _(
                "Permit Tracker is open on this data (process {pid}): restore from its File "
                "menu (Restore…), or quit it and try again"
            ).format(pid=pid)
        )
    return restore_backup(
        source, paths.database_path(data_dir), paths.backups_dir(data_dir), set_aside=set_aside
    )
