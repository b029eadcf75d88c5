"""The seed guide's procedure as steps for one person's path (the Journey view), without Qt.

`journey(person, deadlines, today)` turns what the person recorded and the engine's rows
(`deadlines_for`) into ordered steps, each `done`, `current` or `ahead`:

    visa (non-EU) -> arrival -> registration at the commune (annex 15 / 19 / 19ter)
    -> police address check -> card application (photo, fingerprints)
    -> PIN letter and collecting the card -> each card's renewal
    -> long-term residence (non-EU) or permanent residence (EU citizens, F-card holders)
    -> Belgian nationality

Dates never come from rules computed here: a step's deadline is an engine row (registration,
visa_expiry, the card renewal rows, the eligibility rows); the rest are dates the person
recorded (arrival, registered, `Person.procedure`, the cards).

Readings chosen where the rules (docs/rules.md) are silent:
* The path: "eu" for EU/EEA/Swiss citizens; "eu_family" for a non-EU person who holds or
  held an F or F+ card or recorded an annex 19ter; "non_eu" otherwise.
* A step counts as done when a later step of the chain is recorded: a recorded card means
  the police check, the application and the collection happened, even without their dates
  (shown done, without a date); so does any later step done (a renewal asked for, a status
  applied for): everything from the visa to the card happened. A procedure date after
  `today` is an appointment: the step is not done yet and shows that date.
* `current` is the first step that is not done: what comes next. Every later step is ahead.
  An eligibility step is done once a card of that status (L or K / EU+ or F+) is recorded or
  an application for it was filed (its date: the filing, else the card's start);
  nationality once its declaration was filed.
* After the card, renewals and the five-year status come in date order (done ones first,
  undated last), the nationality declaration last.
* Renewal steps: one per recorded card with a renewal row; the step's
  deadline is the employer's (A or H card held for work or blue_card) when the engine gives
  one, else the commune's last day (`card_renewal_closes`).
* What to bring: a step that hands in the file (the visa, the registration) brings the
  person's document checklist (`Step.checklist`: the Documents tab's list for the reason,
  study -> enrolment, work or blue_card -> work permit, family -> civil-status documents),
  filled in by the UI, which owns that list; other steps name their few documents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from permit_tracker.domain.deadline import Deadline, Kind, Status
from permit_tracker.domain.model import DocumentKind, Person
from permit_tracker.domain.phrase import Arg, Month, Phrase, Term, joined, phrase, render

StepState = Literal["done", "current", "ahead"]
Path = Literal["non_eu", "eu", "eu_family"]
Day = date

# Where each step is explained (the sources of docs/rules.md).
SOURCES: Final = {
    "visa": "https://germany.diplomatie.belgium.be/de/konsularische-dienste/visum-fuer-belgien/after-arrival-belgium",
    "arrival": "https://germany.diplomatie.belgium.be/de/konsularische-dienste/visum-fuer-belgien/after-arrival-belgium",
    "registration": "https://www.commissioner.brussels/",
    "registration_eu": "https://ibz.be/en/registration-and-reporting-obligation-general",
    "registration_eu_family": "https://dofi.ibz.be/nl/themes/third-country-nationals/family-reunification/residence-application/de-gezinshereniger-een-1",
    "police_check": "https://stad.gent/en/migration/family-reunification/family-reunification-non-eu-citizen-non-eu-citizen",
    "card_application": "https://stad.gent/en/migration/family-reunification/family-reunification-non-eu-citizen-non-eu-citizen",
    "card_collected": "https://stad.gent/en/migration/family-reunification/family-reunification-non-eu-citizen-non-eu-citizen",
    "renewal": "https://www.vreemdelingenrecht.be/nieuws/vreemdelingen-krijgen-oproeping-voor-vernieuwing-elektronische-verblijfskaart",
    "long_term": "https://www.agii.be/thema/verblijfsrecht-uitwijzing-reizen/langdurig-ingezetene/langdurig-ingezetene-in-belgie/wat-zijn-de-voorwaarden-voor-een-langdurig-ingezetene",
    "permanent_residence": "https://ibz.be/en/right-of-permanent-residence-of-eu-citizens-and-their-family-members",
    "nationality": "https://justitie.belgium.be/nl/themas_en_dossiers/personen_en_gezinnen/nationaliteit/belg_worden/verklaring_tot_verkrijging/nationaliteitsverklaring",
}  # fmt: skip

_BEFORE_CHAIN: Final = frozenset({"visa", "arrival", "registration"})
_CHAIN: Final = frozenset({"police_check", "card_application", "card_collected"})
# The Procedure fields a user can date from the Journey view, by step key.
EDITABLE_STEPS: Final = ("police_check", "card_application", "card_collected")

_URL = re.compile(r"https?://[^\s)]+")


@dataclass(frozen=True, slots=True)
class Step:
    key: str  # "visa", "arrival", "registration", "police_check", ..., "renewal-card-1"
    title: str  # English; `title_text` for the renderer of each language
    state: StepState
    date: Day | None  # done: when it happened (if known); otherwise its deadline or date
    what: str  # one or two sentences: what happens at this step (English; `what_text`)
    deadline: Deadline | None = None  # the engine row the date comes from, if any
    bring: tuple[DocumentKind, ...] = ()  # what to bring (document kinds)
    checklist: bool = False  # bring the person's whole document checklist
    source: str = ""  # a URL that explains the step
    editable: bool = False  # a Procedure date the user can set from the Journey view
    late: bool = False  # its deadline has passed and it is not done
    title_text: Arg = ""  # `title` as data (domain.phrase), rendered per language
    what_text: Arg = ""  # `what` as data

    @property
    def done(self) -> bool:
        return self.state == "done"


def path_of(person: Person) -> Path:
    if person.is_eu:
        return "eu"
    if any(c.type in ("F", "F+") for c in person.cards) or any(
        p.kind == "annex_19ter" for p in person.provisional
    ):
        return "eu_family"
    return "non_eu"


def source_url(citation: str) -> str:
    """The first URL in a rule's citation ("Aliens Act (https://...)"), or ""."""
    found = _URL.search(citation)
    return found.group(0) if found else ""


