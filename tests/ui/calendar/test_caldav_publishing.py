"""Publishing from the window (opt-in): Preferences ▸ Calendar, the background publisher
and its status line, against a real Radicale server (tests/caldav_server.py).

The keyring is real too: keyrings.alt's file backend, chosen through PYTHON_KEYRING_BACKEND.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import caldav
import pytest
from caldav_server import PASSWORD, USER, Radicale
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMainWindow

from permit_tracker.demo import demo_people
from permit_tracker.publish import config as publish_config
from permit_tracker.publish import password
from permit_tracker.publish.config import PublishConfig
from permit_tracker.setting_keys import CONFIG_SETTING, STATE_SETTING
from permit_tracker.ui.calendar import caldav_publishing
from permit_tracker.ui.calendar.caldav_publishing import Publisher, StatusLine
from permit_tracker.ui.preferences.preferences_caldav import CalendarPage
from permit_tracker.ui.preferences.preferences_dialog import PreferencesDialog
from permit_tracker.ui.shell.controller import Controller

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]
WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    monkeypatch.delenv(password.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(caldav_publishing, "DEBOUNCE_MS", 50)


@pytest.fixture(autouse=True)
def no_worker_outlives_its_test(qtbot: Any, controller: Controller) -> Iterator[None]:
    """A publish or find-calendars thread still running when its test ends would deliver
    its outcome into the next test's event loop (or to a closed store): wait for each, then
    let its queued outcome arrive while this test's objects (the controller: set up before
    this fixture, so torn down after it) still exist."""
    yield
    for thread in threading.enumerate():
        if thread.name.startswith("caldav-"):
            thread.join(timeout=WAIT_MS / 1000)
            assert not thread.is_alive(), f"{thread.name} still running"
    qtbot.wait(50)


@pytest.fixture
def family(controller: Controller, today: Any) -> Controller:
    controller.store.save_people(demo_people(today))
    controller.reload()
    return controller


def wired(qtbot: Any, controller: Controller) -> tuple[QMainWindow, Publisher]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    publisher = caldav_publishing.install(window, controller)
    return window, publisher


def preferences(
    qtbot: Any, controller: Controller, publisher: Publisher
) -> tuple[PreferencesDialog, CalendarPage]:
    """The dialog with the publisher's page, as the app's owner opens it."""
    dialog = PreferencesDialog(controller, sections=[publisher.add_section])
    qtbot.addWidget(dialog)
    page = dialog.findChild(CalendarPage)
    assert isinstance(page, CalendarPage)
    return dialog, page


def fill(page: CalendarPage, server: Radicale, secret: str = PASSWORD) -> None:
    page.enabled_box.setChecked(True)
    page.url_edit.setText(server.url)
    page.user_edit.setText(USER)
    page.password_edit.setText(secret)


def no_dialog_open() -> bool:
    return not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]


def test_off_by_default_nothing_runs_and_the_section_says_what_would_leave(
    qtbot: Any, family: Controller
) -> None:
    window, publisher = wired(qtbot, family)
    dialog, page = preferences(qtbot, family, publisher)
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "&Calendar"
    assert not page.enabled_box.isChecked() and not page.fields.isEnabled()
    assert not page.status_label.isVisible() and page.keyring_label.text() == ""
    assert publisher.status.text == "" and publisher.retry_in_ms() is None
    assert not window.statusBar().isVisible() or not window.findChild(StatusLine).isVisible()
    assert family.setting(STATE_SETTING) is None


def test_publishing_from_preferences_then_after_an_edit(
    qtbot: Any, family: Controller, radicale: Radicale
) -> None:
    window, publisher = wired(qtbot, family)
    dialog, page = preferences(qtbot, family, publisher)
    fill(page, radicale)
    assert "plain http://" in page.url_message.text()  # loopback: allowed, with a warning
    assert "keyring" in page.keyring_label.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert password.lookup(radicale.url, USER) == PASSWORD  # in the keyring, not the store
    assert PASSWORD not in str(family.setting(CONFIG_SETTING))
    qtbot.waitUntil(lambda: publisher.status.kind == "ok" and not publisher.status.running,
                    timeout=WAIT_MS)  # fmt: skip
    assert "created" in publisher.status.text
    published = set(family.setting(STATE_SETTING)["events"])
    assert len(published) > 20
    assert window.findChild(StatusLine).isVisible()
    assert window.findChild(StatusLine).text().startswith("Calendar: ")
    # An edit: published again after the debounce, only the changed events.
    ana = next(p for p in family.people() if p.name.startswith("Ana"))
    family.rename(ana.id, "Ana Sousa")
    qtbot.waitUntil(lambda: "updated" in publisher.status.text, timeout=WAIT_MS)
    assert "created" not in publisher.status.text
    assert no_dialog_open()


def test_a_wrong_password_is_one_line_retried_with_back_off(
    qtbot: Any, family: Controller, radicale: Radicale
) -> None:
    window, publisher = wired(qtbot, family)
    dialog, page = preferences(qtbot, family, publisher)
    fill(page, radicale, "not-it")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: publisher.status.kind == "error", timeout=WAIT_MS)
    line = publisher.status.text
    assert "refused the user name 'ana' or its password" in line and "\n" not in line
    first = publisher.retry_in_ms()
    assert first is not None and 50_000 < first <= caldav_publishing.FIRST_RETRY_MS + 1_000
    # Edits while failing wait for the retry: no storm of attempts.
    runs: list[object] = []
    publisher.status_changed.connect(runs.append)
    ana = next(p for p in family.people() if p.name.startswith("Ana"))
    family.rename(ana.id, "Ana Sousa")
    qtbot.wait(300)
    assert runs == [] and publisher.retry_in_ms() is not None
    assert window.findChild(StatusLine).text() == f"Calendar: {line}"
    assert family.setting(STATE_SETTING) is None and no_dialog_open()
    # Preferences shows the same line; the right password publishes at once.
    dialog, page = preferences(qtbot, family, publisher)
    assert page.status_label.text() == line
    page.password_edit.setText(PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: publisher.status.kind == "ok", timeout=WAIT_MS)
    assert publisher.retry_in_ms() is None


def test_a_server_that_is_gone_backs_off_doubling(
    qtbot: Any, family: Controller, radicale: Radicale
) -> None:
    publish_config.save(
        family.set_setting, PublishConfig(enabled=True, url=radicale.url, user=USER)
    )
    password.store(radicale.url, USER, PASSWORD)
    radicale.stop()
    _window, publisher = wired(qtbot, family)
    qtbot.waitUntil(lambda: publisher.status.kind == "error", timeout=WAIT_MS)
    assert publisher.status.text.startswith("cannot reach the CalDAV server 127.0.0.1 (offline?)")
    publisher.publish_now()  # what the retry timer does
    qtbot.waitUntil(lambda: not publisher.status.running and publisher.retry_in_ms() is not None
                    and publisher.retry_in_ms() > caldav_publishing.FIRST_RETRY_MS + 1_000,
                    timeout=WAIT_MS)  # fmt: skip
    radicale.start()
    publisher.publish_now()
    qtbot.waitUntil(lambda: publisher.status.kind == "ok", timeout=WAIT_MS)
    assert publisher.retry_in_ms() is None


def test_an_http_url_to_another_machine_is_refused_before_any_connection(
    qtbot: Any, family: Controller
) -> None:
    _window, publisher = wired(qtbot, family)
    dialog, page = preferences(qtbot, family, publisher)
    fill(page, Radicale(0, Path()), "x")
    page.url_edit.setText("http://cal.example.org/dav/")
    assert "use https://" in page.url_message.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    page.url_edit.setText("https://cal.example.org/dav/")
    assert page.url_message.text() == ""
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_without_a_keyring_the_password_lives_for_the_session_only(
    qtbot: Any, family: Controller, radicale: Radicale, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    _window, publisher = wired(qtbot, family)
    dialog, page = preferences(qtbot, family, publisher)
    fill(page, radicale)
    assert page.keyring_label.text() == password.NO_KEYRING
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: publisher.status.kind == "ok", timeout=WAIT_MS)
    assert publisher.session_password == PASSWORD
    assert PASSWORD not in str(family.setting(CONFIG_SETTING))


def test_the_status_line_shows_only_while_publishing_is_on(qtbot: Any, family: Controller) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    publisher = Publisher(family, window)
    line = StatusLine(publisher, window)
    assert not line.isVisible()
    publisher._set_status(caldav_publishing.Status("cannot reach the CalDAV server x", "error"))
    assert line.isVisible() and window.statusBar().isVisible()
    publisher._set_status(caldav_publishing.Status("", ""))
    assert not line.isVisible() and not window.statusBar().isVisible()


def test_find_calendars_lists_the_users_calendars(
    qtbot: Any, family: Controller, radicale: Radicale
) -> None:
    _window, publisher = wired(qtbot, family)
    dialog, page = preferences(qtbot, family, publisher)
    fill(page, radicale)
    page.find_calendars()  # none yet: the default name stays offered
    qtbot.waitUntil(lambda: page.find_button.isEnabled(), timeout=WAIT_MS)
    assert page.url_message.text() == "No calendar yet."
    assert [page.calendar_box.itemText(i) for i in range(page.calendar_box.count())] == [
        "Permit Tracker"
    ]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # publishes: creates it
    qtbot.waitUntil(lambda: publisher.status.kind == "ok", timeout=WAIT_MS)
    dialog, page = preferences(qtbot, family, publisher)
    page.password_edit.setText("wrong")
    page.find_calendars()
    qtbot.waitUntil(lambda: page.find_button.isEnabled(), timeout=WAIT_MS)
    assert "refused the user name 'ana' or its password" in page.url_message.text()
    page.password_edit.clear()  # from the keyring
    page.find_calendars()
    qtbot.waitUntil(lambda: page.find_button.isEnabled(), timeout=WAIT_MS)
    assert page.url_message.text() == "Your calendars on this server: Permit Tracker"
    assert page.calendar_box.currentText() == "Permit Tracker"


def test_turning_publishing_off_keeps_or_deletes_the_events(
    qtbot: Any, family: Controller, radicale: Radicale
) -> None:
    _window, publisher = wired(qtbot, family)
    dialog, page = preferences(qtbot, family, publisher)
    fill(page, radicale)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: publisher.status.kind == "ok", timeout=WAIT_MS)
    published = len(family.setting(STATE_SETTING)["events"])
    dialog, page = preferences(qtbot, family, publisher)
    assert not page.remove_box.isVisibleTo(page)
    page.enabled_box.setChecked(False)
    assert page.remove_box.isVisibleTo(page) and not page.remove_box.isChecked()
    page.remove_box.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "deleted" in publisher.status.text, timeout=WAIT_MS)
    assert publisher.status.text == f"{published} published events deleted"
    assert family.setting(STATE_SETTING) is None
    assert not publisher.enabled() and publisher.retry_in_ms() is None
    client = caldav.DAVClient(
        url=radicale.url, username=USER, password=PASSWORD, enable_rfc6764=False
    )
    (calendar,) = client.principal().get_calendars()
    assert calendar.get_events() == []
