"""Which language to speak: the languages we have, and the order in which a choice wins.

Order (docs/translating.md): the CLI's `--lang` > the saved preference (setting `ui.language`,
"system" by default) > the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext
reads them; the GUI adds Qt's UI languages) > English, the source language and fallback.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Final

from permit_tracker.setting_keys import LANGUAGE_KEY

LANGUAGES: Final = ("en", "fr", "nl", "de")
FALLBACK: Final = "en"
SYSTEM: Final = "system"  # the preference's value that follows the environment
SETTING: Final = LANGUAGE_KEY  # where the preference is saved (settings table)
# The environment variables gettext reads, first one set wins (LANGUAGE may list several).
ENVIRONMENT: Final = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
# The Belgian locale of each language, for dates and numbers (Babel).
LOCALES: Final = {"en": "en_BE", "fr": "fr_BE", "nl": "nl_BE", "de": "de_BE"}


def normalize(tag: str | None) -> str | None:
    """One of LANGUAGES for a locale name or tag ("fr_BE.UTF-8", "nl-BE", "de"), else None
    ("C", "POSIX", a language we do not have)."""
    if not tag:
        return None
    code = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the environment asks for, as gettext would find it: the first of
    LANGUAGE (a colon-separated list), LC_ALL, LC_MESSAGES, LANG that is set. A set variable
    naming a language we do not have ("C", "es_ES") means English, as for gettext; None
    when none is set."""
    env = os.environ if environ is None else environ
    for name in ENVIRONMENT:
        value = env.get(name, "")
        if not value:
            continue
        # LANGUAGE is a priority list; gettext ignores it under the "C" locale.
        candidates = value.split(":") if name == "LANGUAGE" else [value]
        for candidate in candidates:
            found = normalize(candidate)
            if found is not None:
                return found
        if name != "LANGUAGE":
            return FALLBACK
    return None


def choose(
    cli: str | None = None,
    preference: str | None = None,
    environ: Mapping[str, str] | None = None,
    system: Iterable[str] = (),
) -> str:
    """The language to use: `cli` (--lang) > `preference` (unless "system") > the
    environment > `system` (the GUI's QLocale.uiLanguages()) > English."""
    for candidate in (cli, None if preference == SYSTEM else preference):
        found = normalize(candidate)
        if found is not None:
            return found
    found = from_environment(environ)
    if found is not None:
        return found
    for tag in system:
        found = normalize(tag)
        if found is not None:
            return found
    return FALLBACK
