"""The command line: `permit-tracker deadlines --json` vs `python -c "import sqlalchemy.orm"`.

On the realistic store (four people, 300 trips). The baseline is the least any command that
reads the database pays: starting Python and importing the ORM. Wall-clock medians of several
interleaved runs. Target (README, Performance): at most 1.5×. `--imports` lists the modules
the command imports beyond the baseline, by their own import time.
"""

from __future__ import annotations

import argparse
import sys

import harness

TARGET = 1.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--imports", action="store_true", help="show what the command imports")
    args = parser.parse_args()
    baseline = [harness.PYTHON, "-c", "import sqlalchemy.orm"]
    with harness.realistic_store() as data_dir:
        command = harness.app_command(data_dir, "deadlines", "--json")
        result = harness.medians(
            {
                "import sqlalchemy.orm": lambda: harness.wall_time(baseline),
                "deadlines --json": lambda: harness.wall_time(command),
            },
            args.runs,
        )
        if args.imports:
            harness.print_extra_imports(
                harness.import_times(command),
                harness.import_times(baseline),
                "imported beyond sqlalchemy.orm",
            )
    for name, seconds in result.items():
        print(f"{name}: {seconds * 1000:.0f} ms (median of {args.runs})")
    ratio = result["deadlines --json"] / result["import sqlalchemy.orm"]
    return harness.verdict("CLI, deadlines --json / import sqlalchemy.orm", ratio, TARGET)


if __name__ == "__main__":
    sys.exit(main())
