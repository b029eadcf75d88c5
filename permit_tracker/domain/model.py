"""What a person records about their journey, as plain immutable values.

A `Person` is one aggregate: the store saves and loads it whole, undo keeps the previous
value, and the engine reads it without a database. Every field but `name` may be unknown.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Final, Literal

Reason = Literal["work", "study", "family", "other"]
CardType = Literal["A", "B", "F", "F+", "K", "L", "EU", "EU+", "H", "other"]
DocumentKind = Literal[
    "passport",
    "visa",
    "means_of_support",
    "accommodation",
    "medical_certificate",
    "police_clearance",
    "other",
]
DocumentStatus = Literal["missing", "requested", "obtained", "submitted"]

REASONS: Final[tuple[Reason, ...]] = ("work", "study", "family", "other")
CARD_TYPES: Final[tuple[CardType, ...]] = (
    "A", "B", "F", "F+", "K", "L", "EU", "EU+", "H", "other",
)  # fmt: skip
# Cards that allow an unlimited stay (RULES.md: card letters since 11 Oct 2021).
UNLIMITED_CARD_TYPES: Final[frozenset[str]] = frozenset({"B", "K", "L", "F+", "EU+"})
DOCUMENT_KINDS: Final[tuple[DocumentKind, ...]] = (
    "passport",
    "visa",
    "means_of_support",
    "accommodation",
    "medical_certificate",
    "police_clearance",
    "other",
)
# Documents whose age is judged on the day they are submitted.
PERISHABLE_DOCUMENT_KINDS: Final[frozenset[str]] = frozenset(
    {"medical_certificate", "police_clearance"}
)
DOCUMENT_STATUSES: Final[tuple[DocumentStatus, ...]] = (
    "missing",
    "requested",
    "obtained",
    "submitted",
)


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

    @property
    def unlimited(self) -> bool:
        return self.type in UNLIMITED_CARD_TYPES


@dataclass(frozen=True, slots=True)
class Absence:
    """A trip abroad. Both the day of leaving and the day of returning count as absent."""

    left: date | None = None
    returned: date | None = None
    note: str | None = None

    def days(self) -> int:
        if self.left is None or self.returned is None:
            return 0
        return (self.returned - self.left).days + 1


@dataclass(frozen=True, slots=True)
class Document:
    kind: DocumentKind | None = None
    status: DocumentStatus | None = None
    issued: date | None = None


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    id: str = field(default_factory=new_person_id)
    reason: Reason | None = None
    arrival: date | None = None
    registered: date | None = None
    visa: Visa | None = None
    passport: Passport | None = None
    cards: tuple[Card, ...] = ()
    absences: tuple[Absence, ...] = ()
    documents: tuple[Document, ...] = ()

    @property
    def residence_start(self) -> date | None:
        """Residence counts from registration, or from arrival when that is not recorded."""
        return self.registered or self.arrival
