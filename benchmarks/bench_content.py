"""Time to content and peak memory: the app against a bare PySide6 window, in one run.

What a user waits for is the window filled with their own deadlines, not its first paint.
Each round runs, one after the other (interleaved, so a busy machine hits all alike):
- the bare window, which quits after its first paint (PERMIT_TRACKER_EXIT_AFTER_PAINT=1);
- the app to its first paint (the same probe);
- the app to the window filled with the data (PERMIT_TRACKER_EXIT_AFTER_FILL=1);
- the app left running `--settle` seconds (reminders, tray and the live calendar loaded).
Times run from process start; memory is the peak resident set of the whole process
(ru_maxrss from wait4). Ratios are taken within each round; the medians of the rounds and
their range are printed. Targets (issue #16): time to content ≤ 3× the bare window's first
paint, peak memory ≤ 2.0× the bare window's, first paint ≤ 1.3×. For information, each
round also times a bare window that imports `sqlalchemy.orm` (before PySide6, the cheaper
order) and then paints: the floor of any window showing data read through the ORM.

`--compare DIR` adds, to every round, the same three app runs from another source tree
(e.g. a `git worktree` of the commit before a change, run with PYTHONPATH=DIR), so a change
is measured before/after in one interleaved run on a shared machine.
"""

from __future__ import annotations

import argparse
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

    def round(self, app: list[str], bare: tuple[float, int], settle: float, **env: str) -> None:
        paint = harness.marker_and_peak(app, harness.EXIT_AFTER_PAINT, harness.READY_MARKER, **env)
        content = harness.marker_and_peak(
            app, harness.EXIT_AFTER_FILL, harness.FILLED_MARKER, **env
        )
        settled = harness.settled_peak(app, settle, **env)
        for name, (seconds, peak) in {"paint": paint, "content": content}.items():
            self.ms[name].append(seconds * 1000)
            self.mib[name].append(peak / MIB)
            self.ratios[name].append(seconds / bare[0])
        self.mib["settled"].append(settled / MIB)
        self.ratios["memory"].append(max(content[1], settled) / bare[1])

    def report(self, label: str, settle: float) -> None:
        print(f"  {label}app, first paint:  {harness.spread(self.ms['paint'])} ms, "
              f"peak {harness.spread(self.mib['paint'])} MiB")  # fmt: skip
        print(f"  {label}app, window filled: {harness.spread(self.ms['content'])} ms, "
              f"peak {harness.spread(self.mib['content'])} MiB")  # fmt: skip
        print(f"  {label}app, running {settle:g} s: peak {harness.spread(self.mib['settled'])} MiB")
        for name, values in self.ratios.items():
            print(f"  {label}ratio {name} / bare window: {harness.spread(values)}×")

    def verdicts(self) -> int:
        median = {name: statistics.median(values) for name, values in self.ratios.items()}
        missed = harness.verdict("first paint, app / bare window", median["paint"], PAINT_TARGET)
        missed |= harness.verdict(
            "time to content, app / bare window's first paint", median["content"], CONTENT_TARGET
        )
        missed |= harness.verdict("peak memory, app / bare window", median["memory"], MEMORY_TARGET)
        return missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--settle", type=float, default=3.0, help="seconds the app runs")
    parser.add_argument("--compare", metavar="DIR", help="another source tree, run alongside")
    args = parser.parse_args()
    trees: dict[str, dict[str, str]] = {"": {}}
    if args.compare:
        trees["compared "] = {"PYTHONPATH": str(Path(args.compare).resolve())}
    series = {label: _Series() for label in trees}
    bare_ms: list[float] = []
    bare_mib: list[float] = []
    floor_ratios: list[float] = []  # the bare window that first imports sqlalchemy.orm
    with harness.realistic_store() as data_dir:
        app = harness.app_command(data_dir)
        bare = harness.bare_window_command()
        orm_first = harness.bare_window_command(harness.ORM_IMPORT)
        harness.marker_and_peak(bare, harness.EXIT_AFTER_PAINT, harness.READY_MARKER)  # warm-up
        for env in trees.values():
            harness.marker_and_peak(app, harness.EXIT_AFTER_FILL, harness.FILLED_MARKER, **env)
        for _ in range(args.runs):
            baseline = harness.marker_and_peak(bare, harness.EXIT_AFTER_PAINT, harness.READY_MARKER)
            bare_ms.append(baseline[0] * 1000)
            bare_mib.append(baseline[1] / MIB)
            for label, env in trees.items():
                series[label].round(app, baseline, args.settle, **env)
            floor = harness.marker_and_peak(
                orm_first, harness.EXIT_AFTER_PAINT, harness.READY_MARKER
            )
            floor_ratios.append(floor[0] / baseline[0])
    print(f"medians of {args.runs} interleaved rounds (range):")
    print(f"  bare window, first paint: {harness.spread(bare_ms)} ms, "
          f"peak {harness.spread(bare_mib)} MiB")  # fmt: skip
    for label, samples in series.items():
        samples.report(label, args.settle)
    print(
        "  (for information: the bare window that first imports sqlalchemy.orm, before PySide6,"
        f" paints at {harness.spread(floor_ratios)}× the bare window: the least any window"
        " showing data read through the ORM can cost)"
    )
    if args.compare:
        print(f"(compared: {trees['compared ']['PYTHONPATH']}; the verdicts are this tree's)")
    return series[""].verdicts()


if __name__ == "__main__":
    sys.exit(main())
