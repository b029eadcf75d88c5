"""Idle: CPU time the app uses while it sits open (in the tray, or its window) for 60 s.

The app is started on the realistic store and left a few seconds to settle; then the CPU time
of its process (all threads, /proc) is read before and after the idle period. A bare PySide6
window idles alongside, for reference. Target (README, Performance): under 0.1 s.
"""

from __future__ import annotations

import argparse
import sys
import time

import harness

TARGET = 0.1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--settle", type=float, default=5.0)
    args = parser.parse_args()
    with (
        harness.realistic_store() as data_dir,
        harness.running(harness.app_command(data_dir), args.settle) as app,
        harness.running(harness.bare_window_command(), args.settle) as bare,
    ):
        before = {"app": harness.cpu_seconds(app.pid), "bare window": harness.cpu_seconds(bare.pid)}
        time.sleep(args.seconds)
        used = {
            "app": harness.cpu_seconds(app.pid) - before["app"],
            "bare window": harness.cpu_seconds(bare.pid) - before["bare window"],
        }
    for name, seconds in used.items():
        print(
            f"{name}: {seconds:.3f} s CPU while idle for {args.seconds:g} s "
            f"(after {before[name]:.2f} s CPU to start and settle)"
        )
    return harness.verdict(
        f"idle CPU of the app in {args.seconds:g} s", used["app"], TARGET, unit=" s", strict=True
    )


if __name__ == "__main__":
    sys.exit(main())
