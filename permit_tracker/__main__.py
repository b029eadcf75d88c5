import sys

from permit_tracker.cli import main

sys.exit(main())
