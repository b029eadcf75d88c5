"""File ▸ Restore… and the offer made at start after a damaged database was moved aside.

Dialogs are driven the way a person would: the modal dialog is found on screen and its
buttons are clicked. The start-up case runs the real `run_gui` on a data dir whose database
had its pages overwritten.
"""

from __future__ import annotations

import hashlib
import sys
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from permit_tracker import paths
from permit_tracker.demo import demo_people
from permit_tracker.domain.model import Person
from permit_tracker.storage.backups import (
    PROBLEM_DAMAGED,
    PROBLEM_UNREADABLE,
    backup_files,
    make_backup,
)
from permit_tracker.storage.health import CORRUPT_MARK
from permit_tracker.storage.store import Store
from permit_tracker.ui.backup.restore_dialog import BackupsModel, RestoreDialog
from permit_tracker.ui.shell import translation
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.shell.main_window import MainWindow
from permit_tracker.ui.widgets.message_banner import MessageBanner

pytestmark = [
    pytest.mark.usefixtures("en_gb"),
    # Offscreen windows cannot do these; a real desktop does (not what is tested here).
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]
NOON = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def when_modal(match: Callable[[QWidget], bool], act: Callable[[QWidget], None]) -> None:
    """Once a modal widget for which `match` is true is up, run `act` on it (polls)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and match(widget):
            act(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def named(name: str) -> Callable[[QWidget], bool]:
    return lambda widget: widget.objectName() == name


def click(text: str) -> Callable[[QWidget], None]:
    def act(widget: QWidget) -> None:
        (button,) = [b for b in widget.findChildren(QAbstractButton) if b.text() == text]
        button.click()

    return act


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def by_name(people: list[Person]) -> list[Person]:
    return sorted(people, key=lambda p: p.name.casefold())


@pytest.fixture
def backed_up(store: Store, today: date) -> list[Person]:
    """The demo family, backed up at NOON; then Rui is removed and Ana renamed."""
    family = demo_people(today)
    store.save_people(family)
    make_backup(store.path, paths.backups_dir(store.data_dir), "daily", now=NOON)
    return by_name(family)


def change_family(controller: Controller) -> None:
    people = {p.name: p for p in controller.people()}
    assert controller.remove_person(people["Rui Silva"].id) == []
    assert controller.rename(people["Ana Silva"].id, "Ana Pereira") == []


def test_backups_model_passes_the_model_tester(qtmodeltester, store: Store, backed_up) -> None:
    from permit_tracker.storage.backups import list_backups

    model = BackupsModel()
    model.set_backups(list_backups(paths.backups_dir(store.data_dir)))
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.columnCount() == 3


def test_file_restore_lists_dates_and_contents_and_restores_after_confirmation(
    qtbot, controller: Controller, store: Store, backed_up: list[Person]
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    change_family(controller)
    seen: dict[str, str] = {}

    def choose(widget: QWidget) -> None:
        assert isinstance(widget, RestoreDialog)
        model = widget.model
        seen["when"] = model.index(0, BackupsModel.WHEN).data()
        seen["made"] = model.index(0, BackupsModel.REASON).data()
        seen["holds"] = model.index(0, BackupsModel.CONTENTS).data()
        when_modal(named("confirm_restore"), click("Restore"))
        widget.restore_button.click()

    when_modal(lambda w: isinstance(w, RestoreDialog), choose)
    window.menu_actions.restore.trigger()

    assert seen["when"].startswith("01/03/2025")  # en_GB, in the local time zone's day
    assert seen["made"] == "Daily copy"
    assert seen["holds"].startswith(
        "5 people: Ana Silva, Inês Costa, Marta Silva, Rui Silva, Tomás Costa;"
    )
    assert controller.people() == backed_up
    assert store.people() == backed_up
    assert controller.undo_stack.count() == 0  # history from before the restore is gone
    (banner,) = [b for b in window.banners() if isinstance(b, MessageBanner)]
    assert banner.text().startswith("Restored the backup of 01/03/2025")
    previous = [p for p, n in backup_files(paths.backups_dir(store.data_dir))
                if n.reason == "before-restore"]  # fmt: skip
    assert len(previous) == 1
    with Store.open(store.data_dir) as check:
        assert "Ana Pereira" not in [p.name for p in check.people()]


def test_cancelling_the_confirmation_changes_nothing(
    qtbot, controller: Controller, store: Store, backed_up: list[Person]
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    change_family(controller)
    before = store.people()

    def choose(widget: QWidget) -> None:
        assert isinstance(widget, RestoreDialog)

        def cancel_both(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            box.button(QMessageBox.StandardButton.Cancel).click()
            QTimer.singleShot(0, widget.reject)

        when_modal(named("confirm_restore"), cancel_both)
        widget.restore_button.click()

    when_modal(lambda w: isinstance(w, RestoreDialog), choose)
    window.menu_actions.restore.trigger()
    assert store.people() == before
    assert controller.undo_stack.count() == 2  # still undoable: nothing happened behind it
    assert not window.banners()


def test_a_damaged_backup_is_shown_but_cannot_be_chosen(qtbot, store: Store, backed_up) -> None:
    (only,) = [p for p, _ in backup_files(paths.backups_dir(store.data_dir))]
    only.write_bytes(b"\x00" * 2048)
    dialog = RestoreDialog(store.data_dir)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, BackupsModel.CONTENTS).data().startswith("Cannot be restored")
    assert not dialog.restore_button.isEnabled()
    dialog.view.selectRow(0)
    assert dialog.selected() is None and not dialog.restore_button.isEnabled()


def test_why_a_backup_cannot_be_restored_is_told_in_the_window_language(
    qtbot, store: Store, backed_up
) -> None:
    (only,) = [p for p, _ in backup_files(paths.backups_dir(store.data_dir))]
    only.write_bytes(b"\x00" * 2048)
    translation.install_language("de")
    try:
        dialog = RestoreDialog(store.data_dir)
        qtbot.addWidget(dialog)
        info = dialog.model.backup(0)
        shown = dialog.model.index(0, BackupsModel.CONTENTS).data()
    finally:
        translation.install_language("en")
    assert info.problem_kind in (PROBLEM_DAMAGED, PROBLEM_UNREADABLE)
    assert shown.startswith("Kann nicht wiederhergestellt werden: die Datei ")
    assert info.problem not in shown  # storage's English stays out of the German window


# -- at start: the damaged database was moved aside ------------------------------------------


def damage(path: Path) -> str:
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // size):
        data[page * size : page * size + 100] = b"\xa5" * 100
    path.write_bytes(bytes(data))
    return sha256(path)


def run_app_on(data_dir: Path, monkeypatch: pytest.MonkeyPatch, look: Callable[[], None]) -> int:
    from permit_tracker.ui.shell import main as gui_main

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)

    def look_then_exit() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)),
                      None)  # fmt: skip
        if window is None or not window.is_loaded():  # shown first, filled after its paint
            QTimer.singleShot(20, look_then_exit)
            return
        try:
            look()
        finally:
            QApplication.exit(0)

    QTimer.singleShot(0, look_then_exit)
    return gui_main.run_gui(data_dir=str(data_dir), demo=False)


@pytest.fixture
def damaged_dir(data_dir: Path, today: date) -> tuple[Path, str, list[Person]]:
    family = demo_people(today)
    with Store.open(data_dir) as store:
        store.save_people(family[:2])
        make_backup(store.path, paths.backups_dir(data_dir), "daily", now=NOON)
        store.save_people(family)
        path = store.path
    return data_dir, damage(path), by_name(family[:2])


def test_at_start_a_damaged_file_is_kept_aside_and_the_newest_backup_restored(
    qapp, damaged_dir, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, damaged_bytes, backed_up = damaged_dir
    offer: dict[str, str] = {}

    def accept(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        offer["text"] = box.text()
        click("Restore this backup")(box)

    when_modal(named("corruption_offer"), accept)
    seen: dict[str, object] = {}

    def look() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["people"] = window.controller.people()

    assert run_app_on(data_dir, monkeypatch, look) == 0
    (kept,) = data_dir.glob(f"*{CORRUPT_MARK}*")
    assert sha256(kept) == damaged_bytes  # moved aside, byte for byte
    assert "damaged" in offer["text"] and str(kept) in offer["text"]
    assert "01/03/2025" in offer["text"] and "2 people" in offer["text"]
    assert seen["people"] == backed_up
    with Store.open(data_dir) as store:
        assert store.people() == backed_up


def test_at_start_the_user_may_start_empty_and_keep_the_damaged_file(
    qapp, damaged_dir, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, damaged_bytes, _ = damaged_dir
    when_modal(named("corruption_offer"), click("Start empty"))
    seen: dict[str, object] = {}

    def look() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["people"] = window.controller.people()

    assert run_app_on(data_dir, monkeypatch, look) == 0
    assert seen["people"] == []
    (kept,) = data_dir.glob(f"*{CORRUPT_MARK}*")
    assert sha256(kept) == damaged_bytes
    assert len(list(paths.backups_dir(data_dir).iterdir())) == 1  # the backup is still there


def test_at_start_without_any_backup_the_user_is_told_plainly(
    qapp, data_dir: Path, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(data_dir) as store:
        store.save_people(demo_people(today))
        path = store.path
    damage(path)
    told: dict[str, str] = {}

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told["text"] = box.text()
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(named("corruption_offer"), read_and_close)
    assert run_app_on(data_dir, monkeypatch, lambda: None) == 0
    assert "kept aside, unchanged" in told["text"] and "no backup" in told["text"]
    assert list(data_dir.glob(f"*{CORRUPT_MARK}*"))


def test_choose_another_opens_the_list_on_the_newest_good_backup(
    qapp, damaged_dir, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, _, backed_up = damaged_dir

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        info = dialog.selected()
        assert info is not None and info.created == NOON
        when_modal(named("confirm_restore"), click("Restore"))
        dialog.restore_button.click()

    def choose_another(box: QWidget) -> None:
        when_modal(lambda w: isinstance(w, RestoreDialog), pick)
        click("Choose another…")(box)

    when_modal(named("corruption_offer"), choose_another)
    seen: dict[str, object] = {}

    def look() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["people"] = window.controller.people()

    assert run_app_on(data_dir, monkeypatch, look) == 0
    assert seen["people"] == backed_up
