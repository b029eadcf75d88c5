"""Is the desktop app running on this data dir? (Qt-free, for `permit-tracker remind`.)

The GUI holds a QLockFile at `lock_path(data_dir)` (ui/shell/single_instance.py). While it runs,
it delivers reminders itself, so the command-line path stands aside: two processes that
both notify at 09:00 is exactly the "twice" this feature promises never to do.
"""

from __future__ import annotations

import os
from pathlib import Path

from permit_tracker.paths import LOCK_NAME, lock_path

__all__ = ["LOCK_NAME", "lock_path", "running_pid"]


def running_pid(data_dir: Path) -> int | None:
    """The pid of a live app holding the lock on this machine, else None.

    QLockFile writes "pid\\napp name\\nhost name\\n..."; a lock left by a crash (dead pid)
    or written on another host (a shared home) does not count: when in doubt, remind.
    """
    import socket  # here, not at the top: the GUI imports lock_path before its first paint

    from permit_tracker.private_files import read_regular_file

    try:  # a regular file of a few bytes: a FIFO put there must not hang `remind`
        data = read_regular_file(lock_path(data_dir), limit=4096)
        lines = data.decode("utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    if len(lines) > 2 and lines[2] and lines[2] != socket.gethostname():
        return None
    if os.name != "posix" or pid <= 0:
        return None  # os.kill(pid, 0) would terminate the process on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid  # alive, owned by someone else
    return pid
