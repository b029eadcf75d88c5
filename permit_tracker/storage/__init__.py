"""Persistence: the SQLite store (with its migrations and backups) and the exchange format.

The names below are loaded when first used (PEP 562), so that importing a light module of
this package (`storage.peek`, read before the window shows) does not import SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from permit_tracker.storage.damage import Damage
    from permit_tracker.storage.errors import (
        CorruptDatabaseError,
        DuplicateNameError,
        MigrationError,
        NewerSchemaError,
        PersonNotFound,
        StoreError,
        StoreLockedError,
        StoreWriteError,
        ValidationError,
    )
    from permit_tracker.storage.store import REMINDER_STATES, ReminderState, Store

_HOME = {
    "REMINDER_STATES": "store",
    "CorruptDatabaseError": "errors",
    "Damage": "damage",
    "DuplicateNameError": "errors",
    "MigrationError": "errors",
    "NewerSchemaError": "errors",
    "PersonNotFound": "errors",
    "ReminderState": "store",
    "Store": "store",
    "StoreError": "errors",
    "StoreLockedError": "errors",
    "StoreWriteError": "errors",
    "ValidationError": "errors",
}

__all__ = [
    "REMINDER_STATES",
    "CorruptDatabaseError",
    "Damage",
    "DuplicateNameError",
    "MigrationError",
    "NewerSchemaError",
    "PersonNotFound",
    "ReminderState",
    "Store",
    "StoreError",
    "StoreLockedError",
    "StoreWriteError",
    "ValidationError",
]


if not TYPE_CHECKING:  # type checkers see the imports above

    def __getattr__(name: str) -> Any:
        home = _HOME.get(name)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
        globals()[name] = value  # once loaded, a plain attribute
        return value
