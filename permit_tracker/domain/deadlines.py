"""Every deadline and milestone of a person's journey, with status and explanation.

One row per kind (docs/rules.md) that the recorded dates allow; a row whose source date
is not recorded is left out, except the conditions below that are `info` rows without a
date. `today` is a parameter. What each kind is (title, rule, milestone, reminders, subject)
lives in the registry, `domain.kinds`; each kind has its builder (`BUILDERS`), in one module
per theme: `deadlines_records`, `deadlines_cards`, `deadlines_eligibility`, `deadlines_trips`
(shared parts in `deadlines_rows`).

Dates (a due date rounds earlier — relativedelta's month-end clamping does that; an
eligibility date rounds later — `continuity_spans.add_eligibility`; so does a window's opening,
the earliest day it allows — `deadlines_cards._opening_before`: 31 May - 3 months = 1 Mar):
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
  long_term_eligible      non-EU: the weighted long-term rule (`continuity_eligibility`)
  permanent_residence_eligible   EU citizens and anyone with an F / F+ card recorded
  nationality_eligible    plain continuity with nationality_years, on or after the first
                          card of NATIONALITY_CARD_TYPES
  departure_declaration / renew_before_leaving   left - 1 day; return_report returned + 15
  return_by               left + 12 months (24 for EU+ / F+ holders), when the trip ends later
  address_declaration     move + 8 working days (Sundays and public holidays skipped)
  provisional_expiry      valid_until; travel_warning: left
  decision_expected       filed + decision_months (rounded later, see below)

Readings chosen where the rules are silent (the strictest, or the most explicit one):
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
  each the one that warns). It is never done (the rules give no done
  rule), so a past one stays overdue.
* provisional_expiry is done once a card starts on or before valid_until and, when the
  document's issue date is known, on or after it (an older card does not replace an annex
  12 issued for its loss).
* decision_expected exists for the application kinds with a decision period (long_term,
  permanent_residence, family_reunification, nationality); card_renewal and other have no
  number in the ruleset and get no row. Its date rounds later at a month end (31 Aug + 6
  months = 1 Mar): the period's end is when the person may rely on it (the prosecutor can
  no longer object; a missing decision recognises the right), like an eligibility date.
* `flag` is set on any dated row that falls on a Sunday or a Belgian public holiday.
* Status: done wins; then `info` for milestones and undated rows; then overdue (< 0 days
  left), due_soon (0..30 days), upcoming.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from types import MappingProxyType
from typing import Final

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.deadlines_cards import CARD_BUILDERS
from permit_tracker.domain.deadlines_eligibility import ELIGIBILITY_BUILDERS
from permit_tracker.domain.deadlines_records import RECORD_BUILDERS
from permit_tracker.domain.deadlines_rows import (
    Builder,
    Rows,
    card_subjects,
    status_for,
    subjects_by_first_date,
)
from permit_tracker.domain.deadlines_trips import TRIP_BUILDERS
from permit_tracker.domain.kinds import KINDS, MILESTONES, RULE_OF_KIND
from permit_tracker.domain.model import Absence, Person
from permit_tracker.rules.ruleset import Ruleset

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

_KIND_ORDER: Final = {kind: i for i, kind in enumerate(Kind)}
_OPEN: Final = frozenset({Status.OVERDUE, Status.DUE_SOON, Status.UPCOMING})

# Each kind's builder, by theme. passport_validity reads the application dates of other
# kinds, so it runs last (`_BUILD_ORDER`).
BUILDERS: Final[Mapping[Kind, Builder]] = MappingProxyType(
    {
        **RECORD_BUILDERS,
        **CARD_BUILDERS,
        **ELIGIBILITY_BUILDERS,
        **TRIP_BUILDERS,
    }
)
_LAST: Final = (Kind.PASSPORT_VALIDITY,)
_BUILD_ORDER: Final = tuple(k for k in Kind if k not in _LAST) + _LAST


def deadlines_for(person: Person, rules: Ruleset, today: date) -> list[Deadline]:
    """Every deadline and milestone that applies to `person`, in display order."""
    rows = Rows(person, rules, today)
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
    (the kinds' order) and subject, so equal dates keep a stable order."""
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
