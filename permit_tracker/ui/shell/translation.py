"""The window's language: which one, and switching Qt to it (translators, QLocale).

The language is the saved preference (setting `ui.language`: "system", or one of LANGUAGES),
else the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else Qt's own list of the user's UI
languages; English is the fallback and the source language. Switching installs two
QTranslators, ours (permit_tracker/ui/i18n/permit_tracker_<lang>.qm, from `make translations`;
for English only the plural forms) and Qt's own (qtbase_<lang>.qm: the standard buttons and
dialogs), sets QLocale's default (dates
and numbers on screen follow it: ui/widgets/formatting.py), and switches the gettext side
(permit_tracker.i18n) for the sentences the domain renders.

At start-up the Qt half runs before the first paint: a .qm is memory-mapped by Qt, so it costs
about 3 ms of CPU (tests/ui/i18n/test_language_switch.py measures it); the gettext half waits
until the window is filled (sync_domain_language).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SYSTEM = "system"
LANGUAGES = ("en", "fr", "nl", "de")  # the same list as permit_tracker.i18n.language
# Belgian forms: dates, weekdays and numbers as written in Belgium.
_LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "de": "de_BE"}
# Each language named in itself, for Preferences (a person who cannot read the current
# language still finds theirs).
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "nl": "Nederlands", "de": "Deutsch"}

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"

_installed: list[QTranslator] = []
_current = "en"
_english_locale: QLocale | None = None


def qm_path(lang: str) -> Path:
    """Our compiled catalogue for `lang` (built by `make translations`)."""
    return I18N_DIR / f"permit_tracker_{lang}.qm"


def _supported(tag: str) -> str | None:
    """ "fr_BE.UTF-8", "nl-BE", "de" → the language it names when we have it, else None."""
    base = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def _from_environment() -> str | None:
    """The language the environment asks for, read as permit_tracker.i18n.language reads it
    for the command line (the same order, so the window and the CLI agree; that module is
    not imported here, to keep gettext off the first paint): the first of LANGUAGE (a colon
    list: its first language we have), LC_ALL, LC_MESSAGES, LANG that is set; a set one
    naming a language we lack ("C", "es_ES") means English. None when none is set."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if not value:
            continue
        for tag in value.split(":") if var == "LANGUAGE" else [value]:
            found = _supported(tag)
            if found:
                return found
        if var != "LANGUAGE":
            return "en"
    return None


def resolve_language(saved: object) -> str:
    """The language to show: the saved choice, else the environment, else Qt's UI languages,
    else English."""
    if isinstance(saved, str) and saved in LANGUAGES:
        return saved
    found = _from_environment()
    if found:
        return found
    for tag in QLocale.system().uiLanguages():
        found = _supported(tag)
        if found:
            return found
    return "en"


def locale_for(lang: str) -> QLocale:
    """The QLocale that formats dates for `lang`: the Belgian one. For English the system's
    own (the format the app always had), unless the system speaks another language we have:
    then English as written in Belgium (English words, not French month names)."""
    if lang in _LOCALES:
        return QLocale(_LOCALES[lang])
    before = _locale_before()
    if _supported(before.name()) in _LOCALES:
        return QLocale(QLocale.Language.English, QLocale.Country.Belgium)
    return before


def _locale_before() -> QLocale:
    """QLocale's default before the first switch: the system's (or a test's choice)."""
    global _english_locale
    if _english_locale is None:
        _english_locale = QLocale()
    return _english_locale


def current_language() -> str:
    """The language installed last (English before any)."""
    return _current


def install_language(lang: str, *, domain: bool = True) -> str:
    """Switch the running app to `lang` (one of LANGUAGES; anything else means English):
    Qt's translators, QLocale's default and, unless `domain` is False, the gettext side
    (sync_domain_language). Widgets get a LanguageChange event; texts set in code are re-set
    by rebuilding (MainWindow.apply_language). Returns the language installed."""
    global _current, _english_locale
    lang = lang if lang in LANGUAGES else "en"
    if _current == "en":
        # English formats dates the way the default locale does now (the system's, or a
        # test's choice made since): remembered before it is changed, each time.
        _english_locale = QLocale()
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if app is not None:
        # English too: its catalogue holds the plural forms ("1 day" from "%n days").
        sources = [(f"permit_tracker_{lang}", str(I18N_DIR))]
        if lang != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            sources.append((f"qtbase_{lang}", qt_dir))
        for name, directory in sources:
            translator = QTranslator(app)
            if translator.load(name, directory):  # a missing file: that part stays English
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(locale_for(lang))
    _current = lang
    if domain:
        sync_domain_language()
    return lang


_domain_language = "en"  # what the gettext side was last switched to


def sync_domain_language() -> None:
    """The sentences the domain renders (deadline titles and explanations, the names of
    kinds, cards and documents: gettext, permit_tracker.i18n) in the installed language.

    At start-up this waits until the window is filled (MainWindow.attach): the shell painted
    first shows none of those sentences, so neither gettext nor a catalogue is loaded before
    the first paint. English, the source language, needs nothing loaded at all."""
    global _domain_language
    if _domain_language == _current:
        return
    from permit_tracker import i18n

    i18n.use(_current)
    _domain_language = _current
