"""A deadline as every layer sees it: the engine makes them, UI, CLI, calendar and reminders
read them. `kind` codes are stable (calendar UIDs, reminders and `deadlines --json` use
them), and (person_id, kind, subject) identifies one deadline across edits, so calendar UIDs
and reminders survive a changed date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final, TypeAlias

from permit_tracker.domain.phrase import Arg, Phrase


class Kind(StrEnum):
    """Every kind, in the order of docs/rules.md (the display order of equal dates)."""

    REGISTRATION = "registration"
    VISA_EXPIRY = "visa_expiry"
    PASSPORT_VALIDITY = "passport_validity"
    PASSPORT_EXPIRY = "passport_expiry"
    CARD_RENEWAL_OPENS = "card_renewal_opens"
    CARD_RENEWAL_CLOSES = "card_renewal_closes"
    CARD_EXPIRY = "card_expiry"
    EMPLOYER_RENEWAL_OPENS = "employer_renewal_opens"
    EMPLOYER_RENEWAL_CLOSES = "employer_renewal_closes"
    DOCUMENT_USABLE_UNTIL = "document_usable_until"
    LONG_TERM_ELIGIBLE = "long_term_eligible"
    PERMANENT_RESIDENCE_ELIGIBLE = "permanent_residence_eligible"
    NATIONALITY_ELIGIBLE = "nationality_eligible"
    DEPARTURE_DECLARATION = "departure_declaration"
    RENEW_BEFORE_LEAVING = "renew_before_leaving"
    RETURN_REPORT = "return_report"
    RETURN_BY = "return_by"
    ADDRESS_DECLARATION = "address_declaration"
    PROVISIONAL_EXPIRY = "provisional_expiry"
    TRAVEL_WARNING = "travel_warning"
    DECISION_EXPECTED = "decision_expected"


class Status(StrEnum):
    DONE = "done"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"  # 0..30 days left
    UPCOMING = "upcoming"
    INFO = "info"  # a milestone or a condition: nobody is late for it


DUE_SOON_DAYS: Final = 30

# The numbers and dates behind a row, so no caller has to re-parse the English explanation:
# ("arrival", date(2025, 3, 3)), ("rule_value", 8), ("card_type", "A")...
FactValue: TypeAlias = date | int | str | bool | None


@dataclass(frozen=True, slots=True)
class RowText:
    """What a row says, as data: rendered per language by `permit_tracker.i18n.deadline_text`
    (the row's `title`, `explanation` and `flag` are its English rendering)."""

    title: Phrase  # "{card} expires", card=Term(...)
    reason: Arg  # why the date is what it is, without the rule and source
    flag: Phrase | None = None  # "falls on {holiday}"


@dataclass(frozen=True, slots=True)
class Deadline:
    person_id: str
    person: str  # the person's name, for display and the JSON output
    kind: Kind
    # Stable within (person, kind) when dates change: "" for one-off deadlines,
    # "card-1", "card-2"... in card order, "police_clearance-1"... for documents.
    subject: str
    date: date | None  # None only for an `info` row that states a condition
    status: Status
    days_left: int | None  # date - today; negative when past
    title: str  # "Register at your commune"
    rule: str  # ruleset key
    source: str  # citation with URL
    explanation: str  # "8 days after your arrival on 3 March 2025 — ..."
    flag: str | None = None  # e.g. "falls on a Sunday" / "falls on Easter Monday"
    facts: tuple[tuple[str, FactValue], ...] = ()
    # The structured text the engine made the row from; None for a row written by hand
    # (whose title and explanation are then shown as they are, in any language).
    text: RowText | None = None

    def fact(self, name: str) -> FactValue:
        """One of `facts` by name, None when the row has no such fact."""
        return dict(self.facts).get(name)

    @property
    def key(self) -> str:
        """Identity across edits: person, kind and subject, never the date."""
        return f"{self.person_id}/{self.kind.value}/{self.subject}"
