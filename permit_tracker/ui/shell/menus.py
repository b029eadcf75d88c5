"""The window's actions and menus: File, Edit, View, Help, with standard shortcuts.

The menus are part of the window's first frame, their icons are not (menus are closed):
`build_menus(..., icons=False)` then `set_icons(actions)` once the window is up keeps the SVG
rendering off the start-up path (issue #7).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import NamedTuple

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

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


def build_menus(
    window: QMainWindow, handlers: dict[str, Callable[..., object]], icons: bool = True
) -> Actions:
    """Create the actions (wired to `handlers` by name) and the menu bar; with `icons=False`
    the icons wait for `set_icons`."""
    tr = window.tr
    h = handlers
    actions = Actions(
        import_backup=_action(
            window, tr("&Import backup…"), h["import_backup"], QKeySequence.StandardKey.Open
        ),
        export_backup=_action(
            window,
            tr("&Export backup…"),
            h["export_backup"],
            QKeySequence.StandardKey.SaveAs,
            "Ctrl+Shift+S",
        ),
        restore=_action(window, tr("&Restore…"), h["restore"]),
        export_calendar=_action(window, tr("Export to &calendar…"), h["export_calendar"], "Ctrl+E"),
        quit=_action(
            window,
            tr("&Quit"),
            h["quit"],
            QKeySequence.StandardKey.Quit,
            "Ctrl+Q",
            role=QAction.MenuRole.QuitRole,
        ),
        undo=_action(window, tr("&Undo"), h["undo"], QKeySequence.StandardKey.Undo),
        redo=_action(window, tr("&Redo"), h["redo"], QKeySequence.StandardKey.Redo, "Ctrl+Y"),
        add_person=_action(
            window,
            tr("&Add person…"),
            h["add_person"],
            QKeySequence.StandardKey.New,
        ),
        rename_person=_action(window, tr("Re&name person…"), h["rename_person"], "F2"),
        remove_person=_action(window, tr("Re&move person…"), h["remove_person"]),
        preferences=_action(
            window,
            tr("&Preferences…"),
            h["preferences"],
            QKeySequence.StandardKey.Preferences,
            "Ctrl+,",
            role=QAction.MenuRole.PreferencesRole,
        ),
        show_tabs=[],
        rules=_action(
            window,
            tr("&Rules and sources"),
            h["rules"],
            QKeySequence.StandardKey.HelpContents,
        ),
        not_legal_advice=_action(window, tr("&Not legal advice"), h["not_legal_advice"]),
        about=_action(
            window, tr("&About Permit Tracker"), h["about"], role=QAction.MenuRole.AboutRole
        ),
    )
    tab_names = (
        tr("&Overview"),
        tr("&Dates && permits"),
        tr("&Travel"),
        tr("D&ocuments"),
        tr("Time&line"),
        tr("&Journey"),
    )
    for i, name in enumerate(tab_names):
        actions.show_tabs.append(_action(window, name, partial(h["show_tab"], i), f"Ctrl+{i + 1}"))

    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addActions([actions.import_backup, actions.export_backup, actions.restore])
    file_menu.addSeparator()
    file_menu.addAction(actions.export_calendar)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu(tr("&Edit"))
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.add_person, actions.rename_person, actions.remove_person])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.preferences)
    view_menu = bar.addMenu(tr("&View"))
    view_menu.addActions(actions.show_tabs)
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addActions([actions.rules, actions.not_legal_advice])
    help_menu.addSeparator()
    help_menu.addAction(actions.about)
    if icons:
        set_icons(actions)
    return actions
