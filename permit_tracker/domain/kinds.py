"""The one registry of deadline kinds: nothing else lists kinds by hand.

Per `Kind`: its short English title, a full phrase a person can read alone ("Submit your
medical certificate by", never a cut-off "Medical certificate: submit by"; a template:
`{card}`, `{document}`, `{visa}` and `{provisional}` are filled from the record's facts,
`{document}` in lower case as it stands mid-sentence), the ruleset key it cites (and the
other keys a row of it may cite instead, e.g. the EU registration rule), whether it is a
milestone (status `info`, nobody is late for it), the default reminder lead days, what the
row is about (the subject prefix) and a display name for lists where the user picks kinds.

The engine (`domain.deadlines`), the reminder defaults (`domain.reminder_plan`), the
calendar, the CLI and the UI's kind lists read it. Adding a kind = a `Kind` member, an entry
here and its builder in `domain.deadlines.BUILDERS`; tests fail when any part is missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from string import Formatter
from types import MappingProxyType
from typing import Final, Literal, get_args

from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.phrase import N_, Phrase, Term, capitalized, render

# What a row is about: its subject is "" (the person), or "<prefix>-<n>" for the n-th record
# of that list ("card-2"); "document" rows use the document's kind ("police_clearance-1").
Subject = Literal["", "card", "absence", "move", "provisional", "application", "document"]
SUBJECTS: Final[tuple[Subject, ...]] = get_args(Subject)


@dataclass(frozen=True, slots=True)
class KindInfo:
    kind: Kind
    title: str  # template: "{card} expires"; filled by `title_for`
    name: str  # for lists where the user picks kinds: "Card expiry"
    rule: str  # the ruleset key a row of this kind cites by default
    lead_days: tuple[int, ...]  # default reminders, days before the date (0 = the day)
    subject: Subject
    milestone: bool = False  # status `info`: a window's opening, an eligibility date...
    other_rules: tuple[str, ...] = ()  # keys a row may cite instead (EU registration...)
    continuity: bool = False  # the date depends on the trips (calendar notes add trip notes)

    @property
    def rules(self) -> tuple[str, ...]:
        return (self.rule, *self.other_rules)

    def title_phrase(self, **names: Term) -> Phrase:
        """The title with the record's names as slots (a placeholder without a name reads as
        a generic noun: "residence card")."""
        slots = {name: names.get(name, _GENERIC[name]) for name in _slots(self.title)}
        return Phrase(self.title, tuple(slots.items()))

    def title_for(self, **facts: str) -> str:
        """The English title with the record's names filled in: title_for(card="A card")."""
        names = {k: Term(k, None, v) for k, v in facts.items()}
        return capitalized(render(self.title_phrase(**names)))


# Placeholders without a name read as a generic noun.
_GENERIC: Final = {
    "card": Term("card", None, "residence card"),
    "visa": Term("visa", None, "visa"),
    "document": Term("document", None, "document"),
    "provisional": Term("provisional", None, "document"),
    "application": Term("application", None, "document"),
}


def _slots(template: str) -> list[str]:
    return [name for _, name, _, _ in Formatter().parse(template) if name]


