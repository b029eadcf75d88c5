"""argparse's own words that a user of `permit-tracker` may see, listed for the translation
catalogue (argparse translates them through gettext: cli/language.py points it at ours).
The message ids must stay exactly argparse's (Python 3.11+), placeholders included."""

from __future__ import annotations

from typing import Final

from permit_tracker.domain.phrase import N_

ARGPARSE_WORDS: Final = (
    # Translators: the start of a --help page; keep the trailing space.
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("one of the arguments %s is required"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)
