"""Every deadline and milestone of a person's journey, with status and explanation.

One row per kind of DESIGN.md (v2) that the recorded dates allow; a row whose source date
is not recorded is left out, except the conditions below that are `info` rows without a
date. `today` is a parameter. What each kind is (title, rule, milestone, reminders, subject)
lives in the registry, `domain.kinds`; here each kind has its builder (`BUILDERS`).

Dates (a due date rounds earlier — relativedelta's month-end clamping does that; an
eligibility date rounds later — `continuity.add_eligibility`; so does a window's opening,
the earliest day it allows — `_opening_before`: 31 May - 3 months = 1 Mar):
  registration            non-EU: arrival + registration_days; EU: + registration_eu_months
  visa_expiry             visa.valid_until (not for EU citizens)
  passport_validity       the next application on or after today that the passport does not
                          cover by passport_min_validity_months; without one, `info` at
                          expiry - passport_min_validity_months
  passport_expiry         passport.expires
  card_renewal_opens/closes, card_expiry   valid_until - 40 days / - 30 days / valid_until
  employer_renewal_opens/closes            A or H card for work or blue_card:
                                           valid_until - 3 months / - 2 months
  document_usable_until   issued + document_max_age_months (police clearance, medical cert.)
  long_term_eligible      non-EU: the weighted long-term rule (`continuity.eligibility_date`)
  permanent_residence_eligible   EU citizens and anyone with an F / F+ card recorded
  nationality_eligible    plain continuity with nationality_years, on or after the first
                          card of NATIONALITY_CARD_TYPES
  departure_declaration / renew_before_leaving   left - 1 day; return_report returned + 15
  return_by               left + 12 months (24 for EU+ / F+ holders), when the trip ends later
  address_declaration     move + 8 working days (Sundays and public holidays skipped)
  provisional_expiry      valid_until; travel_warning: left; decision_expected: filed + months

Readings chosen where DESIGN.md is silent (the strictest, or the most explicit one):
* Subjects number every record of a list by its first date (cards valid_from, absences
  left, moves date, provisional issued else valid_until, applications filed, documents
  issued per document kind), undated ones last in input order, so filling in one record's
  date renumbers no dated one.
* A card without valid_from counts as replaced when another card with a known start runs
  longer (later valid_until).
* passport_validity: the applications are the open (not done) card and employer windows'
  openings and the dated eligibility rows, on or after today. The row is the first of them
  the passport does not cover (expires before application + 12 months); it is `done`, dated
  on the next application, when the passport covers every known one. An eligibility date
  already passed is not an application "on or after today" and is not used. A renewal
  window (card or employer) that opened before today, is not done and whose card is still
  valid is an application due now: it counts as one on today (otherwise a person inside
  an open window was told no application is in sight).
* permanent_residence_eligible applies to F and F+ holders alike (an F+ card follows an F).
* Long trips: "longer than 3 months" is judged per recorded trip (returned > left +
  long_absence_months). renew_before_leaving uses the card valid on the day of leaving (the
  one that ends last when several are; a card without a start counts when its end is on or
  after that day) and needs it to end on or before the day of return (valid_until <=
  returned: the day of return is a day of absence, so a card ending that day lapses
  abroad); a card with no end never does.
* return_by: an EU+ / F+ holder is one whose EU+ / F+ card is valid on the day of leaving.
* travel_warning: only for trips starting on or after arrival (or registration) when one is
  recorded. A visa without valid_from counts from any earlier day (the welcome form asks
  only for its end; the trip is after the arrival made on it); a card needs a known start
  (warn rather than assume it was held — the opposite assumption to renew_before_leaving's,
  each the one that warns). It is never done (DESIGN.md gives no done
  rule), so a past one stays overdue.
* provisional_expiry is done once a card starts on or before valid_until and, when the
  document's issue date is known, on or after it (an older card does not replace an annex
  12 issued for its loss).
* decision_expected exists for the application kinds with a decision period (long_term,
  permanent_residence, family_reunification, nationality); card_renewal and other have no
  number in the ruleset and get no row.
* `flag` is set on any dated row that falls on a Sunday or a Belgian public holiday.
* Status: done wins; then `info` for milestones and undated rows; then overdue (< 0 days
  left), due_soon (0..30 days), upcoming.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from types import MappingProxyType
from typing import Final, TypeVar

from dateutil.relativedelta import relativedelta

from permit_tracker.domain.continuity import (
    Eligibility,
    counted_days,
    eligibility_date,
    interrupts,
    permanent_residence_date,
    years_text,
)
from permit_tracker.domain.deadline import DUE_SOON_DAYS, Deadline, FactValue, Kind, Status
from permit_tracker.domain.explain import amount, human_date, with_source
from permit_tracker.domain.holidays import add_working_days, closed_day_flag
from permit_tracker.domain.kinds import KINDS, MILESTONES, RULE_OF_KIND
from permit_tracker.domain.model import (
    NATIONALITY_CARD_TYPES,
    PERISHABLE_DOCUMENT_KINDS,
    PERMANENT_RESIDENCE_CARD_TYPES,
    Absence,
    Card,
    Person,
)
from permit_tracker.rules.ruleset import DECISION_RULES, Ruleset

__all__ = [
    "BUILDERS",
    "MILESTONES",
    "RULE_OF_KIND",
    "all_deadlines",
    "card_subjects",
    "deadlines_for",
    "next_deadline",
    "sort_deadlines",
    "sort_key",
    "status_for",
    "subjects_by_first_date",
    "trip_deadlines",
]

Day = date  # the parameter `date` of status_for shadows the type
T = TypeVar("T")

_KIND_ORDER: Final = {kind: i for i, kind in enumerate(Kind)}
_DOCUMENT_NAMES: Final = {
    "police_clearance": "Police clearance",
    "medical_certificate": "Medical certificate",
}
_PROVISIONAL_NAMES: Final = {
    "annex_15": "Annex 15",
    "orange_card": "Orange card",
    "annex_12": "Annex 12",
    "annex_19": "Annex 19",
    "annex_19ter": "Annex 19ter",
    "annex_49": "Annex 49",
}
_APPLICATION_NAMES: Final = {
    "long_term": "long-term residence",
    "permanent_residence": "permanent residence",
    "family_reunification": "family reunification",
    "nationality": "nationality",
}
_EMPLOYER_CARDS: Final = frozenset({"A", "H"})
_EMPLOYER_REASONS: Final = frozenset({"work", "blue_card"})
# Rows whose dates are applications, for passport_validity.
_APPLICATION_KINDS: Final = (
    Kind.CARD_RENEWAL_OPENS,
    Kind.EMPLOYER_RENEWAL_OPENS,
    Kind.LONG_TERM_ELIGIBLE,
    Kind.PERMANENT_RESIDENCE_ELIGIBLE,
    Kind.NATIONALITY_ELIGIBLE,
)
_WINDOW_OPENINGS: Final = frozenset({Kind.CARD_RENEWAL_OPENS, Kind.EMPLOYER_RENEWAL_OPENS})
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
        self._trips: list[tuple[Absence, str, date, date]] | None = None
        self.long_trips: list[tuple[Absence, str, date, date]] | None = None

    @property
    def trips(self) -> list[tuple[Absence, str, date, date]]:
        """(trip, subject, left, returned) of every dated trip, numbered once per person
        (five kinds read them; a history may hold 100,000 trips)."""
        if self._trips is None:
            self._trips = [
                (trip, subject, trip.left, trip.returned)
                for trip, subject in _absences(self.person)
                if trip.left is not None
                and trip.returned is not None
                and trip.returned >= trip.left
            ]
        return self._trips

    def add(
        self,
        kind: Kind,
        subject: str,
        when: date | None,
        done: bool,
        text: str,
        *,
        rule_key: str | None = None,
        info: bool = False,
        facts: Mapping[str, FactValue] | None = None,
        **names: str,
    ) -> Deadline:
        entry = KINDS[kind]
        rule = self.rules[rule_key or entry.rule]
        assert rule.key in entry.rules, f"{kind} may not cite {rule.key}"
        row = Deadline(
            person_id=self.person.id,
            person=self.person.name,
            kind=kind,
            subject=subject,
            date=when,
            status=status_for(when, done, self.today, entry.milestone or info),
            days_left=(when - self.today).days if when is not None else None,
            title=entry.title_for(**names),
            rule=rule.key,
            source=rule.citation,
            explanation=with_source(text, rule),
            flag=closed_day_flag(when) if when is not None else None,
            # The names filled into the title ("card": "A card") are facts too, so the UI
            # words its own sentences without taking the title apart.
            facts=(("rule_value", rule.value), *(facts or {}).items(), *names.items()),
        )
        self.rows.append(row)
        return row

    def of(self, *kinds: Kind) -> list[Deadline]:
        return [r for r in self.rows if r.kind in kinds]


# --- numbering ----------------------------------------------------------------------------


def subjects_by_first_date(
    prefix: str, records: Sequence[T], first_date: Callable[[T], date | None]
) -> list[str]:
    """ "<prefix>-1", "<prefix>-2"... for every record, in order of its first date (unknown
    last), then input order."""
    order = sorted(
        range(len(records)),
        key=lambda i: (first_date(records[i]) is None, first_date(records[i]) or date.min, i),
    )
    subjects = [""] * len(records)
    for rank, i in enumerate(order, start=1):
        subjects[i] = f"{prefix}-{rank}"
    return subjects


def card_subjects(cards: Sequence[Card]) -> list[str]:
    """Subjects "card-1", "card-2"... in order of valid_from (unknown last), then input order,
    for every card, so that filling in one card's dates renumbers nobody else."""
    return subjects_by_first_date("card", cards, lambda c: c.valid_from)


