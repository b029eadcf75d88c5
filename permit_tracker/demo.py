"""A sample family for `permit-tracker --demo` and the screenshots (no Qt).

Each person walks one residence path (docs/rules.md), so the screenshots and a first look
show every path's dates:
- Ana Silva, Brazilian, a single-permit worker: A cards held for work, so her employer files
  the renewal with the Region (the window is open); an annex 15 while her first card was
  made, the procedure steps, a declared move, four trips (one planned).
- Tomás Costa, Brazilian, a student who became a worker: two A cards for study, then one for
  work; his study years count half towards long-term residence. A planned four-month trip
  needs a declaration before leaving, and his card expires while he is away. A police
  clearance he obtained and left in a drawer is now too old (the demo's overdue row).
- Inês Costa, his sister, a student who arrived five days ago: register at the commune. The
  trip she plans for Easter starts after her visa ends, before any card: she may not be let
  back in on an annex 15.
- Rui Silva, Portuguese, an EU citizen: no visa, registered with an annex 19 within three
  months, an EU card; after five years he has applied for permanent residence (EU+), and a
  long posting abroad (an important reason) was declared and reported.
- Marta Silva, Brazilian, Rui's wife: a family member of an EU citizen with an orange card,
  then an F card (permanent residence, F+, after five years); she has just moved house with
  Rui and not declared it yet.

Dates are placed around `today` so that every status shows: something overdue, things due
soon, upcoming ones, done ones and milestones. The ids are fixed so screenshots and calendar
UIDs of the demo are reproducible.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from permit_tracker.domain.model import (
    Absence,
    Application,
    Card,
    Document,
    Move,
    Passport,
    Person,
    Procedure,
    Provisional,
    Visa,
)


def _d(today: date, days: int = 0, months: int = 0, years: int = 0) -> date:
    return today + relativedelta(days=days, months=months, years=years)


def _ana(today: date) -> Person:
    arrival = _d(today, months=-26, days=-4)
    registered = arrival + timedelta(days=4)
    card1_from = registered + timedelta(days=48)
    card1_until = card1_from + relativedelta(years=1, days=-1)
    # Expires in 75 days: the employer's window (3 → 2 months before) is open, the
    # commune's (40 → 30 days) opens in 35 days.
    card2_until = today + timedelta(days=75)
    return Person(
        id="5b7c1e2a-9f0d-4c8e-a1b2-0d3e4f5a6b01",
        name="Ana Silva",
        citizenship="non_eu",
        reason="work",
        arrival=arrival,
        registered=registered,
        visa=Visa("D", arrival - timedelta(days=12), arrival + timedelta(days=170)),
        passport=Passport(_d(today, years=4, months=2)),
        cards=(
            Card("A", card1_from, card1_until, "work"),
            Card("A", card1_until + timedelta(days=1), card2_until, "work"),
        ),
        absences=(
            Absence(_d(today, months=-20), _d(today, months=-20, days=16), "São Paulo, family"),
            Absence(_d(today, months=-14, days=3), _d(today, months=-14, days=9), "Conference"),
            Absence(_d(today, months=-6), _d(today, months=-6, days=21), "Summer in Porto"),
            Absence(_d(today, months=3), _d(today, months=3, days=14), "Planned: Brazil"),
        ),
        moves=(Move(_d(today, months=-10), _d(today, months=-10, days=5)),),
        provisional=(Provisional("annex_15", registered, registered + relativedelta(months=3)),),
        documents=(
            Document("passport", "obtained", _d(today, years=-5, months=2)),
            Document("police_clearance", "obtained", _d(today, months=-5, days=-20)),
            Document("medical_certificate", "requested", None),
            Document("means_of_support", "obtained", _d(today, days=-40)),
            Document("accommodation", "obtained", _d(today, months=-3)),
            Document("work_permit", "obtained", card1_from - timedelta(days=20)),
        ),
        procedure=Procedure(
            police_check=registered + timedelta(days=15),
            card_application=registered + timedelta(days=29),
            card_collected=card1_from,
        ),
    )


def _ines(today: date) -> Person:
    arrival = today - timedelta(days=5)
    return Person(
        id="5b7c1e2a-9f0d-4c8e-a1b2-0d3e4f5a6b04",
        name="Inês Costa",
        citizenship="non_eu",
        reason="study",
        arrival=arrival,
        visa=Visa("D", arrival - timedelta(days=9), arrival + timedelta(days=120)),
        passport=Passport(_d(today, years=6)),
        absences=(
            Absence(_d(today, months=4), _d(today, months=4, days=10), "Planned: Easter in Recife"),
        ),
        documents=(
            Document("passport", "obtained", _d(today, years=-4)),
            Document("police_clearance", "submitted", _d(today, months=-3)),
            Document("medical_certificate", "submitted", _d(today, months=-3, days=4)),
            Document("means_of_support", "obtained", _d(today, months=-2)),
            Document("accommodation", "requested", None),
            Document("enrolment", "obtained", _d(today, months=-1)),
        ),
    )


def _tomas(today: date) -> Person:
    arrival = _d(today, years=-4, months=-3)
    registered = arrival + timedelta(days=5)
    first_year_ends = date(arrival.year + 1, 10, 31)  # student cards run to 31 October
    study_ends = date(arrival.year + 2, 10, 31)
    work_until = _d(today, months=8)  # expires during the planned long trip
    return Person(
        id="5b7c1e2a-9f0d-4c8e-a1b2-0d3e4f5a6b05",
        name="Tomás Costa",
        citizenship="non_eu",
        reason="work",
        arrival=arrival,
        registered=registered,
        visa=Visa("D", arrival - timedelta(days=9), arrival + timedelta(days=120)),
        passport=Passport(_d(today, years=6)),
        cards=(
            Card("A", registered + timedelta(days=35), first_year_ends, "study"),
            Card("A", first_year_ends + timedelta(days=1), study_ends, "study"),
            Card("A", study_ends + timedelta(days=1), work_until, "work"),
        ),
        absences=(
            Absence(
                _d(today, years=-1, months=-1),
                _d(today, years=-1, months=-1, days=12),
                "Christmas in Recife",
            ),
            Absence(_d(today, months=6), _d(today, months=10), "Planned: four months in Recife"),
        ),
        provisional=(Provisional("annex_15", registered, registered + relativedelta(months=3)),),
        documents=(
            Document("passport", "obtained", _d(today, years=-4)),
            Document("enrolment", "submitted", arrival - timedelta(days=60)),
            Document("work_permit", "obtained", study_ends - timedelta(days=30)),
            # Obtained for the long-term application, then left in a drawer: too old now.
            Document("police_clearance", "obtained", _d(today, months=-6, days=-10)),
            Document("means_of_support", "obtained", _d(today, months=-2)),
            Document("accommodation", "requested", None),
        ),
    )


def _rui(today: date, moved: date) -> Person:
    arrival = _d(today, years=-5, months=-3)
    registered = arrival + timedelta(days=30)  # annex 19, within the EU's 3 months
    eu_card_from = registered + timedelta(days=80)
    posting = _d(today, years=-2, months=-6)
    applied = _d(today, days=-20)
    return Person(
        id="5b7c1e2a-9f0d-4c8e-a1b2-0d3e4f5a6b02",
        name="Rui Silva",
        citizenship="eu",
        reason="work",
        arrival=arrival,
        registered=registered,
        passport=Passport(_d(today, years=7, months=5)),
        # Asking for permanent residence (EU+) is how an EU card is renewed.
        cards=(
            Card(
                "EU",
                eu_card_from,
                eu_card_from + relativedelta(years=5, days=-1),
                "work",
                renewal_requested=applied,
            ),
        ),
        absences=(
            Absence(_d(today, years=-4), _d(today, years=-4, days=20), "Christmas in Braga"),
            Absence(
                posting,
                posting + relativedelta(months=4),
                "Posted to Luanda",
                declared=posting - timedelta(days=10),
                reported_back=posting + relativedelta(months=4, days=6),
                important_reason=True,
            ),
            Absence(_d(today, months=2), _d(today, months=2, days=9), "Planned: Lisbon"),
        ),
        moves=(Move(moved, moved + timedelta(days=2)),),
        provisional=(Provisional("annex_19", registered, registered + relativedelta(months=5)),),
        applications=(Application("permanent_residence", applied),),
        documents=(
            Document("passport", "obtained", _d(today, years=-2, months=5)),
            Document("means_of_support", "submitted", _d(today, days=-25)),
            Document("accommodation", "submitted", _d(today, days=-25)),
        ),
    )


def _marta(today: date, moved: date) -> Person:
    arrival = _d(today, months=-9, days=-2)
    registered = arrival + timedelta(days=6)  # annex 19ter
    orange_from = registered + timedelta(days=14)  # after the police checked the address
    card_from = arrival + timedelta(days=70)
    return Person(
        id="5b7c1e2a-9f0d-4c8e-a1b2-0d3e4f5a6b03",
        name="Marta Silva",
        citizenship="non_eu",
        reason="family",
        arrival=arrival,
        registered=registered,
        visa=Visa("D", arrival - timedelta(days=20), arrival + timedelta(days=160)),
        passport=Passport(_d(today, years=2, months=7)),
        cards=(Card("F", card_from, card_from + relativedelta(years=5, days=-1), "family"),),
        absences=(
            Absence(_d(today, months=-4), _d(today, months=-4, days=10), "Funeral, São Paulo"),
            Absence(_d(today, months=2), _d(today, months=2, days=9), "Planned: Lisbon"),
        ),
        moves=(Move(moved),),  # moved with Rui; she has not declared it yet
        provisional=(
            Provisional("orange_card", orange_from, orange_from + relativedelta(months=6)),
        ),
        documents=(
            Document("passport", "obtained", _d(today, years=-2, months=-5)),
            Document("civil_status", "submitted", registered),
            Document("police_clearance", "submitted", _d(today, months=-11)),
            Document("medical_certificate", "submitted", _d(today, months=-10, days=-5)),
        ),
        procedure=Procedure(
            police_check=orange_from,
            card_application=orange_from + timedelta(days=30),
            card_collected=card_from,
        ),
    )


def demo_people(today: date) -> list[Person]:
    """Ana (single permit), Rui (EU citizen), his wife Marta (F card), Inês (a newcomer
    student) and Tomás (student, then worker), in this order."""
    moved = today - timedelta(days=4)
    return [_ana(today), _rui(today, moved), _marta(today, moved), _ines(today), _tomas(today)]
