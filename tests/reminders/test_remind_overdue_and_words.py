"""Issue 14 item 1 from the command line: `remind` sends one "overdue" reminder for a
deadline entered late, not the reminders it never had."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reminder_helpers import Recorder

from permit_tracker.cli import main
from permit_tracker.cli import remind as remind_cli
from permit_tracker.domain.model import Person
from permit_tracker.setting_keys import FIRST_SEEN_KEY
from permit_tracker.storage.store import Store


def test_remind_sends_one_overdue_reminder_for_an_arrival_typed_late(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    recorder = Recorder()
    monkeypatch.setattr(remind_cli, "_open_notifier", lambda: recorder)
    with Store.open(data_dir):
        pass
    assert main(["remind", "--now", "2026-11-30T12:00"]) == 0  # runs (from cron) on the empty store
    with Store.open(data_dir) as store:
        assert store.setting(FIRST_SEEN_KEY, None) == {}
        store.save_person(Person(name="Inês Costa", arrival=date(2026, 11, 20)))
    assert main(["remind", "--now", "2026-12-01T12:00"]) == 0
    (sent,) = recorder.shown  # one, not the 20, 25 and 28 Nov reminders
    assert sent.title == "Inês Costa: Register at the commune"
    assert sent.body == "Overdue — it was due 3 days ago: Saturday 28 November 2026."
    assert main(["remind", "--now", "2026-12-01T18:00"]) == 0
    assert len(recorder.shown) == 1  # and once
