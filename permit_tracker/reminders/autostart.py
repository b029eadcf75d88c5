"""Start at login: an XDG autostart entry on Linux, the Run key on Windows, a LaunchAgent on
macOS. The entry itself is the truth (a person may delete it by hand); `is_enabled` reads it.

Started at login the app is launched with STARTED_AT_LOGIN_ENV=1 where the platform allows
an environment (XDG via `env`, launchd via EnvironmentVariables), so it can go straight to the
tray instead of opening its window.
"""

from __future__ import annotations

import importlib
import os
import plistlib
import shutil
import subprocess
import sys
from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, Protocol

from permit_tracker import APP_ID, APP_NAME
from permit_tracker.private_files import PrivateFileError, write_private

STARTED_AT_LOGIN_ENV: Final = "PERMIT_TRACKER_STARTED_AT_LOGIN"
RUN_KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Run"


class AutostartError(OSError):
    """The entry could not be written or removed; the message says where."""


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this app again: the frozen executable, the installed script, or the
    interpreter with `-m permit_tracker`; plus `--data-dir` for a non-default store."""
    if getattr(sys, "frozen", False):
        argv = [sys.executable]
    elif script := shutil.which("permit-tracker"):
        argv = [str(Path(script).resolve())]
    else:
        argv = [sys.executable, "-m", "permit_tracker"]
    if data_dir is not None:
        argv += ["--data-dir", str(Path(data_dir).resolve())]
    return argv


def _write_entry(path: Path, data: bytes) -> None:
    """Write `path` through the one private-file writer (atomic, 0600), creating its folder;
    AutostartError names the file and the reason."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_private(path, data)
    except PrivateFileError as exc:
        raise AutostartError(str(exc)) from exc
    except OSError as exc:
        raise AutostartError(f"cannot write {path}: {exc.strerror or exc}") from exc


class Autostart(ABC):
    @property
    @abstractmethod
    def location(self) -> str:
        """Where the entry lives, to show the person."""

    @abstractmethod
    def enable(self, argv: Sequence[str]) -> None: ...

    @abstractmethod
    def disable(self) -> None: ...

    @abstractmethod
    def is_enabled(self) -> bool: ...


# -- Linux and other XDG desktops ---------------------------------------------------------------

_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_quote(arg: str) -> str:
    """One argument of an Exec= key (Desktop Entry spec: reserved characters need double
    quotes, inside which ", `, $ and \\ are escaped; % is doubled everywhere)."""
    arg = arg.replace("%", "%%")
    if arg and not (_EXEC_RESERVED & set(arg)):
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{inner}"'


def desktop_entry(argv: Sequence[str]) -> str:
    command = " ".join(exec_quote(a) for a in ["env", f"{STARTED_AT_LOGIN_ENV}=1", *argv])
    # Escapes in string values are interpreted after Exec's own quoting: double the \\.
    command = command.replace("\\", "\\\\")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminds you of your residence-permit deadlines\n"
        f"Exec={command}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


