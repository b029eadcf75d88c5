"""A full disk and a database locked by another process, seen from the window: a banner a
person understands, nothing undoable that was not saved, and the app keeps working (the
command line's side is tests/cli/test_environment_errors.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from environment_helpers import (
    NEWCOMER,
    assert_clear,
    full_store_at,
    lock_holders,
    long_history,
    release,
    seed,
)

from permit_tracker.storage import Store


@pytest.fixture
def full_store(data_dir: Path) -> Iterator[Store]:
    with full_store_at(data_dir) as store:
        yield store


@pytest.fixture
def lock_holder(data_dir: Path) -> Iterator[object]:
    with lock_holders(data_dir) as hold:
        yield hold


def test_full_disk_in_the_window_says_so_and_keeps_everything(qtbot, full_store: Store) -> None:
    from permit_tracker.ui.shell.controller import Controller
    from permit_tracker.ui.shell.main_window import MainWindow

    before = full_store.people()
    controller = Controller(full_store)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    ana = next(p for p in before if p.name == "Ana Silva")

    problems = controller.update_person(long_history(ana), "Add trips")

    assert [str(p) for p in problems] == [": the change was not saved"]
    (banner,) = window.banners()
    assert_clear(banner.text(), "not saved", "the disk is full")
    assert controller.undo_stack.count() == 0
    assert full_store.people() == before
    # The app keeps running: a change that fits is saved and undoable.
    assert controller.rename(ana.id, "Ana Pereira") == []
    assert controller.undo_stack.count() == 1


def test_locked_in_the_window_says_so_and_saves_after(qtbot, data_dir: Path, lock_holder) -> None:
    from permit_tracker.ui.shell.controller import Controller
    from permit_tracker.ui.shell.main_window import MainWindow

    family = seed(data_dir)
    with Store.open(data_dir, busy_timeout=0.2) as store:
        controller = Controller(store)
        window = MainWindow(controller)
        qtbot.addWidget(window)
        holder = lock_holder("IMMEDIATE")
        problems = controller.add_person(NEWCOMER)
        assert [str(p) for p in problems] == [": the change was not saved"]
        (banner,) = window.banners()
        assert_clear(banner.text(), "not saved", "busy")
        assert controller.people() == family and controller.undo_stack.count() == 0
        release(holder)
        assert controller.add_person(NEWCOMER) == []
        assert controller.undo_stack.count() == 1
        window.close()