def _absences(person: Person) -> list[tuple[Absence, str]]:
    subjects = subjects_by_first_date("absence", person.absences, lambda a: a.left)
    return list(zip(person.absences, subjects, strict=True))


# --- registration, visa, passport ---------------------------------------------------------


def _registration(rows: _Rows) -> None:
    person = rows.person
    if person.arrival is None:
        return
    if person.is_eu:
        rule = rows.rules["registration_eu_months"]
        due = person.arrival + relativedelta(months=rule.value)
        text = (
            f"As an EU, EEA or Swiss citizen, register (annex 19) within {amount(rule)} of "
            f"your arrival on {human_date(person.arrival)}"
        )
    else:
        rule = rows.rules["registration_days"]
        due = person.arrival + timedelta(days=rule.value)
        text = f"{amount(rule)} after your arrival on {human_date(person.arrival)} (calendar days)"
    if person.registered is not None:
        text += f"; registered on {human_date(person.registered)}"
    rows.add(
        Kind.REGISTRATION,
        "",
        due,
        person.registered is not None,
        text,
        rule_key=rule.key,
        facts={"arrival": person.arrival, "registered": person.registered, "eu": person.is_eu},
    )


def _visa(rows: _Rows) -> None:
    visa, person = rows.person.visa, rows.person
    if visa is None or visa.valid_until is None or person.is_eu:
        return
    until = visa.valid_until
    covered = [c.valid_from for c in person.cards if c.valid_from and c.valid_from <= until]
    label = f"{visa.type} visa" if visa.type else "visa"
    text = (
        f"The last day of your {label}, {human_date(until)}: after it you may stay only with "
        f"a residence card (or the annex 15 you get when you register), so one must start "
        f"by then"
    )
    if covered:
        text += f"; your card from {human_date(min(covered))} starts before it"
    rows.add(
        Kind.VISA_EXPIRY,
        "",
        until,
        bool(covered),
        text,
        facts={"valid_until": until, "card_from": min(covered) if covered else None},
        visa=label,
    )


