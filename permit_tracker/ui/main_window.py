"""The main window: banners on top, then either the first-start page (nobody recorded yet)
or the people sidebar beside the selected person's headline and tabs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from permit_tracker import APP_NAME
from permit_tracker.domain.deadlines import next_deadline, sort_key
from permit_tracker.ui import help_dialogs
from permit_tracker.ui.backup_actions import export_backup, import_backup
from permit_tracker.ui.controller import Controller
from permit_tracker.ui.first_start import FirstStartPage
from permit_tracker.ui.menus import Actions, build_menus
from permit_tracker.ui.message_banner import BannerSlot, MessageBanner
from permit_tracker.ui.person_view import PersonView
from permit_tracker.ui.preferences_dialog import PreferencesDialog
from permit_tracker.ui.sidebar import Sidebar

GEOMETRY_KEY = "ui.geometry"


class MainWindow(QMainWindow):
    def __init__(
        self,
        controller: Controller,
        *,
        data_dir: Path | None = None,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._data_dir = data_dir
        self.setWindowTitle(self.tr("{} — sample family").format(APP_NAME) if demo else APP_NAME)
        self.setMinimumSize(640, 480)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner_area = QWidget(central)
        self._banners = QVBoxLayout(self.banner_area)
        self._banners.setContentsMargins(0, 0, 0, 0)  # no banners: no height at all
        self._banners.setSpacing(0)
        layout.addWidget(self.banner_area)

        self.pages = QStackedWidget(central)
        self.first_start = FirstStartPage(controller, self.pages)
        self.sidebar = Sidebar(controller, self.pages)
        self.person_view = PersonView(controller, self.pages)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.pages)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.person_view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 900])
        self.splitter.setCollapsible(1, False)
        self.pages.addWidget(self.first_start)
        self.pages.addWidget(self.splitter)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.menu_actions: Actions = build_menus(self, self._handlers())
        # The signals carry the values: the stack is never queried (it may be mid-destruction).
        stack = controller.undo_stack
        stack.canUndoChanged.connect(self.menu_actions.undo.setEnabled)
        stack.canRedoChanged.connect(self.menu_actions.redo.setEnabled)
        stack.undoTextChanged.connect(self._set_undo_text)
        stack.redoTextChanged.connect(self._set_redo_text)
        self.menu_actions.undo.setEnabled(stack.canUndo())
        self.menu_actions.redo.setEnabled(stack.canRedo())
        controller.changed.connect(self._sync)
        controller.selection_changed.connect(self._on_selection)
        controller.error.connect(lambda text: self.add_banner(MessageBanner(text, "error")))
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Back from suspend or another window: the date may have changed meanwhile.
            app.applicationStateChanged.connect(lambda _state: controller.check_today())

        if demo:
            self.add_banner(
                MessageBanner(
                    self.tr(
                        "This is a sample family in a temporary store: explore and edit freely; "
                        "nothing is kept when you quit."
                    ),
                    "info",
                )
            )
        self._restore_geometry()
        self._sync()
        self._on_selection(controller.selected_id())

    def _handlers(self) -> dict[str, object]:
        return {
            "import_backup": self._import_backup,
            "restore": self._restore,
            "export_backup": lambda: export_backup(self.controller, self),
            "export_calendar": self.export_calendar,
            "quit": self.close,
            "undo": self.controller.undo,
            "redo": self.controller.redo,
            "add_person": self.sidebar.add_person,
            "rename_person": self.sidebar.rename_person,
            "remove_person": self.sidebar.remove_person,
            "preferences": self.open_preferences,
            "show_tab": self._show_tab,
            "rules": lambda: help_dialogs.show_rules(self.controller.ruleset(), self),
            "not_legal_advice": lambda: help_dialogs.show_not_legal_advice(self),
            "about": lambda: help_dialogs.show_about(self._data_dir, self),
        }

    # -- the contract: banners and "open at this deadline" ---------------------------------
    def add_banner(self, widget: QWidget) -> None:
        """Show `widget` in the banner area above everything; it leaves when it is deleted."""
        self._banners.addWidget(BannerSlot(widget, self.banner_area))

    def banners(self) -> list[QWidget]:
        """The banners shown now (one deleted a moment ago is not listed)."""
        slots = self.banner_area.findChildren(BannerSlot)
        return [slot.banner for slot in slots if isValid(slot.banner)]

    def show_deadline(self, person_id: str, key: str) -> bool:
        """Select `person_id` and focus the Overview row of Deadline.key (False if absent)."""
        if self.controller.find_person(person_id) is None:
            return False
        self.controller.select(person_id)
        self.showNormal() if self.isMinimized() else self.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # no stacking there
            self.raise_()
            self.activateWindow()
        return self.person_view.show_deadline(key)

    # -- keeping the view in step with the data -------------------------------------------
    def _most_urgent_person(self) -> str | None:
        people = self.controller.people()
        ranked = [
            (sort_key(row), p.id)
            for p in people
            if (row := next_deadline(self.controller.deadlines(p))) is not None
        ]
        if ranked:
            return min(ranked)[1]
        return people[0].id if people else None

    def _sync(self) -> None:
        people = self.controller.people()
        page = self.splitter if people else self.first_start
        if page is self.first_start and self.pages.currentWidget() is not page:
            self.first_start.reset()  # the last person was removed: start afresh
        self.pages.setCurrentWidget(page)
        if people and self.controller.find_person(self.controller.selected_id()) is None:
            self.controller.select(self._most_urgent_person())
        self._update_actions()

    def _on_selection(self, person_id: object) -> None:
        person = self.controller.find_person(person_id if isinstance(person_id, str) else None)
        self.person_view.set_person(person)
        self._update_actions()

    def _set_undo_text(self, text: str) -> None:
        self.menu_actions.undo.setText(
            self.tr("&Undo {}").format(text) if text else self.tr("&Undo")
        )

    def _set_redo_text(self, text: str) -> None:
        self.menu_actions.redo.setText(
            self.tr("&Redo {}").format(text) if text else self.tr("&Redo")
        )

    def _update_actions(self) -> None:
        a = self.menu_actions
        selected = self.controller.find_person(self.controller.selected_id()) is not None
        a.rename_person.setEnabled(selected)
        a.remove_person.setEnabled(selected)
        for action in a.show_tabs:
            action.setEnabled(selected)

    def _show_tab(self, index: int) -> None:
        if self.pages.currentWidget() is self.splitter:
            self.person_view.tabs.setCurrentIndex(index)

    # -- menu actions ---------------------------------------------------------------------
    def _restore(self) -> None:
        from permit_tracker.ui.restore_dialog import open_restore_dialog, restored_text

        result = open_restore_dialog(self.controller, self)
        if result is not None:
            self.add_banner(MessageBanner(restored_text(result), "info"))

    def _import_backup(self) -> None:
        summary = import_backup(self.controller, self)
        if summary:
            self.add_banner(MessageBanner(summary, "info"))

    def export_calendar(self) -> None:
        from permit_tracker.ui.calendar_export_dialog import CalendarExportDialog

        CalendarExportDialog(self.controller.store, self.controller.today(), self).exec()

    def open_preferences(self) -> None:
        PreferencesDialog(self.controller, self).exec()

    # -- geometry -------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = self.controller.setting(GEOMETRY_KEY)
        if isinstance(saved, str) and self.restoreGeometry(QByteArray.fromBase64(saved.encode())):
            return
        self.resize(1120, 740)

    def closeEvent(self, event: QCloseEvent) -> None:
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.controller.set_setting(GEOMETRY_KEY, geometry)
        super().closeEvent(event)
