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
paint, peak memory ≤ 2.0× the bare window's, first paint ≤ 1.3×.
"""

from __future__ import annotations

import argparse
import statistics
import sys

import harness

CONTENT_TARGET = 3.0
MEMORY_TARGET = 2.0
PAINT_TARGET = 1.3
MIB = 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--settle", type=float, default=3.0, help="seconds the app runs")
    args = parser.parse_args()
    times: dict[str, list[float]] = {"bare": [], "paint": [], "content": []}
    peaks: dict[str, list[float]] = {"bare": [], "paint": [], "content": [], "settled": []}
    ratios: dict[str, list[float]] = {"paint": [], "content": [], "memory": []}
    with harness.realistic_store() as data_dir:
        app = harness.app_command(data_dir)
        bare = harness.bare_window_command()
        paint = (harness.EXIT_AFTER_PAINT, harness.READY_MARKER)
        fill = (harness.EXIT_AFTER_FILL, harness.FILLED_MARKER)
        harness.marker_and_peak(bare, *paint)  # warm-up: file cache, .pyc files
        harness.marker_and_peak(app, *fill)
        for _ in range(args.runs):
            runs = {
                "bare": harness.marker_and_peak(bare, *paint),
                "paint": harness.marker_and_peak(app, *paint),
                "content": harness.marker_and_peak(app, *fill),
            }
            for name, (seconds, peak) in runs.items():
                times[name].append(seconds)
                peaks[name].append(peak / MIB)
            peaks["settled"].append(harness.settled_peak(app, args.settle) / MIB)
            ratios["paint"].append(times["paint"][-1] / times["bare"][-1])
            ratios["content"].append(times["content"][-1] / times["bare"][-1])
            ratios["memory"].append(
                max(peaks["content"][-1], peaks["settled"][-1]) / peaks["bare"][-1]
            )
    ms = {name: [s * 1000 for s in values] for name, values in times.items()}
    print(f"medians of {args.runs} interleaved rounds (range):")
    print(f"  bare window, first paint:    {harness.spread(ms['bare'])} ms, "
          f"peak {harness.spread(peaks['bare'])} MiB")  # fmt: skip
    print(f"  app, first paint:            {harness.spread(ms['paint'])} ms, "
          f"peak {harness.spread(peaks['paint'])} MiB")  # fmt: skip
    print(f"  app, window filled (content): {harness.spread(ms['content'])} ms, "
          f"peak {harness.spread(peaks['content'])} MiB")  # fmt: skip
    print(
        f"  app, running {args.settle:g} s:           peak {harness.spread(peaks['settled'])} MiB"
    )
    for name, values in ratios.items():
        print(f"  ratio {name} / bare window: {harness.spread(values)}×")
    missed = harness.verdict(
        "first paint, app / bare window", statistics.median(ratios["paint"]), PAINT_TARGET
    )
    missed |= harness.verdict(
        "time to content, app / bare window's first paint",
        statistics.median(ratios["content"]),
        CONTENT_TARGET,
    )
    missed |= harness.verdict(
        "peak memory, app / bare window", statistics.median(ratios["memory"]), MEMORY_TARGET
    )
    return missed


if __name__ == "__main__":
    sys.exit(main())