def _passport_expiry(rows: _Rows) -> None:
    passport = rows.person.passport
    if passport is None or passport.expires is None:
        return
    rule = rows.rules["passport_min_validity_months"]
    expires = passport.expires
    rows.add(
        Kind.PASSPORT_EXPIRY,
        "",
        expires,
        False,
        f"Your passport expires on {human_date(expires)}; applications need {amount(rule)} "
        f"of validity left, so renew it well before",
        facts={"expires": expires},
    )


def _application_day(row: Deadline, today: date) -> date | None:
    """The day of the application a row stands for, if it is on or after today: its date,
    or today for a renewal window that has opened while the card is still valid (the
    application is due now, not behind us)."""
    if row.date is None:
        return None
    if row.date >= today:
        return row.date
    until = row.fact("valid_until")
    if row.kind in _WINDOW_OPENINGS and isinstance(until, date) and until >= today:
        return today
    return None


def _application_label(row: Deadline, today: date) -> str:
    """The application a row stands for, as words: "asking for the renewal of your A card,
    whose window is open since 26 November 2026"."""
    card = row.fact("card")
    card = card if isinstance(card, str) else "residence card"
    label = {
        Kind.CARD_RENEWAL_OPENS: f"asking for the renewal of your {card}",
        Kind.EMPLOYER_RENEWAL_OPENS: f"your employer's renewal filing for your {card}",
        Kind.LONG_TERM_ELIGIBLE: "your application for long-term residence",
        Kind.PERMANENT_RESIDENCE_ELIGIBLE: "your application for permanent residence",
        Kind.NATIONALITY_ELIGIBLE: "your nationality declaration",
    }[row.kind]
    if row.date is not None and row.date < today:
        label += f", whose window is open since {human_date(row.date)}"
    return label


