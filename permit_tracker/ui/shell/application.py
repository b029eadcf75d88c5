"""The QApplication subclass: names, icon, desktop id. (The parts of the running app are
connected by its owner, ui/shell/desktop_app.py, not through signals here.)"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from permit_tracker import APP_ID, APP_NAME, __version__
from permit_tracker.ui.widgets.icons import app_icon


class Application(QApplication):
    def __init__(self, argv: Sequence[str] | None = None) -> None:
        super().__init__(list(argv) if argv is not None else [])
        self.setOrganizationName(APP_NAME)
        self.setOrganizationDomain("permittracker.be")
        self.setApplicationName(APP_NAME)
        self.setApplicationDisplayName(APP_NAME)
        self.setApplicationVersion(__version__)
        self.setDesktopFileName(APP_ID)
        self.setWindowIcon(app_icon())
