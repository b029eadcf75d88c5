"""Persistence: the SQLite store (with its migrations and backups) and the exchange format."""

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

__all__ = [
    "REMINDER_STATES",
    "CorruptDatabaseError",
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
