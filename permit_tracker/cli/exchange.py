"""`permit-tracker import` and `permit-tracker export`: the exchange format on the command line."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from permit_tracker import paths
from permit_tracker.cli import CliError

if TYPE_CHECKING:
    from permit_tracker.storage.damage import Damage
    from permit_tracker.storage.exchange import ImportResult

IMPORT_EPILOG = """\
examples:
  permit-tracker import family.json            add the people in family.json
  permit-tracker import backup.json --replace  make the store exactly the file's people
  some-script | permit-tracker import -        read the document from standard input

The whole file is checked first; if anything is wrong nothing is imported, and the
message names the person and the field.
"""

EXPORT_EPILOG = """\
examples:
  permit-tracker export backup.json    everyone, in the exchange format (format 1)
  permit-tracker export - | jq .       print to standard output

The file is written atomically and readable by you only: it holds personal data.
"""


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    imp = subparsers.add_parser(
        "import",
        help="add (or with --replace, restore) people from an exchange-format JSON file",
        description="Import people from a JSON file in the exchange format.",
        epilog=IMPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("file", metavar="FILE.json", help="the file to read, or - for stdin")
    imp.add_argument(
        "--replace",
        action="store_true",
        help="replace everyone in the store by the file's people (a backup is taken first); "
        "a person without an id keeps the stored id of the person with the same name",
    )
    common(imp)
    imp.set_defaults(func=run_import)

    exp = subparsers.add_parser(
        "export",
        help="write everyone to a JSON file in the exchange format",
        description="Export every person to a JSON file in the exchange format.",
        epilog=EXPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    exp.add_argument("file", metavar="FILE.json", help="the file to write, or - for stdout")
    common(exp)
    exp.set_defaults(func=run_export)


@contextlib.contextmanager
def _errors_as_cli_errors() -> Iterator[None]:
    from permit_tracker.storage import StoreError
    from permit_tracker.storage.exchange import ExchangeError

    try:
        yield
    except (StoreError, ExchangeError) as exc:
        raise CliError(str(exc)) from exc


def _read(name: str) -> str:
    try:
        if name == "-":
            return sys.stdin.buffer.read().decode("utf-8")
        return Path(name).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CliError(f"{name} is not UTF-8 text, so not an exchange file") from None
    except OSError as exc:
        raise CliError(f"cannot read {name}: {exc.strerror or exc}") from None


def run_import(args: argparse.Namespace) -> int:
    from permit_tracker.storage import Store
    from permit_tracker.storage.backups import make_backup
    from permit_tracker.storage.exchange import ExchangeError, import_people, parse

    text = _read(args.file)
    try:
        people = parse(text)
    except ExchangeError as exc:
        source = "standard input" if args.file == "-" else args.file
        raise CliError(f"{source}: {exc}; nothing was imported") from exc
    data_dir = paths.data_dir(args.data_dir)
    with _errors_as_cli_errors(), Store.open(data_dir) as store:
        backup = None
        if store.people():  # every import into a store with people keeps a copy first
            try:
                backup = make_backup(store.path, paths.backups_dir(data_dir), "before-import")
            except OSError as exc:
                raise CliError(
                    f"cannot back up the store before importing: {exc.strerror or exc}; "
                    "nothing was imported"
                ) from exc
        try:
            result = import_people(store, people, replace=args.replace)
        except ExchangeError as exc:
            raise CliError(f"{exc}; nothing was imported") from exc
    print(_summary(result))
    if backup is not None:
        print(f"the previous content is kept in {backup}")
    return 0


def _summary(result: ImportResult) -> str:
    parts = [f"imported {result.imported} {'person' if result.imported == 1 else 'people'}"]
    if result.added:
        parts.append(f"added: {', '.join(result.added)}")
    if result.replaced:
        parts.append(f"replaced: {', '.join(result.replaced)}")
    if result.removed:
        parts.append(f"removed (not in the file): {', '.join(result.removed)}")
    return "; ".join(parts)


def run_export(args: argparse.Namespace) -> int:
    from permit_tracker.storage import Store
    from permit_tracker.storage.exchange import dumps

    with _errors_as_cli_errors(), Store.open(paths.data_dir(args.data_dir)) as store:
        people = store.people()
        damage = store.damage()
    for line in damage_warning(damage):
        print(f"permit-tracker: warning: {line}", file=sys.stderr)
    text = dumps(people)
    if args.file == "-":
        try:
            sys.stdout.buffer.write(text.encode("utf-8"))  # UTF-8 whatever the locale says
            sys.stdout.flush()
        except BrokenPipeError:  # `export - | head`: the reader left, which is fine
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    target = Path(args.file)
    try:
        write_atomically(target, text)
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror or exc}") from None
    print(f"exported {len(people)} {'person' if len(people) == 1 else 'people'} to {target}")
    return 0


def damage_warning(damage: Sequence[Damage]) -> list[str]:
    """Lines for stderr when stored values cannot be read: the export carries them as
    unknown (#13 item 5), the user must know which."""
    if not damage:
        return []
    from permit_tracker.storage.damage import summary

    n = len(damage)
    head = (
        f"{n} stored value{'s' if n > 1 else ''} cannot be read and {'were' if n > 1 else 'was'}"
        " exported as unknown (everything else is exported):"
    )
    return [head, *summary(damage, limit=20)]


def write_atomically(target: Path, text: str) -> None:
    """Write `text` to `target` via a 0600 temporary file in the same directory and a rename:
    a reader sees the old file or the new one, never half of it."""
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as tmp:
            tmp.write(text)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
