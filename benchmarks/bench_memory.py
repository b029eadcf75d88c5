"""Memory: resident set of the running app vs a bare PySide6 window, same script, same platform.

Each is started, left a few seconds to load what it loads after showing its window, then its
VmRSS is read. Target (README, Performance): at most 1.3× the bare window.
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
        commands = {
            "bare window": harness.bare_window_command(),
            "app": harness.app_command(data_dir),
            "bare window + import sqlalchemy.orm": harness.bare_window_command(harness.ORM_IMPORT),
        }
        samples: dict[str, list[int]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                samples[name].append(resident(command, args.settle))
    result = {name: statistics.median(values) for name, values in samples.items()}
    for name, rss in result.items():
        print(f"{name}: {rss / 2**20:.1f} MiB resident (median of {args.runs})")
    orm = result["bare window + import sqlalchemy.orm"]
    print(f"(for information: app / bare window with the ORM = {result['app'] / orm:.2f}×)")
    return harness.verdict(
        "memory, app / bare window", result["app"] / result["bare window"], TARGET
    )


if __name__ == "__main__":
    sys.exit(main())
