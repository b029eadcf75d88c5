"""File ▸ Import backup… and Export backup…: the exchange format (docs/exchange-format.md)
from the GUI.

An import is all or nothing (storage.exchange checks the whole file first); an import into
a store with people takes a backup of the database first, removed again when the import is
refused (storage.backups.backup_before). The undo history is cleared afterwards, since the
database changed outside it. The export goes through the one private-file writer
(private_files.write_private: 0600, atomic, never over the store's own files), like the
command line's; the file read for an import is capped and must be a regular file. Messages
are plain text (ui.messages): a name in them is never rendered as HTML.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from permit_tracker import paths
from permit_tracker.storage.errors import StoreError
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.messages import message_box, warn

if TYPE_CHECKING:
    from permit_tracker.ui.widgets.class_tr import ClassTr


class BackupActions(QObject):
    """The translation context of these actions' words (`BackupActions.tr`: plural forms
    need tr())."""

    if TYPE_CHECKING:  # called on the class too: see ui/widgets/class_tr.py
        tr: ClassVar[ClassTr]


def export_backup(controller: Controller, parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        BackupActions.tr("Export backup"),
        str(Path.home() / "permit-tracker-backup.json"),
        BackupActions.tr("Permit Tracker backup (*.json)"),
    )
    if not name:
        return None
    try:
        return write_export(controller, Path(name))
    except OSError as exc:
        warn(parent, BackupActions.tr("Export backup"), str(exc))
        return None


def write_export(controller: Controller, target: Path) -> Path:
    """Everyone in the exchange format, written as the command line's `export` writes it.
    Raises OSError (PrivateFileError) with a message that names the file."""
    from permit_tracker.private_files import write_private
    from permit_tracker.storage.exchange import dumps

    data = dumps(controller.people()).encode("utf-8", "backslashreplace")
    return write_private(target, data, data_dir=controller.store.data_dir)


def read_import_file(path: Path) -> str:
    """The text of an import file: a regular UTF-8 file under the size cap; raises OSError
    or UnicodeDecodeError."""
    from permit_tracker.private_files import read_regular_file

    return read_regular_file(path).decode("utf-8")


def import_backup(controller: Controller, parent: QWidget) -> str | None:
    """Ask for a file and import it; returns a summary, or None when nothing was imported."""
    title = BackupActions.tr("Import backup")
    name, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        str(Path.home()),
        BackupActions.tr("Permit Tracker backup (*.json);;All files (*)"),
    )
    if not name:
        return None
    return import_file(controller, parent, Path(name))


def import_file(controller: Controller, parent: QWidget, path: Path) -> str | None:
    """Import `path` (asking whether to add or replace when there are people already)."""
    from permit_tracker.storage.backups import backup_before
    from permit_tracker.storage.exchange import ExchangeError, import_people, parse

    title = BackupActions.tr("Import backup")
    try:
        people = parse(read_import_file(path))
    except (OSError, UnicodeDecodeError, ExchangeError) as exc:
        warn(
            parent,
            title,
            BackupActions.tr("{} cannot be imported: {}\nNothing was changed.").format(path, exc),
        )
        return None
    replace = False
    if controller.people():
        box = message_box(
            QMessageBox.Icon.Question,
            title,
            BackupActions.tr(
                "The file has %n people. Add them to the people already here, or replace "
                "everyone with the file's people?",
                "",
                len(people),
            ),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setObjectName("import_add_or_replace")
        add = box.addButton(BackupActions.tr("Add"), QMessageBox.ButtonRole.AcceptRole)
        swap = box.addButton(
            BackupActions.tr("Replace everyone"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(add)
        box.exec()
        if box.clickedButton() not in (add, swap):
            return None
        replace = box.clickedButton() is swap
    store = controller.store
    try:
        if controller.people():  # every import into a store with people keeps a copy first
            backups = paths.backups_dir(store.data_dir)
            with backup_before(store.path, backups, "before-import"):
                result = import_people(store, people, replace=replace)
        else:
            result = import_people(store, people, replace=replace)
    except (OSError, StoreError, ExchangeError) as exc:
        warn(parent, title, BackupActions.tr("Nothing was imported: {}").format(exc))
        return None
    finally:
        controller.reload()
    return BackupActions.tr("Imported %n people.", "", result.imported)