def _row(deadlines: Sequence[Deadline], kind: Kind, subject: str = "") -> Deadline | None:
    return next((d for d in deadlines if d.kind is kind and d.subject == subject), None)


def _late(row: Deadline | None) -> bool:
    return row is not None and row.status is Status.OVERDUE


@dataclass(slots=True)
class _Draft:
    key: str
    title: Phrase
    done: bool
    date: Day | None
    what: Arg
    deadline: Deadline | None = None
    bring: tuple[DocumentKind, ...] = ()
    source: str = ""
    editable: bool = False
    checklist: bool = False


def journey(person: Person, deadlines: Sequence[Deadline], today: date) -> list[Step]:
    """The steps of `person`'s path in order, with the first open one `current`.

    `deadlines` are the engine's rows for this person (`deadlines_for(person, rules, today)`).
    """
    path = path_of(person)
    procedure = person.procedure
    cards = sorted(
        (c for c in person.cards if c.valid_from is not None),
        key=lambda c: c.valid_from or date.min,
    )
    first_card = cards[0] if cards else None
    has_card = bool(person.cards)
    drafts: list[_Draft] = []

    if path != "eu":
        visa = person.visa
        visa_row = _row(deadlines, Kind.VISA_EXPIRY)
        got_visa = visa is not None and (visa.valid_from or visa.valid_until) is not None
        arrived = person.arrival is not None and person.arrival <= today
        drafts.append(
            _Draft(
                "visa",
                phrase("Long-stay visa (type D)"),
                got_visa or arrived,
                visa.valid_from if visa is not None and visa.valid_from else None,
                phrase(
                    "Apply at the Belgian embassy or consulate before you travel. The visa "
                    "lets you enter; a residence card must start before it ends."
                ),
                visa_row if not (got_visa or arrived) else None,
                source=SOURCES["visa"],
                checklist=True,
            )
        )
    arrival = person.arrival
    drafts.append(
        _Draft(
            "arrival",
            phrase("Arrival in Belgium"),
            arrival is not None and arrival <= today,
            arrival,
            phrase("The day you arrive starts the clock for registering at the commune.")
            if arrival is None or arrival <= today
            else phrase("Your planned arrival: the registration deadline counts from it."),
            None,
            (),
            SOURCES["arrival"],
        )
    )
    annex, where = {
        "non_eu": (Term("annex", "annex_15", "annex 15"), "registration"),
        "eu": (Term("annex", "annex_19", "annex 19"), "registration_eu"),
        "eu_family": (Term("annex", "annex_19ter", "annex 19ter"), "registration_eu_family"),
    }[path]
    registration = _row(deadlines, Kind.REGISTRATION)
    registered = person.registered is not None
    drafts.append(
        _Draft(
            "registration",
            phrase("Register at the commune ({annex})", annex=annex),
            registered,
            person.registered if registered else (registration.date if registration else None),
            phrase(
                "Report to the foreigners' office of the commune where you live and hand in "
                "your documents; you get an {annex} while your file is checked.",
                annex=annex,
            ),
            None if registered else registration,
            source=source_url(registration.source) if registration else SOURCES[where],
            checklist=True,
        )
    )
    collected_on = procedure.card_collected if procedure else None
    applied_on = procedure.card_application if procedure else None
    checked_on = procedure.police_check if procedure else None
    # A date still ahead is an appointment: the step is not done yet.
    collected = (collected_on is not None and collected_on <= today) or has_card
    applied = (applied_on is not None and applied_on <= today) or collected
    checked = (checked_on is not None and checked_on <= today) or applied
    drafts.append(
        _Draft(
            "police_check",
            phrase("Police address check"),
            checked,
            checked_on,
            phrase(
                "A local police officer visits to check that you live at the address you "
                "gave; be reachable and have your name on the letterbox."
            ),
            source=SOURCES["police_check"],
            editable=True,
        )
    )
    drafts.append(
        _Draft(
            "card_application",
            phrase("Card application: photo and fingerprints"),
            applied,
            applied_on,
            phrase(
                "After a positive check the commune invites you to apply for your card: bring "
                "a recent photo; your fingerprints are taken."
            ),
            bring=("passport",),
            source=SOURCES["card_application"],
            editable=True,
        )
    )
    drafts.append(
        _Draft(
            "card_collected",
            phrase("PIN letter and collecting the card"),
            collected,
            collected_on or (first_card.valid_from if first_card else None),
            phrase(
                "The PIN and PUK codes come by post about 2 to 4 weeks after the application; "
                "then collect and activate your card at the commune."
            ),
            bring=("passport",),
            source=SOURCES["card_collected"],
            editable=True,
        )
    )
    # After the card: renewals and the five-year status in the order they come (done ones
    # first), the nationality declaration last.
    later = _renewals(person, deadlines) + _statuses(person, path, deadlines)
    nationality = [d for d in later if d.key == "nationality"]
    rest = [d for d in later if d.key != "nationality"]
    rest.sort(key=lambda d: (not d.done, d.date is None, d.date or date.min))
    drafts.extend(rest + nationality)
    # A later step done (a renewal, a status) means the card was made: the chain before it
    # happened, dated or not.
    if any(d.done for d in drafts if d.key not in _CHAIN and d.key not in _BEFORE_CHAIN):
        for d in drafts:
            if d.key in _CHAIN or d.key in _BEFORE_CHAIN:
                d.done = True
    return _states(drafts, today)


