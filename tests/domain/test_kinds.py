"""The kind registry: every kind is fully described, and every consumer reads it."""

from __future__ import annotations

from permit_tracker.calendar.notes import CONTINUITY_KINDS as CALENDAR_CONTINUITY
from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.deadlines import BUILDERS
from permit_tracker.domain.kinds import (
    CONTINUITY_KINDS,
    DEFAULT_LEAD_DAYS,
    KINDS,
    MILESTONES,
    SUBJECTS,
    kind_name,
)
from permit_tracker.domain.reminder_plan import DEFAULT_LEAD_DAYS as PLAN_LEAD_DAYS
from permit_tracker.reminders.plan import MAX_LEAD_DAYS
from permit_tracker.rules.ruleset import DEFAULT_RULES


def test_every_kind_has_every_part() -> None:
    assert list(KINDS) == list(Kind)  # in docs/rules.md's order, none missing
    for kind, info in KINDS.items():
        assert info.kind is kind
        assert info.title.strip() and info.name.strip(), kind
        assert info.rule in DEFAULT_RULES, kind
        assert all(key in DEFAULT_RULES for key in info.other_rules), kind
        assert info.lead_days, kind
        assert all(0 <= lead <= MAX_LEAD_DAYS for lead in info.lead_days), kind
        assert info.subject in SUBJECTS, kind
        assert kind_name(kind) == info.name
        assert "{" not in info.title_for(
            card="A card",
            document="X",
            visa="D visa",
            provisional="Annex 15",
            application="nationality",
        )


def test_every_kind_has_a_builder() -> None:
    assert set(BUILDERS) == set(Kind)


def test_names_are_distinct() -> None:
    names = [info.name for info in KINDS.values()]
    assert len(names) == len(set(names))


def test_no_two_kinds_share_a_rule_except_where_the_rule_fits_both() -> None:
    # visa_expiry must never cite the registration rule again (it did once: wrong source)
    assert KINDS[Kind.VISA_EXPIRY].rule != "registration_days"
    assert "registration_days" not in KINDS[Kind.VISA_EXPIRY].other_rules


def test_milestones_as_design_says() -> None:
    assert {
        Kind.CARD_RENEWAL_OPENS,
        Kind.EMPLOYER_RENEWAL_OPENS,
        Kind.LONG_TERM_ELIGIBLE,
        Kind.PERMANENT_RESIDENCE_ELIGIBLE,
        Kind.NATIONALITY_ELIGIBLE,
        Kind.DECISION_EXPECTED,
    } == MILESTONES


def test_consumers_read_the_registry() -> None:
    assert PLAN_LEAD_DAYS is DEFAULT_LEAD_DAYS
    assert set(PLAN_LEAD_DAYS) == set(Kind)
    assert CALENDAR_CONTINUITY is CONTINUITY_KINDS
    assert Kind.PERMANENT_RESIDENCE_ELIGIBLE in CONTINUITY_KINDS


def test_title_fills_names_and_capitalises() -> None:
    assert KINDS[Kind.CARD_EXPIRY].title_for(card="F card") == "F card expires"
    assert KINDS[Kind.CARD_EXPIRY].title_for() == "Residence card expires"
