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
from permit_tracker.domain.explain import amount
from permit_tracker.domain.holidays import add_working_days
from permit_tracker.domain.model import PERISHABLE_DOCUMENT_KINDS
from permit_tracker.domain.phrase import Phrase, Term, phrase, render
from permit_tracker.rules.ruleset import DECISION_RULES

# As they stand mid-sentence ("Submit your medical certificate by").
_DOCUMENT_NAMES: Final = {
    "police_clearance": "police clearance",
    "medical_certificate": "medical certificate",
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


def provisional_term(kind: str | None, default: str = "Waiting document") -> Term:
    """A waiting document's name ("Annex 15"); `default` when its kind is unknown."""
    if kind is not None and kind in PROVISIONAL_NAMES:
        return Term("provisional", kind, PROVISIONAL_NAMES[kind])
    return Term("provisional", None, default)


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
        text = phrase(
            "As an EU, EEA or Swiss citizen, register (annex 19) within {amount} of your "
            "arrival on {arrival}",
            amount=amount(rule),
            arrival=person.arrival,
        )
    else:
        rule = rows.rules["registration_days"]
        due = person.arrival + timedelta(days=rule.value)
        text = phrase(
            "{amount} after your arrival on {arrival} (calendar days)",
            amount=amount(rule),
            arrival=person.arrival,
        )
    if person.registered is not None:
        text = phrase("{text}; registered on {registered}", text=text, registered=person.registered)
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
    label = Term("visa", visa.type, f"{visa.type} visa" if visa.type else "visa")
    text = phrase(
        "The last day of your {visa}, {until}: after it you may stay only with a residence "
        "card (or the annex 15 you get when you register), so one must start by then",
        visa=label,
        until=until,
    )
    if covered:
        text = phrase(
            "{text}; your card from {card_from} starts before it", text=text, card_from=min(covered)
        )
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
        phrase(
            "Your passport expires on {expires}; applications need {amount} of validity left, "
            "so renew it well before",
            expires=expires,
            amount=amount(rule),
        ),
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


def _application_label(row: Deadline, today: date) -> Phrase:
    """The application a row stands for, as words: "asking for the renewal of your A card,
    whose window is open since 26 November 2026"."""
    card = row.text.title.arg("card") if row.text is not None else None
    card = card if isinstance(card, Term) else Term("card", None, "residence card")
    if row.kind is Kind.CARD_RENEWAL_OPENS:
        label = phrase("asking for the renewal of your {card}", card=card)
    elif row.kind is Kind.EMPLOYER_RENEWAL_OPENS:
        label = phrase("your employer's renewal filing for your {card}", card=card)
    elif row.kind is Kind.LONG_TERM_ELIGIBLE:
        label = phrase("your application for long-term residence")
    elif row.kind is Kind.PERMANENT_RESIDENCE_ELIGIBLE:
        label = phrase("your application for permanent residence")
    else:
        label = phrase("your nationality declaration")
    if row.date is not None and row.date < today:
        label = phrase(
            "{application}, whose window is open since {opened}", application=label, opened=row.date
        )
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
        (
            (when, r.kind, _application_label(r, rows.today))
            for r in rows.of(*_APPLICATION_KINDS)
            if r.status is not Status.DONE and (when := _application_day(r, rows.today))
        ),
        # Ties by the label's English words, as always (phrases themselves do not compare).
        key=lambda a: (a[0], a[1], render(a[2])),
    )
    facts: dict[str, FactValue] = {"expires": expires, "covers_until": covers_until}
    if not applications:
        rows.add(
            Kind.PASSPORT_VALIDITY,
            "",
            covers_until,
            False,
            phrase(
                "{amount} before your passport expires on {expires}: an application after this "
                "day would find it valid less than {amount}. No application is in sight, so "
                "nothing is due yet",
                amount=amount(rule),
                expires=expires,
            ),
            info=True,
            facts=facts,
        )
        return
    uncovered = [a for a in applications if a[0] > covers_until]
    when, kind, title = uncovered[0] if uncovered else applications[0]
    facts |= {"application": when, "application_kind": kind.value}
    if uncovered:
        text = phrase(
            "Your next application without {amount} of passport validity is on {application} "
            "({what}): your passport expires on {expires}, so renew it before then",
            amount=amount(rule),
            application=when,
            what=title,
            expires=expires,
        )
    else:
        text = phrase(
            "Your passport, valid until {expires}, covers your next application on "
            "{application} ({what}) by {amount}",
            expires=expires,
            application=when,
            what=title,
            amount=amount(rule),
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
            name = Term("document", kind, _DOCUMENT_NAMES.get(kind, kind))
            submitted = doc.status == "submitted"
            text = phrase(
                "{amount} after your {document} was issued on {issued}: it must be under "
                "{amount} old on the day you submit it",
                amount=amount(rule),
                document=name,
                issued=doc.issued,
            )
            if submitted:
                text = phrase("{text}; submitted", text=text)
            rows.add(
                Kind.DOCUMENT_USABLE_UNTIL,
                subject,
                doc.issued + relativedelta(months=rule.value),
                submitted,
                text,
                facts={"document_kind": kind, "issued": doc.issued},
                document=name,  # mid-sentence: "Submit your medical certificate by"
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
        text = phrase(
            "{amount} after you moved on {moved} (Sundays and public holidays do not count): "
            "declare your new address at the commune",
            amount=amount(rule),
            moved=move.date,
        )
        if move.declared is not None:
            text = phrase("{text}; declared on {declared}", text=text, declared=move.declared)
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
        name = provisional_term(doc.kind)
        starts = [
            c.valid_from
            for c in rows.person.cards
            if c.valid_from is not None
            and c.valid_from <= until
            and (doc.issued is None or c.valid_from >= doc.issued)
        ]
        text = phrase(
            "The last day of your {provisional}, {until}: the card must take over by then "
            "(ask the commune in time); it does not let you back into Belgium after a trip",
            provisional=provisional_term(doc.kind, "waiting document"),
            until=until,
        )
        if starts:
            text = phrase(
                "{text}; your card from {card_from} took over", text=text, card_from=min(starts)
            )
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
        what = Term("application", app.kind, _APPLICATION_NAMES[app.kind])
        if app.kind == "nationality":
            text = phrase(
                "{amount} after you filed your {application} application on {filed}: the "
                "public prosecutor's objection period ends",
                amount=amount(rule),
                application=what,
                filed=app.filed,
            )
        else:
            text = phrase(
                "{amount} after you filed your {application} application on {filed}: the "
                "decision is due",
                amount=amount(rule),
                application=what,
                filed=app.filed,
            )
        if app.decided is not None:
            text = phrase("{text}; decided on {decided}", text=text, decided=app.decided)
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