def _passport_validity(rows: _Rows) -> None:
    """Built after every other kind: it reads the application dates they produced."""
    passport = rows.person.passport
    if passport is None or passport.expires is None:
        return
    rule = rows.rules["passport_min_validity_months"]
    expires = passport.expires
    covers_until = expires - relativedelta(months=rule.value)  # last application covered
    applications = sorted(
        (when, r.kind, _application_label(r, rows.today))
        for r in rows.of(*_APPLICATION_KINDS)
        if r.status is not Status.DONE and (when := _application_day(r, rows.today))
    )
    facts: dict[str, FactValue] = {"expires": expires, "covers_until": covers_until}
    if not applications:
        rows.add(
            Kind.PASSPORT_VALIDITY,
            "",
            covers_until,
            False,
            f"{amount(rule)} before your passport expires on {human_date(expires)}: an "
            f"application after this day would find it valid less than {amount(rule)}. No "
            f"application is in sight, so nothing is due yet",
            info=True,
            facts=facts,
        )
        return
    uncovered = [a for a in applications if a[0] > covers_until]
    when, kind, title = uncovered[0] if uncovered else applications[0]
    facts |= {"application": when, "application_kind": kind.value}
    if uncovered:
        text = (
            f"Your next application without {amount(rule)} of passport validity is on "
            f"{human_date(when)} ({title}): your passport expires on "
            f"{human_date(expires)}, so renew it before then"
        )
    else:
        text = (
            f"Your passport, valid until {human_date(expires)}, covers your next application "
            f"on {human_date(when)} ({title}) by {amount(rule)}"
        )
    rows.add(Kind.PASSPORT_VALIDITY, "", when, not uncovered, text, facts=facts)


# --- cards --------------------------------------------------------------------------------


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


def _card_label(card: Card) -> str:
    if card.type is None or card.type == "other":
        return "residence card"
    return f"{card.type} card"


def _card_reason(card: Card, person: Person) -> str | None:
    return card.reason or person.reason


class _CardFacts:
    """What every row about one card says: the replacement, the renewal request."""

    def __init__(self, card: Card, person: Person) -> None:
        self.card, self.label = card, _card_label(card)
        self.newer = _replacement(card, person.cards)
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


