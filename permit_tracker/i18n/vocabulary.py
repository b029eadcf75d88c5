"""The words every layer shares, in the language in use: the names of deadline kinds, cards,
reasons of stay, citizenships, documents and their statuses, waiting documents and
applications, and the vocabulary terms inside deadline sentences (`domain.phrase.Term`).

One home for them (the window's combo boxes and tables, the CLI, notifications and calendar
files all name a code the same way). Each table is written with `pgettext(context, ...)`
markers so `pybabel extract` lists every name, with its context, in the catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.kinds import KINDS
from permit_tracker.domain.phrase import Term
from permit_tracker.i18n import gettext, pgettext


def _mark(context: str, message: str) -> tuple[str, str]:
    """A (context, message) pair for `pybabel extract` (keyword `_mark:1c,2`), translated
    when shown."""
    return context, message


Table = Mapping[str | None, tuple[str, str]]

CITIZENSHIP: Final[Table] = {
    None: _mark("citizenship", "Not set (counted as outside the EU)"),
    "non_eu": _mark("citizenship", "Not an EU, EEA or Swiss citizen"),
    "eu": _mark("citizenship", "EU, EEA or Swiss citizen"),
}
REASON: Final[Table] = {
    None: _mark("reason", "Not set"),
    "work": _mark("reason", "Single permit (work)"),
    "blue_card": _mark("reason", "EU Blue Card"),
    "research": _mark("reason", "Researcher"),
    "study": _mark("reason", "Student"),
    "search_year": _mark("reason", "Search year after studies"),
    "family": _mark("reason", "Family reunification"),
    "au_pair": _mark("reason", "Au pair"),
    "seasonal": _mark("reason", "Seasonal worker"),
    "other": _mark("reason", "Other"),
}
# An EU, EEA or Swiss citizen works without any permit.
EU_WORK: Final = _mark("reason", "Work (employed or self-employed)")
PROVISIONAL: Final[Table] = {
    None: _mark("provisional", "Not set"),
    "annex_15": _mark("provisional", "Annex 15 (while the card is made)"),
    "orange_card": _mark("provisional", "Orange card (application pending)"),
    "annex_12": _mark("provisional", "Annex 12 (card lost or stolen)"),
    "annex_19": _mark("provisional", "Annex 19 (EU citizen's registration)"),
    "annex_19ter": _mark("provisional", "Annex 19ter (EU citizen's family member)"),
    "annex_49": _mark("provisional", "Annex 49 (single permit renewal)"),
    "other": _mark("provisional", "Other waiting document"),
}
# For table cells, bars and deadline titles: "Annex 15", "Orange card".
PROVISIONAL_SHORT: Final[Table] = {
    None: _mark("provisional", "Waiting document"),
    "annex_15": _mark("provisional", "Annex 15"),
    "orange_card": _mark("provisional", "Orange card"),
    "annex_12": _mark("provisional", "Annex 12"),
    "annex_19": _mark("provisional", "Annex 19"),
    "annex_19ter": _mark("provisional", "Annex 19ter"),
    "annex_49": _mark("provisional", "Annex 49"),
    "other": _mark("provisional", "Other document"),
}
APPLICATION: Final[Table] = {
    None: _mark("application", "Not set"),
    "long_term": _mark("application", "Long-term resident status"),
    "permanent_residence": _mark("application", "Permanent residence (EU+ / F+)"),
    "nationality": _mark("application", "Belgian nationality"),
    "family_reunification": _mark("application", "Family reunification"),
    "card_renewal": _mark("application", "Card renewal"),
    "other": _mark("application", "Other application"),
}
DOCUMENT: Final[Table] = {
    "passport": _mark("document", "Passport"),
    "visa": _mark("document", "Visa"),
    "means_of_support": _mark("document", "Proof of means of support"),
    "accommodation": _mark("document", "Proof of accommodation"),
    "medical_certificate": _mark("document", "Medical certificate"),
    "police_clearance": _mark("document", "Police clearance certificate"),
    "enrolment": _mark("document", "Enrolment certificate"),
    "work_permit": _mark("document", "Work permit (single permit decision)"),
    "civil_status": _mark("document", "Civil-status documents (marriage, birth)"),
    "health_insurance": _mark("document", "Proof of health insurance"),
    "other": _mark("document", "Other document"),
}
DOCUMENT_STATUS: Final[Table] = {
    "missing": _mark("document status", "Missing"),
    "requested": _mark("document status", "Requested"),
    "obtained": _mark("document status", "Obtained"),
    "submitted": _mark("document status", "Submitted"),
}
CARD_TYPE: Final[Table] = {
    "A": _mark("card type", "A — limited stay"),
    "B": _mark("card type", "B — unlimited stay"),
    "F": _mark("card type", "F — family of an EU citizen"),
    "F+": _mark("card type", "F+ — family of an EU citizen, permanent"),
    "K": _mark("card type", "K — settlement (was C)"),
    "L": _mark("card type", "L — EU long-term resident (was D)"),
    "EU": _mark("card type", "EU — EU citizen"),
    "EU+": _mark("card type", "EU+ — EU citizen, permanent"),
    "H": _mark("card type", "H — EU Blue Card"),
    "M": _mark("card type", "M — Brexit Withdrawal Agreement (UK citizen or family)"),
    "other": _mark("card type", "Other (orange card, annex…)"),
}

# The terms inside deadline sentences (domain.phrase.Term): context = the term's
# vocabulary, message = its English text. Listed here so the catalogue has each of them.
TERMS: Final = (
    # Translators: a card's name inside a sentence: "{card} expires", "renew your {card}".
    _mark("card", "residence card"),
    _mark("card", "A card"),
    _mark("card", "B card"),
    _mark("card", "EU card"),
    _mark("card", "EU+ card"),
    _mark("card", "F card"),
    _mark("card", "F+ card"),
    _mark("card", "H card"),
    _mark("card", "K card"),
    _mark("card", "L card"),
    _mark("card", "M card"),
    # Translators: a card's name at the start of a Journey step ("Renew your {card}").
    _mark("card", "Residence card"),
    # Translators: the document the commune gives at registration, in a Journey step.
    _mark("annex", "annex 15"),
    _mark("annex", "annex 19"),
    _mark("annex", "annex 19ter"),
    # Translators: a visa inside a sentence: "{visa} expires", "the last day of your {visa}".
    _mark("visa", "visa"),
    _mark("visa", "D visa"),
    _mark("visa", "C visa"),
    # Translators: a document inside a sentence: "Submit your {document} by".
    _mark("document", "document"),
    _mark("document", "police clearance"),
    _mark("document", "medical certificate"),
    # Translators: a waiting document in a title ("{provisional} expires") or a sentence.
    _mark("provisional", "document"),
    _mark("provisional", "Waiting document"),
    _mark("provisional", "waiting document"),
    _mark("provisional", "a waiting document"),
    # Translators: an application inside "your {application} application".
    _mark("application", "document"),
    _mark("application", "long-term residence"),
    _mark("application", "permanent residence"),
    _mark("application", "family reunification"),
    _mark("application", "nationality"),
    # Translators: Belgian public holidays, in "falls on {holiday}".
    _mark("holiday", "New Year's Day"),
    _mark("holiday", "Labour Day"),
    _mark("holiday", "Belgian National Day"),
    _mark("holiday", "Assumption Day"),
    _mark("holiday", "All Saints' Day"),
    _mark("holiday", "Armistice Day"),
    _mark("holiday", "Christmas Day"),
    _mark("holiday", "Easter Monday"),
    _mark("holiday", "Ascension Day"),
    _mark("holiday", "Whit Monday"),
)


def _name(table: Table, code: str | None) -> str:
    entry = table.get(code)
    if entry is None:
        return code or ""
    return pgettext(*entry)


def citizenship_name(code: str | None) -> str:
    return _name(CITIZENSHIP, code)


def reason_name(code: str | None, *, eu: bool = False) -> str:
    """`eu`: for an EU, EEA or Swiss citizen, who works without any permit."""
    if eu and code == "work":
        return pgettext(*EU_WORK)
    return _name(REASON, code)


def provisional_name(code: str | None) -> str:
    return _name(PROVISIONAL, code)


def provisional_short_name(code: str | None) -> str:
    return _name(PROVISIONAL_SHORT, code)


def application_name(code: str | None) -> str:
    return _name(APPLICATION, code)


def document_name(code: str | None) -> str:
    return _name(DOCUMENT, code or "other")


def document_status_name(code: str | None) -> str:
    return _name(DOCUMENT_STATUS, code or "missing")


def card_type_name(code: str | None) -> str:
    """ "A — limited stay" (for lists where the type is chosen or shown alone)."""
    return _name(CARD_TYPE, code)


def kind_name(kind: Kind) -> str:
    """The name of a deadline kind in lists ("Card expiry"); from the kind registry."""
    return gettext(KINDS[kind].name)


def kind_names() -> dict[Kind, str]:
    return {kind: kind_name(kind) for kind in KINDS}


def term_text(term: Term) -> str:
    """A vocabulary term of a deadline sentence in the language in use: rule titles come
    from the ruleset's catalogue entries, every other term from TERMS (context = its
    vocabulary). A term the catalogue lacks stays English."""
    if term.vocabulary == "rule":
        return gettext(term.english)
    return pgettext(term.vocabulary, term.english)


Namer = Callable[[str | None], str]
