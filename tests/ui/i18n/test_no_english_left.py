"""The window in German shows no English left over and no cut titles.

Every visible text of the window and its dialogs is read in English, then in German (the
catalogue in the tree, complete for German): a text the same in both is English left over
(an unmarked string, a string built outside tr, a sentence from storage shown as it is),
unless it is a name, a code or a word German shares with English (ALLOWED)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QTextBrowser,
    QWidget,
)

from permit_tracker.demo import demo_people
from permit_tracker.publish.job import Outcome
from permit_tracker.storage.store import Store
from permit_tracker.ui.backup.restore_dialog import RestoreDialog
from permit_tracker.ui.calendar.caldav_publishing import Publisher
from permit_tracker.ui.calendar.calendar_export_dialog import CalendarExportDialog
from permit_tracker.ui.preferences.preferences_dialog import PreferencesDialog
from permit_tracker.ui.shell import translation
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.help_dialogs import RulesDialog, about_text
from permit_tracker.ui.shell.main_window import MainWindow

# The offscreen platform says so when a dialog is shown as a window of its own.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# The same in German: the app's name, language names, card codes, words German shares.
ALLOWED = {"Permit Tracker", "OK", "Status", "Status:", "Name", "Name:", "Student", "—"}
ALLOWED |= {"English", "Français", "Nederlands", "Deutsch", "A", "B", "EU", "F", "K", "L"}
_TAG = re.compile(r"<[^>]+>")


def _allowed(text: str, people: list[str]) -> bool:
    """Names, numbers, paths and web addresses ("ibz.be; vilvoorde.be": a source that is
    only sites reads the same in every language; "Aliens Act art. 15bis" does not)."""
    words = [w for w in re.split(r"[\s;,()]+", text) if w and "." not in w]
    return (
        text in ALLOWED
        or text in people
        or text.startswith(("Permit Tracker ", "/", "http"))
        or not any(c.isalpha() for c in " ".join(words))
    )


def visible_texts(root: QWidget) -> dict[str, str]:
    """Each visible text of `root` (labels, buttons, group and tab titles, headers and cells,
    combo entries, placeholders, tooltips, actions) → where it was seen."""
    found: dict[str, str] = {}

    def add(where: QWidget, text: object) -> None:
        if not isinstance(text, str):
            return
        plain = _TAG.sub("\n", text).replace("&nbsp;", " ").replace("&amp;", "&")
        for line in re.split(r"\n| {2,}", plain):
            line = line.replace("&", "").strip()
            if line:
                found.setdefault(line, type(where).__name__)

    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        add(widget, widget.toolTip())
        add(widget, widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, widget.tabText(i))
        elif isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, widget.itemText(i))
        elif isinstance(widget, QTextBrowser):
            add(widget, widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: its columnCount is private
                columns = 1
            for column in range(columns):
                add(widget, model.headerData(column, Qt.Orientation.Horizontal))
                for row in range(model.rowCount(QModelIndex())):
                    index = model.index(row, column)
                    add(widget, index.data(Qt.ItemDataRole.DisplayRole))
                    add(widget, index.data(Qt.ItemDataRole.ToolTipRole))
        for action in widget.actions():
            add(widget, action.text())
            for sub in action.menu().actions() if action.menu() is not None else ():
                add(widget, sub.text())
    return found


@pytest.fixture
def window(qtbot, controller: Controller, store: Store, today: date) -> Iterator[MainWindow]:
    store.save_people(demo_people(today))
    controller.reload()
    made = MainWindow(controller)
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    yield made
    translation.install_language("en")  # the next test starts in English again


def _dialogs(window: MainWindow, controller: Controller, today: date) -> list[QWidget]:
    publisher = Publisher(controller, window)
    about = QMessageBox(window)
    about.setTextFormat(Qt.TextFormat.RichText)
    about.setText(about_text(controller.store.data_dir))
    return [
        PreferencesDialog(controller, window, [publisher.add_section]),
        RulesDialog(controller.ruleset(), window),
        RestoreDialog(controller.store.data_dir, window),
        CalendarExportDialog(controller.store, today, window),
        about,
    ]


def _everything(qtbot, window: MainWindow, controller: Controller, today: date) -> dict[str, str]:
    """The texts of every tab of every person, of the menus and of the dialogs."""
    found: dict[str, str] = {}
    view = window.person_view
    for person in controller.people():
        controller.select(person.id)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            found |= visible_texts(window)
    for dialog in _dialogs(window, controller, today):
        qtbot.addWidget(dialog)
        dialog.show()
        for bar in dialog.findChildren(QTabBar):
            for index in range(bar.count()):
                bar.setCurrentIndex(index)
                found |= visible_texts(dialog)
        found |= visible_texts(dialog)
        dialog.close()
    return found


def test_the_window_and_its_dialogs_in_german_show_no_english(
    qtbot, window: MainWindow, controller: Controller, today: date
) -> None:
    english = _everything(qtbot, window, controller, today)
    window.apply_language("de")
    german = _everything(qtbot, window, controller, today)
    names = [p.name for p in controller.people()]
    notes = {trip.note for p in controller.people() for trip in p.absences}
    left = {
        text: where
        for text, where in german.items()
        if text in english and text not in notes and not _allowed(text, names)
    }
    assert left == {}


def test_german_tab_titles_are_whole_at_800_by_600(window: MainWindow) -> None:
    window.apply_language("de")
    window.resize(800, 600)
    bar = window.person_view.tabs.tabBar()
    window.person_view.tabs.setCurrentIndex(window.person_view.JOURNEY)
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        # none scrolled out of sight behind arrows
        assert rect.left() >= 0 and rect.right() <= bar.width(), bar.tabText(index)
        assert rect.width() >= bar.tabSizeHint(index).width(), bar.tabText(index)  # nor cut
    # The people list elides each row (whole in its tooltip): no scroll bar to scroll blanks.
    assert not window.sidebar.view.horizontalScrollBar().isVisible()


def test_the_calendar_export_lists_the_german_kinds_whole(
    qtbot, window: MainWindow, controller: Controller, today: date
) -> None:
    window.apply_language("de")
    dialog = CalendarExportDialog(controller.store, today, window)
    qtbot.addWidget(dialog)
    dialog.show()
    kinds = dialog.kinds_list
    assert kinds.viewport().width() >= kinds.sizeHintForColumn(0)
    assert not kinds.horizontalScrollBar().isVisible()


def test_a_publishing_run_is_told_in_the_window_language(
    window: MainWindow, controller: Controller
) -> None:
    publisher = Publisher(controller, window)
    published: dict[str, list[object]] = {"a": [], "b": [], "c": []}
    outcome = Outcome(None, "Permit Tracker", published, created=2, updated=1)
    assert publisher.outcome_text(outcome) == "3 events in “Permit Tracker”: 2 created, 1 updated"
    window.apply_language("de")
    assert publisher.outcome_text(outcome) == (
        "3 Termine in „Permit Tracker“: 2 erstellt, 1 aktualisiert"
    )
    same = Outcome(None, "Permit Tracker", {"a": []}, unchanged=1)
    assert (
        publisher.outcome_text(same)
        == "1 Termin in „Permit Tracker“: bereits auf dem neuesten Stand"
    )
