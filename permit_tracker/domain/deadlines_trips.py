"""Builders of the kinds about trips abroad: departure_declaration, renew_before_leaving,
return_report (trips longer than long_absence_months), return_by (right of return) and
travel_warning (a trip on a waiting document, or on nothing).

Dates and readings: see `domain.deadlines`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from types import MappingProxyType
from typing import Final

from dateutil.relativedelta import relativedelta

from permit_tracker.domain.continuity_spans import interrupts
from permit_tracker.domain.deadline import FactValue, Kind
from permit_tracker.domain.deadlines_cards import card_term, replacement
from permit_tracker.domain.deadlines_records import provisional_term
from permit_tracker.domain.deadlines_rows import Builders, Rows, Trip
from permit_tracker.domain.explain import amount
from permit_tracker.domain.model import PERMANENT_RESIDENCE_CARD_TYPES, Card
from permit_tracker.domain.phrase import Arg, phrase, render


def _longer_than(left: date, returned: date, months: int) -> bool:
    """returned > left + months (relativedelta), i.e. returned - 1 day >= left + months:
    `interrupts` decides most spans without calendar arithmetic."""
    return interrupts(left, returned - timedelta(days=1), months)


def _dated_trips(rows: Rows) -> list[Trip]:
    return rows.trips


def _long_trips(rows: Rows) -> list[Trip]:
    """The trips longer than long_absence_months (three kinds read them)."""
    if rows.long_trips is None:
        months = rows.rules.value("long_absence_months")
        rows.long_trips = [t for t in rows.trips if _longer_than(t[2], t[3], months)]
    return rows.long_trips


def _trip_facts(left: date, returned: date) -> dict[str, FactValue]:
    return {"left": left, "returned": returned, "days": (returned - left).days + 1}


def _valid_on(card: Card, day: date) -> bool:
    return (
        card.valid_from is not None
        and card.valid_from <= day
        and (card.valid_until is None or card.valid_until >= day)
    )


def _departure_declaration(rows: Rows) -> None:
    rule = rows.rules["long_absence_months"]
    for trip, subject, left, returned in _long_trips(rows):
        text = phrase(
            "Your trip from {left} to {returned} lasts more than {amount}: declare it at the "
            "commune (annex 18) before you leave",
            left=left,
            returned=returned,
            amount=amount(rule),
        )
        if trip.declared is not None:
            text = phrase("{text}; declared on {declared}", text=text, declared=trip.declared)
        rows.add(
            Kind.DEPARTURE_DECLARATION,
            subject,
            left - timedelta(days=1),
            trip.declared is not None,
            text,
            facts=_trip_facts(left, returned) | {"declared": trip.declared},
        )


def _renew_before_leaving(rows: Rows) -> None:
    rule = rows.rules["long_absence_months"]
    cards = rows.person.cards
    for _trip, subject, left, returned in _long_trips(rows):
        # A card without a known start counts as held when its end is not before the day
        # of leaving (the strict reading: warn rather than miss a card that lapses abroad).
        valid = [
            c
            for c in cards
            if _valid_on(c, left)
            or (c.valid_from is None and c.valid_until is not None and c.valid_until >= left)
        ]
        if not valid or any(c.valid_until is None for c in valid):
            continue
        card = max(valid, key=lambda c: c.valid_until or date.max)
        # The day of return is a day of absence: a card whose last day it is lapses abroad.
        if card.valid_until is None or card.valid_until > returned:
            continue
        if replacement(card, cards) is not None:
            continue
        label = card_term(card)
        rows.add(
            Kind.RENEW_BEFORE_LEAVING,
            subject,
            left - timedelta(days=1),
            False,
            phrase(
                "Your {card} expires on {until}, while you are away ({left} to {returned}, "
                "more than {amount}): renew it before you leave (possible only in its last "
                "year)",
                card=label,
                until=card.valid_until,
                left=left,
                returned=returned,
                amount=amount(rule),
            ),
            facts=_trip_facts(left, returned) | {"card_valid_until": card.valid_until},
            card=label,
        )


def _return_report(rows: Rows) -> None:
    rule = rows.rules["return_report_days"]
    months = amount(rows.rules["long_absence_months"])
    for trip, subject, left, returned in _long_trips(rows):
        text = phrase(
            "{amount} after you return on {returned} from an absence of more than {months} "
            "(since {left}): report to the commune",
            amount=amount(rule),
            returned=returned,
            months=months,
            left=left,
        )
        if trip.reported_back is not None:
            text = phrase(
                "{text}; reported back on {reported}", text=text, reported=trip.reported_back
            )
        rows.add(
            Kind.RETURN_REPORT,
            subject,
            returned + timedelta(days=rule.value),
            trip.reported_back is not None,
            text,
            facts=_trip_facts(left, returned) | {"reported_back": trip.reported_back},
        )


def _return_by(rows: Rows) -> None:
    cards = rows.person.cards
    for _trip, subject, left, returned in _dated_trips(rows):
        holder = any(c.type in PERMANENT_RESIDENCE_CARD_TYPES and _valid_on(c, left) for c in cards)
        rule = rows.rules[
            "right_of_return_permanent_months" if holder else "right_of_return_months"
        ]
        if not _longer_than(left, returned, rule.value):
            continue
        limit = left + relativedelta(months=rule.value)
        if holder:
            text = phrase(
                "You leave on {left} and return on {returned}: away longer than {amount} as an "
                "EU+ / F+ holder you lose the right to return to your residence; come back by "
                "this day",
                left=left,
                returned=returned,
                amount=amount(rule),
            )
        else:
            text = phrase(
                "You leave on {left} and return on {returned}: away longer than {amount} you "
                "lose the right to return to your residence; come back by this day",
                left=left,
                returned=returned,
                amount=amount(rule),
            )
        rows.add(
            Kind.RETURN_BY,
            subject,
            limit,
            False,
            text,
            rule_key=rule.key,
            facts=_trip_facts(left, returned) | {"holder": holder},
        )


def _travel_warning(rows: Rows) -> None:
    person = rows.person
    if person.is_eu:
        return
    since = person.arrival or person.registered
    visa = person.visa
    for _trip, subject, left, returned in _dated_trips(rows):
        if since is not None and left < since:
            continue
        if any(_valid_on(c, left) for c in person.cards):
            continue
        if (
            visa is not None
            and visa.valid_until is not None
            and visa.valid_until >= left
            and (visa.valid_from is None or visa.valid_from <= left)
        ):
            continue
        waiting = [
            provisional_term(p.kind, "a waiting document")
            for p in person.provisional
            if p.valid_until is not None
            and p.valid_until >= left
            and (p.issued is None or p.issued <= left)
        ]
        if waiting:
            held = phrase("only {documents}, not a valid card or visa", documents=_and(waiting))
        else:
            held = phrase("neither a valid card nor a valid visa")
        rows.add(
            Kind.TRAVEL_WARNING,
            subject,
            left,
            False,
            phrase(
                "On {left}, the day you leave, you hold {held}, so you may not be let back into "
                "Belgium",
                left=left,
                held=held,
            ),
            facts=_trip_facts(left, returned)
            | {"held": ", ".join(render(w) for w in waiting) or None},
        )


def _and(items: Sequence[Arg]) -> Arg:
    """ "A and B and C" (a phrase per "and", so each language words it)."""
    result = items[0]
    for item in items[1:]:
        result = phrase("{first} and {second}", first=result, second=item)
    return result


TRIP_BUILDERS: Final[Builders] = MappingProxyType(
    {
        Kind.DEPARTURE_DECLARATION: _departure_declaration,
        Kind.RENEW_BEFORE_LEAVING: _renew_before_leaving,
        Kind.RETURN_REPORT: _return_report,
        Kind.RETURN_BY: _return_by,
        Kind.TRAVEL_WARNING: _travel_warning,
    }
)
