"""Parts of the sentences a person reads: why a date is what it is, which rule made it, its
source. They are phrases (`domain.phrase`), rendered per language at the edge.

Dates are written "3 March 2025" in English whatever the locale, so a day and a month are
never confused. Every explanation ends with the rule's title and source (`with_source`).
"""

from __future__ import annotations

from datetime import date

from permit_tracker.domain.phrase import (
    Arg,
    Phrase,
    Term,
    english_date,
    joined,
    phrase,
    plural_phrase,
)
from permit_tracker.rules.ruleset import Rule


def human_date(day: date) -> str:
    """Unambiguous English, independent of the locale: "3 March 2025"."""
    return english_date(day)


def date_range(first: date, last: date) -> Phrase:
    return phrase("{first} – {last}", first=first, last=last)


def days(count: int) -> Phrase:
    return plural_phrase("{count} day", "{count} days", count)


def years(count: int) -> Phrase:
    return plural_phrase("{count} year", "{count} years", count)


def trips(count: int) -> Phrase:
    return plural_phrase("{count} trip", "{count} trips", count)


def amount_of(value: int, unit: str) -> Phrase:
    """A number with its unit, singular when it is one: "8 days", "1 year", "8 working
    days", "50 %"."""
    if unit == "percent":
        return phrase("{count} %", count=value)
    if unit == "working_days":
        return plural_phrase("{count} working day", "{count} working days", value)
    if unit == "months":
        return plural_phrase("{count} month", "{count} months", value)
    if unit == "years":
        return years(value)
    return days(value)


def amount(rule: Rule) -> Phrase:
    """The rule's value with its unit: "8 days", "1 year", "8 working days", "50 %"."""
    return amount_of(rule.value, rule.unit)


def rule_term(rule: Rule) -> Term:
    """The rule's title, a term the renderer translates from the ruleset's catalogue."""
    return Term("rule", rule.key, rule.title)


def with_source(text: Arg, rule: Rule) -> Phrase:
    """`text` — the rule's title; source: its citation, translated (its laws and the
    words around its web sites: "Aliens Act", "Ausländergesetz") but for the address."""
    return phrase(
        "{reason} — {rule}; source: {source}",
        reason=text,
        rule=rule_term(rule),
        source=citation(rule),
    )


def citation(rule: Rule) -> Arg:
    """`rule.citation` as a phrase: the source's words are a message, the address is not."""
    source = phrase(rule.source)
    return joined([source, f"({rule.source_url})"]) if rule.source_url else source
