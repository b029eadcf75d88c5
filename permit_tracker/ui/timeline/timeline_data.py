"""What the timeline shows, as plain values: bars on lanes and vertical milestones.

Built from a person, their deadlines and the rules; no painting here, so the content of the
picture is tested without pixels. Residence periods are cut where an absence interrupts
residence, judged like domain.continuity_spans does (back-to-back trips are one absence).

What is only partly known is drawn from what is known (rather than left out): a visa or a waiting
document with only its end date runs from the left edge of the picture (`open_start`), one
with only its start runs to the right edge (`open_end`). Moves are markers on the residence
lane; waiting documents get their own lane, shown only when there are some.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from permit_tracker.domain.continuity_spans import Timeline as Absences
from permit_tracker.domain.continuity_spans import interrupts
from permit_tracker.domain.deadline import Deadline, Kind
from permit_tracker.domain.deadlines import subjects_by_first_date
from permit_tracker.domain.model import Person
from permit_tracker.i18n import deadline_text
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.ui.widgets.formatting import format_date
from permit_tracker.ui.widgets.vocabulary import provisional_short_name

LANES = ("residence", "visa", "waiting", "cards", "trips")
OPTIONAL_LANES = frozenset({"waiting"})  # shown only when something is on them
MARGIN_BEFORE = timedelta(days=60)
MARGIN_AFTER = timedelta(days=150)


def lane_names() -> dict[str, str]:
    return {
        "residence": QCoreApplication.translate("TimelineView", "Residence"),
        "visa": QCoreApplication.translate("TimelineView", "Visa"),
        "waiting": QCoreApplication.translate("TimelineView", "Waiting docs"),
        "cards": QCoreApplication.translate("TimelineView", "Cards"),
        "trips": QCoreApplication.translate("TimelineView", "Trips"),
    }


@dataclass(frozen=True, slots=True)
class Span:
    lane: str
    start: date
    end: date  # inclusive
    label: str  # painted inside the bar when it fits
    tooltip: str
    style: str  # residence, residence_future, visa, card, card_unlimited, trip, ...
    row: int = 0  # sub-row within the lane, for overlapping cards
    open_start: bool = False  # the start is not known: drawn from the picture's left edge
    open_end: bool = False  # the end is not known: drawn to the picture's right edge


@dataclass(frozen=True, slots=True)
class Milestone:
    day: date
    label: str
    tooltip: str
    style: str  # "today", "long_term", "nationality"


@dataclass(frozen=True, slots=True)
class Marker:
    """A one-day event drawn on a lane (a move)."""

    day: date
    lane: str
    tooltip: str
    style: str  # "move", "move_undeclared"


@dataclass(slots=True)
class Journey:
    spans: list[Span] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    hidden_lanes: frozenset[str] = frozenset()  # e.g. the visa of an EU citizen, who has none
    start: date | None = None  # the first and last day shown
    end: date | None = None

    @property
    def empty(self) -> bool:
        return self.start is None or self.end is None or not self.spans

    def rows(self, lane: str) -> int:
        return 1 + max((s.row for s in self.spans if s.lane == lane), default=0)

    def lanes(self) -> tuple[str, ...]:
        used = {s.lane for s in self.spans}
        return tuple(
            n
            for n in LANES
            if (n not in OPTIONAL_LANES and n not in self.hidden_lanes) or n in used
        )

    def description(self) -> str:
        """The picture in words, for screen readers."""
        if self.empty:
            return QCoreApplication.translate("TimelineView", "No dates recorded yet.")
        parts = [s.tooltip for s in self.spans if s.lane != "trips"]
        trips = [s for s in self.spans if s.lane == "trips"]
        planned = sum(1 for s in trips if s.style == "trip_planned")
        if trips:
            parts.append(
                QCoreApplication.translate(
                    "TimelineView", "{n} trips abroad, {p} of them planned"
                ).format(n=len(trips), p=planned)
            )
        parts.extend(m.tooltip.split("\n")[0] for m in self.markers)
        parts.extend(m.tooltip.split("\n")[0] for m in self.milestones)
        return ". ".join(parts) + "."


def build_journey(
    person: Person | None, deadlines: list[Deadline], rules: Ruleset, today: date
) -> Journey:
    """What to paint for `person`; an empty Journey when nothing is dated yet."""
    journey = Journey()
    if person is None:
        return journey
    if person.is_eu:
        journey.hidden_lanes = frozenset({"visa"})
    _add_visa(journey, person)
    _add_provisional(journey, person)
    _add_cards(journey, person)
    cutting = _add_trips(journey, person, rules, today)
    _add_moves(journey, person, deadlines)
    start = person.residence_start
    if start is None and not journey.spans:
        return Journey()
    _add_milestones(journey, deadlines, today)
    days = [m.day for m in journey.milestones] + [m.day for m in journey.markers]
    days += [d for d in (person.arrival, start) if d is not None]
    for s in journey.spans:
        days += [s.start, s.end]
    journey.start = min(days) - MARGIN_BEFORE
    journey.end = max(days) + MARGIN_AFTER
    # Open ends reach the edges of the picture: drawn from what is known.
    journey.spans = [
        replace(
            s,
            start=journey.start if s.open_start else s.start,
            end=journey.end if s.open_end else s.end,
        )
        for s in journey.spans
    ]
    if start is not None:
        # Residence runs to the end of the picture, cut by interrupting absences.
        period_start = start
        for left, returned in cutting:
            if returned < period_start:
                continue
            _add_residence(journey, period_start, left - timedelta(days=1), today)
            period_start = returned
        _add_residence(journey, period_start, journey.end, today)
    return journey


def _range_tip(name: str, start: date | None, end: date | None) -> str:
    if start is not None and end is not None:
        return f"{name}: {format_date(start)} – {format_date(end)}"
    if end is not None:
        return QCoreApplication.translate(
            "TimelineView", "{name}: valid until {end} (start not entered)"
        ).format(name=name, end=format_date(end))
    assert start is not None
    return QCoreApplication.translate(
        "TimelineView", "{name}: from {start} (end not entered)"
    ).format(name=name, start=format_date(start))


def _open_span(
    lane: str, start: date | None, end: date | None, label: str, style: str
) -> Span | None:
    """A bar from what is known; None when nothing is, or the range is backwards."""
    if start is None and end is None:
        return None
    if start is not None and end is not None and end < start:
        return None
    known = start or end
    assert known is not None
    return Span(
        lane,
        start or known,
        end or known,
        label,
        _range_tip(label, start, end),
        style,
        open_start=start is None,
        open_end=end is None,
    )


def _add_visa(journey: Journey, person: Person) -> None:
    v = person.visa
    if v is None:
        return
    name = (
        QCoreApplication.translate("TimelineView", "Visa {type}").format(type=v.type).strip()
        if v.type
        else QCoreApplication.translate("TimelineView", "Visa")
    )
    span = _open_span("visa", v.valid_from, v.valid_until, name, "visa")
    if span is not None:
        journey.spans.append(span)


def _add_provisional(journey: Journey, person: Person) -> None:
    for doc in person.provisional:
        span = _open_span(
            "waiting", doc.issued, doc.valid_until, provisional_short_name(doc.kind), "provisional"
        )
        if span is not None:
            journey.spans.append(span)


def _add_moves(journey: Journey, person: Person, deadlines: list[Deadline]) -> None:
    due = {d.subject: d for d in deadlines if d.kind is Kind.ADDRESS_DECLARATION}
    subjects = subjects_by_first_date("move", person.moves, lambda m: m.date)
    for move, subject in zip(person.moves, subjects, strict=True):
        if move.date is None:
            continue
        tip = QCoreApplication.translate("TimelineView", "Moved on {day}").format(
            day=format_date(move.date)
        )
        row = due.get(subject)
        if move.declared is not None:
            tip += QCoreApplication.translate(
                "TimelineView", ", declared at the commune on {day}"
            ).format(day=format_date(move.declared))
        elif row is not None and row.date is not None:
            tip += QCoreApplication.translate(
                "TimelineView", ", to declare at the commune by {day}"
            ).format(day=format_date(row.date))
        else:
            tip += QCoreApplication.translate("TimelineView", ", not declared yet")
        style = "move" if move.declared is not None else "move_undeclared"
        journey.markers.append(Marker(move.date, "residence", tip, style))


def _add_cards(journey: Journey, person: Person) -> None:
    ends: list[date] = []  # last day of the latest card on each sub-row
    dated = [c for c in person.cards if c.valid_from is not None and c.valid_until is not None]
    for card in sorted(dated, key=lambda c: c.valid_from or date.min):
        assert card.valid_from is not None and card.valid_until is not None
        if card.valid_until < card.valid_from:
            continue
        row = next((i for i, end in enumerate(ends) if end < card.valid_from), len(ends))
        if row == len(ends):
            ends.append(card.valid_until)
        else:
            ends[row] = card.valid_until
        kind = card.type or "?"
        label = (
            QCoreApplication.translate("TimelineView", "{type} card").format(type=kind)
            if kind != "other"
            else QCoreApplication.translate("TimelineView", "Card")
        )
        tip = f"{label}: {format_date(card.valid_from)} – {format_date(card.valid_until)}"
        if card.unlimited:
            tip += QCoreApplication.translate("TimelineView", " (unlimited stay)")
        style = "card_unlimited" if card.unlimited else "card"
        journey.spans.append(
            Span("cards", card.valid_from, card.valid_until, label, tip, style, row)
        )


def _add_trips(
    journey: Journey, person: Person, rules: Ruleset, today: date
) -> list[tuple[date, date]]:
    """Trip bars; returns the interrupting absences as (left, returned), in order."""
    months = rules.value("absence_single_max_months")
    cutting = []
    for block in Absences(person.absences).blocks:
        cuts = interrupts(block.left, block.returned, months)
        if cuts:
            cutting.append((block.left, block.returned))
        for trip in block.trips:
            assert trip.left is not None and trip.returned is not None
            planned = trip.left > today
            style = "trip_interrupts" if cuts else ("trip_planned" if planned else "trip")
            tip = QCoreApplication.translate("TimelineView", "Trip {range} ({n} days)").format(
                range=f"{format_date(trip.left)} – {format_date(trip.returned)}",
                n=trip.days(),
            )
            if planned:
                tip += QCoreApplication.translate("TimelineView", ", planned")
            if cuts:
                tip += QCoreApplication.translate("TimelineView", ", interrupts residence")
            if trip.note:
                tip += f"\n{trip.note}"
            journey.spans.append(Span("trips", trip.left, trip.returned, "", tip, style))
    return cutting


def _add_milestones(journey: Journey, deadlines: list[Deadline], today: date) -> None:
    names = {
        Kind.LONG_TERM_ELIGIBLE: (
            "long_term",
            QCoreApplication.translate("TimelineView", "Long-term"),
        ),
        Kind.PERMANENT_RESIDENCE_ELIGIBLE: (
            "permanent",
            QCoreApplication.translate("TimelineView", "Permanent residence"),
        ),
        Kind.NATIONALITY_ELIGIBLE: (
            "nationality",
            QCoreApplication.translate("TimelineView", "Nationality"),
        ),
    }
    for d in deadlines:
        if d.kind in names and d.date is not None:
            style, label = names[d.kind]
            tip = f"{deadline_text.title(d)}: {format_date(d.date)}\n{deadline_text.explanation(d)}"
            journey.milestones.append(Milestone(d.date, label, tip, style))
    journey.milestones.append(
        Milestone(
            today,
            QCoreApplication.translate("TimelineView", "Today"),
            QCoreApplication.translate("TimelineView", "Today, {day}").format(
                day=format_date(today)
            ),
            "today",
        )
    )


def _add_residence(journey: Journey, start: date, end: date, today: date) -> None:
    if end < start:
        return
    if start <= today:
        tip = QCoreApplication.translate("TimelineView", "Resident since {day}").format(
            day=format_date(start)
        )
        if end < today:
            tip = QCoreApplication.translate(
                "TimelineView", "Resident {range}, then interrupted"
            ).format(range=f"{format_date(start)} – {format_date(end)}")
        label = QCoreApplication.translate("TimelineView", "since {day}").format(
            day=format_date(start, False)
        )
        journey.spans.append(Span("residence", start, min(end, today), label, tip, "residence"))
    if end > today:
        first = max(start, today + timedelta(days=1))
        tip = QCoreApplication.translate(
            "TimelineView", "Residence still to come, from {day}"
        ).format(day=format_date(first))
        journey.spans.append(Span("residence", first, end, "", tip, "residence_future"))
