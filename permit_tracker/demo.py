"""A sample family for `permit-tracker --demo` and the screenshots (no Qt).

Dates are placed around `today` so that every status shows: something overdue, things due
soon, upcoming ones, done ones and milestones. The ids are fixed so screenshots and calendar
UIDs of the demo are reproducible.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from permit_tracker.domain.model import Absence, Card, Document, Passport, Person, Visa


def _d(today: date, days: int = 0, months: int = 0, years: int = 0) -> date:
    return today + relativedelta(days=days, months=months, years=years)


def demo_people(today: date) -> list[Person]:
    """Ana (work, renewal window open), Rui (family, passport nearly too short), their
    daughter Marta, and Ana's sister Inês, a student who arrived five days ago."""
    ana_arrival = _d(today, months=-26, days=-4)
    ana_registered = ana_arrival + timedelta(days=4)
    ana_card1_from = ana_registered + timedelta(days=48)
    ana_card1_until = ana_card1_from + relativedelta(years=1, days=-1)
    ana_card2_until = today + timedelta(days=38)  # renewal window open, closes in 8 days
    ana = Person(
        id="5b7c1e2a-9f0d-4c8e-a1b2-0d3e4f5a6b01",
        name="Ana Silva",
        reason="work",
        arrival=ana_arrival,
        registered=ana_registered,
        visa=Visa("D", ana_arrival - timedelta(days=12), ana_arrival + timedelta(days=170)),
        passport=Passport(_d(today, years=4, months=2)),
        cards=(
            Card("A", ana_card1_from, ana_card1_until),
            Card("A", ana_card1_until + timedelta(days=1), ana_card2_until),
        ),
        absences=(
            Absence(_d(today, months=-20), _d(today, months=-20, days=16), "Lisbon, family"),
            Absence(_d(today, months=-14, days=3), _d(today, months=-14, days=9), "Conference"),
            Absence(_d(today, months=-6), _d(today, months=-6, days=21), "Summer in Porto"),
            Absence(_d(today, months=3), _d(today, months=3, days=14), "Planned: Brazil"),
        ),
        documents=(
            Document("passport", "obtained", _d(today, years=-5, months=2)),
            Document("police_clearance", "obtained", _d(today, months=-5, days=-20)),
            Document("medical_certificate", "requested", None),
            Document("means_of_support", "obtained", _d(today, days=-40)),
            Document("accommodation", "obtained", _d(today, months=-3)),
        ),
    )
    rui_arrival = _d(today, months=-9, days=-2)
    rui = Person(
        id="5b7c1e2a-9f0d-4c8e-a1b2-0d3e4f5a6b02",
        name="Rui Silva",
        reason="family",
        arrival=rui_arrival,
        registered=rui_arrival + timedelta(days=6),
        visa=Visa("D", rui_arrival - timedelta(days=20), rui_arrival + timedelta(days=160)),
        # Expires in 11 months: already short of the 12 months an application needs.
        passport=Passport(_d(today, months=11)),
        cards=(Card("F", rui_arrival + timedelta(days=70), _d(today, years=4, days=75)),),
        absences=(Absence(_d(today, months=-4), _d(today, months=-4, days=10), "Funeral, Lisbon"),),
        documents=(
            Document("passport", "obtained", _d(today, years=-9, months=11)),
            Document("police_clearance", "submitted", _d(today, months=-11)),
            Document("medical_certificate", "submitted", _d(today, months=-10, days=-5)),
        ),
    )
    marta = Person(
        id="5b7c1e2a-9f0d-4c8e-a1b2-0d3e4f5a6b03",
        name="Marta Silva",
        reason="family",
        arrival=rui_arrival,
        registered=rui_arrival + timedelta(days=6),
        visa=Visa("D", rui_arrival - timedelta(days=20), rui_arrival + timedelta(days=160)),
        passport=Passport(_d(today, years=2, months=7)),
        cards=(Card("F", rui_arrival + timedelta(days=70), _d(today, years=4, days=75)),),
        absences=(Absence(_d(today, months=-4), _d(today, months=-4, days=10), "Funeral, Lisbon"),),
        documents=(Document("passport", "obtained", _d(today, years=-2, months=-5)),),
    )
    ines_arrival = today - timedelta(days=5)
    ines = Person(
        id="5b7c1e2a-9f0d-4c8e-a1b2-0d3e4f5a6b04",
        name="Inês Costa",
        reason="study",
        arrival=ines_arrival,
        visa=Visa("D", ines_arrival - timedelta(days=9), ines_arrival + timedelta(days=120)),
        passport=Passport(_d(today, years=6)),
        documents=(
            Document("passport", "obtained", _d(today, years=-4)),
            Document("police_clearance", "submitted", _d(today, months=-3)),
            Document("medical_certificate", "submitted", _d(today, months=-3, days=4)),
            Document("means_of_support", "obtained", _d(today, months=-2)),
            Document("accommodation", "requested", None),
        ),
    )
    return [ana, rui, marta, ines]
