"""Start-up: process start to the main window's first paint, app vs a bare PySide6 window.

The app runs on a realistic store (a family of four with 300 trips), though it paints its
window before it opens the store (the data fills the window just after). Both sides run with the
same first-paint probe (PERMIT_TRACKER_EXIT_AFTER_PAINT=1), several times, interleaved;
medians are compared. Target (README, Performance): at most 1.3× the bare window.
`--imports` also lists the modules the app imports before its first paint that the bare
window does not.
"""

from __future__ import annotations

import argparse
import sys

import harness

TARGET = 1.3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--imports", action="store_true", help="show what the app imports")
    args = parser.parse_args()
    with harness.realistic_store() as data_dir:
        app = harness.app_command(data_dir)
        bare = harness.bare_window_command()
        result = harness.medians(
            {
                "bare window": lambda: harness.time_to_first_paint(bare),
                "app": lambda: harness.time_to_first_paint(app),
                "bare window + import sqlalchemy.orm": lambda: harness.time_to_first_paint(
                    harness.bare_window_command(harness.ORM_IMPORT)
                ),
                "bare window + Qt namespace": lambda: harness.time_to_first_paint(
                    harness.bare_window_command(harness.QT_NAMESPACE)
                ),
                "app, to the window filled with the data": lambda: harness.time_to_filled_window(
                    app
                ),
            },
            args.runs,
        )
        if args.imports:
            env = harness.child_env(**{harness.EXIT_AFTER_PAINT: "1"})
            harness.print_extra_imports(
                harness.import_times(app, env),
                harness.import_times(bare, env),
                "imported before the first paint beyond the bare window",
            )
    for name, seconds in result.items():
        what = "" if name.startswith("app, to") else " to first paint"
        print(f"{name}: {seconds * 1000:.0f} ms{what} (median of {args.runs})")
    bare = result["bare window"]
    for name in (
        "bare window + import sqlalchemy.orm",
        "bare window + Qt namespace",
        "app, to the window filled with the data",
    ):
        print(f"(for information: {name} / bare window = {result[name] / bare:.2f}×)")
    return harness.verdict(
        "start-up, app / bare window", result["app"] / result["bare window"], TARGET
    )


if __name__ == "__main__":
    sys.exit(main())
