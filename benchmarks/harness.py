"""Shared pieces of the benchmarks: the realistic store, child processes, medians, verdicts.

Every benchmark compares the app with a baseline measured by the same code on the same machine
(a bare PySide6 window, or `import sqlalchemy.orm`), so the ratios travel between machines.
Qt runs offscreen unless QT_QPA_PLATFORM says otherwise (e.g. `xcb` under Xvfb).

Children run with compiled bytecode, as an installed app does (pip, pipx and PyInstaller ship
.pyc files): a PYTHONDONTWRITEBYTECODE=1 in the environment would otherwise make every run
recompile the app's sources (≈ 1 ms per module) but not PySide6's or SQLAlchemy's. The
bytecode goes to a temporary PYTHONPYCACHEPREFIX, written by the warm-up run, so the source
tree is left alone.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
TODAY = date.today()
PEOPLE = 4
TRIPS_PER_PERSON = 75  # 300 trips in all
READY_MARKER = "first-paint"
EXIT_AFTER_PAINT = "PERMIT_TRACKER_EXIT_AFTER_PAINT"
FILLED_MARKER = "filled"  # the app's window shows the data (permit_tracker/ui/shell/main.py)
EXIT_AFTER_FILL = "PERMIT_TRACKER_EXIT_AFTER_FILL"

# The baseline window: what any PySide6 app pays before it does anything of its own. It uses
# the same first-paint probe as the app, so both are timed the same way.
BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
from permit_tracker.ui.shell.startup_probe import watch_first_paint
app = QApplication([])
window = QMainWindow()
window.resize(1000, 700)
watch_first_paint(window)
window.show()
app.exec()
"""


_PYCACHE: str | None = None


