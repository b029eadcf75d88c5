"""Belgian rules behind the deadlines, as data.

Each rule has a stable key (docs/rules.md lists them), a value with its unit, a one-line
explanation, a source and the date the source was last checked. The user may override any
value in Preferences; overrides are stored as settings and applied with `Ruleset.with_overrides`.

Keys beyond the first design's table (every deadline kind cites a rule of its own):
* `decision_months` has one value per application kind, so it is four keys,
  `decision_months_<application kind>` (`DECISION_RULES`).
* `right_of_return_months` is 12, and 24 for EU+ / F+ holders: the 24 is
  `right_of_return_permanent_months`.
* Kinds whose date is a document's own last day cite a fixed rule (minimum == maximum == 0,
  `Rule.fixed`): `visa_card_start_days` (visa_expiry), `provisional_card_start_days`
  (provisional_expiry), `travel_on_provisional_days` (travel_warning).
Units: days, working_days (Sundays and Belgian public holidays do not count), months, years,
percent. A stored override of a key this version does not know is skipped by the store
(`Store.ruleset`); `with_overrides` itself rejects it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from types import MappingProxyType
from typing import Literal


def N_(message: str) -> str:
    """Marks a rule's title, explanation or note for the translation catalogue (`pybabel
    extract`); they are stored in English and translated where they are shown
    (`permit_tracker.i18n`)."""
    return message


Unit = Literal["days", "working_days", "months", "years", "percent"]

VERIFIED = date(2026, 11, 1)
VERIFIED_V2 = date(2026, 12, 1)  # the v2 rules (docs/rules.md)
LEGAL_NOTICE = N_("This is not legal advice: check with your commune or the Immigration Office.")


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

    @property
    def fixed(self) -> bool:
        """A rule the user cannot change (its date is a document's own date)."""
        return self.minimum == self.maximum

    def describe(self) -> str:
        """ "8 days", "8 working days", "50 %"."""
        if self.unit == "percent":
            return f"{self.value} %"
        return f"{self.value} {self.unit.replace('_', ' ')}"


_RULES: tuple[Rule, ...] = (
    # --- arrival and registration -----------------------------------------------------------
    Rule(
        key="registration_days",
        value=8,
        unit="days",
        title=N_("Register at the commune"),
        explanation=N_(
            "Non-EU citizens report to the commune where they live within 8 days of "
            "arrival; they receive an annex 15."
        ),
        source=N_("commissioner.brussels; brusselslife.be"),
        source_url="https://www.commissioner.brussels/",
        verified=VERIFIED,
        minimum=1,
        maximum=90,
        note=N_("Some communes say 8 working days; calendar days is the strict reading."),
    ),
    Rule(
        key="registration_eu_months",
        value=3,
        unit="months",
        title=N_("Register at the commune (EU citizens)"),
        explanation=N_(
            "EU, EEA and Swiss citizens register at the commune (annex 19) within 3 "
            "months of arrival, with every proof at the first visit."
        ),
        source=N_("ibz.be (registration and reporting obligation); dofi.ibz.be"),
        source_url="https://www.ibz.be/",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=12,
        note=N_(
            "A fine of up to €200 applies to late registration.",
        ),
    ),
    Rule(
        key="visa_card_start_days",
        value=0,
        unit="days",
        title=N_("Long-stay visa"),
        explanation=N_(
            "A long-stay (D) visa covers your stay until its last day; by then a "
            "residence card (or the annex 15 you get when you register) must take over."
        ),
        source=N_("Seed guide; commissioner.brussels"),
        source_url="https://www.commissioner.brussels/",
        verified=VERIFIED_V2,
        minimum=0,
        maximum=0,
        note=N_("A fixed rule: the date is the visa's own last day."),
    ),
    Rule(
        key="passport_min_validity_months",
        value=12,
        unit="months",
        title=N_("Passport validity"),
        explanation=N_("Your passport must stay valid at least 12 months beyond an application."),
        source=N_("Seed guide (residence-permit guide); Immigration Office (dofi.ibz.be)"),
        source_url="https://dofi.ibz.be/",
        verified=VERIFIED,
        maximum=60,
        note=N_("Other sources count 12 months beyond the visa's issue date."),
    ),
    Rule(
        key="document_max_age_months",
        value=6,
        unit="months",
        title=N_("Document freshness"),
        explanation=N_(
            "A police clearance or medical certificate must be under 6 months old "
            "on the day it is submitted."
        ),
        source=N_("Immigration Office FAQ (dofi.ibz.be)"),
        source_url="https://dofi.ibz.be/en/faq",
        verified=VERIFIED,
        minimum=1,
        maximum=36,
    ),
    # --- cards ------------------------------------------------------------------------------
    Rule(
        key="card_renewal_opens_days",
        value=40,
        unit="days",
        title=N_("Card renewal window opens"),
        explanation=N_("Ask the commune to renew your card from the 40th day before it expires."),
        source=N_("Royal Decree of 8 October 1981 art. 33 (vreemdelingenrecht.be)"),
        source_url="https://www.vreemdelingenrecht.be/",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=365,
        note=N_(
            "The Immigration Office is quoted as 60 to 30 days for A cards, Myria and some "
            "communes say 45 to 30; 40 to 30 lies inside every source's window."
        ),
    ),
    Rule(
        key="card_renewal_closes_days",
        value=30,
        unit="days",
        title=N_("Card renewal window closes"),
        explanation=N_(
            "Ask for the renewal at the latest on the 30th day before the card expires."
        ),
        source=N_("Royal Decree of 8 October 1981 art. 33 (vreemdelingenrecht.be)"),
        source_url="https://www.vreemdelingenrecht.be/",
        verified=VERIFIED_V2,
        maximum=364,
        note=N_("Communes send an invitation for every card but the A card; the duty stays yours."),
    ),
    Rule(
        key="employer_renewal_opens_months",
        value=3,
        unit="months",
        title=N_("Single permit: employer renewal opens"),
        explanation=N_(
            "For an A or H card held for work or as a Blue Card, the employer files "
            "the renewal with the Region at most 3 months before the card expires."
        ),
        source=N_("dofi.ibz.be (single permit); emploi.wallonie.be"),
        source_url="https://dofi.ibz.be/",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=24,
    ),
    Rule(
        key="employer_renewal_closes_months",
        value=2,
        unit="months",
        title=N_("Single permit: employer renewal closes"),
        explanation=N_(
            "The employer files the renewal with the Region at the latest 2 months "
            "before the card expires; an annex 49 covers work while it is decided."
        ),
        source=N_("dofi.ibz.be (single permit); emploi.wallonie.be"),
        source_url="https://dofi.ibz.be/",
        verified=VERIFIED_V2,
        maximum=23,
    ),
    # --- long-term residence ----------------------------------------------------------------
    Rule(
        key="long_term_years",
        value=5,
        unit="years",
        title=N_("Long-term resident status"),
        explanation=N_(
            "Five years of legal, uninterrupted residence before applying for "
            "long-term resident status (L card)."
        ),
        source=N_("Aliens Act art. 15bis; Directive 2003/109/EC art. 4"),
        source_url="https://eur-lex.europa.eu/eli/dir/2003/109/oj",
        verified=VERIFIED,
        minimum=1,
        maximum=20,
    ),
    Rule(
        key="study_weight_percent",
        value=50,
        unit="percent",
        title=N_("Study years towards long-term status"),
        explanation=N_(
            "Residence as a student counts half towards long-term status; au pair and "
            "seasonal work do not count; no application while a student or in a search year."
        ),
        source=N_("agii.be (conditions for long-term residence); Directive 2003/109/EC art. 4(2)"),
        source_url="https://www.agii.be/",
        verified=VERIFIED_V2,
        minimum=0,
        maximum=100,
        note=N_("A search year counts fully. Blue Card holders have their own route."),
    ),
    Rule(
        key="absence_single_max_months",
        value=6,
        unit="months",
        title=N_("Longest single absence"),
        explanation=N_("One absence of 6 consecutive months or more interrupts residence."),
        source=N_("Directive 2003/109/EC art. 4(3); Aliens Act art. 15bis"),
        source_url="https://eur-lex.europa.eu/eli/dir/2003/109/oj",
        verified=VERIFIED,
        minimum=1,
        maximum=60,
    ),
    Rule(
        key="absence_total_max_days",
        value=300,
        unit="days",
        title=N_("Total absences"),
        explanation=N_(
            "Absences may total at most 10 months (counted as 300 days) in the 5 years."
        ),
        source=N_("Directive 2003/109/EC art. 4(3); Aliens Act art. 15bis"),
        source_url="https://eur-lex.europa.eu/eli/dir/2003/109/oj",
        verified=VERIFIED,
        maximum=3650,
        note=N_("10 months is counted as 300 days, the strict reading."),
    ),
    # --- permanent residence (EU citizens, F-card family) -----------------------------------
    Rule(
        key="permanent_residence_years",
        value=5,
        unit="years",
        title=N_("Permanent residence (EU+ / F+)"),
        explanation=N_(
            "EU citizens and family members with an F card have the right of "
            "permanent residence after 5 years of uninterrupted residence."
        ),
        source=N_("ibz.be (permanent residence of EU citizens); Directive 2004/38/EC art. 16"),
        source_url="https://eur-lex.europa.eu/eli/dir/2004/38/oj",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=20,
    ),
    Rule(
        key="eu_absence_year_max_days",
        value=182,
        unit="days",
        title=N_("Absences in any 12 months (permanent residence)"),
        explanation=N_(
            "For permanent residence, absences may total at most 6 months (182 days) "
            "in any 12 months."
        ),
        source=N_("Directive 2004/38/EC art. 16(3); ibz.be"),
        source_url="https://eur-lex.europa.eu/eli/dir/2004/38/oj",
        verified=VERIFIED_V2,
        maximum=366,
        note=N_("6 months is counted as 182 days, the strict reading."),
    ),
    Rule(
        key="eu_important_absence_max_months",
        value=12,
        unit="months",
        title=N_("One absence for an important reason"),
        explanation=N_(
            "One absence for an important reason (pregnancy, childbirth, serious "
            "illness, study, posting) may last up to 12 consecutive months."
        ),
        source=N_("Directive 2004/38/EC art. 16(3); stad.gent (EU+)"),
        source_url="https://eur-lex.europa.eu/eli/dir/2004/38/oj",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=60,
        note=N_("Less than 12 months is the strict reading of 'up to 12 consecutive months'."),
    ),
    # --- nationality ------------------------------------------------------------------------
    Rule(
        key="nationality_years",
        value=5,
        unit="years",
        title=N_("Belgian nationality"),
        explanation=N_(
            "Five years of legal residence for the nationality declaration, with a "
            "card that allows it (B, K, L, EU, EU+, F, F+ or M), A2 language, social integration "
            "and economic participation."
        ),
        source=N_("Belgian Nationality Code art. 12bis; Royal Decree of 14 January 2013 art. 3"),
        source_url="https://www.ejustice.just.fgov.be/",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=20,
    ),
    # --- trips and moves --------------------------------------------------------------------
    Rule(
        key="long_absence_months",
        value=3,
        unit="months",
        title=N_("Declare a long absence"),
        explanation=N_(
            "Before an absence of more than 3 months, declare it at the commune "
            "(annex 18); renew a card that would expire while you are away before leaving."
        ),
        source=N_("ibz.be; vreemdelingenrecht.be (absence and return)"),
        source_url="https://www.ibz.be/",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=24,
    ),
    Rule(
        key="return_report_days",
        value=15,
        unit="days",
        title=N_("Report back after a long absence"),
        explanation=N_(
            "After an absence of more than 3 months, report to the commune within 15 "
            "days of returning."
        ),
        source=N_("ibz.be; vilvoorde.be; kapellen.be"),
        source_url="https://www.ibz.be/",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=90,
    ),
    Rule(
        key="right_of_return_months",
        value=12,
        unit="months",
        title=N_("Right of return"),
        explanation=N_(
            "Away for longer than 12 months, you lose the right to return to your "
            "residence in Belgium."
        ),
        source=N_("dofi.ibz.be (droit de retour); vreemdelingenrecht.be"),
        source_url="https://dofi.ibz.be/",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=60,
    ),
    Rule(
        key="right_of_return_permanent_months",
        value=24,
        unit="months",
        title=N_("Right of return (EU+ / F+ holders)"),
        explanation=N_(
            "Holders of an EU+ or F+ card (permanent residence) lose it after more "
            "than 24 consecutive months away."
        ),
        source=N_("dofi.ibz.be (droit de retour); Directive 2004/38/EC art. 16(4)"),
        source_url="https://dofi.ibz.be/",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=120,
    ),
    Rule(
        key="move_declaration_working_days",
        value=8,
        unit="working_days",
        title=N_("Declare a change of address"),
        explanation=N_(
            "Declare your new address at the (new) commune within 8 working days "
            "(Sundays and public holidays do not count); a police check follows."
        ),
        source=N_("lalouviere.guichet-citoyen.be; lasne.be"),
        source_url="https://www.lasne.be/",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=60,
    ),
    Rule(
        key="provisional_card_start_days",
        value=0,
        unit="days",
        title=N_("Waiting documents"),
        explanation=N_(
            "An annex 15, orange card, annex 12, annex 19/19ter or annex 49 is valid "
            "until its last day; by then the card (or a new document) must take over."
        ),
        source=N_("agii.be (bijlage 15); meerhout.be; ibz.be (loss or theft)"),
        source_url="https://www.agii.be/",
        verified=VERIFIED_V2,
        minimum=0,
        maximum=0,
        note=N_("A fixed rule: the date is the document's own last day."),
    ),
    Rule(
        key="travel_on_provisional_days",
        value=0,
        unit="days",
        title=N_("Travel on a waiting document"),
        explanation=N_(
            "A waiting document (annex 15, orange card, annex 12) does not let you "
            "back into Belgium: travel only with a valid card or visa."
        ),
        source=N_("abil.com (news 1093); agii.be (bijlage 15)"),
        source_url="https://www.abil.com/",
        verified=VERIFIED_V2,
        minimum=0,
        maximum=0,
        note=N_("A fixed rule: the warning falls on the day you leave."),
    ),
    # --- decisions after an application -----------------------------------------------------
    Rule(
        key="decision_months_long_term",
        value=5,
        unit="months",
        title=N_("Decision on long-term status"),
        explanation=N_(
            "The decision on a long-term residence application (annex 16) is due within 5 months."
        ),
        source=N_("agii.be (procedure); Directive 2003/109/EC art. 7"),
        source_url="https://www.agii.be/",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=24,
    ),
    Rule(
        key="decision_months_permanent_residence",
        value=5,
        unit="months",
        title=N_("Decision on permanent residence"),
        explanation=N_("The decision on an EU+ / F+ application is due within 5 months."),
        source=N_("ibz.be (permanent residence of EU citizens)"),
        source_url="https://www.ibz.be/",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=24,
    ),
    Rule(
        key="decision_months_family_reunification",
        value=6,
        unit="months",
        title=N_("Decision on family reunification"),
        explanation=N_("The Immigration Office decides on family reunification within 6 months."),
        source=N_("dofi.ibz.be (family reunification, art. 40bis/40ter)"),
        source_url="https://dofi.ibz.be/",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=24,
    ),
    Rule(
        key="decision_months_nationality",
        value=4,
        unit="months",
        title=N_("Nationality: objection period of the prosecutor"),
        explanation=N_(
            "After the nationality declaration the public prosecutor has 4 months to object."
        ),
        source=N_("middelkerke.be; altea.be"),
        source_url="https://www.altea.be/",
        verified=VERIFIED_V2,
        minimum=1,
        maximum=24,
    ),
)

DEFAULT_RULES: Mapping[str, Rule] = MappingProxyType({r.key: r for r in _RULES})
# Windows that must open before they close: (opens key, closes key).
_WINDOWS: tuple[tuple[str, str], ...] = (
    ("card_renewal_opens_days", "card_renewal_closes_days"),
    ("employer_renewal_opens_months", "employer_renewal_closes_months"),
)
# The decision period of each application kind (docs/rules.md: decision_months_<kind>).
DECISION_RULES: Mapping[str, str] = MappingProxyType(
    {
        "long_term": "decision_months_long_term",
        "permanent_residence": "decision_months_permanent_residence",
        "family_reunification": "decision_months_family_reunification",
        "nationality": "decision_months_nationality",
    }
)


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
        for opens_key, closes_key in _WINDOWS:
            if rules[opens_key].value <= rules[closes_key].value:
                raise RulesetError(f"{opens_key} must be larger than {closes_key}")
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