def _card_renewal_opens(rows: _Rows) -> None:
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


def _card_renewal_closes(rows: _Rows) -> None:
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


def _card_expiry(rows: _Rows) -> None:
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


def _employer_cards(rows: _Rows) -> Iterable[tuple[Card, str, date]]:
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


def _employer_renewal_opens(rows: _Rows) -> None:
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


def _employer_renewal_closes(rows: _Rows) -> None:
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
            f"by this day — ask them to do it in time{f.replaced}{f.requested}",
            facts=f.facts(),
            card=f.label,
        )


# --- documents ----------------------------------------------------------------------------


def _documents(rows: _Rows) -> None:
    rule = rows.rules["document_max_age_months"]
    docs = rows.person.documents
    for kind in sorted({d.kind for d in docs if d.kind in PERISHABLE_DOCUMENT_KINDS}):
        assert kind is not None
        of_kind = [d for d in docs if d.kind == kind]
        subjects = subjects_by_first_date(kind, of_kind, lambda d: d.issued)
        for doc, subject in zip(of_kind, subjects, strict=True):
            if doc.issued is None:
                continue
            name = _DOCUMENT_NAMES.get(kind, kind)
            submitted = doc.status == "submitted"
            text = (
                f"{amount(rule)} after your {name.lower()} was issued on "
                f"{human_date(doc.issued)}: it must be under {amount(rule)} old on the day "
                f"you submit it" + ("; submitted" if submitted else "")
            )
            rows.add(
                Kind.DOCUMENT_USABLE_UNTIL,
                subject,
                doc.issued + relativedelta(months=rule.value),
                submitted,
                text,
                facts={"document_kind": kind, "issued": doc.issued},
                document=name.lower(),  # mid-sentence: "Submit your medical certificate by"
            )


# --- eligibility --------------------------------------------------------------------------


def _eligibility_facts(result: Eligibility) -> dict[str, FactValue]:
    facts: dict[str, FactValue] = {
        "period_start": result.period_start,
        "earliest": result.earliest,
        "window_days": result.window_days,
        "limit_days": result.limit_days,
        "years": result.years,
        "blocked": result.blocked,
    }
    if result.weighting is not None:
        facts |= {
            "study_days": result.weighting.study_days,
            "uncounted_days": result.weighting.uncounted_days,
            "needed_days": result.weighting.needed,
        }
    return facts


def _long_term(rows: _Rows) -> None:
    person = rows.person
    if person.is_eu or person.residence_start is None:
        return
    result = eligibility_date(person, rows.rules)
    facts = _eligibility_facts(result)
    text = result.reason.removesuffix(".")
    if result.date is None:
        counted, needed = counted_days(person, rows.rules, rows.today)
        facts |= {"counted_days": counted}
        text += (
            f". So far {years_text(counted)} count of the {years_text(needed)} needed "
            f"(as of {human_date(rows.today)})"
        )
    else:
        text += ". Stable resources and health insurance are also required"
    rows.add(Kind.LONG_TERM_ELIGIBLE, "", result.date, False, text, facts=facts)


def _permanent_residence(rows: _Rows) -> None:
    person = rows.person
    f_card = any(c.type in ("F", "F+") for c in person.cards)
    if not (person.is_eu or f_card) or person.residence_start is None:
        return
    result = permanent_residence_date(person, rows.rules)
    facts = _eligibility_facts(result) | {
        "exempt_left": result.exempt_absence.left if result.exempt_absence else None
    }
    who = "an EU citizen" if person.is_eu else "a family member with an F card"
    text = (
        f"As {who}, the permanent-residence rule applies. {result.reason.removesuffix('.')}. "
        f"Then ask the commune for the {'EU+' if person.is_eu else 'F+'} card"
    )
    rows.add(Kind.PERMANENT_RESIDENCE_ELIGIBLE, "", result.date, False, text, facts=facts)


