"""The gettext catalogue's template, extracted from the code with Babel: which files, which
markers. `make i18n` runs `python -m permit_tracker.i18n.catalogue PATH.pot` and then
`pybabel update`; the tests extract the same way to check that the committed template is
up to date. Not imported by the app.

Markers (beyond gettext's usual `_`, `gettext`, `ngettext`, `pgettext`, `N_`):
`phrase("template", ...)` and `plural_phrase("singular", "plural", n, ...)` (domain.phrase:
sentences the domain builds as data), `_mark("context", "message")` (i18n.vocabulary's
tables). `# Translators:` comments above a marker reach the translators.
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path
from typing import Final

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import write_po

PACKAGE: Final = Path(__file__).resolve().parents[1]
TEMPLATE: Final = PACKAGE / "i18n" / "locale" / "permit_tracker.pot"
KEYWORDS: Final = {
    **DEFAULT_KEYWORDS,
    "phrase": None,
    "plural_phrase": (1, 2),
    "_mark": ((1, "c"), 2),
}
# Everything but ui/: the window's own strings are Qt's (lupdate, permit_tracker/ui/i18n).
METHODS: Final = [("ui/**", "ignore"), ("resources/**", "ignore"), ("**.py", "python")]
COMMENT_TAGS: Final = ("Translators:",)


def extract() -> Catalog:
    """Every message the code outside ui/ marks, with its translator comments and the
    files it is used in (no line numbers: a moved line must not change the template)."""
    catalog = Catalog(project="permit-tracker", charset="utf-8")
    for filename, _lineno, message, comments, context in extract_from_dir(
        PACKAGE, METHODS, keywords=KEYWORDS, comment_tags=COMMENT_TAGS, strip_comment_tags=True
    ):
        catalog.add(
            message,
            None,
            # No line numbers (fewer diffs in the .pot); Babel writes a bare file name for
            # None, though its annotations ask for an int.
            [(f"permit_tracker/{filename}", None)],  # type: ignore[list-item]
            auto_comments=comments,
            context=context,
        )
    return catalog


def write_template(path: Path = TEMPLATE) -> int:
    """Write the template; left as it is when only its creation date would change (a
    re-run of `make i18n` on unchanged code must not touch a file every branch merges)."""
    catalog = extract()
    out = BytesIO()
    write_po(out, catalog, width=100, sort_output=True, include_lineno=False)
    new = out.getvalue()
    if not path.exists() or _undated(path.read_bytes()) != _undated(new):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(new)
    return len(catalog)


def _undated(text: bytes) -> bytes:
    return b"\n".join(line for line in text.split(b"\n") if b"POT-Creation-Date" not in line)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATE
    print(f"{write_template(target)} messages -> {target}")
