"""The one object widgets talk to: reads come from the store (cached), edits go through the
undo stack, and `today` comes from a replaceable clock.

Widgets never query the database: they call `people()`, `person(id)`, `deadlines(person)` and
edit with `update_person`, `add_person`, `remove_person`, `rename`, `set_rule_overrides`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from permit_tracker.domain.deadline import Deadline
from permit_tracker.domain.model import Person
from permit_tracker.domain.validation import Problem, person_problems
from permit_tracker.rules.ruleset import Ruleset
from permit_tracker.storage.errors import StoreError
from permit_tracker.ui.widgets.undo import KeepSelection, PersonCommand, RulesCommand, StoreCommand

if TYPE_CHECKING:
    from permit_tracker.storage.store import Store

Clock = Callable[[], date]


class Controller(QObject):
    changed = Signal()  # anything saved, undone, redone, reloaded, or a new day
    person_changed = Signal(str)  # the id of the person an edit touched
    selection_changed = Signal(object)  # str | None: the person shown in the window
    error = Signal(str)  # an environment error (disk full, locked...) to show in a banner
    # The key of a saved setting: reminder times, the calendar file... are not person
    # edits, but the scheduler, the tray and the calendar file must hear of them.
    setting_changed = Signal(str)
    # A reminder was sent (a Notification): the scheduler saved its state, not an edit, and
    # the panels that list a deadline's reminders must show it as sent.
    reminder_fired = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock: Clock = date.today
        self._stack = QUndoStack(self)
        self._people: list[Person] | None = None
        self._ruleset: Ruleset | None = None
        # Keyed by the whole Person value and the day, so edits never leave stale rows.
        self._deadlines: dict[tuple[Person, date], list[Deadline]] = {}
        self._rules_seen: dict[str, int] | None = None
        self._selected: str | None = None
        self._today = self.today()
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self._on_midnight)
        self._arm_midnight()

    # -- reading --------------------------------------------------------------------------
    @property
    def store(self) -> Store:
        return self._store

    @property
    def undo_stack(self) -> QUndoStack:
        return self._stack

    def set_clock(self, clock: Clock) -> None:
        self._clock = clock
        self.check_today()

    def today(self) -> date:
        return self._clock()

    def ruleset(self) -> Ruleset:
        if self._ruleset is None:
            rules = self._store.ruleset()
            if rules.overrides() != self._rules_seen:  # deadlines depend on the rules too
                self._deadlines.clear()
                self._rules_seen = rules.overrides()
            self._ruleset = rules
        return self._ruleset

    def people(self) -> list[Person]:
        if self._people is None:
            self._people = sorted(self._store.people(), key=lambda p: p.name.casefold())
        return list(self._people)

    def person(self, person_id: str) -> Person:
        """The stored person; KeyError when there is none with that id (any more)."""
        found = self.find_person(person_id)
        if found is None:
            raise KeyError(person_id)
        return found

    def find_person(self, person_id: str | None) -> Person | None:
        return next((p for p in self.people() if p.id == person_id), None)

    def deadlines(self, person: Person) -> list[Deadline]:
        """Every deadline of `person` under the rules in force, as of `today()`."""
        from permit_tracker.domain.deadlines import deadlines_for

        rules = self.ruleset()  # first: a change of rules empties the cache
        key = (person, self.today())
        if key not in self._deadlines:
            if len(self._deadlines) > 256:
                self._deadlines.clear()
            self._deadlines[key] = deadlines_for(person, rules, key[1])
        return list(self._deadlines[key])

    def setting(self, key: str, default: Any = None) -> Any:
        try:
            return self._store.setting(key, default)
        except StoreError:
            return default

    def set_setting(self, key: str, value: Any) -> bool:
        """Settings are not undoable (window geometry, reminder times)."""
        try:
            self._store.set_setting(key, value)
        except StoreError as exc:
            self.error.emit(str(exc))
            return False
        self.setting_changed.emit(key)
        return True

    # -- selection ------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        return self._selected

    def select(self, person_id: str | None) -> None:
        if person_id != self._selected:
            self._selected = person_id
            self.selection_changed.emit(person_id)

    # -- editing --------------------------------------------------------------------------
    def name_problems(self, person: Person) -> list[Problem]:
        """Names must be unique: two people of the same name cannot be told apart."""
        name = person.name.strip()
        if any(p.name.strip() == name and p.id != person.id for p in self.people()):
            return [Problem("name", self.tr("another person is already called {}").format(name))]
        return []

    def problems(self, person: Person) -> list[Problem]:
        return person_problems(person) + self.name_problems(person)

    def update_person(self, new: Person, description: str) -> list[Problem]:
        """Validate and save `new` (replacing the stored person of that id) as one undoable
        step. Returns the problems and saves nothing when there are any."""
        problems = self.problems(new)
        if problems:
            return problems
        old = self.find_person(new.id)
        if old is None:
            return [Problem("name", self.tr("this person no longer exists"))]
        if old == new:
            return []
        return self._push(PersonCommand(self._apply, description, self._store, old, new))

    def add_person(self, person: Person) -> list[Problem]:
        problems = self.problems(person)
        if problems:
            return problems
        text = self.tr("Add {}").format(person.name)
        return self._push(PersonCommand(self._apply, text, self._store, None, person))

    def remove_person(self, person_id: str) -> list[Problem]:
        old = self.person(person_id)
        people = self.people()
        index = next(i for i, p in enumerate(people) if p.id == person_id)
        rest = people[:index] + people[index + 1 :]
        neighbour = rest[min(index, len(rest) - 1)].id if rest else None
        text = self.tr("Remove {}").format(old.name)
        return self._push(PersonCommand(self._apply, text, self._store, old, None, neighbour))

    def rename(self, person_id: str, name: str) -> list[Problem]:
        old = self.person(person_id)
        text = self.tr("Rename {} to {}").format(old.name, name.strip())
        return self.update_person(replace(old, name=name.strip()), text)

    def set_rule_overrides(self, overrides: Mapping[str, int]) -> None:
        """Undoable; raises RulesetError (naming the rule) for an impossible value."""
        Ruleset.with_overrides(overrides)  # validates before anything is written
        before = self.ruleset().overrides()
        after = dict(overrides)
        if before == after:
            return
        text = self.tr("Change rules")
        self._push(RulesCommand(self._apply, text, self._store, before, after))

    def undo(self) -> None:
        self._step(undo=True)

    def redo(self) -> None:
        self._step(undo=False)

    def reload(self) -> None:
        """After the database changed behind the stack (import, restore): forget history."""
        self._stack.clear()
        self._invalidate()
        if self.find_person(self._selected) is None:
            self.select(None)  # the window picks someone
        self.changed.emit()

    # -- internals ------------------------------------------------------------------------
    def _push(self, command: PersonCommand | RulesCommand) -> list[Problem]:
        if not command._run(undo=False):
            return [Problem("", self.tr("the change was not saved"))]
        self._stack.push(command)  # its first redo is skipped: already written
        return []

    def _step(self, *, undo: bool) -> None:
        index = self._stack.index() - 1 if undo else self._stack.index()
        if not 0 <= index < self._stack.count():
            return
        command = self._stack.command(index)
        assert isinstance(command, StoreCommand)
        self._stack.undo() if undo else self._stack.redo()
        if command.failed:  # the database still holds the other state: step back over it
            command.skip_next()
            self._stack.redo() if undo else self._stack.undo()

    def _apply(
        self,
        write: Callable[[], object],
        person_id: str | None,
        select: str | KeepSelection | None,
    ) -> bool:
        try:
            write()
        except StoreError as exc:
            self._invalidate()
            self.error.emit(self.tr("Your change was not saved: {}").format(exc))
            return False
        self._invalidate()
        if not isinstance(select, KeepSelection):
            self.select(select)
        if person_id is not None:
            self.person_changed.emit(person_id)
        self.changed.emit()
        return True

    def _invalidate(self) -> None:
        self._people = None
        self._ruleset = None

    # -- the date changes at midnight -----------------------------------------------------
    def check_today(self) -> None:
        """Re-read the clock (after midnight or a resume) and refresh if the day changed."""
        today = self.today()
        if today != self._today:
            self._today = today
            self.changed.emit()

    def _arm_midnight(self) -> None:
        now = datetime.now()
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        # A second late, so the new day has surely begun; a QTimer is never more than a day.
        self._midnight.start(int((midnight - now).total_seconds() * 1000) + 1000)

    def _on_midnight(self) -> None:
        self.check_today()
        self._arm_midnight()
