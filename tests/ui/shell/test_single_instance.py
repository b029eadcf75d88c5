"""One app per data dir: a second launch asks the first to raise its window and exits 0."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from permit_tracker.reminders.instance import lock_path, running_pid
from permit_tracker.ui.shell.single_instance import RAISE, SingleInstance, server_name


@pytest.fixture
def first(qapp: object, data_dir: Path) -> Iterator[SingleInstance]:
    instance = SingleInstance(data_dir)
    assert instance.acquire()
    yield instance
    instance.release()


def test_a_second_instance_on_the_same_data_dir_is_refused(
    first: SingleInstance, data_dir: Path
) -> None:
    second = SingleInstance(data_dir)
    assert not second.acquire()
    assert first.holds_lock and not second.holds_lock


def test_another_data_dir_may_run_beside_it(first: SingleInstance, tmp_path: Path) -> None:
    other = SingleInstance(tmp_path / "other")
    try:
        assert other.acquire()
        assert other.name != first.name
    finally:
        other.release()


def test_the_lock_tells_the_command_line_who_runs(first: SingleInstance, data_dir: Path) -> None:
    assert running_pid(data_dir) == os.getpid()
    first.release()
    assert running_pid(data_dir) is None


def test_a_message_on_the_socket_raises_the_window(first: SingleInstance, qtbot: QtBot) -> None:
    client = QLocalSocket()
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        client.connectToServer(first.name)
        client.write(RAISE)
    qtbot.waitUntil(lambda: client.bytesAvailable() > 0, timeout=5000)
    assert bytes(client.readAll().data()) == b"ok\n"
    client.disconnectFromServer()


def test_a_lock_left_by_a_crash_is_taken_over(qapp: object, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    lock_path(data_dir).write_text(f"999999999\npython\n{socket.gethostname()}\n")
    instance = SingleInstance(data_dir)
    try:
        assert instance.acquire()
    finally:
        instance.release()


def test_server_names_are_short_and_per_data_dir(tmp_path: Path) -> None:
    deep = tmp_path / ("x" * 200)
    assert len(server_name(deep)) < 40
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")


REPO = Path(__file__).resolve().parents[3]  # importable even without an installed package

FIRST_APP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from permit_tracker.ui.reminders.reminders_wiring import claim_instance, current_instance

    app = QApplication([])
    assert claim_instance(Path(sys.argv[1]))
    def raised():
        print("raised", flush=True)
        QTimer.singleShot(200, app.quit)
    current_instance().raise_requested.connect(raised)
    print("ready", flush=True)
    QTimer.singleShot(30000, lambda: app.exit(3))
    sys.exit(app.exec())
    """
)


def test_a_second_launch_raises_the_first_and_exits_0(data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST_APP, str(data_dir)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "ready"
        # The real second launch: `permit-tracker --data-dir DIR` (main.py -> claim_instance).
        second = subprocess.run(
            [sys.executable, "-m", "permit_tracker", "--data-dir", str(data_dir)],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert second.returncode == 0, second.stderr
        assert first.stdout.readline().strip() == "raised"
        assert first.wait(timeout=30) == 0
    finally:
        if first.poll() is None:
            first.kill()
        first.communicate()
