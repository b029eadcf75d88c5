"""The window's catalogues (permit_tracker/ui/i18n/*.ts) against the code, through lupdate.

pyside6-lupdate extracts the code's messages into a scratch catalogue; then:
- every context is a class of permit_tracker/ui or a name in DECLARED_CONTEXTS (an empty
  context, or one named after a variable such as "parent", means lupdate saw an alias of tr);
- a message with "%n" has plural forms (lupdate gives them only to tr() calls);
- the committed catalogues hold exactly the code's messages (`make i18n` brings them in step);
- every message is translated, keeping its placeholders. THIS ONE FAILS UNTIL THE
  TRANSLATORS HAVE FINISHED fr, nl and de: it must pass when the work is done.
- each compiled .qm is newer than its .ts (`make translations`).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[3]
UI = ROOT / "permit_tracker" / "ui"
I18N = UI / "i18n"
LANGUAGES = ("fr", "nl", "de")
CATALOGUES = [I18N / f"permit_tracker_{lang}.ts" for lang in (*LANGUAGES, "en")]

# Packages marked on another branch at the same time (as in test_marking.py): their
# contexts are checked once that work has landed.
PENDING: set[str] = set()

# Contexts that are not a class: none so far. (A module of functions takes a small QObject
# subclass as its context, e.g. Formatting: plural forms need tr().)
DECLARED_CONTEXTS: dict[str, str] = {
    "DataDirText": (
        "ui/shell/data_dir_text.py: why the data folder cannot be used, said before any window "
        "exists (functions only, no plural: a literal translate() context suffices)"
    ),
}

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n|%\d")


class Message(NamedTuple):
    context: str
    source: str
    numerus: bool
    file: str


def _lupdate() -> Path:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    found = shutil.which("pyside6-lupdate") if not tool.exists() else str(tool)
    if not found:
        pytest.fail("pyside6-lupdate is not installed (it comes with PySide6)")
    return Path(found)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """The code's messages, as `make i18n` extracts them (absolute locations: each message
    names its file)."""
    scratch = tmp_path_factory.mktemp("lupdate") / "scratch_fr.ts"
    command = [str(_lupdate()), "-silent", "-extensions", "py", "-locations", "absolute"]
    subprocess.run(
        [*command, str(UI), "-ts", str(scratch)],
        check=True,
        capture_output=True,
    )
    return _messages(scratch)


def _messages(path: Path) -> list[Message]:
    result = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        current = ""
        for message in context.iter("message"):
            location = message.find("location")
            if location is not None and location.get("filename"):
                current = location.get("filename", "")
            result.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.get("numerus") == "yes",
                    Path(current).as_posix(),
                )
            )
    return result


def _package(message: Message) -> str:
    parts = message.file.split("/")
    return parts[parts.index("ui") + 1] if "ui" in parts else ""


def _ui_classes() -> set[str]:
    names = set()
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names |= {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    return names


def _key(message: Message) -> tuple[str, str]:
    return message.context, message.source


def test_contexts_are_classes_or_declared(extracted: list[Message]) -> None:
    classes = _ui_classes()
    wrong = sorted(
        {
            f"{m.context!r} ({m.file.split('permit_tracker/ui/')[-1]}: {m.source[:40]!r})"
            for m in extracted
            if _package(m) not in PENDING
            and m.context not in classes
            and m.context not in DECLARED_CONTEXTS
        }
    )
    assert wrong == [], "use self.tr(...) or translate('<a class>', ...), never an alias of tr"


def test_plural_messages_have_plural_forms(extracted: list[Message]) -> None:
    flat = [f"{m.context}: {m.source!r}" for m in extracted if "%n" in m.source and not m.numerus]
    assert flat == [], "a %n message needs tr(text, '', n) (or <Class>.tr): translate() has none"


def test_the_english_catalogue_spells_every_plural(extracted: list[Message]) -> None:
    """English is the source language; its catalogue gives "1 day" for "%n days"."""
    plurals = {_key(m) for m in extracted if m.numerus}
    english = I18N / "permit_tracker_en.ts"
    held = {_key(m) for m in _messages(english)}
    assert plurals - held == set(), "run `make i18n`, then fill the English plural forms"
    unfinished = _unfinished(english)
    assert unfinished == [], f"English plural forms missing in {english.name}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_holds_exactly_the_code_messages(lang: str, extracted: list[Message]) -> None:
    path = I18N / f"permit_tracker_{lang}.ts"
    held = {_key(m) for m in _messages(path)}
    code = {_key(m) for m in extracted}
    assert sorted(code - held) == [], f"new messages not in {path.name}: run `make i18n`"
    assert sorted(held - code) == [], f"{path.name} holds messages the code no longer has"


def _unfinished(path: Path) -> list[str]:
    missing = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = [f.text or "" for f in forms] or [
                "" if translation is None else (translation.text or "")
            ]
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not all(texts)
            ):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    return missing


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    """Fails until the translators have finished `lang`; passes at the end of the work."""
    path = I18N / f"permit_tracker_{lang}.ts"
    missing = _unfinished(path)
    assert missing == [], f"{len(missing)} messages of {path.name} are not translated yet"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_translations_keep_their_placeholders(path: Path) -> None:
    """A translation that loses "{name}" or "%n" drops data; one that invents a placeholder
    breaks .format()."""
    wrong = []
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        expected = sorted(set(PLACEHOLDER.findall(source)))
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            found = set(PLACEHOLDER.findall(text))
            if "%n" in expected:  # "un jour" for %n == 1: a plural form may leave %n out
                found.add("%n")
            if text and sorted(found) != expected:
                wrong.append(f"{source!r} -> {text!r}")
    assert wrong == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_compiled_catalogue_is_fresh(path: Path) -> None:
    compiled = path.with_suffix(".qm")
    assert compiled.exists(), f"{compiled.name} is missing: run `make translations`"
    assert compiled.stat().st_mtime >= path.stat().st_mtime, (
        f"{compiled.name} is older than {path.name}: run `make translations`"
    )
