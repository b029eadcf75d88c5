"""The main window: empty store and demo family, tabs, menus and shortcuts, undo and redo,
removing with confirmation, store errors in a banner, geometry, `--demo`."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from permit_tracker.demo import demo_people
from permit_tracker.domain.model import Person
from permit_tracker.setting_keys import GEOMETRY_KEY
from permit_tracker.storage.errors import StoreWriteError
from permit_tracker.storage.store import Store
from permit_tracker.ui.people.sidebar import NameDialog
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.main_window import MainWindow
from permit_tracker.ui.timeline.timeline import TimelineTab
from permit_tracker.ui.travel.travel_tab import TravelTab
from permit_tracker.ui.widgets.message_banner import MessageBanner

pytestmark = pytest.mark.usefixtures("en_gb")


def make_window(qtbot, controller: Controller, **kwargs: object) -> MainWindow:
    window = MainWindow(controller, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def family(controller: Controller, store: Store, today: date) -> list[Person]:
    people = demo_people(today)
    store.save_people(people)
    controller.reload()
    return people


def test_opens_on_an_empty_store_with_the_first_start_page(qtbot, controller: Controller) -> None:
    window = make_window(qtbot, controller)
    assert window.pages.currentWidget() is window.first_start
    assert not window.menu_actions.undo.isEnabled()
    assert not window.menu_actions.remove_person.isEnabled()
    assert window.windowTitle() == "Permit Tracker"


def test_opens_on_the_demo_family_at_the_most_urgent_person(
    qtbot, controller: Controller, family: list[Person]
) -> None:
    window = make_window(qtbot, controller, demo=True)
    assert window.pages.currentWidget() is window.splitter
    assert window.sidebar.model.rowCount() == 5
    tomas = family[4]  # his police clearance is too old: the demo's overdue row
    assert controller.selected_id() == tomas.id
    assert window.person_view.headline.text.text().startswith("Submit your police clearance")
    tabs = window.person_view.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Overview", "Dates && permits", "Travel", "Documents", "Timeline", "Journey",
    ]  # fmt: skip
    assert isinstance(tabs.widget(2), TravelTab)
    assert isinstance(tabs.widget(4), TimelineTab)
    assert [b.text() for b in window.banners() if isinstance(b, MessageBanner)] == [
        "This is a sample family in a temporary store: explore and edit freely; nothing is "
        "kept when you quit."
    ]
    assert "sample family" in window.windowTitle()


def test_selecting_a_person_shows_them_everywhere(
    qtbot, controller: Controller, family: list[Person]
) -> None:
    window = make_window(qtbot, controller)
    ines = family[3]
    row = window.sidebar.model.row_of(ines.id)
    assert row == 1  # sorted by name
    window.sidebar.view.setCurrentIndex(window.sidebar.model.index(row, 0))
    assert controller.selected_id() == ines.id
    assert window.person_view.headline.text.text() == (
        "Register at your commune by Sat, 8 March — 3 days left"
    )
    assert window.person_view.dates.arrival.date() == ines.arrival


def test_menus_and_standard_shortcuts(qtbot, controller: Controller) -> None:
    window = make_window(qtbot, controller)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    a = window.menu_actions
    assert set(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)) <= set(a.undo.shortcuts())
    assert QKeySequence("Ctrl+Q") in a.quit.shortcuts()
    assert QKeySequence("Ctrl+Y") in a.redo.shortcuts()
    assert QKeySequence("Ctrl+,") in a.preferences.shortcuts()
    assert [act.shortcut().toString() for act in a.show_tabs] == [f"Ctrl+{i}" for i in range(1, 7)]
    help_texts = [act.text() for act in (a.rules, a.not_legal_advice, a.about)]
    assert help_texts == ["&Rules and sources", "&Not legal advice", "&About Permit Tracker"]


def test_undo_and_redo_from_the_edit_menu(
    qtbot, controller: Controller, store: Store, family: list[Person]
) -> None:
    window = make_window(qtbot, controller)
    ana = family[0]
    assert controller.rename(ana.id, "Ana Pereira") == []
    assert window.menu_actions.undo.text() == "&Undo Rename Ana Silva to Ana Pereira"
    window.menu_actions.undo.trigger()
    assert store.person(ana.id).name == "Ana Silva"
    assert window.sidebar.model.index(0, 0).data() == "Ana Silva"
    assert window.menu_actions.redo.isEnabled()
    window.menu_actions.redo.trigger()
    assert store.person(ana.id).name == "Ana Pereira"
    assert not window.menu_actions.redo.isEnabled()


def test_remove_asks_first_and_undo_brings_the_person_back(
    qtbot, controller: Controller, store: Store, family: list[Person], monkeypatch
) -> None:
    window = make_window(qtbot, controller)
    ana = family[0]
    controller.select(ana.id)
    monkeypatch.setattr(window.sidebar, "confirm_remove", lambda person: False)
    window.menu_actions.remove_person.trigger()
    assert len(store.people()) == 5
    monkeypatch.setattr(window.sidebar, "confirm_remove", lambda person: person.id == ana.id)
    window.menu_actions.remove_person.trigger()
    assert [p.name for p in store.people()] == [
        "Inês Costa", "Marta Silva", "Rui Silva", "Tomás Costa",
    ]  # fmt: skip
    assert controller.selected_id() == family[3].id  # the next one in the list
    controller.undo()
    assert store.person(ana.id) == ana
    assert controller.selected_id() == ana.id


def test_removing_the_last_person_returns_to_the_first_start(
    qtbot, controller: Controller, store: Store, monkeypatch
) -> None:
    window = make_window(qtbot, controller)
    assert controller.add_person(Person(name="Solo", arrival=date(2025, 3, 1))) == []
    assert window.pages.currentWidget() is window.splitter
    monkeypatch.setattr(window.sidebar, "confirm_remove", lambda person: True)
    window.menu_actions.remove_person.trigger()
    assert store.people() == []
    assert window.pages.currentWidget() is window.first_start


def test_name_dialog_refuses_an_empty_or_taken_name(
    qtbot, controller: Controller, family: list[Person]
) -> None:
    dialog = NameDialog(controller, Person(name=""), "Add a person")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name.setText("Rui Silva")
    assert not ok.isEnabled()
    assert dialog.error.text() == "another person is already called Rui Silva"
    dialog.name.setText("Rui Silva Jr")
    assert ok.isEnabled()


def test_a_failed_save_shows_a_banner_and_keeps_undo_in_step(
    qtbot, controller: Controller, store: Store, family: list[Person], monkeypatch
) -> None:
    window = make_window(qtbot, controller)
    ana = family[0]
    assert controller.rename(ana.id, "Ana Pereira") == []

    def full_disk(person: Person) -> None:
        raise StoreWriteError("cannot write the database: disk full")

    monkeypatch.setattr(store, "save_person", full_disk)
    controller.undo()  # writing "Ana Silva" back fails
    messages = [b.text() for b in window.banners() if isinstance(b, MessageBanner)]
    assert messages == ["Your change was not saved: cannot write the database: disk full"]
    assert store.person(ana.id).name == "Ana Pereira"
    assert controller.undo_stack.index() == 1  # still after the rename, like the database
    problems = controller.update_person(replace(ana, name="Ana P."), "rename")
    assert [p.message for p in problems] == ["the change was not saved"]
    assert controller.undo_stack.count() == 1

    monkeypatch.undo()  # the disk has room again
    controller.undo()
    assert store.person(ana.id).name == "Ana Silva"


def test_geometry_is_remembered(qtbot, controller: Controller, store: Store) -> None:
    window = make_window(qtbot, controller)
    window.resize(720, 530)  # within the offscreen platform's 800×600 screen
    window.close()
    assert isinstance(store.setting(GEOMETRY_KEY), str)
    again = make_window(qtbot, controller)
    assert (again.width(), again.height()) == (720, 530)


def test_small_window_and_long_names(qtbot, controller: Controller, family: list[Person]) -> None:
    long_name = "Maria-Fernanda Alexandrina de Albuquerque e Vasconcelos " * 3
    assert controller.rename(family[0].id, long_name.strip()) == []
    window = make_window(qtbot, controller)
    window.resize(800, 600)
    qtbot.wait(10)
    assert window.width() == 800 and window.height() == 600
    assert window.sidebar.width() < 320  # the name is elided, not stretching the sidebar
    row = window.sidebar.model.row_of(family[0].id)
    tooltip = window.sidebar.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert long_name.strip() in tooltip


def test_show_deadline_selects_person_and_row(
    qtbot, controller: Controller, family: list[Person]
) -> None:
    window = make_window(qtbot, controller)
    ines = family[3]
    key = f"{ines.id}/registration/"
    assert window.show_deadline(ines.id, key)
    assert controller.selected_id() == ines.id
    overview = window.person_view.overview
    assert overview.model.deadline(overview.table.currentIndex().row()).key == key
    assert not window.show_deadline("no-such-person", key)


def test_controls_have_accessible_names(
    qtbot, controller: Controller, family: list[Person]
) -> None:
    window = make_window(qtbot, controller)
    own = [window.sidebar, window.person_view.overview, window.person_view.dates,
           window.person_view.documents, window.first_start]  # fmt: skip
    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy()}
    unnamed = []
    composite = (QComboBox, QCalendarWidget, QLineEdit, QAbstractItemView, QMenu)

    def internal(widget: QWidget, root: QWidget) -> bool:
        """A part of a composite control (a combo's popup, a table's corner button)."""
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent, composite):
                return True
            parent = parent.parentWidget()
        return False

    for root in own:
        for widget in root.findChildren(QWidget):
            if internal(widget, root):
                continue
            if isinstance(widget, QAbstractButton) and widget.text():
                continue  # the text is the name
            if isinstance(widget, (QLineEdit, QComboBox, QAbstractButton, QAbstractItemView)):
                if isinstance(widget, QHeaderView):
                    continue  # part of its table
                if not widget.accessibleName() and widget not in buddies:
                    unnamed.append(f"{type(widget).__name__} in {type(root).__name__}")
    assert sorted(set(unnamed)) == [], unnamed


def test_preferences_opens_from_the_edit_menu(qtbot, controller: Controller, monkeypatch) -> None:
    from permit_tracker.ui.preferences.preferences_dialog import PreferencesDialog
    from permit_tracker.ui.shell.desktop_app import DesktopApp

    opened: list[object] = []
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: opened.append(self))
    window = make_window(qtbot, controller)
    DesktopApp(window, None, False)  # the app's owner opens it, with the app's own sections
    window.menu_actions.preferences.trigger()
    assert len(opened) == 1


def test_today_is_refreshed_after_midnight(
    qtbot, controller: Controller, family: list[Person]
) -> None:
    window = make_window(qtbot, controller)
    assert controller._midnight.isActive()
    assert 0 < controller._midnight.remainingTime() <= 24 * 3600 * 1000 + 1000
    headline = window.person_view.headline.text
    controller.select(family[3].id)
    assert headline.text().endswith("3 days left")
    controller.set_clock(lambda: date(2025, 3, 7))
    controller._on_midnight()  # what the timer does when it fires
    assert headline.text().endswith("1 day left")
    assert controller._midnight.isActive()  # re-armed for the next midnight


def test_demo_runs_in_a_temporary_store_deleted_at_exit(qapp, monkeypatch, tmp_path) -> None:
    from permit_tracker.ui.shell import main as gui_main

    monkeypatch.setenv("PERMIT_TRACKER_DATA_DIR", str(tmp_path / "real"))
    seen: dict[str, object] = {}

    def look_then_quit() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)),
                      None)  # fmt: skip
        if window is None or not window.is_loaded():  # shown first, filled after its paint
            QTimer.singleShot(20, look_then_quit)
            return
        seen["dir"] = window.controller.store.data_dir
        seen["people"] = [p.name for p in window.controller.people()]
        # exit(), not quit(): QGuiApplication.quit() with a window shown leaves a termination
        # request queued that ends the event loops of later tests. run_gui deletes the window.
        QApplication.exit(0)

    QTimer.singleShot(0, look_then_quit)
    monkeypatch.setattr(gui_main, "_install_crash_dialog", lambda: None)
    assert gui_main.run_gui(data_dir=None, demo=True) == 0
    assert seen["people"] == ["Ana Silva", "Inês Costa", "Marta Silva", "Rui Silva", "Tomás Costa"]
    assert isinstance(seen["dir"], Path) and not os.path.exists(seen["dir"])
    assert not (tmp_path / "real").exists()  # the user's own data was never opened


def test_rules_and_sources_come_from_the_ruleset_in_force(controller: Controller) -> None:
    from permit_tracker.rules.ruleset import DEFAULT_RULES, LEGAL_NOTICE
    from permit_tracker.ui.shell.help_dialogs import about_text, rules_html

    controller.set_rule_overrides({"registration_days": 10})
    html = rules_html(controller.ruleset())
    assert LEGAL_NOTICE in html
    for rule in DEFAULT_RULES.values():
        assert f"href='{rule.source_url}'" in html
        assert rule.title in html
    assert "Register at the commune: 10 days (default 8 days)" in html
    assert "Passport validity: 12 months</h3>" in html
    assert "not legal advice" in about_text(Path("/data")).lower()


def test_help_menu_opens_its_dialogs(qtbot, controller: Controller, monkeypatch) -> None:
    from permit_tracker.ui.shell import help_dialogs

    shown: list[str] = []
    monkeypatch.setattr(help_dialogs.RulesDialog, "exec", lambda self: shown.append("rules"))
    monkeypatch.setattr(
        help_dialogs.QMessageBox, "information", lambda *args: shown.append("notice")
    )
    monkeypatch.setattr(help_dialogs.QMessageBox, "exec", lambda self: shown.append("about"))
    window = make_window(qtbot, controller)
    for action in (
        window.menu_actions.rules,
        window.menu_actions.not_legal_advice,
        window.menu_actions.about,
    ):
        action.trigger()
    assert shown == ["rules", "notice", "about"]


def test_a_dismissed_banner_leaves_no_empty_slot(qtbot, controller: Controller) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QToolButton

    from permit_tracker.ui.widgets.message_banner import BannerSlot

    window = make_window(qtbot, controller)
    before = len(window.banner_area.findChildren(BannerSlot))
    banner = MessageBanner("Disk full", "error")
    window.add_banner(banner)
    assert len(window.banner_area.findChildren(BannerSlot)) == before + 1
    banner.findChild(QToolButton).click()  # Dismiss
    for _ in range(3):  # the banner, then its slot, are deleted later
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    assert len(window.banner_area.findChildren(BannerSlot)) == before
    assert "Disk full" not in [b.text() for b in window.banners() if isinstance(b, MessageBanner)]
