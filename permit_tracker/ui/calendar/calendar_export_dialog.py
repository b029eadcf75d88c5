"""File → Export to calendar…: choose what goes into an .ics file, and optionally keep it current.

The suggested file is in a folder that exists (the XDG documents folder when there is one,
else home): the export never creates folders. An error goes as soon as the path is edited.
After a successful export `confirm_export` says where the file is and how to import it.

The main window opens it with `CalendarExportDialog(store, today, parent).exec()` (or
`.open()`); after an export, `exported` holds the path and the number of events for a status
message. After every saved change (the controller's `changed`), at start-up and when the date
changes, ui/calendar/live_calendar.py calls `refresh_live_calendar_file(store, today)`, which
rewrites the file the user asked to keep up to date (if any) and raises `CalendarWriteError`
when it cannot, for the window's error banner.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.calendar.actions import (
    Exported,
    export_to_file,
    live_options,
    live_path,
    refresh_live_calendar,
    set_live,
)
from permit_tracker.calendar.files import CalendarWriteError
from permit_tracker.calendar.live import LiveResult
from permit_tracker.calendar.options import ExportOptions
from permit_tracker.domain.deadline import Kind
from permit_tracker.reminders.plan import plan_from_settings
from permit_tracker.setting_keys import LAST_PATH_SETTING
from permit_tracker.storage.errors import StoreError
from permit_tracker.ui.widgets.formatting import kind_names

if TYPE_CHECKING:
    from permit_tracker.storage.store import Store

DEFAULT_NAME = "permit-tracker.ics"
_ERROR_COLOUR = "#b3261e"


def refresh_live_calendar_file(store: Store, today: date) -> LiveResult | None:
    """Rewrite the kept-up-to-date file, with alarms at the user's reminder times.

    None when the user chose no such file; `result.written` is False when it was already
    current. Raises CalendarWriteError (the message names the file) when it cannot be written.
    """
    return refresh_live_calendar(store, today, plan_from_settings(store.setting))


def default_folder(documents: str | None = None, home: Path | None = None) -> Path:
    """The XDG documents folder if it exists, else home: never a folder to create."""
    if documents is None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
    home = home or Path.home()
    if documents and Path(documents).is_dir():
        return Path(documents)
    return home


class ExportedNote(QMessageBox):
    """A non-modal "Exported" note with the file's place, how the common calendar apps take
    it in, and an Open folder button."""

    def __init__(self, parent: QWidget | None, exported: Exported, live: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exported to calendar"))
        self.setIcon(QMessageBox.Icon.Information)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(self.help_text(exported, live))
        folder = self.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Ok)
        folder.clicked.disconnect()  # keep the note open while the folder opens
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(exported.path.parent)))
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def help_text(self, exported: Exported, live: bool) -> str:
        """Where the file is and how to take it in (rich text)."""
        where = escape(str(exported.path))
        events = exported.events
        # The singular apart: English has no translation file to pick "event" for 1.
        head = (
            self.tr("Saved 1 event to")
            if events == 1
            else self.tr("Saved %n events to", "", events)
        )
        steps = [
            self.tr(
                "<b>GNOME Calendar, Evolution, KOrganizer:</b> open the file, or File ▸ Import."
            ),
            self.tr("<b>Thunderbird:</b> Events and Tasks ▸ Import…, then choose the file."),
            self.tr("<b>Google Calendar (web):</b> Settings ▸ Import &amp; export ▸ Import."),
            self.tr("<b>Outlook:</b> File ▸ Open &amp; Export ▸ Import/Export ▸ iCalendar."),
            self.tr("<b>Apple Calendar:</b> File ▸ Import."),
        ]
        see = self.tr("To see them in your calendar:")
        text = f"<p>{head}<br><tt>{where}</tt></p><p>{see}</p>"
        text += "<ul>" + "".join(f"<li>{step}</li>" for step in steps) + "</ul>"
        if live:
            subscribe = self.tr(
                "This file is kept up to date: <i>subscribe</i> to it (Thunderbird: New Calendar ▸ "
                "On the Network, with its file:// address) rather than importing it once, so "
                "changes show up."
            )
            text += f"<p>{subscribe}</p>"
        return text


def confirm_export(parent: QWidget | None, exported: Exported, live: bool) -> QMessageBox:
    """Show the "Exported" note (non-modal) and return it."""
    box = ExportedNote(parent, exported, live)
    box.open()
    return box


def _checklist(items: list[tuple[str, object]], checked: set[object] | None) -> QListWidget:
    widget = QListWidget()
    for text, data in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        on = checked is None or data in checked
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        widget.addItem(item)
    # As wide as its longest entry: the German and French names of the kinds are long, and a
    # list cut at the right ("Ende des Verlängerungszeitraums für den Ar…") hides which is which.
    scroll_bar = widget.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    widget.setMinimumWidth(widget.sizeHintForColumn(0) + 2 * widget.frameWidth() + scroll_bar + 4)
    return widget


def _checked(widget: QListWidget) -> list[Any]:
    items = (widget.item(i) for i in range(widget.count()))
    return [
        item.data(Qt.ItemDataRole.UserRole)
        for item in items
        if item.checkState() == Qt.CheckState.Checked
    ]


class CalendarExportDialog(QDialog):
    """Choose people, kinds, alarms and notes, pick a file, export; optionally keep it current."""

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._today = today
        self.exported: Exported | None = None
        self.setWindowTitle(self.tr("Export to calendar"))

        current_live = live_path(store)
        options = live_options(store) if current_live else ExportOptions()
        people = store.people()

        self.people_list = _checklist(
            [(p.name, p.id) for p in people],
            None if options.people is None else set(options.people),
        )
        labels = kind_names()
        self.kinds_list = _checklist(
            [(labels.get(k, k.value), k) for k in Kind],
            None if options.kinds is None else set(options.kinds),
        )
        self.alarms_box = QCheckBox(self.tr("Add alarms at my reminder times"))
        self.alarms_box.setChecked(options.alarms)
        self.notes_box = QCheckBox(self.tr("Include my trip notes"))
        self.notes_box.setChecked(options.include_notes)
        self.notes_box.setToolTip(
            self.tr(
                "Calendars are often synced and shared: leave this off to keep your notes private."
            )
        )

        self.path_edit = QLineEdit(str(current_live or self._default_path()))
        self.path_edit.setAccessibleName(self.tr("Calendar file"))
        self.path_edit.textChanged.connect(self._clear_error)  # an old error is about the old path
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)

        self.live_box = QCheckBox(self.tr("Keep this file up to date after every change"))
        self.live_box.setChecked(current_live is not None)
        self.live_box.setToolTip(
            self.tr("Subscribe to the file in your calendar app and it always shows today's dates.")
        )
        live_note = (
            self.tr("Kept up to date now: {path}").format(path=current_live) if current_live else ""
        )
        self.live_label = QLabel(live_note)
        self.live_label.setWordWrap(True)
        self.live_label.setVisible(bool(live_note))

        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # paths and errors are data, never HTML
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {_ERROR_COLOUR};")
        self.message.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("People"), self.people_list)
        form.addRow(self.tr("Deadlines"), self.kinds_list)
        form.addRow("", self.alarms_box)
        form.addRow("", self.notes_box)
        form.addRow(self.tr("File"), path_row)
        form.addRow("", self.live_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.live_label)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # -- reading the form -----------------------------------------------------------------
    def _default_path(self) -> Path:
        folder = default_folder()
        last = self._store.setting(LAST_PATH_SETTING, None)
        if isinstance(last, str) and last:
            previous = Path(last).expanduser()
            # The last file's folder may be gone (an unplugged disk): same name, a real folder.
            return previous if previous.parent.is_dir() else folder / previous.name
        return folder / DEFAULT_NAME

    def options(self) -> ExportOptions:
        """The choices as ExportOptions; "all ticked" means everyone / every kind, so people
        added later also appear in a kept-up-to-date file."""
        people = _checked(self.people_list)
        kinds = _checked(self.kinds_list)
        return ExportOptions(
            people=None if len(people) == self.people_list.count() else set(people),
            kinds=None if len(kinds) == self.kinds_list.count() else set(kinds),
            alarms=self.alarms_box.isChecked(),
            include_notes=self.notes_box.isChecked(),
        )

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to calendar"),
            self.path_edit.text(),
            self.tr("Calendar files (*.ics)"),
        )
        if chosen:
            path = Path(chosen)
            self.path_edit.setText(str(path if path.suffix else path.with_suffix(".ics")))

    def _clear_error(self) -> None:
        self.message.clear()
        self.message.setVisible(False)

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    # -- exporting ------------------------------------------------------------------------
    def _export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            return self._show_error(self.tr("Choose a file to export to."))
        if not _checked(self.people_list) and self.people_list.count():
            return self._show_error(self.tr("Tick at least one person."))
        if not _checked(self.kinds_list):
            return self._show_error(self.tr("Tick at least one kind of deadline."))
        path = Path(text).expanduser()
        options = self.options()
        try:
            result = export_to_file(
                self._store, path, options, self._today, plan_from_settings(self._store.setting)
            )
            self._store.set_setting(LAST_PATH_SETTING, str(result.path))
            if self.live_box.isChecked():
                set_live(self._store, result.path, options)
            elif live_path(self._store) in (path, result.path):
                set_live(self._store, None, options)  # unticked for the live file: stop
        except (CalendarWriteError, StoreError) as exc:
            return self._show_error(str(exc))
        self.exported = result
        self.accept()
