"""`permit-tracker deadlines`: the JSON array (README, Command line), the table, the
filters, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from permit_tracker.cli import main
from permit_tracker.domain.model import Absence, Card, Document, Passport, Person, Visa
from permit_tracker.storage import Store

TODAY = "2026-01-15"
ANA = Person(  # the example of docs/exchange-format.md
    "Ana Silva",
    id="0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11",
    reason="work",
    arrival=date(2025, 3, 3),
    registered=date(2025, 3, 7),
    visa=Visa("D", date(2025, 2, 20), date(2025, 8, 19)),
    passport=Passport(date(2031, 5, 1)),
    cards=(Card("A", date(2025, 5, 10), date(2026, 5, 9)),),
    absences=(Absence(date(2025, 7, 1), date(2025, 7, 20), "holiday"),),
    documents=(Document("police_clearance", "obtained", date(2025, 1, 10)),),
)
RUI = Person("Rui Silva", reason="family", arrival=date(2026, 1, 2))


@pytest.fixture
def store_dir(data_dir: Path) -> Path:
    with Store.open(data_dir) as store:
        store.save_people([ANA, RUI])
    return data_dir


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    assert main(["deadlines", "--json", *args]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert isinstance(rows, list)
    return rows


def by_kind(rows: list[dict[str, Any]], person: str = "Ana Silva") -> dict[str, dict[str, Any]]:
    return {r["kind"]: r for r in rows if r["person"] == person}


EXPECTED_ANA = {  # kind: (date, status, days_left) on 15 January 2026
    "registration": ("2025-03-11", "done", -310),
    "visa_expiry": ("2025-08-19", "done", -149),
    # v2: tied to the next application (the employer window opening), which it covers
    "passport_validity": ("2026-02-09", "done", 25),
    "passport_expiry": ("2031-05-01", "upcoming", 1932),
    "card_renewal_opens": ("2026-03-30", "info", 74),  # v2: the 40th day, not the 45th
    "employer_renewal_opens": ("2026-02-09", "info", 25),  # v2: an A card held for work
    "employer_renewal_closes": ("2026-03-09", "upcoming", 53),
    "card_renewal_closes": ("2026-04-09", "upcoming", 84),
    "card_expiry": ("2026-05-09", "upcoming", 114),
    "document_usable_until": ("2025-07-10", "overdue", -189),
    "long_term_eligible": ("2030-03-07", "info", 1512),
    "nationality_eligible": (None, "info", None),
}


def test_json_gives_every_kind_of_design_md(
    store_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = by_kind(run_json(capsys, "--today", TODAY))
    assert {k: (r["date"], r["status"], r["days_left"]) for k, r in rows.items()} == EXPECTED_ANA
    for row in rows.values():
        assert {"person", "kind", "date", "status", "days_left", "title", "rule", "source"} <= set(
            row
        )
        assert row["person_id"] == ANA.id
        assert row["rule"] and row["source"] and row["title"]
        assert row["source"] in row["explanation"]
    assert rows["card_expiry"]["subject"] == "card-1"
    assert rows["document_usable_until"]["subject"] == "police_clearance-1"
    assert rows["registration"]["rule"] == "registration_days"
    assert rows["visa_expiry"]["rule"] == "visa_card_start_days"  # v2: its own rule
    assert rows["registration"]["facts"]["arrival"] == "2025-03-03"
    assert rows["passport_validity"]["facts"]["application"] == "2026-02-09"
    assert rows["passport_expiry"]["flag"] == "falls on Labour Day"
    assert rows["registration"]["flag"] is None


def test_json_order_is_overdue_first_then_by_date(
    store_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = run_json(capsys, "--today", TODAY)
    assert [r["status"] for r in rows[:2]] == ["overdue", "overdue"]
    assert [r["date"] for r in rows[:2]] == ["2025-07-10", "2026-01-10"]  # Rui: 2 Jan + 8
    dated = [r["date"] for r in rows[2:] if r["date"] is not None]
    assert dated == sorted(dated)
    assert [r["date"] for r in rows[-2:]] == [None, None]


def test_person_filter(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(capsys, "--today", TODAY, "--person", "Rui Silva")
    assert {r["person"] for r in rows} == {"Rui Silva"}
    assert by_kind(rows, "Rui Silva")["registration"]["status"] == "overdue"
    assert {r["person"] for r in run_json(capsys, "--person", "rui silva")} == {"Rui Silva"}


def test_unknown_person_is_a_one_line_error(
    store_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["deadlines", "--person", "Nobody"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "Nobody" in captured.err and "Ana Silva, Rui Silva" in captured.err


def test_bad_today_is_refused(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["deadlines", "--today", "15/01/2026"])
    assert exc.value.code != 0
    assert "15/01/2026" in capsys.readouterr().err


def test_statuses_follow_today(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = by_kind(run_json(capsys, "--today", "2026-04-09"))
    assert (rows["card_renewal_closes"]["status"], rows["card_renewal_closes"]["days_left"]) == (
        "due_soon",
        0,
    )
    assert rows["card_expiry"]["status"] == "due_soon"  # 30 days left
    later = by_kind(run_json(capsys, "--today", "2026-04-10"))
    assert later["card_renewal_closes"]["status"] == "overdue"


def test_today_defaults_to_the_local_date(
    store_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = date.today()
    rows = by_kind(run_json(capsys))
    after = date.today()
    left = rows["passport_expiry"]["days_left"]
    assert left in {(date(2031, 5, 1) - before).days, (date(2031, 5, 1) - after).days}


def test_rule_overrides_from_the_store(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(store_dir) as store:
        store.set_rule_overrides({"registration_days": 15, "card_renewal_opens_days": 60})
    rows = by_kind(run_json(capsys, "--today", TODAY))
    assert rows["registration"]["date"] == "2025-03-18"
    assert rows["card_renewal_opens"]["date"] == "2026-03-10"
    assert "15 days after" in rows["registration"]["explanation"]


def test_empty_store(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_json(capsys) == []
    assert main(["deadlines"]) == 0
    assert "No deadlines" in capsys.readouterr().out


def test_table(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadlines", "--today", TODAY]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["date", "days", "status", "person"]
    assert lines[2].startswith("2025-07-10") and "OVERDUE" in lines[2]
    assert "Passport expires (falls on Labour Day)" in out
    assert "registration_days: 8 days; commissioner.brussels" in out  # v2: docs/rules.md sources
    assert "not legal advice" in out
    single = main(["deadlines", "--today", TODAY, "--person", "Ana Silva"])
    assert single == 0
    assert "person" not in capsys.readouterr().out.splitlines()[0]


def test_installed_command(store_dir: Path) -> None:
    env = {**os.environ, "PERMIT_TRACKER_DATA_DIR": str(store_dir)}
    result = subprocess.run(
        [sys.executable, "-m", "permit_tracker", "deadlines", "--json", "--today", TODAY],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout.decode("utf-8"))
    assert by_kind(rows)["long_term_eligible"]["date"] == "2030-03-07"
