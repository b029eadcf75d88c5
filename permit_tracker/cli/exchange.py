"""`permit-tracker import` and `permit-tracker export`: the exchange format on the command line."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from permit_tracker import paths
from permit_tracker.cli import CliError, open_store, say
from permit_tracker.domain.phrase import N_
from permit_tracker.i18n import _, ngettext

if TYPE_CHECKING:
    from permit_tracker.storage.damage import Damage
    from permit_tracker.storage.exchange import ImportResult

IMPORT_EPILOG = N_("""\
examples:
  permit-tracker import family.json            add the people in family.json
  permit-tracker import backup.json --replace  make the store exactly the file's people
  some-script | permit-tracker import -        read the document from standard input

The whole file is checked first; if anything is wrong nothing is imported, and the
message names the person and the field.
""")

EXPORT_EPILOG = N_("""\
examples:
  permit-tracker export backup.json    everyone, in the exchange format (format 1)
  permit-tracker export - | jq .       print to standard output

The file is written atomically and readable by you only: it holds personal data.
""")


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    imp = subparsers.add_parser(
        "import",
        help=_("add (or with --replace, restore) people from an exchange-format JSON file"),
        description=_("Import people from a JSON file in the exchange format."),
        epilog=_(IMPORT_EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("file", metavar="FILE.json", help=_("the file to read, or - for stdin"))
    imp.add_argument(
        "--replace",
        action="store_true",
        help=_(
            "replace everyone in the store by the file's people (a backup is taken first); a "
            "person without an id keeps the stored id of the person with the same name"
        ),
    )
    common(imp)
    imp.set_defaults(func=run_import)

    exp = subparsers.add_parser(
        "export",
        help=_("write everyone to a JSON file in the exchange format"),
        description=_("Export every person to a JSON file in the exchange format."),
        epilog=_(EXPORT_EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    exp.add_argument("file", metavar="FILE.json", help=_("the file to write, or - for stdout"))
    common(exp)
    exp.set_defaults(func=run_export)


def _read(name: str) -> str:
    """The text of an import file (or stdin): a regular file, at most MAX_IMPORT_BYTES."""
    from permit_tracker.private_files import read_capped, read_regular_file

    try:
        if name == "-":
            data = read_capped(sys.stdin.buffer, "standard input")
        else:
            data = read_regular_file(Path(name))
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise CliError(
            _("{name} is not UTF-8 text, so not an exchange file").format(name=name)
        ) from None
    except OSError as exc:
        raise CliError(str(exc)) from None


def run_import(args: argparse.Namespace) -> int:
    from permit_tracker.storage.backups import backup_before
    from permit_tracker.storage.exchange import ExchangeError, import_people, parse

    text = _read(args.file)
    try:
        people = parse(text)
    except ExchangeError as exc:
        source = _("standard input") if args.file == "-" else args.file
        raise CliError(
            _("{source}: {problem}; nothing was imported").format(source=source, problem=exc)
        ) from exc
    data_dir = paths.data_dir(args.data_dir)
    with open_store(args) as store:
        backup = None
        with contextlib.ExitStack() as stack:
            if store.people():  # every import into a store with people keeps a copy first
                try:  # removed again if the import is refused: nothing changed
                    backup = stack.enter_context(
                        backup_before(store.path, paths.backups_dir(data_dir), "before-import")
                    )
                except OSError as exc:
                    raise CliError(
                        _(
                            "cannot back up the store before importing: {problem}; nothing was "
                            "imported"
                        ).format(problem=exc.strerror or exc)
                    ) from exc
            try:
                result = import_people(store, people, replace=args.replace)
            except ExchangeError as exc:
                raise CliError(_("{problem}; nothing was imported").format(problem=exc)) from exc
    say(_summary(result))
    if backup is not None:
        say(_("the previous content is kept in {path}").format(path=backup))
    return 0


def _summary(result: ImportResult) -> str:
    parts = [
        ngettext("imported {count} person", "imported {count} people", result.imported).format(
            count=result.imported
        )
    ]
    if result.added:
        parts.append(_("added: {names}").format(names=", ".join(result.added)))
    if result.replaced:
        parts.append(_("replaced: {names}").format(names=", ".join(result.replaced)))
    if result.removed:
        parts.append(
            _("removed (not in the file): {names}").format(names=", ".join(result.removed))
        )
    return "; ".join(parts)


def run_export(args: argparse.Namespace) -> int:
    from permit_tracker.console import json_for_terminal, write_stdout_bytes
    from permit_tracker.private_files import write_private
    from permit_tracker.storage.exchange import dumps

    data_dir = paths.data_dir(args.data_dir)
    if args.file != "-":  # refused before anything is read: the store's own files
        _refuse_store_file(Path(args.file), data_dir)
    with open_store(args) as store:
        people = store.people()
        damage = store.damage()
    for line in damage_warning(damage):
        say(_("permit-tracker: warning: {message}").format(message=line), error=True)
    text = dumps(people)
    if args.file == "-":
        # UTF-8 whatever the locale says; nothing a terminal acts on (the same JSON values)
        write_stdout_bytes(json_for_terminal(text).encode("utf-8", "backslashreplace"))
        return 0
    try:
        target = write_private(
            args.file, text.encode("utf-8", "backslashreplace"), data_dir=data_dir
        )
    except OSError as exc:
        raise CliError(str(exc)) from None
    say(
        ngettext(
            "exported {count} person to {path}", "exported {count} people to {path}", len(people)
        ).format(count=len(people), path=target)
    )
    return 0


def damage_warning(damage: Sequence[Damage]) -> list[str]:
    """Lines for stderr when stored values cannot be read: the export carries them as
    unknown, and the user must know which."""
    if not damage:
        return []
    from permit_tracker.storage.damage import summary

    n = len(damage)
    head = ngettext(
        "{count} stored value cannot be read and was exported as unknown (everything else is "
        "exported):",
        "{count} stored values cannot be read and were exported as unknown (everything else is "
        "exported):",
        n,
    ).format(count=n)
    return [head, *summary(damage, limit=20)]


def _refuse_store_file(target: Path, data_dir: Path) -> None:
    from permit_tracker.private_files import refuse_store_files

    try:
        refuse_store_files(target, data_dir)
    except OSError as exc:
        raise CliError(str(exc)) from None
