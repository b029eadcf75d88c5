"""Every deadline and milestone of a person's journey, with status and explanation.

One row per kind of DESIGN.md that the recorded dates allow (a row whose source date is not
recorded is left out, except the nationality condition below). `today` is a parameter.

Dates and rounding (a due date rounds earlier; relativedelta's month-end clamping is that):
  registration            arrival + registration_days (calendar days)
  visa_expiry             visa.valid_until
  passport_validity       passport.expires - passport_min_validity_months
  passport_expiry         passport.expires
  card_renewal_opens      card.valid_until - card_renewal_opens_days    (an `info` milestone)
  card_renewal_closes     card.valid_until - card_renewal_closes_days
  card_expiry             card.valid_until
  document_usable_until   issued + document_max_age_months (police clearance, medical cert.)
  long_term_eligible      continuity rule with long_term_years           (`info`)
  nationality_eligible    continuity rule with nationality_years, on or after the first
                          unlimited card's start                          (`info`)

Done: registration once `registered` is set; visa_expiry once a card starts on or before the
visa's last day; card rows once a later card (valid_from after this card's valid_from) is
recorded; document_usable_until once the document's status is "submitted"; passport rows
never (a new passport is a new expiry); eligibility rows never (milestones).

Choices where DESIGN.md is silent (strictest or most explicit reading):
* `rule` is always a ruleset key. Three kinds take their date from a document, not from a
  number; they cite the closest rule (`RULE_OF_KIND`): visa_expiry -> registration_days (you
  register so that a card starts before the visa ends), passport_expiry ->
  passport_min_validity_months, card_expiry -> card_renewal_closes_days.
* Without an unlimited card (B, K, L, F+, EU+) the nationality row is `info` with date None:
  the declaration is not possible at all; its explanation says so and gives the date the
  residence condition alone would be met. With one, the date is the earliest day on or after
  the card's start that meets the whole continuity rule (= max(continuity date, card start)
  whenever the rule still holds on the card's start).
* Eligibility rows need a residence start (registration or arrival); without one they are
  left out, like every other row without its source date.
* A card without valid_from counts as replaced when another card with a known start runs
  longer (later valid_until).
* `flag` is set on any dated row that falls on a Sunday or a Belgian public holiday.
* Status: done wins; then `info` for milestones and undated rows; then overdue (< 0 days
  left), due_soon (0..30 days), upcoming.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from types import MappingProxyType
from typing import Final

from dateutil.relativedelta import relativedelta

from permit_tracker.domain.continuity import eligibility_date
from permit_tracker.domain.deadline import DUE_SOON_DAYS, Deadline, Kind, Status
from permit_tracker.domain.explain import amount, human_date, with_source
from permit_tracker.domain.holidays import closed_day_flag
from permit_tracker.domain.model import (
    PERISHABLE_DOCUMENT_KINDS,
    UNLIMITED_CARD_TYPES,
    Card,
    Person,
)
from permit_tracker.rules.ruleset import Ruleset

Day = date  # the parameter `date` of status_for shadows the type

# The ruleset key each kind cites (see the module docstring for the three document dates).
RULE_OF_KIND: Final[Mapping[Kind, str]] = MappingProxyType(
    {
        Kind.REGISTRATION: "registration_days",
        Kind.VISA_EXPIRY: "registration_days",
        Kind.PASSPORT_VALIDITY: "passport_min_validity_months",
        Kind.PASSPORT_EXPIRY: "passport_min_validity_months",
        Kind.CARD_RENEWAL_OPENS: "card_renewal_opens_days",
        Kind.CARD_RENEWAL_CLOSES: "card_renewal_closes_days",
        Kind.CARD_EXPIRY: "card_renewal_closes_days",
        Kind.DOCUMENT_USABLE_UNTIL: "document_max_age_months",
        Kind.LONG_TERM_ELIGIBLE: "long_term_years",
        Kind.NATIONALITY_ELIGIBLE: "nationality_years",
    }
)
MILESTONES: Final = frozenset(
    {Kind.CARD_RENEWAL_OPENS, Kind.LONG_TERM_ELIGIBLE, Kind.NATIONALITY_ELIGIBLE}
)
_KIND_ORDER: Final = {kind: i for i, kind in enumerate(Kind)}
_DOCUMENT_NAMES: Final = {
    "police_clearance": "Police clearance",
    "medical_certificate": "Medical certificate",
}
_OPEN: Final = frozenset({Status.OVERDUE, Status.DUE_SOON, Status.UPCOMING})


def status_for(date: Day | None, done: bool, today: Day, milestone: bool) -> Status:
    """DESIGN.md's status: done; info (milestone, or no date); overdue (date passed);
    due_soon (0..DUE_SOON_DAYS days left, both ends included); upcoming (more)."""
    if done:
        return Status.DONE
    if milestone or date is None:
        return Status.INFO
    left = (date - today).days
    if left < 0:
        return Status.OVERDUE
    return Status.DUE_SOON if left <= DUE_SOON_DAYS else Status.UPCOMING


class _Rows:
    """Collects one person's rows with the fields every row shares."""

    def __init__(self, person: Person, rules: Ruleset, today: date) -> None:
        self.person, self.rules, self.today = person, rules, today
        self.rows: list[Deadline] = []

    def add(
        self, kind: Kind, subject: str, when: date | None, done: bool, title: str, text: str
    ) -> None:
        rule = self.rules[RULE_OF_KIND[kind]]
        self.rows.append(
            Deadline(
                person_id=self.person.id,
                person=self.person.name,
                kind=kind,
                subject=subject,
                date=when,
                status=status_for(when, done, self.today, kind in MILESTONES),
                days_left=(when - self.today).days if when is not None else None,
                title=title,
                rule=rule.key,
                source=rule.citation,
                explanation=with_source(text, rule),
                flag=closed_day_flag(when) if when is not None else None,
            )
        )


