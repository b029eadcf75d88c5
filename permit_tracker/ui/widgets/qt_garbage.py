"""Python's cyclic garbage, collected on the GUI thread before a worker thread starts (the
CalDAV publisher and the Preferences' calendar finder both start one)."""

from __future__ import annotations


def collect_qt_garbage() -> None:
    """Collect unreachable objects now, on the GUI thread, before a worker thread starts.

    Python's cyclic garbage collector runs in whichever thread happens to allocate; if a
    worker triggered it, Qt objects left in cycles (a closed dialog, a dismissed banner)
    would be destroyed on the worker thread, and Qt cannot stop their timers from there
    ("Timers cannot be stopped from another thread"). Collected here, they die at home.
    """
    import gc

    gc.collect()
