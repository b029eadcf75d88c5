"""Belgian rules behind the deadlines, as data.

Each rule has a stable key (the names in DESIGN.md), a value with its unit, a one-line
explanation, a source and the date the source was last checked. The user may override any
value in Preferences; overrides are stored as settings and applied with `Ruleset.with_overrides`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from types import MappingProxyType
from typing import Literal

Unit = Literal["days", "months", "years"]

VERIFIED = date(2026, 11, 1)
LEGAL_NOTICE = "This is not legal advice: check with your commune or the Immigration Office."


class RulesetError(ValueError):
    """An override names an unknown rule or has an impossible value."""


@dataclass(frozen=True, slots=True)
class Rule:
    key: str
    value: int
    unit: Unit
    title: str
    explanation: str
    source: str
    source_url: str
    verified: date
    minimum: int = 0
    maximum: int = 3650
    note: str = ""  # where sources disagree, and which reading the default takes

    @property
    def citation(self) -> str:
        return f"{self.source} ({self.source_url})" if self.source_url else self.source

    def describe(self) -> str:
        return f"{self.value} {self.unit}"


_RULES: tuple[Rule, ...] = (
    Rule(
        key="registration_days",
        value=8,
        unit="days",
        title="Register at the commune",
        explanation="Report to the commune where you live within 8 days of arrival.",
        source="Aliens Act; commissioner.brussels",
        source_url="https://www.commissioner.brussels/",
        verified=VERIFIED,
        minimum=1,
        maximum=90,
        note="Some communes say 8 working days; calendar days is the strict reading.",
    ),
    Rule(
        key="passport_min_validity_months",
        value=12,
        unit="months",
        title="Passport validity",
        explanation="Your passport must stay valid at least 12 months beyond an application.",
        source="Seed guide; dofi.ibz.be",
        source_url="https://dofi.ibz.be/",
        verified=VERIFIED,
        maximum=60,
        note="Other sources count 12 months beyond the visa's issue date.",
    ),
    Rule(
        key="document_max_age_months",
        value=6,
        unit="months",
        title="Document freshness",
        explanation="A police clearance or medical certificate must be under 6 months old "
        "on the day it is submitted.",
        source="Immigration Office FAQ (dofi.ibz.be)",
        source_url="https://dofi.ibz.be/en/faq",
        verified=VERIFIED,
        minimum=1,
        maximum=36,
    ),
    Rule(
        key="card_renewal_opens_days",
        value=45,
        unit="days",
        title="Card renewal window opens",
        explanation="Ask the commune to renew your card from the 45th day before it expires.",
        source="abil.com; dofi.ibz.be",
        source_url="https://dofi.ibz.be/",
        verified=VERIFIED,
        minimum=1,
        maximum=365,
        note="The Immigration Office is quoted as 60 to 30 days; communes differ.",
    ),
    Rule(
        key="card_renewal_closes_days",
        value=30,
        unit="days",
        title="Card renewal window closes",
        explanation="Ask for the renewal at the latest on the 30th day before the card expires.",
        source="abil.com; dofi.ibz.be",
        source_url="https://dofi.ibz.be/",
        verified=VERIFIED,
        maximum=364,
    ),
    Rule(
        key="long_term_years",
        value=5,
        unit="years",
        title="Long-term resident status",
        explanation="Five years of legal, uninterrupted residence before applying for "
        "long-term resident status (L card).",
        source="Aliens Act art. 15bis; Directive 2003/109/EC art. 4",
        source_url="https://eur-lex.europa.eu/eli/dir/2003/109/oj",
        verified=VERIFIED,
        minimum=1,
        maximum=20,
    ),
    Rule(
        key="absence_single_max_months",
        value=6,
        unit="months",
        title="Longest single absence",
        explanation="One absence of 6 consecutive months or more interrupts residence.",
        source="Directive 2003/109/EC art. 4(3); Aliens Act art. 15bis",
        source_url="https://eur-lex.europa.eu/eli/dir/2003/109/oj",
        verified=VERIFIED,
        minimum=1,
        maximum=60,
    ),
    Rule(
        key="absence_total_max_days",
        value=300,
        unit="days",
        title="Total absences",
        explanation="Absences may total at most 10 months (counted as 300 days) in the 5 years.",
        source="Directive 2003/109/EC art. 4(3); Aliens Act art. 15bis",
        source_url="https://eur-lex.europa.eu/eli/dir/2003/109/oj",
        verified=VERIFIED,
        maximum=3650,
        note="10 months is counted as 300 days, the strict reading.",
    ),
    Rule(
        key="nationality_years",
        value=5,
        unit="years",
        title="Belgian nationality",
        explanation="Five years of legal residence for the nationality declaration, with an "
        "unlimited-stay card, A2 language, social integration and economic participation.",
        source="Belgian Nationality Code art. 12bis",
        source_url="https://www.ejustice.just.fgov.be/",
        verified=VERIFIED,
        minimum=1,
        maximum=20,
    ),
)

DEFAULT_RULES: Mapping[str, Rule] = MappingProxyType({r.key: r for r in _RULES})


@dataclass(frozen=True, slots=True)
class Ruleset:
    """The rules in force: the defaults with the user's overrides applied."""

    rules: Mapping[str, Rule]

    @classmethod
    def default(cls) -> Ruleset:
        return cls(DEFAULT_RULES)

    @classmethod
    def with_overrides(cls, overrides: Mapping[str, int]) -> Ruleset:
        rules = dict(DEFAULT_RULES)
        for key, value in overrides.items():
            if key not in rules:
                raise RulesetError(f"unknown rule {key!r}")
            rule = rules[key]
            if isinstance(value, bool) or not isinstance(value, int):
                raise RulesetError(f"{key}: expected a whole number, got {value!r}")
            if not rule.minimum <= value <= rule.maximum:
                raise RulesetError(
                    f"{key}: {value} is outside {rule.minimum}..{rule.maximum} {rule.unit}"
                )
            rules[key] = replace(rule, value=value)
        opens, closes = rules["card_renewal_opens_days"], rules["card_renewal_closes_days"]
        if opens.value <= closes.value:
            raise RulesetError(
                "card_renewal_opens_days must be larger than card_renewal_closes_days"
            )
        return cls(MappingProxyType(rules))

    def __getitem__(self, key: str) -> Rule:
        return self.rules[key]

    def value(self, key: str) -> int:
        return self.rules[key].value

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules.values())

    def overrides(self) -> dict[str, int]:
        """The values that differ from the defaults (what the store keeps)."""
        return {k: r.value for k, r in self.rules.items() if r.value != DEFAULT_RULES[k].value}

    def is_default(self, key: str) -> bool:
        return self.rules[key].value == DEFAULT_RULES[key].value
