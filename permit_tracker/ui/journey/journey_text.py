"""The Journey view in words: when a step is (done on, by, from), what to bring (the
Documents tab's checklist and names), where it stands. The steps come from domain.journey."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from permit_tracker.domain.deadline import Status
from permit_tracker.domain.journey import Step
from permit_tracker.i18n import deadline_text
from permit_tracker.i18n.vocabulary import document_name, document_status_name
from permit_tracker.ui.documents.documents_model import Entry
from permit_tracker.ui.widgets.formatting import countdown_text, date_text
from permit_tracker.ui.widgets.messages import rich_escape


def bring_text(kinds: Sequence[str]) -> str:
    """A step's own documents, named as on the Documents tab (the shared vocabulary)."""
    return ", ".join(rich_escape(document_name(k)) for k in kinds)


def checklist_text(entries: Sequence[Entry]) -> str:
    """The document checklist with where each stands: "Passport ✓, Medical certificate
    (missing)" (names and statuses as on the Documents tab)."""
    parts = []
    for entry in entries:
        name = rich_escape(document_name(entry.kind))
        if entry.status in ("obtained", "submitted"):
            parts.append(f"{name} ✓")
        else:
            parts.append(f"{name} ({rich_escape(document_status_name(entry.status).lower())})")
    return ", ".join(parts)


def when_text(step: Step, today: date) -> str:
    """ "Done · 28 Sep 2024", "By Sat, 6 Dec 2026 · in 5 days", "From 28 Sep 2029"..."""
    day = step.date
    if step.done:
        return (
            QCoreApplication.translate("JourneyView", "Done · {day}").format(day=date_text(day))
            if day
            else QCoreApplication.translate("JourneyView", "Done")
        )
    if day is None:
        if step.deadline is not None and step.deadline.status is Status.INFO:
            return QCoreApplication.translate("JourneyView", "Not possible yet")
        # The step you are at can take its date; later ones say nothing yet.
        return (
            QCoreApplication.translate("JourneyView", "No date yet")
            if step.editable and step.state == "current"
            else ""
        )
    when = date_text(day)
    countdown = countdown_text((day - today).days)
    milestone = step.deadline is not None and step.deadline.status is Status.INFO
    if step.key == "arrival" or step.editable:  # a planned arrival, an appointment
        return QCoreApplication.translate("JourneyView", "On {day} · {countdown}").format(
            day=when, countdown=countdown
        )
    if milestone and day <= today:  # a milestone passed is not late: it is possible now
        return QCoreApplication.translate("JourneyView", "Possible since {day}").format(day=when)
    if milestone:
        return QCoreApplication.translate("JourneyView", "From {day} · {countdown}").format(
            day=when, countdown=countdown
        )
    if step.deadline is None:  # a recorded date of a step not yet done (a planned arrival)
        return when
    return QCoreApplication.translate("JourneyView", "By {day} · {countdown}").format(
        day=when, countdown=countdown
    )


def where_you_stand(steps: Sequence[Step], today: date) -> str:
    """One sentence for the top of the view: the current step and its date."""
    current = next((s for s in steps if s.state == "current"), None)
    if current is None:
        return QCoreApplication.translate("JourneyView", "Every step of your journey is done.")
    number = steps.index(current) + 1
    when = when_text(current, today)
    text = QCoreApplication.translate("JourneyView", "Step {n} of {total}: <b>{title}</b>").format(
        n=number,
        total=len(steps),
        title=rich_escape(deadline_text.text(current.title_text or current.title)),
    )
    if when and (current.date is not None or current.done):  # not "No date yet"
        text += " — " + rich_escape(when)
    return text
