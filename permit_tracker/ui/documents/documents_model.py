"""The document checklist: every document the procedure asks for, recorded or not.

A row is either a recorded `Document` (its index in `person.documents`) or a placeholder for
a kind nothing is recorded for yet (status "missing"). Police clearance and medical
certificate rows show until when they may be submitted (the engine's document rows).

Which kinds are listed depends on the person and their reason of stay: everyone gets
passport, means of support, accommodation, medical certificate and police clearance; the visa
only when they are not an EU, EEA or Swiss citizen (who need none); `study` adds the
enrolment certificate, `work` and `blue_card` the work permit, `family` the civil-status
documents. Any kind with a recorded document is listed whatever the reason (nothing entered
is hidden).

What was entered on Dates & permits counts (the checklist must not call missing what the
person already told the app): a recorded passport expiry or visa makes its row "obtained"
unless a document record says more than "missing", and the row shows until when it is valid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QIcon, QPalette

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.model import (
    DOCUMENT_KINDS,
    PERISHABLE_DOCUMENT_KINDS,
    Document,
    DocumentKind,
    DocumentStatus,
    Person,
)
from permit_tracker.i18n import deadline_text
from permit_tracker.i18n.vocabulary import document_name as kind_name
from permit_tracker.i18n.vocabulary import document_status_name as status_name
from permit_tracker.ui.widgets.formatting import date_text, deadline_when_text
from permit_tracker.ui.widgets.status_style import row_background, status_icon
from permit_tracker.ui.widgets.table_model import RowsTableModel

# Document kinds and statuses are named by the shared vocabulary (gettext: the command line
# names them the same way); kind_name and status_name are what this module's users import.
__all__ = ["ENTRY_ROLE", "DocumentsModel", "Entry", "checklist", "kind_name", "status_name"]

AnyIndex = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


# The kinds everyone is asked for, and those a reason of stay adds.
COMMON_KINDS: Final[frozenset[DocumentKind]] = frozenset(
    {"passport", "visa", "means_of_support", "accommodation", "medical_certificate",
     "police_clearance"}
)  # fmt: skip
REASON_KINDS: Final[dict[str, frozenset[DocumentKind]]] = {
    "study": frozenset({"enrolment"}),
    "work": frozenset({"work_permit"}),
    "blue_card": frozenset({"work_permit"}),
    "family": frozenset({"civil_status"}),
}


def expected_kinds(person: Person) -> frozenset[DocumentKind]:
    """The kinds the checklist lists for `person` even when nothing is recorded."""
    kinds = COMMON_KINDS | REASON_KINDS.get(person.reason or "", frozenset())
    # EU, EEA and Swiss citizens need neither a visa nor a work permit to work here.
    return kinds - {"visa", "work_permit"} if person.is_eu else kinds


@dataclass(frozen=True, slots=True)
class Entry:
    kind: DocumentKind
    index: int | None  # in person.documents; None: nothing recorded for this kind yet
    document: Document | None
    usable_until: Deadline | None  # perishable documents with an issue date
    # Passport and visa: valid until this day, as entered on Dates & permits; `recorded`
    # says that something was entered there (a visa may be known without its end).
    valid_until: date | None = None
    recorded: bool = False

    @property
    def status(self) -> DocumentStatus:
        status = (self.document.status if self.document else None) or "missing"
        return "obtained" if status == "missing" and self.recorded else status


def _entered(person: Person, kind: str) -> tuple[bool, date | None]:
    """Whether Dates & permits holds the passport or visa, and until when it is valid."""
    if kind == "passport" and person.passport is not None:
        return person.passport.expires is not None, person.passport.expires
    if kind == "visa" and person.visa is not None:
        return True, person.visa.valid_until
    return False, None


def checklist(person: Person, deadlines: Sequence[Deadline]) -> list[Entry]:
    """The person's kinds in procedure order (each recorded document, or one placeholder),
    then documents of kind "other". Document subjects are "<kind>-<n>" in input order."""
    usable = {d.subject: d for d in deadlines if d.kind is Kind.DOCUMENT_USABLE_UNTIL}
    counts: dict[str, int] = {}
    recorded: dict[str, list[Entry]] = {}
    for i, doc in enumerate(person.documents):
        kind: DocumentKind = doc.kind or "other"
        counts[kind] = counts.get(kind, 0) + 1
        row = usable.get(f"{kind}-{counts[kind]}") if kind in PERISHABLE_DOCUMENT_KINDS else None
        entered, until = _entered(person, kind)
        recorded.setdefault(kind, []).append(Entry(kind, i, doc, row, until, entered))
    expected = expected_kinds(person)
    entries: list[Entry] = []
    for kind in DOCUMENT_KINDS:
        if kind == "other" or (kind not in expected and kind not in recorded):
            continue
        entered, until = _entered(person, kind)
        entries.extend(recorded.get(kind) or [Entry(kind, None, None, None, until, entered)])
    entries.extend(recorded.get("other", []))
    return entries


class DocumentsModel(RowsTableModel[Entry]):
    DOCUMENT, STATUS, ISSUED, USABLE_UNTIL = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._palette = QGuiApplication.palette()
        self._compact = False

    def set_compact(self, compact: bool) -> None:
        """Narrow windows: "usable until" shows the date alone (the countdown is in its
        tooltip and under the table), so the document names keep their room."""
        if compact != self._compact:
            self._compact = compact
            if self._rows:
                last = self.index(len(self._rows) - 1, self.USABLE_UNTIL)
                self.dataChanged.emit(self.index(0, self.USABLE_UNTIL), last)

    def set_entries(self, entries: Sequence[Entry], palette: QPalette | None = None) -> None:
        if palette is not None:
            self._palette = QPalette(palette)
        self.reset_rows(entries)

    def entry(self, row: int) -> Entry:
        return self.row_value(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Document"), self.tr("Status"), self.tr("Issued"), self.tr("Usable until"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return self._colour(entry, role)
        if role == ENTRY_ROLE:
            return entry
        return None

    def _text(self, entry: Entry, column: int) -> str:
        if column == self.DOCUMENT:
            return kind_name(entry.kind)
        if column == self.STATUS:
            return status_name(entry.status)
        if column == self.ISSUED:
            issued = entry.document.issued if entry.document else None
            return date_text(issued) if issued else ""
        return self._usable_text(entry)

    def _usable_text(self, entry: Entry) -> str:
        """Until when it is valid (passport, visa) or may be submitted (a perishable
        document, with the countdown unless the table is narrow)."""
        usable = entry.usable_until
        if entry.valid_until is not None:
            return date_text(entry.valid_until)
        if usable is None or usable.date is None:
            return "—" if entry.kind not in PERISHABLE_DOCUMENT_KINDS else ""
        if usable.status is Status.DONE or self._compact:
            return date_text(usable.date)
        return self.tr("{day} ({when})").format(
            day=date_text(usable.date), when=deadline_when_text(usable)
        )

    def _colour(self, entry: Entry, role: int) -> object:
        """A row tinted by how its "usable until" stands; a missing document greyed out."""
        if role == Qt.ItemDataRole.BackgroundRole:
            usable = entry.usable_until
            return row_background(usable.status, self._palette) if usable is not None else None
        if entry.status == "missing":
            return self._palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _icon(self, entry: Entry, column: int) -> QIcon | None:
        if column == self.STATUS and entry.status in ("obtained", "submitted"):
            return status_icon(Status.DONE)
        if column == self.USABLE_UNTIL and entry.usable_until is not None:
            return status_icon(entry.usable_until.status)
        return None

    def _tooltip(self, entry: Entry, column: int) -> str | None:
        usable = entry.usable_until
        if column == self.USABLE_UNTIL and usable is not None:
            return self.tr("{when}: {explanation}").format(
                when=deadline_when_text(usable), explanation=deadline_text.explanation(usable)
            )
        if column == self.USABLE_UNTIL and entry.kind in PERISHABLE_DOCUMENT_KINDS:
            return self.tr("Enter the issue date to see until when it may be submitted")
        recorded = self.tr("Entered on Dates & permits") if entry.recorded else None
        if column == self.DOCUMENT:
            # The name whole: a narrow window (or a longer language) cuts it in the cell.
            name = kind_name(entry.kind)
            return name if recorded is None else f"{name}\n{recorded}"
        return recorded
