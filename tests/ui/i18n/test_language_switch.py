"""Choosing the language: the order of the sources, Preferences ▸ General ▸ Language applying
at once (menus and tabs re-worded, the person, tab and splitter kept), dates following the
language, and the cost of installing the translators before the first paint.

The switch is checked against a small French catalogue compiled here from the real
permit_tracker_fr.ts with two messages filled in, so it holds before the translators finish.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from permit_tracker.demo import demo_people
from permit_tracker.setting_keys import LANGUAGE_KEY
from permit_tracker.storage.store import Store
from permit_tracker.ui.preferences.preferences_dialog import PreferencesDialog
from permit_tracker.ui.shell import translation
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.main_window import MainWindow
from permit_tracker.ui.widgets.formatting import date_text, days_left_text

FRENCH = {
    ("MainWindow", "&File"): "&Fichier",
    ("PersonView", "Travel"): "Voyages",
    ("PreferencesDialog", "&General"): "&Général",
    ("GeneralPage", "&Language:"): "&Langue :",
    ("DateField", "d"): "j",
    ("DateField", "y"): "a",
}


def _compile_french(target: Path) -> Path:
    """permit_tracker_fr.qm in `target`, with FRENCH's messages translated."""
    source = translation.I18N_DIR / "permit_tracker_fr.ts"
    tree = ET.parse(source)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            text = FRENCH.get((name or "", message.findtext("source") or ""))
            element = message.find("translation")
            if text is not None and element is not None:
                element.text = text
                element.attrib.pop("type", None)
    ts = target / "permit_tracker_fr.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease if lrelease.exists() else shutil.which("pyside6-lrelease")), "-silent", ts],
        check=True,
    )
    return target


@pytest.fixture
def french_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    directory = _compile_french(tmp_path)
    shutil.copy(translation.qm_path("en"), directory)
    monkeypatch.setattr(translation, "I18N_DIR", directory)
    before = QLocale()
    yield directory
    translation.install_language("en")  # the next test starts in English again
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, controller: Controller, store: Store, today: date) -> MainWindow:
    store.save_people(demo_people(today))
    controller.reload()
    made = MainWindow(controller)
    qtbot.addWidget(made)
    made.show()
    return made


def _file_menu_title(window: MainWindow) -> str:
    return window.menuBar().actions()[0].text()


def test_choosing_french_in_preferences_rewords_the_window_at_once(
    qtbot, window: MainWindow, controller: Controller, french_catalogue: Path
) -> None:
    people = controller.people()
    controller.select(people[1].id)
    view = window.person_view
    view.overview.show_done.setChecked(True)
    view.overview.table.selectRow(2)
    key = view.overview.selected_key()
    view.tabs.setCurrentIndex(view.TRAVEL)
    window.splitter.setSizes([300, 700])
    sizes = window.splitter.sizes()
    assert _file_menu_title(window) == "&File"
    assert view.tabs.tabText(view.TRAVEL) == "Travel"

    def titles() -> list[str]:
        model = window.person_view.overview.model
        return [str(model.index(row, model.WHAT).data()) for row in range(model.rowCount())]

    english_titles = titles()
    dialog = PreferencesDialog(controller, window)
    qtbot.addWidget(dialog)
    dialog.general.language_chosen.connect(window.apply_language)
    box = dialog.general.language_box
    box.setCurrentIndex(box.findData("fr"))
    assert box.currentText() == "Français"  # each language named in itself
    assert dialog.apply()

    assert controller.setting(LANGUAGE_KEY) == "fr"
    assert _file_menu_title(window) == "&Fichier"
    view = window.person_view  # rebuilt in French
    assert view.tabs.tabText(view.TRAVEL) == "Voyages"
    assert view.tabs.currentIndex() == view.TRAVEL
    assert view.overview.show_done.isChecked()
    assert view.overview.selected_key() == key is not None
    assert controller.selected_id() == people[1].id
    assert window.sidebar.view.currentIndex().row() == 1
    assert window.splitter.sizes() == sizes
    assert QLocale().name() == "fr_BE"
    # The domain's sentences (gettext, the real French catalogue) follow in the same step.
    assert len(titles()) == len(english_titles) and set(titles()).isdisjoint(english_titles)
    assert "mars" in date_text(date(2025, 3, 11))  # dates follow the language
    # The dialog still open follows too, as its LanguageChange event arrives.
    qtbot.waitUntil(lambda: dialog.tabs.tabText(0) == "&Général", timeout=2000)
    assert dialog.general.label.text() == "&Langue :"

    # Back to the system default (English here): the same window, in English again.
    box.setCurrentIndex(box.findData(translation.SYSTEM))
    assert dialog.apply()
    assert _file_menu_title(window) == "&File"
    assert window.person_view.tabs.tabText(view.TRAVEL) == "Travel"


def test_the_undo_and_quit_actions_stay_wired_after_a_switch(
    qtbot, window: MainWindow, controller: Controller, french_catalogue: Path
) -> None:
    quit_action = window.menu_actions.quit
    window.apply_language("fr")
    assert window.menu_actions.quit is quit_action  # what the tray rewired stays
    person = controller.people()[0]
    controller.rename(person.id, "Ana S.")
    assert window.menu_actions.undo.isEnabled()
    assert "Ana S." in [p.name for p in controller.people()]


