"""Issue 14 item 13: the CLI says what is wrong with a date and what `remind` sent."""

from __future__ import annotations

from pathlib import Path

import pytest
from reminder_helpers import ANA, NOW, Recorder

from permit_tracker.cli import main
from permit_tracker.cli import remind as remind_cli
from permit_tracker.storage.store import Store


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2026-02-30", "February 2026 has no 30th (it has 28 days)"),
        ("2028-02-30", "February 2028 has no 30th (it has 29 days)"),
        ("2026-04-31", "April 2026 has no 31st"),
        ("2026-13-01", "there is no month 13"),
        ("1 May", "is not a date like 2026-01-15"),
    ],
)
def test_a_date_that_does_not_exist_is_named(
    text: str, says: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["deadlines", "--today", text])
    assert exc.value.code == 2
    assert says in capsys.readouterr().err


def test_remind_says_what_it_sent(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(data_dir) as store:
        store.save_person(ANA)
    monkeypatch.setattr(remind_cli, "_open_notifier", lambda: Recorder())
    assert main(["remind", "--now", NOW]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Sent 1 reminder:"
    assert out[1].startswith("  Ana Silva: ") and out[1].endswith(
        " — In 60 days: Tuesday 30 June 2026."
    )
