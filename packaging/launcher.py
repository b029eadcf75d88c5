"""Entry script for the PyInstaller bundle: the same `main` as the `permit-tracker` command."""

import sys

from permit_tracker.cli import main

if __name__ == "__main__":
    sys.exit(main())
