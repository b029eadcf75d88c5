"""`permit-tracker` with no command: show the window, then open the store and fill it.

Start-up order (the first paint comes first, what can wait comes after):
1. `Application`, and the single-instance claim (a second launch raises the first, exits 0);
2. the window shell (title, menus, the loading page) at its saved size, shown and painted:
   nothing of storage, SQLAlchemy, the engine or the tabs is imported for it;
3. after that first paint: the health check (a damaged file is set aside, a restore offered),
   the store, the controller, and the window filled in place (`MainWindow.attach`), with
   only the tab it shows built (the Overview);
4. after the filled window paints: reminders, the tray and the live calendar file; the
   other tabs are built when first shown.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from permit_tracker.ui.shell.import_hook import spare_import_hook

spare_import_hook()  # before anything else is imported: see the module

from permit_tracker import APP_NAME, paths  # noqa: E402
from permit_tracker.ui.shell.after_paint import after_next_paint  # noqa: E402

if TYPE_CHECKING:
    from permit_tracker.storage.store import Store
    from permit_tracker.ui.shell.desktop_app import DesktopApp
    from permit_tracker.ui.shell.main_window import MainWindow


# For benchmarks/bench_startup.py: with this set to 1, the app prints `filled <epoch seconds>`
# once the window shows the data (step 4 below) and quits.
ENV_EXIT_AFTER_FILL = "PERMIT_TRACKER_EXIT_AFTER_FILL"
FILLED_MARKER = "filled"


def _install_crash_dialog() -> None:
    """A bug (not an environment error) goes to the crash dialog; the app keeps running."""
    from permit_tracker.ui.shell.crash_dialog import install_excepthook

    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_excepthook(app)


def _forget_sources() -> None:
    """Drop source text left in linecache (a traceback reads the lines it needs again).

    PySide6's import hook used to leave the whole source of SQLAlchemy and the app there
    (≈ 8 MB); `ui/shell/import_hook.py` now keeps it from being read, and this drops whatever else
    was (e.g. a third-party module PySide6 still checks its own way)."""
    import linecache

    linecache.clearcache()


def _after_paint(desktop: DesktopApp) -> None:
    """What can wait until the window shows the data: reminders, tray, the live calendar,
    CalDAV publishing. (The tabs not shown are built when first shown: ui/people/person_view.py.)"""
    if os.environ.get(ENV_EXIT_AFTER_FILL) == "1":
        print(f"{FILLED_MARKER} {time.time():.6f}", flush=True)
        QApplication.exit(0)
        return
    desktop.start_services()
    _forget_sources()


class _Loader:
    """Step 3 of the start: open the store and fill the window, once it has painted.

    Runs inside the event loop, so what it cannot handle ends the loop and is kept here:
    run_gui returns `code` or re-raises `failure`, as when all this ran before the loop."""

    def __init__(self, app: QApplication, desktop: DesktopApp, directory: Path, demo: bool):
        self.app, self.desktop, self.directory, self.demo = app, desktop, directory, demo
        self.window = desktop.window
        self.store: Store | None = None
        self.failure: BaseException | None = None

    def load(self) -> None:
        try:
            self._load()
        except BaseException as exc:  # re-raised by run_gui, once out of the loop
            self.failure = exc
            self.app.exit(1)

    def _set_aside_and_offer_restore(self) -> bool:
        """The file failed its check: move it aside (never deleted) and offer the newest
        good backup. False when it was not moved."""
        from permit_tracker.storage.health import check_and_quarantine
        from permit_tracker.ui.backup.restore_dialog import offer_restore_after_corruption

        report = check_and_quarantine(self.directory)
        if report.quarantined:
            offer_restore_after_corruption(report, self.window)
        return report.quarantined

    def _load(self) -> None:
        from permit_tracker.console import configure_logging
        from permit_tracker.storage import CorruptDatabaseError, Store, StoreError

        configure_logging()  # warnings on stderr as `permit-tracker: warning: ...` lines
        from permit_tracker.ui.shell.single_instance import current_instance

        instance = current_instance()
        if instance is not None:
            instance.listen()

        try:
            try:
                self.store = Store.open(self.directory)  # checks the file (quick_check)
            except CorruptDatabaseError:
                if not self._set_aside_and_offer_restore():
                    raise  # sound but foreign, or could not be moved: refused as it was
                self.store = Store.open(self.directory)
            if self.demo:
                from permit_tracker.demo import demo_people

                self.store.save_people(demo_people(date.today()))
        except StoreError as exc:
            from permit_tracker.ui.widgets.messages import critical

            text = QCoreApplication.translate(
                "MainWindow", "{} cannot open its data.\n\n{}"
            ).format(APP_NAME, exc)
            critical(self.window, APP_NAME, text)
            self.app.exit(1)
            return
        _install_crash_dialog()
        from permit_tracker.ui.shell.controller import Controller

        controller = Controller(self.store)
        _forget_sources()  # SQLAlchemy's: the window's widgets reuse the memory
        desktop = self.desktop
        desktop.attach(controller, lazy_tabs=True)  # the tabs not shown: after the paint
        _show_damage(self.window, self.store)
        after_next_paint(self.window, lambda: _after_paint(desktop))


def _show_damage(window: MainWindow, store: Store) -> None:
    """Name the stored values that cannot be read: the window shows the rest,
    and these as unknown."""
    from permit_tracker.storage.damage import summary
    from permit_tracker.storage.errors import StoreError

    try:
        damage = store.damage()
    except StoreError:  # busy for a moment: the data shown is not at stake
        return
    if not damage:
        return
    from permit_tracker.ui.widgets.message_banner import MessageBanner

    # The first sentence names the first value: a long banner shows only that until "More".
    lines = summary(damage)
    if len(damage) == 1:
        lead = QCoreApplication.translate(
            "MainWindow", "A saved value cannot be read and is shown as unknown: {}."
        ).format(lines[0])
    else:
        lead = QCoreApplication.translate(
            "MainWindow", "{} saved values cannot be read and are shown as unknown, the first: {}."
        ).format(len(damage), lines[0])
    advice = QCoreApplication.translate(
        "MainWindow", "Enter them again to repair them; export a backup to keep everything else."
    )
    window.add_banner(MessageBanner("\n".join([f"{lead} {advice}", *lines[1:]]), "warning"))


def run_gui(data_dir: str | None, demo: bool) -> int:
    """Start the desktop app on `data_dir` (or the default), or on the demo family.

    What stops the start before a window can do anything (an empty --data-dir, a data
    folder that is a file or cannot be made, a database that is a link...) is found first,
    without Qt: it is shown in a dialog, or, with no display to show one on, as one line on
    stderr instead of Qt's own abort about the xcb platform plugin."""
    existing = QApplication.instance()
    directory: Path | None = None
    problem: str | None = None
    if not demo:
        directory, problem = _data_dir_problem(data_dir)
    if not isinstance(existing, QApplication) and not _display_available():
        _say(problem or _no_display())
        return 1
    from permit_tracker.ui.shell.application import Application

    app = existing if isinstance(existing, QApplication) else Application(sys.argv[:1])
    if problem is not None or (directory is None and not demo):
        from permit_tracker.ui.shell.data_dir_text import data_dir_problem_text
        from permit_tracker.ui.shell.translation import install_language, resolve_language
        from permit_tracker.ui.widgets.messages import critical

        # No store to read the saved language from: the system's, and the reason in it.
        install_language(resolve_language(None), domain=False)
        critical(
            None,
            APP_NAME,
            QCoreApplication.translate("MainWindow", "{} cannot open its data.\n\n{}").format(
                APP_NAME, data_dir_problem_text(data_dir) or problem
            ),
        )
        return 1
    if directory is not None:
        return _run(app, directory, demo)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="permit-tracker-demo-") as demo_dir:
        return _run(app, Path(demo_dir), demo)


