"""Help menu: the rules and their sources (from the ruleset in force), the "not legal
advice" notice, and About."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from permit_tracker import APP_NAME, __version__
from permit_tracker.i18n import deadline_text
from permit_tracker.rules.ruleset import DEFAULT_RULES, Ruleset
from permit_tracker.ui.widgets.formatting import long_date_text, unit_text
from permit_tracker.ui.widgets.icons import app_icon


def rules_html(rules: Ruleset) -> str:
    """Every rule: its value (and default when changed), explanation, note and source."""
    parts = [
        f"<p><i>{escape(deadline_text.legal_notice())}</i></p>",
        "<p>"
        + escape(
            QCoreApplication.translate(
                "RulesDialog",
                "Each number below can be changed in Edit ▸ Preferences; the dates in the app "
                "follow the values in force.",
            )
        )
        + "</p>",
    ]
    for rule in rules:
        default = DEFAULT_RULES[rule.key]
        value = f"{rule.value} {unit_text(rule.unit, rule.value)}"
        if rule.value != default.value:
            value = QCoreApplication.translate(
                "RulesDialog", "{value} (default {default} {unit})"
            ).format(
                value=value,
                default=default.value,
                unit=unit_text(default.unit, default.value),
            )
        checked = long_date_text(rule.verified, weekday=False)
        source = escape(deadline_text.rule_source(rule))
        if rule.source_url:
            url = escape(rule.source_url, quote=True)
            source = f"<a href='{url}'>{source}</a>"
        parts.append(
            f"<h3>{escape(deadline_text.rule_title(rule))}: {escape(value)}</h3>"
            f"<p>{escape(deadline_text.rule_explanation(rule))}"
            + (f"<br><i>{escape(deadline_text.rule_note(rule))}</i>" if rule.note else "")
            + "<br>"
            + QCoreApplication.translate(
                "RulesDialog", "Source: {source} · last checked {date}"
            ).format(source=source, date=escape(checked))
            + "</p>"
        )
    return "".join(parts)


class RulesDialog(QDialog):
    def __init__(self, rules: Ruleset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rules and sources"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(rules_html(rules))
        self.browser.setAccessibleName(self.tr("Rules and sources"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)


def show_rules(rules: Ruleset, parent: QWidget) -> None:
    RulesDialog(rules, parent).exec()


def show_not_legal_advice(parent: QWidget) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("MainWindow", "Not legal advice"),
        QCoreApplication.translate(
            "MainWindow",
            "Permit Tracker computes dates from public Belgian rules as researched for this "
            "app. Sources disagree in places; the app takes the strictest reading and shows "
            "each rule's source next to the dates it drives.\n\n{}",
        ).format(deadline_text.legal_notice()),
    )


def about_text(data_dir: Path | None) -> str:
    where = escape(str(data_dir)) if data_dir else "—"
    summary = QCoreApplication.translate(
        "MainWindow",
        "Track your Belgian residence-permit journey and never miss a date: arrival, "
        "visa, registration, residence cards, passport, trips abroad and documents.",
    )
    stays = QCoreApplication.translate(
        "MainWindow",
        "Your data stays on this computer, in {where}. Nothing is sent over the network "
        "unless you export it.",
    ).format(where=f"<tt>{where}</tt>")
    licence = QCoreApplication.translate("MainWindow", "Licence: {licence}").format(
        licence="GPL-3.0-or-later"
    )
    return (
        f"<h2>{escape(APP_NAME)} {escape(__version__)}</h2>"
        f"<p>{escape(summary)}</p><p>{stays}</p>"
        f"<p><i>{escape(deadline_text.legal_notice())}</i></p><p>{escape(licence)}</p>"
    )


def show_about(data_dir: Path | None, parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About {}").format(APP_NAME))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(data_dir))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.exec()
