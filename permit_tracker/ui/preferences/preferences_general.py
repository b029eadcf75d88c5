"""The General page of Preferences: the language of the app.

Stored as setting `ui.language` ("system", "en", "fr", "nl" or "de"), which the window
(ui/shell/translation.py) and the command line both read. Each language is named in itself,
so a person who cannot read the current language still finds theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from permit_tracker.setting_keys import LANGUAGE_KEY
from permit_tracker.ui.shell.translation import LANGUAGE_NAMES, LANGUAGES, SYSTEM

if TYPE_CHECKING:
    from permit_tracker.ui.shell.controller import Controller


class GeneralPage(QWidget):
    validity_changed = Signal(bool)  # never invalid: there for the dialog's page protocol
    language_chosen = Signal(str)  # saved and different from before: "system" or a language

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.language_box = QComboBox(self)
        self.language_box.addItem("", SYSTEM)
        for lang in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[lang], lang)
        saved = controller.setting(LANGUAGE_KEY, SYSTEM)
        index = self.language_box.findData(saved if saved in LANGUAGES else SYSTEM)
        self.language_box.setCurrentIndex(max(index, 0))
        self._saved = self.choice()
        self.label = QLabel(self)
        self.label.setBuddy(self.language_box)
        form = QFormLayout()
        form.addRow(self.label, self.language_box)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._set_texts()

    def _set_texts(self) -> None:
        self.language_box.setItemText(0, self.tr("System default"))
        self.label.setText(self.tr("&Language:"))
        self.note.setText(
            self.tr(
                "The window changes at once. The command line, reminders and calendar "
                "files follow the same choice."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # chosen here: said in it at once
            self._set_texts()
        super().changeEvent(event)

    def choice(self) -> str:
        """ "system" or one of LANGUAGES."""
        data = self.language_box.currentData()
        return data if isinstance(data, str) else SYSTEM

    def problem(self) -> str | None:
        return None

    def save(self) -> bool:
        """Save the choice; tell `language_chosen` when it changed."""
        choice = self.choice()
        if choice == self._saved:
            return True
        if not self._controller.set_setting(LANGUAGE_KEY, choice):
            return False
        self._saved = choice
        self.language_chosen.emit(choice)
        return True