def _studied(person: Person) -> str:
    """A note for those with study days: they count in full for nationality."""
    if person.reason == "study" or any(c.reason == "study" for c in person.cards):
        return " Years as a student count in full here (unlike for long-term status)."
    return ""


def _nationality(rows: _Rows) -> None:
    person, rules = rows.person, rows.rules
    if person.residence_start is None:
        return
    allowing = [
        c for c in person.cards if c.type in NATIONALITY_CARD_TYPES and c.valid_from is not None
    ]
    kinds = ", ".join(sorted(NATIONALITY_CARD_TYPES))
    conditions = "A2 language, social integration and economic participation are also required"
    first = min(allowing, key=lambda c: c.valid_from or date.min, default=None)
    if first is None or first.valid_from is None:
        residence = eligibility_date(person, rules, "nationality_years")
        when = human_date(residence.date) if residence.date else "unknown"
        rows.add(
            Kind.NATIONALITY_ELIGIBLE,
            "",
            None,
            False,
            f"A card that allows the declaration ({kinds}) is required and none is recorded. "
            f"The residence condition alone would be met on {when}: {residence.reason} "
            f"{conditions}",
            facts=_eligibility_facts(residence) | {"residence_met": residence.date},
        )
        return
    result = eligibility_date(
        person,
        rules,
        "nationality_years",
        not_before=first.valid_from,
        not_before_label=f"the start of your first card that allows it ({first.type})",
    )
    rows.add(
        Kind.NATIONALITY_ELIGIBLE,
        "",
        result.date,
        False,
        f"{result.reason}{_studied(person)} {conditions}",
        facts=_eligibility_facts(result) | {"card_from": first.valid_from},
    )


# --- trips --------------------------------------------------------------------------------


def _longer_than(left: date, returned: date, months: int) -> bool:
    """returned > left + months (relativedelta), i.e. returned - 1 day >= left + months:
    `interrupts` decides most spans without calendar arithmetic."""
    return interrupts(left, returned - timedelta(days=1), months)


def _dated_trips(rows: _Rows) -> list[tuple[Absence, str, date, date]]:
    return rows.trips


def _long_trips(rows: _Rows) -> list[tuple[Absence, str, date, date]]:
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


def _departure_declaration(rows: _Rows) -> None:
    rule = rows.rules["long_absence_months"]
    for trip, subject, left, returned in _long_trips(rows):
        text = (
            f"Your trip from {human_date(left)} to {human_date(returned)} lasts more than "
            f"{amount(rule)}: declare it at the commune (annex 18) before you leave"
        )
        if trip.declared is not None:
            text += f"; declared on {human_date(trip.declared)}"
        rows.add(
            Kind.DEPARTURE_DECLARATION,
            subject,
            left - timedelta(days=1),
            trip.declared is not None,
            text,
            facts=_trip_facts(left, returned) | {"declared": trip.declared},
        )


def _renew_before_leaving(rows: _Rows) -> None:
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
        if _replacement(card, cards) is not None:
            continue
        label = _card_label(card)
        rows.add(
            Kind.RENEW_BEFORE_LEAVING,
            subject,
            left - timedelta(days=1),
            False,
            f"Your {label} expires on {human_date(card.valid_until)}, while you are away "
            f"({human_date(left)} to {human_date(returned)}, more than {amount(rule)}): "
            f"renew it before you leave (possible only in its last year)",
            facts=_trip_facts(left, returned) | {"card_valid_until": card.valid_until},
            card=label,
        )


def _return_report(rows: _Rows) -> None:
    rule = rows.rules["return_report_days"]
    months = amount(rows.rules["long_absence_months"])
    for trip, subject, left, returned in _long_trips(rows):
        text = (
            f"{amount(rule)} after you return on {human_date(returned)} from an absence of "
            f"more than {months} (since {human_date(left)}): report to the commune"
        )
        if trip.reported_back is not None:
            text += f"; reported back on {human_date(trip.reported_back)}"
        rows.add(
            Kind.RETURN_REPORT,
            subject,
            returned + timedelta(days=rule.value),
            trip.reported_back is not None,
            text,
            facts=_trip_facts(left, returned) | {"reported_back": trip.reported_back},
        )


