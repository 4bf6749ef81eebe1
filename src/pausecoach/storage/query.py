"""What the store raises, and the filter a listing of pauses is asked with."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pausecoach.storage.schema import utc_text


class StoreError(Exception):
    """A problem with the store, worded for the user."""


class UnknownId(StoreError):
    """No record matches the id given."""


class AmbiguousId(StoreError):
    """Several records start with the id prefix given."""


@dataclass
class SessionFilter:
    """Which sessions a listing wants."""

    since: datetime | None = None
    until: datetime | None = None
    status: str | None = None
    role: str | None = None
    kind: str | None = None
    limit: int | None = None
    newest_first: bool = True
    params: list[Any] = field(default_factory=list, init=False)

    def where(self) -> str:
        """The SQL WHERE clause (parameters collected in `params`)."""
        clauses: list[str] = []
        self.params = []
        for column, value in (("status", self.status), ("role", self.role), ("kind", self.kind)):
            if value is not None:
                clauses.append(f"{column} = ?")
                self.params.append(value)
        if self.since is not None:
            clauses.append("started_at >= ?")
            self.params.append(utc_text(self.since))
        if self.until is not None:
            clauses.append("started_at < ?")
            self.params.append(utc_text(self.until))
        return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def _marks(columns: Sequence[str]) -> str:
    return ", ".join("?" for _ in columns)


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def save_error(exc: sqlite3.Error) -> StoreError:
    """A failed write, worded for the user."""
    text = str(exc).lower()
    if "full" in text:
        return StoreError("Could not save: the disk is full. The last saved state is intact.")
    if "readonly" in text or "read-only" in text:
        return StoreError(
            "Could not save: the database is read-only. The last saved state is intact."
        )
    if _is_busy(exc) if isinstance(exc, sqlite3.OperationalError) else False:
        return StoreError("Could not save: another pausecoach kept the database busy. Try again.")
    return StoreError(f"Could not save: {exc}. The last saved state is intact.")
