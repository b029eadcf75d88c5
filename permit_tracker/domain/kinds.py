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
from types import MappingProxyType
from typing import Final, Literal, get_args

from permit_tracker.domain.deadline import Kind

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

    def title_for(self, **facts: str) -> str:
        """The title with the record's names filled in: title_for(card="A card")."""
        text = self.title.format_map(_Defaults(facts))
        return text[:1].upper() + text[1:]


class _Defaults(dict[str, str]):
    """Placeholders without a fact read as a generic noun."""

    def __missing__(self, key: str) -> str:
        return {"card": "residence card", "visa": "visa", "document": "document"}.get(
            key, "document"
        )


_ENTRIES: Final[tuple[KindInfo, ...]] = (
    KindInfo(
        Kind.REGISTRATION,
        "Register at the commune",
        "Registration at the commune",
        "registration_days",
        (8, 3, 0),
        "",
        other_rules=("registration_eu_months",),
    ),
    KindInfo(
        Kind.VISA_EXPIRY,
        "{visa} expires",
        "Visa expiry",
        "visa_card_start_days",
        (60, 30, 14, 7, 1),
        "",
    ),
    KindInfo(
        Kind.PASSPORT_VALIDITY,
        "Renew your passport before your next application",
        "Passport too short for an application",
        "passport_min_validity_months",
        (60, 30, 7),
        "",
    ),
    KindInfo(
        Kind.PASSPORT_EXPIRY,
        "Passport expires",
        "Passport expiry",
        "passport_min_validity_months",
        (90, 30, 7),
        "",
    ),
    KindInfo(
        Kind.CARD_RENEWAL_OPENS,
        "Renewal window opens for your {card}",
        "Card renewal window opens",
        "card_renewal_opens_days",
        (0,),
        "card",
        milestone=True,
    ),
    KindInfo(
        Kind.CARD_RENEWAL_CLOSES,
        "Last day to ask for the renewal of your {card}",
        "Card renewal window closes",
        "card_renewal_closes_days",
        (7, 1),
        "card",
    ),
    KindInfo(
        Kind.CARD_EXPIRY,
        "{card} expires",
        "Card expiry",
        "card_renewal_closes_days",
        (60, 30, 14, 7, 1),
        "card",
    ),
    KindInfo(
        Kind.EMPLOYER_RENEWAL_OPENS,
        "Your employer may file the renewal of your {card}",
        "Employer renewal window opens",
        "employer_renewal_opens_months",
        (7, 0),
        "card",
        milestone=True,
    ),
    KindInfo(
        Kind.EMPLOYER_RENEWAL_CLOSES,
        "Last day for your employer to file the renewal of your {card}",
        "Employer renewal window closes",
        "employer_renewal_closes_months",
        (30, 14, 7, 1),
        "card",
    ),
    KindInfo(
        Kind.DOCUMENT_USABLE_UNTIL,
        "Submit your {document} by",
        "Document no longer usable",
        "document_max_age_months",
        (30, 7, 1),
        "document",
    ),
    KindInfo(
        Kind.LONG_TERM_ELIGIBLE,
        "Long-term residence (L card) possible",
        "Long-term residence possible",
        "long_term_years",
        (30, 0),
        "",
        milestone=True,
        continuity=True,
    ),
    KindInfo(
        Kind.PERMANENT_RESIDENCE_ELIGIBLE,
        "Permanent residence (EU+ / F+ card) possible",
        "Permanent residence possible",
        "permanent_residence_years",
        (30, 0),
        "",
        milestone=True,
        continuity=True,
    ),
    KindInfo(
        Kind.NATIONALITY_ELIGIBLE,
        "Belgian nationality declaration possible",
        "Nationality declaration possible",
        "nationality_years",
        (30, 0),
        "",
        milestone=True,
        continuity=True,
    ),
    KindInfo(
        Kind.DEPARTURE_DECLARATION,
        "Declare your absence at the commune before leaving",
        "Declare a long absence (annex 18)",
        "long_absence_months",
        (30, 7, 1),
        "absence",
    ),
    KindInfo(
        Kind.RENEW_BEFORE_LEAVING,
        "Renew your {card} before leaving",
        "Renew the card before a long trip",
        "long_absence_months",
        (60, 30, 7),
        "absence",
    ),
    KindInfo(
        Kind.RETURN_REPORT,
        "Report back to the commune",
        "Report back after a long absence",
        "return_report_days",
        (7, 1),
        "absence",
    ),
    KindInfo(
        Kind.RETURN_BY,
        "Return to Belgium by this day",
        "Right of return ends",
        "right_of_return_months",
        (60, 30, 7),
        "absence",
        other_rules=("right_of_return_permanent_months",),
    ),
    KindInfo(
        Kind.ADDRESS_DECLARATION,
        "Declare your new address",
        "Declare a change of address",
        "move_declaration_working_days",
        (3, 1),
        "move",
    ),
    KindInfo(
        Kind.PROVISIONAL_EXPIRY,
        "{provisional} expires",
        "Waiting document expires",
        "provisional_card_start_days",
        (30, 7, 1),
        "provisional",
    ),
    KindInfo(
        Kind.TRAVEL_WARNING,
        "Trip without a valid card or visa",
        "Trip on a waiting document",
        "travel_on_provisional_days",
        (30, 7),
        "absence",
    ),
    KindInfo(
        Kind.DECISION_EXPECTED,
        "Decision expected on your {application} application",
        "Decision expected",
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
