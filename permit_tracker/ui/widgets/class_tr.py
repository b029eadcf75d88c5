"""The type of `tr` called on a class (`Formatting.tr("today")`), for the type checker.

PySide6 runs QObject.tr on a class as well as on an instance; its type stubs know only the
instance method. A class whose words are translated as `Class.tr(...)` (plural forms need a
tr() call: lupdate marks them on tr() calls only) declares, for the type checker alone:

    if TYPE_CHECKING:
        tr: ClassVar[ClassTr]

Not a `def tr`: lupdate would take it for a translation call (tests/ui/i18n/test_marking.py).
"""

from __future__ import annotations

from typing import Protocol


class ClassTr(Protocol):
    def __call__(self, source: str, disambiguation: str | None = None, n: int = -1) -> str: ...
