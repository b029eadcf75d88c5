"""The window's actions and menus: File, Edit, View, Help, with standard shortcuts.

The menus are part of the window's first frame, their icons are not (menus are closed):
`build_menus(..., icons=False)` then `set_icons(actions)` once the window is up keeps the SVG
rendering off the start-up path.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

# The actions that have an icon: Actions field -> resources/icons/<name>.svg.
ICONS = {
    "export_calendar": "calendar",
    "add_person": "add",
    "rename_person": "rename",
    "remove_person": "remove",
    "rules": "help",
}


class Actions(NamedTuple):
    """The window's actions by name. (A NamedTuple: the dataclasses module alone costs
    ≈ 2.5 ms to import, and the menus are built before the first paint.)"""

    import_backup: QAction
    export_backup: QAction
    restore: QAction
    export_calendar: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    add_person: QAction
    rename_person: QAction
    remove_person: QAction
    preferences: QAction
    show_tabs: list[QAction]
    rules: QAction
    not_legal_advice: QAction
    about: QAction


def _keys(*sequences: QKeySequence | QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """The platform's standard binding first, then fallbacks; no empty or repeated ones."""
    result: list[QKeySequence] = []
    for seq in sequences:
        keys = (
            QKeySequence.keyBindings(seq)
            if isinstance(seq, QKeySequence.StandardKey)
            else [QKeySequence(seq)]
        )
        for key in keys:
            if not key.isEmpty() and key not in result:
                result.append(key)
    return result


def _action(
    window: QMainWindow,
    text: str,
    slot: Callable[[], object],
    *keys: QKeySequence | QKeySequence.StandardKey | str,
    role: QAction.MenuRole = QAction.MenuRole.NoRole,
) -> QAction:
    action = QAction(text, window)
    action.setShortcuts(_keys(*keys))
    action.setMenuRole(role)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def set_icons(actions: Actions) -> None:
    """Give the actions listed in ICONS their icons."""
    from permit_tracker.ui.widgets.icons import icon

    for field, name in ICONS.items():
        action = getattr(actions, field)
        assert isinstance(action, QAction)
        action.setIcon(icon(name))


def action_texts() -> dict[str, str]:
    """Each action's text in the current language, by Actions field ("show_tab<i>" for the
    View menu's tabs): used to build the actions and to re-word them when the language
    changes. (Context "MainWindow": the texts are the window's, wherever they are built.)"""
    return {
        "import_backup": QCoreApplication.translate("MainWindow", "&Import backup…"),
        "export_backup": QCoreApplication.translate("MainWindow", "&Export backup…"),
        "restore": QCoreApplication.translate("MainWindow", "&Restore…"),
        "export_calendar": QCoreApplication.translate("MainWindow", "Export to &calendar…"),
        "quit": QCoreApplication.translate("MainWindow", "&Quit"),
        "undo": QCoreApplication.translate("MainWindow", "&Undo"),
        "redo": QCoreApplication.translate("MainWindow", "&Redo"),
        "add_person": QCoreApplication.translate("MainWindow", "&Add person…"),
        "rename_person": QCoreApplication.translate("MainWindow", "Re&name person…"),
        "remove_person": QCoreApplication.translate("MainWindow", "Re&move person…"),
        "preferences": QCoreApplication.translate("MainWindow", "&Preferences…"),
        "rules": QCoreApplication.translate("MainWindow", "&Rules and sources"),
        "not_legal_advice": QCoreApplication.translate("MainWindow", "&Not legal advice"),
        "about": QCoreApplication.translate("MainWindow", "&About Permit Tracker"),
        "show_tab0": QCoreApplication.translate("MainWindow", "&Overview"),
        "show_tab1": QCoreApplication.translate("MainWindow", "&Dates && permits"),
        "show_tab2": QCoreApplication.translate("MainWindow", "&Travel"),
        "show_tab3": QCoreApplication.translate("MainWindow", "D&ocuments"),
        "show_tab4": QCoreApplication.translate("MainWindow", "Time&line"),
        "show_tab5": QCoreApplication.translate("MainWindow", "&Journey"),
    }


