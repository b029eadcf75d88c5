"""Builders of the kinds about the person's own records: registration, visa, passport
(expiry and validity for the next application), perishable documents, moves (address
declaration), waiting documents (provisional_expiry) and applications (decision_expected).

Dates and readings: see `domain.deadlines`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType
from typing import Final

from dateutil.relativedelta import relativedelta

from permit_tracker.domain.continuity_spans import add_eligibility
from permit_tracker.domain.deadline import Deadline, FactValue, Kind, Status
from permit_tracker.domain.deadlines_rows import Builders, Rows, subjects_by_first_date
from permit_tracker.domain.explain import amount, human_date
from permit_tracker.domain.holidays import add_working_days
from permit_tracker.domain.model import PERISHABLE_DOCUMENT_KINDS
from permit_tracker.rules.ruleset import DECISION_RULES

_DOCUMENT_NAMES: Final = {
    "police_clearance": "Police clearance",
    "medical_certificate": "Medical certificate",
}
PROVISIONAL_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "annex_15": "Annex 15",
        "orange_card": "Orange card",
        "annex_12": "Annex 12",
        "annex_19": "Annex 19",
        "annex_19ter": "Annex 19ter",
        "annex_49": "Annex 49",
    }
)
_APPLICATION_NAMES: Final = {
    "long_term": "long-term residence",
    "permanent_residence": "permanent residence",
    "family_reunification": "family reunification",
    "nationality": "nationality",
}
# Rows whose dates are applications, for passport_validity.
_APPLICATION_KINDS: Final = (
    Kind.CARD_RENEWAL_OPENS,
    Kind.EMPLOYER_RENEWAL_OPENS,
    Kind.LONG_TERM_ELIGIBLE,
    Kind.PERMANENT_RESIDENCE_ELIGIBLE,
    Kind.NATIONALITY_ELIGIBLE,
)
_WINDOW_OPENINGS: Final = frozenset({Kind.CARD_RENEWAL_OPENS, Kind.EMPLOYER_RENEWAL_OPENS})


def _registration(rows: Rows) -> None:
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


def _visa(rows: Rows) -> None:
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


def _passport_expiry(rows: Rows) -> None:
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


def _passport_validity(rows: Rows) -> None:
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


def _documents(rows: Rows) -> None:
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


def _address_declaration(rows: Rows) -> None:
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


def _provisional_expiry(rows: Rows) -> None:
    docs = rows.person.provisional
    subjects = subjects_by_first_date("provisional", docs, lambda p: p.issued or p.valid_until)
    for doc, subject in zip(docs, subjects, strict=True):
        if doc.valid_until is None:
            continue
        until = doc.valid_until
        name = PROVISIONAL_NAMES.get(doc.kind or "", "Waiting document")
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


def _decision_expected(rows: Rows) -> None:
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
            # The end of the authority's period is when the person may rely on it (no
            # objection: nationality; no decision: the right is recognised), so it rounds
            # later, like an eligibility date: 31 Aug + 6 months = 1 Mar, not 28 Feb.
            add_eligibility(app.filed, months=rule.value),
            app.decided is not None,
            text,
            rule_key=rule.key,
            facts={"application_kind": app.kind, "filed": app.filed, "decided": app.decided},
            application=what,
        )


RECORD_BUILDERS: Final[Builders] = MappingProxyType(
    {
        Kind.REGISTRATION: _registration,
        Kind.VISA_EXPIRY: _visa,
        Kind.PASSPORT_VALIDITY: _passport_validity,
        Kind.PASSPORT_EXPIRY: _passport_expiry,
        Kind.DOCUMENT_USABLE_UNTIL: _documents,
        Kind.ADDRESS_DECLARATION: _address_declaration,
        Kind.PROVISIONAL_EXPIRY: _provisional_expiry,
        Kind.DECISION_EXPECTED: _decision_expected,
    }
)
