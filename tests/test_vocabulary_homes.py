"""One home per vocabulary: a setting key is written out only in `setting_keys.py`, and a
tuple never repeats a `Literal` by hand (it derives from it with `typing.get_args`).

Two spellings of one key drift apart silently (a typo reads the default for ever); a tuple
copied from its Literal misses the next value added to the Literal.
"""

from __future__ import annotations

import ast
from pathlib import Path

from permit_tracker import setting_keys

PACKAGE = Path(__file__).resolve().parents[1] / "permit_tracker"
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "resources" not in p.parts)
KEYS = {
    value for name, value in vars(setting_keys).items() if name.isupper() and isinstance(value, str)
}


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string constants that are docstrings (prose may name a key)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    prose = _docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose
    ]


def test_the_keys_module_holds_every_key_once() -> None:
    names = [n for n, v in vars(setting_keys).items() if n.isupper() and isinstance(v, str)]
    values = [getattr(setting_keys, n) for n in names]
    assert len(values) == len(set(values)), "two names for one key"
    assert all("." in v for v in values)


def test_no_module_spells_out_a_setting_key() -> None:
    home = PACKAGE / "setting_keys.py"
    found = [
        f"{path.relative_to(PACKAGE)}:{line}: {value!r}"
        for path in MODULES
        if path != home
        for line, value in _strings(path)
        if value in KEYS
    ]
    assert not found, "import it from permit_tracker.setting_keys instead:\n" + "\n".join(found)


def _literal_sets(tree: ast.AST) -> list[frozenset[str]]:
    sets: list[frozenset[str]] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and node.value.id == "Literal"
        ):
            items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            values = [i.value for i in items if isinstance(i, ast.Constant)]
            if len(values) > 1 and all(isinstance(v, str) for v in values):
                sets.append(frozenset(values))
    return sets


def _string_collections(tree: ast.Module) -> list[tuple[int, frozenset[str]]]:
    """Module-level tuples, lists, sets and frozensets written out as string literals."""
    found = []
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if isinstance(value, ast.Call) and value.args:  # frozenset({...}), tuple([...])
            value = value.args[0]
        if isinstance(value, ast.Tuple | ast.List | ast.Set) and len(value.elts) > 1:
            items = [e.value for e in value.elts if isinstance(e, ast.Constant)]
            if len(items) == len(value.elts) and all(isinstance(i, str) for i in items):
                found.append((node.lineno, frozenset(items)))
    return found


def test_no_tuple_repeats_a_literal_by_hand() -> None:
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in MODULES}
    literals = {s for tree in trees.values() for s in _literal_sets(tree)}
    found = [
        f"{path.relative_to(PACKAGE)}:{line}: {sorted(values)}"
        for path, tree in trees.items()
        for line, values in _string_collections(tree)
        if values in literals
    ]
    assert not found, "derive it with typing.get_args:\n" + "\n".join(found)


def test_the_checks_see_what_they_look_for() -> None:
    tree = ast.parse(
        'from typing import Literal\nColour = Literal["red", "blue"]\n'
        'COLOURS = ("blue", "red")\nKEY = "reminders.enabled"\n'
    )
    assert _literal_sets(tree) == [frozenset({"red", "blue"})]
    assert _string_collections(tree) == [(3, frozenset({"red", "blue"}))]
    assert "reminders.enabled" in KEYS
