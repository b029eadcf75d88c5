"""Issue 14 item 11: more than three due at once reach the desktop as one summary, while the
window (the chain's `always` notifier) still lists each."""

from __future__ import annotations

from permit_tracker.reminders.notifier import (
    SUMMARY_KEY,
    Notification,
    Notifier,
    NotifierChain,
    one_line,
)


class Recorder(Notifier):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Notification] = []

    def notify(self, notification: Notification) -> bool:
        self.shown.append(notification)
        return True


def note(n: int) -> Notification:
    return Notification(f"p{n}/k/s@7", f"p{n}/k/s", f"p{n}", f"Person {n}: Card expires",
                        "In 7 days: Tuesday 8 December 2026.")  # fmt: skip


def test_four_at_once_are_one_summary_on_the_desktop_and_four_in_the_window() -> None:
    desktop, window = Recorder(), Recorder()
    chain = NotifierChain([lambda: desktop], always=[window])
    chain.notify_all([note(n) for n in range(4)])
    (summary,) = desktop.shown
    assert summary.key == SUMMARY_KEY and summary.title == "4 deadlines need attention"
    assert summary.body.splitlines()[0] == "Person 0: Card expires — In 7 days"
    assert [n.key for n in window.shown] == [note(n).key for n in range(4)]


def test_three_at_once_stay_three() -> None:
    desktop = Recorder()
    NotifierChain([lambda: desktop]).notify_all([note(n) for n in range(3)])
    assert [n.title for n in desktop.shown] == [note(n).title for n in range(3)]


def test_control_characters_become_single_spaces() -> None:
    assert one_line("Ana\tMaria\r\nSilva\x07 ") == "Ana Maria Silva"


def test_the_icon_file_is_a_png_outside_flatpak_only(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from permit_tracker.reminders.dbus_notifier import icon_file

    monkeypatch.delenv("FLATPAK_ID", raising=False)
    icon = icon_file()
    assert icon is not None and icon.read_bytes().startswith(b"\x89PNG")
    monkeypatch.setenv("FLATPAK_ID", "be.permittracker.PermitTracker")
    assert icon_file() is None  # the host's server could not read a path in the sandbox
