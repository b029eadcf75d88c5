"""The start-up path: the window paints before the store and the engine are
loaded, the desktop app's command line skips argparse, the Travel table waits for its tab,
and a second launch that comes while the first is still starting is answered."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_travel_helpers import controller_with, many_trips, resident

from permit_tracker.cli import gui_options
from permit_tracker.setting_keys import GEOMETRY_KEY
from permit_tracker.storage.peek import peek_text_setting
from permit_tracker.storage.store import Store
from permit_tracker.ui.people.person_view import PersonView
from permit_tracker.ui.shell.main_window import MainWindow
from permit_tracker.ui.shell.single_instance import SingleInstance
from permit_tracker.ui.travel import trips_model

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REPO = Path(__file__).resolve().parents[3]

# Runs the real `permit-tracker --data-dir DIR` and, at the window's first paint, prints the
# modules loaded by then and what the window shows.
FIRST_PAINT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication
    from permit_tracker.ui.shell import startup_probe

    def report():
        from permit_tracker.ui.shell.main_window import MainWindow
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        print("loaded", window.is_loaded(), window.width(), window.height(), flush=True)
        print("modules", " ".join(sorted(sys.modules)), flush=True)
        # PySide6 builds its whole `Qt` namespace (≈ 33 ms) when it is first imported.
        print("qt_namespace", "Qt" in vars(sys.modules["PySide6.QtCore"]), flush=True)
        guard = getattr(sys.modules.get("permit_tracker.ui.widgets.wheel_guard"), "_guard", None)
        print("wheel_guard", guard is not None, flush=True)
        QCoreApplication.quit()

    startup_probe._report_and_quit = report
    from permit_tracker.cli import main
    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)


def test_the_window_paints_before_the_store_the_engine_and_the_tabs_are_loaded(
    data_dir: Path,
) -> None:
    with Store.open(data_dir) as store:
        store.save_people([resident(trips=many_trips(20))])
        store.set_setting(GEOMETRY_KEY, "not a saved geometry")  # falls back to the default
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "PERMIT_TRACKER_EXIT_AFTER_PAINT": "1"}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(data_dir)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert lines["loaded"] == "False 1120 740"  # the shell, at its final size
    modules = lines["modules"].split()
    assert lines["qt_namespace"] == "False"  # a sixth of a bare window, for nothing yet
    # An application-wide event filter in Python sees every event; the shell has no spin box.
    assert lines["wheel_guard"] == "False"
    assert "PySide6.QtWidgets" in modules and "permit_tracker.ui.shell.loading_page" in modules
    for heavy in (
        "sqlalchemy",
        "ics",
        "permit_tracker.storage.store",
        "permit_tracker.storage.migrations",
        "permit_tracker.storage.backups",
        "permit_tracker.domain.continuity_spans",  # every continuity rule imports it
        "permit_tracker.cli.deadlines",
        "permit_tracker.ui.shell.controller",
        "permit_tracker.ui.travel.travel_tab",
        "permit_tracker.ui.reminders.reminders_wiring",
        "PySide6.QtNetwork",
        "caldav",  # publishing (opt-in): after the paint, and only when it is on
        "keyring",
        "niquests",
        "permit_tracker.publish",
        "permit_tracker.ui.calendar.caldav_publishing",
    ):
        assert not [m for m in modules if m == heavy or m.startswith(heavy + ".")], heavy


def test_the_desktop_app_command_line_is_read_without_argparse() -> None:
    assert gui_options([]) == (None, False)
    assert gui_options(["--demo"]) == (None, True)
    assert gui_options(["--data-dir", "/d", "--demo"]) == ("/d", True)
    assert gui_options(["--data-dir=/d"]) == ("/d", False)
    # Everything else is the full parser's: commands, help, version, abbreviations, mistakes.
    others = (
        ["deadlines"], ["-h"], ["--help"], ["--version"], ["--data", "/d"], ["--data-dir"],
        ["--data-dir", "--demo"], ["--data-dir="], ["--bogus"], ["--demo", "deadlines"],
    )  # fmt: skip
    for argv in others:
        assert gui_options(argv) is None, argv


def test_help_still_lists_every_command() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "permit_tracker", "--help"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for command in (
        "import", "export", "deadlines", "export-ics", "publish", "remind", "restore", "backups"
    ):  # fmt: skip
        assert f"\n    {command} " in done.stdout, command


def test_the_saved_geometry_is_read_without_opening_the_store(data_dir: Path) -> None:
    assert peek_text_setting(data_dir, GEOMETRY_KEY) is None  # no database: nothing created
    assert not data_dir.exists()
    with Store.open(data_dir) as store:
        store.set_setting(GEOMETRY_KEY, "AdnQywADAAA=")
        store.set_setting("a number", 3)
    assert peek_text_setting(data_dir, GEOMETRY_KEY) == "AdnQywADAAA="
    assert peek_text_setting(data_dir, "a number") is None  # strings only
    assert peek_text_setting(data_dir, "absent") is None


def test_the_shell_is_filled_in_place(qtbot: QtBot, data_dir: Path) -> None:
    with controller_with(data_dir, [resident(trips=many_trips(3))]) as controller:
        window = MainWindow(None, geometry=None)
        qtbot.addWidget(window)
        window.show()
        assert not window.is_loaded() and not window.menu_actions.undo.isEnabled()
        assert window.menu_actions.quit.isEnabled()
        with qtbot.waitSignal(window.loaded):
            window.attach(controller)
        assert window.is_loaded()
        assert window.pages.currentWidget() is window.splitter
        assert window.sidebar.model.rowCount() == 1
        assert not window.menu_actions.add_person.icon().isNull()  # icons after the paint
        assert window.focusWidget() is not None  # as when shown filled


def test_the_travel_table_is_computed_when_its_tab_is_shown_once_per_change(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    real = trips_model.describe_effect

    def counted(*args: object) -> object:
        calls.append(args[1])
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(trips_model, "describe_effect", counted)
    person = resident(trips=many_trips(12))
    with controller_with(data_dir, [person]) as controller:
        window = MainWindow(controller)
        qtbot.addWidget(window)
        window.show()
        assert controller.selected_id() == person.id
        assert calls == []  # the Overview shows: no trip's effect computed
        tabs = window.person_view.tabs
        tabs.setCurrentIndex(PersonView.TRAVEL)
        assert len(calls) == 12  # each trip once, not twice
        assert window.person_view.travel.model.rowCount() == 12
        tabs.setCurrentIndex(PersonView.OVERVIEW)
        tabs.setCurrentIndex(PersonView.TRAVEL)
        assert len(calls) == 12  # nothing changed: nothing recomputed
        tabs.setCurrentIndex(PersonView.OVERVIEW)
        controller.rename(person.id, "Ana Maria Silva")
        controller.undo()
        assert len(calls) == 12  # hidden: two changes, no work yet
        tabs.setCurrentIndex(PersonView.TRAVEL)
        assert len(calls) == 24  # shown again: once for both


def test_the_start_builds_the_tab_it_shows_and_the_others_after(
    qtbot: QtBot, data_dir: Path
) -> None:
    """The shell is filled with the Overview only, so the first paint waits for no other tab;
    another tab is built, with the person, when it is shown or asked for."""
    person = resident(trips=many_trips(5))
    with controller_with(data_dir, [person]) as controller:
        window = MainWindow(None, geometry=None)
        qtbot.addWidget(window)
        window.show()
        window.attach(controller, lazy_tabs=True)
        view = window.person_view
        tabs = view.tabs
        assert [tabs.tabText(i) for i in range(tabs.count())] == [
            "Overview", "Dates && permits", "Travel", "Documents", "Timeline", "Journey",
        ]  # fmt: skip
        assert view.tab_widgets() == [view.overview]
        assert tabs.currentWidget() is view.overview
        assert view.overview.model.rowCount() > 0
        shown: list[int] = []
        tabs.currentChanged.connect(shown.append)
        tabs.setCurrentIndex(PersonView.TRAVEL)  # built as it is shown, in its page's place
        assert shown == [PersonView.TRAVEL]
        assert tabs.currentIndex() == PersonView.TRAVEL
        assert tabs.currentWidget() is view.travel
        assert view.travel.model.rowCount() == 5
        assert view.dates.arrival.date() == person.arrival  # asked for: built, hidden
        assert tabs.currentIndex() == PersonView.TRAVEL and shown == [PersonView.TRAVEL]
        assert len(view.tab_widgets()) == 3
        assert view.documents and view.timeline and view.journey
        assert len(view.tab_widgets()) == 6
        assert [tabs.widget(i) for i in range(6)] == view.tab_widgets()
        assert tabs.currentIndex() == PersonView.TRAVEL and shown == [PersonView.TRAVEL]
        assert view.journey.person() is not None  # the person, though built after
        controller.rename(person.id, "Ana Maria Silva")
        assert view.journey.person().name == "Ana Maria Silva"  # wired like the others


def test_a_second_launch_during_the_first_start_is_answered(qtbot: QtBot, data_dir: Path) -> None:
    first = SingleInstance(data_dir)
    assert first.acquire(listen=False)  # the lock before the window, the channel after
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    second = subprocess.Popen(
        [sys.executable, "-m", "permit_tracker", "--data-dir", str(data_dir)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        qtbot.wait(800)  # the second knocks meanwhile; the first is still "painting"
        with qtbot.waitSignal(first.raise_requested, timeout=20000):
            first.listen()
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
        _, said = second.communicate()
        assert second.returncode == 0, said
        assert "did not answer" not in said
    finally:
        if second.poll() is None:
            second.kill()
            second.communicate()
        first.release()
