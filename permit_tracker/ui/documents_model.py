"""The document checklist: every document the procedure asks for, recorded or not.

A row is either a recorded `Document` (its index in `person.documents`) or a placeholder for
a kind nothing is recorded for yet (status "missing"). Police clearance and medical
certificate rows show until when they may be submitted (the engine's document rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.model import (
    DOCUMENT_KINDS,
    PERISHABLE_DOCUMENT_KINDS,
    Document,
    DocumentKind,
    DocumentStatus,
    Person,
)
from permit_tracker.ui.formatting import date_text, deadline_when_text
from permit_tracker.ui.status_style import row_background, status_icon
from permit_tracker.ui.table_model import RowsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("documents", text)


def kind_name(kind: str | None) -> str:
    return {
        "passport": _tr("Passport"),
        "visa": _tr("Visa"),
        "means_of_support": _tr("Proof of means of support"),
        "accommodation": _tr("Proof of accommodation"),
        "medical_certificate": _tr("Medical certificate"),
        "police_clearance": _tr("Police clearance certificate"),
        "other": _tr("Other document"),
    }.get(kind or "other", kind or _tr("Other document"))


def status_name(status: str | None) -> str:
    return {
        "missing": _tr("Missing"),
        "requested": _tr("Requested"),
        "obtained": _tr("Obtained"),
        "submitted": _tr("Submitted"),
    }.get(status or "missing", status or _tr("Missing"))


@dataclass(frozen=True, slots=True)
class Entry:
    kind: DocumentKind
    index: int | None  # in person.documents; None: nothing recorded for this kind yet
    document: Document | None
    usable_until: Deadline | None  # perishable documents with an issue date

    @property
    def status(self) -> DocumentStatus:
        return (self.document.status if self.document else None) or "missing"


def checklist(person: Person, deadlines: Sequence[Deadline]) -> list[Entry]:
    """The standard kinds in procedure order (each recorded document, or one placeholder),
    then documents of kind "other". Document subjects are "<kind>-<n>" in input order."""
    usable = {d.subject: d for d in deadlines if d.kind is Kind.DOCUMENT_USABLE_UNTIL}
    counts: dict[str, int] = {}
    recorded: dict[str, list[Entry]] = {}
    for i, doc in enumerate(person.documents):
        kind: DocumentKind = doc.kind or "other"
        counts[kind] = counts.get(kind, 0) + 1
        row = usable.get(f"{kind}-{counts[kind]}") if kind in PERISHABLE_DOCUMENT_KINDS else None
        recorded.setdefault(kind, []).append(Entry(kind, i, doc, row))
    entries: list[Entry] = []
    for kind in DOCUMENT_KINDS:
        if kind == "other":
            continue
        entries.extend(recorded.get(kind) or [Entry(kind, None, None, None)])
    entries.extend(recorded.get("other", []))
    return entries


class DocumentsModel(RowsTableModel[Entry]):
    DOCUMENT, STATUS, ISSUED, USABLE_UNTIL = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._palette = QGuiApplication.palette()

    def set_entries(self, entries: Sequence[Entry], palette: QPalette | None = None) -> None:
        if palette is not None:
            self._palette = QPalette(palette)
        self.reset_rows(entries)

    def entry(self, row: int) -> Entry:
        return self.row_value(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Document"), self.tr("Status"), self.tr("Issued"), self.tr("Usable until"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        usable = entry.usable_until
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.STATUS and entry.status in ("obtained", "submitted"):
                return status_icon(Status.DONE)
            if column == self.USABLE_UNTIL and usable is not None:
                return status_icon(usable.status)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.USABLE_UNTIL and usable is not None:
                return usable.explanation
            if column == self.USABLE_UNTIL and entry.kind in PERISHABLE_DOCUMENT_KINDS:
                return self.tr("Enter the issue date to see until when it may be submitted")
            return None
        if role == Qt.ItemDataRole.BackgroundRole and usable is not None:
            return row_background(usable.status, self._palette)
        if role == Qt.ItemDataRole.ForegroundRole and entry.status == "missing":
            return self._palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
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
        usable = entry.usable_until
        if usable is None or usable.date is None:
            return "—" if entry.kind not in PERISHABLE_DOCUMENT_KINDS else ""
        if usable.status is Status.DONE:
            return date_text(usable.date)
        return f"{date_text(usable.date)} ({deadline_when_text(usable)})"
