"""The command line's language (docs/translating.md): `--lang` > the saved preference (read once a
command opens the store) > the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) > English.

`--lang` is read before argparse runs (`requested`), because the parser itself, its `--help`
and its errors are built in the chosen language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from permit_tracker.i18n import gettext, ngettext, use
from permit_tracker.i18n.language import LANGUAGES, SETTING, SYSTEM, choose

OPTION = "--lang"
_chosen: dict[str, str | None] = {"cli": None}


def requested(arguments: Sequence[str]) -> str | None:
    """The value of the last `--lang X` / `--lang=X` among `arguments` (before a lone "--"),
    as typed; argparse checks it later against LANGUAGES."""
    found: str | None = None
    for i, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument == OPTION and i + 1 < len(arguments):
            found = arguments[i + 1]
        elif argument.startswith(OPTION + "="):
            found = argument.removeprefix(OPTION + "=")
    return found


def start(arguments: Sequence[str]) -> str:
    """Choose the language from `--lang` and the environment, before the parser is built."""
    cli = requested(arguments)
    _chosen["cli"] = cli if cli in LANGUAGES else None
    _translate_argparse()
    return use(choose(cli=_chosen["cli"]))


def follow_store(setting: Any) -> str:
    """Once a command has the store: the saved preference (`ui.language`), unless `--lang`
    was given. `setting` is `Store.setting`."""
    if _chosen["cli"] is not None:
        return use(_chosen["cli"])
    try:
        preference = setting(SETTING, SYSTEM)
    except Exception:  # a damaged settings table must not stop a command over its words
        preference = SYSTEM
    return use(choose(preference=preference if isinstance(preference, str) else SYSTEM))


def _translate_argparse() -> None:
    """argparse words its own parts ("usage:", "show this help message and exit", its
    errors) with the process-wide gettext domain; point it at our catalogue, so `--help` is
    in one language. Its messages are in our catalogue (cli/argparse_words.py)."""
    import argparse

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def add_option(parser: Any) -> None:
    """`--lang` on a parser (the top level and every command, so it may come anywhere)."""
    import argparse

    from permit_tracker.i18n import _

    parser.add_argument(
        OPTION,
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=_(
            "the language of the output: en, fr, nl or de (default: the language saved in "
            "Preferences, else $LANGUAGE / $LC_ALL / $LC_MESSAGES / $LANG, else English)"
        ),
    )
