"""The order in which a language is chosen (docs/translating.md): --lang > preference >
environment > the GUI's system languages > English."""

from __future__ import annotations

import pytest

from permit_tracker.i18n import current, use
from permit_tracker.i18n.language import choose, from_environment, normalize


@pytest.mark.parametrize(
    ("tag", "lang"),
    [
        ("fr_BE.UTF-8", "fr"),
        ("nl-BE", "nl"),
        ("de_DE@euro", "de"),
        ("EN", "en"),
        ("C", None),
        ("POSIX", None),
        ("es_ES.UTF-8", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize(tag: str | None, lang: str | None) -> None:
    assert normalize(tag) == lang


def test_environment_in_gettext_order() -> None:
    assert from_environment({"LANG": "nl_BE.UTF-8"}) == "nl"
    assert from_environment({"LANG": "nl_BE.UTF-8", "LC_MESSAGES": "de_BE.UTF-8"}) == "de"
    assert from_environment({"LC_MESSAGES": "de_BE", "LC_ALL": "fr_BE.UTF-8"}) == "fr"
    assert from_environment({"LANGUAGE": "es:nl:fr", "LANG": "fr_BE.UTF-8"}) == "nl"
    # A set variable naming a language we do not have means English, as for gettext.
    assert from_environment({"LC_ALL": "C", "LANG": "fr_BE.UTF-8"}) == "en"
    assert from_environment({"LANGUAGE": "", "LANG": ""}) is None
    assert from_environment({}) is None


def test_choice_order() -> None:
    env = {"LANG": "nl_BE.UTF-8"}
    assert choose("de", "fr", env, ["fr-BE"]) == "de"
    assert choose(None, "fr", env, ["de-BE"]) == "fr"
    assert choose(None, "system", env, ["de-BE"]) == "nl"
    assert choose(None, "system", {}, ["es-ES", "de-BE"]) == "de"
    assert choose(None, None, {}, []) == "en"
    assert choose("xx", "yy", {"LANG": "C"}, ["fr"]) == "en"


def test_use_switches_and_falls_back_to_english() -> None:
    assert use("fr_BE.UTF-8") == "fr" and current() == "fr"
    assert use("klingon") == "en" and current() == "en"
