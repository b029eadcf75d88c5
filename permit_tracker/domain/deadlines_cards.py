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
from permit_tracker.domain.explain import amount
from permit_tracker.domain.model import Card, Person
from permit_tracker.domain.phrase import Phrase, Term, phrase

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
    return card_term(card).english


def card_term(card: Card) -> Term:
    """The card's name ("A card"; "residence card" when its type is unknown)."""
    if card.type is None or card.type == "other":
        return Term("card", None, "residence card")
    return Term("card", card.type, f"{card.type} card")


def _card_reason(card: Card, person: Person) -> str | None:
    return card.reason or person.reason


class _CardFacts:
    """What every row about one card says: the replacement, the renewal request."""

    def __init__(self, card: Card, person: Person) -> None:
        self.card, self.label = card, card_term(card)
        self.newer = replacement(card, person.cards)
        self.window_done = self.newer is not None or card.renewal_requested is not None

    def noted(self, text: Phrase) -> Phrase:
        """`text`, then the replacement or the renewal request when there is one."""
        if self.newer is not None and self.newer.valid_from is not None:
            text = phrase(
                "{text}; replaced by the card from {replaced}",
                text=text,
                replaced=self.newer.valid_from,
            )
        if self.card.renewal_requested is not None and self.newer is None:
            text = phrase(
                "{text}; renewal asked for on {requested}",
                text=text,
                requested=self.card.renewal_requested,
            )
        return text

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


def _renewal_what(card: Card) -> Phrase:
    if card.type == "F":
        return phrase("apply for the F+ card (permanent residence: how an F card is renewed)")
    return phrase("ask the commune to renew it")


def _card_renewal_opens(rows: Rows) -> None:
    rule = rows.rules["card_renewal_opens_days"]
    for card, subject, until in _cards_with_end(rows.person):
        f = _CardFacts(card, rows.person)
        rows.add(
            Kind.CARD_RENEWAL_OPENS,
            subject,
            until - timedelta(days=rule.value),
            f.window_done,
            f.noted(
                phrase(
                    "{amount} before your {card} expires on {until}: from this day you may {what}",
                    amount=amount(rule),
                    card=f.label,
                    until=until,
                    what=_renewal_what(card),
                )
            ),
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
            f.noted(
                phrase(
                    "{amount} before your {card} expires on {until}: {what} at the latest on "
                    "this day",
                    amount=amount(rule),
                    card=f.label,
                    until=until,
                    what=_renewal_what(card),
                )
            ),
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
            f.noted(
                phrase(
                    "The last day of your {card}; {what} between {opens} and {closes} before",
                    card=f.label,
                    what=_renewal_what(card),
                    opens=amount(opens),
                    closes=amount(closes),
                )
            ),
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
            f.noted(
                phrase(
                    "{amount} before your {card} (a single permit) expires on {until}: from "
                    "this day your employer may file the renewal with the Region; ask them to",
                    amount=amount(rule),
                    card=f.label,
                    until=until,
                )
            ),
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
            f.noted(
                phrase(
                    "{amount} before your {card} (a single permit) expires on {until}: your "
                    "employer must have filed the renewal with the Region by this day, so ask "
                    "them to do it in time",
                    amount=amount(rule),
                    card=f.label,
                    until=until,
                )
            ),
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
