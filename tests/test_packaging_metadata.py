"""The desktop metadata validates and everything carries the one reverse-DNS app id."""

from __future__ import annotations

import importlib.resources
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import permit_tracker
from permit_tracker import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.yml"

# What the app needs in the Flatpak sandbox, and nothing else (least privilege).
FLATPAK_PERMISSIONS = {
    "--socket=wayland",
    "--socket=fallback-x11",
    "--share=ipc",
    "--talk-name=org.freedesktop.Notifications",
    "--talk-name=org.kde.StatusNotifierWatcher",
}


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def _desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_desktop_file_validates() -> None:
    result = _run("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no warnings or hints either


def test_metainfo_validates_offline() -> None:
    result = _run("appstreamcli", "validate", "--no-net", "--explain", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_describes_the_app_under_its_id() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/binary") == "permit-tracker"
    assert root.find("content_rating[@type='oars-1.1']") is not None
    # The newest release is the version the code reports.
    releases = root.findall("releases/release")
    assert releases, "no <release> in the metainfo"
    assert releases[0].get("version") == __version__
    # Screenshots live under the homepage the metainfo declares, as AppStream wants URLs.
    homepage = root.findtext("url[@type='homepage']")
    assert homepage is not None and homepage.startswith("https://")
    images = [image.text or "" for image in root.iter("image")]
    assert images, "no screenshots"
    # ... and are pictures that `make screenshots` renders.
    from permit_tracker.ui.shell.screenshots import DARK, TABS

    rendered = {f"{tab}.png" for tab in TABS} | {f"{tab}-dark.png" for tab in DARK}
    for url in images:
        assert url.startswith(homepage.rstrip("/") + "/screenshots/"), url
        assert url.rsplit("/", 1)[1] in rendered, url


def test_desktop_entry_launches_the_command_with_the_app_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "permit-tracker"
    assert entry["Icon"] == APP_ID


def test_app_icon_ships_inside_the_package() -> None:
    # The wheel and the editable install both reach resources/ through the package.
    icon = importlib.resources.files(permit_tracker) / "resources" / "icons" / "app.svg"
    assert icon.is_file()
    assert "<svg" in icon.read_text(encoding="utf-8")


def test_application_sets_the_same_desktop_file_name() -> None:
    # In a fresh process: a test session's QApplication may not be the app's subclass.
    code = (
        "from permit_tracker.ui.shell.application import Application\n"
        "from PySide6.QtSvg import QSvgRenderer\n"
        "from permit_tracker.ui.widgets.icons import resource_path\n"
        "app = Application([])\n"
        "print(app.desktopFileName())\n"
        "print(QSvgRenderer(str(resource_path('icons/app.svg'))).isValid())\n"
        "print(app.windowIcon().isNull())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [APP_ID, "True", "False"]


@pytest.mark.parametrize("path", [DESKTOP, METAINFO, FLATPAK])
def test_metadata_files_are_named_for_the_app_id(path: Path) -> None:
    assert path.is_file()


def test_flatpak_manifest_asks_only_for_what_the_app_uses() -> None:
    text = FLATPAK.read_text(encoding="utf-8")
    assert re.search(rf"^id: {re.escape(APP_ID)}$", text, re.MULTILINE)
    assert re.search(r"^runtime: org\.kde\.Platform$", text, re.MULTILINE)
    assert re.search(r"^base: io\.qt\.PySide\.BaseApp$", text, re.MULTILINE)
    block = re.search(r"^finish-args:\n((?:  - .*\n)+)", text, re.MULTILINE)
    assert block is not None, "no finish-args list"
    permissions = {line.strip()[2:] for line in block.group(1).splitlines()}
    assert permissions == FLATPAK_PERMISSIONS
    # Installs the metadata and icon under the id.
    for target in ("share/applications", "share/metainfo", "share/icons/hicolor/scalable/apps"):
        assert target in text