def _pycache() -> str:
    global _PYCACHE
    if _PYCACHE is None:
        _PYCACHE = tempfile.mkdtemp(prefix="permit-bench-pycache-")
        atexit.register(shutil.rmtree, _PYCACHE, ignore_errors=True)
    return _PYCACHE


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop(EXIT_AFTER_PAINT, None)
    env.pop(EXIT_AFTER_FILL, None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # see the module docstring
    env["PYTHONPYCACHEPREFIX"] = _pycache()
    env.update(extra)
    return env


def app_command(data_dir: Path, *args: str) -> list[str]:
    """The installed `permit-tracker` command of this interpreter's environment."""
    script = Path(PYTHON).parent / "permit-tracker"
    head = [str(script)] if script.exists() else [PYTHON, "-m", "permit_tracker"]
    return [*head, "--data-dir", str(data_dir), *args]


# Costs any real app pays that the bare window does not, shown for information: the storage
# layer's ORM, and PySide6's `Qt` namespace, whose enums are all built on first use (~35 ms).
ORM_IMPORT = "import sqlalchemy.orm\n"
QT_NAMESPACE = "from PySide6.QtCore import Qt\nQt.AlignmentFlag\n"


def bare_window_command(prelude: str = "") -> list[str]:
    """The bare window, after running `prelude` (one of the costs above, or nothing)."""
    return [PYTHON, "-c", prelude + BARE_WINDOW]


def _family() -> list[dict[str, Any]]:
    """A family of four, six years in Belgium, 75 short trips each (past and planned)."""
    arrival = TODAY - timedelta(days=6 * 365 + 40)
    people: list[dict[str, Any]] = []
    names = [
        ("Ana Silva", "work"),
        ("Rui Silva", "family"),
        ("Marta Silva", "family"),
        ("Tiago Silva", "family"),
    ]
    for index, (name, reason) in enumerate(names):
        registered = arrival + timedelta(days=4 + index)
        first_card = registered + timedelta(days=50)
        cards = []
        start = first_card
        for years in (1, 1, 2):
            until = date(start.year + years, start.month, 1) - timedelta(days=1)
            cards.append(
                {
                    "type": "A" if index == 0 else "F",
                    "valid_from": start.isoformat(),
                    "valid_until": until.isoformat(),
                }
            )
            start = until + timedelta(days=1)
        cards.append(
            {
                "type": "B" if index == 0 else "F+",
                "valid_from": start.isoformat(),
                "valid_until": (start + timedelta(days=5 * 365)).isoformat(),
            }
        )
        trips = []
        left = registered + timedelta(days=20 + index)
        for trip in range(TRIPS_PER_PERSON):
            length = 1 + (trip * 7 + index) % 4  # 1..4 days: weekends, conferences
            returned = left + timedelta(days=length - 1)
            trips.append(
                {
                    "left": left.isoformat(),
                    "returned": returned.isoformat(),
                    "note": f"Trip {trip + 1}",
                }
            )
            left = returned + timedelta(days=26 + (trip * 5) % 9)
        people.append(
            {
                "name": name,
                "reason": reason,
                "arrival": arrival.isoformat(),
                "registered": registered.isoformat(),
                "visa": {
                    "type": "D",
                    "valid_from": (arrival - timedelta(days=14)).isoformat(),
                    "valid_until": (arrival + timedelta(days=166)).isoformat(),
                },
                "passport": {"expires": (TODAY + timedelta(days=900 + 200 * index)).isoformat()},
                "cards": cards,
                "absences": trips,
                "documents": [
                    {"kind": "passport", "status": "obtained", "issued": "2022-05-02"},
                    {
                        "kind": "police_clearance",
                        "status": "obtained",
                        "issued": (TODAY - timedelta(days=60)).isoformat(),
                    },
                    {"kind": "medical_certificate", "status": "requested", "issued": None},
                ],
            }
        )
    return people


@contextmanager
def realistic_store(**extra_env: str) -> Iterator[Path]:
    """A data dir holding the family, imported through the CLI like a user's backup.

    `extra_env` is the environment of the tree that will read it (e.g. PYTHONPATH of an older
    checkout): that tree's own `import` writes it, so the file has the schema version it reads
    (an older tree refuses a newer file, in a modal dialog the benchmark cannot answer)."""
    with tempfile.TemporaryDirectory(prefix="permit-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        exchange = Path(tmp) / "family.json"
        people = _family()
        assert sum(len(p["absences"]) for p in people) == PEOPLE * TRIPS_PER_PERSON
        exchange.write_text(
            json.dumps({"format": "permit-tracker", "version": 1, "people": people}),
            encoding="utf-8",
        )
        subprocess.run(
            app_command(data_dir, "import", str(exchange)),
            check=True,
            env=child_env(**extra_env),
            stdout=subprocess.DEVNULL,
            timeout=120,
        )
        yield data_dir


def time_to_first_paint(command: list[str]) -> float:
    """Seconds from spawning `command` to its window's first paint (it then quits)."""
    return time_to_marker(command, EXIT_AFTER_PAINT, READY_MARKER)


def time_to_filled_window(command: list[str]) -> float:
    """Seconds from spawning the app to its window showing the data (it then quits)."""
    return time_to_marker(command, EXIT_AFTER_FILL, FILLED_MARKER)


def time_to_marker(command: list[str], variable: str, marker: str) -> float:
    """Seconds from spawning `command`, with `variable`=1, to it printing `marker <time>`."""
    start = time.time()
    try:
        result = subprocess.run(
            command,
            env=child_env(**{variable: "1"}),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:  # e.g. a modal error dialog: show what it said
        said = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else ""
        raise RuntimeError(
            f"{command[:3]} did not print {marker!r} within {exc.timeout:g} s:\n{said}"
        ) from None
    for line in result.stdout.splitlines():
        if line.startswith(marker + " "):
            return float(line.split()[1]) - start
    raise RuntimeError(
        f"{command[:3]} exited {result.returncode} without printing {marker!r}:\n"
        + result.stderr[-2000:]
    )


def wall_time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=child_env(), stdout=subprocess.DEVNULL, check=True, timeout=120)
    return time.perf_counter() - start


def medians(samplers: dict[str, Callable[[], float]], runs: int) -> dict[str, float]:
    """Median of `runs` samples of each, interleaved so drifts hit both alike, after a warm-up."""
    for sample in samplers.values():
        sample()  # warm the file cache and .pyc files
    samples: dict[str, list[float]] = {name: [] for name in samplers}
    for _ in range(runs):
        for name, sample in samplers.items():
            samples[name].append(sample())
    return {name: statistics.median(values) for name, values in samples.items()}


@contextmanager
def running(command: list[str], settle: float) -> Iterator[subprocess.Popen[str]]:
    """`command` started without the exit probe, left `settle` seconds to finish loading."""
    process = subprocess.Popen(
        command, env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        time.sleep(settle)
        if process.poll() is not None:
            raise RuntimeError(f"{command[:3]} exited {process.returncode} while settling")
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (all its threads) so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
    return (utime + stime) / os.sysconf("SC_CLK_TCK")


def verdict(
    label: str, measured: float, target: float, unit: str = "×", strict: bool = False
) -> int:
    """Print the figure and the target; 0 when met (below it when `strict`), 1 when missed."""
    met = measured < target if strict else measured <= target
    comparison = ("<" if strict else "≤") if met else ("≥" if strict else ">")
    print(
        f"{label}: {measured:.3f}{unit} {comparison} target {target:g}{unit}: "
        f"{'met' if met else 'MISSED'}"
    )
    return 0 if met else 1


def import_times(command: list[str], env: dict[str, str] | None = None) -> dict[str, int]:
    """Own import time (µs, -X importtime's "self") of every module `command` imports.

    Self times, not cumulative ones: a module's cumulative time depends on who imported its
    dependencies first, which differs between the app and its baseline."""
    result = subprocess.run(
        command,
        env={**(env or child_env()), "PYTHONPROFILEIMPORTTIME": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    times: dict[str, int] = {}
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, _cumulative, name = line[len("import time:") :].split("|")
        times[name.strip()] = times.get(name.strip(), 0) + int(own)
    return times


def print_extra_imports(app: dict[str, int], baseline: dict[str, int], title: str) -> None:
    """The modules `app` imports and `baseline` does not: the costliest, and their total."""
    extra = {name: us for name, us in app.items() if name not in baseline}
    print(f"{title}: {len(extra)} modules, {sum(extra.values()) / 1000:.1f} ms of their own")
    for name, us in sorted(extra.items(), key=lambda item: -item[1])[:15]:
        print(f"  {us / 1000:7.1f}  {name}")


HANG_SECONDS = 60  # a start takes ≈ 1 s; one still running after this waits on something


class Run(NamedTuple):
    seconds: float  # from spawning the process to its marker
    peak: int  # bytes: the peak resident set of the whole process (ru_maxrss from wait4)
    cpu: float  # seconds of CPU (user + system, all threads) until it exited, just after


def marker_and_peak(command: list[str], variable: str, marker: str, **extra_env: str) -> Run:
    """`command` run (with `variable`=1) until it prints `marker <time>` and quits: its time
    to the marker, its peak memory and its CPU time. On a loaded machine the CPU time wanders
    much less than the wall time (waiting for a core is not counted), and a start is
    single-threaded and CPU-bound, so it shows a change the wall time hides in its noise."""
    with tempfile.TemporaryFile() as errors:
        start = time.time()
        process = subprocess.Popen(
            command,
            env=child_env(**{variable: "1", **extra_env}),
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        assert process.stdout is not None
        # A child that hangs (e.g. on a modal error dialog) is killed after HANG_SECONDS.
        watchdog = threading.Timer(HANG_SECONDS, process.kill)
        watchdog.start()
        try:
            out = process.stdout.read()
            process.stdout.close()
            _, status, usage = os.wait4(process.pid, 0)  # the rusage that Popen.wait drops
        finally:
            watchdog.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        said = errors.read().decode(errors="replace")
    for line in out.splitlines():
        if line.startswith(marker + " "):
            return Run(
                float(line.split()[1]) - start,
                usage.ru_maxrss * 1024,
                usage.ru_utime + usage.ru_stime,
            )
    how = (
        f"was killed after {HANG_SECONDS} s (waiting on a dialog? e.g. a store it cannot open)"
        if process.returncode == -9
        else f"exited {process.returncode}"
    )
    where = extra_env.get("PYTHONPATH", "this tree")
    raise RuntimeError(
        f"{command[:3]} ({where}) {how} without printing {marker!r}; it said:\n" + said[-2000:]
    )


def spread(values: list[float]) -> str:
    """The median and the range of `values`, e.g. `1.23 (1.10–1.40)`."""
    return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def settled_peak(command: list[str], settle: float, **extra_env: str) -> int:
    """Peak resident set (bytes, whole process) of `command` run `settle` seconds without a
    probe, i.e. with all it loads after showing its data (reminders, tray), then terminated."""
    process = subprocess.Popen(
        command, env=child_env(**extra_env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(settle)
    alive = process.poll() is None
    if alive:
        process.terminate()
    _, status, usage = os.wait4(process.pid, 0) if alive else (0, 0, None)
    if not alive or usage is None:
        raise RuntimeError(f"{command[:3]} exited {process.returncode} while settling")
    process.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss * 1024