def menu_titles() -> dict[str, str]:
    """The menu bar's titles in the current language, by the menus' object names."""
    return {
        "file_menu": QCoreApplication.translate("MainWindow", "&File"),
        "edit_menu": QCoreApplication.translate("MainWindow", "&Edit"),
        "view_menu": QCoreApplication.translate("MainWindow", "&View"),
        "help_menu": QCoreApplication.translate("MainWindow", "&Help"),
    }


TAB_COUNT = 6  # the View menu's show_tab0..5: the person view's tabs


def build_menus(
    window: QMainWindow, handlers: dict[str, Callable[..., object]], icons: bool = True
) -> Actions:
    """Create the actions (wired to `handlers` by name) and the menu bar; with `icons=False`
    the icons wait for `set_icons`."""
    h = handlers
    t = action_texts()
    actions = Actions(
        import_backup=_action(
            window, t["import_backup"], h["import_backup"], QKeySequence.StandardKey.Open
        ),
        export_backup=_action(
            window,
            t["export_backup"],
            h["export_backup"],
            QKeySequence.StandardKey.SaveAs,
            "Ctrl+Shift+S",
        ),
        restore=_action(window, t["restore"], h["restore"]),
        export_calendar=_action(window, t["export_calendar"], h["export_calendar"], "Ctrl+E"),
        quit=_action(
            window,
            t["quit"],
            h["quit"],
            QKeySequence.StandardKey.Quit,
            "Ctrl+Q",
            role=QAction.MenuRole.QuitRole,
        ),
        undo=_action(window, t["undo"], h["undo"], QKeySequence.StandardKey.Undo),
        redo=_action(window, t["redo"], h["redo"], QKeySequence.StandardKey.Redo, "Ctrl+Y"),
        add_person=_action(
            window,
            t["add_person"],
            h["add_person"],
            QKeySequence.StandardKey.New,
        ),
        rename_person=_action(window, t["rename_person"], h["rename_person"], "F2"),
        remove_person=_action(window, t["remove_person"], h["remove_person"]),
        preferences=_action(
            window,
            t["preferences"],
            h["preferences"],
            QKeySequence.StandardKey.Preferences,
            "Ctrl+,",
            role=QAction.MenuRole.PreferencesRole,
        ),
        show_tabs=[],
        rules=_action(
            window,
            t["rules"],
            h["rules"],
            QKeySequence.StandardKey.HelpContents,
        ),
        not_legal_advice=_action(window, t["not_legal_advice"], h["not_legal_advice"]),
        about=_action(window, t["about"], h["about"], role=QAction.MenuRole.AboutRole),
    )
    for i in range(TAB_COUNT):
        actions.show_tabs.append(
            _action(window, t[f"show_tab{i}"], partial(h["show_tab"], i), f"Ctrl+{i + 1}")
        )

    bar = window.menuBar()
    titles = menu_titles()
    menus = {}
    for name in ("file_menu", "edit_menu", "view_menu", "help_menu"):
        menus[name] = bar.addMenu(titles[name])
        menus[name].setObjectName(name)  # found again by retranslate_menus
    file_menu, edit_menu = menus["file_menu"], menus["edit_menu"]
    file_menu.addActions([actions.import_backup, actions.export_backup, actions.restore])
    file_menu.addSeparator()
    file_menu.addAction(actions.export_calendar)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.add_person, actions.rename_person, actions.remove_person])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.preferences)
    menus["view_menu"].addActions(actions.show_tabs)
    help_menu = menus["help_menu"]
    help_menu.addActions([actions.rules, actions.not_legal_advice])
    help_menu.addSeparator()
    help_menu.addAction(actions.about)
    if icons:
        set_icons(actions)
    return actions


def retranslate_menus(window: QMainWindow, actions: Actions) -> None:
    """Re-word the menus and actions in the current language. The actions stay the same
    objects: what others wired to them (the tray's Quit, the undo stack) keeps working."""
    texts = action_texts()
    for field in Actions._fields:
        if field != "show_tabs":
            action = getattr(actions, field)
            assert isinstance(action, QAction)
            action.setText(texts[field])
    for i, action in enumerate(actions.show_tabs):
        action.setText(texts[f"show_tab{i}"])
    for name, title in menu_titles().items():
        menu = window.menuBar().findChild(QMenu, name)
        if menu is not None:
            menu.setTitle(title)
