"""Builders of the eligibility milestones: long_term_eligible (non-EU, weighted days),
permanent_residence_eligible (EU citizens, F-card family) and nationality_eligible (on or
after the first card that allows the declaration). The rules themselves are in
`domain.continuity_eligibility` and `domain.continuity_permanent`.

Dates and readings: see `domain.deadlines` and `domain.continuity_spans`.
"""

from __future__ import annotations

from datetime import date
from types import MappingProxyType
from typing import Final

from permit_tracker.domain.continuity_eligibility import Eligibility, eligibility_date
from permit_tracker.domain.continuity_permanent import permanent_residence_date
from permit_tracker.domain.continuity_weights import counted_days, years_phrase
from permit_tracker.domain.deadline import FactValue, Kind
from permit_tracker.domain.deadlines_rows import Builders, Rows
from permit_tracker.domain.model import NATIONALITY_CARD_TYPES, Person
from permit_tracker.domain.phrase import Arg, Phrase, joined, phrase


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


def _long_term(rows: Rows) -> None:
    person = rows.person
    if person.is_eu or person.residence_start is None:
        return
    result = eligibility_date(person, rows.rules)
    facts = _eligibility_facts(result)
    # `why` ends with a full stop: the sentence added after it starts a new one.
    if result.date is None:
        counted, needed = counted_days(person, rows.rules, rows.today)
        facts |= {"counted_days": counted}
        more = phrase(
            "So far {counted} count of the {needed} needed (as of {today})",
            counted=years_phrase(counted),
            needed=years_phrase(needed),
            today=rows.today,
        )
    else:
        more = phrase("Stable resources and health insurance are also required")
    text = phrase("{reason} {more}", reason=result.why, more=more)
    rows.add(Kind.LONG_TERM_ELIGIBLE, "", result.date, False, text, facts=facts)


def _permanent_residence(rows: Rows) -> None:
    person = rows.person
    f_card = any(c.type in ("F", "F+") for c in person.cards)
    if not (person.is_eu or f_card) or person.residence_start is None:
        return
    result = permanent_residence_date(person, rows.rules)
    facts = _eligibility_facts(result) | {
        "exempt_left": result.exempt_absence.left if result.exempt_absence else None
    }
    if person.is_eu:
        text = phrase(
            "As an EU citizen, the permanent-residence rule applies. {reason} Then ask the "
            "commune for the EU+ card",
            reason=result.why,
        )
    else:
        text = phrase(
            "As a family member with an F card, the permanent-residence rule applies. {reason} "
            "Then ask the commune for the F+ card",
            reason=result.why,
        )
    rows.add(Kind.PERMANENT_RESIDENCE_ELIGIBLE, "", result.date, False, text, facts=facts)


def _studied(person: Person) -> list[Arg]:
    """A note for those with study days: they count in full for nationality."""
    if person.reason == "study" or any(c.reason == "study" for c in person.cards):
        return [phrase("Years as a student count in full here (unlike for long-term status).")]
    return []


def _conditions() -> Phrase:
    return phrase("A2 language, social integration and economic participation are also required")


def _nationality(rows: Rows) -> None:
    person, rules = rows.person, rows.rules
    if person.residence_start is None:
        return
    allowing = [
        c for c in person.cards if c.type in NATIONALITY_CARD_TYPES and c.valid_from is not None
    ]
    kinds = ", ".join(sorted(NATIONALITY_CARD_TYPES))
    first = min(allowing, key=lambda c: c.valid_from or date.min, default=None)
    if first is None or first.valid_from is None:
        residence = eligibility_date(person, rules, "nationality_years")
        when: Arg = residence.date if residence.date else phrase("unknown")
        rows.add(
            Kind.NATIONALITY_ELIGIBLE,
            "",
            None,
            False,
            phrase(
                "A card that allows the declaration ({kinds}) is required and none is "
                "recorded. The residence condition alone would be met on {when}: {reason} "
                "{conditions}",
                kinds=kinds,
                when=when,
                reason=residence.why,
                conditions=_conditions(),
            ),
            facts=_eligibility_facts(residence) | {"residence_met": residence.date},
        )
        return
    result = eligibility_date(
        person,
        rules,
        "nationality_years",
        not_before=first.valid_from,
        not_before_label=phrase(
            "the start of your first card that allows it ({card_type})", card_type=first.type or ""
        ),
    )
    rows.add(
        Kind.NATIONALITY_ELIGIBLE,
        "",
        result.date,
        False,
        joined([result.why, *_studied(person), _conditions()]),
        facts=_eligibility_facts(result) | {"card_from": first.valid_from},
    )


ELIGIBILITY_BUILDERS: Final[Builders] = MappingProxyType(
    {
        Kind.LONG_TERM_ELIGIBLE: _long_term,
        Kind.PERMANENT_RESIDENCE_ELIGIBLE: _permanent_residence,
        Kind.NATIONALITY_ELIGIBLE: _nationality,
    }
)
