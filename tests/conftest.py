"""Shared test set-up: Qt offscreen, and a private data dir for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    """Without pytest-qt (`-p no:pytest-qt`, to run the Qt-free packages where PySide6 cannot
    load) its settings in pyproject.toml would be unknown options, an error under
    filterwarnings = error; declared here they are simply unused."""
    if not pluginmanager.has_plugin("pytest-qt"):
        parser.addini("qt_api", "pytest-qt's, unused without it")
        parser.addini("qt_log_level_fail", "pytest-qt's, unused without it")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data dir; also the env default so nothing touches the real user dir."""
    directory = tmp_path / "data"
    monkeypatch.setenv("PERMIT_TRACKER_DATA_DIR", str(directory))
    return directory


@pytest.fixture
def radicale(tmp_path: Path):  # -> Iterator[caldav_server.Radicale]
    """A real CalDAV server on 127.0.0.1 for this test (tests/caldav_server.py)."""
    from caldav_server import running_radicale

    with running_radicale(tmp_path / "radicale") as server:
        yield server