class XdgAutostart(Autostart):
    def __init__(self, config_home: Path | None = None) -> None:
        if config_home is None:
            env = os.environ.get("XDG_CONFIG_HOME")
            config_home = Path(env) if env else Path.home() / ".config"
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"

    @property
    def location(self) -> str:
        return str(self.path)

    def enable(self, argv: Sequence[str]) -> None:
        _write_entry(self.path, desktop_entry(argv).encode("utf-8"))

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(f"cannot remove {self.path}: {exc.strerror or exc}") from exc

    def is_enabled(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            return False
        # Desktops honour Hidden=true / X-GNOME-Autostart-enabled=false as "turned off".
        lines = {line.strip() for line in text.splitlines()}
        return "Hidden=true" not in lines and "X-GNOME-Autostart-enabled=false" not in lines


# -- Windows ----------------------------------------------------------------------------------


class RegistryValues(Protocol):
    """The values under HKCU\\...\\Run (a fake in tests, winreg for real)."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


def _winreg() -> Any:
    """The Windows registry module (typed as Any: its stubs exist for Windows only)."""
    return importlib.import_module("winreg")


class WinregRunKey:
    def __init__(self, key: str = RUN_KEY) -> None:
        self.key = key

    def get(self, name: str) -> str | None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.key) as handle:
                value, _kind = winreg.QueryValueEx(handle, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        winreg = _winreg()
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, self.key) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.key, 0, winreg.KEY_SET_VALUE) as h:
                winreg.DeleteValue(h, name)
        except FileNotFoundError:
            pass


class WindowsAutostart(Autostart):
    def __init__(self, values: RegistryValues | None = None) -> None:
        self.values = values if values is not None else WinregRunKey()

    @property
    def location(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{APP_NAME}"

    def enable(self, argv: Sequence[str]) -> None:
        try:
            self.values.set(APP_NAME, subprocess.list2cmdline(list(argv)))
        except OSError as exc:
            raise AutostartError(f"cannot write {self.location}: {exc}") from exc

    def disable(self) -> None:
        try:
            self.values.delete(APP_NAME)
        except OSError as exc:
            raise AutostartError(f"cannot remove {self.location}: {exc}") from exc

    def is_enabled(self) -> bool:
        try:
            return bool(self.values.get(APP_NAME))
        except OSError:
            return False


# -- macOS ------------------------------------------------------------------------------------


def launch_agent(argv: Sequence[str]) -> dict[str, object]:
    return {
        "Label": APP_ID,
        "ProgramArguments": list(argv),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "EnvironmentVariables": {STARTED_AT_LOGIN_ENV: "1"},
    }


class MacAutostart(Autostart):
    def __init__(self, home: Path | None = None) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    @property
    def location(self) -> str:
        return str(self.path)

    def enable(self, argv: Sequence[str]) -> None:
        _write_entry(self.path, plistlib.dumps(launch_agent(argv)))

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(f"cannot remove {self.path}: {exc.strerror or exc}") from exc

    def is_enabled(self) -> bool:
        try:
            agent = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return bool(agent.get("RunAtLoad")) and not agent.get("Disabled", False)


# -- Flatpak: the XDG Background portal --------------------------------------------------------
#
# Inside the sandbox ~/.config is the app's own (~/.var/app/ID/config): an autostart file
# written there is never read by the session. The portal writes the host's entry instead
# (org.freedesktop.portal.Background.RequestBackground with autostart=true). It cannot be
# asked whether the entry exists, so what was last granted is kept in a small file of the
# app's config; the portal's answer (granted or refused) is what is recorded.

PORTAL_BUS_NAME: Final = "org.freedesktop.portal.Desktop"
PORTAL_PATH: Final = "/org/freedesktop/portal/desktop"
BACKGROUND_INTERFACE: Final = "org.freedesktop.portal.Background"
REQUEST_INTERFACE: Final = "org.freedesktop.portal.Request"
PORTAL_TIMEOUT: Final = 60.0  # the desktop may ask the person first


def in_flatpak(environ: Any = None, info: Path = Path("/.flatpak-info")) -> bool:
    env = os.environ if environ is None else environ
    return bool(env.get("FLATPAK_ID")) or info.exists()


def background_request(argv: Sequence[str], enable: bool, token: str, reason: str = "") -> Any:
    """The RequestBackground call (a jeepney message): autostart on or off, starting
    `argv` inside the sandbox with STARTED_AT_LOGIN_ENV=1 (through `env`)."""
    from jeepney import DBusAddress, new_method_call

    target = DBusAddress(PORTAL_PATH, bus_name=PORTAL_BUS_NAME, interface=BACKGROUND_INTERFACE)
    options = {
        "handle_token": ("s", token),
        "reason": ("s", reason or f"{APP_NAME} reminds you of your deadlines after login."),
        "autostart": ("b", enable),
        "commandline": ("as", ["env", f"{STARTED_AT_LOGIN_ENV}=1", *argv]),
        "dbus-activatable": ("b", False),
    }
    return new_method_call(target, "RequestBackground", "sa{sv}", ("", options))


def request_path(unique_name: str, token: str) -> str:
    """Where the portal's Response will come from (the documented handle path)."""
    sender = unique_name.lstrip(":").replace(".", "_")
    return f"{PORTAL_PATH}/request/{sender}/{token}"


def granted(response: int, results: dict[str, tuple[str, Any]], enable: bool) -> bool:
    """Whether the portal did what was asked (response 0 and, to enable, autostart=true)."""
    if response != 0:
        return False
    if not enable:
        return True
    value = results.get("autostart", ("b", False))
    return bool(value[1] if isinstance(value, tuple) else value)


def _ask_portal(argv: Sequence[str], enable: bool) -> bool:
    """Send RequestBackground on the session bus and wait for its Response."""
    import secrets

    from jeepney import MatchRule, message_bus
    from jeepney.io.blocking import open_dbus_connection

    token = f"permit_tracker_{secrets.token_hex(6)}"
    with open_dbus_connection("SESSION") as conn:
        path = request_path(conn.unique_name, token)
        rule = MatchRule(type="signal", interface=REQUEST_INTERFACE, member="Response", path=path)
        conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=PORTAL_TIMEOUT)
        with conn.filter(rule) as responses:
            conn.send_and_get_reply(background_request(argv, enable, token), timeout=10)
            signal = conn.recv_until_filtered(responses, timeout=PORTAL_TIMEOUT)
    response, results = signal.body
    return granted(int(response), dict(results), enable)


class FlatpakAutostart(Autostart):
    def __init__(self, config_home: Path | None = None, ask: Any = None) -> None:
        if config_home is None:
            env = os.environ.get("XDG_CONFIG_HOME")
            config_home = Path(env) if env else Path.home() / ".config"
        self.marker = config_home / "permit-tracker" / "autostart-granted"
        self._ask = ask or _ask_portal

    @property
    def location(self) -> str:
        return "the desktop's Background portal (Settings ▸ Apps shows it)"

    def _request(self, argv: Sequence[str], enable: bool) -> None:
        try:
            ok = self._ask(argv, enable)
        except (OSError, TimeoutError, ValueError, RuntimeError) as exc:
            raise AutostartError(f"the Background portal did not answer: {exc}") from exc
        except Exception as exc:  # jeepney's DBusErrorResponse and friends
            raise AutostartError(f"the Background portal refused: {exc}") from exc
        if not ok:
            raise AutostartError(
                "the desktop did not allow starting at login (see Settings ▸ Apps)"
            )

    def enable(self, argv: Sequence[str]) -> None:
        self._request(argv, True)
        _write_entry(self.marker, b"granted\n")

    def disable(self) -> None:
        self._request([], False)
        self.marker.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        return self.marker.is_file()


def autostart_for(platform: str = sys.platform) -> Autostart:
    if platform.startswith("win"):
        return WindowsAutostart()
    if platform == "darwin":
        return MacAutostart()
    if in_flatpak():
        return FlatpakAutostart()
    return XdgAutostart()
