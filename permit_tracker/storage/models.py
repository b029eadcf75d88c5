"""The tables of the current schema, as SQLAlchemy 2 typed declarative models.

These describe the schema the code reads and writes. Files are brought to it by the version
ladder in `migrations.py`, whose steps are frozen SQL; a test checks that the ladder and these
models agree, so a model change without a migration step fails the suite.

A person is one row of `people` plus child rows. `visa` and `passport` have at most one row
per person: no row means "not recorded" (`None`), a row of nulls means "recorded, details
unknown" (`Visa()`), so the two stay distinct through every round trip; `procedure` (schema
v2) follows the same rule. Lists keep the user's order in a `position` column.

Columns added by a later step come last in their class, in the order the step adds them:
`ALTER TABLE ... ADD COLUMN` appends, and the ladder test compares column order too.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TypeAlias

from sqlalchemy import (
    Boolean,
    Dialect,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

Day: TypeAlias = date  # `MoveRow.date` shadows the type inside its class body


class ISODate(TypeDecorator[date]):
    """A calendar date kept as 'YYYY-MM-DD' text: readable in any SQLite tool, sorts right."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, datetime) or not isinstance(value, date):
            raise TypeError(f"expected a date, got {value!r}")
        return value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> date | None:
        # Rows are read for display by `records.py`, which names a bad value; the ORM loads a
        # row only to overwrite it, so a bad value must not stop that write.
        try:
            return None if value is None else date.fromisoformat(value)
        except (TypeError, ValueError):
            return None


class UTCInstant(TypeDecorator[datetime]):
    """An instant kept as ISO 8601 text in UTC ('2026-01-15T08:00:00+00:00')."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"instant {value!r} has no time zone; store aware datetimes")
        return value.astimezone(UTC).isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        try:  # see ISODate: only a row about to be overwritten is read through here
            return None if value is None else datetime.fromisoformat(value).astimezone(UTC)
        except (TypeError, ValueError):
            return None


# Stable constraint names, so a future step that rebuilds a table can name what it drops.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _person_fk() -> Mapped[str]:
    # No separate index: the unique (person_id, position) constraint already starts with it.
    return mapped_column(String(36), ForeignKey("people.id", ondelete="CASCADE"))


class PersonRow(Base):
    __tablename__ = "people"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    reason: Mapped[str | None] = mapped_column(String(20))
    arrival: Mapped[date | None] = mapped_column(ISODate())
    registered: Mapped[date | None] = mapped_column(ISODate())
    citizenship: Mapped[str | None] = mapped_column(String(10))  # v2


class VisaRow(Base):
    __tablename__ = "visa"

    person_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    type: Mapped[str | None] = mapped_column(String(50))
    valid_from: Mapped[date | None] = mapped_column(ISODate())
    valid_until: Mapped[date | None] = mapped_column(ISODate())


class PassportRow(Base):
    __tablename__ = "passport"

    person_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    expires: Mapped[date | None] = mapped_column(ISODate())


class CardRow(Base):
    __tablename__ = "cards"
    __table_args__ = (UniqueConstraint("person_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = _person_fk()
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str | None] = mapped_column(String(10))
    valid_from: Mapped[date | None] = mapped_column(ISODate())
    valid_until: Mapped[date | None] = mapped_column(ISODate())
    reason: Mapped[str | None] = mapped_column(String(20))  # v2
    renewal_requested: Mapped[date | None] = mapped_column(ISODate())  # v2


class AbsenceRow(Base):
    __tablename__ = "absences"
    __table_args__ = (UniqueConstraint("person_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = _person_fk()
    position: Mapped[int] = mapped_column(Integer)
    left: Mapped[date | None] = mapped_column(ISODate())
    returned: Mapped[date | None] = mapped_column(ISODate())
    note: Mapped[str | None] = mapped_column(Text)
    declared: Mapped[date | None] = mapped_column(ISODate())  # v2
    reported_back: Mapped[date | None] = mapped_column(ISODate())  # v2
    important_reason: Mapped[bool] = mapped_column(Boolean, server_default=text("0"))  # v2


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("person_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = _person_fk()
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str | None] = mapped_column(String(30))
    status: Mapped[str | None] = mapped_column(String(20))
    issued: Mapped[date | None] = mapped_column(ISODate())


class MoveRow(Base):  # v2
    __tablename__ = "moves"
    __table_args__ = (UniqueConstraint("person_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = _person_fk()
    position: Mapped[int] = mapped_column(Integer)
    date: Mapped[Day | None] = mapped_column(ISODate())
    declared: Mapped[Day | None] = mapped_column(ISODate())


class ProvisionalRow(Base):  # v2
    __tablename__ = "provisional"
    __table_args__ = (UniqueConstraint("person_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = _person_fk()
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str | None] = mapped_column(String(20))
    issued: Mapped[date | None] = mapped_column(ISODate())
    valid_until: Mapped[date | None] = mapped_column(ISODate())


class ApplicationRow(Base):  # v2
    __tablename__ = "applications"
    __table_args__ = (UniqueConstraint("person_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = _person_fk()
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str | None] = mapped_column(String(30))
    filed: Mapped[date | None] = mapped_column(ISODate())
    decided: Mapped[date | None] = mapped_column(ISODate())


class ProcedureRow(Base):  # v2; like visa: no row = not recorded
    __tablename__ = "procedure"

    person_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    police_check: Mapped[date | None] = mapped_column(ISODate())
    card_application: Mapped[date | None] = mapped_column(ISODate())
    card_collected: Mapped[date | None] = mapped_column(ISODate())


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class ReminderStateRow(Base):
    __tablename__ = "reminder_states"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    state: Mapped[str] = mapped_column(String(20))
    fired_at: Mapped[datetime | None] = mapped_column(UTCInstant())
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCInstant())
    updated_at: Mapped[datetime] = mapped_column(UTCInstant())
