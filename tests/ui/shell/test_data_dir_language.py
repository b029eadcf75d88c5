"""A data folder that cannot be used is explained in the system's language at start (there is
no store yet to read the saved language from), not in the command line's English."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from permit_tracker import paths
from permit_tracker.ui.shell import translation
from permit_tracker.ui.shell.data_dir_text import data_dir_problem_text

# The offscreen platform says so when a message box is shown as a window of its own.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "de_BE.UTF-8")
    yield
    translation.install_language("en")  # the next test starts in English again


def test_a_file_in_place_of_the_data_folder_is_said_in_german(
    qapp, tmp_path: Path, german: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from permit_tracker.ui.shell import main as gui_main

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    folder = tmp_path / "data"
    folder.write_text("not a folder")
    seen: dict[str, str] = {}

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen["text"] = box.text()
        box.close()

    QTimer.singleShot(0, read_and_close)
    assert gui_main.run_gui(data_dir=str(folder), demo=False) == 1
    assert seen["text"] == (
        "Permit Tracker kann seine Daten nicht öffnen.\n\n"
        f"Der Ordner {folder} kann nicht gelesen oder beschrieben werden: "
        "Er ist eine Datei, kein Ordner."
    )


def test_a_linked_database_and_an_empty_option_are_said_in_german(
    qapp, tmp_path: Path, german: None
) -> None:
    translation.install_language("de", domain=False)
    folder = tmp_path / "data"
    folder.mkdir()
    target = tmp_path / "elsewhere.sqlite3"
    target.write_bytes(b"")
    paths.database_path(folder).symlink_to(target)
    linked = data_dir_problem_text(str(folder))
    assert linked is not None
    assert linked.startswith(f"{paths.database_path(folder)} ist eine symbolische Verknüpfung")
    assert data_dir_problem_text("") == (
        "--data-dir ist leer: Geben Sie den Ordner an, der die Daten enthält."
    )
    assert data_dir_problem_text(str(tmp_path / "fine")) is None
