"""Every deadline kind rendered in the four languages by the one renderer
(i18n.deadline_text): English exactly as the engine has always said it, the others
translated (no English title left, no placeholder left), and structure that survives a
translator's mistake."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from permit_tracker.domain.deadline import Deadline, Kind
from permit_tracker.domain.deadlines import deadlines_for
from permit_tracker.domain.model import (
    Absence,
    Application,
    Card,
    Document,
    Move,
    Passport,
    Person,
    Provisional,
    Visa,
)
from permit_tracker.domain.phrase import Language, Term, phrase, plural_phrase, render
from permit_tracker.i18n import deadline_text, use
from permit_tracker.i18n.dates import long_date, weekday_date, when_phrase
from permit_tracker.rules.ruleset import DEFAULT_RULES, Ruleset

D = date
TODAY = D(2026, 1, 15)
# Every kind, and every vocabulary term a title can name (cards, visa, documents,
# waiting documents, applications).
EVERYTHING = Person(
    "Ana",
    reason="work",
    arrival=D(2025, 3, 3),
    registered=D(2025, 3, 7),
    visa=Visa("D", D(2025, 2, 20), D(2025, 4, 30)),
    passport=Passport(D(2031, 5, 1)),
    cards=(
        Card("A", D(2025, 5, 10), D(2026, 5, 9), "work"),
        Card("F", D(2026, 5, 10), D(2031, 5, 9), "family"),
    ),
    absences=(
        Absence(D(2025, 5, 2), D(2025, 5, 5)),
        Absence(D(2026, 6, 1), D(2027, 7, 1)),
        Absence(D(2031, 1, 1), D(2031, 8, 1)),
    ),
    moves=(Move(D(2025, 9, 1)),),
    provisional=(
        Provisional("annex_15", D(2025, 3, 7), D(2025, 7, 6)),
        Provisional("orange_card", D(2032, 1, 1), D(2032, 3, 1)),
        Provisional(None, D(2032, 4, 1), D(2032, 6, 1)),
    ),
    applications=(
        Application("family_reunification", D(2025, 6, 1)),
        Application("nationality", D(2032, 1, 1)),
        Application("long_term", D(2032, 2, 1)),
        Application("permanent_residence", D(2032, 3, 1)),
    ),
    documents=(
        Document("police_clearance", "obtained", D(2025, 1, 10)),
        Document("medical_certificate", "submitted", D(2025, 2, 10)),
    ),
)
EU = Person(
    "Rui",
    citizenship="eu",
    arrival=D(2025, 1, 2),
    cards=(Card("EU", D(2025, 3, 1), D(2030, 2, 28)), Card(None, D(2030, 3, 1), D(2035, 3, 1))),
    absences=(Absence(D(2026, 2, 1), D(2027, 6, 1)),),
)


def rows() -> list[Deadline]:
    rules = Ruleset.default()
    return deadlines_for(EVERYTHING, rules, TODAY) + deadlines_for(EU, rules, TODAY)


def test_the_people_cover_every_kind() -> None:
    assert {row.kind for row in rows()} == set(Kind)


def test_english_is_what_the_engine_always_said() -> None:
    use("en")
    for row in rows():
        assert deadline_text.title(row) == row.title
        assert deadline_text.explanation(row) == row.explanation
        assert deadline_text.flag(row) == row.flag
        assert deadline_text.rule_citation(DEFAULT_RULES[row.rule]) == row.source


@pytest.mark.parametrize("lang", ["fr", "nl", "de"])
def test_every_kind_is_translated(lang: str) -> None:
    english = {row.key: (row.title, row.explanation) for row in rows()}
    use(lang)
    for row in rows():
        title = deadline_text.title(row)
        assert title != english[row.key][0], f"{lang}: {row.kind} still English: {title!r}"
        assert title[:1] == title[:1].upper(), title
        for text in (title, deadline_text.explanation(row), deadline_text.flag(row) or ""):
            assert not re.search(r"\{\w*\}", text), f"{lang}: placeholder left in {text!r}"
        # The source is translated too ("Aliens Act" is "Ausländergesetz"), its address not.
        citation = deadline_text.rule_citation(DEFAULT_RULES[row.rule])
        assert deadline_text.explanation(row).endswith(citation)
        assert citation.endswith(row.source[row.source.rfind(" (http") :])


def test_french_and_dutch_words() -> None:
    by_kind: dict[Kind, Deadline] = {}
    for row in rows():
        if row.person == "Ana":
            by_kind.setdefault(row.kind, row)  # the first one: card-1 is the A card
    use("fr")
    assert deadline_text.title(by_kind[Kind.CARD_EXPIRY]) == "Votre carte A expire"
    registration = deadline_text.explanation(by_kind[Kind.REGISTRATION])
    assert registration.startswith("8 jours après votre arrivée le 3 mars 2025")
    use("nl")
    assert deadline_text.title(by_kind[Kind.CARD_EXPIRY]) == "Uw A-kaart verloopt"
    assert deadline_text.named(by_kind[Kind.CARD_EXPIRY], "card") == "A-kaart"


def test_dates_and_the_one_when_phrase() -> None:
    day = D(2025, 3, 11)
    use("en")
    assert (long_date(day), weekday_date(day)) == ("11 March 2025", "Tuesday 11 March 2025")
    assert [when_phrase(n) for n in (0, 1, -1, 5, -3)] == [
        "today", "tomorrow", "yesterday", "in 5 days", "3 days ago",
    ]  # fmt: skip
    use("fr")
    assert (long_date(day), weekday_date(day)) == ("11 mars 2025", "mardi 11 mars 2025")
    assert when_phrase(5) == "dans 5 jours"
    use("nl")
    assert weekday_date(day) == "dinsdag 11 maart 2025"
    use("de")
    assert long_date(day) == "11. März 2025"


class _Broken:
    """A language whose translator dropped a slot name: the English template is used."""

    def gettext(self, message: str) -> str:
        return "Bonjour {nobody}"

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return "{count} {nobody}"

    def date(self, day: date) -> str:
        return day.isoformat()

    def month(self, day: date) -> str:
        return day.isoformat()[:7]

    def number(self, value: int) -> str:
        return str(value)

    def term(self, term: Term) -> str:
        return term.english


def test_a_broken_translation_falls_back_to_the_english_template() -> None:
    broken: Language = _Broken()
    text = phrase("Due on {day}", day=D(2026, 1, 2))
    assert render(text, broken) == "Due on 2026-01-02"
    assert render(plural_phrase("{count} day", "{count} days", 3), broken) == "3 days"


def test_a_row_written_by_hand_is_shown_as_written() -> None:
    row = replace(rows()[0], text=None, title="Bring the form", explanation="Because.")
    use("fr")
    assert deadline_text.title(row) == "Bring the form"
    assert deadline_text.explanation(row) == "Because."
