"""The ruleset as data: every number the engine uses, with its source."""

from permit_tracker.rules.ruleset import DEFAULT_RULES, Rule, Ruleset, RulesetError

__all__ = ["DEFAULT_RULES", "Rule", "Ruleset", "RulesetError"]
