"""A whole GUI session for the no-network tests: run in-process by tests/test_no_network.py,
or as a script (`python tests/no_network_session.py OUT_DIR`) under strace.

The real start path (`run_gui --demo`: single-instance channel, store, window, reminders,
tray), then every tab, an edit with undo and redo, Preferences (with its Calendar tab),
File ▸ Export backup… and Export to calendar…, and quit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog


def gui_session(out_dir: Path) -> dict[str, object]:
    from permit_tracker.ui.calendar.calendar_export_dialog import CalendarExportDialog
    from permit_tracker.ui.preferences.preferences_caldav import CalendarPage
    from permit_tracker.ui.shell import main as gui_main
    from permit_tracker.ui.shell.desktop_app import DesktopApp
    from permit_tracker.ui.shell.main_window import MainWindow

    done: dict[str, object] = {}
    backup, calendar = out_dir / "backup.json", out_dir / "deadlines.ics"

    def act() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)),
                      None)  # fmt: skip
        desktop = window.findChild(DesktopApp) if window is not None else None
        # Shown first, filled after its paint, reminders and publishing after the filled one.
        if desktop is None or desktop.publisher is None:
            QTimer.singleShot(20, act)
            return
        try:
            controller = window.controller
            tabs = []
            for action in window.menu_actions.show_tabs:
                action.trigger()
                QApplication.processEvents()
                tabs.append(window.person_view.tabs.currentIndex())
            first = controller.people()[0]
            controller.rename(first.id, first.name + " Jr")
            controller.undo()
            controller.redo()
            original = QFileDialog.getSaveFileName
            QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(backup), ""))
            try:
                window.menu_actions.export_backup.trigger()
            finally:
                QFileDialog.getSaveFileName = original
            preferences = desktop.preferences_dialog()  # what Edit ▸ Preferences… opens
            calendar_tab = preferences.findChild(CalendarPage) is not None
            preferences.close()
            dialog = CalendarExportDialog(controller.store, controller.today(), window)
            dialog.path_edit.setText(str(calendar))
            dialog.export_button.click()
            dialog.close()
            done.update(
                tabs=tabs,
                people=[p.name for p in controller.people()],
                backup=backup.exists(),
                calendar=calendar.exists(),
                calendar_tab=calendar_tab,
                # Publishing is off: nothing of it may be loaded (it is opt-in).
                publishing_modules=sorted(
                    m
                    for m in sys.modules
                    if m.split(".")[0] in ("caldav", "keyring", "niquests")
                    or m
                    in ("permit_tracker.publish.caldav_sync", "permit_tracker.publish.password")
                ),
            )
        finally:
            QApplication.exit(0)

    QTimer.singleShot(0, act)
    done["code"] = gui_main.run_gui(data_dir=None, demo=True)
    return done


if __name__ == "__main__":
    from permit_tracker.ui.shell.application import Application

    app = Application(sys.argv[:1])
    print(json.dumps(gui_session(Path(sys.argv[1]))))
