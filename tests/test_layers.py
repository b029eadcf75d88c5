"""Imports only point down the layers of docs/architecture.md, including imports inside
functions, and the third-party libraries each layer owns stay in it."""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "permit_tracker"

# What each part of the app may import from the app (besides itself).
ALLOWED: dict[str, set[str]] = {
    "rules": set(),
    "domain": {"rules"},
    "storage": {"domain", "rules", "paths", "private_files", "setting_keys"},
    "i18n": {"domain", "rules", "setting_keys"},
    "calendar": {"domain", "rules", "private_files", "paths", "setting_keys", "i18n"},
    "reminders": {"domain", "rules", "storage", "paths", "private_files", "setting_keys", "i18n"},
    "publish": {"domain", "rules", "storage", "calendar", "setting_keys", "i18n"},
    "cli": {
        "domain", "rules", "storage", "calendar", "reminders", "publish", "paths",
        "private_files", "console", "demo", "setting_keys", "i18n",
    },
    "ui": {
        "domain", "rules", "storage", "calendar", "reminders", "publish", "paths",
        "private_files", "console", "demo", "cli", "setting_keys", "i18n",
    },
    "paths": set(),
    "setting_keys": set(),
    "private_files": {"paths"},
    "console": set(),
    "demo": {"domain"},
}  # fmt: skip
# The one upward edge: `permit-tracker` with no command starts the desktop app.
ENTRY_POINTS = {("cli/__init__.py", "permit_tracker.ui.shell.main")}
# Third-party libraries with one home (docs/architecture.md: layers).
OWNERS = {
    "PySide6": {"ui"},
    "sqlalchemy": {"storage"},
    "ics": {"calendar"},
    "caldav": {"publish"},
    "babel": {"i18n"},  # dates, numbers and the catalogue of the gettext side
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


# --- no import cycles -------------------------------------------------------------------------
# Layers only order the packages; inside one (storage: store, backups, health, migrations)
# modules could still import each other in a circle, hidden by imports inside functions.
# A cycle makes the import order matter and the modules impossible to read one at a time.


def _module_name(path: Path) -> str:
    parts = ("permit_tracker", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


NAMES = {_module_name(p): p for p in MODULES}


def _runtime_nodes(node: ast.AST) -> list[ast.AST]:
    """Every node under `node` that runs: `if TYPE_CHECKING:` bodies are left out (only the
    type checker reads them), imports inside functions and classes are kept."""
    found: list[ast.AST] = []
    for child in ast.iter_child_nodes(node):
        test = child.test if isinstance(child, ast.If) else None
        if isinstance(test, ast.Name | ast.Attribute) and "TYPE_CHECKING" in ast.unparse(test):
            for other in child.orelse:
                found.append(other)
                found.extend(_runtime_nodes(other))
            continue
        found.append(child)
        found.extend(_runtime_nodes(child))
    return found


def _with_parents(name: str) -> set[str]:
    """`name` and the packages an import of it runs first (`a.b.c`: `a`, `a.b`)."""
    parts = name.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts) + 1)} & NAMES.keys()


def _app_imports(path: Path) -> set[str]:
    """The app's modules that importing `path` (or calling its functions) imports."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    targets: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                targets |= _with_parents(alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{up}.{base}" if base else up
            targets |= _with_parents(base)
            for alias in node.names:  # `from package import module`
                targets |= _with_parents(f"{base}.{alias.name}")
    return targets - {module}


def test_no_module_imports_itself_through_others() -> None:
    graph = {name: _app_imports(path) for name, path in NAMES.items()}
    try:
        tuple(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as exc:
        cycle = " -> ".join(exc.args[1])
        pytest.fail(f"import cycle: {cycle}")


def test_the_cycle_check_sees_imports_inside_functions() -> None:
    tree = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    import permit_tracker.storage.store\n"
        "def f():\n    from permit_tracker.storage import backups\n"
    )
    names = {ast.unparse(n) for n in _runtime_nodes(tree) if isinstance(n, ast.ImportFrom)}
    assert names == {
        "from typing import TYPE_CHECKING",
        "from permit_tracker.storage import backups",
    }
