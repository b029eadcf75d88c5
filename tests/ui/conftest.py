"""Fixtures for the main-window tests: a real store in a temp dir, a controller on it with a
fixed clock, and windows built on that controller."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from permit_tracker.storage.store import Store
from permit_tracker.ui.shell.controller import Controller

# A Tuesday in March: the registration example of the first design ("Tue 11 March").
TODAY = date(2025, 3, 5)


@pytest.fixture
def en_gb() -> Iterator[None]:
    """Dates in a known locale (British English), whatever the machine running the tests."""
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def controller(qapp: object, store: Store, today: date) -> Controller:
    """The real controller on a fresh store, its clock fixed at `today`."""
    made = Controller(store)
    made.set_clock(lambda: today)
    return made
