"""Time to content and peak memory: the app against a bare PySide6 window, in one run.

What a user waits for is the window filled with their own deadlines, not its first paint.
Each round runs, one after the other (interleaved, so a busy machine hits all alike):
- the bare window, which quits after its first paint (PERMIT_TRACKER_EXIT_AFTER_PAINT=1);
- the app to its first paint (the same probe);
- the app to the window filled with the data (PERMIT_TRACKER_EXIT_AFTER_FILL=1);
- the app left running `--settle` seconds (reminders, tray and the live calendar loaded).
Times run from process start; memory is the peak resident set of the whole process
(ru_maxrss from wait4). Ratios are taken within each round; the medians of the rounds and
their range are printed. Targets (README, Performance): time to content ≤ 3× the bare window's first
paint, peak memory ≤ 2.0× the bare window's, first paint ≤ 1.3×. For information, each
round also times a bare window that imports `sqlalchemy.orm` (before PySide6, the cheaper
order) and then paints: the floor of any window showing data read through the ORM.

`--compare DIR` (repeatable) adds, to every round, the same app runs from another source
tree (e.g. `git worktree add --detach /tmp/perf-<sha> <sha>`, run with PYTHONPATH=DIR), each
on its own copy of the family imported by that tree (an older tree cannot open a newer
schema), so a change is measured before/after in one interleaved run on a shared machine.
`--paint-only` times only the first paints (the bare window's and each tree's): quicker
rounds, for finding which commit moved the first paint.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
from pathlib import Path

import harness

CONTENT_TARGET = 3.0
MEMORY_TARGET = 2.0
PAINT_TARGET = 1.3
MIB = 2**20


class _Series:
    """One source tree's samples: times (ms) and peaks (MiB) per run kind, ratios per round."""

    def __init__(self) -> None:
        self.ms: dict[str, list[float]] = {"paint": [], "content": []}
        self.mib: dict[str, list[float]] = {"paint": [], "content": [], "settled": []}
        self.ratios: dict[str, list[float]] = {"paint": [], "content": [], "memory": []}

    def round(
        self, app: list[str], bare: tuple[float, int], settle: float | None, **env: str
    ) -> None:
        """One round of this tree's runs; `settle` None: the first paint only."""
        runs = {"paint": (harness.EXIT_AFTER_PAINT, harness.READY_MARKER)}
        if settle is not None:
            runs["content"] = (harness.EXIT_AFTER_FILL, harness.FILLED_MARKER)
        for name, (variable, marker) in runs.items():
            seconds, peak = harness.marker_and_peak(app, variable, marker, **env)
            self.ms[name].append(seconds * 1000)
            self.mib[name].append(peak / MIB)
            self.ratios[name].append(seconds / bare[0])
        if settle is not None:
            settled = harness.settled_peak(app, settle, **env) / MIB
            self.mib["settled"].append(settled)
            self.ratios["memory"].append(max(self.mib["content"][-1], settled) * MIB / bare[1])

    def report(self, label: str, settle: float | None) -> None:
        print(f"  {label}app, first paint:  {harness.spread(self.ms['paint'])} ms, "
              f"peak {harness.spread(self.mib['paint'])} MiB")  # fmt: skip
        if settle is not None:
            print(f"  {label}app, window filled: {harness.spread(self.ms['content'])} ms, "
                  f"peak {harness.spread(self.mib['content'])} MiB")  # fmt: skip
            print(f"  {label}app, running {settle:g} s: "
                  f"peak {harness.spread(self.mib['settled'])} MiB")  # fmt: skip
        for name, values in self.ratios.items():
            if values:
                print(f"  {label}ratio {name} / bare window: {harness.spread(values)}×")

    def verdicts(self) -> int:
        median = {name: statistics.median(values) for name, values in self.ratios.items() if values}
        missed = harness.verdict("first paint, app / bare window", median["paint"], PAINT_TARGET)
        if "content" not in median:
            return missed
        missed |= harness.verdict(
            "time to content, app / bare window's first paint", median["content"], CONTENT_TARGET
        )
        missed |= harness.verdict("peak memory, app / bare window", median["memory"], MEMORY_TARGET)
        return missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--settle", type=float, default=3.0, help="seconds the app runs")
    parser.add_argument(
        "--compare", metavar="DIR", action="append", default=[], help="another source tree"
    )
    parser.add_argument("--paint-only", action="store_true", help="time the first paints only")
    args = parser.parse_args()
    settle: float | None = None if args.paint_only else args.settle
    trees: dict[str, dict[str, str]] = {"": {}}
    for number, directory in enumerate(args.compare, start=1):
        label = "compared " if len(args.compare) == 1 else f"compared {number} "
        trees[label] = {"PYTHONPATH": str(Path(directory).resolve())}
    series = {label: _Series() for label in trees}
    bare_ms: list[float] = []
    bare_mib: list[float] = []
    floor_ratios: list[float] = []  # the bare window that first imports sqlalchemy.orm
    with contextlib.ExitStack() as stores:
        apps = {
            label: harness.app_command(stores.enter_context(harness.realistic_store(**env)))
            for label, env in trees.items()
        }
        bare = harness.bare_window_command()
        orm_first = harness.bare_window_command(harness.ORM_IMPORT)
        harness.marker_and_peak(bare, harness.EXIT_AFTER_PAINT, harness.READY_MARKER)  # warm-up
        for label, env in trees.items():
            harness.marker_and_peak(
                apps[label], harness.EXIT_AFTER_FILL, harness.FILLED_MARKER, **env
            )
        for _ in range(args.runs):
            baseline = harness.marker_and_peak(bare, harness.EXIT_AFTER_PAINT, harness.READY_MARKER)
            bare_ms.append(baseline[0] * 1000)
            bare_mib.append(baseline[1] / MIB)
            for label, env in trees.items():
                series[label].round(apps[label], baseline, settle, **env)
            if settle is not None:
                floor = harness.marker_and_peak(
                    orm_first, harness.EXIT_AFTER_PAINT, harness.READY_MARKER
                )
                floor_ratios.append(floor[0] / baseline[0])
    print(f"medians of {args.runs} interleaved rounds (range):")
    print(f"  bare window, first paint: {harness.spread(bare_ms)} ms, "
          f"peak {harness.spread(bare_mib)} MiB")  # fmt: skip
    for label, samples in series.items():
        samples.report(label, settle)
    if floor_ratios:
        print(
            "  (for information: the bare window that first imports sqlalchemy.orm, before"
            f" PySide6, paints at {harness.spread(floor_ratios)}× the bare window: the least any"
            " window showing data read through the ORM can cost)"
        )
    for label, env in trees.items():
        if label:
            print(f"({label.strip()}: {env['PYTHONPATH']}; the verdicts are this tree's)")
    return series[""].verdicts()


if __name__ == "__main__":
    sys.exit(main())
