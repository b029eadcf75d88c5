"""The tests of the packages without Qt stay without Qt, so that they run alone, fast and
where PySide6 cannot load:
`pytest tests/domain tests/rules tests/storage tests/cli tests/i18n tests/calendar
tests/publish -p no:pytest-qt`. A window test belongs under tests/ui/<feature>/ (a subprocess
may still start the app: its script is a string, not an import of this process)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
# tests/reminders is not among them: test_dbus_dunst.py drives the window's D-Bus wiring.
QT_FREE = ("domain", "rules", "storage", "cli", "i18n", "calendar", "publish")
QT_MODULES = ("PySide6", "pytestqt", "permit_tracker.ui")
QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester", "qtlog"}
MODULES = sorted(p for d in QT_FREE for p in (TESTS / d).rglob("*.py"))


def _qt_uses(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [f"{node.lineno}: import {n}" for n in names if n.startswith(QT_MODULES)]
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = {a.arg for a in node.args.args}
            found += [f"{node.lineno}: fixture {a}" for a in sorted(args & QT_FIXTURES)]
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(TESTS)))
def test_the_qt_free_packages_tests_use_no_qt(path: Path) -> None:
    assert not _qt_uses(path), "\n".join(_qt_uses(path))


def test_the_check_sees_imports_and_fixtures() -> None:
    assert MODULES
    assert not _qt_uses(TESTS / "cli" / "test_environment_errors.py")  # Qt only in a script
    assert _qt_uses(TESTS / "ui" / "shell" / "test_environment_errors_window.py")
