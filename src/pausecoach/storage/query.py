"""What the store raises, and the filter a listing of pauses is asked with."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from pausecoach.core.safetext import visible
from pausecoach.storage.schema import utc_text

if TYPE_CHECKING:
    from pausecoach.models import PauseSession

FORGOTTEN_DOC = "forgotten"  # when `forget --all` ran: pauses started before it stay deleted


class StoreError(Exception):
    """A problem with the store, worded for the user."""


class StoreBusy(StoreError):
    """Another process holds the write lock right now (a write asked not to wait for it)."""


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


def _folded(text: str) -> str:
    return text.strip().casefold()


def resolve_id(conn: sqlite3.Connection, prefix: str) -> str:
    """The full id of the one session whose id starts with `prefix`.

    Tried as typed first, then ignoring case and surrounding spaces, so imported ids with
    capitals, a leading space or emoji can still be named.
    """
    typed = prefix
    if not typed.strip():
        raise UnknownId("Give a pause id (see `pausecoach history`).")
    if not typed.isprintable() and any(0xD800 <= ord(ch) <= 0xDFFF for ch in typed):
        # Bytes that are not UTF-8 on the command line: no stored id holds them, and SQLite
        # cannot take them as text.
        raise UnknownId(f"No pause has an id starting with '{visible(typed.strip())}'.")
    exact = conn.execute("SELECT id FROM sessions WHERE id = ?", (typed,)).fetchone()
    if exact:
        return str(exact[0])
    # The highest code point bounds the range, so ids with emoji after the prefix match.
    rows = conn.execute(
        "SELECT id FROM sessions WHERE id >= ? AND id < ? ORDER BY id LIMIT 6",
        (typed, typed + "\U0010ffff"),
    ).fetchall()
    if not rows:
        wanted = typed.strip().casefold()
        # SQLite's lower() knows ASCII only: Python folds the case of every script.
        conn.create_function("folded", 1, _folded, deterministic=True)
        rows = conn.execute(
            "SELECT id FROM sessions WHERE substr(folded(id), 1, ?) = ? ORDER BY id LIMIT 6",
            (len(wanted), wanted),
        ).fetchall()
    shown = typed.strip()
    if not rows:
        raise UnknownId(f"No pause has an id starting with '{shown}'.")
    if len(rows) > 1 and _folded(rows[0][0]) != shown.casefold():
        options = ", ".join(repr(r[0][:12]) for r in rows[:5])
        raise AmbiguousId(f"'{shown}' matches several pauses ({options}…). Type more of the id.")
    return str(rows[0][0])


def forgotten(conn: sqlite3.Connection, session: PauseSession) -> bool:
    """True for a pause that `forget --all` deleted while it ran (it must not come back)."""
    mark = conn.execute("SELECT body FROM documents WHERE name = ?", (FORGOTTEN_DOC,)).fetchone()
    if mark is None or utc_text(session.started_at) >= json.loads(mark[0])["at"]:
        return False
    found = conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session.id,)).fetchone()
    return found is None
