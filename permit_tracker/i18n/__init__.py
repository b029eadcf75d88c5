"""Translations of every sentence that code outside ui/ shows (docs/translating.md):
deadline titles and explanations, the names of kinds, cards, reasons and documents, "today /
in N days", dates, notifications, calendar text and the command line. Qt-free: the CLI and
cron use it.

This module is the gettext side's catalogue: one catalogue (`locale/<lang>/LC_MESSAGES/
permit_tracker.mo`), switched process-wide by `use(lang)`; `_` / `ngettext` / `pgettext`
translate. `deadline_text` renders a deadline's structured text (domain.phrase) in the
language in use; `vocabulary` names the codes; `dates` writes dates and "in N days".

Why gettext here and not Qt's translator: these sentences are also rendered without Qt (the
CLI, cron reminders, calendar files) and importing Qt for them would cost the command line
about 0.3 s. The window shows the same rendered sentences.

The .mo files are built by `make translations` from the .po files (not committed); a missing
one falls back to English, the source language. (The implementation lives here, not in a
submodule: the package's modules import it, and a package importing its own modules back
would be an import cycle.)
"""

from __future__ import annotations

import gettext as _gettext
from pathlib import Path
from typing import Final

from permit_tracker.i18n.language import FALLBACK, LANGUAGES, normalize

DOMAIN: Final = "permit_tracker"
LOCALE_DIR: Final = Path(__file__).resolve().parent / "locale"

_state: dict[str, object] = {"lang": FALLBACK, "translation": _gettext.NullTranslations()}
# Where the compiled catalogues are looked up (tests point it at catalogues they compiled).
directory: Path = LOCALE_DIR


def _translation() -> _gettext.NullTranslations:
    found = _state["translation"]
    assert isinstance(found, _gettext.NullTranslations)
    return found


def use(lang: str) -> str:
    """Speak `lang` from now on (one of LANGUAGES, or a locale name such as "fr_BE.UTF-8");
    anything else means English. Returns the language in use."""
    code = normalize(lang) or FALLBACK
    translation: _gettext.NullTranslations = _gettext.NullTranslations()
    if code != FALLBACK:
        translation = _gettext.translation(DOMAIN, directory, [code], fallback=True)
    _state["lang"], _state["translation"] = code, translation
    return code


def current() -> str:
    """The language in use: one of LANGUAGES."""
    lang = _state["lang"]
    assert isinstance(lang, str) and lang in LANGUAGES
    return lang


def compiled(lang: str) -> Path:
    """Where `lang`'s compiled catalogue is (it may not be built yet)."""
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def gettext(message: str) -> str:
    return _translation().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _translation().ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """`message` in the sense `context` gives it ("Other" reason, "Other" document)."""
    return _translation().pgettext(context, message)


_ = gettext

__all__ = [
    "DOMAIN",
    "LANGUAGES",
    "LOCALE_DIR",
    "_",
    "compiled",
    "current",
    "gettext",
    "ngettext",
    "pgettext",
    "use",
]
