"""Issue 13 in the window: user data shown as plain text, the window's export and lock file
private, start-up failures as a dialog (or one line without a display).

Each test failed before its fix. The file dialogs are the only thing replaced (a native
dialog cannot be driven); the message boxes are the real ones, found while they are up.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from permit_tracker.domain.model import Person
from permit_tracker.storage.store import Store
from permit_tracker.ui.backup import backup_actions
from permit_tracker.ui.backup.restore_dialog import confirm_restore
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.main import run_gui
from permit_tracker.ui.shell.single_instance import SingleInstance

REPO = Path(__file__).resolve().parents[3]
LINK = '<a href="https://example.invalid/">click me</a>'

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Seen(list[QMessageBox]):
    """The boxes seen, with their text and format read while they were up (a static
    QMessageBox.warning deletes its box when it returns)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.formats: list[Qt.TextFormat] = []


def when_box(seen: Seen, act: Callable[[QMessageBox], None] | None = None) -> None:
    """Record the next modal message box and close it (with `act`, or its default)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox):
            seen.append(widget)
            seen.texts.append(widget.text())
            seen.formats.append(widget.textFormat())
            if act is not None:
                act(widget)
            else:
                widget.done(0)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_the_import_error_dialog_shows_a_name_as_plain_text(
    qtbot, controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: the name was rendered as rich text, `<a href=…>` a clickable link."""
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "permit-tracker",
                "version": 1,
                "people": [{"name": LINK, "arrival": "2025-19-11"}],
            }
        ),
        encoding="utf-8",
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    seen = Seen()
    when_box(seen)
    assert backup_actions.import_backup(controller, parent) is None
    assert seen.formats == [Qt.TextFormat.PlainText]
    assert "Nothing was changed" in seen.texts[0] and "click me</a>" in seen.texts[0]
    assert controller.people() == []


def test_the_restore_confirmation_shows_names_as_plain_text(qtbot, store: Store) -> None:
    from permit_tracker import paths
    from permit_tracker.storage.backups import make_backup, read_backup

    store.save_person(Person(name="Ana Silva"))
    backup = make_backup(store.path, paths.backups_dir(store.data_dir), "daily")
    seen = Seen()
    when_box(seen)
    assert confirm_restore(read_backup(backup), None) is False
    assert seen.formats == [Qt.TextFormat.PlainText]


def test_the_windows_export_is_private(
    qtbot, controller: Controller, tmp_path: Path, usual_umask: None, monkeypatch
) -> None:
    """Before: File ▸ Export backup… wrote the personal-data file 0644 (QSaveFile)."""
    controller.store.save_person(Person(name="Ana Silva"))
    target = tmp_path / "family.json"
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert backup_actions.export_backup(controller, parent) == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text(encoding="utf-8"))["people"][0]["name"] == "Ana Silva"


def test_the_windows_export_refuses_the_database(
    qtbot, controller: Controller, monkeypatch
) -> None:
    db = controller.store.path
    controller.store.save_person(Person(name="Ana Silva"))
    before = db.read_bytes()
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(db), ""))
    seen = Seen()
    when_box(seen)
    assert backup_actions.export_backup(controller, parent) is None
    assert len(seen) == 1 and "would destroy it" in seen.texts[0]
    assert db.read_bytes() == before


def test_the_lock_file_is_private(qapp, data_dir: Path, usual_umask: None) -> None:
    """Before: QLockFile made it 0644 (the README says 0600)."""
    instance = SingleInstance(data_dir)
    try:
        assert instance.acquire(listen=False)
        lock = data_dir / "permit-tracker.lock"
        assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    finally:
        instance.release()


def test_a_data_dir_that_is_a_file_is_a_clear_dialog(qapp, tmp_path: Path) -> None:
    """Before: FileExistsError traceback and no window."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    seen = Seen()
    when_box(seen)
    assert run_gui(data_dir=str(blocker), demo=False) == 1
    assert seen.formats == [Qt.TextFormat.PlainText]
    assert str(blocker) in seen.texts[0] and "not a folder" in seen.texts[0]
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize("as_file", [True, False])
def test_without_a_display_the_app_says_so_in_one_line(tmp_path: Path, as_file: bool) -> None:
    """Before: Qt's misleading message about the xcb platform plugin, and an abort."""
    data = tmp_path / "data"
    if as_file:
        data.write_text("not a folder")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run(
        [sys.executable, "-m", "permit_tracker", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("permit-tracker: error: ")
    assert ("not a folder" if as_file else "no display") in done.stderr
    assert "xcb" not in done.stderr


HOSTILE_HTML = '<b>B</b><a href="x">L</a>'


def test_no_label_or_box_of_the_window_renders_a_name_or_note_as_html(
    qtbot, controller: Controller, store: Store, monkeypatch
) -> None:
    """The siblings of the import-error dialog: every label of every tab, for every person
    of the sample family with HTML in their name and trip notes, and the removal box."""
    from dataclasses import replace
    from datetime import date

    from PySide6.QtWidgets import QLabel

    from permit_tracker.demo import demo_people
    from permit_tracker.ui.shell.main_window import MainWindow

    people = [
        replace(
            p,
            name=HOSTILE_HTML + p.name,
            absences=tuple(replace(a, note=HOSTILE_HTML) for a in p.absences),
        )
        for p in demo_people(date(2025, 3, 5))
    ]
    store.save_people(people)
    controller.reload()
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    rendered: set[str] = set()
    for person in people:
        controller.select(person.id)
        for index in range(window.person_view.tabs.count()):
            window.person_view.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            for label in window.findChildren(QLabel):
                if "<b>B</b>" in label.text() and label.textFormat() != Qt.TextFormat.PlainText:
                    rendered.add(f"{type(label.parent()).__name__}: {label.text()[:60]}")
    assert rendered == set()
    seen = Seen()
    when_box(seen, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert window.sidebar.confirm_remove(people[0]) is False
    assert seen.formats == [Qt.TextFormat.PlainText]
