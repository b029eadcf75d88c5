"""Plain names for the codes of the record (citizenship, reasons of stay, waiting documents,
applications), and the combo box that offers them.

The codes come from domain.model (one `Literal` each); this module only says them in words a
newcomer understands, so every form and list of the app names them the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("vocabulary", text)


def citizenship_name(citizenship: str | None) -> str:
    return {
        None: _tr("Not set (counted as outside the EU)"),
        "non_eu": _tr("Not an EU, EEA or Swiss citizen"),
        "eu": _tr("EU, EEA or Swiss citizen"),
    }.get(citizenship, citizenship or "")


def reason_name(reason: str | None, *, eu: bool = False) -> str:
    """`eu`: for an EU, EEA or Swiss citizen, who works without any permit."""
    if eu and reason == "work":
        return _tr("Work (employed or self-employed)")
    return {
        None: _tr("Not set"),
        "work": _tr("Single permit (work)"),
        "blue_card": _tr("EU Blue Card"),
        "research": _tr("Researcher"),
        "study": _tr("Student"),
        "search_year": _tr("Search year after studies"),
        "family": _tr("Family reunification"),
        "au_pair": _tr("Au pair"),
        "seasonal": _tr("Seasonal worker"),
        "other": _tr("Other"),
    }.get(reason, reason or "")


def provisional_name(kind: str | None) -> str:
    return {
        None: _tr("Not set"),
        "annex_15": _tr("Annex 15 (while the card is made)"),
        "orange_card": _tr("Orange card (application pending)"),
        "annex_12": _tr("Annex 12 (card lost or stolen)"),
        "annex_19": _tr("Annex 19 (EU citizen's registration)"),
        "annex_19ter": _tr("Annex 19ter (EU citizen's family member)"),
        "annex_49": _tr("Annex 49 (single permit renewal)"),
        "other": _tr("Other waiting document"),
    }.get(kind, kind or "")


def provisional_short_name(kind: str | None) -> str:
    """For table cells and bars: "Annex 15", "Orange card"."""
    return {
        None: _tr("Waiting document"),
        "annex_15": _tr("Annex 15"),
        "orange_card": _tr("Orange card"),
        "annex_12": _tr("Annex 12"),
        "annex_19": _tr("Annex 19"),
        "annex_19ter": _tr("Annex 19ter"),
        "annex_49": _tr("Annex 49"),
        "other": _tr("Other document"),
    }.get(kind, kind or "")


def application_name(kind: str | None) -> str:
    return {
        None: _tr("Not set"),
        "long_term": _tr("Long-term resident status"),
        "permanent_residence": _tr("Permanent residence (EU+ / F+)"),
        "nationality": _tr("Belgian nationality"),
        "family_reunification": _tr("Family reunification"),
        "card_renewal": _tr("Card renewal"),
        "other": _tr("Other application"),
    }.get(kind, kind or "")


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
        # Scrolling the page must not change a legal value (issue #14 item 8).
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
