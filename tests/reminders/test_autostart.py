"""Start at login: the XDG entry is written, valid and removed; the Windows Run key and the
macOS LaunchAgent code paths write what those systems read (with a fake registry)."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from permit_tracker import APP_ID, APP_NAME
from permit_tracker.reminders.autostart import (
    STARTED_AT_LOGIN_ENV,
    AutostartError,
    FlatpakAutostart,
    MacAutostart,
    WindowsAutostart,
    XdgAutostart,
    autostart_for,
    background_request,
    exec_quote,
    granted,
    in_flatpak,
    launch_command,
    request_path,
)

ARGV = ["/opt/Permit Tracker/permit-tracker", "--data-dir", "/home/ana/100% mine/$data"]


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def unquote_exec(value: str) -> list[str]:
    """Undo the Desktop Entry escaping as the spec reads it: string escapes (\\\\ -> \\),
    then Exec quoting (inside "...", a backslash escapes " ` $ \\), then %% -> %."""
    text = value.replace("\\\\", "\\")
    args: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        arg = ""
        if text[i] == '"':
            i += 1
            while text[i] != '"':
                if text[i] == "\\" and text[i + 1] in '"`$\\':
                    i += 1
                arg += text[i]
                i += 1
            i += 1
        else:
            while i < len(text) and text[i] != " ":
                arg += text[i]
                i += 1
        args.append(arg.replace("%%", "%"))
    return args


def test_xdg_entry_is_written_where_desktops_look_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    autostart = XdgAutostart()
    assert autostart.path == tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert not autostart.is_enabled()
    autostart.enable(ARGV)
    assert autostart.is_enabled()
    entry = read_entry(autostart.path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert unquote_exec(entry["Exec"]) == ["env", f"{STARTED_AT_LOGIN_ENV}=1", *ARGV]
    autostart.disable()
    assert not autostart.path.exists() and not autostart.is_enabled()
    autostart.disable()  # removing twice is fine


def test_xdg_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    assert validator is not None, "desktop-file-utils is installed by packaging/system-deps.sh"
    autostart = XdgAutostart(tmp_path)
    autostart.enable(ARGV)
    done = subprocess.run([validator, str(autostart.path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()


def test_an_entry_turned_off_by_the_desktop_counts_as_off(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path)
    autostart.enable(["permit-tracker"])
    autostart.path.write_text(autostart.path.read_text() + "Hidden=true\n")
    assert not autostart.is_enabled()


def test_xdg_write_error_names_the_file(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the directory should be")
    autostart = XdgAutostart(blocker)
    with pytest.raises(AutostartError, match=r"cannot write .*autostart"):
        autostart.enable(["permit-tracker"])


@pytest.mark.parametrize(
    ("arg", "quoted"),
    [
        ("permit-tracker", "permit-tracker"),
        ("/a b/c", '"/a b/c"'),
        ("50%", "50%%"),
        ("$HOME", '"\\$HOME"'),
        ('say "hi"', '"say \\"hi\\""'),
        ("", '""'),
    ],
)
def test_exec_quoting(arg: str, quoted: str) -> None:
    assert exec_quote(arg) == quoted


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


class BrokenRunKey(FakeRunKey):
    def set(self, name: str, value: str) -> None:
        raise PermissionError(5, "Access is denied")


def test_windows_run_key_holds_a_quoted_command_line() -> None:
    key = FakeRunKey()
    autostart = WindowsAutostart(key)
    autostart.enable([r"C:\Program Files\Permit Tracker\permit-tracker.exe"])
    assert key.values == {APP_NAME: r'"C:\Program Files\Permit Tracker\permit-tracker.exe"'}
    assert autostart.is_enabled()
    assert autostart.location.endswith(r"CurrentVersion\Run\Permit Tracker")
    autostart.disable()
    assert key.values == {} and not autostart.is_enabled()


def test_windows_registry_error_is_an_autostart_error() -> None:
    with pytest.raises(AutostartError, match="cannot write HKEY_CURRENT_USER"):
        WindowsAutostart(BrokenRunKey()).enable(["x.exe"])


def test_macos_launch_agent_runs_at_load(tmp_path: Path) -> None:
    autostart = MacAutostart(tmp_path)
    autostart.enable(ARGV)
    assert autostart.path == tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    agent = plistlib.loads(autostart.path.read_bytes())
    assert agent["Label"] == APP_ID
    assert agent["ProgramArguments"] == ARGV
    assert agent["RunAtLoad"] is True
    assert agent["EnvironmentVariables"] == {STARTED_AT_LOGIN_ENV: "1"}
    assert autostart.is_enabled()
    autostart.disable()
    assert not autostart.path.exists() and not autostart.is_enabled()


def test_platform_choice() -> None:
    assert isinstance(autostart_for("win32"), WindowsAutostart)
    assert isinstance(autostart_for("darwin"), MacAutostart)
    assert isinstance(autostart_for("linux"), XdgAutostart)


def test_launch_command_repeats_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    assert launch_command() == [sys.executable, "-m", "permit_tracker"]
    assert launch_command(tmp_path)[-2:] == ["--data-dir", str(tmp_path.resolve())]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launch_command() == [sys.executable]


# -- Flatpak: the Background portal (an autostart file there is never read) -----------------


def test_flatpak_is_recognised(tmp_path: Path) -> None:
    info = tmp_path / ".flatpak-info"
    assert not in_flatpak({}, info)
    assert in_flatpak({"FLATPAK_ID": APP_ID}, info)
    info.write_text("[Application]\n")
    assert in_flatpak({}, info)


def test_inside_flatpak_the_portal_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLATPAK_ID", APP_ID)
    assert isinstance(autostart_for("linux"), FlatpakAutostart)


def test_the_background_request_asks_for_autostart_with_our_command() -> None:
    from jeepney import HeaderFields, MessageType

    message = background_request(["permit-tracker"], True, "permit_tracker_1")
    fields = message.header.fields
    assert message.header.message_type is MessageType.method_call
    assert fields[HeaderFields.destination] == "org.freedesktop.portal.Desktop"
    assert fields[HeaderFields.path] == "/org/freedesktop/portal/desktop"
    assert fields[HeaderFields.interface] == "org.freedesktop.portal.Background"
    assert fields[HeaderFields.member] == "RequestBackground"
    assert fields[HeaderFields.signature] == "sa{sv}"
    parent, options = message.body
    assert parent == ""
    assert options["autostart"] == ("b", True)
    assert options["handle_token"] == ("s", "permit_tracker_1")
    assert options["commandline"] == ("as", ["env", f"{STARTED_AT_LOGIN_ENV}=1", "permit-tracker"])
    assert options["reason"][1]
    assert message.serialise(serial=1)  # a well-formed D-Bus message
    off = background_request([], False, "t").body[1]
    assert off["autostart"] == ("b", False)


def test_the_portal_answer_is_read() -> None:
    assert request_path(":1.42", "tok") == "/org/freedesktop/portal/desktop/request/1_42/tok"
    assert granted(0, {"autostart": ("b", True), "background": ("b", True)}, True)
    assert not granted(0, {"autostart": ("b", False)}, True)  # the person said no
    assert not granted(1, {}, True)  # cancelled
    assert granted(0, {}, False)


def test_flatpak_autostart_records_what_the_portal_granted(tmp_path: Path) -> None:
    asked: list[tuple[list[str], bool]] = []

    def portal(argv: list[str], enable: bool) -> bool:
        asked.append((list(argv), enable))
        return True

    autostart = FlatpakAutostart(tmp_path / "config", ask=portal)
    assert not autostart.is_enabled()
    autostart.enable(["permit-tracker"])
    assert autostart.is_enabled() and asked == [(["permit-tracker"], True)]
    assert not (tmp_path / "config" / "autostart").exists()  # no file the session never reads
    autostart.disable()
    assert not autostart.is_enabled() and asked[-1] == ([], False)
    refused = FlatpakAutostart(tmp_path / "other", ask=lambda argv, enable: False)
    with pytest.raises(AutostartError, match="did not allow"):
        refused.enable(["permit-tracker"])
    assert not refused.is_enabled()