def _registration(rows: _Rows) -> None:
    person, rule = rows.person, rows.rules["registration_days"]
    if person.arrival is None:
        return
    due = person.arrival + timedelta(days=rule.value)
    text = f"{amount(rule)} after your arrival on {human_date(person.arrival)} (calendar days)"
    if person.registered is not None:
        text += f"; registered on {human_date(person.registered)}"
    rows.add(Kind.REGISTRATION, "", due, person.registered is not None, rule.title, text)


def _visa(rows: _Rows) -> None:
    visa = rows.person.visa
    if visa is None or visa.valid_until is None:
        return
    until = visa.valid_until
    starts = [c.valid_from for c in rows.person.cards if c.valid_from is not None]
    covered = [s for s in starts if s <= until]
    label = f"{visa.type} visa" if visa.type else "visa"
    text = (
        f"The last day of your {label}, {human_date(until)}: a residence card must start by "
        f"then, so register at the commune in time"
    )
    if covered:
        text += f"; your card from {human_date(min(covered))} starts before it"
    rows.add(Kind.VISA_EXPIRY, "", until, bool(covered), f"{label.capitalize()} expires", text)


def _passport(rows: _Rows) -> None:
    passport = rows.person.passport
    if passport is None or passport.expires is None:
        return
    rule = rows.rules["passport_min_validity_months"]
    expires = passport.expires
    qualifies = expires - relativedelta(months=rule.value)
    rows.add(
        Kind.PASSPORT_VALIDITY,
        "",
        qualifies,
        False,
        f"Last day your passport has {amount(rule)} of validity",
        f"{amount(rule)} before your passport expires on {human_date(expires)}: after this "
        f"day it is no longer valid {amount(rule)} beyond an application",
    )
    rows.add(
        Kind.PASSPORT_EXPIRY,
        "",
        expires,
        False,
        "Passport expires",
        f"Your passport expires on {human_date(expires)}; applications need {amount(rule)} "
        f"of validity left, so renew it well before",
    )


def card_subjects(cards: Sequence[Card]) -> list[str]:
    """Subjects "card-1", "card-2"... in order of valid_from (unknown last), then input order,
    for every card, so that filling in one card's dates renumbers nobody else."""
    order = sorted(
        range(len(cards)),
        key=lambda i: (cards[i].valid_from is None, cards[i].valid_from or date.min, i),
    )
    subjects = [""] * len(cards)
    for rank, i in enumerate(order, start=1):
        subjects[i] = f"card-{rank}"
    return subjects


def _replacement(card: Card, cards: Sequence[Card]) -> Card | None:
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


def _cards(rows: _Rows) -> None:
    cards = rows.person.cards
    opens_rule = rows.rules["card_renewal_opens_days"]
    closes_rule = rows.rules["card_renewal_closes_days"]
    for card, subject in zip(cards, card_subjects(cards), strict=True):
        until = card.valid_until
        if until is None:
            continue
        label = _card_label(card)
        newer = _replacement(card, cards)
        done = newer is not None
        replaced = (
            f"; replaced by the card from {human_date(newer.valid_from)}"
            if newer is not None and newer.valid_from is not None
            else ""
        )
        ends = f"your {label} expires on {human_date(until)}"
        rows.add(
            Kind.CARD_RENEWAL_OPENS,
            subject,
            until - timedelta(days=opens_rule.value),
            done,
            f"{label.capitalize()}: renewal window opens",
            f"{amount(opens_rule)} before {ends}: from this day you may ask the commune to "
            f"renew it{replaced}",
        )
        rows.add(
            Kind.CARD_RENEWAL_CLOSES,
            subject,
            until - timedelta(days=closes_rule.value),
            done,
            f"{label.capitalize()}: last day to ask for renewal",
            f"{amount(closes_rule)} before {ends}: ask the commune to renew it at the "
            f"latest on this day{replaced}",
        )
        rows.add(
            Kind.CARD_EXPIRY,
            subject,
            until,
            done,
            f"{label.capitalize()} expires",
            f"The last day of your {label}; ask for its renewal between "
            f"{amount(opens_rule)} and {amount(closes_rule)} before{replaced}",
        )


