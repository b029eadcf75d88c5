"""The main window: banners on top, then either the first-start page (nobody recorded yet)
or the people sidebar beside the selected person's headline and tabs.

It is built in two steps so that a start paints at once. `MainWindow(None, ...)`
is the shell: title, menus, banner area and the loading page (ui/shell/loading_page.py), from Qt
alone, so it can be shown before the store, SQLAlchemy, the engine or any tab is imported.
`attach(controller)` then fills it in place. `MainWindow(controller)` does both at once.

What concerns the whole app rather than this window (File ▸ Quit, Edit ▸ Preferences…) is
asked for with a signal: the app's owner (ui/shell/desktop_app.py) answers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from permit_tracker import APP_NAME
from permit_tracker.setting_keys import GEOMETRY_KEY
from permit_tracker.ui.shell.after_paint import after_next_paint
from permit_tracker.ui.shell.loading_page import SIDEBAR_WIDTH, LoadingPage
from permit_tracker.ui.shell.menus import Actions, build_menus, set_icons
from permit_tracker.ui.widgets.wheel_guard import install_wheel_guard

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QSplitter

    from permit_tracker.ui.people.person_view import PersonView
    from permit_tracker.ui.people.sidebar import Sidebar
    from permit_tracker.ui.shell.controller import Controller
    from permit_tracker.ui.shell.first_start import FirstStartPage


def _help() -> ModuleType:
    from permit_tracker.ui.shell import help_dialogs

    return help_dialogs


class MainWindow(QMainWindow):
    loaded = Signal()  # attach() is done: the window shows the data
    quit_requested = Signal()  # File ▸ Quit: the app, not only this window (the tray stays)
    preferences_requested = Signal()  # Edit ▸ Preferences…, with the app's own sections

    # Set by attach(); the shell has none of them yet.
    controller: Controller
    sidebar: Sidebar
    person_view: PersonView
    splitter: QSplitter

    def __init__(
        self,
        controller: Controller | None = None,
        *,
        data_dir: Path | None = None,
        demo: bool = False,
        geometry: object = None,
        parent: QWidget | None = None,
    ) -> None:
        """The shell, filled at once when `controller` is given. `geometry` is the saved
        GEOMETRY_KEY setting, for a shell that is shown before the store is open."""
        super().__init__(parent)
        self._data_dir = data_dir
        self._demo = demo
        self._loaded = False
        self._first_start: FirstStartPage | None = None  # see first_start
        self._set_title()
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
        self._loading: LoadingPage | None = LoadingPage(self.pages)
        self.pages.addWidget(self._loading)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.menu_actions: Actions = build_menus(self, self._handlers(), icons=False)
        for action in self._data_actions():
            action.setEnabled(False)  # until there is data to act on
        if demo:
            from permit_tracker.ui.widgets.message_banner import MessageBanner

            self.add_banner(
                MessageBanner(
                    self.tr(
                        "This is a sample family in a temporary store: explore and edit freely; "
                        "nothing is kept when you quit."
                    ),
                    "info",
                )
            )
        if controller is not None:
            self.attach(controller)
        else:
            self._restore_geometry(geometry)

    def _set_title(self) -> None:
        self.setWindowTitle(
            self.tr("{} — sample family").format(APP_NAME) if self._demo else APP_NAME
        )

    def _data_actions(self) -> list[QAction]:
        a = self.menu_actions
        return [
            a.import_backup, a.export_backup, a.restore, a.export_calendar, a.undo, a.redo,
            a.add_person, a.rename_person, a.remove_person, a.preferences, *a.show_tabs, a.rules,
        ]  # fmt: skip

    def is_loaded(self) -> bool:
        """True once attach() has filled the window."""
        return self._loaded

    def attach(self, controller: Controller, *, lazy_tabs: bool = False) -> None:
        """Fill the shell: the first-start page or the sidebar and the person's tabs (with
        `lazy_tabs`, only the Overview at once: see ui/people/person_view.py)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSplitter

        from permit_tracker.ui.shell.translation import sync_domain_language
        from permit_tracker.ui.widgets.message_banner import MessageBanner

        assert not self._loaded, "attach() once"
        # Every spin box of every screen takes the wheel only focused: installed once the
        # filled window has painted, not with the shell. An application-wide filter in Python
        # makes every event cross into Python (≈ 540 before the first paint, ≈ 1,900 more
        # before the data shows, ≈ 0.9× a bare window's start); the shell and the Overview
        # have no spin box, and the guard sets those polished before it (install_wheel_guard).
        after_next_paint(self, install_wheel_guard)
        sync_domain_language()  # deadline texts in the window's language (deferred at start)
        self.controller = controller
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.pages)
        self._build_people_pages(lazy_tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([SIDEBAR_WIDTH, 900])
        self.splitter.setCollapsible(1, False)
        self.pages.addWidget(self.splitter)

        set_icons(self.menu_actions)
        for action in self._data_actions():
            action.setEnabled(True)
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

        if not self.isVisible():  # a shell shown before the store opened keeps its size
            self._restore_geometry(controller.setting(GEOMETRY_KEY))
        before = controller.selected_id()
        self._sync()
        if controller.selected_id() == before:  # no selection_changed: show the selection now
            self._on_selection(before)
        if self._loading is not None:
            self.pages.removeWidget(self._loading)
            self._loading.deleteLater()
            self._loading = None
        if self.isVisible() and self.focusWidget() is None:
            self.focusNextChild()  # what showing a filled window does: the first in tab order
        self._loaded = True
        self.loaded.emit()

    @property
    def first_start(self) -> FirstStartPage:
        """The page shown while the store holds nobody, built when first needed: a store with
        people never shows it, and building it costs ≈ 30 ms of the start."""
        if self._first_start is None:
            from permit_tracker.ui.shell.first_start import FirstStartPage

            self._first_start = FirstStartPage(self.controller, self.pages)
            self.pages.addWidget(self._first_start)
        return self._first_start

    def _build_people_pages(self, lazy_tabs: bool) -> None:
        """The sidebar and the person view, into the splitter (at attach, and again in another
        language)."""
        from permit_tracker.ui.people.person_view import PersonView
        from permit_tracker.ui.people.sidebar import Sidebar

        self.sidebar = Sidebar(self.controller, self.splitter)
        self.person_view = PersonView(self.controller, self.splitter, lazy=lazy_tabs)
        self.splitter.insertWidget(0, self.sidebar)
        self.splitter.insertWidget(1, self.person_view)

    def apply_language(self, lang: str) -> None:
        """Show the window in `lang` (one of permit_tracker.i18n.language.LANGUAGES, or
        "system") at once: Qt's translators and QLocale are switched, the menus re-worded in
        place (the same actions: what is wired to them stays), and the first-start page, the
        sidebar and the person view rebuilt, keeping the selected person, the current tab, the
        Overview's selected deadline and "Show done", the splitter and the window's geometry.
        Banners already shown keep their words.

        Rebuilt rather than re-worded widget by widget: every text set in code (tab titles,
        headers, tooltips, rendered deadlines) comes out in the new language without each
        widget keeping a list of what to re-set, and a page costs ≈ 50-150 ms to build."""
        from permit_tracker.ui.shell.menus import retranslate_menus
        from permit_tracker.ui.shell.translation import install_language, resolve_language

        install_language(resolve_language(lang))
        self._set_title()
        retranslate_menus(self, self.menu_actions)
        if not self._loaded:  # the shell: menus and title are all it shows
            return
        stack = self.controller.undo_stack
        self._set_undo_text(stack.undoText())
        self._set_redo_text(stack.redoText())
        tab = self.person_view.tabs.currentIndex()
        overview = self.person_view.overview
        show_done, key = overview.show_done.isChecked(), overview.selected_key()
        sizes = self.splitter.sizes()
        showing_people = self.pages.currentWidget() is self.splitter
        focus = self.focusWidget()
        focus_in_pages = focus is not None and self.pages.isAncestorOf(focus)
        old = [self.sidebar, self.person_view]
        if self._first_start is not None:
            old.append(self._first_start)
            self._first_start = None  # built again, in the new language, when shown
        for widget in old:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self._build_people_pages(lazy_tabs=True)
        self.splitter.setSizes(sizes)
        self.pages.setCurrentWidget(self.splitter if showing_people else self.first_start)
        self._on_selection(self.controller.selected_id())
        self.person_view.overview.show_done.setChecked(show_done)
        if key is not None:
            self.person_view.overview.select_key(key)
        self.person_view.tabs.setCurrentIndex(tab)
        if focus_in_pages:
            self.person_view.tabs.setFocus() if showing_people else self.first_start.setFocus()

    def _handlers(self) -> dict[str, Callable[..., object]]:
        # Late-bound: the shell's actions exist before the controller and the sidebar do
        # (they stay disabled until attach()).
        return {
            "import_backup": self._import_backup,
            "restore": self._restore,
            "export_backup": self._export_backup,
            "export_calendar": self.export_calendar,
            "quit": self.quit_requested.emit,
            "undo": lambda: self.controller.undo(),
            "redo": lambda: self.controller.redo(),
            "add_person": lambda: self.sidebar.add_person(),
            "rename_person": lambda: self.sidebar.rename_person(),
            "remove_person": lambda: self.sidebar.remove_person(),
            "preferences": self.preferences_requested.emit,
            "show_tab": self._show_tab,
            "rules": lambda: _help().show_rules(self.controller.ruleset(), self),
            "not_legal_advice": lambda: _help().show_not_legal_advice(self),
            "about": lambda: _help().show_about(self._data_dir, self),
        }

    # -- the contract: banners and "open at this deadline" ---------------------------------
    def add_banner(self, widget: QWidget) -> None:
        """Show `widget` in the banner area above everything; it leaves when it is deleted."""
        from permit_tracker.ui.widgets.message_banner import BannerSlot

        self._banners.addWidget(BannerSlot(widget, self.banner_area))

    def banners(self) -> list[QWidget]:
        """The banners shown now (one deleted a moment ago is not listed)."""
        from permit_tracker.ui.widgets.message_banner import BannerSlot

        slots = self.banner_area.findChildren(BannerSlot)
        return [slot.banner for slot in slots if isValid(slot.banner)]

    def show_deadline(self, person_id: str, key: str) -> bool:
        """Select `person_id` and focus the Overview row of Deadline.key (False if absent)."""
        if not self._loaded or self.controller.find_person(person_id) is None:
            return False
        self.controller.select(person_id)
        self.showNormal() if self.isMinimized() else self.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # no stacking there
            self.raise_()
            self.activateWindow()
        return self.person_view.show_deadline(key)

    # -- keeping the view in step with the data -------------------------------------------
    def _most_urgent_person(self) -> str | None:
        from permit_tracker.domain.deadlines import next_deadline, sort_key

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
        if page is not self.splitter and self.pages.currentWidget() is not page:
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
        if self._loaded and self.pages.currentWidget() is self.splitter:
            self.person_view.tabs.setCurrentIndex(index)

    # -- menu actions ---------------------------------------------------------------------
    def _restore(self) -> None:
        from permit_tracker.ui.backup.restore_dialog import open_restore_dialog, restored_text
        from permit_tracker.ui.widgets.message_banner import MessageBanner

        result = open_restore_dialog(self.controller, self)
        if result is not None:
            self.add_banner(MessageBanner(restored_text(result), "info"))

    def _import_backup(self) -> None:
        from permit_tracker.ui.backup.backup_actions import import_backup
        from permit_tracker.ui.widgets.message_banner import MessageBanner

        summary = import_backup(self.controller, self)
        if summary:
            self.add_banner(MessageBanner(summary, "info"))

    def _export_backup(self) -> None:
        from permit_tracker.ui.backup.backup_actions import export_backup

        export_backup(self.controller, self)

    def export_calendar(self) -> None:
        from permit_tracker.ui.calendar.calendar_export_dialog import (
            CalendarExportDialog,
            confirm_export,
        )

        dialog = CalendarExportDialog(self.controller.store, self.controller.today(), self)
        if dialog.exec() and dialog.exported is not None:
            confirm_export(self, dialog.exported, dialog.live_box.isChecked())

    # -- geometry -------------------------------------------------------------------------
    def _restore_geometry(self, saved: object) -> None:
        if isinstance(saved, str) and self.restoreGeometry(QByteArray.fromBase64(saved.encode())):
            return
        self.resize(1120, 740)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._loaded:  # a shell closed before the store opened has nothing to save
            geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            self.controller.set_setting(GEOMETRY_KEY, geometry)
        super().closeEvent(event)