def _return_by(rows: _Rows) -> None:
    cards = rows.person.cards
    for _trip, subject, left, returned in _dated_trips(rows):
        holder = any(c.type in PERMANENT_RESIDENCE_CARD_TYPES and _valid_on(c, left) for c in cards)
        rule = rows.rules[
            "right_of_return_permanent_months" if holder else "right_of_return_months"
        ]
        if not _longer_than(left, returned, rule.value):
            continue
        limit = left + relativedelta(months=rule.value)
        who = "as an EU+ / F+ holder " if holder else ""
        rows.add(
            Kind.RETURN_BY,
            subject,
            limit,
            False,
            f"You leave on {human_date(left)} and return on {human_date(returned)}: away "
            f"longer than {amount(rule)} {who}you lose the right to return to your residence; "
            f"come back by this day",
            rule_key=rule.key,
            facts=_trip_facts(left, returned) | {"holder": holder},
        )


def _travel_warning(rows: _Rows) -> None:
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
            _PROVISIONAL_NAMES.get(p.kind or "", "a waiting document")
            for p in person.provisional
            if p.valid_until is not None
            and p.valid_until >= left
            and (p.issued is None or p.issued <= left)
        ]
        held = (
            f"only {' and '.join(waiting)}, not a valid card or visa"
            if waiting
            else "neither a valid card nor a valid visa"
        )
        rows.add(
            Kind.TRAVEL_WARNING,
            subject,
            left,
            False,
            f"On {human_date(left)}, the day you leave, you hold {held}, so you may not be "
            f"let back into Belgium",
            facts=_trip_facts(left, returned) | {"held": ", ".join(waiting) or None},
        )


# --- moves, waiting documents, applications -----------------------------------------------


def _address_declaration(rows: _Rows) -> None:
    rule = rows.rules["move_declaration_working_days"]
    moves = rows.person.moves
    for move, subject in zip(
        moves, subjects_by_first_date("move", moves, lambda m: m.date), strict=True
    ):
        if move.date is None:
            continue
        due = add_working_days(move.date, rule.value)
        text = (
            f"{amount(rule)} after you moved on {human_date(move.date)} (Sundays and public "
            f"holidays do not count): declare your new address at the commune"
        )
        if move.declared is not None:
            text += f"; declared on {human_date(move.declared)}"
        rows.add(
            Kind.ADDRESS_DECLARATION,
            subject,
            due,
            move.declared is not None,
            text,
            facts={"moved": move.date, "declared": move.declared},
        )


def _provisional_expiry(rows: _Rows) -> None:
    docs = rows.person.provisional
    subjects = subjects_by_first_date("provisional", docs, lambda p: p.issued or p.valid_until)
    for doc, subject in zip(docs, subjects, strict=True):
        if doc.valid_until is None:
            continue
        until = doc.valid_until
        name = _PROVISIONAL_NAMES.get(doc.kind or "", "Waiting document")
        starts = [
            c.valid_from
            for c in rows.person.cards
            if c.valid_from is not None
            and c.valid_from <= until
            and (doc.issued is None or c.valid_from >= doc.issued)
        ]
        text = (
            f"The last day of your {name.lower() if name[0] == 'W' else name}, "
            f"{human_date(until)}: the card must take over by then (ask the commune in time); "
            f"it does not let you back into Belgium after a trip"
        )
        if starts:
            text += f"; your card from {human_date(min(starts))} took over"
        rows.add(
            Kind.PROVISIONAL_EXPIRY,
            subject,
            until,
            bool(starts),
            text,
            facts={"provisional_kind": doc.kind, "issued": doc.issued, "valid_until": until},
            provisional=name,
        )