def _card_label(card: Card) -> str:
    if card.type is None or card.type == "other":
        return "residence card"
    return f"{card.type} card"


def _documents(rows: _Rows) -> None:
    rule = rows.rules["document_max_age_months"]
    counts: dict[str, int] = {}
    for doc in rows.person.documents:
        if doc.kind not in PERISHABLE_DOCUMENT_KINDS or doc.kind is None:
            continue
        counts[doc.kind] = counts.get(doc.kind, 0) + 1
        subject = f"{doc.kind}-{counts[doc.kind]}"  # numbered in input order, dated or not
        if doc.issued is None:
            continue
        name = _DOCUMENT_NAMES.get(doc.kind, doc.kind)
        submitted = doc.status == "submitted"
        text = (
            f"{amount(rule)} after your {name.lower()} was issued on {human_date(doc.issued)}: "
            f"it must be under {amount(rule)} old on the day you submit it"
        )
        rows.add(
            Kind.DOCUMENT_USABLE_UNTIL,
            subject,
            doc.issued + relativedelta(months=rule.value),
            submitted,
            f"{name}: submit by",
            text + ("; submitted" if submitted else ""),
        )


def _eligibility(rows: _Rows) -> None:
    person, rules = rows.person, rows.rules
    if person.residence_start is None:
        return
    long_term = eligibility_date(person, rules, "long_term_years")
    rows.add(
        Kind.LONG_TERM_ELIGIBLE,
        "",
        long_term.date,
        False,
        "Long-term residence (L card) possible",
        long_term.reason.removesuffix(".") + ". Stable resources and health insurance are "
        "also required",
    )
    unlimited = [
        c for c in person.cards if c.type in UNLIMITED_CARD_TYPES and c.valid_from is not None
    ]
    title = "Belgian nationality declaration possible"
    conditions = "A2 language, social integration and economic participation are also required"
    first = min(unlimited, key=lambda c: c.valid_from or date.min, default=None)
    if first is None or first.valid_from is None:
        residence = eligibility_date(person, rules, "nationality_years")
        kinds = ", ".join(sorted(UNLIMITED_CARD_TYPES))
        when = human_date(residence.date) if residence.date else "unknown"
        rows.add(
            Kind.NATIONALITY_ELIGIBLE,
            "",
            None,
            False,
            title,
            f"An unlimited-stay card ({kinds}) is required and none is recorded. The "
            f"residence condition alone would be met on {when}: {residence.reason} "
            f"{conditions}",
        )
        return
    nationality = eligibility_date(
        person,
        rules,
        "nationality_years",
        not_before=first.valid_from,
        not_before_label=f"the start of your first unlimited-stay card ({first.type})",
    )
    rows.add(
        Kind.NATIONALITY_ELIGIBLE,
        "",
        nationality.date,
        False,
        title,
        f"{nationality.reason} {conditions}",
    )


def deadlines_for(person: Person, rules: Ruleset, today: date) -> list[Deadline]:
    """Every deadline and milestone that applies to `person`, in display order."""
    rows = _Rows(person, rules, today)
    for build in (_registration, _visa, _passport, _cards, _documents, _eligibility):
        build(rows)
    return sort_deadlines(rows.rows)


def all_deadlines(people: Iterable[Person], rules: Ruleset, today: date) -> list[Deadline]:
    """Everyone's rows in one list, in display order."""
    rows: list[Deadline] = []
    for person in people:
        rows.extend(deadlines_for(person, rules, today))
    return sort_deadlines(rows)


def _subject_key(subject: str) -> tuple[str, int]:
    head, _, number = subject.rpartition("-")
    return (head, int(number)) if number.isdigit() else (subject, 0)


def sort_key(row: Deadline) -> tuple[int, date, str, int, tuple[str, int]]:
    """Overdue first (oldest first), then by date; undated rows last; then person, kind
    (DESIGN.md order) and subject, so equal dates keep a stable order."""
    group = 0 if row.status is Status.OVERDUE else 1 if row.date is not None else 2
    return (
        group,
        row.date or date.max,
        row.person,
        _KIND_ORDER[row.kind],
        _subject_key(row.subject),
    )


def sort_deadlines(rows: Iterable[Deadline]) -> list[Deadline]:
    return sorted(rows, key=sort_key)


def next_deadline(deadlines: Sequence[Deadline]) -> Deadline | None:
    """The most important open row: the oldest overdue one, else the soonest due_soon or
    upcoming one; done and info rows never."""
    open_rows = [d for d in deadlines if d.status in _OPEN]
    return min(open_rows, key=sort_key, default=None)
