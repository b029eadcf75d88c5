"""The deadline and continuity engine on long travel histories: 200 vs 2,000 trips a person.

A family of four: two occasional travellers, a commuter abroad half of the time (the window
stays over the 300-day limit for decades, so the engine walks every gap between trips) and
one with a 7-month absence every few hundred trips (interruptions restart the count). For
each person: every deadline (both eligibility dates), the absence budget today and the
effect of one proposed trip. Ten times the trips must cost well under twenty times the time
(linearithmic, not quadratic): exit status 1 when the ratio reaches the target.

Back-to-back: one person with 10,000, 40,000 and 100,000 one-day trips that touch (a
regression: merging them once copied a growing tuple, 9 s for 40k). Each size is timed against
a baseline measured in the same run on the same trips, sorting them (n log n, the least any
engine must do), so the ratio engine / baseline cancels out the machine and its load: it
must stay under twice the ratio of the smallest size (a quadratic merge grows it tenfold).
"""

from __future__ import annotations

import argparse
import random
import sys
import timeit
from collections.abc import Callable
from datetime import date, timedelta

from permit_tracker.domain.continuity_travel import absence_usage, trip_effect
from permit_tracker.domain.deadlines import deadlines_for
from permit_tracker.domain.model import Absence, Card, Passport, Person, Visa
from permit_tracker.rules.ruleset import Ruleset

TARGET = 20.0
SMALL, LARGE = 200, 2_000
ARRIVAL = date(2001, 3, 5)
TODAY = date(2026, 1, 15)


def _trips(count: int, seed: int, length: range, gap: range, long_every: int) -> list[Absence]:
    rng = random.Random(seed)
    trips: list[Absence] = []
    left = ARRIVAL + timedelta(days=20)
    for n in range(1, count + 1):
        days = 215 if long_every and n % long_every == 0 else rng.choice(length)
        returned = left + timedelta(days=days - 1)
        trips.append(Absence(left, returned, f"trip {n}"))
        left = returned + timedelta(days=rng.choice(gap))
    rng.shuffle(trips)  # recorded in no particular order
    return trips


def family(trips_each: int) -> list[Person]:
    profiles = [  # (trip lengths, gaps between trips, a 7-month trip every n trips)
        (range(1, 5), range(20, 40), 0),
        (range(1, 15), range(30, 90), 0),
        (range(10, 20), range(8, 20), 0),  # abroad half of the time
        (range(1, 8), range(10, 30), 150),
    ]
    people = []
    for index, (length, gap, long_every) in enumerate(profiles):
        people.append(
            Person(
                f"Person {index + 1}",
                arrival=ARRIVAL,
                registered=ARRIVAL + timedelta(days=4),
                visa=Visa("D", ARRIVAL - timedelta(days=10), ARRIVAL + timedelta(days=170)),
                passport=Passport(TODAY + timedelta(days=900)),
                cards=(
                    Card("A", ARRIVAL + timedelta(days=60), ARRIVAL + timedelta(days=424)),
                    Card("B", ARRIVAL + timedelta(days=425), TODAY + timedelta(days=700)),
                ),
                absences=tuple(_trips(trips_each, index, length, gap, long_every)),
            )
        )
    return people


def run(people: list[Person], rules: Ruleset) -> None:
    proposed = Absence(TODAY + timedelta(days=30), TODAY + timedelta(days=60))
    for person in people:
        deadlines_for(person, rules, TODAY)
        absence_usage(person, rules, TODAY)
        trip_effect(person, proposed, rules)


def seconds_per_run(people: list[Person], rules: Ruleset, repeat: int) -> float:
    timer = timeit.Timer(lambda: run(people, rules))
    loops, _ = timer.autorange()  # enough loops for at least 0.2 s
    return min(timer.repeat(repeat=repeat, number=loops)) / loops


BACK_TO_BACK = (10_000, 40_000, 100_000)  # the first is the base: fixed costs are small there
BACK_TO_BACK_TARGET = 2.0  # ratio to the baseline, relative to the smallest size's ratio


def back_to_back(count: int) -> Person:
    """`count` one-day trips on consecutive days: one absence of `count` days."""
    first = ARRIVAL + timedelta(days=30)
    trips = [Absence(first + timedelta(days=n), first + timedelta(days=n)) for n in range(count)]
    random.Random(count).shuffle(trips)
    card = Card("B", ARRIVAL + timedelta(days=20), None)  # no travel warning per trip
    return Person("Commuter", registered=ARRIVAL, cards=(card,), absences=tuple(trips))


def best_of_three(run: Callable[[], object]) -> float:
    return min(timeit.Timer(run).repeat(repeat=3, number=1))


def back_to_back_ratio(count: int, rules: Ruleset) -> tuple[float, float]:
    """(engine seconds, engine / baseline): every deadline of the person (both eligibility
    dates) against sorting the same trips by their dates."""
    person = back_to_back(count)
    # the baseline first: a quadratic engine leaves memory in a state that slows what follows
    baseline = best_of_three(lambda: sorted(person.absences, key=lambda a: (a.left, a.returned)))
    engine = best_of_three(lambda: deadlines_for(person, rules, TODAY))
    return engine, engine / baseline


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rules = Ruleset.default()
    small = seconds_per_run(family(SMALL), rules, args.repeat)
    large = seconds_per_run(family(LARGE), rules, args.repeat)
    print(f"family of 4, {SMALL:>5} trips each: {small * 1000:8.2f} ms")
    print(f"family of 4, {LARGE:>5} trips each: {large * 1000:8.2f} ms")
    ratio = large / small
    met = ratio < TARGET
    print(
        f"ratio for {LARGE // SMALL}x the trips: {ratio:.2f}x "
        f"{'<' if met else '>='} target {TARGET:g}x: {'met' if met else 'MISSED'}"
    )
    first_ratio: float | None = None
    for count in BACK_TO_BACK:
        took, ratio = back_to_back_ratio(count, rules)
        first_ratio = first_ratio or ratio
        ok = ratio < BACK_TO_BACK_TARGET * first_ratio
        met = met and ok
        print(
            f"back-to-back, {count:>7} one-day trips: {took * 1000:8.2f} ms, "
            f"{ratio:5.1f}x sorting them; {ratio / first_ratio:.2f}x the "
            f"{BACK_TO_BACK[0]}-trip ratio {'<' if ok else '>='} target "
            f"{BACK_TO_BACK_TARGET:g}x: {'met' if ok else 'MISSED'}"
        )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
