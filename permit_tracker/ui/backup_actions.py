"""File ▸ Import backup… and Export backup…: the exchange format of DESIGN.md from the GUI.

An import is all or nothing (storage.exchange checks the whole file first); replacing
everyone takes a backup of the database first. The undo history is cleared afterwards,
since the database changed outside it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSaveFile
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from permit_tracker import paths
from permit_tracker.storage.errors import StoreError
from permit_tracker.ui.controller import Controller


def export_backup(controller: Controller, parent: QWidget) -> Path | None:
    from permit_tracker.storage.exchange import dumps

    name, _ = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Export backup"),
        str(Path.home() / "permit-tracker-backup.json"),
        parent.tr("Permit Tracker backup (*.json)"),
    )
    if not name:
        return None
    target = Path(name)
    try:
        write_text_atomically(target, dumps(controller.people()))
    except OSError as exc:
        QMessageBox.warning(
            parent, parent.tr("Export backup"), parent.tr("Cannot write {}: {}").format(target, exc)
        )
        return None
    return target


def write_text_atomically(target: Path, text: str) -> None:
    """QSaveFile writes a temporary file and renames it: never half a backup."""
    out = QSaveFile(str(target))
    if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise OSError(out.errorString())
    out.write(text.encode("utf-8"))
    if not out.commit():
        raise OSError(out.errorString())


def import_backup(controller: Controller, parent: QWidget) -> str | None:
    """Ask for a file and import it; returns a summary, or None when nothing was imported."""
    from permit_tracker.storage.exchange import ExchangeError, import_people, parse

    title = parent.tr("Import backup")
    name, _ = QFileDialog.getOpenFileName(
        parent, title, str(Path.home()), parent.tr("Permit Tracker backup (*.json);;All files (*)")
    )
    if not name:
        return None
    try:
        people = parse(Path(name).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ExchangeError) as exc:
        QMessageBox.warning(
            parent,
            title,
            parent.tr("{} cannot be imported: {}\nNothing was changed.").format(name, exc),
        )
        return None
    replace = False
    if controller.people():
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            parent.tr(
                "The file has {} people. Add them to the people already here, or replace "
                "everyone with the file's people?"
            ).format(len(people)),
            parent=parent,
        )
        add = box.addButton(parent.tr("Add"), QMessageBox.ButtonRole.AcceptRole)
        swap = box.addButton(parent.tr("Replace everyone"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(add)
        box.exec()
        if box.clickedButton() not in (add, swap):
            return None
        replace = box.clickedButton() is swap
    store = controller.store
    try:
        if controller.people():  # every import into a store with people keeps a copy first
            from permit_tracker.storage.backups import make_backup

            make_backup(store.path, paths.backups_dir(store.data_dir), "before-import")
        result = import_people(store, people, replace=replace)
    except (OSError, StoreError, ExchangeError) as exc:
        QMessageBox.warning(parent, title, parent.tr("Nothing was imported: {}").format(exc))
        return None
    finally:
        controller.reload()
    return parent.tr("Imported {} people.").format(result.imported)