_ENTRIES: Final[tuple[KindInfo, ...]] = (
    KindInfo(
        Kind.REGISTRATION,
        N_("Register at the commune"),
        N_("Registration at the commune"),
        "registration_days",
        (8, 3, 0),
        "",
        other_rules=("registration_eu_months",),
    ),
    KindInfo(
        Kind.VISA_EXPIRY,
        N_("{visa} expires"),
        N_("Visa expiry"),
        "visa_card_start_days",
        (60, 30, 14, 7, 1),
        "",
    ),
    KindInfo(
        Kind.PASSPORT_VALIDITY,
        N_("Renew your passport before your next application"),
        N_("Passport too short for an application"),
        "passport_min_validity_months",
        (60, 30, 7),
        "",
    ),
    KindInfo(
        Kind.PASSPORT_EXPIRY,
        N_("Passport expires"),
        N_("Passport expiry"),
        "passport_min_validity_months",
        (90, 30, 7),
        "",
    ),
    KindInfo(
        Kind.CARD_RENEWAL_OPENS,
        N_("Renewal window opens for your {card}"),
        N_("Card renewal window opens"),
        "card_renewal_opens_days",
        (0,),
        "card",
        milestone=True,
    ),
    KindInfo(
        Kind.CARD_RENEWAL_CLOSES,
        N_("Last day to ask for the renewal of your {card}"),
        N_("Card renewal window closes"),
        "card_renewal_closes_days",
        (7, 1),
        "card",
    ),
    KindInfo(
        Kind.CARD_EXPIRY,
        N_("{card} expires"),
        N_("Card expiry"),
        "card_renewal_closes_days",
        (60, 30, 14, 7, 1),
        "card",
    ),
    KindInfo(
        Kind.EMPLOYER_RENEWAL_OPENS,
        N_("Your employer may file the renewal of your {card}"),
        N_("Employer renewal window opens"),
        "employer_renewal_opens_months",
        (7, 0),
        "card",
        milestone=True,
    ),
    KindInfo(
        Kind.EMPLOYER_RENEWAL_CLOSES,
        N_("Last day for your employer to file the renewal of your {card}"),
        N_("Employer renewal window closes"),
        "employer_renewal_closes_months",
        (30, 14, 7, 1),
        "card",
    ),
    KindInfo(
        Kind.DOCUMENT_USABLE_UNTIL,
        N_("Submit your {document} by"),
        N_("Document no longer usable"),
        "document_max_age_months",
        (30, 7, 1),
        "document",
    ),
    KindInfo(
        Kind.LONG_TERM_ELIGIBLE,
        N_("Long-term residence (L card) possible"),
        N_("Long-term residence possible"),
        "long_term_years",
        (30, 0),
        "",
        milestone=True,
        continuity=True,
    ),
    KindInfo(
        Kind.PERMANENT_RESIDENCE_ELIGIBLE,
        N_("Permanent residence (EU+ / F+ card) possible"),
        N_("Permanent residence possible"),
        "permanent_residence_years",
        (30, 0),
        "",
        milestone=True,
        continuity=True,
    ),
    KindInfo(
        Kind.NATIONALITY_ELIGIBLE,
        N_("Belgian nationality declaration possible"),
        N_("Nationality declaration possible"),
        "nationality_years",
        (30, 0),
        "",
        milestone=True,
        continuity=True,
    ),
    KindInfo(
        Kind.DEPARTURE_DECLARATION,
        N_("Declare your absence at the commune before leaving"),
        N_("Declare a long absence (annex 18)"),
        "long_absence_months",
        (30, 7, 1),
        "absence",
    ),
    KindInfo(
        Kind.RENEW_BEFORE_LEAVING,
        N_("Renew your {card} before leaving"),
        N_("Renew the card before a long trip"),
        "long_absence_months",
        (60, 30, 7),
        "absence",
    ),
    KindInfo(
        Kind.RETURN_REPORT,
        N_("Report back to the commune"),
        N_("Report back after a long absence"),
        "return_report_days",
        (7, 1),
        "absence",
    ),
    KindInfo(
        Kind.RETURN_BY,
        N_("Return to Belgium by this day"),
        N_("Right of return ends"),
        "right_of_return_months",
        (60, 30, 7),
        "absence",
        other_rules=("right_of_return_permanent_months",),
    ),
    KindInfo(
        Kind.ADDRESS_DECLARATION,
        N_("Declare your new address"),
        N_("Declare a change of address"),
        "move_declaration_working_days",
        (3, 1),
        "move",
    ),
    KindInfo(
        Kind.PROVISIONAL_EXPIRY,
        N_("{provisional} expires"),
        N_("Waiting document expires"),
        "provisional_card_start_days",
        (30, 7, 1),
        "provisional",
    ),
    KindInfo(
        Kind.TRAVEL_WARNING,
        N_("Trip without a valid card or visa"),
        N_("Trip on a waiting document"),
        "travel_on_provisional_days",
        (30, 7),
        "absence",
    ),
    KindInfo(
        Kind.DECISION_EXPECTED,
        N_("Decision expected on your {application} application"),
        N_("Decision expected"),
        "decision_months_long_term",
        (7, 0),
        "application",
        milestone=True,
        other_rules=(
            "decision_months_permanent_residence",
            "decision_months_family_reunification",
            "decision_months_nationality",
        ),
    ),
)

KINDS: Final[Mapping[Kind, KindInfo]] = MappingProxyType({e.kind: e for e in _ENTRIES})


def kind_info(kind: Kind) -> KindInfo:
    return KINDS[kind]


def kind_name(kind: Kind) -> str:
    """The display name of a kind for lists (English; the UI translates it)."""
    return KINDS[kind].name


# Derived views, for callers that want one part of every entry.
RULE_OF_KIND: Final[Mapping[Kind, str]] = MappingProxyType({k: i.rule for k, i in KINDS.items()})
MILESTONES: Final[frozenset[Kind]] = frozenset(k for k, i in KINDS.items() if i.milestone)
CONTINUITY_KINDS: Final[frozenset[Kind]] = frozenset(k for k, i in KINDS.items() if i.continuity)
DEFAULT_LEAD_DAYS: Final[Mapping[Kind, tuple[int, ...]]] = MappingProxyType(
    {k: i.lead_days for k, i in KINDS.items()}
)
KIND_NAMES: Final[Mapping[Kind, str]] = MappingProxyType({k: i.name for k, i in KINDS.items()})
