"""What a person records about their journey, as plain immutable values.

A `Person` is one aggregate: the store saves and loads it whole, undo keeps the previous
value, and the engine reads it without a database. Every field but `name` may be unknown.

The vocabularies (reasons, card types, document kinds...) are each written once, as a
`Literal`; the tuples that list them at run time are derived from it with `get_args`, so the
two can never disagree.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Final, Literal, TypeAlias, get_args

Citizenship = Literal["non_eu", "eu"]
# The reason of stay, of a person and of each card (docs/exchange-format.md).
Reason = Literal[
    "work", "blue_card", "research", "study", "search_year", "family", "au_pair",
    "seasonal", "other",
]  # fmt: skip
CardType = Literal["A", "B", "EU", "EU+", "F", "F+", "H", "K", "L", "M", "other"]
DocumentKind = Literal[
    "passport",
    "visa",
    "means_of_support",
    "accommodation",
    "medical_certificate",
    "police_clearance",
    "enrolment",
    "work_permit",
    "civil_status",
    "health_insurance",
    "other",
]
DocumentStatus = Literal["missing", "requested", "obtained", "submitted"]
# Documents that stand in for a card while one is pending, lost or being renewed.
ProvisionalKind = Literal[
    "annex_15", "orange_card", "annex_12", "annex_19", "annex_19ter", "annex_49", "other"
]
ApplicationKind = Literal[
    "long_term", "permanent_residence", "nationality", "family_reunification",
    "card_renewal", "other",
]  # fmt: skip

CITIZENSHIPS: Final[tuple[Citizenship, ...]] = get_args(Citizenship)
REASONS: Final[tuple[Reason, ...]] = get_args(Reason)
CARD_TYPES: Final[tuple[CardType, ...]] = get_args(CardType)
DOCUMENT_KINDS: Final[tuple[DocumentKind, ...]] = get_args(DocumentKind)
DOCUMENT_STATUSES: Final[tuple[DocumentStatus, ...]] = get_args(DocumentStatus)
PROVISIONAL_KINDS: Final[tuple[ProvisionalKind, ...]] = get_args(ProvisionalKind)
APPLICATION_KINDS: Final[tuple[ApplicationKind, ...]] = get_args(ApplicationKind)

# Cards that allow an unlimited stay (card letters since 11 Oct 2021, docs/rules.md).
UNLIMITED_CARD_TYPES: Final[frozenset[str]] = frozenset({"B", "K", "L", "F+", "EU+"})
# Cards held at the nationality declaration (Royal Decree of 14 Jan 2013 art. 3).
NATIONALITY_CARD_TYPES: Final[frozenset[str]] = frozenset(
    {"B", "K", "L", "EU", "EU+", "F", "F+", "M"}
)
# Holders of these have the permanent right of residence (right of return: 24 months).
PERMANENT_RESIDENCE_CARD_TYPES: Final[frozenset[str]] = frozenset({"EU+", "F+"})
# Documents whose age is judged on the day they are submitted.
PERISHABLE_DOCUMENT_KINDS: Final[frozenset[str]] = frozenset(
    {"medical_certificate", "police_clearance"}
)


Day: TypeAlias = date  # `Move.date` shadows the type inside its class body


def new_person_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class Visa:
    type: str | None = None  # usually "D" (long stay)
    valid_from: date | None = None
    valid_until: date | None = None


@dataclass(frozen=True, slots=True)
class Passport:
    expires: date | None = None


@dataclass(frozen=True, slots=True)
class Card:
    type: CardType | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    reason: Reason | None = None  # None: the person's reason
    renewal_requested: date | None = None  # the day the renewal was asked for

    @property
    def unlimited(self) -> bool:
        return self.type in UNLIMITED_CARD_TYPES


@dataclass(frozen=True, slots=True)
class Absence:
    """A trip abroad. Both the day of leaving and the day of returning count as absent."""

    left: date | None = None
    returned: date | None = None
    note: str | None = None
    declared: date | None = None  # declared at the commune before leaving (annex 18)
    reported_back: date | None = None  # reported to the commune after returning
    important_reason: bool = False  # illness, pregnancy, study, posting (permanent residence)

    def days(self) -> int:
        if self.left is None or self.returned is None:
            return 0
        return (self.returned - self.left).days + 1


@dataclass(frozen=True, slots=True)
class Move:
    """A change of address inside Belgium."""

    date: Day | None = None
    declared: Day | None = None  # declared at the (new) commune


@dataclass(frozen=True, slots=True)
class Provisional:
    """A waiting document: annex 15, orange card, annex 12, annex 19/19ter, annex 49."""

    kind: ProvisionalKind | None = None
    issued: date | None = None
    valid_until: date | None = None


@dataclass(frozen=True, slots=True)
class Application:
    kind: ApplicationKind | None = None
    filed: date | None = None
    decided: date | None = None


@dataclass(frozen=True, slots=True)
class Document:
    kind: DocumentKind | None = None
    status: DocumentStatus | None = None
    issued: date | None = None


@dataclass(frozen=True, slots=True)
class Procedure:
    """Optional dates of the steps between registration and holding the card."""

    police_check: date | None = None  # the police visit that checks the address
    card_application: date | None = None  # photo and fingerprints at the commune
    card_collected: date | None = None  # PIN letter received and card collected

    @property
    def empty(self) -> bool:
        return (self.police_check, self.card_application, self.card_collected) == (None,) * 3


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    id: str = field(default_factory=new_person_id)
    citizenship: Citizenship | None = None  # None: not recorded, read as non_eu
    reason: Reason | None = None
    arrival: date | None = None
    registered: date | None = None
    visa: Visa | None = None
    passport: Passport | None = None
    cards: tuple[Card, ...] = ()
    absences: tuple[Absence, ...] = ()
    moves: tuple[Move, ...] = ()
    provisional: tuple[Provisional, ...] = ()
    applications: tuple[Application, ...] = ()
    documents: tuple[Document, ...] = ()
    procedure: Procedure | None = None

    @property
    def residence_start(self) -> date | None:
        """Residence counts from registration, or from arrival when that is not recorded."""
        return self.registered or self.arrival

    @property
    def is_eu(self) -> bool:
        """An EU, EEA or Swiss citizen (`citizenship` "eu"); unknown counts as non-EU."""
        return self.citizenship == "eu"
