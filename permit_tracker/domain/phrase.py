"""Sentences as data: an English template with named slots, filled at the edge per language.

The domain says *what* it means (`phrase("{amount} after your arrival on {arrival}",
amount=..., arrival=date(2025, 3, 3))`) and never builds a finished sentence in one
language. `render` fills a phrase for a `Language`: the English one here gives the text the
domain has always shown (rows keep it in `title` and `explanation`); `permit_tracker.i18n`
gives the others (gettext catalogue, Babel dates). One filling algorithm for every language,
so a translation can only change the words, never the structure.

The template is the gettext message id: `pybabel extract` finds the literal first arguments
of `phrase(...)` and `plural_phrase(...)` (see the Makefile's `i18n` target), so every
template must be a literal string. Slots are `{name}`; a translation must keep the names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Protocol, TypeAlias

Day = date  # for annotations in classes whose method `date` shadows the type

_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Term:
    """A word of the shared vocabulary (a card, a document, a waiting document...): the
    renderer names it per language from `vocabulary` and `code`; `english` is its English
    name as this slot needs it (the vocabulary has the same text as its message id)."""

    vocabulary: str
    code: str | None
    english: str


@dataclass(frozen=True, slots=True)
class Month:
    """A month of a year, as a language writes it short ("May 2026", "mai 2026")."""

    day: date


@dataclass(frozen=True, slots=True)
class Phrase:
    """A sentence: `template` with `{name}` slots filled from `args`. With `plural`, the
    template is the singular and `count` chooses the form (gettext's ngettext); `{count}` is
    then a slot too."""

    template: str
    args: tuple[tuple[str, Arg], ...] = ()
    plural: str | None = None
    count: int = 0

    def arg(self, name: str) -> Arg | None:
        return dict(self.args).get(name)


@dataclass(frozen=True, slots=True)
class Joined:
    """Whole sentences (or clauses) side by side: the separator is no word to translate."""

    parts: tuple[Arg, ...]
    separator: str = " "


Arg: TypeAlias = "date | int | str | Phrase | Term | Joined | Month"


def N_(message: str) -> str:
    """Marks a literal for the catalogue (`pybabel extract`) where it is stored, not shown:
    it is translated where it is rendered."""
    return message


def phrase(template: str, **args: Arg) -> Phrase:
    return Phrase(template, tuple(args.items()))


def plural_phrase(singular: str, plural: str, count: int, **args: Arg) -> Phrase:
    return Phrase(singular, tuple(args.items()), plural, count)


def joined(parts: Sequence[Arg], separator: str = " ") -> Joined:
    return Joined(tuple(parts), separator)


class Language(Protocol):
    """What filling a phrase needs from a language."""

    def gettext(self, message: str) -> str: ...

    def ngettext(self, singular: str, plural: str, count: int) -> str: ...

    def date(self, day: date) -> str: ...

    def month(self, day: Day) -> str: ...

    def number(self, value: int) -> str: ...

    def term(self, term: Term) -> str: ...


def english_date(day: date) -> str:
    """Unambiguous English, independent of the locale: "3 March 2025"."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


class _English:
    """The source language: templates as written, "3 March 2025", plain numbers."""

    def gettext(self, message: str) -> str:
        return message

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return singular if count == 1 else plural

    def date(self, day: date) -> str:
        return english_date(day)

    def month(self, day: Day) -> str:
        return f"{_MONTHS[day.month - 1][:3]} {day.year}"

    def number(self, value: int) -> str:
        return str(value)

    def term(self, term: Term) -> str:
        return term.english


ENGLISH: Final[Language] = _English()


def render(value: Arg, language: Language = ENGLISH) -> str:
    """`value` as text in `language`. A translated template that names a slot the phrase
    does not have (a translator's typo) falls back to the English template, never raises."""
    if isinstance(value, Phrase):
        filled = {name: render(arg, language) for name, arg in value.args}
        if value.plural is not None:
            filled["count"] = language.number(value.count)
            template = language.ngettext(value.template, value.plural, value.count)
            source = value.template if value.count == 1 else value.plural
        else:
            template = source = language.gettext(value.template)
            source = value.template
        try:
            return template.format_map(filled)
        except (KeyError, IndexError, ValueError):
            return source.format_map(filled)
    if isinstance(value, Joined):
        return value.separator.join(render(part, language) for part in value.parts)
    if isinstance(value, Term):
        return language.term(value)
    if isinstance(value, Month):
        return language.month(value.day)
    if isinstance(value, date):
        return language.date(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return language.number(value)
    return value


def capitalized(text: str) -> str:
    """The first letter upper case, the rest as it is ("A card expires", "iPhone" stays)."""
    return text[:1].upper() + text[1:]
