"""`permit-tracker` with no command: open the store, show the window, run the event loop."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from permit_tracker import APP_NAME, paths

if TYPE_CHECKING:
    from permit_tracker.ui.controller import Controller
    from permit_tracker.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("main", text)


def _install_crash_dialog() -> None:
    """A bug (not an environment error) goes to the crash dialog; the app keeps running."""
    from permit_tracker.ui.crash_dialog import install_excepthook

    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_excepthook(app)


def _after_paint(window: MainWindow, controller: Controller, directory: Path, demo: bool) -> None:
    """What can wait until the window is on screen: reminders, tray, the live calendar."""
    from permit_tracker.ui import live_calendar
    from permit_tracker.ui.reminders_wiring import install

    install(window, directory, demo)
    live_calendar.install(controller)


def run_gui(data_dir: str | None, demo: bool) -> int:
    """Start the desktop app on `data_dir` (or the default), or on the demo family."""
    from permit_tracker.ui.application import Application

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else Application(sys.argv[:1])
    demo_dir = tempfile.TemporaryDirectory(prefix="permit-tracker-demo-") if demo else None
    try:
        directory = Path(demo_dir.name) if demo_dir else paths.data_dir(data_dir)
        return _run(app, directory, demo)
    finally:
        if demo_dir is not None:
            demo_dir.cleanup()


def _run(app: QApplication, directory: Path, demo: bool) -> int:
    from permit_tracker.storage import Store, StoreError
    from permit_tracker.ui.controller import Controller
    from permit_tracker.ui.main_window import MainWindow
    from permit_tracker.ui.reminders_wiring import claim_instance, current_instance
    from permit_tracker.ui.startup_probe import after_first_paint, watch_first_paint

    if not claim_instance(directory):  # already running on this data dir: it was raised
        return 0
    try:
        from permit_tracker.storage.health import check_and_quarantine
        from permit_tracker.ui.restore_dialog import offer_restore_after_corruption

        report = check_and_quarantine(directory)  # a damaged file is moved aside, never lost
        if report.quarantined:
            offer_restore_after_corruption(report, None)
        store = Store.open(directory)
        if demo:
            from permit_tracker.demo import demo_people

            store.save_people(demo_people(date.today()))
    except StoreError as exc:
        QMessageBox.critical(
            None, APP_NAME, _tr("{} cannot open its data.\n\n{}").format(APP_NAME, exc)
        )
        return 1
    _install_crash_dialog()
    try:
        controller = Controller(store)
        data_changed = getattr(app, "data_changed", None)
        if data_changed is not None:
            controller.changed.connect(data_changed)
        window = MainWindow(controller, data_dir=directory, demo=demo)
        # After the first paint: zero timers queued here would run before it (issue #7).
        after_first_paint(window, lambda: _after_paint(window, controller, directory, demo))
        watch_first_paint(window)
        window.show()
        code = app.exec()
        # Leave nothing running on the store (timers, tray, the instance lock) when the
        # loop ends: the process may go on, as in tests, or a demo dir is removed next.
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return code
    finally:
        instance = current_instance()
        if instance is not None:
            instance.release()
        store.close()
