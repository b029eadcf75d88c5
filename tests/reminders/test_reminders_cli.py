"""`permit-tracker remind`: sends what is due once, --dry-run changes nothing, and it
stands aside while the desktop app runs."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from reminder_helpers import ANA, NOW, Recorder

from permit_tracker.cli import main
from permit_tracker.cli import remind as remind_cli
from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.deadlines import all_deadlines
from permit_tracker.reminders.instance import lock_path, running_pid
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.storage.store import Store


@pytest.fixture
def store_dir(data_dir: Path) -> Path:
    with Store.open(data_dir) as store:
        store.save_person(ANA)
    return data_dir


def states(data_dir: Path) -> dict[str, str]:
    with Store.open(data_dir) as store:
        return {key: s.state for key, s in store.reminder_states().items()}


def test_dry_run_prints_what_is_due_and_records_nothing(
    store_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["remind", "--dry-run", "--now", NOW]) == 0
    out = capsys.readouterr().out
    assert "Ana Silva" in out and "In 60 days: Tuesday 30 June 2026." in out
    assert states(store_dir) == {}
    assert main(["remind", "--dry-run", "--now", "2026-04-01T09:00"]) == 0
    assert capsys.readouterr().out == "Nothing is due.\n"


def test_sends_once_and_records_it(store_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder()
    monkeypatch.setattr(remind_cli, "_open_notifier", lambda: recorder)
    assert main(["remind", "--now", NOW]) == 0
    card_title = next(
        d.title
        for d in all_deadlines([ANA], Ruleset.with_overrides({}), date(2026, 5, 1))
        if d.kind is Kind.CARD_EXPIRY
    )
    assert [n.title for n in recorder.shown] == [f"Ana Silva: {card_title}"]
    assert recorder.shown[0].body == "In 60 days: Tuesday 30 June 2026."
    assert states(store_dir) == {f"{ANA.id}/card_expiry/card-1@60": "fired"}
    assert main(["remind", "--now", "2026-05-01T18:00"]) == 0
    assert len(recorder.shown) == 1  # never twice


def test_without_a_session_bus_it_fails_and_records_nothing(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setattr("permit_tracker.reminders.dbus_notifier.session_bus_address", lambda: None)
    assert main(["remind", "--now", NOW]) == 1
    err = capsys.readouterr().err
    assert "cannot show notifications" in err and "nothing was marked as sent" in err
    assert states(store_dir) == {}


def test_stands_aside_while_the_app_runs(store_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    lock_path(store_dir).write_text(f"{os.getpid()}\npermit-tracker\n{socket.gethostname()}\n")
    assert running_pid(store_dir) == os.getpid()
    recorder = Recorder()
    monkeypatch.setattr(remind_cli, "_open_notifier", lambda: recorder)
    assert main(["remind", "--now", NOW]) == 0
    assert recorder.shown == [] and states(store_dir) == {}


def test_a_stale_lock_does_not_block_reminders(store_dir: Path) -> None:
    lock_path(store_dir).write_text("999999999\npermit-tracker\n\n")
    assert running_pid(store_dir) is None


def test_bad_now_is_a_clear_usage_error(
    store_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["remind", "--now", "tomorrow"])
    assert exc.value.code == 2
    assert "'tomorrow' is not an ISO date-time" in capsys.readouterr().err