def _renewals(person: Person, deadlines: Sequence[Deadline]) -> list[_Draft]:
    """One step per card the engine gives a renewal for, in card order."""
    drafts: list[_Draft] = []
    subjects = sorted(
        {d.subject for d in deadlines if d.kind is Kind.CARD_RENEWAL_CLOSES},
        key=lambda s: int(s.rpartition("-")[2]) if s.rpartition("-")[2].isdigit() else 0,
    )
    for subject in subjects:
        closes = _row(deadlines, Kind.CARD_RENEWAL_CLOSES, subject)
        employer = _row(deadlines, Kind.EMPLOYER_RENEWAL_CLOSES, subject)
        expiry = _row(deadlines, Kind.CARD_EXPIRY, subject)
        due = employer or closes
        assert due is not None
        card = _card_of(expiry)
        if expiry is not None and expiry.date is not None:
            title = phrase("Renew your {card} (ends {month})", card=card, month=Month(expiry.date))
        else:
            title = phrase("Renew your {card}", card=card)
        what: Arg
        if card.code == "F":
            title = phrase("Apply for the F+ card (permanent residence)")
            what = phrase("Before your F card expires, ask the commune for the F+ card.")
        elif employer is not None:
            what = phrase(
                "Your employer files the renewal of your single permit with the Region; "
                "ask them in time."
            )
        else:
            what = phrase("Ask the commune to renew your card in the renewal window.")
        if expiry is not None and expiry.date is not None:
            what = joined([what, phrase("The card expires on {day}.", day=expiry.date)])
        drafts.append(
            _Draft(
                f"renewal-{subject}",
                title,
                due.status is Status.DONE,
                _renewal_done_on(person, subject) if due.status is Status.DONE else due.date,
                what,
                due,
                ("passport",),
                source_url(due.source) or SOURCES["renewal"],
            )
        )
    return drafts


