"""Preferences ▸ Calendar: publish the deadlines to a CalDAV calendar (opt-in).

Server URL, user name, password (to the system keyring, see publish/password.py), the
calendar (found on the server or created, "Permit Tracker" by default), the same people and
kinds filters as the .ics export, and the status line of the last run with "Publish now".
OK/Apply save it all in the store setting "caldav.publish"; the publisher
(ui/calendar/caldav_publishing.py) hears of it and publishes.

Opening this page with publishing off imports neither `keyring` nor `caldav`: the keyring is
asked about once the box is ticked, and the server only by "Find calendars" or a publish.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.calendar.options import ExportOptions
from permit_tracker.domain.deadline import Kind
from permit_tracker.publish.config import (
    DEFAULT_CALENDAR,
    ConfigError,
    PublishConfig,
    check_url,
    load,
)
from permit_tracker.setting_keys import CONFIG_SETTING
from permit_tracker.ui.calendar.calendar_export_dialog import _checked, _checklist
from permit_tracker.ui.widgets.formatting import kind_names
from permit_tracker.ui.widgets.messages import show_message
from permit_tracker.ui.widgets.qt_garbage import collect_qt_garbage

if TYPE_CHECKING:
    from permit_tracker.ui.calendar.caldav_publishing import Publisher, Status
    from permit_tracker.ui.preferences.preferences_dialog import PreferencesDialog
    from permit_tracker.ui.shell.controller import Controller


class _Found(QObject):
    done = Signal(object)  # list[(name, url)] | str (one line: why not)


class CalendarPage(QWidget):
    validity_changed = Signal(bool)

    @classmethod
    def attach(
        cls, dialog: PreferencesDialog, controller: Controller, publisher: Publisher
    ) -> CalendarPage:
        page = cls(controller, publisher, dialog)
        dialog.add_page(page, QCoreApplication.translate("CalendarPage", "&Calendar"))
        return page

    def __init__(self, controller: Controller, publisher: Publisher, parent: QWidget | None = None):
        super().__init__(parent)
        self._controller = controller
        self._publisher = publisher
        self._saved = load(controller.setting)
        saved = self._saved
        layout = QVBoxLayout(self)
        self.enabled_box = QCheckBox(self.tr("&Publish my deadlines to a CalDAV calendar"), self)
        self.enabled_box.setChecked(saved.enabled)
        layout.addWidget(self.enabled_box)
        self.remove_box = QCheckBox(
            self.tr("Also &delete the events published so far (otherwise they stay)"), self
        )
        self.remove_box.setVisible(False)  # when turning publishing off
        layout.addWidget(self.remove_box)
        about = QLabel(
            self.tr(
                "Your phone's calendar then shows every deadline and keeps it current. Sent to "
                "the server: for each deadline below, the person's name, the date, what is "
                "due, the rule and its source, and your trip notes if you tick them. Nothing "
                "else leaves this machine, and with this off nothing does. Works with "
                "Nextcloud, Fastmail, iCloud (with an app password), mailbox.org, Radicale "
                "and Baïkal."
            ),
            self,
        )
        about.setWordWrap(True)
        layout.addWidget(about)

        self.fields = QWidget(self)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        self.url_edit = QLineEdit(saved.url, self.fields)
        self.url_edit.setPlaceholderText("https://cloud.example.org/remote.php/dav/")
        self.url_edit.setAccessibleName(self.tr("CalDAV server URL"))
        form.addRow(self.tr("Server &URL:"), self.url_edit)
        self.url_message = QLabel(self.fields)  # why the URL cannot be used, under it
        self.url_message.setWordWrap(True)
        self.url_message.hide()
        form.addRow("", self.url_message)
        self.user_edit = QLineEdit(saved.user, self.fields)
        self.user_edit.setAccessibleName(self.tr("User name"))
        form.addRow(self.tr("User &name:"), self.user_edit)
        self.password_edit = QLineEdit(self.fields)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setPlaceholderText(self.tr("unchanged"))
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        self.keyring_label = QLabel(self.fields)
        self.keyring_label.setWordWrap(True)
        self.keyring_label.hide()  # filled once publishing is ticked (it asks the keyring)
        form.addRow("", self.keyring_label)
        self.calendar_box = QComboBox(self.fields)
        self.calendar_box.setEditable(True)
        self.calendar_box.setAccessibleName(self.tr("Calendar"))
        self.calendar_box.addItem(saved.calendar)
        if saved.calendar != DEFAULT_CALENDAR:
            self.calendar_box.addItem(DEFAULT_CALENDAR)
        self.find_button = QPushButton(self.tr("&Find calendars"), self.fields)
        self.find_button.setToolTip(self.tr("List your calendars on this server"))
        self.find_button.clicked.connect(self.find_calendars)
        row = QHBoxLayout()
        row.addWidget(self.calendar_box, 1)
        row.addWidget(self.find_button)
        form.addRow(self.tr("Ca&lendar:"), row)
        calendar_note = QLabel(self.tr("Created on the server when there is none of that name."))
        calendar_note.setWordWrap(True)
        form.addRow("", calendar_note)

        options = saved.options
        people = controller.people()
        self.people_list = _checklist(
            [(p.name, p.id) for p in people],
            None if options.people is None else set(options.people),
        )
        self.people_list.setAccessibleName(self.tr("People to publish"))
        labels = kind_names()  # every kind, also one newer than its label
        self.kinds_list = _checklist(
            [(labels.get(k, k.value.replace("_", " ")), k) for k in Kind],
            None if options.kinds is None else set(options.kinds),
        )
        self.kinds_list.setAccessibleName(self.tr("Deadlines to publish"))
        for widget in (self.people_list, self.kinds_list):
            widget.setMaximumHeight(120)
        form.addRow(self.tr("People:"), self.people_list)
        form.addRow(self.tr("Deadlines:"), self.kinds_list)
        self.alarms_box = QCheckBox(self.tr("Add alarms at my reminder times"), self.fields)
        self.alarms_box.setChecked(options.alarms)
        self.notes_box = QCheckBox(self.tr("Include my trip notes"), self.fields)
        self.notes_box.setChecked(options.include_notes)
        form.addRow("", self.alarms_box)
        form.addRow("", self.notes_box)
        layout.addWidget(self.fields)

        status_row = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Publishing status"))
        self.publish_button = QPushButton(self.tr("Publish &now"), self)
        self.publish_button.clicked.connect(self._publish_now)
        self.publish_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.publish_button)
        layout.addLayout(status_row)
        layout.addStretch(1)

        self._found = _Found(self)
        self._found.done.connect(self._show_calendars)
        for edit in (self.url_edit, self.user_edit):
            edit.textChanged.connect(self._changed)
        self.enabled_box.toggled.connect(self._changed)
        publisher.status_changed.connect(self.show_status)
        self.show_status(publisher.status)
        self._changed()

    # -- reading the form ----------------------------------------------------------------
    def config(self) -> PublishConfig:
        people = _checked(self.people_list)
        kinds = _checked(self.kinds_list)
        options = ExportOptions(
            people=None if len(people) == self.people_list.count() else set(people),
            kinds=None if len(kinds) == self.kinds_list.count() else set(kinds),
            alarms=self.alarms_box.isChecked(),
            include_notes=self.notes_box.isChecked(),
        )
        target = self._saved.with_target(
            self.url_edit.text().strip(),
            self.user_edit.text().strip(),
            self.calendar_box.currentText(),
        )
        return replace(target, enabled=self.enabled_box.isChecked(), options=options)

    def problem(self) -> str | None:
        if not self.enabled_box.isChecked():
            return None
        return self.config().problem()

    def _changed(self) -> None:
        on = self.enabled_box.isChecked()
        self.fields.setEnabled(on)
        self.remove_box.setVisible(self._saved.enabled and not on)
        self.publish_button.setEnabled(on and self._saved.enabled)
        url = self.url_edit.text().strip()
        message, kind = "", "error"
        if on and url:
            try:
                warning = check_url(url)
            except ConfigError as exc:
                message = str(exc)
            else:
                message, kind = warning or "", "warning"
        show_message(self.url_message, message, kind)
        if on and not self.keyring_label.text():
            from permit_tracker.publish import password  # keyring: only once asked for

            text = password.describe()
            show_message(
                self.keyring_label, text, "warning" if text == password.NO_KEYRING else "ok"
            )
        self.validity_changed.emit(self.problem() is None)

    def show_status(self, status: Status) -> None:
        if status.running and status.kind != "error":
            text, kind = self.tr("Publishing…"), "ok"
        elif status.text:
            text, kind = status.text, status.kind
        else:
            text, kind = (self.tr("Not published yet.") if self._saved.enabled else ""), "ok"
        show_message(self.status_label, text, kind)

    # -- actions -------------------------------------------------------------------------
    def save(self) -> bool:
        """Keep the settings and the password; True when saved (OK/Apply)."""
        if self.problem() is not None:
            return False
        config = self.config()
        typed = self.password_edit.text()
        if config.enabled and typed:
            from permit_tracker.publish import password

            try:
                password.store(config.url, config.user, typed)
            except (password.KeyringMissing, password.KeyringFailed) as exc:
                self._publisher.session_password = typed  # this session only
                show_message(self.keyring_label, str(exc), "warning")
            self.password_edit.clear()
        remove = self._saved.enabled and not config.enabled and self.remove_box.isChecked()
        changed = config != self._saved
        if changed:  # the publisher hears of it (setting_changed) and publishes
            if not self._controller.set_setting(CONFIG_SETTING, config.to_json()):
                return False
            self._saved = config
        if remove:
            self.remove_box.setChecked(False)
            self.remove_box.setVisible(False)
            self._publisher.remove_published()
        elif typed and config.enabled and not changed:
            self._publisher.publish_now()  # only a new password: try it now
        self.publish_button.setEnabled(config.enabled)
        return True

    def _publish_now(self) -> None:
        self._publisher.publish_now()

    def find_calendars(self) -> None:
        config = self.config()
        problem = config.problem()
        if problem:
            show_message(self.url_message, problem, "error")
            return
        self.find_button.setEnabled(False)
        typed = self.password_edit.text() or self._publisher.session_password
        collect_qt_garbage()
        threading.Thread(
            target=_find, args=(self._found, config, typed), name="caldav-find", daemon=True
        ).start()

    def _show_calendars(self, found: str | list[tuple[str, str]]) -> None:
        self.find_button.setEnabled(True)
        if isinstance(found, str):
            show_message(self.url_message, found, "error")
            return
        current = self.calendar_box.currentText()
        names = [name for name, _url in found]
        self.calendar_box.clear()
        self.calendar_box.addItems(
            names if DEFAULT_CALENDAR in names else [*names, DEFAULT_CALENDAR]
        )
        self.calendar_box.setCurrentText(current)
        show_message(
            self.url_message,
            self.tr("Your calendars on this server: %1").replace("%1", ", ".join(names))
            if names
            else self.tr("No calendar yet."),
            "ok",
        )


def _find(relay: _Found, config: PublishConfig, typed: str | None) -> None:
    """On a worker thread: the user's calendars, or one line saying why not."""
    from permit_tracker.publish import password

    try:
        secret = typed or password.lookup(config.url, config.user)
    except password.KeyringFailed as exc:
        relay.done.emit(str(exc))
        return
    from permit_tracker.publish.caldav_sync import list_calendars

    try:
        relay.done.emit(list_calendars(config.url, config.user, secret))
    except RuntimeError as exc:
        relay.done.emit(str(exc))
