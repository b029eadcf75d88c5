"""Sentences a person can read: why a date is what it is, which rule made it, its source.

Dates are written "3 March 2025" whatever the locale, so a day and a month are never
confused. Every explanation ends with the rule's source (`Rule.citation`).
"""

from __future__ import annotations

from datetime import date
from typing import Final

from permit_tracker.rules.ruleset import Rule

_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip


def human_date(day: date) -> str:
    """Unambiguous English, independent of the locale: "3 March 2025"."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def human_range(first: date, last: date) -> str:
    return f"{human_date(first)} – {human_date(last)}"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def amount(rule: Rule) -> str:
    """The rule's value with its unit, singular when it is one: "8 days", "1 year",
    "8 working days", "50 %"."""
    if rule.unit == "percent":
        return f"{rule.value} %"
    return plural(rule.value, rule.unit.replace("_", " ").removesuffix("s"))


def with_source(text: str, rule: Rule) -> str:
    """`text` — the rule's title; source: its citation."""
    return f"{text} — {rule.title}; source: {rule.citation}"
