"""A read-only data dir, a full disk, a database locked by another process: a message a
person understands, no crash, and the data saved before is intact.

Where the machine allows it the damage is real: a read-only bind mount or a 320 KiB tmpfs
in a private mount namespace (`unshare`, root), a file without write permission read by a
process without root's override (`setpriv`), and a lock held by a second process. The full
disk is also simulated in-process with `PRAGMA max_page_count`, which reaches the GUI's
controller and window.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from environment_helpers import (
    NEWCOMER,
    TODAY,
    assert_clear,
    full_store_at,
    lock_holders,
    long_history,
    people_in,
    release,
    seed,
)
from sqlalchemy import event

from permit_tracker import paths
from permit_tracker.demo import demo_people
from permit_tracker.domain.model import Person
from permit_tracker.storage import Store, StoreLockedError
from permit_tracker.storage.exchange import dumps

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
ENV.pop("PERMIT_TRACKER_DATA_DIR", None)


def can_run(*command: str) -> bool:
    if shutil.which(command[0]) is None:
        return False
    done = subprocess.run(command, capture_output=True, timeout=30, check=False)
    return done.returncode == 0


NAMESPACES = can_run("unshare", "--mount", "--propagation", "private", "true")
SETPRIV = os.geteuid() == 0 and can_run("setpriv", "--bounding-set", "-all", "true")


# -- a script run under the restriction: the command line and the GUI's edit path ----------------

PROBE = textwrap.dedent(
    """
    import json, subprocess, sys
    from dataclasses import replace
    data_dir, family_file = sys.argv[1], sys.argv[2]
    cli = [sys.executable, "-m", "permit_tracker"]

    def run(*args):
        done = subprocess.run([*cli, *args, "--data-dir", data_dir], capture_output=True,
                              text=True)
        return {"code": done.returncode, "out": done.stdout, "err": done.stderr}

    result = {"read": run("deadlines", "--json", "--today", "2025-03-05"),
              "import": run("import", family_file)}

    from PySide6.QtWidgets import QApplication
    from permit_tracker.storage import Store
    from permit_tracker.ui.shell.controller import Controller
    from permit_tracker.ui.shell.main_window import MainWindow

    app = QApplication([])
    with Store.open(data_dir) as store:
        controller = Controller(store)
        window = MainWindow(controller)
        person = controller.people()[0]
        problems = controller.update_person(replace(person, name="Renamed"), "Rename")
        result["gui"] = {
            "problems": [str(p) for p in problems],
            "banners": [b.text() for b in window.banners()],
            "undo_steps": controller.undo_stack.count(),
            "people": [p.name for p in controller.people()],
        }
        window.close()
    print(json.dumps(result))
    """
)


def probe(data_dir: Path, tmp_path: Path, wrapper: list[str]) -> dict[str, dict[str, object]]:
    family = tmp_path / "family.json"
    family.write_text(dumps([NEWCOMER]), encoding="utf-8")
    script = tmp_path / "probe.py"
    script.write_text(PROBE, encoding="utf-8")
    done = subprocess.run(
        [*wrapper, sys.executable, str(script), str(data_dir), str(family)],
        capture_output=True, text=True, env=ENV, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result: dict[str, dict[str, object]] = json.loads(done.stdout.splitlines()[-1])
    return result


def check_refused_but_readable(result: dict[str, dict[str, object]], *words: str) -> None:
    read, imported, gui = result["read"], result["import"], result["gui"]
    assert read["code"] == 0, read["err"]
    assert {row["person"] for row in json.loads(str(read["out"]))} == {
        p.name for p in demo_people(TODAY)
    }
    assert imported["code"] == 1
    assert_clear(str(imported["err"]), *words)
    assert gui["problems"] == [": the change was not saved"]
    (banner,) = gui["banners"]  # type: ignore[misc]
    assert_clear(str(banner), "not saved", *words)
    assert gui["undo_steps"] == 0
    assert "Renamed" not in gui["people"]  # type: ignore[operator]


# -- read-only ---------------------------------------------------------------------------------


@pytest.mark.skipif(not NAMESPACES, reason="needs a private mount namespace (unshare, root)")
def test_read_only_file_system(data_dir: Path, tmp_path: Path) -> None:
    family = seed(data_dir)
    read_only_mount = [
        "unshare", "--mount", "--propagation", "private", "sh", "-c",
        'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"', str(data_dir),
    ]  # fmt: skip
    result = probe(data_dir, tmp_path, read_only_mount)
    check_refused_but_readable(result, "read-only")
    assert people_in(data_dir) == family


@pytest.mark.skipif(
    os.geteuid() == 0 and not SETPRIV, reason="as root, file modes bind only without privileges"
)
def test_read_only_database_file(data_dir: Path, tmp_path: Path) -> None:
    family = seed(data_dir)
    database = paths.database_path(data_dir)
    database.chmod(0o400)
    # Without root's capabilities the file mode is enforced, as for any user.
    unprivileged = ["setpriv", "--bounding-set", "-all", "--inh-caps", "-all"] if SETPRIV else []
    try:
        result = probe(data_dir, tmp_path, unprivileged)
    finally:
        database.chmod(0o600)
    check_refused_but_readable(result, "read-only")
    assert people_in(data_dir) == family


# -- disk full -----------------------------------------------------------------------------------

FULL_DISK = textwrap.dedent(
    """
    import os, sys
    from datetime import date
    from permit_tracker.demo import demo_people
    from permit_tracker.storage import Store
    data_dir = sys.argv[1]
    with Store.open(data_dir) as store:
        store.save_people(demo_people(date(2025, 3, 5)))
    # Fill what is left of the disk, as another program would.
    filler = os.open(os.path.join(data_dir, "..", "filler"), os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(filler, bytes(4096))
    except OSError:
        os.close(filler)
    os.execv(sys.executable, [sys.executable, *sys.argv[2:]])
    """
)


@pytest.mark.skipif(not NAMESPACES, reason="needs a private mount namespace (unshare, root)")
def test_full_disk_for_real(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    data_dir = disk / "data"
    (tmp_path / "fill.py").write_text(FULL_DISK, encoding="utf-8")
    (tmp_path / "probe.py").write_text(PROBE, encoding="utf-8")
    family = tmp_path / "family.json"
    family.write_text(dumps([NEWCOMER]), encoding="utf-8")
    small_disk = [
        "unshare", "--mount", "--propagation", "private", "sh", "-c",
        'mount -t tmpfs -o size=320k tmpfs "$0" && exec "$@"', str(disk),
    ]  # fmt: skip
    done = subprocess.run(
        [*small_disk, sys.executable, str(tmp_path / "fill.py"), str(data_dir),
         str(tmp_path / "probe.py"), str(data_dir), str(family)],
        capture_output=True, text=True, env=ENV, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    # The import's safety copy is the first thing that needs space, the GUI's edit needs
    # room for its journal: both refused, said plainly, nothing lost.
    imported = result["import"]
    assert imported["code"] == 1
    assert_clear(imported["err"], "the disk is full")
    gui = result["gui"]
    (banner,) = gui["banners"]
    assert_clear(banner, "not saved", "the disk is full")
    assert gui["undo_steps"] == 0 and "Renamed" not in gui["people"]
    assert result["read"]["code"] == 0
    assert len(json.loads(result["read"]["out"])) > 0


def test_full_disk_on_the_command_line(
    full_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    from permit_tracker.cli import main
    from permit_tracker.storage import store as store_module

    limit_pages = sqlite3.connect(full_store.path).execute("PRAGMA page_count").fetchone()[0]
    original = store_module._make_engine

    def limited(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        engine = original(*args, **kwargs)  # type: ignore[arg-type]
        event.listen(
            engine,
            "connect",
            lambda conn, rec: conn.execute(f"PRAGMA max_page_count = {limit_pages}"),
        )
        return engine  # fmt: skip

    monkeypatch.setattr(store_module, "_make_engine", limited)
    before = full_store.people()
    big = tmp_path / "big.json"
    big.write_text(dumps([long_history(Person(name=f"Big {i}")) for i in range(3)]))
    assert main(["import", str(big), "--data-dir", str(full_store.data_dir)]) == 1
    error = capsys.readouterr().err
    assert_clear(error, "the disk is full")
    assert full_store.people() == before


@pytest.fixture
def full_store(data_dir: Path) -> Iterator[Store]:
    with full_store_at(data_dir) as store:
        yield store


# -- locked by another process -------------------------------------------------------------------


@pytest.fixture
def lock_holder(data_dir: Path) -> Iterator[object]:
    with lock_holders(data_dir) as hold:
        yield hold


def test_a_writer_in_another_process_blocks_saves_not_reading(data_dir: Path, lock_holder) -> None:
    family = seed(data_dir)
    holder = lock_holder("IMMEDIATE")
    with Store.open(data_dir, busy_timeout=0.2) as store:
        assert store.people() == family  # reading goes on
        with pytest.raises(StoreLockedError) as info:
            store.save_person(NEWCOMER)
        assert_clear(str(info.value), "busy", str(store.path))
        release(holder)
        store.save_person(NEWCOMER)  # once the other program is done, saving works
    assert len(people_in(data_dir)) == len(family) + 1


def test_an_exclusive_lock_is_reported_at_open(data_dir: Path, lock_holder) -> None:
    family = seed(data_dir)
    holder = lock_holder("EXCLUSIVE")
    with pytest.raises(StoreLockedError) as info:
        Store.open(data_dir, busy_timeout=0.2)
    assert_clear(str(info.value), "busy", "already running")
    release(holder)
    assert people_in(data_dir) == family


def test_locked_on_the_command_line(data_dir: Path, tmp_path: Path, lock_holder) -> None:
    family = seed(data_dir)
    lock_holder("IMMEDIATE")
    newcomer = tmp_path / "newcomer.json"
    newcomer.write_text(dumps([NEWCOMER]), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "permit_tracker", "import", str(newcomer),
         "--data-dir", str(data_dir)],
        capture_output=True, text=True, env=ENV, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert_clear(done.stderr, "busy")
    assert people_in(data_dir) == family
