"""The General page of Preferences: the language of the app.

Stored as setting `ui.language` ("system", "en", "fr", "nl" or "de"), which the window
(ui/shell/translation.py) and the command line both read. Each language is named in itself,
so a person who cannot read the current language still finds theirs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from permit_tracker.ui.shell.translation import LANGUAGE_KEY, LANGUAGE_NAMES, LANGUAGES, SYSTEM


class GeneralPage(QWidget):
    validity_changed = Signal(bool)  # never invalid: there for the dialog's page protocol
    language_chosen = Signal(str)  # saved and different from before: "system" or a language

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.language_box = QComboBox(self)
        self.language_box.addItem(self.tr("System default"), SYSTEM)
        for lang in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[lang], lang)
        saved = controller.setting(LANGUAGE_KEY, SYSTEM)
        index = self.language_box.findData(saved if saved in LANGUAGES else SYSTEM)
        self.language_box.setCurrentIndex(max(index, 0))
        self._saved = self.choice()
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_box)
        note = QLabel(
            self.tr(
                "The window changes at once. The command line, reminders and calendar "
                "files follow the same choice."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)

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
