"""The gettext catalogue's files: the committed template lists exactly the messages the code
marks (`make i18n` was run), every .po file has every message of the template with the same
placeholders, nothing fuzzy or missing once the translators are done, and the compiled .mo
files are not older than their .po files (`make translations` was run)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from permit_tracker import i18n as catalog
from permit_tracker.i18n.catalogue import TEMPLATE, extract

PO_LANGUAGES = ("fr", "nl", "de")
_BRACES = re.compile(r"\{(\w*)\}")
_PERCENT = re.compile(r"%(?:\((\w+)\))?[-#0 +]*\d*(?:\.\d+)?[sdrif%]")


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=locale)


def _po(lang: str) -> Path:
    return catalog.LOCALE_DIR / lang / "LC_MESSAGES" / f"{catalog.DOMAIN}.po"


def _keys(messages: Catalog) -> set[tuple[str | None, str]]:
    return {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in messages if m.id}


def test_the_template_lists_every_message_of_the_code() -> None:
    code, template = _keys(extract()), _keys(_read(TEMPLATE))
    missing, stale = sorted(code - template), sorted(template - code)
    assert not missing and not stale, (
        f"run `make i18n`: {len(missing)} messages not in the template (e.g. {missing[:3]}), "
        f"{len(stale)} no longer in the code (e.g. {stale[:3]})"
    )


@pytest.mark.parametrize("lang", PO_LANGUAGES)
def test_every_po_file_has_the_templates_messages(lang: str) -> None:
    template, po = _keys(_read(TEMPLATE)), _keys(_read(_po(lang), lang))
    missing = sorted(template - po)
    assert not missing, f"run `make i18n` ({lang}.po lacks {len(missing)}: {missing[:3]})"


def _slots(text: str) -> set[str]:
    return set(_BRACES.findall(text)) | {m.group(0) for m in _PERCENT.finditer(text)}


def _translations(message: Message) -> list[tuple[str, str]]:
    """(source, translation) pairs: each plural form against the English plural."""
    if isinstance(message.id, str):
        return [(message.id, str(message.string or ""))]
    forms = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return [(message.id[1], form) for form in forms if form]


@pytest.mark.parametrize("lang", PO_LANGUAGES)
def test_translations_keep_the_placeholders(lang: str) -> None:
    """A translation names the slots of its message id ({card}, {date}...), no other: a
    renamed slot would show English instead (domain.phrase falls back), or crash."""
    wrong = []
    for message in _read(_po(lang), lang):
        if not message.id or message.fuzzy:  # a guess by `make i18n`: never compiled
            continue
        for source, text in _translations(message):
            # A singular form may write the number in words ("un jour"): {count} optional.
            if text and (
                _slots(text) - _slots(source) or _slots(source) - _slots(text) - {"count"}
            ):
                wrong.append((message.id, text))
    assert not wrong, f"{lang}: placeholders differ from the message id: {wrong[:5]}"


@pytest.mark.translations
@pytest.mark.parametrize("lang", PO_LANGUAGES)
def test_every_message_is_translated_and_none_is_fuzzy(lang: str) -> None:
    """FAILS UNTIL THE TRANSLATORS HAVE FINISHED (docs/translating.md): every entry of each .po file
    translated and reviewed (no `#, fuzzy`). Deselect meanwhile with `-m "not translations"`."""
    untranslated, fuzzy = [], []
    for message in _read(_po(lang), lang):
        if not message.id:
            continue
        if message.fuzzy:
            fuzzy.append(message.id)
        elif not all(text for _, text in _translations(message)) or not _translations(message):
            untranslated.append(message.id)
    assert not untranslated and not fuzzy, (
        f"{lang}.po: {len(untranslated)} untranslated (e.g. {untranslated[:3]}), "
        f"{len(fuzzy)} fuzzy (e.g. {fuzzy[:3]})"
    )


@pytest.mark.parametrize("lang", PO_LANGUAGES)
def test_the_compiled_catalogue_is_fresh(lang: str) -> None:
    source, compiled = _po(lang), catalog.compiled(lang)
    assert compiled.exists(), f"{compiled} is missing: run `make translations`"
    assert compiled.stat().st_mtime >= source.stat().st_mtime, (
        f"{compiled.name} ({lang}) is older than its .po file: run `make translations`"
    )
