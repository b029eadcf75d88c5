"""The empty state: who the newcomer is (citizenship, reason of stay), the dates that matter
first, and the registration deadline shown as soon as the arrival date is typed.

An EU, EEA or Swiss citizen needs no visa: for them the visa field hides, and the preview
uses their registration rule (3 months, annex 19) instead of the 8 days.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from permit_tracker.domain.deadline import Kind
from permit_tracker.domain.model import Passport, Person, Visa
from permit_tracker.i18n import deadline_text
from permit_tracker.ui.overview.headline import Headline, HeadlineText, action_text
from permit_tracker.ui.shell.controller import Controller
from permit_tracker.ui.widgets.date_field import DateField, DateParseError
from permit_tracker.ui.widgets.formatting import days_left_text, long_date_text, unit_text
from permit_tracker.ui.widgets.icons import icon
from permit_tracker.ui.widgets.messages import show_message
from permit_tracker.ui.widgets.status_style import mute
from permit_tracker.ui.widgets.vocabulary import (
    CITIZENSHIP_CODES,
    REASON_CODES,
    CodeCombo,
    as_reason,
    citizenship_name,
    reason_name,
    relabel_reasons,
)


class FirstStartPage(QScrollArea):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        content = QWidget(self)
        content.setMaximumWidth(620)
        title = QLabel(self.tr("Welcome to Permit Tracker"), content)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)  # a longer title in another language must not widen the page
        logo = QLabel(content)
        logo.setPixmap(icon("app").pixmap(64, 64))
        intro = QLabel(
            self.tr(
                "Your citizenship, the reason for your stay and a few dates drive almost every "
                "deadline of a Belgian residence permit. Enter what you know now; you can add "
                "cards, trips and documents later."
            ),
            content,
        )
        intro.setWordWrap(True)

        self.name = QLineEdit(content)
        self.name.setPlaceholderText(self.tr("Your name"))
        self.name.setAccessibleName(self.tr("Name"))
        self.name_error = QLabel(content)
        self.name_error.setWordWrap(True)
        self.name_error.hide()
        self.citizenship = CodeCombo(
            CITIZENSHIP_CODES, citizenship_name, self.tr("Citizenship"), content
        )
        self.reason = CodeCombo(
            REASON_CODES,
            lambda r: reason_name(r) if r else self.tr("Choose…"),
            self.tr("Reason for the stay"),
            content,
        )
        self.arrival = DateField(
            content, label=self.tr("Arrival in Belgium"), today=controller.today
        )
        self.visa_until = DateField(
            content, label=self.tr("Visa valid until"), today=controller.today
        )
        self.passport = DateField(
            content, label=self.tr("Passport expires"), today=controller.today
        )
        name_box = QWidget(content)
        name_layout = QVBoxLayout(name_box)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name_layout.setSpacing(2)
        name_layout.addWidget(self.name)
        name_layout.addWidget(self.name_error)
        self.form = form = QFormLayout()
        form.addRow(self.tr("&Name:"), name_box)
        form.addRow(self.tr("&Citizenship:"), self.citizenship)
        form.addRow(self.tr("&Reason for the stay:"), self.reason)
        form.addRow(self.tr("&Arrival in Belgium:"), self.arrival)
        form.addRow(self.tr("&Visa valid until:"), self.visa_until)
        form.addRow(self.tr("&Passport expires:"), self.passport)

        self.preview = Headline(content)
        self.start = QPushButton(self.tr("&Start tracking"), content)
        self.start.setDefault(True)
        self.start.setAutoDefault(True)
        footer = QLabel(
            self.tr(
                "Your data stays on this computer. Dates are computed from public Belgian "
                "rules (Help ▸ Rules and sources) and are not legal advice.\n"
                "Just looking? Run “permit-tracker --demo” for a sample family."
            ),
            content,
        )
        footer.setWordWrap(True)
        mute(footer)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(14)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(footer)
        holder = QWidget(self)
        outer = QHBoxLayout(holder)  # centred, as wide as the window allows up to 620 px
        outer.addStretch(1)
        outer.addWidget(content, 100)
        outer.addStretch(1)
        self.setWidget(holder)

        self.citizenship.currentIndexChanged.connect(lambda _i: self._citizenship_changed())
        self.arrival.live_changed.connect(lambda _d: self._update_preview())
        self.arrival.committed.connect(lambda _d: self._update_preview())
        self.name.returnPressed.connect(self.submit)
        self.start.clicked.connect(self.submit)
        self._update_preview()

    def reset(self) -> None:
        self.name.clear()
        self.citizenship.set_code("non_eu")
        self.reason.set_code(None)
        for field in (self.arrival, self.visa_until, self.passport):
            field.set_date(None)
        self.name_error.hide()
        self._citizenship_changed()

    def is_eu(self) -> bool:
        return self.citizenship.code() == "eu"

    def _citizenship_changed(self) -> None:
        """No visa question for an EU citizen (what was typed there is not saved)."""
        self.form.setRowVisible(self.visa_until, not self.is_eu())
        relabel_reasons(self.reason, eu=self.is_eu())
        self._update_preview()

    def _draft(self, arrival: date | None) -> Person:
        return Person(
            name=self.name.text().strip() or "?",
            citizenship="eu" if self.is_eu() else "non_eu",
            arrival=arrival,
        )

    def _update_preview(self) -> None:
        arrival = self.arrival.live_date()
        today = self._controller.today()
        if arrival is None:
            self.preview.set_headline(
                HeadlineText(
                    None,
                    self.tr("Type your arrival date"),
                    self.tr(
                        "Everyone staying over 3 months registers at the commune after "
                        "arriving; the date appears here."
                    ),
                )
            )
            return
        rows = [
            d
            for d in self._controller.deadlines(self._draft(arrival))
            if d.kind is Kind.REGISTRATION
        ]
        row = rows[0] if rows else None
        if row is None or row.date is None or row.days_left is None:
            return
        rules = self._controller.ruleset()
        key = "registration_eu_months" if self.is_eu() else "registration_days"
        if key in {r.key for r in rules}:
            rule = rules[key]
            why = self.tr("{} {} after arriving on {}.").format(
                rule.value, unit_text(rule.unit, rule.value), long_date_text(arrival)
            )
        else:  # a ruleset without the EU rule: the engine's own words, without the source
            why = deadline_text.reason(row) + "."
        self.preview.set_headline(
            HeadlineText(
                row.status,
                f"{action_text(row, today)} — {days_left_text(row.days_left)}",
                why
                + " "
                + self.tr("Already registered? Enter the date on Dates & permits once you start."),
                row,
            )
        )

    def submit(self) -> None:
        """Create the person from the form; problems stay next to their fields."""
        values: dict[str, date | None] = {}
        failed = False
        for key, field in (
            ("arrival", self.arrival),
            ("visa", self.visa_until if not self.is_eu() else None),
            ("passport", self.passport),
        ):
            if field is None:
                continue
            try:
                values[key] = field.current()
            except DateParseError:
                failed = True
        name = self.name.text().strip()
        visa = values.get("visa") if not self.is_eu() else None
        person = Person(
            name=name,
            citizenship="eu" if self.is_eu() else "non_eu",
            reason=as_reason(self.reason.code()),
            arrival=values.get("arrival"),
            visa=Visa("D", None, visa) if visa else None,
            passport=Passport(values["passport"]) if values.get("passport") else None,
        )
        name_problems = [p for p in self._controller.problems(person) if p.field == "name"]
        show_message(self.name_error, "; ".join(p.message for p in name_problems))
        if name_problems:
            self.name.setFocus()
            failed = True
        if failed:
            return
        problems = self._controller.add_person(person)
        show_message(self.name_error, "; ".join(str(p) for p in problems))
