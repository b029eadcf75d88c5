"""Translations of every sentence that code outside ui/ shows (I18N.md): deadline titles and
explanations, the names of kinds, cards, reasons and documents, "today / in N days", dates,
notifications, calendar text and the command line. Qt-free: the CLI and cron use it.

`use(lang)` switches the language process-wide; `_` / `ngettext` / `pgettext` translate;
`deadline_text` renders a deadline's structured text (domain.phrase) in the language in use.
"""

from __future__ import annotations

from permit_tracker.i18n.catalog import current, gettext, ngettext, pgettext, use
from permit_tracker.i18n.language import LANGUAGES

_ = gettext

__all__ = ["LANGUAGES", "_", "current", "gettext", "ngettext", "pgettext", "use"]
