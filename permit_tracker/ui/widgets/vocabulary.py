"""Plain names for the codes of the record (citizenship, reasons of stay, waiting documents,
applications), and the combo box that offers them.

The codes come from domain.model (one `Literal` each); the names from
`permit_tracker.i18n.vocabulary` (gettext), so every form and list of the app, the CLI and
the notifications name them the same way, in the chosen language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

from permit_tracker.domain.model import (
    APPLICATION_KINDS,
    CITIZENSHIPS,
    PROVISIONAL_KINDS,
    REASONS,
    Citizenship,
    Reason,
)

# The names live in the Qt-free vocabulary (the CLI, notifications and calendar files name
# the codes the same way); this module keeps the combo box that offers them.
from permit_tracker.i18n.vocabulary import (
    application_name,
    citizenship_name,
    provisional_name,
    provisional_short_name,
    reason_name,
)

__all__ = [
    "APPLICATION_CODES",
    "CITIZENSHIP_CODES",
    "PROVISIONAL_CODES",
    "REASON_CODES",
    "CodeCombo",
    "Namer",
    "application_name",
    "as_citizenship",
    "as_reason",
    "citizenship_name",
    "fill_combo",
    "provisional_name",
    "provisional_short_name",
    "reason_name",
    "relabel_reasons",
]


Namer = Callable[[str | None], str]


def fill_combo(combo: QComboBox, codes: Sequence[str | None], name: Namer) -> None:
    """Items "name(code)" with the code as item data; `name` is one of the functions above."""
    combo.clear()
    for code in codes:
        combo.addItem(name(code), code)


class CodeCombo(QComboBox):
    """A combo box of codes shown by name; `code()` and `set_code()` read and show one."""

    def __init__(
        self,
        codes: Sequence[str | None],
        name: Namer,
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        fill_combo(self, codes, name)
        self.setAccessibleName(accessible_name)
        # Long names ("Annex 19ter (EU citizen's family member)") must not widen the page
        # past an 800-pixel window: the popup still shows them whole.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        # Scrolling the page must not change a legal value (300 days must not become 298 unseen).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def code(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(code)))

    def choose(self, code: str | None) -> None:
        """As if the user picked `code` (for tests and keyboard shortcuts)."""
        self.set_code(code)
        self.activated.emit(self.currentIndex())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the page scrolls instead


def relabel_reasons(combo: QComboBox, *, eu: bool) -> None:
    """Name the reasons for a citizen of the EU or not (keeps the "Not set" item's text)."""
    for i in range(combo.count()):
        code = combo.itemData(i)
        if code is not None:
            combo.setItemText(i, reason_name(code, eu=eu))


def as_reason(code: str | None) -> Reason | None:
    """A combo's code as the record's type (None for anything that is not a reason)."""
    return next((r for r in REASONS if r == code), None)


def as_citizenship(code: str | None) -> Citizenship | None:
    return next((c for c in CITIZENSHIPS if c == code), None)


REASON_CODES: tuple[str | None, ...] = (None, *REASONS)
CITIZENSHIP_CODES: tuple[str | None, ...] = tuple(CITIZENSHIPS)
PROVISIONAL_CODES: tuple[str | None, ...] = (None, *PROVISIONAL_KINDS)
APPLICATION_CODES: tuple[str | None, ...] = (None, *APPLICATION_KINDS)
