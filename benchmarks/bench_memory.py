"""Memory: resident set of the running app vs a bare PySide6 window, same script, same platform.

Each is started, left a few seconds to load what it loads after showing its window, then its
VmRSS is read. Target (issue #7): at most 1.3× the bare window.
"""

from __future__ import annotations

import argparse
import statistics
import sys

import harness

TARGET = 1.3


def resident(command: list[str], settle: float) -> int:
    with harness.running(command, settle) as process:
        return harness.rss_bytes(process.pid)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--settle", type=float, default=5.0, help="seconds before reading")
    args = parser.parse_args()
    with harness.realistic_store() as data_dir:
        samples: dict[str, list[int]] = {"bare window": [], "app": []}
        for _ in range(args.runs):
            samples["bare window"].append(resident(harness.bare_window_command(), args.settle))
            samples["app"].append(resident(harness.app_command(data_dir), args.settle))
    result = {name: statistics.median(values) for name, values in samples.items()}
    for name, rss in result.items():
        print(f"{name}: {rss / 2**20:.1f} MiB resident (median of {args.runs})")
    return harness.verdict(
        "memory, app / bare window", result["app"] / result["bare window"], TARGET
    )


if __name__ == "__main__":
    sys.exit(main())
