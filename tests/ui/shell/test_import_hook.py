"""PySide6's import hook is spared reading sources (a faster start), with the same answers."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import permit_tracker.domain.model
import permit_tracker.ui.shell.main_window
from permit_tracker.ui.shell import import_hook


def _pysides_own(feature: object) -> object:
    """PySide6's check, even when an app started in this test process replaced it."""
    return (import_hook.pyside_check or [feature._mod_uses_pyside])[0]  # type: ignore[attr-defined]


def test_the_cheap_check_answers_as_pysides_own() -> None:
    import PySide6.QtWidgets  # noqa: F401  (the hook exists once PySide6 is imported)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        pytest.skip("this PySide6 has no feature import hook")
    original = _pysides_own(feature)
    import json

    import pytestqt.qtbot
    import sqlalchemy.orm

    modules = [json, sqlalchemy.orm, pytestqt.qtbot, permit_tracker.domain.model,
               permit_tracker.ui.shell.main_window, sys]  # fmt: skip
    for module in modules:
        assert import_hook._uses_pyside(module) == original(module), module.__name__
    assert import_hook._uses_pyside(pytestqt.qtbot) is False
    assert import_hook._uses_pyside(permit_tracker.ui.shell.main_window) is True


def test_modules_imported_after_it_leave_no_source_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import PySide6.QtWidgets  # noqa: F401

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        pytest.skip("this PySide6 has no feature import hook")
    # The hook's own check first: it keeps the source of what is imported after PySide6.
    monkeypatch.setattr(feature, "_mod_uses_pyside", _pysides_own(feature))
    monkeypatch.setattr(import_hook, "pyside_check", [])
    (tmp_path / "hook_probe_one.py").write_text("VALUE = 1\n", encoding="utf-8")
    (tmp_path / "hook_probe_two.py").write_text("VALUE = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    import hook_probe_one  # noqa: F401

    assert any(name.endswith("hook_probe_one.py") for name in linecache.cache)
    assert import_hook.spare_import_hook()
    linecache.clearcache()
    import hook_probe_two  # noqa: F401

    assert not any(name.endswith("hook_probe_two.py") for name in linecache.cache)
    assert feature.pyside_feature_dict.get("hook_probe_two") == -1  # as the hook itself says
