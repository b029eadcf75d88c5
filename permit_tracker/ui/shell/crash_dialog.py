"""Bugs go to a dialog, not to a dead window.

`install_excepthook(app)` replaces `sys.excepthook` (and `threading.excepthook`). PySide6
hands an exception raised in a slot or an overridden virtual method to `sys.excepthook` and
then carries on, so the app keeps running: the dialog shows the report, offers to copy it,
and says what is safe. Every saved edit is one transaction (the store) pushed on the undo
stack only after it was written (the controller), so a bug in a slot that runs after a save
cannot undo it, and a bug before the save leaves nothing half-written; the dialog tells the
user to check the change they were making.

One dialog at a time: a bug that repeats (in a paint event, say) adds to the open report
instead of opening a dialog per occurrence, and the dialog is not modal, so no nested event
loop runs inside the failing code.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from permit_tracker import APP_NAME, __version__

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
MAX_REPORTS = 20  # a bug that fires on every repaint must not grow the report forever


def format_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """The traceback with the versions a bug report needs."""
    lines = "".join(traceback.format_exception(kind, value, tb)).rstrip()
    versions = (
        f"{APP_NAME} {__version__}; Python {platform.python_version()}; "
        f"PySide6 {pyside_version} (Qt {qVersion()}); {platform.platform()}"
    )
    return f"{versions}\n\n{lines}\n"


class CrashDialog(QDialog):
    """The report of one bug (and of any that follow while it is open)."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{} ran into a bug").format(APP_NAME))
        self.setObjectName("crash_dialog")
        self.reports = [report]
        self.explanation = QLabel(
            self.tr(
                "Something went wrong inside {app}. You can keep working.\n\n"
                "Everything saved before this is safe: each change is saved whole or not at "
                "all. The change you were making when this happened may not have been saved: "
                "please check it.\n\n"
                "To report this bug, copy the report below into your message. Read it "
                "first: an error message may quote a name or a date from your records."
            ).format(app=APP_NAME),
            self,
        )
        self.explanation.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(self.tr("Bug report"))
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Copy report"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        self.copied = QLabel(self)
        self.copied.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self._refresh()

    def add_report(self, report: str) -> None:
        if len(self.reports) < MAX_REPORTS:
            self.reports.append(report)
        elif len(self.reports) == MAX_REPORTS:  # said once, after the last report kept
            self.reports.append(self.tr("… further errors were left out.") + "\n")
        self._refresh()

    def report_text(self) -> str:
        return "\n".join(self.reports)

    def copy_report(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.report_text())
        self.copied.setText(self.tr("The report is on the clipboard."))
        self.copied.show()

    def _refresh(self) -> None:
        self.details.setPlainText(self.report_text())
        count = len(self.reports)
        if count > 1:
            self.setWindowTitle(self.tr("{} ran into {} bugs").format(APP_NAME, count))


class _Reporter(QObject):
    """Lives in the GUI thread; a report emitted from any thread is shown there."""

    report = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self.report.connect(self.show_report, Qt.ConnectionType.QueuedConnection)

    def show_report(self, text: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_report(text)
            return
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        self.dialog = CrashDialog(text, parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # no stacking there
            self.dialog.raise_()
            self.dialog.activateWindow()

    def _forget(self) -> None:
        self.dialog = None


def install_excepthook(app: QApplication) -> Callable[[], None]:
    """Send uncaught exceptions to the crash dialog; returns a function that puts the
    previous hooks back (tests use it)."""
    reporter = _Reporter(app)
    previous_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            previous_hook(kind, value, tb)
            return
        text = format_report(kind, value, tb)
        print(text, file=sys.stderr)  # a terminal or a log file keeps it too
        try:
            if threading.current_thread() is threading.main_thread():
                reporter.show_report(text)  # now: a queued call might never run
            else:
                reporter.report.emit(text)
        except Exception:  # the dialog itself failed: the report is on stderr already
            log.exception("could not show the crash dialog")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def uninstall() -> None:
        global _reporter
        sys.excepthook = previous_hook
        threading.excepthook = previous_thread_hook
        if _reporter is reporter:
            _reporter = None
        reporter.deleteLater()

    global _reporter
    _reporter = reporter
    return uninstall


_reporter: _Reporter | None = None


def current_dialog() -> CrashDialog | None:
    """The open crash dialog, if any."""
    return _reporter.dialog if _reporter is not None else None
