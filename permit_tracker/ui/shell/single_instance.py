"""One app per data dir: a QLockFile in the data dir says who runs, a QLocalServer lets a
second launch ask the first to raise its window (then the second exits).

The lock is per data dir (a `--demo` store or another `--data-dir` may run beside it) and is
also what `permit-tracker remind` reads to leave reminders to the running app.

The claim runs before the window exists, so it stays light (the start-up budget): the
lock needs only QtCore. The desktop app takes the lock first (`claim_instance(data_dir,
listen=False)`) and starts the channel after its first paint (`listen()`: QtNetwork, hashlib);
a second launch in between keeps knocking until the channel is up.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal

from permit_tracker import APP_NAME, paths
from permit_tracker.reminders.instance import lock_path

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE: Final = b"raise\n"
CONNECT_TIMEOUT_MS: Final = 2000
RETRY_MS: Final = 50  # between knocks while the running app has not started its channel

_instance: SingleInstance | None = None


def server_name(data_dir: Path) -> str:
    """A short name per user and data dir (a Unix socket path must stay under ~100 bytes;
    Qt puts it in the temp dir, on Windows it is a named pipe)."""
    import hashlib

    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}:{Path(data_dir).resolve()}".encode()).hexdigest()
    return f"permit-tracker-{digest[:16]}"


class SingleInstance(QObject):
    raise_requested = Signal()  # a second launch asked for the window

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._name: str | None = None
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    @property
    def name(self) -> str:
        if self._name is None:
            self._name = server_name(self.data_dir)
        return self._name

    def acquire(self, listen: bool = True) -> bool:
        """True when this process is the one; False when another app holds the data dir.
        With `listen=False` the channel waits for `listen()`.

        A lock left by a crashed app (its process is gone) is taken over: QLockFile checks
        the pid it recorded."""
        paths.ensure_private_dir(self.data_dir)
        lock = QLockFile(str(lock_path(self.data_dir)))
        lock.setStaleLockTime(0)  # held for the app's lifetime: stale only if its pid died
        previous = os.umask(0o077)  # QLockFile creates the file 0666 & ~umask: make it 0600
        try:
            locked = lock.tryLock(100)
        finally:
            os.umask(previous)
        if not locked:
            return False
        self._lock = lock
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Open the channel a second launch uses to ask for the window (lock holder only)."""
        from PySide6.QtNetwork import QLocalServer

        if self._lock is None or self._server is not None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        if not server.listen(self.name):
            # Still the only instance (we hold the lock); a second launch just cannot
            # reach us, and says so.
            server.deleteLater()
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

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
        answered. A running app that is still starting opens its channel after its first
        paint: until `timeout_ms` runs out, knock again."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        socket = QLocalSocket()
        while True:
            socket.connectToServer(self.name)
            left = int((deadline - time.monotonic()) * 1000)
            if socket.waitForConnected(max(left, 0)):
                break
            socket.abort()
            if time.monotonic() + RETRY_MS / 1000 >= deadline:
                return False
            time.sleep(RETRY_MS / 1000)
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


def claim_instance(data_dir: Path, listen: bool = True) -> bool:
    """True when this process may run on `data_dir`; else the running app was asked to show
    itself (or, if it did not answer, the reason is printed) and the caller should exit.
    With `listen=False`, call `current_instance().listen()` once the window is up."""
    global _instance
    instance = SingleInstance(data_dir, QCoreApplication.instance())
    if instance.acquire(listen):
        _instance = instance
        return True
    if not instance.ask_running_to_raise():
        print(
            f"{APP_NAME} is already running on {data_dir} but did not answer; "
            "if it is stuck, end it and start again.",
            file=sys.stderr,
        )
    return False


def current_instance() -> SingleInstance | None:
    """The instance this process claimed (None before `claim_instance`, or in tests)."""
    return _instance
