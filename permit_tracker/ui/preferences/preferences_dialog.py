"""Preferences: the language (General), every rule of the ruleset, and the reminder defaults.

Rules page: for each rule its value with the unit, what it means, where sources disagree,
its source (a link) and when it was last verified, with "Reset to default"; a "Reset all"
button. Values are checked together with `Ruleset.with_overrides` while they are typed (the
renewal window must open before it closes...), and OK/Apply stay disabled with the message
shown until they pass. Applying goes through `controller.set_rule_overrides` (undoable), so
every deadline is recomputed at once.

Other parts of the running app add their own groups (`add_section(title, widget)`: reminders'
"Start at login") or tabs (`add_page`: CalDAV publishing's Calendar): the app's owner
(ui/shell/desktop_app.py) passes them as `sections`, callables run with the new dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, Qt, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.i18n import deadline_text
from permit_tracker.rules.ruleset import DEFAULT_RULES, Rule, Ruleset, RulesetError
from permit_tracker.ui.preferences.preferences_general import GeneralPage
from permit_tracker.ui.preferences.preferences_reminders import RemindersPage
from permit_tracker.ui.widgets.formatting import format_date, unit_text
from permit_tracker.ui.widgets.messages import show_message

if TYPE_CHECKING:
    from permit_tracker.ui.shell.controller import Controller


class RuleEditor(QGroupBox):
    """One rule: its value, unit, explanation, note, source and a reset button."""

    def __init__(self, rule: Rule, value: int, parent: QWidget | None = None) -> None:
        super().__init__(deadline_text.rule_title(rule), parent)
        self.rule = rule
        default = DEFAULT_RULES[rule.key]
        self.spin = QSpinBox(self)
        self.spin.setRange(rule.minimum, rule.maximum)
        self.spin.setEnabled(not rule.fixed)  # a document's own date: nothing to change
        self.spin.setValue(value)
        self.spin.setAccessibleName(deadline_text.rule_title(rule))
        self.spin.setAccessibleDescription(deadline_text.rule_explanation(rule))
        self.spin.valueChanged.connect(self._update)
        self.default_label = QLabel(self)
        self.default_label.setForegroundRole(self.default_label.foregroundRole())
        self.reset_button = QPushButton(self.tr("Reset to default"), self)
        self.reset_button.setAccessibleName(
            self.tr("Reset {rule} to default").format(rule=deadline_text.rule_title(rule))
        )
        self.reset_button.clicked.connect(self.reset)
        explanation = QLabel(escape(deadline_text.rule_explanation(rule)), self)
        explanation.setWordWrap(True)
        verified = format_date(rule.verified)
        source = (
            f"<a href='{escape(rule.source_url)}'>{escape(deadline_text.rule_source(rule))}</a>"
            if rule.source_url
            else escape(deadline_text.rule_source(rule))
        )
        source_label = QLabel(
            self.tr("Source: {source} · verified {date}").format(source=source, date=verified),
            self,
        )
        source_label.setOpenExternalLinks(True)
        source_label.setWordWrap(True)
        source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        grid = QGridLayout(self)
        grid.addWidget(self.spin, 0, 0)
        grid.addWidget(self.default_label, 0, 1)
        grid.addWidget(self.reset_button, 0, 2)
        grid.setColumnStretch(1, 1)
        grid.addWidget(explanation, 1, 0, 1, 3)
        if rule.note:
            note = QLabel(f"<i>{escape(deadline_text.rule_note(rule))}</i>", self)
            note.setWordWrap(True)
            grid.addWidget(note, 2, 0, 1, 3)
        grid.addWidget(source_label, 3, 0, 1, 3)
        self.error_label = QLabel(self)  # why the value cannot be used, next to it
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        grid.addWidget(self.error_label, 4, 0, 1, 3)
        self._default = default.value
        self._update()

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: int) -> None:
        self.spin.setValue(value)

    def reset(self) -> None:
        self.spin.setValue(self._default)

    def _update(self) -> None:
        value = self.spin.value()
        self.spin.setSuffix(" " + unit_text(self.rule.unit, value))
        is_default = value == self._default
        self.reset_button.setEnabled(not is_default)
        self.default_label.setText(
            self.tr("default")
            if is_default
            else self.tr("changed; the default is {value} {unit}").format(
                value=self._default, unit=unit_text(self.rule.unit, self._default)
            )
        )


# Adds a part of the running app's own to a new dialog (a section, a page).
Section = Callable[["PreferencesDialog"], None]


class Page(Protocol):
    """A tab that takes part in OK/Apply (see `add_page`)."""

    validity_changed: SignalInstance

    def problem(self) -> str | None: ...
    def save(self) -> bool: ...


class PreferencesDialog(QDialog):
    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        sections: Sequence[Section] = (),
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.tabs = QTabWidget(self)
        self.general = GeneralPage(controller, self)
        self.tabs.addTab(self._scrolled(self.general), "")
        self.rules_page = self._build_rules_page()
        self.tabs.addTab(self.rules_page, "")
        self.reminders = RemindersPage(controller, self)
        self.tabs.addTab(self._scrolled(self.reminders), "")
        self._set_titles()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        apply = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.reminders.validity_changed.connect(lambda _ok: self._validate())
        self.extra_pages: list[Page] = []  # see add_page
        self.resize(720, 640)
        self._validate()
        for add in sections:
            add(self)

    def _set_titles(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        titles = (self.tr("&General"), self.tr("&Rules"), self.tr("Re&minders"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def changeEvent(self, event: QEvent) -> None:
        # Another language applied from this dialog: its title and tabs follow at once (the
        # pages keep their words until the dialog is opened again; the window is rebuilt).
        if event.type() == QEvent.Type.LanguageChange:
            self._set_titles()
        super().changeEvent(event)

    # -- pages -------------------------------------------------------------------------
    def _scrolled(self, widget: QWidget) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(widget)
        return scroll

    def _build_rules_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "The numbers behind every date. The defaults take the strictest reading of "
                "the public sources; change one only if your commune or the Immigration "
                "Office told you otherwise. {notice}"
            ).format(notice=deadline_text.legal_notice()),
            page,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        rules = self._controller.ruleset()
        self.rule_editors: dict[str, RuleEditor] = {}
        for rule in rules:
            editor = RuleEditor(DEFAULT_RULES[rule.key], rule.value, page)
            editor.spin.valueChanged.connect(lambda _v: self._validate())
            self.rule_editors[rule.key] = editor
            column.addWidget(editor)
        column.addStretch(1)
        outer = QWidget(self)
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.addWidget(self._scrolled(page), 1)
        self.rules_error = QLabel(outer)
        self.rules_error.setWordWrap(True)
        self.rules_error.hide()
        outer_layout.addWidget(self.rules_error)
        row = QHBoxLayout()
        self.reset_all_button = QPushButton(self.tr("Reset all rules to &defaults"), outer)
        self.reset_all_button.clicked.connect(self.reset_all_rules)
        row.addWidget(self.reset_all_button)
        row.addStretch(1)
        outer_layout.addLayout(row)
        return outer

    def add_section(self, title: str, widget: QWidget, page: str = "reminders") -> QGroupBox:
        """Add a titled group holding `widget` to a page ("reminders" or "rules")."""
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(widget)
        if page == "reminders":
            self.reminders.sections.addWidget(box)
        else:
            self.tabs.addTab(self._scrolled(box), title)
        return box

    def add_page(self, page: Page, title: str) -> None:
        """A tab of a section's own that takes part in OK/Apply: `page.problem()` (str | None),
        `page.save()` (bool) and a `validity_changed` signal
        (ui/preferences/preferences_caldav.py)."""
        assert isinstance(page, QWidget), "a page is a widget"
        self.extra_pages.append(page)
        self.tabs.addTab(self._scrolled(page), title)
        page.validity_changed.connect(lambda _ok: self._validate())
        self._validate()

    # -- values ------------------------------------------------------------------------
    def rule_overrides(self) -> dict[str, int]:
        """The values that differ from the defaults, as the store keeps them."""
        return {
            key: editor.value()
            for key, editor in self.rule_editors.items()
            if editor.value() != DEFAULT_RULES[key].value
        }

    def reset_all_rules(self) -> None:
        for editor in self.rule_editors.values():
            editor.reset()

    def problem(self) -> str | None:
        try:
            Ruleset.with_overrides(self.rule_overrides())
        except RulesetError as exc:
            return self._readable(str(exc))
        problems = [p.problem() for p in (self.reminders, *self.extra_pages)]
        return next((p for p in problems if p), None)

    def _readable(self, message: str) -> str:
        # RulesetError names rules by key; people know them by their titles.
        for key, rule in DEFAULT_RULES.items():
            message = message.replace(key, f"“{deadline_text.rule_title(rule)}”")
        return message

    def _validate(self) -> bool:
        try:
            Ruleset.with_overrides(self.rule_overrides())
            raw = ""
        except RulesetError as exc:
            raw = str(exc)
        rules_problem = self._readable(raw) if raw else None
        show_message(self.rules_error, rules_problem or "", "error")
        for key, editor in self.rule_editors.items():
            show_message(editor.error_label, (rules_problem or "") if key in raw else "", "error")
        ok = rules_problem is None and self.reminders.problem() is None
        ok = ok and all(page.problem() is None for page in self.extra_pages)
        for button in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(button).setEnabled(ok)
        return ok

    def apply(self) -> bool:
        """Save the rules (one undoable step) and the reminder settings; False if invalid."""
        if not self._validate():
            return False
        try:
            self._controller.set_rule_overrides(self.rule_overrides())
        except RulesetError as exc:
            show_message(self.rules_error, self._readable(str(exc)), "error")
            return False
        saved = [bool(page.save()) for page in (self.reminders, *self.extra_pages)]
        # The language last: the window is rebuilt in it once everything else is saved.
        return all(saved) and self.general.save()

    def accept(self) -> None:
        if self.apply():
            super().accept()