def _decision_expected(rows: _Rows) -> None:
    apps = rows.person.applications
    for app, subject in zip(
        apps, subjects_by_first_date("application", apps, lambda a: a.filed), strict=True
    ):
        if app.filed is None or app.kind is None or app.kind not in DECISION_RULES:
            continue
        rule = rows.rules[DECISION_RULES[app.kind]]
        what = _APPLICATION_NAMES[app.kind]
        text = (
            f"{amount(rule)} after you filed your {what} application on "
            f"{human_date(app.filed)}: "
            + (
                "the public prosecutor's objection period ends"
                if app.kind == "nationality"
                else "the decision is due"
            )
        )
        if app.decided is not None:
            text += f"; decided on {human_date(app.decided)}"
        rows.add(
            Kind.DECISION_EXPECTED,
            subject,
            app.filed + relativedelta(months=rule.value),
            app.decided is not None,
            text,
            rule_key=rule.key,
            facts={"application_kind": app.kind, "filed": app.filed, "decided": app.decided},
            application=what,
        )


Builder = Callable[[_Rows], None]

# Each kind's builder. passport_validity reads the application dates of other kinds, so it
# runs last (`_BUILD_ORDER`).
BUILDERS: Final[Mapping[Kind, Builder]] = MappingProxyType(
    {
        Kind.REGISTRATION: _registration,
        Kind.VISA_EXPIRY: _visa,
        Kind.PASSPORT_VALIDITY: _passport_validity,
        Kind.PASSPORT_EXPIRY: _passport_expiry,
        Kind.CARD_RENEWAL_OPENS: _card_renewal_opens,
        Kind.CARD_RENEWAL_CLOSES: _card_renewal_closes,
        Kind.CARD_EXPIRY: _card_expiry,
        Kind.EMPLOYER_RENEWAL_OPENS: _employer_renewal_opens,
        Kind.EMPLOYER_RENEWAL_CLOSES: _employer_renewal_closes,
        Kind.DOCUMENT_USABLE_UNTIL: _documents,
        Kind.LONG_TERM_ELIGIBLE: _long_term,
        Kind.PERMANENT_RESIDENCE_ELIGIBLE: _permanent_residence,
        Kind.NATIONALITY_ELIGIBLE: _nationality,
        Kind.DEPARTURE_DECLARATION: _departure_declaration,
        Kind.RENEW_BEFORE_LEAVING: _renew_before_leaving,
        Kind.RETURN_REPORT: _return_report,
        Kind.RETURN_BY: _return_by,
        Kind.ADDRESS_DECLARATION: _address_declaration,
        Kind.PROVISIONAL_EXPIRY: _provisional_expiry,
        Kind.TRAVEL_WARNING: _travel_warning,
        Kind.DECISION_EXPECTED: _decision_expected,
    }
)
_LAST: Final = (Kind.PASSPORT_VALIDITY,)
_BUILD_ORDER: Final = tuple(k for k in Kind if k not in _LAST) + _LAST


def deadlines_for(person: Person, rules: Ruleset, today: date) -> list[Deadline]:
    """Every deadline and milestone that applies to `person`, in display order."""
    rows = _Rows(person, rules, today)
    for kind in _BUILD_ORDER:
        BUILDERS[kind](rows)
    return sort_deadlines(rows.rows)


def trip_deadlines(person: Person, trip: Absence, rules: Ruleset, today: date) -> list[Deadline]:
    """What a trip (being typed, or recorded) triggers: the rows about it once it is among
    the person's absences — departure declaration, card renewal before leaving, report back,
    lost right of return, travel on a waiting document — in display order. A trip already
    recorded (an equal one) is not added twice."""
    absences = person.absences if trip in person.absences else (*person.absences, trip)
    index = absences.index(trip)
    subject = subjects_by_first_date("absence", absences, lambda a: a.left)[index]
    rows = deadlines_for(replace(person, absences=absences), rules, today)
    return [r for r in rows if r.subject == subject and KINDS[r.kind].subject == "absence"]


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
