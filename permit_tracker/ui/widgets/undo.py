"""Undoable edits. Each command holds whole values (a Person before and after), so undo and
redo are one save of one aggregate: one transaction, nothing half-applied.

The controller performs the first write itself before pushing (so a failed save never enters
the stack); the command's first `redo`, which `QUndoStack.push` calls, is therefore skipped.
When a later undo or redo fails (disk full, locked), the controller puts the stack back where
it was with `skip_next()`, so the stack always matches the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoCommand

from permit_tracker.domain.model import Person

if TYPE_CHECKING:
    from permit_tracker.storage.store import Store


class KeepSelection:
    """Marker: the edit does not move the sidebar selection."""


KEEP = KeepSelection()


class Apply(Protocol):
    """The controller's writer: runs `write`, then selects and signals; False on StoreError."""

    def __call__(
        self, write: Callable[[], object], person_id: str | None, select: str | KeepSelection | None
    ) -> bool: ...


class StoreCommand(QUndoCommand):
    """Base: subclasses say what to write for redo and undo, and what to select after."""

    def __init__(self, apply: Apply, text: str) -> None:
        super().__init__(text)
        self._apply = apply
        self._skip = True  # the controller already did the first redo
        self.failed = False

    def skip_next(self) -> None:
        self._skip = True

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self.failed = not self._run(undo=False)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self.failed = not self._run(undo=True)

    def _run(self, *, undo: bool) -> bool:
        raise NotImplementedError


class PersonCommand(StoreCommand):
    """Replace, add (`before` None) or remove (`after` None) one person."""

    def __init__(
        self,
        apply: Apply,
        text: str,
        store: Store,
        before: Person | None,
        after: Person | None,
        selection_after_remove: str | None = None,
    ) -> None:
        super().__init__(apply, text)
        self._store = store
        self.before = before
        self.after = after
        self._after_remove = selection_after_remove
        some = after or before
        assert some is not None
        self.person_id = some.id

    def _run(self, *, undo: bool) -> bool:
        target = self.before if undo else self.after
        if target is None:
            return self._apply(
                lambda: self._store.delete_person(self.person_id),
                self.person_id,
                self._after_remove,
            )
        # Adding or removing moves the selection; an edit of fields leaves it alone.
        select: str | KeepSelection | None = (
            KEEP if self.before is not None and self.after is not None else target.id
        )
        return self._apply(lambda: self._store.save_person(target), self.person_id, select)


class RulesCommand(StoreCommand):
    """Change the user's overrides of the ruleset."""

    def __init__(
        self, apply: Apply, text: str, store: Store, before: dict[str, int], after: dict[str, int]
    ) -> None:
        super().__init__(apply, text)
        self._store = store
        self.before = dict(before)
        self.after = dict(after)

    def _run(self, *, undo: bool) -> bool:
        value = self.before if undo else self.after
        return self._apply(lambda: self._store.set_rule_overrides(value), None, KEEP)
