"""The one renderer of deadline text: a row's title, explanation, flag and the parts of its
"why", in the language in use (`permit_tracker.i18n.use`). The CLI, the JSON output, the
calendar, notifications and the window all call it; nobody re-parses a rendered sentence.

A row the engine made carries its text as data (`Deadline.text`, domain.phrase); a row
written by hand (tests, old callers) has only English strings, shown as they are.
"""

from __future__ import annotations

import datetime
from typing import Final

from permit_tracker.domain.deadline import Deadline
from permit_tracker.domain.explain import citation, with_source
from permit_tracker.domain.phrase import Arg, Term, capitalized, render
from permit_tracker.i18n import dates, gettext, ngettext
from permit_tracker.i18n.vocabulary import term_text
from permit_tracker.rules.ruleset import DEFAULT_RULES, LEGAL_NOTICE, Rule


class _Current:
    """domain.phrase.Language for the language in use: gettext and Babel."""

    def gettext(self, message: str) -> str:
        return gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return ngettext(singular, plural, count)

    def date(self, day: datetime.date) -> str:
        return dates.long_date(day)

    def month(self, day: datetime.date) -> str:
        return dates.short_month_year(day)

    def number(self, value: int) -> str:
        return dates.number(value)

    def term(self, term: Term) -> str:
        return term_text(term)


LANGUAGE: Final = _Current()


def text(value: Arg) -> str:
    """Any phrase of the domain (an eligibility reason, a trip's effect) in the language in
    use."""
    return render(value, LANGUAGE)


def title(row: Deadline) -> str:
    """ "Register at the commune", "A card expires", "La carte A expire"."""
    if row.text is None:
        return row.title
    return capitalized(text(row.text.title))


def named(row: Deadline, slot: str) -> str | None:
    """The record a row's title names ("A card", "police clearance"), in the language in
    use; None when the title has no such name."""
    if row.text is not None:
        found = row.text.title.arg(slot)
        return text(found) if found is not None else None
    fact = row.fact(slot)
    return fact if isinstance(fact, str) else None


def reason(row: Deadline) -> str:
    """Why the date is what it is, without the rule and its source."""
    if row.text is None:
        return row.explanation
    return text(row.text.reason)


def rule_title(rule: Rule | str) -> str:
    """A rule's title ("Register at the commune") in the language in use."""
    found = rule if isinstance(rule, Rule) else DEFAULT_RULES.get(rule)
    if found is None:
        return str(rule)
    return gettext(found.title)


def rule_explanation(rule: Rule) -> str:
    """What the rule says, in the language in use (the ruleset's English is the msgid)."""
    return gettext(rule.explanation)


def rule_note(rule: Rule) -> str:
    """Where sources disagree and which reading the default takes."""
    return gettext(rule.note) if rule.note else ""


def rule_source(rule: Rule) -> str:
    """Where the rule comes from ("Aliens Act art. 15bis", "Ausländergesetz Art. 15bis"),
    without the address, in the language in use."""
    return gettext(rule.source)


def rule_citation(rule: Rule) -> str:
    """The source and its address, as `Rule.citation`, in the language in use."""
    return text(citation(rule))


def legal_notice() -> str:
    """ "This is not legal advice: check with your commune or the Immigration Office." """
    return gettext(LEGAL_NOTICE)


def explanation(row: Deadline) -> str:
    """The reason, the rule's title and the source: the `explanation` of `deadlines --json`."""
    rule = DEFAULT_RULES.get(row.rule)
    if row.text is None or rule is None:
        return row.explanation
    return text(with_source(row.text.reason, rule))


def flag(row: Deadline) -> str | None:
    """ "falls on a Sunday", "falls on Easter Monday"; None on an ordinary day."""
    if row.text is None or row.text.flag is None:
        return row.flag
    return text(row.text.flag)


def names_rule(row: Deadline) -> bool:
    """Whether `explanation(row)` already names the rule's title (every row the engine made
    does; for a row written by hand, its free text is all there is to look at)."""
    if row.text is not None:
        return True
    rule = DEFAULT_RULES.get(row.rule)
    return rule is not None and rule.title in row.explanation


def names_source(row: Deadline) -> bool:
    """Whether `explanation(row)` already names the source (as `names_rule`)."""
    return row.text is not None or row.source in row.explanation
