"""One app per data dir: a QLockFile in the data dir says who runs, a QLocalServer lets a
second launch ask the first to raise its window (then the second exits).

The lock is per data dir (a `--demo` store or another `--data-dir` may run beside it) and is
also what `permit-tracker remind` reads to leave reminders to the running app.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Final

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from permit_tracker import paths
from permit_tracker.reminders.instance import lock_path

RAISE: Final = b"raise\n"
CONNECT_TIMEOUT_MS: Final = 2000


def server_name(data_dir: Path) -> str:
    """A short name per user and data dir (a Unix socket path must stay under ~100 bytes;
    Qt puts it in the temp dir, on Windows it is a named pipe)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}:{Path(data_dir).resolve()}".encode()).hexdigest()
    return f"permit-tracker-{digest[:16]}"


class SingleInstance(QObject):
    raise_requested = Signal()  # a second launch asked for the window

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process is the one; False when another app holds the data dir.

        A lock left by a crashed app (its process is gone) is taken over: QLockFile checks
        the pid it recorded."""
        paths.ensure_private_dir(self.data_dir)
        lock = QLockFile(str(lock_path(self.data_dir)))
        lock.setStaleLockTime(0)  # held for the app's lifetime: stale only if its pid died
        if not lock.tryLock(100):
            return False
        self._lock = lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        if not server.listen(self.name):
            # Still the only instance (we hold the lock); a second launch just cannot
            # reach us, and says so.
            server.deleteLater()
            return True
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if RAISE.strip() in data:
            self.raise_requested.emit()
            socket.write(b"ok\n")
            socket.flush()

    def ask_running_to_raise(self, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
        """From a second launch: ask the running app to show its window. True when it
        answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(RAISE)
        answered = socket.waitForBytesWritten(timeout_ms) and socket.waitForReadyRead(timeout_ms)
        socket.disconnectFromServer()
        return answered

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    @property
    def holds_lock(self) -> bool:
        return self._lock is not None and self._lock.isLocked()
