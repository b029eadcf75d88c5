"""Builders of the kinds about each card: the commune renewal window (card_renewal_opens /
closes), card_expiry, and the single permit's employer window (employer_renewal_opens /
closes). Also the card helpers the trip kinds share (`replacement`, `card_label`).

Dates and readings: see `domain.deadlines`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from types import MappingProxyType
from typing import Final

from dateutil.relativedelta import relativedelta

from permit_tracker.domain.deadline import FactValue, Kind
from permit_tracker.domain.deadlines_rows import Builders, Rows, card_subjects
from permit_tracker.domain.explain import amount, human_date
from permit_tracker.domain.model import Card, Person

_EMPLOYER_CARDS: Final = frozenset({"A", "H"})
_EMPLOYER_REASONS: Final = frozenset({"work", "blue_card"})


def replacement(card: Card, cards: Sequence[Card]) -> Card | None:
    """The earliest-starting later card: valid_from after this card's valid_from (or, when
    this one's start is unknown, a card with a known start that runs longer)."""
    later: list[Card] = []
    for other in cards:
        if other is card or other.valid_from is None:
            continue
        if card.valid_from is not None:
            if other.valid_from > card.valid_from:
                later.append(other)
        elif (
            card.valid_until is not None
            and other.valid_until is not None
            and other.valid_until > card.valid_until
        ):
            later.append(other)
    return min(later, key=lambda c: c.valid_from or date.min, default=None)


def card_label(card: Card) -> str:
    if card.type is None or card.type == "other":
        return "residence card"
    return f"{card.type} card"


def _card_reason(card: Card, person: Person) -> str | None:
    return card.reason or person.reason


class _CardFacts:
    """What every row about one card says: the replacement, the renewal request."""

    def __init__(self, card: Card, person: Person) -> None:
        self.card, self.label = card, card_label(card)
        self.newer = replacement(card, person.cards)
        self.replaced = (
            f"; replaced by the card from {human_date(self.newer.valid_from)}"
            if self.newer is not None and self.newer.valid_from is not None
            else ""
        )
        self.requested = (
            f"; renewal asked for on {human_date(card.renewal_requested)}"
            if card.renewal_requested is not None and self.newer is None
            else ""
        )
        self.window_done = self.newer is not None or card.renewal_requested is not None

    def facts(self) -> dict[str, FactValue]:
        return {
            "card_type": self.card.type,
            "valid_until": self.card.valid_until,
            "replaced_by": self.newer.valid_from if self.newer else None,
            "renewal_requested": self.card.renewal_requested,
        }


def _cards_with_end(person: Person) -> Iterable[tuple[Card, str, date]]:
    for card, subject in zip(person.cards, card_subjects(person.cards), strict=True):
        if card.valid_until is not None:
            yield card, subject, card.valid_until


def _renewal_what(card: Card) -> str:
    if card.type == "F":
        return "apply for the F+ card (permanent residence: how an F card is renewed)"
    return "ask the commune to renew it"


def _card_renewal_opens(rows: Rows) -> None:
    rule = rows.rules["card_renewal_opens_days"]
    for card, subject, until in _cards_with_end(rows.person):
        f = _CardFacts(card, rows.person)
        rows.add(
            Kind.CARD_RENEWAL_OPENS,
            subject,
            until - timedelta(days=rule.value),
            f.window_done,
            f"{amount(rule)} before your {f.label} expires on {human_date(until)}: from this "
            f"day you may {_renewal_what(card)}{f.replaced}{f.requested}",
            facts=f.facts(),
            card=f.label,
        )


def _card_renewal_closes(rows: Rows) -> None:
    rule = rows.rules["card_renewal_closes_days"]
    for card, subject, until in _cards_with_end(rows.person):
        f = _CardFacts(card, rows.person)
        rows.add(
            Kind.CARD_RENEWAL_CLOSES,
            subject,
            until - timedelta(days=rule.value),
            f.window_done,
            f"{amount(rule)} before your {f.label} expires on {human_date(until)}: "
            f"{_renewal_what(card)} at the latest on this day{f.replaced}{f.requested}",
            facts=f.facts(),
            card=f.label,
        )


def _card_expiry(rows: Rows) -> None:
    opens, closes = rows.rules["card_renewal_opens_days"], rows.rules["card_renewal_closes_days"]
    for card, subject, until in _cards_with_end(rows.person):
        f = _CardFacts(card, rows.person)
        rows.add(
            Kind.CARD_EXPIRY,
            subject,
            until,
            f.newer is not None,
            f"The last day of your {f.label}; {_renewal_what(card)} between {amount(opens)} "
            f"and {amount(closes)} before{f.replaced}{f.requested}",
            facts=f.facts(),
            card=f.label,
        )


def _employer_cards(rows: Rows) -> Iterable[tuple[Card, str, date]]:
    for card, subject, until in _cards_with_end(rows.person):
        if card.type in _EMPLOYER_CARDS and _card_reason(card, rows.person) in _EMPLOYER_REASONS:
            yield card, subject, until


def _opening_before(until: date, months: int) -> date:
    """`until` - `months`, rounded later when that day does not exist in the target month
    (31 May - 3 months = 1 Mar, not 28 Feb: 28 Feb + 3 months is 28 May, more than 3
    months before the end). A window's first day is the earliest day it allows, so it
    rounds like an eligibility date; filing earlier risks a refusal."""
    opening = until - relativedelta(months=months)
    return opening + timedelta(days=1) if opening.day != until.day else opening


def _employer_renewal_opens(rows: Rows) -> None:
    rule = rows.rules["employer_renewal_opens_months"]
    for card, subject, until in _employer_cards(rows):
        f = _CardFacts(card, rows.person)
        rows.add(
            Kind.EMPLOYER_RENEWAL_OPENS,
            subject,
            _opening_before(until, rule.value),
            f.window_done,
            f"{amount(rule)} before your {f.label} (a single permit) expires on "
            f"{human_date(until)}: from this day your employer may file the renewal with the "
            f"Region; ask them to{f.replaced}{f.requested}",
            facts=f.facts(),
            card=f.label,
        )


def _employer_renewal_closes(rows: Rows) -> None:
    rule = rows.rules["employer_renewal_closes_months"]
    for card, subject, until in _employer_cards(rows):
        f = _CardFacts(card, rows.person)
        rows.add(
            Kind.EMPLOYER_RENEWAL_CLOSES,
            subject,
            until - relativedelta(months=rule.value),
            f.window_done,
            f"{amount(rule)} before your {f.label} (a single permit) expires on "
            f"{human_date(until)}: your employer must have filed the renewal with the Region "
            f"by this day, so ask them to do it in time{f.replaced}{f.requested}",
            facts=f.facts(),
            card=f.label,
        )


CARD_BUILDERS: Final[Builders] = MappingProxyType(
    {
        Kind.CARD_RENEWAL_OPENS: _card_renewal_opens,
        Kind.CARD_RENEWAL_CLOSES: _card_renewal_closes,
        Kind.CARD_EXPIRY: _card_expiry,
        Kind.EMPLOYER_RENEWAL_OPENS: _employer_renewal_opens,
        Kind.EMPLOYER_RENEWAL_CLOSES: _employer_renewal_closes,
    }
)
