"""`permit-tracker deadlines`: every deadline and milestone, as a table or as JSON."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from datetime import date

from permit_tracker.cli import CliError, iso_date, open_store
from permit_tracker.domain.deadline import Deadline
from permit_tracker.domain.explain import amount_of
from permit_tracker.domain.model import Person
from permit_tracker.domain.phrase import N_
from permit_tracker.i18n import _, current, deadline_text
from permit_tracker.i18n.deadline_json import as_json
from permit_tracker.rules.ruleset import LEGAL_NOTICE, Rule, Ruleset

__all__ = ["as_json", "format_table", "register", "run"]

DESCRIPTION = N_("""\
List every deadline and milestone of the people in the store: overdue first, then by date.
Each row names the rule that produced it; --json adds each rule's source and an explanation.
Dates are computed from public Belgian rules (editable in Preferences) and are not legal
advice.""")

EPILOG = N_("""\
examples:
  permit-tracker deadlines                          everyone, as a table
  permit-tracker deadlines --person "Ana Silva"     one person
  permit-tracker deadlines --json --today 2026-01-15

JSON: an array of objects with person, person_id, kind, subject (card-1, absence-2, move-1,
provisional-1, application-1, police_clearance-1... or empty), date (ISO or null), status
(done, overdue, due_soon, upcoming, info), days_left, title, rule (ruleset key), source,
explanation, flag (Sunday or public holiday, or null), milestone (true for a window's
opening, an eligibility date or an expected decision) and facts (the numbers and dates
behind the row, e.g. rule_value, arrival, application). title, explanation and flag are in
the chosen language (--lang); every other value is a code, a date or a number.""")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    parser = sub.add_parser(
        "deadlines",
        help=_("list deadlines and milestones (table, or --json)"),
        description=_(DESCRIPTION),
        epilog=_(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--json", action="store_true", help=_("print a JSON array"))
    parser.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=_("compute statuses as of this date (default: today, local time)"),
    )
    parser.add_argument("--person", metavar="NAME", help=_("only this person"))
    common(parser)
    parser.set_defaults(func=run)


def _load(args: argparse.Namespace) -> tuple[list[Person], Ruleset]:
    from permit_tracker.rules.ruleset import RulesetError

    try:
        with open_store(args) as store:
            return store.people(), store.ruleset()
    except RulesetError as exc:
        raise CliError(
            _("the rule values saved in Preferences are invalid: {problem}").format(problem=exc)
        ) from exc


def _choose(people: list[Person], name: str | None) -> list[Person]:
    if name is None:
        return people
    exact = [p for p in people if p.name == name]
    if not exact:  # forgive the case when it names one person only
        exact = [p for p in people if p.name.casefold() == name.casefold()]
    if len(exact) != 1:
        known = ", ".join(sorted(p.name for p in people)) or _("nobody yet")
        raise CliError(
            _("no person named {name} (known: {known})").format(name=repr(name), known=known)
        )
    return exact


def run(args: argparse.Namespace) -> int:
    from permit_tracker.domain.deadlines import all_deadlines

    people, rules = _load(args)
    chosen = _choose(people, args.person)
    today = args.today or date.today()  # the user's local date, computed once at the edge
    rows = all_deadlines(chosen, rules, today)
    if args.json:
        text = json.dumps([as_json(r) for r in rows], indent=2, ensure_ascii=False) + "\n"
    else:
        text = format_table(rows, rules, today, several=len(chosen) > 1)
    _write(text, is_json=args.json)
    return 0


def _write(text: str, *, is_json: bool) -> None:
    """UTF-8 whatever the locale says (console.py: control characters escaped, a reader
    that left or a full disk handled at the command line's boundary)."""
    from permit_tracker.console import escape_controls, json_for_terminal, write_stdout_bytes

    safe = json_for_terminal(text) if is_json else escape_controls(text)
    write_stdout_bytes(safe.encode("utf-8", "backslashreplace"))


# Translators: the status column of `permit-tracker deadlines` (OVERDUE in capitals).
_STATUS = {
    "done": N_("done"),
    "overdue": N_("OVERDUE"),
    "due_soon": N_("due soon"),
    "upcoming": N_("upcoming"),
    "info": N_("info"),
}


def _rule_value(rule: Rule) -> str:
    """ "8 days", "50 %"; English as `Rule.describe` has always printed it ("1 years")."""
    if current() == "en":
        return rule.describe()
    return deadline_text.text(amount_of(rule.value, rule.unit))


def format_table(rows: Sequence[Deadline], rules: Ruleset, today: date, several: bool) -> str:
    """A plain-text table (rows in the engine's order), the rules' sources and the notice."""
    from permit_tracker.console import one_line

    if not rows:
        return (
            _("No deadlines as of {today}: record an arrival date to start.").format(
                today=today.isoformat()
            )
            + "\n"
        )
    # Translators: the column headings of `permit-tracker deadlines`.
    header = [_("date"), _("days"), _("status")]
    header += ([_("person")] if several else []) + [_("what"), _("rule")]
    lines: list[list[str]] = []
    for row in rows:
        flag = deadline_text.flag(row)
        what = deadline_text.title(row) + (f" ({flag})" if flag else "")
        cells = [
            row.date.isoformat() if row.date is not None else "—",
            str(row.days_left) if row.days_left is not None else "",
            _(_STATUS[row.status.value]),
        ]
        cells += [row.person] if several else []
        lines.append([one_line(cell) for cell in [*cells, what, row.rule]])
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]
    days_column = 1

    def render(cells: list[str]) -> str:
        parts = [
            c.rjust(w) if i == days_column else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    out = [render(header), render(["-" * w for w in widths])]
    out.extend(render(line) for line in lines)
    out.append("")
    out.append(_("As of {today}. Rules and their sources:").format(today=today.isoformat()))
    for key in dict.fromkeys(row.rule for row in rows):
        rule = rules[key]
        out.append(
            "  "
            + _("{key}: {value}; {source}; verified {verified}").format(
                key=key,
                value=_rule_value(rule),
                source=deadline_text.rule_citation(rule),
                verified=rule.verified,
            )
        )
    out.append(_(LEGAL_NOTICE))
    return "\n".join(out) + "\n"
