"""A private notification server for tests: its own D-Bus session bus, an Xvfb display and
Debian's dunst, started by the fixture itself so the tests run the same in CI.

If any piece cannot start the tests FAIL (they are the proof that notifications reach a
real server; skipping would hide exactly the failure they exist to catch).
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

START_TIMEOUT = 15.0
NOTIFICATIONS = "org.freedesktop.Notifications"

# dunst opens its context menu through `dmenu`: this stand-in picks the line of the action
# named in $PICK_ACTION_FILE (a button press, without a person at the keyboard).
FAKE_DMENU = """#!/bin/sh
pick=$(cat "{pick}" 2>/dev/null)
grep -m1 -F "$pick"
"""


@dataclass
class Dunst:
    address: str  # the private session bus
    env: dict[str, str]  # for subprocesses: bus, display
    pick_file: Path
    seen: frozenset[int] = frozenset()  # ids in the history before the current test

    def ctl(self, *args: str) -> str:
        done = subprocess.run(
            ["dunstctl", *args], env=self.env, capture_output=True, text=True, timeout=10
        )
        assert done.returncode == 0, f"dunstctl {' '.join(args)}: {done.stderr}"
        return done.stdout

    def history(self) -> list[dict[str, Any]]:
        """Every notification dunst received since `clear()`, newest first, as {field: value}.

        Shown notifications enter the history when closed, so everything is closed first."""
        return [item for item in self._all() if item["id"] not in self.seen]

    def _all(self) -> list[dict[str, Any]]:
        self.ctl("close-all")
        deadline = time.monotonic() + 5
        while int(self._count("displayed")) and time.monotonic() < deadline:
            time.sleep(0.05)
        data = json.loads(self.ctl("history"))["data"][0]
        return [{k: v["data"] for k, v in item.items()} for item in data]

    def _count(self, what: str) -> str:
        return self.ctl("count", what).strip()

    def clear(self) -> None:
        """Forget what earlier tests sent (dunst 1.9 has no history-clear)."""
        self.seen = frozenset(item["id"] for item in self._all())

    def press(self, label: str) -> None:
        """Press the button `label` of the newest notification (via the context menu)."""
        self.pick_file.write_text(label)
        self.ctl("context")


def _need(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        pytest.fail(f"{program} is not installed (packaging/system-deps.sh --test installs it)")
    return path


def _start_xvfb(processes: list[subprocess.Popen[bytes]]) -> str:
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        [_need("Xvfb"), "-displayfd", str(write_fd), "-nolisten", "tcp", "-screen", "0",
         "800x600x24"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    processes.append(xvfb)
    os.close(write_fd)
    # Read up to the newline: closing the pipe before Xvfb wrote it kills Xvfb (SIGPIPE).
    text = b""
    deadline = time.monotonic() + START_TIMEOUT
    while not text.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([read_fd], [], [], max(deadline - time.monotonic(), 0))
        chunk = os.read(read_fd, 64) if ready else b""
        if not chunk:
            break
        text += chunk
    os.close(read_fd)
    if not text.endswith(b"\n") or xvfb.poll() is not None:
        pytest.fail(f"Xvfb did not start (displayfd said {text!r})")
    return f":{text.decode().strip()}"


def _wait_for_name(address: str, display: str, dunst: subprocess.Popen[bytes], log: Path) -> None:
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    deadline = time.monotonic() + START_TIMEOUT
    with open_dbus_connection(address) as conn:
        while time.monotonic() < deadline and dunst.poll() is None:
            reply = conn.send_and_get_reply(message_bus.NameHasOwner(NOTIFICATIONS), timeout=2)
            if reply.body[0]:
                return
            time.sleep(0.05)
    pytest.fail(f"dunst did not take {NOTIFICATIONS} ({display}): {log.read_text()[-2000:]}")


@contextlib.contextmanager
def running_dunst(home: Path) -> Iterator[Dunst]:
    """dbus-daemon + Xvfb + dunst, all stopped on exit (use from a fixture)."""
    processes: list[subprocess.Popen[bytes]] = []
    try:
        bus = subprocess.Popen(
            [_need("dbus-daemon"), "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        processes.append(bus)
        assert bus.stdout is not None
        ready, _, _ = select.select([bus.stdout], [], [], START_TIMEOUT)
        address = bus.stdout.readline().decode().strip() if ready else ""
        bus.stdout.close()
        if not address:
            pytest.fail("dbus-daemon did not start")
        display = _start_xvfb(processes)
        pick = home / "pick"
        dmenu = home / "dmenu"
        dmenu.write_text(FAKE_DMENU.format(pick=pick))
        dmenu.chmod(0o755)
        config = home / "dunstrc"
        config.write_text(f"[global]\n    dmenu = {dmenu}\n    history_length = 100\n")
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "DISPLAY": display}
        env.pop("WAYLAND_DISPLAY", None)
        log = home / "dunst.log"
        with log.open("wb") as out:
            server = subprocess.Popen(
                [_need("dunst"), "-config", str(config)], env=env, stdout=out, stderr=out
            )
        processes.append(server)
        _wait_for_name(address, display, server, log)
        yield Dunst(address, env, pick)
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