def _data_dir_problem(data_dir: str | None) -> tuple[Path | None, str | None]:
    """The data folder, made if needed (0700), or why it cannot be used."""
    try:
        directory = paths.data_dir(data_dir)
        paths.ensure_private_dir(directory)
    except paths.DataDirError as exc:
        return None, str(exc)
    return directory, paths.location_problem(directory)


def _display_available() -> bool:
    """False only where it is sure: a Linux/BSD session with neither X11 nor Wayland and no
    QT_QPA_PLATFORM chosen (offscreen, vnc...)."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("darwin", "win32", "cygwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _no_display() -> str:
    return (
        "no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "the commands work without one: permit-tracker --help"
    )


def _say(text: str) -> None:
    from permit_tracker.console import one_line

    with contextlib.suppress(OSError, ValueError, AttributeError):  # stderr closed
        print(f"permit-tracker: error: {one_line(text)}", file=sys.stderr, flush=True)


def _install_language(directory: Path) -> None:
    """The saved language (or the system's) before the first widget is made, so the first
    paint is already in it."""
    from permit_tracker.setting_keys import LANGUAGE_KEY
    from permit_tracker.storage.peek import peek_text_setting
    from permit_tracker.ui.shell.translation import install_language, resolve_language

    # The domain's sentences (gettext) follow in MainWindow.attach, after the first paint.
    install_language(resolve_language(peek_text_setting(directory, LANGUAGE_KEY)), domain=False)


def _run(app: QApplication, directory: Path, demo: bool) -> int:
    from permit_tracker.setting_keys import GEOMETRY_KEY
    from permit_tracker.storage.peek import peek_text_setting
    from permit_tracker.ui.shell.desktop_app import DesktopApp
    from permit_tracker.ui.shell.main_window import MainWindow
    from permit_tracker.ui.shell.single_instance import claim_instance, current_instance
    from permit_tracker.ui.shell.startup_probe import after_first_paint, watch_first_paint

    # The lock now, the channel for a second launch after the first paint (it needs QtNetwork).
    if not claim_instance(directory, listen=False):  # already running here: it was raised
        return 0
    loader: _Loader | None = None
    try:
        _install_language(directory)
        window = MainWindow(
            None, data_dir=directory, demo=demo, geometry=peek_text_setting(directory, GEOMETRY_KEY)
        )
        loader = _Loader(app, DesktopApp(window, directory, demo), directory, demo)
        after_first_paint(window, loader.load)
        watch_first_paint(window)
        window.show()
        code = app.exec()
        # Leave nothing running on the store (timers, tray, the instance lock) when the
        # loop ends: the process may go on, as in tests, or a demo dir is removed next.
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if loader.failure is not None:
            raise loader.failure
        return code
    finally:
        instance = current_instance()
        if instance is not None:
            instance.release()
        if loader is not None and loader.store is not None:
            loader.store.close()
