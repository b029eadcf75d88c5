"""The command line in the chosen language: `--lang` on every command (before or after it),
the saved preference, then LANG and friends; the table, the JSON's title and explanation,
`--help`, an .ics file and its errors. English stays byte-identical (tests/cli pins it)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from permit_tracker.cli import main
from permit_tracker.domain.model import Card, Document, Passport, Person, Visa
from permit_tracker.i18n.language import SETTING
from permit_tracker.storage import Store

TODAY = "2026-01-15"
ANA = Person(
    "Ana Silva",
    id="0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11",
    reason="work",
    arrival=date(2025, 3, 3),
    registered=date(2025, 3, 7),
    visa=Visa("D", date(2025, 2, 20), date(2025, 8, 19)),
    passport=Passport(date(2031, 5, 1)),
    cards=(Card("A", date(2025, 5, 10), date(2026, 5, 9)),),
    documents=(Document("police_clearance", "obtained", date(2025, 1, 10)),),
)


@pytest.fixture
def store_dir(data_dir: Path, english_environment: None) -> Path:
    with Store.open(data_dir) as store:
        store.save_people([ANA])
    return data_dir


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, dict[str, Any]]:
    assert main(["deadlines", "--json", "--today", TODAY, *args]) == 0
    return {row["kind"]: row for row in json.loads(capsys.readouterr().out)}


def test_lang_after_the_command(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _json(capsys, "--lang", "fr")
    assert rows["card_expiry"]["title"] == "Votre carte A expire"
    assert rows["registration"]["explanation"].startswith(
        "8 jours après votre arrivée le 3 mars 2025 (jours calendrier) ; inscrit le 7 mars 2025"
    )
    assert rows["passport_expiry"]["flag"] == "tombe un jour férié : Fête du Travail"
    # Codes, dates and numbers are the same in every language.
    assert (rows["card_expiry"]["kind"], rows["card_expiry"]["date"]) == (
        "card_expiry",
        "2026-05-09",
    )
    assert rows["registration"]["facts"]["arrival"] == "2025-03-03"


def test_lang_before_the_command_and_the_table(
    store_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "nl", "deadlines", "--today", TODAY]) == 0
    table = capsys.readouterr().out
    assert "Uw A-kaart verloopt" in table
    assert "A card expires" not in table


@pytest.mark.parametrize(
    ("variable", "value", "title"),
    [
        ("LANG", "fr_BE.UTF-8", "Votre carte A expire"),
        ("LANG", "nl_BE.UTF-8", "Uw A-kaart verloopt"),
        ("LC_MESSAGES", "de_BE.UTF-8", "Ihre A-Karte läuft ab"),
        ("LANGUAGE", "nl:fr", "Uw A-kaart verloopt"),
        ("LANG", "C.UTF-8", "A card expires"),
    ],
)
def test_the_environment_chooses_when_nothing_else_does(
    store_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    value: str,
    title: str,
) -> None:
    monkeypatch.setenv(variable, value)
    assert _json(capsys)["card_expiry"]["title"] == title


def test_lang_wins_over_the_saved_preference_which_wins_over_the_environment(
    store_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    with Store.open(store_dir) as store:
        store.set_setting(SETTING, "de")
    assert _json(capsys)["card_expiry"]["title"] == "Ihre A-Karte läuft ab"
    assert _json(capsys, "--lang", "fr")["card_expiry"]["title"] == "Votre carte A expire"
    assert _json(capsys, "--lang", "en")["card_expiry"]["title"] == "A card expires"
    with Store.open(store_dir) as store:
        store.set_setting(SETTING, "system")
    assert _json(capsys)["card_expiry"]["title"] == "Uw A-kaart verloopt"


def test_english_json_is_unchanged_by_the_language_machinery(
    store_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _json(capsys, "--lang", "en")
    assert rows["card_expiry"]["title"] == "A card expires"
    assert rows["passport_expiry"]["flag"] == "falls on Labour Day"


def test_help_is_in_the_chosen_language(
    english_environment: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--lang", "fr", "deadlines", "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("utilisation :")
    assert "afficher ce message d'aide et quitter" in text
    assert "--lang {en,fr,nl,de}" in text


def test_an_unknown_language_is_a_one_line_usage_error(
    english_environment: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["deadlines", "--lang", "es"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--lang" in err and "'es'" in err and len(err.strip().splitlines()) == 1


def test_an_error_message_in_french(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadlines", "--lang", "fr", "--person", "Nobody"]) == 1
    assert "aucune personne nommée 'Nobody'" in capsys.readouterr().err


def test_a_dutch_calendar_file_has_dutch_summaries(
    store_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "deadlines.ics"
    assert main(["export-ics", str(out), "--lang", "nl", "--today", TODAY]) == 0
    text = out.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "SUMMARY:Ana Silva: Uw A-kaart verloopt" in text
    assert "Dit is geen juridisch advies" in text
    assert "A card expires" not in text