def test_a_date_field_shows_the_shape_to_type_in_the_language_s_letters(
    qapp: object, french_catalogue: Path
) -> None:
    from permit_tracker.ui.widgets.date_field import DateField

    translation.install_language("fr")
    field = DateField()
    assert field.edit.placeholderText() == "j/mm/aaaa"  # fr_BE: d/MM/yy, typed as d/mm/yyyy
    field.deleteLater()


def test_a_saved_choice_comes_before_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    assert translation.resolve_language("de") == "de"
    assert translation.resolve_language("system") == "nl"
    assert translation.resolve_language(None) == "nl"
    monkeypatch.setenv("LANGUAGE", "pt:fr_BE")  # the first one we have
    assert translation.resolve_language("system") == "fr"
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "es_ES.UTF-8")  # set and not ours: English, not LANG's Dutch
    assert translation.resolve_language("system") == "en"


@pytest.mark.parametrize(
    "environment",
    [
        {},
        {"LANG": "nl_BE.UTF-8"},
        {"LANG": "C.UTF-8"},
        {"LANG": "es_ES.UTF-8"},
        {"LANGUAGE": "pt:de_BE", "LANG": "fr_BE.UTF-8"},
        {"LANGUAGE": "pt", "LC_MESSAGES": "fr_BE.UTF-8", "LANG": "nl_BE.UTF-8"},
        {"LC_ALL": "de_DE.UTF-8", "LANG": "fr_BE.UTF-8"},
    ],
)
@pytest.mark.parametrize("preference", [None, "system", "fr"])
def test_the_window_and_the_command_line_choose_alike(
    qapp: object,
    monkeypatch: pytest.MonkeyPatch,
    environment: dict[str, str],
    preference: str | None,
) -> None:
    """The window keeps its own copy of the order (gettext stays off its first paint): it
    must choose what the command line's i18n.language.choose chooses."""
    from permit_tracker.i18n.language import choose

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    system = QLocale.system().uiLanguages()
    assert translation.resolve_language(preference) == choose(None, preference, None, system)


def test_plural_forms_read_right_in_english(qapp: object) -> None:
    translation.install_language("en")
    assert days_left_text(5) == "5 days left"
    from permit_tracker.ui.backup.restore_dialog import RestoreDialog

    assert RestoreDialog.tr("%n people", "", 1) == "1 person"
    assert RestoreDialog.tr("%n people", "", 3) == "3 people"


# Run in a fresh process, as at start-up: the app exists, no widget yet. (What the install
# costs is measured by the first-paint benchmark, benchmarks/bench_startup.py, not here.)
_FIRST_INSTALL = """
import sys
from pathlib import Path
from permit_tracker.ui.shell.application import Application
from permit_tracker.storage.peek import peek_text_setting
from permit_tracker.ui.shell import main, translation
app = Application([])
main._install_language(Path(sys.argv[1]))
print(translation.current_language(), "permit_tracker.i18n" in sys.modules)
"""


def test_the_saved_language_is_installed_at_start_and_gettext_left_for_later(
    tmp_path: Path,
) -> None:
    """The saved choice is read and installed before the first paint; the gettext side (the
    domain's sentences) is not loaded for the first paint but after it."""
    store = Store.open(tmp_path)
    store.set_setting(LANGUAGE_KEY, "fr")
    store.close()
    run = subprocess.run(
        [sys.executable, "-c", _FIRST_INSTALL, str(tmp_path)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.stdout.split() == ["fr", "False"]


def test_the_window_s_start_up_copy_of_the_language_choice_agrees_with_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ui/shell/translation.py keeps its own copy of the languages and of the environment's
    reading (the gettext side must not load before the first paint); the two must not drift
    apart, or the window and the CLI would speak different languages on one machine."""
    from permit_tracker.i18n import language

    assert translation.LANGUAGES == language.LANGUAGES
    assert translation.SYSTEM == language.SYSTEM
    assert set(translation.LANGUAGE_NAMES) == set(language.LANGUAGES)
    assert {k: v for k, v in language.LOCALES.items() if k != "en"} == translation._LOCALES
    for tag in ("fr_BE.UTF-8", "nl-BE", "de", "DE_de@euro", "C", "POSIX", "es_ES", ""):
        assert translation._supported(tag) == language.normalize(tag), tag
    for environ in (
        {},
        {"LANG": "nl_BE.UTF-8"},
        {"LANG": "C"},
        {"LANGUAGE": "es:nl:fr", "LANG": "fr_BE.UTF-8"},
        {"LANGUAGE": "es", "LC_MESSAGES": "de_DE"},
        {"LC_ALL": "es_ES", "LANG": "fr_BE"},
    ):
        for name in language.ENVIRONMENT:
            monkeypatch.delenv(name, raising=False)
        for name, value in environ.items():
            monkeypatch.setenv(name, value)
        assert translation._from_environment() == language.from_environment(environ), environ


def test_the_first_start_hint_names_the_rule_s_unit_in_the_language(
    qtbot, controller: Controller, french_catalogue: Path
) -> None:
    """The unit comes from the ruleset as a code ("days"); the hint words it, as the Overview
    does, instead of pasting the code into a French sentence."""
    from permit_tracker.ui.shell.first_start import FirstStartPage

    translation.install_language("fr")
    page = FirstStartPage(controller)
    qtbot.addWidget(page)
    page.show()
    page.citizenship.choose("non_eu")
    qtbot.keyClicks(page.arrival.edit, "03/03/2025")
    hint = page.preview.detail.text()
    assert "8 jours" in hint and "days" not in hint