def _card_of(expiry: Deadline | None) -> Term:
    """The card a card_expiry row names (its title's slot, not its English words), as the
    title's first word: "A card", "Residence card"."""
    found = expiry.text.title.arg("card") if expiry is not None and expiry.text else None
    if isinstance(found, Term):
        return Term("card", found.code, found.english[:1].upper() + found.english[1:])
    return Term("card", None, "Residence card")


def _renewal_done_on(person: Person, subject: str) -> Day | None:
    """When the renewal of card `subject` ("card-2") was asked for, if recorded."""
    cards = sorted(
        (c for c in person.cards), key=lambda c: (c.valid_from is None, c.valid_from or date.min)
    )
    number = subject.rpartition("-")[2]
    if not number.isdigit() or not 0 < int(number) <= len(cards):
        return None
    return cards[int(number) - 1].renewal_requested


def _reached(
    person: Person, application: str, card_types: frozenset[str]
) -> tuple[bool, Day | None]:
    """Whether a status step is done (its application filed, or a card of that status
    held) and since when: the earliest filing, else the earliest such card's start."""
    filed = [a.filed for a in person.applications if a.kind == application and a.filed]
    if filed:
        return True, min(filed)
    cards = [c for c in person.cards if c.type in card_types]
    starts = [c.valid_from for c in cards if c.valid_from is not None]
    return bool(cards), min(starts, default=None)


def _statuses(person: Person, path: Path, deadlines: Sequence[Deadline]) -> list[_Draft]:
    drafts: list[_Draft] = []
    if path == "non_eu" or _row(deadlines, Kind.PERMANENT_RESIDENCE_ELIGIBLE) is None:
        row = _row(deadlines, Kind.LONG_TERM_ELIGIBLE)
        done, since = _reached(person, "long_term", frozenset({"L", "K"}))
        drafts.append(
            _Draft(
                "long_term",
                phrase("Long-term residence (L card)"),
                done,
                since if done else (row.date if row else None),
                phrase(
                    "After five years of legal, uninterrupted residence you may apply at the "
                    "commune (annex 16); stable resources and health insurance are required."
                ),
                row,
                ("passport", "means_of_support", "health_insurance"),
                (source_url(row.source) if row else "") or SOURCES["long_term"],
            )
        )
    else:
        row = _row(deadlines, Kind.PERMANENT_RESIDENCE_ELIGIBLE)
        card = "EU+" if path == "eu" else "F+"
        done, since = _reached(person, "permanent_residence", frozenset({"EU+", "F+"}))
        drafts.append(
            _Draft(
                "permanent_residence",
                phrase("Permanent residence ({card} card)", card=card),
                done,
                since if done else (row.date if row else None),
                phrase(
                    "After five years of uninterrupted residence the right is permanent; ask "
                    "the commune for the {card} card (annex 22).",
                    card=card,
                ),
                row,
                ("passport",),
                (source_url(row.source) if row else "") or SOURCES["permanent_residence"],
            )
        )
    row = _row(deadlines, Kind.NATIONALITY_ELIGIBLE)
    done, since = _reached(person, "nationality", frozenset())
    drafts.append(
        _Draft(
            "nationality",
            phrase("Belgian nationality"),
            done,
            since if done else (row.date if row else None),
            phrase(
                "A declaration at the commune after five years of legal residence, with an "
                "unlimited-stay card, A2 language, social integration and economic "
                "participation."
            ),
            row,
            ("passport", "civil_status"),
            (source_url(row.source) if row else "") or SOURCES["nationality"],
        )
    )
    return drafts


def _states(drafts: Sequence[_Draft], today: date) -> list[Step]:
    steps: list[Step] = []
    current_seen = False
    for draft in drafts:
        if draft.done:
            state: StepState = "done"
        elif not current_seen:
            state, current_seen = "current", True
        else:
            state = "ahead"
        late = not draft.done and _late(draft.deadline)
        steps.append(
            Step(
                key=draft.key,
                title=render(draft.title),
                state=state,
                date=draft.date,
                what=render(draft.what),
                deadline=draft.deadline,
                bring=draft.bring,
                source=draft.source,
                editable=draft.editable,
                checklist=draft.checklist,
                late=late,
                title_text=draft.title,
                what_text=draft.what,
            )
        )
    return steps


def current_step(steps: Sequence[Step]) -> Step | None:
    return next((s for s in steps if s.state == "current"), None)
