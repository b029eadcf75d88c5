"""No network: the app opens no socket but the local single-instance channel (AF_UNIX).

Three ways of looking, each able to fail (the first test of each kind proves its detector
sees a deliberate attempt):
- in-process: `socket.socket.connect`/`connect_ex`/`sendto`, `socket.create_connection` and
  the resolver functions are patched to record any AF_INET/AF_INET6 use, around the CLI
  commands and a whole GUI session (tests/no_network_session.py);
- a subprocess with an audit hook (`sys.addaudithook`, loaded by a sitecustomize) around each
  command run as a user runs it;
- the GUI session under `strace`, which also sees what Qt's C++ code does.

With CalDAV publishing turned on (opt-in), the same three ways prove that the only peer
is the configured server (a real Radicale on 127.0.0.1, tests/caldav_server.py): no other
address, no name lookup but that host's, and with publishing off nothing of it is loaded.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from caldav_server import PASSWORD, USER, Radicale

from permit_tracker.cli import main
from permit_tracker.demo import demo_people
from permit_tracker.storage import Store
from permit_tracker.storage.exchange import dumps

ROOT = Path(__file__).resolve().parents[1]
INET = (socket.AF_INET, socket.AF_INET6)
TODAY = date(2025, 3, 5)


class NetworkUsed(OSError):
    pass


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every attempt at the network, recorded and refused."""
    attempts: list[str] = []

    def refuse(what: str) -> None:
        attempts.append(what)
        raise NetworkUsed(f"network use in a test: {what}")

    def guarded(name: str) -> Callable[..., object]:
        real = getattr(socket.socket, name)

        def method(self: socket.socket, *args: object) -> object:
            if self.family in INET:
                refuse(f"{name}{args!r}")
            return real(self, *args)

        return method

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, guarded(name))
    monkeypatch.setattr(
        socket, "create_connection", lambda *a, **k: refuse(f"create_connection{a}")
    )
    for resolver in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        monkeypatch.setattr(socket, resolver, lambda *a, _n=resolver, **k: refuse(f"{_n}{a}"))
    yield attempts


def test_the_guard_sees_an_attempt(network_attempts: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 80))
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with probe, pytest.raises(NetworkUsed):
        probe.connect(("127.0.0.1", 9))
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("localhost", 80)
    assert len(network_attempts) == 3


@pytest.fixture
def family_file(tmp_path: Path) -> Path:
    path = tmp_path / "family.json"
    path.write_text(dumps(demo_people(TODAY)), encoding="utf-8")
    return path


def cli_commands(data_dir: Path, family: Path, out: Path) -> list[list[str]]:
    d = ["--data-dir", str(data_dir)]
    return [
        ["import", str(family), *d],
        ["export", str(out / "export.json"), *d],
        ["deadlines", "--json", "--today", TODAY.isoformat(), *d],
        ["deadlines", "--person", "Ana Silva", *d],
        ["export-ics", str(out / "deadlines.ics"), *d],
        ["restore", *d],
        ["publish", "--off", *d],  # publishing never set up: nothing to reach
    ]


def test_cli_commands_use_no_network(
    network_attempts: list[str], data_dir: Path, family_file: Path, tmp_path: Path, capsys
) -> None:
    for command in cli_commands(data_dir, family_file, tmp_path):
        assert main(command) == 0, (command, capsys.readouterr().err)
    assert (tmp_path / "export.json").exists() and (tmp_path / "deadlines.ics").exists()
    assert network_attempts == []


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_whole_gui_session_uses_no_network(
    qapp, network_attempts: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from no_network_session import gui_session

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs the crash hook
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setenv("PERMIT_TRACKER_DATA_DIR", str(tmp_path / "unused"))
    done = gui_session(tmp_path)
    assert done["code"] == 0 and done["backup"] and done["calendar"] and done["calendar_tab"]
    assert done["tabs"] == [0, 1, 2, 3, 4, 5]  # every tab, the Journey included
    assert network_attempts == []


# -- as a user runs them: a subprocess with an audit hook ------------------------------------

SITECUSTOMIZE = """
import os, socket, sys

_fd = os.open(os.environ["NETWORK_AUDIT_LOG"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
_INET = (socket.AF_INET, socket.AF_INET6)
_RESOLVE = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
            "socket.getnameinfo"}


def _note(text):
    os.write(_fd, (text.replace("\\n", " ") + "\\n").encode())


def _hook(event, args):
    if event == "socket.__new__" and args[1] in _INET:
        _note(f"{event} family={args[1]}")
    elif event in ("socket.connect", "socket.sendto", "socket.sendmsg", "socket.bind"):
        if args[0].family in _INET:
            _note(f"{event} {args[1:]!r}")
    elif event in _RESOLVE:
        _note(f"{event} {args!r}")


sys.addaudithook(_hook)
_note("hook installed")
"""


def audited(command: list[str], tmp_path: Path) -> list[str]:
    """Run `command` with the audit hook; the lines it recorded (first: "hook installed")."""
    hook_dir = tmp_path / "hook"
    hook_dir.mkdir(exist_ok=True)
    (hook_dir / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "audit.log"
    log.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hook_dir), str(ROOT)]),
           "NETWORK_AUDIT_LOG": str(log)}  # fmt: skip
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return log.read_text(encoding="utf-8").splitlines()


def test_the_audit_hook_sees_an_attempt(tmp_path: Path) -> None:
    lines = audited(
        [sys.executable, "-c", "import socket; socket.getaddrinfo('localhost', 80)"], tmp_path
    )
    assert lines[0] == "hook installed"
    assert any(line.startswith("socket.getaddrinfo") for line in lines[1:])


