"""File ▸ Restore…, and the offer made at start when the database was found damaged.

Both list the automatic backups (storage.backups) with their date, why they were made and
what they hold, read from each file without changing it. Restoring asks for confirmation,
backs up the current database first, and copies the chosen backup in one transaction.

`open_restore_dialog(controller, parent)` is the menu action: the store stays open and the
controller reloads afterwards. `offer_restore_after_corruption(report, parent)` runs before
the store is opened (ui.main), after storage.health moved a damaged file aside.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from permit_tracker import APP_NAME, paths
from permit_tracker.storage.backups import (
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    COPIED_FILE,
    DAILY,
    PROBLEM_DAMAGED,
    PROBLEM_FOREIGN,
    PROBLEM_MISSING,
    PROBLEM_NEWER,
    PROBLEM_UNREADABLE,
    BackupInfo,
    RestoreResult,
    describe_reason,
    list_backups,
    restore_backup,
)
from permit_tracker.storage.errors import StoreError
from permit_tracker.storage.health import HealthReport, set_aside
from permit_tracker.ui.widgets.messages import message_box, plain_label, warn
from permit_tracker.ui.widgets.table_model import RowsTableModel

if TYPE_CHECKING:
    from permit_tracker.ui.shell.controller import Controller
    from permit_tracker.ui.widgets.class_tr import ClassTr

AnyIndex = QModelIndex | QPersistentModelIndex


def when_text(info: BackupInfo) -> str:
    """The backup's time in the user's locale and time zone."""
    moment = QDateTime.fromSecsSinceEpoch(int(info.created.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def reason_text(info: BackupInfo) -> str:
    words = {
        DAILY: QCoreApplication.translate("RestoreDialog", "Daily copy"),
        BEFORE_IMPORT: QCoreApplication.translate("RestoreDialog", "Before an import"),
        BEFORE_RESTORE: QCoreApplication.translate("RestoreDialog", "Before a restore"),
    }
    if info.reason in words:
        return words[info.reason]
    if info.reason.startswith("before-migration-v"):
        return QCoreApplication.translate("RestoreDialog", "Before an upgrade")
    if info.reason == COPIED_FILE:
        return QCoreApplication.translate("RestoreDialog", "A file copied here")
    return describe_reason(info.reason).capitalize()  # a slug from a later version


def problem_text(info: BackupInfo) -> str:
    """Why `info` cannot be restored, in the window's language (storage's `problem` is
    English: it stays in the tooltip, with the technical detail)."""
    words = {
        PROBLEM_MISSING: QCoreApplication.translate("RestoreDialog", "the file is gone"),
        PROBLEM_DAMAGED: QCoreApplication.translate("RestoreDialog", "the file is damaged"),
        PROBLEM_FOREIGN: QCoreApplication.translate("RestoreDialog", "not a Permit Tracker file"),
        PROBLEM_NEWER: QCoreApplication.translate(
            "RestoreDialog", "made by a newer version of Permit Tracker"
        ),
        PROBLEM_UNREADABLE: QCoreApplication.translate("RestoreDialog", "the file cannot be read"),
    }
    return words.get(info.problem_kind, info.problem)


def contents_text(info: BackupInfo) -> str:
    """'4 people: Ana Silva, Inês Costa…; 4 cards, 6 trips, 14 documents'."""
    if not info.ok:
        return QCoreApplication.translate("RestoreDialog", "Cannot be restored: {}").format(
            problem_text(info)
        )
    people = RestoreDialog.tr("%n people", "", len(info.people))
    if info.people:
        shown = ", ".join(info.people[:5]) + ("…" if len(info.people) > 5 else "")
        people += f": {shown}"
    counts = ", ".join(
        [
            RestoreDialog.tr("%n cards", "", info.count("cards")),
            RestoreDialog.tr("%n trips", "", info.count("trips")),
            RestoreDialog.tr("%n documents", "", info.count("documents")),
        ]
    )
    return f"{people}; {counts}"


class BackupsModel(RowsTableModel[BackupInfo]):
    WHEN, REASON, CONTENTS = range(3)

    def set_backups(self, backups: Sequence[BackupInfo]) -> None:
        self.reset_rows(backups)

    def backup(self, row: int) -> BackupInfo:
        return self.row_value(row)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("RestoreDialog", "Date"),
            QCoreApplication.translate("RestoreDialog", "Made"),
            QCoreApplication.translate("RestoreDialog", "Holds"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.WHEN:
                return when_text(info)
            if column == self.REASON:
                return reason_text(info)
            if column == self.CONTENTS:
                if role == Qt.ItemDataRole.ToolTipRole:
                    detail = f"\n{info.problem}" if info.problem else ""  # storage's own words
                    return f"{contents_text(info)}{detail}\n{info.path}"
                return contents_text(info)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self._rows[index.row()].ok:
            return Qt.ItemFlag.NoItemFlags  # shown, but a damaged backup cannot be chosen
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RestoreDialog(QDialog):
    """The list of backups and a Restore button; `result_info` holds what was restored."""

    if TYPE_CHECKING:  # called on the class too: see ui/widgets/class_tr.py
        tr: ClassVar[ClassTr]

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.result_info: RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        backups_dir = paths.backups_dir(self.data_dir)
        intro = plain_label(
            self.tr(
                "{app} copies your data on the first change of each day and before every "
                "upgrade, import and restore. Choose the copy to go back to: everything "
                "recorded now is replaced by what it holds, and a copy of what is here now "
                "is taken first, so you can come back to it."
            ).format(app=APP_NAME),
            self,
        )
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.model.set_backups(list_backups(backups_dir))
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            BackupsModel.CONTENTS, QHeaderView.ResizeMode.Stretch
        )
        self.view.setWordWrap(False)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty = plain_label(
            self.tr("There are no backups yet in {}.").format(backups_dir), self
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.model.rowCount() == 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(760, 400)
        first_good = next(
            (r for r in range(self.model.rowCount()) if self.model.backup(r).ok), None
        )
        if first_good is not None:
            self.view.selectRow(first_good)
        self._update()

    def selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def select_path(self, path: Path) -> None:
        for row in range(self.model.rowCount()):
            if self.model.backup(row).path == path:
                self.view.selectRow(row)

    def _update(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.ok)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not info.ok or not confirm_restore(info, self):
            return
        self.result_info = restore_with_message(self.data_dir, info, self)
        if self.result_info is not None:
            self.accept()


def confirm_restore(info: BackupInfo, parent: QWidget | None) -> bool:
    box = message_box(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("RestoreDialog", "Restore this backup?"),
        QCoreApplication.translate(
            "RestoreDialog",
            "Replace everything recorded in {app} with the backup of {when}?\n\n"
            "It holds {contents}.\n\n"
            "A copy of what is recorded now is taken first.",
        ).format(app=APP_NAME, when=when_text(info), contents=contents_text(info)),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("confirm_restore")
    restore = box.addButton(
        QCoreApplication.translate("RestoreDialog", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore


def restore_with_message(
    data_dir: Path, info: BackupInfo, parent: QWidget | None
) -> RestoreResult | None:
    """Restore `info` into `data_dir`; on failure say why (the data is unchanged)."""
    try:
        return restore_backup(
            info.path,
            paths.database_path(data_dir),
            paths.backups_dir(data_dir),
            set_aside=set_aside,
        )
    except (StoreError, OSError) as exc:
        warn(
            parent,
            QCoreApplication.translate("RestoreDialog", "Restore a backup"),
            QCoreApplication.translate(
                "RestoreDialog", "The backup was not restored: {}\n\nYour data was not changed."
            ).format(exc),
        )
        return None


def restored_text(result: RestoreResult) -> str:
    """The banner after a restore: what came back, and where the previous data is kept."""
    text = QCoreApplication.translate(
        "RestoreDialog", "Restored the backup of {when}: {contents}."
    ).format(when=when_text(result.restored), contents=contents_text(result.restored))
    if result.previous is not None:
        text += " " + QCoreApplication.translate(
            "RestoreDialog", "What was recorded before is kept in {}."
        ).format(result.previous)
    return text


def open_restore_dialog(controller: Controller, parent: QWidget) -> RestoreResult | None:
    """File ▸ Restore…: choose, confirm, restore, then reload everything from the store.

    `controller` is the ui.controller.Controller; the undo history is cleared (the database
    changed behind it) and an older backup is upgraded by opening it once."""
    from permit_tracker.storage.store import Store

    store = controller.store
    dialog = RestoreDialog(store.data_dir, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_info is None:
        return None
    result = dialog.result_info
    if result.restored.schema_version < store.schema_version:
        try:
            Store.open(store.data_dir).close()  # runs the upgrade steps on the restored file
        except StoreError as exc:
            controller.error.emit(str(exc))
    controller.reload()
    return result


def offer_restore_after_corruption(report: HealthReport, parent: QWidget | None) -> bool:
    """Tell the user their database was damaged and kept aside; offer the newest good backup.

    Returns True when a backup was restored (the caller then opens the store as usual)."""
    data_dir = report.path.parent
    damaged = QCoreApplication.translate(
        "RestoreDialog",
        "Your data file was damaged ({problem}). It was kept aside, unchanged, as:\n{moved}",
    ).format(problem=report.problem, moved=report.moved_to)
    backup = report.newest_good_backup
    if backup is None:
        box = message_box(
            QMessageBox.Icon.Warning,
            APP_NAME,
            damaged
            + "\n\n"
            + QCoreApplication.translate(
                "RestoreDialog", "There is no backup to restore: {} starts empty."
            ).format(APP_NAME),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("corruption_offer")
        box.exec()
        return False
    box = message_box(
        QMessageBox.Icon.Warning,
        APP_NAME,
        damaged
        + "\n\n"
        + QCoreApplication.translate(
            "RestoreDialog", "Restore the newest good backup, from {when}? It holds {contents}."
        ).format(when=when_text(backup), contents=contents_text(backup)),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("corruption_offer")
    restore = box.addButton(
        QCoreApplication.translate("RestoreDialog", "Restore this backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    choose = box.addButton(
        QCoreApplication.translate("RestoreDialog", "Choose another…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("RestoreDialog", "Start empty"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return restore_with_message(data_dir, backup, parent) is not None
    if clicked is choose:
        dialog = RestoreDialog(data_dir, parent)
        dialog.select_path(backup.path)
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_info is not None
    return False
