"""The window opens on a database holding a value that cannot be read, shows
everyone, and a warning banner names the person (or setting) and the field."""

from __future__ import annotations

import sqlite3
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from permit_tracker.domain.model import Absence, Card, Person
from permit_tracker.storage.store import Store
from permit_tracker.ui.shell.main_window import MainWindow
from permit_tracker.ui.widgets.message_banner import MessageBanner, first_sentence

ANA = Person(
    id="3f2b8c1e-5d4a-4f6b-9e8d-7c6b5a4f3e21",
    name="Ana Silva",
    arrival=date(2025, 3, 3),
    cards=(Card("A", date(2025, 5, 10), date(2026, 5, 9)),),
    absences=(Absence(date(2025, 7, 1), date(2025, 7, 20), "holiday"),),
)
BRUNO = Person(id="9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a5b", name="Bruno Costa")

CASES = {
    "impossible date": (
        "UPDATE cards SET valid_until = '2023-19-11'",
        'person "Ana Silva": cards[0].valid_until: "2023-19-11" is not a date',
    ),
    "unknown enum": (
        "UPDATE cards SET type = 'Z'",
        'person "Ana Silva": cards[0].type: "Z" is not one of',
    ),
    "binary in a note": (
        "UPDATE absences SET note = X'00FF80'",
        'person "Ana Silva": absences[0].note: 3 bytes of binary data is not text',
    ),
    "bad setting": (
        "INSERT INTO settings VALUES ('reminders.time_of_day', '{09:00')",
        'setting "reminders.time_of_day": value: "{09:00" is not JSON',
    ),
    "unknown reminder state": (
        "INSERT INTO reminder_states VALUES ('k', 'exploded', NULL, NULL, "
        "'2026-01-01T08:00:00+00:00')",
        'reminder state "k": state: "exploded" is not one of',
    ),
}


def run_app_on(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    from permit_tracker.ui.shell import main as gui_main

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    seen: dict[str, object] = {}

    def look_then_exit() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)),
                      None)  # fmt: skip
        if window is None or not window.is_loaded():  # shown first, filled after its paint
            QTimer.singleShot(20, look_then_exit)
            return
        try:
            seen["people"] = [p.name for p in window.controller.people()]
            seen["banners"] = [b.text() for b in window.banners() if isinstance(b, MessageBanner)]
        finally:
            QApplication.exit(0)

    QTimer.singleShot(0, look_then_exit)
    seen["code"] = gui_main.run_gui(data_dir=str(data_dir), demo=False)
    return seen


def test_several_values_are_counted_and_each_named(
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(data_dir) as store:
        store.save_people([ANA, BRUNO])
        path = store.path
    conn = sqlite3.connect(path)
    for sql, _ in CASES.values():
        conn.execute(sql)
    conn.commit()
    conn.close()
    seen = run_app_on(data_dir, monkeypatch)
    (banner,) = seen["banners"]
    assert isinstance(banner, str)
    first, _rest = first_sentence(banner)
    assert first.startswith("5 saved values cannot be read and are shown as unknown, the first: ")
    for _, named in CASES.values():
        assert named in banner


@pytest.mark.parametrize(("sql", "named"), list(CASES.values()), ids=list(CASES))
def test_the_window_opens_and_names_the_damage(
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch, sql: str, named: str
) -> None:
    with Store.open(data_dir) as store:
        store.save_people([ANA, BRUNO])
        path = store.path
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()
    seen = run_app_on(data_dir, monkeypatch)
    assert seen["code"] == 0
    assert seen["people"] == ["Ana Silva", "Bruno Costa"]
    (banner,) = seen["banners"]
    assert isinstance(banner, str)
    assert banner.startswith("A saved value cannot be read and is shown as unknown: ")
    assert named in first_sentence(banner)[0]  # shown before "More" is clicked


def test_a_sound_database_shows_no_damage_banner(
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(data_dir) as store:
        store.save_people([ANA, BRUNO])
    seen = run_app_on(data_dir, monkeypatch)
    assert seen["banners"] == []