def test_cli_commands_in_a_subprocess_use_no_network(
    data_dir: Path, family_file: Path, tmp_path: Path
) -> None:
    for command in cli_commands(data_dir, family_file, tmp_path):
        lines = audited([sys.executable, "-m", "permit_tracker", *command], tmp_path)
        assert lines == ["hook installed"], command
    with Store.open(data_dir) as store:
        assert len(store.people()) == 5  # the demo family


# -- what Qt's C++ code does too: strace ---------------------------------------------------------

STRACE = shutil.which("strace")


def straced(command: list[str], tmp_path: Path, env: dict[str, str]) -> tuple[list[str], str]:
    """The socket-related system calls `command` (its threads and children too) made, and
    what it printed."""
    assert STRACE is not None
    log = tmp_path / "strace.log"
    calls = "socket,connect,bind,sendto,sendmsg"
    done = subprocess.run(
        [STRACE, "-f", "-qq", "-e", f"trace={calls}", "-o", str(log), *command],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return log.read_text(encoding="utf-8").splitlines(), done.stdout


def network_calls(lines: list[str]) -> list[str]:
    return [line for line in lines if "AF_INET" in line]  # AF_INET and AF_INET6


@pytest.mark.skipif(STRACE is None, reason="strace is installed by packaging/system-deps.sh")
def test_strace_sees_an_attempt(tmp_path: Path) -> None:
    code = "import socket; s = socket.socket(); s.settimeout(0.01)\ntry: s.connect(('127.0.0.1', 9))\nexcept OSError: pass"  # noqa: E501
    lines, _ = straced([sys.executable, "-c", code], tmp_path, dict(os.environ))
    assert network_calls(lines)


@pytest.mark.skipif(STRACE is None, reason="strace is installed by packaging/system-deps.sh")
def test_a_whole_gui_session_under_strace_opens_only_local_sockets(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "PERMIT_TRACKER_DATA_DIR": str(tmp_path / "unused")}  # fmt: skip
    session = ROOT / "tests" / "no_network_session.py"
    lines, out = straced([sys.executable, str(session), str(tmp_path)], tmp_path, env)
    done = json.loads(out.splitlines()[-1])
    assert done["code"] == 0 and done["backup"] and done["calendar"]  # the session ran through
    assert done["calendar_tab"] and done["publishing_modules"] == []  # publishing is off
    assert network_calls(lines) == []
    # The single-instance channel is there, so the trace did see the app's sockets.
    assert any("socket(AF_UNIX" in line for line in lines)


# -- publishing on: the configured server is the only peer ----------------------------------


def publish_command(data_dir: Path, url: str) -> list[str]:
    return ["publish", "--url", url, "--user", USER, "--today", TODAY.isoformat(),
            "--data-dir", str(data_dir)]  # fmt: skip


@pytest.fixture
def publishing(
    radicale: Radicale, data_dir: Path, family_file: Path, monkeypatch: pytest.MonkeyPatch
) -> Radicale:
    """A store with the family, and the password in the environment."""
    assert main(["import", str(family_file), "--data-dir", str(data_dir)]) == 0
    monkeypatch.setenv("PERMIT_TRACKER_CALDAV_PASSWORD", PASSWORD)
    return radicale


def test_publishing_in_process_reaches_only_the_configured_server(
    publishing: Radicale, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    peers: list[object] = []
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: object) -> object:
        if self.family in INET:
            peers.append(address)
            if address != ("127.0.0.1", publishing.port):
                raise NetworkUsed(f"a connection to {address!r}")
        return real_connect(self, address)

    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        peers.append(("resolve", host))
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    assert main(publish_command(data_dir, publishing.url)) == 0, capsys.readouterr().err
    assert "created" in capsys.readouterr().out
    assert peers and set(peers) <= {("127.0.0.1", publishing.port), ("resolve", "127.0.0.1")}


def test_publishing_in_a_subprocess_reaches_only_the_configured_server(
    publishing: Radicale, data_dir: Path, tmp_path: Path
) -> None:
    lines = audited(
        [sys.executable, "-m", "permit_tracker", *publish_command(data_dir, publishing.url)],
        tmp_path,
    )
    connects = [line for line in lines if line.startswith("socket.connect")]
    assert connects, lines  # the detector saw the publishing
    peer = f"('127.0.0.1', {publishing.port})"
    for line in lines[1:]:
        if line.startswith(("socket.connect", "socket.sendto", "socket.sendmsg")):
            assert peer in line, line
        elif line.startswith(("socket.getaddrinfo", "socket.gethostbyname", "socket.getnameinfo")):
            assert "'127.0.0.1'" in line, line
        elif line.startswith("socket.bind"):  # urllib3's probe for IPv6 support: no peer
            assert line == "socket.bind (('::1', 0),)", line
        else:
            assert line.startswith("socket.__new__"), line


@pytest.mark.skipif(STRACE is None, reason="strace is installed by packaging/system-deps.sh")
def test_publishing_under_strace_reaches_only_the_configured_server(
    publishing: Radicale, data_dir: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    lines, out = straced(
        [sys.executable, "-m", "permit_tracker", *publish_command(data_dir, publishing.url)],
        tmp_path,
        env,
    )
    assert "created" in out
    reached = [line for line in network_calls(lines) if " connect(" in line or "sendto(" in line]
    assert reached
    for line in reached:
        assert f"sin_port=htons({publishing.port})" in line, line
        assert 'inet_addr("127.0.0.1")' in line, line
