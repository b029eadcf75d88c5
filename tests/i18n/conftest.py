"""The translation tests compile the committed .po files themselves (into a temporary
directory), so they test what is committed whether or not `make translations` ran; and
every test ends in English, the language the rest of the suite expects."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from permit_tracker import i18n as catalog
from permit_tracker.i18n import use

PO_LANGUAGES = ("fr", "nl", "de")


def compile_catalogues(target: Path) -> Path:
    for lang in PO_LANGUAGES:
        source = catalog.LOCALE_DIR / lang / "LC_MESSAGES" / f"{catalog.DOMAIN}.po"
        folder = target / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        with source.open("rb") as po:
            messages = read_po(po, locale=lang)
        with (folder / f"{catalog.DOMAIN}.mo").open("wb") as mo:
            write_mo(mo, messages)  # fuzzy entries left out, as `pybabel compile` does
    return target


@pytest.fixture(scope="session")
def compiled_locale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    target = compile_catalogues(tmp_path_factory.mktemp("locale"))
    yield target
    shutil.rmtree(target, ignore_errors=True)


@pytest.fixture(autouse=True)
def committed_catalogues(compiled_locale: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(catalog, "directory", compiled_locale)
    yield
    use("en")


@pytest.fixture
def english_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No language variable set: the choice falls to English unless a test says more."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
