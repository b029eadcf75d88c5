"""Spare the app PySide6's import hook's reading of every module's source (it slows the start).

Once imported, PySide6 replaces `__import__` to support `from __feature__ import ...`. For
every module imported after it, it asks `shibokensupport.feature._mod_uses_pyside(module)`,
which runs `inspect.getsource(module)` and looks for "PySide6" in the text. That reads,
splits and keeps in `linecache` the whole source of SQLAlchemy and of the app: ≈ 20 % more
time to import `sqlalchemy.orm` and ≈ 19 MiB more resident memory than importing it before
PySide6 (benchmarks/bench_content.py, README "Performance").

`spare_import_hook()` swaps that check for one that gives the same answer without
`inspect` or `linecache`: the standard library and SQLAlchemy (and the app's own layers below
`ui`, which may not import Qt) never contain "PySide6", so they are answered without reading
anything; any other module's file is scanned as bytes. The app never selects a `__feature__`,
so even a wrong answer would change nothing; the answer is kept exact anyway.

It relies on a private name of PySide6 (checked with 6.11): when that name is missing, it does
nothing and the import simply costs what it did.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

# Top-level packages known not to use PySide6: checked without reading their files.
_NEVER_QT = frozenset(sys.stdlib_module_names) | {"sqlalchemy", "typing_extensions", "greenlet"}
# The app's other layers (rules, domain, storage, calendar, reminders, cli) never import Qt.
_APP = "permit_tracker"
_APP_QT = "permit_tracker.ui"


def _uses_pyside(module: ModuleType) -> bool:
    """What `_mod_uses_pyside` answers ("PySide6" in the module's source), read cheaply."""
    name = getattr(module, "__name__", "") or ""
    top = name.partition(".")[0]
    if top == _APP:
        return name == _APP_QT or name.startswith(_APP_QT + ".")
    if top in _NEVER_QT:
        return False
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # an extension or a namespace package: no source, as getsource fails
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False  # as getsource's OSError


def spare_import_hook() -> bool:
    """Install the cheap check; False when this PySide6 has no such hook to replace."""
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(check):
        return False
    if check is not _uses_pyside:
        pyside_check.append(check)
        # A private name of PySide6's support module: no type stub declares it.
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True


pyside_check: list[Callable[[ModuleType], bool]] = []  # PySide6's own, once replaced (tests)
