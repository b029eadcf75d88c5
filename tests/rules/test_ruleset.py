"""The v2 ruleset: every key of docs/rules.md with its source, and old overrides still load."""

from __future__ import annotations

from pathlib import Path

import pytest

from permit_tracker.rules.ruleset import DECISION_RULES, DEFAULT_RULES, Ruleset, RulesetError
from permit_tracker.setting_keys import RULE_OVERRIDES_KEY
from permit_tracker.storage import Store

DESIGN_KEYS = {  # the design's ruleset table, decision_months split per application kind
    "registration_days": 8,
    "registration_eu_months": 3,
    "passport_min_validity_months": 12,
    "document_max_age_months": 6,
    "card_renewal_opens_days": 40,
    "card_renewal_closes_days": 30,
    "employer_renewal_opens_months": 3,
    "employer_renewal_closes_months": 2,
    "long_term_years": 5,
    "study_weight_percent": 50,
    "absence_single_max_months": 6,
    "absence_total_max_days": 300,
    "permanent_residence_years": 5,
    "eu_absence_year_max_days": 182,
    "eu_important_absence_max_months": 12,
    "nationality_years": 5,
    "long_absence_months": 3,
    "return_report_days": 15,
    "right_of_return_months": 12,
    "right_of_return_permanent_months": 24,
    "move_declaration_working_days": 8,
    "decision_months_long_term": 5,
    "decision_months_permanent_residence": 5,
    "decision_months_family_reunification": 6,
    "decision_months_nationality": 4,
}


def test_every_design_key_with_its_default() -> None:
    assert {k: DEFAULT_RULES[k].value for k in DESIGN_KEYS} == DESIGN_KEYS


def test_every_rule_is_complete() -> None:
    for rule in DEFAULT_RULES.values():
        assert rule.title and rule.explanation and rule.source, rule.key
        assert rule.source_url.startswith("https://"), rule.key
        assert rule.minimum <= rule.value <= rule.maximum, rule.key
        assert rule.verified.year >= 2026, rule.key


def test_units() -> None:
    assert DEFAULT_RULES["move_declaration_working_days"].describe() == "8 working days"
    assert DEFAULT_RULES["study_weight_percent"].describe() == "50 %"
    assert DEFAULT_RULES["study_weight_percent"].maximum == 100
    assert DEFAULT_RULES["card_renewal_opens_days"].source.startswith("Royal Decree of 8 Oct")


def test_decision_rules_cover_the_application_kinds_with_a_period() -> None:
    assert set(DECISION_RULES) == {
        "long_term", "permanent_residence", "family_reunification", "nationality",
    }  # fmt: skip
    assert all(key in DEFAULT_RULES for key in DECISION_RULES.values())


def test_fixed_rules_cannot_change() -> None:
    fixed = [r.key for r in DEFAULT_RULES.values() if r.fixed]
    assert fixed == ["visa_card_start_days", "provisional_card_start_days",
                     "travel_on_provisional_days"]  # fmt: skip
    with pytest.raises(RulesetError):
        Ruleset.with_overrides({"visa_card_start_days": 1})


def test_the_employer_window_must_open_before_it_closes() -> None:
    with pytest.raises(RulesetError, match="employer_renewal_opens_months"):
        Ruleset.with_overrides({"employer_renewal_opens_months": 2})
    assert (
        Ruleset.with_overrides({"employer_renewal_opens_months": 4}).value(
            "employer_renewal_opens_months"
        )
        == 4
    )


def test_overrides_saved_by_the_previous_version_still_load(data_dir: Path) -> None:
    # v1 stored 45 -> 30 for the card window as an override only when it differed from the
    # default; a key no longer known (or never known) is skipped without stopping the app.
    with Store.open(data_dir) as store:
        store.set_setting(
            RULE_OVERRIDES_KEY,
            {"card_renewal_opens_days": 45, "decision_months": 5, "registration_days": 10},
        )
    with Store.open(data_dir) as store:
        rules = store.ruleset()
    assert rules.value("card_renewal_opens_days") == 45
    assert rules.value("registration_days") == 10
    assert rules.value("decision_months_long_term") == 5
