"""Imports only point down the layers of docs/architecture.md, including imports inside
functions, and the third-party libraries each layer owns stay in it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "permit_tracker"

# What each part of the app may import from the app (besides itself).
ALLOWED: dict[str, set[str]] = {
    "rules": set(),
    "domain": {"rules"},
    "storage": {"domain", "rules", "paths", "private_files"},
    "i18n": {"domain", "rules"},
    "calendar": {"domain", "rules", "private_files", "paths", "i18n"},
    "reminders": {"domain", "rules", "storage", "paths", "private_files", "i18n"},
    "publish": {"domain", "rules", "storage", "calendar", "i18n"},
    "cli": {
        "domain", "rules", "storage", "calendar", "reminders", "publish", "paths",
        "private_files", "console", "demo", "i18n",
    },
    "ui": {
        "domain", "rules", "storage", "calendar", "reminders", "publish", "paths",
        "private_files", "console", "demo", "cli", "i18n",
    },
    "paths": set(),
    "private_files": {"paths"},
    "console": set(),
    "demo": {"domain"},
}  # fmt: skip
# The one upward edge: `permit-tracker` with no command starts the desktop app.
ENTRY_POINTS = {("cli/__init__.py", "permit_tracker.ui.shell.main")}
# Third-party libraries with one home (DESIGN.md: layers).
OWNERS = {
    "PySide6": {"ui"},
    "sqlalchemy": {"storage"},
    "ics": {"calendar"},
    "caldav": {"publish"},
    "babel": {"i18n"},  # dates, numbers and the catalogue of the gettext side (I18N.md)
}


def _part(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0].removesuffix(".py") if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "resources" not in p.parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path: Path) -> None:
    part = _part(path)
    if part in {"__init__", "__main__"}:
        return  # the package's entry points start the CLI or the GUI
    allowed = ALLOWED[part] | {part}
    for name in _imports(path):
        top, _, rest = name.partition(".")
        if (str(path.relative_to(PACKAGE)), name) in ENTRY_POINTS:
            continue
        if top == "permit_tracker" and rest:
            target = rest.split(".")[0]
            assert target in allowed, f"{path.name} ({part}) imports {name}"
        elif top in OWNERS:
            assert part in OWNERS[top], f"{path.name} ({part}) imports {top}"
