"""Writers in several processes at once: the checks that guard a write see what it will meet.

A regression: two imports running at once whose people share an id both printed "added" and
only one record survived, because the duplicate check read the store before the write
transaction began. The parent here holds the write lock while both children get ready, so
that, with the check outside the transaction, both would read the empty store before either
writes: the interleaving that lost a person, made certain instead of likely.
"""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import time
import traceback
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

from permit_tracker import paths
from permit_tracker.storage import Store
from permit_tracker.storage.exchange import ExchangeError, import_people, parse

SHARED_ID = "0b6e4c1a-3f0e-4c55-9d2a-8f1f6a2b7c11"
# spawn, not fork: a forked child would inherit the lock the parent holds on the file in
# SQLite's per-process lock table, and wait for it for ever.
CONTEXT = multiprocessing.get_context("spawn")


def _document(*people: dict[str, Any]) -> str:
    return json.dumps({"format": "permit-tracker", "version": 2, "people": list(people)})


def _import(data_dir: Path, text: str, replace: bool, ready: Event, results: Any) -> None:
    """One importer: everything up to the write, then `ready`, then the import itself."""
    try:
        with Store.open(data_dir) as store:
            people = parse(text)
            store.people()  # what the CLI reads before importing (its backup decision)
            ready.set()
            result = import_people(store, people, replace=replace)
        results.put(("added", result.added if not replace else (result.added, result.replaced)))
    except ExchangeError as exc:
        results.put(("refused", str(exc)))
    except BaseException:  # anything else is a bug the parent must see
        results.put(("crashed", traceback.format_exc()))


def _race(data_dir: Path, texts: list[str], replace: bool = False) -> list[tuple[str, Any]]:
    with Store.open(data_dir):
        pass  # created (and migrated) before the race
    ready = [CONTEXT.Event() for _ in texts]
    results = CONTEXT.Queue()
    blocker = sqlite3.connect(paths.database_path(data_dir), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # every writer waits until both are at the door
    workers = [
        CONTEXT.Process(target=_import, args=(data_dir, text, replace, event, results))
        for text, event in zip(texts, ready, strict=True)
    ]
    try:
        for worker in workers:
            worker.start()
        for event in ready:
            assert event.wait(30), "an importer did not get ready"
        # Let both reach their write (or, before the fix, read the store and then block).
        time.sleep(0.5)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    outcomes = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(30)
        assert worker.exitcode == 0
    return outcomes


def test_two_imports_of_the_same_id_cannot_both_add(data_dir: Path) -> None:
    ana = _document({"id": SHARED_ID, "name": "Ana Silva", "arrival": "2025-03-03"})
    bruno = _document({"id": SHARED_ID, "name": "Bruno Silva", "arrival": "2025-04-01"})
    outcomes = _race(data_dir, [ana, bruno])
    kinds = sorted(kind for kind, _ in outcomes)
    assert kinds == ["added", "refused"], outcomes
    (added,) = [names for kind, names in outcomes if kind == "added"]
    (refused,) = [message for kind, message in outcomes if kind == "refused"]
    assert f"id: {SHARED_ID} already belongs to" in refused
    with Store.open(data_dir) as store:
        assert [(p.id, p.name) for p in store.people()] == [(SHARED_ID, added[0])]


def test_two_imports_of_the_same_name_cannot_both_add(data_dir: Path) -> None:
    first = _document({"name": "Ana Silva", "arrival": "2025-03-03"})
    second = _document({"name": "Ana Silva", "arrival": "2025-04-01"})
    outcomes = _race(data_dir, [first, second])
    assert sorted(kind for kind, _ in outcomes) == ["added", "refused"], outcomes
    with Store.open(data_dir) as store:
        assert [p.name for p in store.people()] == ["Ana Silva"]


def test_two_replacing_imports_each_see_the_other(data_dir: Path) -> None:
    """`--replace` matches a person without an id by name inside the transaction: the
    second import keeps the id the first one wrote, so no one is duplicated."""
    first = _document({"name": "Ana Silva", "arrival": "2025-03-03"})
    second = _document({"name": "Ana Silva", "arrival": "2025-04-01"})
    outcomes = _race(data_dir, [first, second], replace=True)
    assert sorted(outcomes) == [("added", ((), ("Ana Silva",))), ("added", (("Ana Silva",), ()))]
    with Store.open(data_dir) as store:
        (ana,) = store.people()
    assert ana.name == "Ana Silva"
